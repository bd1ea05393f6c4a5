import { describe, expect, it } from 'vitest';
import { calculate } from '@app/engine';
import { makeDevelopment, makeInput, makeLine } from '@app/engine/testing';
import type { BudgetDetail, BudgetLine } from '../../api/types.ts';
import { applyPending, applyPendingDevelopments, buildGridModel } from './row-model.ts';

const line = (id: string, overrides: Parameters<typeof makeLine>[0] = {}) =>
  makeLine({ id, developmentId: 'dev-1', ...overrides });
const budgetLine = (effective: ReturnType<typeof makeLine>): BudgetLine => ({
  id: effective.id,
  catalogLineId: null,
  developmentId: effective.developmentId,
  custom: false,
  model: effective,
  effective,
  overriddenFields: [],
  justification: null,
});
const development = {
  id: 'bd-1',
  developmentId: 'dev-1',
  domainKey: 'bedrijfsvoering',
  title: 'Test',
  enabled: true,
  startYear: null,
  ownerUnitId: null,
  priority: null,
  note: null,
};

describe('row model', () => {
  it('applies a pending line edit and a development switch to the engine input', () => {
    const input = makeInput({ lines: [line('a', { amountCents: 100_000 }), line('b', { amountCents: 200_000 })] });
    const edited = applyPending(input, [{ type: 'line', engineLineId: 'a', fields: { amountCents: 700_000 } }]);
    expect(calculate(edited).totals.total[2026]).toBe(900_000);
    expect(input.lines[0]?.amountCents).toBe(100_000); // the original input is untouched
    const off = applyPending(input, [{ type: 'development', developmentId: 'dev-1', enabled: false }]);
    expect(calculate(off).totals.total[2026]).toBe(0);
  });

  // Incomplete published lines are in the engine input now (counting € 0); this covers the path for a
  // line the input does not have, which the preview adds from its base.
  it('adds a line missing from the input, from its base, once the user completes it', () => {
    const incomplete = line('inc', { amountCents: null, provenance: 'published-incomplete' });
    const input = makeInput({ lines: [line('a', { amountCents: 100_000 })] });
    const completed = applyPending(input, [
      { type: 'line', engineLineId: 'inc', fields: { amountCents: 50_000 }, base: incomplete },
    ]);
    expect(completed.lines.map((l) => l.id)).toEqual(['a', 'inc']);
    expect(calculate(completed).totals.total[2026]).toBe(150_000);
  });

  it('shows a budget line missing from the input as excluded, and hides example lines when examples are off', () => {
    const a = line('a', { amountCents: 100_000, provenance: 'published' });
    const incomplete = line('inc', { amountCents: null, provenance: 'published-incomplete' });
    const example = line('ex', { provenance: 'example' });
    const input = makeInput({ developments: [makeDevelopment()], lines: [a] });
    const budget: Pick<BudgetDetail, 'developments' | 'lines' | 'includeExamples'> = {
      includeExamples: false,
      developments: [development],
      lines: [a, incomplete, example].map(budgetLine),
    };
    const model = buildGridModel(budget, input, calculate(input), { bedrijfsvoering: 'Bedrijfsvoering' });
    const lines = model.domains[0]?.developments[0]?.lines ?? [];
    expect(lines.map((l) => [l.id, l.excluded])).toEqual([
      ['a', false],
      ['inc', true],
    ]);
    expect(lines[0]?.amounts[2026]).toBe(100_000);
    expect(model.domains[0]?.name).toBe('Bedrijfsvoering');
    expect(model.domains[0]?.totals.total[2026]).toBe(100_000);
  });

  it('marks an incomplete published line in the input (engine: € 0, incomplete) as excluded', () => {
    const incomplete = line('inc', { amountCents: null, provenance: 'published-incomplete' });
    const input = makeInput({ developments: [makeDevelopment()], lines: [incomplete] });
    const budget: Pick<BudgetDetail, 'developments' | 'lines' | 'includeExamples'> = {
      includeExamples: true,
      developments: [development],
      lines: [incomplete].map(budgetLine),
    };
    const [shown] = buildGridModel(budget, input, calculate(input), {}).domains[0]?.developments[0]?.lines ?? [];
    expect(shown).toMatchObject({ id: 'inc', excluded: true });
    expect(shown?.amounts[2026]).toBe(0);
  });

  it('shows pending on/off, start year and owner on the developments', () => {
    const [shown] = applyPendingDevelopments(
      [development],
      [{ type: 'development', developmentId: 'dev-1', enabled: false, ownerUnitId: 'unit-1' }],
    );
    expect(shown).toMatchObject({ enabled: false, ownerUnitId: 'unit-1', startYear: null });
  });
});
