import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { budgetQueries } from '../../api/queries.ts';
import { errorMessage } from '../../api/client.ts';
import { Alert, Loading } from '../../ui/Feedback.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';

const TABS = new Set(['', 'uitgangspunten', 'scenarios', 'dashboard', 'historie', 'exporteren']);

/**
 * /begrotingen/familie/:familyId[/tab]: the stable address of a budget family. It asks the API for
 * the family's current base and opens that budget (same tab, same query), so a bookmark keeps
 * working after a scenario is promoted or a new version is made.
 */
export function FamilyRedirect() {
  const { familyId = '', '*': rest = '' } = useParams();
  const { search } = useLocation();
  usePageTitle('Begroting openen');
  const { data, error, isPending } = useQuery({ ...budgetQueries.family(familyId), staleTime: 0 });
  if (isPending) return <Loading what="Huidige basis" />;
  if (error || !data) {
    return (
      <div className="app-stack">
        <h1 className="utrecht-heading-1">Begroting niet gevonden</h1>
        <Alert type="error">{errorMessage(error)}</Alert>
        <p className="utrecht-paragraph">
          <Link to="/begrotingen" className="utrecht-link">
            Naar de lijst met begrotingen
          </Link>
        </p>
      </div>
    );
  }
  const tab = TABS.has(rest) ? rest : '';
  return <Navigate replace to={`/begrotingen/${data.currentBaseId}${tab ? `/${tab}` : ''}${search}`} />;
}
