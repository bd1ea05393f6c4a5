import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.ts';
import { explainAll, explainCell, explainLineYear } from './explain.ts';
import { makeAssumptions, makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';
import type { CalculationInput } from './types.ts';

/** The whole-euro amount a trace formula ends with ("… = € 16.331"), in cents. */
function tracedCents(formula: string): number {
  const match = /= € (-?[\d.]+)$/.exec(formula);
  if (!match?.[1]) throw new Error(`no final amount in: ${formula}`);
  return Number(match[1].replace(/\./g, '')) * 100;
}

const OWN = { inhabitants: 43_673, employees: 400, departments: 10 };

function richInput(): CalculationInput {
  return makeInput({
    profile: OWN,
    developments: [makeDevelopment(), makeDevelopment({ id: 'late', domainKey: 'sociaal', startYear: 2027 })],
    lines: [
      makeLine({
        id: 'coordinator',
        description: 'Coördinator klantreizen',
        kind: 'structural',
        costBasis: 'staff',
        amountCents: null,
        hoursPerWeek: 16,
        salaryScale: '10',
        driver: 'inhabitants',
        costPool: 'personnel',
        provenance: 'published',
      }),
      makeLine({ id: 'spread', amountCents: 1_000_100, durationYears: 3, driver: 'employees', elasticity: 0.8 }),
      makeLine({ id: 'invest', kind: 'investment', amountCents: 215_000_000, depreciationYears: 50 }),
      makeLine({ id: 'small-invest', kind: 'investment', amountCents: 1_000_000, developmentId: 'late' }),
      makeLine({
        id: 'saas',
        kind: 'structural',
        costBasis: 'licence',
        amountCents: null,
        units: 1_000,
        unitPriceCents: 250,
        unitPricePeriod: 'month',
        driver: 'employees',
        contractYears: 2,
        costPool: 'software',
      }),
      makeLine({
        id: 'saas-abs',
        kind: 'structural',
        amountCents: 2_000_000,
        contractYears: 3,
        retenderCents: 1_234_550,
        migrationCents: 99_950,
        developmentId: 'late',
      }),
      makeLine({
        id: 'hire',
        costBasis: 'hire',
        amountCents: null,
        hours: 200,
        hoursPeriod: 'total',
        yearOffset: 1,
        hireRole: 'ontwikkelaar',
      }),
      makeLine({
        id: 'hire-own',
        kind: 'structural',
        costBasis: 'hire',
        amountCents: null,
        hours: 12,
        hourlyRateCents: 14_950,
        indexation: 'none',
      }),
      makeLine({ id: 'negative', amountCents: -100_050 }),
    ],
  });
}

describe('explainCell', () => {
  it('explains a rescaled staff line like the spec example, ending with the cell', () => {
    const input = richInput();
    const trace = explainCell(input, 'coordinator', 'structural', 2027);
    expect(trace?.formula).toBe(
      '16 u/w × (43.673 / 100.000)^1 = 6,99 u/w; 6,99 / 36 = 0,194 FTE × schaal 10 (max € 5.118/mnd) × 12 × 1,33 = € 15.854,91 per jaar; × 1,030^1 (loonindexatie vanaf 2026) = € 16.331',
    );
    // 16 × 43.673/100.000 / 36 × 511.800 × 12 × 1,33 = 1.585.491,3 × 1,03 = 1.633.056 → € 16.331
    const cell = calculate(input).rows.find((row) => row.lineId === 'coordinator')?.amounts[2027];
    expect(cell).toBe(1_633_100);
    expect(tracedCents(trace?.formula ?? '')).toBe(cell);
  });

  it('lists the inputs with their sources: salary table, profile, assumption, provenance', () => {
    const trace = explainCell(richInput(), 'coordinator', 'structural', 2027);
    const byLabel = Object.fromEntries((trace?.inputs ?? []).map((i) => [i.label, i]));
    expect(byLabel['Maandsalaris schaal 10 (max)']).toEqual({
      label: 'Maandsalaris schaal 10 (max)',
      value: '€ 5.118',
      source:
        'Testfixture salaristabel (geen echte cao-bedragen); Testfixture in packages/engine/src/testing/fixtures.ts; geldig vanaf 2026-01-01',
    });
    expect(byLabel['Aantal inwoners eigen gemeente']).toMatchObject({ value: '43.673', source: 'Gemeenteprofiel' });
    expect(byLabel['Aantal inwoners Modelgemeente']).toMatchObject({ value: '100.000' });
    expect(byLabel['Vakantiegeld/IKB en werkgeverslasten']).toMatchObject({
      value: '33 %',
      source: 'Aanname begroting',
    });
    expect(byLabel['Loonindexatie per jaar']).toMatchObject({ value: '3 %' });
    expect(byLabel.Regel).toMatchObject({ value: 'Coördinator klantreizen', source: 'Modelgemeente (gepubliceerd)' });
  });

  it('names the rate card as the source of a hire rate', () => {
    const trace = explainCell(richInput(), 'hire', 'incidental', 2027);
    expect(trace?.formula).toBe(
      '200 uur (vast, niet geschaald) × € 110/uur = € 22.000 totaal; incidenteel in 2027, niet geïndexeerd = € 22.000',
    );
    expect(trace?.inputs).toContainEqual({
      label: 'Uurtarief ontwikkelaar',
      value: '€ 110',
      source:
        'Testfixture tarievenkaart; Testfixture in packages/engine/src/testing/fixtures.ts; geldig vanaf 2026-01-01',
    });
  });

  it('explains spread, capital and SaaS cells with their rule', () => {
    const input = richInput();
    expect(explainCell(input, 'spread', 'incidental', 2028)?.formula).toBe(
      "€ 10.001 × (400 / 1.000)^0,8 = € 4.804,98 totaal; afgerond € 4.805 verdeeld over 3 jaar (2026–2028) in hele euro's, restant naar de eerste jaren; niet geïndexeerd = € 1.601",
    );
    expect(explainCell(input, 'invest', 'depreciation', 2027)?.formula).toBe(
      '€ 2.150.000 (vast, niet geschaald) totaal; / 50 jaar lineair (afschrijvingsjaar 1 van 50) = € 43.000',
    );
    expect(explainCell(input, 'invest', 'interest', 2028)?.formula).toBe(
      '€ 2.150.000 (vast, niet geschaald) totaal; boekwaarde 1 januari 2028 = € 2.107.000 (49/50 van de investering) × 1 % omslagrente = € 21.070',
    );
    expect(explainCell(input, 'saas-abs', 'retender', 2029)?.formula).toBe(
      'Bedrag aanbesteding € 12.345,50 × schaalfactor van de regel 1 = € 12.345,50 (niet geïndexeerd) bij contracteinde 2029 (contract van 3 jaar vanaf 2027) = € 12.346',
    );
    const fixedEnd = {
      ...input,
      lines: input.lines.map((l) => (l.id === 'saas-abs' ? { ...l, contractEndFixed: true } : l)),
    };
    expect(explainCell(fixedEnd, 'saas-abs', 'retender', 2029)?.formula).toBe(
      'Vast bedrag aanbesteding € 12.345,50 (in de catalogus vast, niet geschaald, niet geïndexeerd) bij contracteinde 2029 (contract van 3 jaar vanaf 2027) = € 12.346',
    );
    expect(explainCell(input, 'saas', 'migration', 2026)?.formula).toBe(
      'Geen bedrag in 2026: geen contracteinde in 2026 (contract van 2 jaar vanaf 2026) = € 0',
    );
  });

  it('returns null for what is not in the result', () => {
    const input = richInput();
    expect(explainCell(input, 'nope', 'incidental', 2026)).toBeNull();
    expect(explainCell(input, 'coordinator', 'incidental', 2026)).toBeNull();
    expect(explainCell(input, 'coordinator', 'structural', 2030)).toBeNull();
    expect(explainCell(input, 'small-invest', 'investment', 2027)).toBeNull(); // below threshold
    const disabled = { ...input, developments: input.developments.map((d) => ({ ...d, enabled: false })) };
    expect(explainCell(disabled, 'coordinator', 'structural', 2026)).toBeNull();
  });
});

describe('explainAll', () => {
  it('has a trace for every cell, and every trace ends with its cell amount', () => {
    for (const assumptions of [
      makeAssumptions(),
      makeAssumptions({ salaryStep: 2, priceIndexationPct: 2.5, interestRatePct: 0.75 }),
    ]) {
      const input = { ...richInput(), assumptions };
      const result = calculate(input);
      const traces = explainAll(input);
      let checked = 0;
      for (const row of result.rows) {
        for (const year of result.years) {
          const trace = traces[row.lineId]?.[row.component]?.[year];
          expect(trace, `${row.lineId} ${row.component} ${year}`).toBeDefined();
          expect(tracedCents(trace?.formula ?? ''), `${row.lineId} ${row.component} ${year}: ${trace?.formula}`).toBe(
            row.amounts[year],
          );
          expect(explainCell(input, row.lineId, row.component, year)).toEqual(trace);
          checked++;
        }
      }
      expect(checked).toBe(result.rows.length * 4);
      expect(Object.keys(traces)).toEqual([...new Set(result.rows.map((row) => row.lineId))]);
    }
  });
});

describe('incomplete published lines', () => {
  it('explain that the line counts € 0 until completed', () => {
    const input = makeInput({
      lines: [
        makeLine({
          id: 'cut',
          provenance: 'published-incomplete',
          costBasis: 'staff',
          kind: 'structural',
          hoursPerWeek: null,
          salaryScale: null,
        }),
      ],
    });
    expect(explainCell(input, 'cut', 'structural', input.firstYear)?.formula).toMatch(
      /afgekapt.*€ 0 tot u de regel aanvult/,
    );
  });
});

describe('model value and own value (an overridden line)', () => {
  // The catalogue line: an example value of € 120.000; the budget overrides it with € 80.000.
  const model = makeLine({
    id: 'kcc',
    description: 'Training KCC',
    kind: 'structural',
    amountCents: 12_000_000,
    provenance: 'example',
    indexation: 'none',
  });
  const own = { ...model, amountCents: 8_000_000 };
  const input = makeInput({ lines: [own] });

  it('names the model value with the model source and the own value with the budget as source', () => {
    const trace = explainCell(input, 'kcc', 'structural', 2026, { modelLine: model });
    expect(trace?.inputs).toContainEqual({ label: 'Modelwaarde', value: '€ 120.000', source: 'Voorbeeldwaarde' });
    expect(trace?.inputs).toContainEqual({
      label: 'Eigen waarde',
      value: '€ 80.000',
      source: 'Aangepast in deze begroting',
    });
    // The calculation starts from the own value.
    expect(trace?.formula).toBe('€ 80.000 (vast, niet geschaald) per jaar; geen indexatie = € 80.000');
  });

  it('never calls the own value the model value', () => {
    const trace = explainCell(input, 'kcc', 'structural', 2026, { modelLine: model });
    expect(trace?.inputs.filter((i) => i.label === 'Modelwaarde').map((i) => i.value)).toEqual(['€ 120.000']);
  });

  it('an unchanged quantity is one model value (an override of another field)', () => {
    const trace = explainCell(makeInput({ lines: [{ ...model, yearOffset: 1 }] }), 'kcc', 'structural', 2027, {
      modelLine: model,
    });
    expect(trace?.inputs.filter((i) => /waarde/.test(i.label))).toEqual([
      { label: 'Modelwaarde', value: '€ 120.000', source: 'Voorbeeldwaarde' },
    ]);
  });

  it('a changed licence price shows the model price and the own price', () => {
    const modelSaas = makeLine({
      id: 'saas',
      kind: 'structural',
      costBasis: 'licence',
      amountCents: null,
      units: 100,
      unitPriceCents: 1_000,
      unitPricePeriod: 'month',
      provenance: 'published',
      indexation: 'none',
    });
    const trace = explainCell(
      makeInput({ lines: [{ ...modelSaas, unitPriceCents: 1_250 }] }),
      'saas',
      'structural',
      2026,
      { modelLine: modelSaas },
    );
    expect(trace?.inputs).toContainEqual({
      label: 'Prijs per eenheid in het model',
      value: '€ 10/mnd',
      source: 'Modelgemeente (gepubliceerd)',
    });
    expect(trace?.inputs).toContainEqual({
      label: 'Prijs per eenheid (eigen waarde)',
      value: '€ 12,50/mnd',
      source: 'Aangepast in deze begroting',
    });
    // 100 units × € 12,50 × 12 = € 15.000
    expect(trace?.formula).toMatch(/= € 15\.000$/);
  });

  it('a custom line has an own value, no model value', () => {
    const custom = makeLine({ id: 'eigen', provenance: 'custom', amountCents: -500_000 });
    const trace = explainCell(makeInput({ lines: [custom] }), 'eigen', 'incidental', 2026);
    expect(trace?.inputs).toContainEqual({ label: 'Eigen waarde', value: '€ -5.000', source: 'Eigen regel' });
    expect(trace?.inputs.some((i) => i.label === 'Modelwaarde')).toBe(false);
  });

  it('explainAll takes the model lines too', () => {
    const traces = explainAll(input, { modelLines: new Map([['kcc', model]]) });
    expect(traces.kcc?.structural?.[2026]?.inputs).toContainEqual({
      label: 'Modelwaarde',
      value: '€ 120.000',
      source: 'Voorbeeldwaarde',
    });
  });
});

describe('explainLineYear: the total of a multi-part cell', () => {
  it('states the total of a SaaS cell as the sum of its parts, equal to the engine rows', () => {
    const input = richInput();
    const cell = explainLineYear(input, 'saas-abs', 2029);
    const rows = calculate(input).rows.filter((row) => row.lineId === 'saas-abs');
    const engineCell = rows
      .filter((row) => row.category !== 'investment')
      .reduce((sum, row) => sum + (row.amounts[2029] ?? 0), 0);
    expect(cell?.total).toBe(engineCell);
    expect(cell?.parts.map((p) => [p.component, p.amount])).toEqual(
      rows.map((row) => [row.component, row.amounts[2029]]),
    );
    // € 20.000 × 1,02^3 (price indexation from 2026) = € 21.224,16 → € 21.224; + € 12.346 + € 1.000 (99.950 cents rounded)
    expect(cell?.totalText).toBe(
      'Totaal 2029: € 21.224 structureel + € 12.346 heraanbesteding + € 1.000 migratie = € 34.570',
    );
    expect(cell?.total).toBe(3_457_000);
  });

  it('one part: names it; an investment stands beside the total', () => {
    const input = richInput();
    expect(explainLineYear(input, 'saas-abs', 2028)?.totalText).toBe('Totaal 2028: € 20.808 (structureel)');
    const invest = explainLineYear(input, 'invest', 2026);
    expect(invest?.investment?.amount).toBe(215_000_000);
    expect(invest?.total).toBe(0);
    expect(invest?.totalText).toBe(
      'Totaal 2026: € 0 (geen bedrag in dit jaar); de investering van € 2.150.000 staat naast het totaal en telt niet mee',
    );
    expect(explainLineYear(input, 'invest', 2027)?.totalText).toBe(
      'Totaal 2027: € 43.000 afschrijving + € 21.500 rente = € 64.500',
    );
  });

  it('returns null for a line or year outside the result', () => {
    expect(explainLineYear(richInput(), 'nope', 2027)).toBeNull();
    expect(explainLineYear(richInput(), 'saas-abs', 2040)).toBeNull();
  });
});
