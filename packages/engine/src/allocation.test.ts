import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  allocateWholeEuros,
  compareAloneTogether,
  keyShares,
  sharePct,
  type AllocationKey,
  type AllocationMember,
} from './allocation.ts';
import { calculate } from './calculate.ts';
import { EngineInputError } from './errors.ts';
import { makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';

// BLNP with CBS inhabitants on 1 January 2026 (db/seed/data/gemeenten.csv) and round staff figures.
const BLNP: AllocationMember[] = [
  { id: 'GM0313', name: 'Bunschoten', inhabitants: 22_899, employees: 150 },
  { id: 'GM0327', name: 'Leusden', inhabitants: 32_288, employees: 200 },
  { id: 'GM0267', name: 'Nijkerk', inhabitants: 46_276, employees: 300 },
  { id: 'GM0273', name: 'Putten', inhabitants: 25_169, employees: 160 },
];

const split = (euros: number, key: AllocationKey, members = BLNP) =>
  allocateWholeEuros(euros * 100, keyShares(key, members)).parts.map((c) => c / 100);

describe('keys and the largest-remainder rule (exact euros)', () => {
  it('equal: € 10 over 4 → 3, 3, 2, 2 (ties go to the first members)', () => {
    expect(split(10, { type: 'equal' })).toEqual([3, 3, 2, 2]);
    expect(allocateWholeEuros(1000, keyShares({ type: 'equal' }, BLNP)).remainderTo).toEqual([0, 1]);
  });

  it('inhabitants: € 100.000 by 126.632 inhabitants', () => {
    // exact: 18.083,11 / 25.497,50 / 36.543,69 / 19.875,70 → floors 99.998; the two euros to Putten (,70) and Nijkerk (,69)
    expect(split(100_000, { type: 'inhabitants' })).toEqual([18_083, 25_497, 36_544, 19_876]);
  });

  it('fixed percentages must total exactly 100 %', () => {
    const key: AllocationKey = { type: 'fixed', percentages: { GM0313: 25, GM0327: 25, GM0267: 30, GM0273: 20 } };
    expect(split(1_001, key)).toEqual([250, 250, 301, 200]);
    expect(() =>
      keyShares({ type: 'fixed', percentages: { GM0313: 25, GM0327: 25, GM0267: 30, GM0273: 19.99 } }, BLNP),
    ).toThrow(/samen precies 100 % zijn \(nu 99,99 %\)/);
    expect(() => keyShares({ type: 'fixed', percentages: { GM0313: 125, GM0327: -25 } }, BLNP)).toThrow(
      EngineInputError,
    );
    expect(() => keyShares({ type: 'fixed', percentages: { GM9999: 100 } }, BLNP)).toThrow(
      /is geen deelnemer van deze samenwerking/,
    );
  });

  it('hybrid: 50 % equal + 50 % inhabitants', () => {
    const key: AllocationKey = {
      type: 'hybrid',
      parts: [
        { basis: 'equal', percentage: 50 },
        { basis: 'inhabitants', percentage: 50 },
      ],
    };
    // exact: 21.541,55 / 25.248,75 / 30.771,84 / 22.437,85 → floors 99.997; the three euros to Putten (,85), Nijkerk (,84), Leusden (,75)
    expect(split(100_000, key)).toEqual([21_541, 25_249, 30_772, 22_438]);
    expect(sharePct(keyShares(key, BLNP), 0)).toBe(21.54);
  });

  it('usage: quantities per member; a member with 0 pays 0', () => {
    const key: AllocationKey = {
      type: 'usage',
      quantities: { GM0313: 10, GM0327: 0, GM0267: 20, GM0273: 10 },
      unit: 'licenties',
    };
    expect(split(4_001, key)).toEqual([1_000, 0, 2_001, 1_000]);
    expect(() => keyShares({ type: 'usage', quantities: {} }, BLNP)).toThrow(/minstens één deelnemer een hoeveelheid/);
  });

  it('negative amounts split symmetrically', () => {
    expect(split(-10, { type: 'equal' })).toEqual([-3, -3, -2, -2]);
  });

  it('a member twice is refused', () => {
    expect(() => keyShares({ type: 'equal' }, [BLNP[0]!, BLNP[0]!])).toThrow(/twee keer/);
  });
});

describe('allocate a computed budget', () => {
  const input = makeInput({
    developments: [
      makeDevelopment({ id: 'd1', domainKey: 'bedrijfsvoering' }),
      makeDevelopment({ id: 'd2', domainKey: 'dienstverlening' }),
    ],
    lines: [
      makeLine({ id: 'a', developmentId: 'd1', kind: 'structural', driver: 'fixed', amountCents: 1_000_100 }),
      makeLine({ id: 'b', developmentId: 'd2', kind: 'incidental', driver: 'fixed', amountCents: 300_000 }),
      makeLine({ id: 'c', developmentId: 'd2', kind: 'structural', driver: 'fixed', amountCents: 40_000 }),
    ],
  });
  const result = calculate(input);

  it('line key beats development key beats the default, and members sum to every line-year', () => {
    const out = allocate(
      {
        members: BLNP,
        defaultKey: { type: 'inhabitants' },
        developmentKeys: { d2: { type: 'equal' } },
        lineKeys: { c: { type: 'usage', quantities: { GM0313: 1, GM0327: 1, GM0267: 1, GM0273: 1 } } },
      },
      result,
    );
    expect(out.rows.map((r) => r.keySource)).toEqual(['budget', 'development', 'line']);
    const year = result.years[0]!;
    const incidentalB = out.rows[1]!.parts.map((p) => p[year]);
    expect(incidentalB).toEqual([75_000, 75_000, 75_000, 75_000]);
    for (const y of result.years) {
      expect(out.members.reduce((a, m) => a + (m.totals.total[y] ?? 0), 0)).toBe(result.totals.total[y]);
    }
    expect(out.members[0]!.byDomain.dienstverlening!.incidental[year]).toBe(75_000);
  });

  it('alone vs together: a fixed line alone costs each member the whole line', () => {
    const out = allocate({ members: BLNP, defaultKey: { type: 'equal' } }, result);
    const alone = Object.fromEntries(
      BLNP.map((m) => [
        m.id,
        calculate({ ...input, profile: { inhabitants: m.inhabitants, employees: m.employees, departments: 10 } }),
      ]),
    );
    const cmp = compareAloneTogether(out, alone);
    const first = cmp[0]!;
    expect(first.aloneTotalCents).toBe(Object.values(result.totals.total).reduce((a, b) => a + b, 0));
    expect(first.savingTotalCents).toBe(first.aloneTotalCents - first.togetherTotalCents);
    expect(first.developments.map((d) => d.developmentId)).toEqual(['d1', 'd2']);
    const d2Total = result.rows
      .filter((r) => r.developmentId === 'd2')
      .reduce((a, r) => a + Object.values(r.amounts).reduce((x, y) => x + y, 0), 0);
    expect(first.developments[1]!.aloneCents).toBe(d2Total);
    expect(first.developments[1]!.togetherCents).toBe(
      out.members[0]!.byDevelopment.d2!
        ? Object.values(out.members[0]!.byDevelopment.d2!).reduce((a, b) => a + b, 0)
        : 0,
    );
    // together, four members share it: each pays about a quarter (whole euros, remainder to the first)
    expect(Math.abs(first.developments[1]!.togetherCents * 4 - d2Total)).toBeLessThanOrEqual(
      4 * 100 * result.years.length,
    );
  });
});

// ---- property tests -----------------------------------------------------------------------------

const arbMembers = fc
  .array(
    fc.record({ inhabitants: fc.integer({ min: 0, max: 1_000_000 }), employees: fc.integer({ min: 0, max: 10_000 }) }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows) =>
    rows.map((r, i): AllocationMember => ({
      id: `m${i}`,
      name: `Lid ${i}`,
      inhabitants: r.inhabitants + (i === 0 ? 1 : 0),
      employees: r.employees + (i === 0 ? 1 : 0),
    })),
  );

/** Percentages in hundredths that total exactly 100,00 %. */
function arbPercentages(n: number) {
  return fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: n, maxLength: n }).map((raw) => {
    const total = raw.reduce((a, b) => a + b, 0) || 1;
    const hundredths = raw.map((r) => Math.floor((r * 10_000) / total));
    hundredths[0] = (hundredths[0] ?? 0) + 10_000 - hundredths.reduce((a, b) => a + b, 0);
    return hundredths.map((h) => h / 100);
  });
}

