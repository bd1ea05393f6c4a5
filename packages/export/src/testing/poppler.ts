import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function hasPdftotext(): boolean {
  return existsSync('/usr/bin/pdftotext') || existsSync('/usr/local/bin/pdftotext');
}

/** Text of a PDF with its layout kept (table rows stay on one line), via poppler's pdftotext. */
export async function pdfToText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pdftext-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, join(dir, 'doc.txt')]);
    return await readFile(join(dir, 'doc.txt'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Whole-euro amounts on a text line: "€ 1.234  € -5" → [123400, -500] (cents). */
export function eurosOnLine(line: string): number[] {
  return [...line.matchAll(/€\s?(-?[\d.]+)(?![\d,])/g)].map((m) => Number(m[1]!.replace(/\./g, '')) * 100);
}

/** One rendered page: size in pixels and the share of pixels that carry ink (darker than light grey). */
export interface RenderedPage {
  width: number;
  height: number;
  inkShare: number;
}

/**
 * Renders pages of a PDF with poppler's pdftoppm: PNGs into `pngDir` (to look at) and greyscale
 * PGMs (trivial to read back without an image library) for the numbers returned.
 */
export async function renderPages(
  pdf: Buffer,
  options: { first: number; last: number; dpi: number; pngDir: string },
): Promise<RenderedPage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pdfpng-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const range = ['-f', String(options.first), '-l', String(options.last), '-r', String(options.dpi)];
    await run('pdftoppm', [...range, '-png', file, join(options.pngDir, 'page')]);
    await run('pdftoppm', [...range, '-gray', file, join(dir, 'page')]);
    const pages: RenderedPage[] = [];
    for (let page = options.first; page <= options.last; page++) {
      const names = [
        `page-${page}.pgm`,
        `page-${String(page).padStart(2, '0')}.pgm`,
        `page-${String(page).padStart(3, '0')}.pgm`,
      ];
      const name = names.find((candidate) => existsSync(join(dir, candidate)));
      if (!name) throw new Error(`pdftoppm wrote no page ${page}`);
      pages.push(readPgm(await readFile(join(dir, name))));
    }
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Binary PGM (P5, 8 bit): "P5\n<w> <h>\n255\n" then one byte per pixel. */
function readPgm(data: Buffer): RenderedPage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = data.subarray(header[0].length, header[0].length + width * height);
  let ink = 0;
  for (const value of pixels) if (value < 200) ink++;
  return { width, height, inkShare: ink / (width * height) };
}
