import { useBudgetContext } from '../budget/BudgetLayout.tsx';
import { useCan } from '../auth/permissions.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BudgetImport } from '../imports/BudgetImport.tsx';
import { ExportPanel } from './ExportPanel.tsx';

/** Tab "Exporteren": downloads for everyone, the Excel round trip for advisors. */
export function ExportPage() {
  const { budget } = useBudgetContext();
  const mayImport = useCan('edit-budget');
  usePageTitle(`Exporteren ${budget.name}`);
  return (
    <div className="app-stack">
      <ExportPanel budgetId={budget.id} />
      {mayImport ? <BudgetImport budget={budget} /> : null}
    </div>
  );
}