function arbKey(members: AllocationMember[]): fc.Arbitrary<AllocationKey> {
  const ids = members.map((m) => m.id);
  return fc.oneof(
    fc.constant<AllocationKey>({ type: 'equal' }),
    fc.constant<AllocationKey>({ type: 'inhabitants' }),
    fc.constant<AllocationKey>({ type: 'employees' }),
    arbPercentages(ids.length).map((p): AllocationKey => ({
      type: 'fixed',
      percentages: Object.fromEntries(ids.map((id, i) => [id, p[i]!])),
    })),
    fc
      .array(fc.integer({ min: 0, max: 100_000 }), { minLength: ids.length, maxLength: ids.length })
      .map((q) => (q.every((x) => x === 0) ? q.map((_, i) => (i === 0 ? 1 : 0)) : q))
      .map((q): AllocationKey => ({
        type: 'usage',
        quantities: Object.fromEntries(ids.map((id, i) => [id, q[i]! / 100])),
      })),
    fc.integer({ min: 0, max: 10_000 }).map((equal): AllocationKey => ({
      type: 'hybrid',
      parts: [
        { basis: 'equal', percentage: equal / 100 },
        { basis: 'inhabitants', percentage: (10_000 - equal) / 100 },
      ],
    })),
  );
}

const arbCase = arbMembers.chain((members) =>
  fc.tuple(fc.constant(members), arbKey(members), fc.integer({ min: -10_000_000, max: 1_000_000_000 })),
);

