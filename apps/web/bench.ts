/**
 * Web benchmark: `npx tsx apps/web/bench.ts` after `vite build` (in apps/web). Prints
 *  1. the gzipped size of the initial JS: the entry chunk plus its static imports, read from
 *     dist/.vite/manifest.json (lazy routes are dynamic imports and not counted);
 *  2. the edit latency of the builder for a full model (150 lines) and a long budget (2.000 lines): apply one pending edit to the engine
 *     input, calculate(), and derive the grid's row model (median / p95).
 * Targets (issue 4): initial JS < 250 KB gzipped; edit < 50 ms. Prints only; asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { calculate, type CalculationInput, type DevelopmentInput, type LineInput } from '@app/engine';
import { makeDevelopment, makeInput, makeLine } from '@app/engine/testing';
import type { BudgetDetail, BudgetLine } from './src/api/types.ts';
import { applyPending, buildGridModel } from './src/features/budget/row-model.ts';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
const manifestPath = `${dist}.vite/manifest.json`;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

function initialBundle() {
  if (!existsSync(manifestPath)) {
    console.log(`No ${manifestPath}: run \`npx vite build\` in apps/web first.`);
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('manifest has no entry chunk');
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const gz = (file: string) => gzipSync(readFileSync(`${dist}${file}`), { level: 9 }).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  let total = 0;
  console.log('Initial JS (entry + static imports), gzipped:');
  for (const file of js) {
    const size = gz(file);
    total += size;
    console.log(`  ${file.padEnd(48)} ${kb(size)}`);
  }
  console.log(`  ${'TOTAL'.padEnd(48)} ${kb(total)}   (target < 250 KB)`);
  const cssTotal = [...css].reduce((sum, f) => sum + gz(f), 0);
  console.log(`Initial CSS, gzipped: ${kb(cssTotal)} (theme tokens + Utrecht components)`);
  // recharts' own class names mark its code; it must only be in lazily loaded chunks.
  const withRecharts = Object.values(manifest).filter(
    (c) => c.file.endsWith('.js') && readFileSync(`${dist}${c.file}`, 'utf8').includes('recharts-'),
  );
  const initialWithRecharts = withRecharts.filter((c) => js.has(c.file));
  console.log(
    `Chunks containing recharts: ${withRecharts.map((c) => c.file).join(', ') || '—'}; in the initial JS: ${initialWithRecharts.length === 0 ? 'none' : initialWithRecharts.map((c) => c.file).join(', ')}`,
  );
}

/** Deterministic pseudo-random numbers so every run measures the same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A full Modelgemeente-sized budget: 6 domains, 40 developments, 150 lines of every basis (or larger). */
function fullModel(
  lineCount = 150,
  developmentCount = 40,
): { input: CalculationInput; budget: Pick<BudgetDetail, 'developments' | 'lines' | 'includeExamples'> } {
  const next = random(42);
  const domains = [
    'algemene-ontwikkelingen',
    'bedrijfsvoering',
    'dienstverlening',
    'fysiek-domein',
    'openbare-orde-en-veiligheid',
    'sociaal-domein',
  ];
  const developments: DevelopmentInput[] = Array.from({ length: developmentCount }, (_, d) =>
    makeDevelopment({
      id: `dev-${d}`,
      domainKey: domains[d % domains.length] ?? 'bedrijfsvoering',
      title: `Ontwikkeling ${d}`,
    }),
  );
  const lines: LineInput[] = Array.from({ length: lineCount }, (_, i) => {
    const pick = next();
    const base = {
      id: `line-${i}`,
      developmentId: `dev-${i % developmentCount}`,
      description: `Regel ${i}`,
      driver: 'inhabitants' as const,
      yearOffset: Math.floor(next() * 3),
    };
    if (pick < 0.4)
      return makeLine({
        ...base,
        amountCents: Math.round(next() * 5_000_000),
        durationYears: 1 + Math.floor(next() * 2),
      });
    if (pick < 0.6) return makeLine({ ...base, kind: 'structural', amountCents: Math.round(next() * 3_000_000) });
    if (pick < 0.8)
      return makeLine({
        ...base,
        kind: 'structural',
        costBasis: 'staff',
        costPool: 'personnel',
        amountCents: null,
        hoursPerWeek: 4 + Math.floor(next() * 32),
        salaryScale: String(8 + Math.floor(next() * 5)),
      });
    if (pick < 0.9)
      return makeLine({
        ...base,
        kind: 'structural',
        costBasis: 'licence',
        costPool: 'software',
        amountCents: null,
        units: 10 + Math.floor(next() * 1_000),
        unitPriceCents: 100 + Math.floor(next() * 2_000),
        unitPricePeriod: 'month',
        contractYears: 3,
      });
    return makeLine({
      ...base,
      kind: 'investment',
      costPool: 'hardware',
      amountCents: Math.round(next() * 20_000_000),
      depreciationYears: 5,
    });
  });
  const input = makeInput({
    profile: { inhabitants: 43_673, employees: 306, departments: 12 },
    firstYear: 2027,
    developments,
    lines,
  });
  const budgetLines: BudgetLine[] = lines.map((l) => ({
    id: l.id,
    catalogLineId: `cat-${l.id}`,
    developmentId: l.developmentId,
    custom: false,
    model: l,
    effective: l,
    overriddenFields: [],
    justification: null,
  }));
  const budgetDevelopments = developments.map((d) => ({
    id: `b-${d.id}`,
    developmentId: d.id,
    domainKey: d.domainKey,
    title: d.title,
    enabled: true,
    startYear: null,
    ownerUnitId: null,
    priority: null,
    note: null,
  }));
  return { input, budget: { developments: budgetDevelopments, lines: budgetLines, includeExamples: true } };
}

function editLatency(lineCount = 150, developmentCount = 40) {
  const { input, budget } = fullModel(lineCount, developmentCount);
  const names = Object.fromEntries(input.developments.map((d) => [d.domainKey, d.domainKey]));
  const runs = lineCount > 500 ? 100 : 500;
  const times: number[] = [];
  for (let i = 0; i < runs + 50; i++) {
    const start = performance.now();
    // What one keystroke in the grid does: pending edit → engine → row model.
    const preview = applyPending(input, [
      { type: 'line', engineLineId: `line-${i % lineCount}`, fields: { amountCents: 100_000 + i } },
    ]);
    const result = calculate(preview);
    buildGridModel(budget, preview, result, names);
    if (i >= 50) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  console.log(
    `Grid edit, ${lineCount} lines, ${developmentCount} developments, 4 years (engine + row model): median ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   (${runs} runs; target < 50 ms)`,
  );
}

initialBundle();
editLatency();
// A long budget (issue 11): an imported official workbook of 2.000 lines.
editLatency(2_000, 200);
