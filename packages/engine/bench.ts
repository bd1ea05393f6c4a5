/**
 * Engine benchmark: `npx tsx packages/engine/bench.ts`. Prints median and p95 milliseconds per
 * calculate() for a realistic full model (~150 lines, 4 years) and a synthetic 10,000-line input.
 * Targets (issue 3): full model < 1 ms, 10,000 lines < 50 ms. Prints only; asserts nothing.
 */
import { calculate, calculateTotals, explainAll } from './src/index.ts';
import { makeDevelopment, makeInput, makeLine } from './src/testing/fixtures.ts';
import type { CalculationInput, DevelopmentInput, LineInput } from './src/types.ts';

/** Deterministic pseudo-random numbers (LCG) so every run measures the same input. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const DOMAINS = [
  'bedrijfsvoering',
  'dienstverlening',
  'fysiek-domein',
  'openbare-orde-veiligheid',
  'sociaal-domein',
  'algemeen',
  'digitale-agenda',
];

/** One line of a mix close to the Modelgemeente: mostly amounts, staff and hire, some licences, SaaS and investments. */
function lineFor(i: number, developmentId: string, next: () => number): LineInput {
  const pick = next();
  const driver = (['fixed', 'inhabitants', 'employees', 'departments'] as const)[Math.floor(next() * 4)] ?? 'fixed';
  const base = {
    id: `line-${i}`,
    developmentId,
    description: `Regel ${i}`,
    driver,
    elasticity: next() < 0.3 ? 0.8 : null,
    yearOffset: Math.floor(next() * 3),
  };
  if (pick < 0.35)
    return makeLine({
      ...base,
      amountCents: Math.round(next() * 5_000_000),
      durationYears: 1 + Math.floor(next() * 3),
    });
  if (pick < 0.5) return makeLine({ ...base, kind: 'structural', amountCents: Math.round(next() * 3_000_000) });
  if (pick < 0.7) {
    return makeLine({
      ...base,
      kind: 'structural',
      costBasis: 'staff',
      costPool: 'personnel',
      amountCents: null,
      hoursPerWeek: 4 + Math.floor(next() * 32),
      salaryScale: String(8 + Math.floor(next() * 5)),
    });
  }
  if (pick < 0.82)
    return makeLine({
      ...base,
      costBasis: 'hire',
      costPool: 'hire',
      amountCents: null,
      hours: 40 + Math.floor(next() * 800),
      hoursPeriod: 'total',
      hireRole: 'adviseur',
    });
  if (pick < 0.92) {
    return makeLine({
      ...base,
      kind: 'structural',
      costBasis: 'licence',
      costPool: 'software',
      amountCents: null,
      units: 10 + Math.floor(next() * 1_000),
      unitPriceCents: 100 + Math.floor(next() * 2_000),
      unitPricePeriod: 'month',
      contractYears: next() < 0.5 ? 3 : null,
    });
  }
  return makeLine({
    ...base,
    kind: 'investment',
    costPool: 'hardware',
    amountCents: Math.round(next() * 20_000_000),
    depreciationYears: 3 + Math.floor(next() * 8),
  });
}

function buildInput(lineCount: number, developmentCount: number, seed: number): CalculationInput {
  const next = random(seed);
  const developments: DevelopmentInput[] = [];
  for (let d = 0; d < developmentCount; d++) {
    developments.push(
      makeDevelopment({
        id: `dev-${d}`,
        domainKey: DOMAINS[d % DOMAINS.length] ?? 'algemeen',
        title: `Ontwikkeling ${d}`,
        startYear: 2026 + (d % 3),
        enabled: d % 17 !== 16,
      }),
    );
  }
  const lines: LineInput[] = [];
  for (let i = 0; i < lineCount; i++) lines.push(lineFor(i, `dev-${i % developmentCount}`, next));
  return makeInput({ profile: { inhabitants: 43_673, employees: 412, departments: 18 }, developments, lines });
}

function measure(label: string, fn: () => unknown, runs: number): void {
  for (let i = 0; i < Math.min(runs, 50); i++) fn(); // warm-up: let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  console.log(`${label.padEnd(44)} median ${at(0.5).toFixed(3)} ms   p95 ${at(0.95).toFixed(3)} ms   (${runs} runs)`);
}

const model = buildInput(150, 45, 1);
// The same model with the validity range of the rescaling (ADR 0010), for a municipality below it,
// so every line takes the range path (edge^e × ratio/edge, shared fixed lines).
const ranged: CalculationInput = {
  ...model,
  profile: { inhabitants: 971, employees: 7, departments: 1 },
  assumptions: { ...model.assumptions, scalingRange: { minRatio: 0.2, maxRatio: 2.5 } },
};
const synthetic = buildInput(10_000, 600, 2);
console.log(
  `Node ${process.version}; rows: model ${calculate(model).rows.length}, synthetic ${calculate(synthetic).rows.length}`,
);
measure('calculate(), full model (150 lines × 4 years)', () => calculate(model), 2_000);
measure('calculate(), full model, below the validity range', () => calculate(ranged), 2_000);
// What a line write runs: the same check, only the totals (the write answers them).
measure('calculateTotals(), full model', () => calculateTotals(model), 2_000);
measure('calculate(), synthetic (10,000 lines × 4 years)', () => calculate(synthetic), 100);
measure('explainAll(), full model (on request only)', () => explainAll(model), 200);
