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
