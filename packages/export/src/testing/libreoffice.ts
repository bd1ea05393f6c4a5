import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { splitCsv } from '../import/table.ts';

const run = promisify(execFile);

/** Path of LibreOffice's CLI, or null when it is not installed. */
export function findSoffice(): string | null {
  for (const candidate of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Tests that need a system tool skip locally when it is missing, but in CI a missing tool must
 * fail the run instead of silently passing.
 */
export function shouldSkipTool(available: boolean): boolean {
  return !available && process.env.CI !== 'true';
}

// LibreOffice never recalculates OOXML on load by default; it shows the cached results. This
// profile setting ("always recalculate") is what makes the CSV reflect the formulas.
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Parses LibreOffice CSV output (comma, double quotes) into rows of raw strings. */
export function parseCsv(text: string): string[][] {
  return splitCsv(text, ',');
}

/**
 * Opens the workbook in headless LibreOffice with a fresh profile (runs must not share one),
 * recalculates every formula and returns each sheet as rows of raw (unformatted) cell texts.
 */
export async function recalculateWithLibreOffice(xlsx: Buffer): Promise<Record<string, string[][]>> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const dir = await mkdtemp(join(tmpdir(), 'lo-recalc-'));
  try {
    const profile = join(dir, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    const input = join(dir, 'workbook.xlsx');
    const out = join(dir, 'out');
    await mkdir(out);
    await writeFile(input, xlsx);
    // Filter options: comma, double quote, UTF-8, raw values (not "as shown"), -1 = every sheet to its own file.
    await run(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        input,
      ],
      { timeout: 120_000 },
    );
    const sheets: Record<string, string[][]> = {};
    for (const file of await readdir(out)) {
      const match = /^workbook-(.+)\.csv$/.exec(file);
      if (!match) continue;
      sheets[match[1]!] = parseCsv(await readFile(join(out, file), 'utf8'));
    }
    if (Object.keys(sheets).length === 0) throw new Error('LibreOffice produced no CSV output');
    return sheets;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
