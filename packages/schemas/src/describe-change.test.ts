import { describe, expect, it } from 'vitest';
import { describeChanges, describeValue, describeWhat } from './describe-change.ts';

const assumptions = {
  priceIndexationPct: 2,
  wageIndexationPct: 3.5,
  activationThresholdCents: 2_500_000,
  employerCostPct: 33,
  defaultElasticity: { inhabitants: 1, employees: 1 },
};

describe('describeChanges', () => {
  it('shows only the assumption that changed, with its Dutch label and formatted values', () => {
    const changes = describeChanges(
      { assumptions },
      { assumptions: { ...assumptions, priceIndexationPct: 2.5, activationThresholdCents: 1_000_050 } },
    );
    expect(changes.map(({ label, before, after }) => `${label}: ${before} → ${after}`)).toEqual([
      'Prijsindexatie: 2 % → 2,5 %',
      'Activeringsgrens: € 25.000 → € 10.000,50',
    ]);
  });

  it('names nested tables and elasticities per driver', () => {
    const changes = describeChanges(
      { assumptions: { salaryTable: { id: 't1', scales: { '10': 560_400 } }, defaultElasticity: { inhabitants: 1 } } },
      {
        assumptions: { salaryTable: { id: 't2', scales: { '10': 571_300 } }, defaultElasticity: { inhabitants: 0.8 } },
      },
    );
    expect(changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      'Maandsalaris schaal 10: € 5.604 → € 5.713',
      'Standaard elasticiteit (inwoners): 1 → 0,8',
    ]);
  });

  it('uses Dutch words for codes, leaves ids and the revision counter out, and names owner units', () => {
    const names = new Map([['u1', 'Team strategie']]);
    const changes = describeChanges(
      { status: 'draft', version: 4, lineId: 'x', overrides: { driver: 'fixed' }, ownerUnitId: null },
      {
        status: 'submitted',
        version: 5,
        lineId: 'x',
        overrides: { driver: 'inhabitants', amountCents: 700_000 },
        ownerUnitId: 'u1',
      },
      names,
    );
    expect(changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      'Status: Concept → Ingediend',
      'Schaalbasis (aanpassing): Vast → Inwoners',
      'Eigenaar: — → Team strategie',
      'Bedrag (aanpassing): — → € 7.000',
    ]);
    expect(changes.map((c) => `${c.label} ${c.before} ${c.after}`).join(' ')).not.toMatch(
      /Cents|Pct|version|fixed|inhabitants|u1/,
    );
  });

  it('describes an entry without changed fields as no changes, and the entity and action in Dutch', () => {
    expect(describeChanges({ version: 1 }, { version: 2 })).toEqual([]);
    expect(describeWhat('budget_line', 'override')).toBe('Regel aangepast');
    expect(describeWhat('budget', 'send-back')).toBe('Begroting teruggestuurd');
  });
});

describe('funding changes in Dutch', () => {
  it('entity, fields and values of a dekking read as Dutch', () => {
    expect(describeWhat('funding', 'create')).toBe('Dekking aangemaakt');
    expect(describeValue('sourceType', 'earmarked-reserve')).toBe('Bestemmingsreserve');
    expect(describeValue('status', 'granted')).toBe('Toegekend');
    expect(describeValue('endYear', 2028)).toBe('2028');
    expect(describeValue('amountCents', 2_500_000)).toBe('€ 25.000');
  });
});

describe('collaboration changes in Dutch', () => {
  it('names the entities and actions, the form, the keys and the member figures in Dutch', () => {
    expect(describeWhat('allocation-keys', 'update')).toBe('Verdeelsleutels gewijzigd');
    expect(describeWhat('collaboration-partner', 'grant')).toBe('Partnerrol toegekend');
    expect(describeWhat('budget', 'archive')).toBe('Begroting gearchiveerd');
    const names = new Map([
      ['m1', 'Bunschoten'],
      ['m2', 'Leusden'],
    ]);
    const changes = describeChanges(
      { keys: { defaultKey: { type: 'inhabitants' } }, members: [] },
      {
        keys: { defaultKey: { type: 'fixed', percentages: { m1: 40, m2: 60 } } },
        members: [{ memberId: 'm1', inhabitants: 22_899, employees: 190, referenceDate: '2025-01-01' }],
        form: 'openbaar-lichaam',
        archivedAt: '2026-12-03T10:15:00.000Z',
      },
      names,
    );
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Standaardsleutel', 'Naar inwoners', 'Vaste percentages: Bunschoten 40 %, Leusden 60 %'],
      ['Deelnemers', '—', 'Bunschoten, 22.899 inwoners, 190 medewerkers, peildatum 01-01-2025'],
      ['Vorm', '—', 'Openbaar lichaam (GR)'],
      ['Gearchiveerd op', '—', '03-12-2026 10:15'],
    ]);
  });
});
