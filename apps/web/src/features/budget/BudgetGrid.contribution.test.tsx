// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculate } from '@app/engine';
import type { ContributionLine } from '@app/schemas';
import { BudgetGrid } from './BudgetGrid.tsx';
import { buildGridModel } from './row-model.ts';
import { contributionInput, contributionLine, nbsp } from './grid-fixture.ts';

function setup(state: ContributionLine['state'], pinnedAt: string | null = null) {
  const contribution = contributionLine(state, pinnedAt);
  const input = contributionInput(contribution);
  const model = buildGridModel(
    { includeExamples: true, developments: [], lines: [], contributions: [contribution] },
    input,
    calculate(input),
    {},
  );
  const onRemoveContribution = vi.fn();
  render(
    <BudgetGrid
      model={model}
      editingLineId={null}
      onEdit={vi.fn()}
      onCancelEdit={vi.fn()}
      onPreview={vi.fn()}
      onSave={vi.fn()}
      onReset={vi.fn()}
      onExplain={vi.fn()}
      onRemoveContribution={onRemoveContribution}
    />,
  );
  return { onRemoveContribution };
}

afterEach(cleanup);

describe('a contribution line in the grid (ADR 0023)', () => {
  it('shows its own kind, the shared budget and when it changed, its amounts, and only Verwijderen', async () => {
    const { onRemoveContribution } = setup('active');
    const row = screen.getByRole('rowheader', { name: /Bijdrage samenwerking BLNP/ }).closest('tr')!;
    expect(within(row).getByText('Bijdrage samenwerking')).toBeTruthy();
    expect(row.textContent).toContain('Gedeelde begroting gewijzigd op 1 december 2026');
    expect(row.textContent).toContain('niet geschaald of geïndexeerd');
    expect(row.textContent).toContain(nbsp('€ 12.345'));
    expect(within(row).queryByRole('button', { name: /Aanpassen/ })).toBeNull();
    await userEvent.click(within(row).getByRole('button', { name: 'Verwijderen: Bijdrage samenwerking BLNP' }));
    expect(onRemoveContribution).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('columnheader', { name: 'Samenwerking' })).toBeTruthy();
  });

  it('says so when the partner role is gone and counts € 0', () => {
    setup('revoked');
    const row = screen.getByRole('rowheader', { name: /Bijdrage samenwerking BLNP/ }).closest('tr')!;
    expect(row.textContent).toContain('Geen partnerrol meer voor deze samenwerking: de bijdrage telt als € 0');
    expect(
      within(row)
        .getAllByRole('button', { name: /hoe berekend/ })
        .map((b) => b.textContent),
    ).toEqual([nbsp('€ 0'), nbsp('€ 0'), nbsp('€ 0'), nbsp('€ 0')]);
  });
});