describe('largest remainder (property)', () => {
  it('parts are whole euros and sum exactly to the amount', () => {
    fc.assert(
      fc.property(arbCase, ([members, key, euros]) => {
        const { parts } = allocateWholeEuros(euros * 100, keyShares(key, members));
        expect(parts.every((p) => p % 100 === 0)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(euros === 0 ? 0 : euros * 100);
      }),
      { numRuns: 500 },
    );
  });

  it('each part is within one euro of the exact share, below it by less than a euro, and a 0 share gets nothing', () => {
    fc.assert(
      fc.property(arbCase, ([members, key, euros]) => {
        const shares = keyShares(key, members);
        const { parts, remainderTo } = allocateWholeEuros(euros * 100, shares);
        const e = BigInt(Math.abs(euros));
        parts.forEach((p, i) => {
          const n = shares.numerators[i]!;
          const floor = (e * n) / shares.denominator;
          const got = BigInt(Math.abs(p) / 100);
          expect(got === floor || got === floor + 1n).toBe(true);
          if (n === 0n) expect(p).toBe(0);
        });
        expect(remainderTo.length).toBeLessThan(members.length);
        expect(new Set(remainderTo).size).toBe(remainderTo.length);
      }),
      { numRuns: 500 },
    );
  });

  it('remainder euros go to the largest fractional parts; ties to the earlier member', () => {
    fc.assert(
      fc.property(arbCase, ([members, key, euros]) => {
        const shares = keyShares(key, members);
        const { remainderTo } = allocateWholeEuros(euros * 100, shares);
        const e = BigInt(Math.abs(euros));
        const frac = shares.numerators.map((n) => (e * n) % shares.denominator);
        const got = new Set(remainderTo);
        for (let i = 0; i < members.length; i++) {
          for (let j = 0; j < members.length; j++) {
            if (!got.has(i) || got.has(j)) continue;
            // i got a euro and j did not: i's fraction is larger, or equal and i comes first
            expect(frac[i]! > frac[j]! || (frac[i] === frac[j] && i < j)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('allocating a whole budget: members sum to every row-year and every total', () => {
    const arbLines = fc.array(
      fc.record({
        kind: fc.constantFrom('incidental', 'structural', 'investment' as const),
        amountCents: fc.integer({ min: -5_000_000, max: 90_000_000 }),
        dev: fc.constantFrom('d1', 'd2'),
        driver: fc.constantFrom('fixed', 'inhabitants' as const),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(
        arbMembers.chain((m) => fc.tuple(fc.constant(m), arbKey(m), arbKey(m), arbLines)),
        ([members, defaultKey, devKey, lines]) => {
          const input = makeInput({
            developments: [
              makeDevelopment({ id: 'd1', domainKey: 'bedrijfsvoering' }),
              makeDevelopment({ id: 'd2', domainKey: 'sociaal-domein' }),
            ],
            lines: lines.map((l, i) =>
              makeLine({
                id: `l${i}`,
                developmentId: l.dev,
                kind: l.kind,
                driver: l.driver,
                amountCents: l.amountCents,
              }),
            ),
          });
          const result = calculate(input);
          const out = allocate({ members, defaultKey, developmentKeys: { d2: devKey } }, result);
          out.rows.forEach((row, r) => {
            for (const y of result.years)
              expect(row.parts.reduce((a, p) => a + (p[y] ?? 0), 0)).toBe(result.rows[r]!.amounts[y]);
          });
          for (const cat of ['incidental', 'structural', 'capital', 'investment', 'total'] as const) {
            for (const y of result.years)
              expect(out.members.reduce((a, m) => a + (m.totals[cat][y] ?? 0), 0)).toBe(result.totals[cat][y]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
