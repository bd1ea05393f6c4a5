import { Link, NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { budgetQueries } from '../../api/queries.ts';
import { errorMessage } from '../../api/client.ts';
import type { BudgetDetail } from '../../api/types.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { countText } from '../../lib/format.ts';
import { BUDGET_STATUS_LABELS } from '@app/schemas';
import { useBudgetEditability } from '../auth/permissions.ts';
import { BudgetConflictAlert } from './conflict.tsx';

export interface BudgetOutletContext {
  budget: BudgetDetail;
  /** False for adopted/submitted budgets and for roles that may not edit (features/auth/permissions.ts). */
  editable: boolean;
}

export function useBudgetContext(): BudgetOutletContext {
  return useOutletContext<BudgetOutletContext>();
}

const tabs = [
  { to: '', label: 'Begroting', end: true },
  { to: 'uitgangspunten', label: 'Uitgangspunten', end: false },
  { to: 'scenarios', label: "Scenario's", end: false },
  { to: 'dekking', label: 'Dekking', end: false },
  { to: 'begrotingswijziging', label: 'Begrotingswijziging', end: false },
  { to: 'dashboard', label: 'Dashboard', end: false },
  { to: 'historie', label: 'Status en historie', end: false },
  { to: 'exporteren', label: 'Exporteren', end: false },
];

/** Header and tabs of one budget (or scenario); each tab is its own URL. */
export function BudgetLayout() {
  const { budgetId = '' } = useParams();
  const { data: budget, error, isPending } = useQuery(budgetQueries.detail(budgetId));
  const { editable, reason } = useBudgetEditability(budget?.status ?? 'draft');
  /** The result of a step that moved here (promote, new version), passed as navigation state. */
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  if (isPending) return <Loading what="Begroting" />;
  if (error || !budget) return <Alert type="error">De begroting kon niet worden geladen: {errorMessage(error)}</Alert>;
  const years = `${budget.firstYear}–${budget.firstYear + budget.horizonYears - 1}`;
  return (
    <div className="app-stack">
      <div>
        <h1 className="utrecht-heading-1">
          {budget.name}
          {budget.baseBudgetId ? <span className="app-visually-hidden"> (scenario)</span> : null}
        </h1>
        <p className="utrecht-paragraph">
          {budget.profile.name}
          {budget.profile.cbsCode ? ` (${budget.profile.cbsCode})` : ''} ·{' '}
          {countText(budget.profile.inhabitants, 'inwoner', 'inwoners')} ·{' '}
          {countText(budget.profile.employees, 'medewerker', 'medewerkers')} ·{' '}
          {countText(budget.profile.departments, 'afdeling', 'afdelingen')} · jaren {years} · {budget.edition.name} ·{' '}
          <Badge>{BUDGET_STATUS_LABELS[budget.status] ?? budget.status}</Badge>{' '}
          {budget.baseBudgetId ? (
            <Badge tone="info">Scenario: {budget.scenarioName ?? 'naamloos'}</Badge>
          ) : (
            <Badge tone="ok">Basisbegroting</Badge>
          )}
          {budget.archivedAt ? (
            <>
              {' '}
              <Badge>Gearchiveerd</Badge>
            </>
          ) : null}{' '}
          ·{' '}
          <Link to={`/begrotingen/familie/${budget.familyId}`} className="utrecht-link">
            Vaste link (opent altijd de huidige basis)
          </Link>
        </p>
      </div>
      <nav aria-label="Onderdelen van de begroting">
        <ul className="app-tabs">
          {tabs.map((tab) => (
            <li key={tab.label}>
              <NavLink
                to={tab.to === '' ? `/begrotingen/${budget.id}` : `/begrotingen/${budget.id}/${tab.to}`}
                end={tab.end}
              >
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {reason ? <Alert type="info">{reason}</Alert> : null}
      <BudgetConflictAlert budgetId={budget.id} />
      <Outlet context={{ budget, editable } satisfies BudgetOutletContext} />
    </div>
  );
}
