import { describe, expect, it } from 'vitest';
import { calculate } from '@app/engine';
import { makeLine } from '@app/engine/testing';
import { buildGridModel } from './row-model.ts';
import { budgetDevelopment, contributionInput, contributionLine } from './grid-fixture.ts';

const contribution = contributionLine();

describe('row model with a contribution line (ADR 0023)', () => {
  it('shows it under Samenwerking with the engine amounts, counted in the totals', () => {
    const own = makeLine({ id: 'a', developmentId: 'dev-1', amountCents: 100_000 });
    const input = contributionInput(contribution, [own]);
    const development = budgetDevelopment(1, 'bedrijfsvoering', 'Test');
    const budgetLine = {
      id: 'a',
      catalogLineId: null,
      developmentId: 'dev-1',
      custom: false,
      model: own,
      effective: own,
      overriddenFields: [],
      justification: null,
    };
    const model = buildGridModel(
      { includeExamples: true, developments: [development], lines: [budgetLine], contributions: [contribution] },
      input,
      calculate(input),
      { bedrijfsvoering: 'Bedrijfsvoering' },
    );
    const domain = model.domains.find((d) => d.key === 'samenwerking');
    expect(domain?.name).toBe('Samenwerking');
    const line = domain?.developments[0]?.lines[0];
    expect(line?.contribution?.collaborationName).toBe('BLNP');
    expect(line?.amounts).toEqual({ 2026: 1_234_500, 2027: 1_300_100, 2028: 0, 2029: 700 });
    expect(model.totals.total[2026]).toBe(1_334_500);
    expect(domain?.totals.total[2029]).toBe(700);
  });
});
