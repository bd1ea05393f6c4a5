/**
 * Export benchmark: `npx tsx packages/export/bench.ts`. Builds the full model (every seed catalog
 * line, or the built-in sample when the seed is absent) as .xlsx and .pdf several times and prints
 * the median. Targets: xlsx < 0,5 s, PDF < 3 s.
 */
import { performance } from 'node:perf_hooks';
import { calculate } from '@app/engine';
import { buildBudgetPdf, buildBudgetWorkbook, buildLinesCsv } from './src/index.ts';
import { seedInput, sampleInput, sampleMeta, UTRECHT } from './src/testing/sample.ts';

const RUNS = 7;

async function median(label: string, run: () => Promise<unknown>, target: number): Promise<number> {
  await run(); // warm-up: module loading, font parsing
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)]!;
  console.log(
    `${label.padEnd(28)} median ${m.toFixed(0).padStart(5)} ms  (min ${times[0]!.toFixed(0)}, max ${times[times.length - 1]!.toFixed(0)}; target < ${target} ms) ${m < target ? 'OK' : 'TOO SLOW'}`,
  );
  return m;
}

const seed = seedInput(UTRECHT);
const input = seed?.input ?? sampleInput(UTRECHT);
const meta = seed?.meta ?? sampleMeta(input, 'Utrecht');
const result = calculate(input);
const data = { input, result, meta: { ...meta, municipalityName: 'Utrecht' } };
console.log(
  `Full model: ${input.lines.length} lines, ${result.rows.length} result rows, ${result.years.length} years (${seed ? 'seed catalog' : 'sample input'})`,
);
const xlsx = await median('xlsx (buildBudgetWorkbook)', () => buildBudgetWorkbook(data), 500);
const pdf = await median('pdf (buildBudgetPdf)', () => buildBudgetPdf(data), 3000);
await median('csv (buildLinesCsv)', async () => buildLinesCsv(data), 100);
const size = async (f: () => Promise<Buffer>) => ((await f()).length / 1024).toFixed(0);
console.log(
  `sizes: xlsx ${await size(() => buildBudgetWorkbook(data))} KB, pdf ${await size(() => buildBudgetPdf(data))} KB`,
);
if (xlsx >= 500 || pdf >= 3000) process.exitCode = 1;
