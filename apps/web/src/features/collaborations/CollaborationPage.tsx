import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { CollaborationDetail } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { BackLink } from '../../ui/BackLink.tsx';
import { formatDate } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { collaborationQueries } from './queries.ts';
import { BUDGET_STATUS_LABELS, FORM_LABELS } from './labels.ts';
import { MembersSection } from './MembersSection.tsx';
import { KeysSection } from './KeysSection.tsx';
import { ContributionsSection } from './ContributionsSection.tsx';
import { AloneTogetherSection } from './AloneTogetherSection.tsx';

/** One collaboration: members, the shared budget, its keys, each member's contribution and alone vs together. */
export function CollaborationPage() {
  const { collaborationId = '' } = useParams();
  const detail = useQuery(collaborationQueries.detail(collaborationId));
  usePageTitle(detail.data ? `Samenwerking ${detail.data.name}` : 'Samenwerking');
  if (detail.isPending) return <Loading what="Samenwerking" />;
  if (detail.error || !detail.data)
    return <Alert type="error">{detail.error ? errorMessage(detail.error) : 'Samenwerking niet gevonden.'}</Alert>;
  return <CollaborationView collaboration={detail.data} />;
}

function CollaborationView({ collaboration }: { collaboration: CollaborationDetail }) {
  const [params, setParams] = useSearchParams();
  const budgetId = params.get('begroting') ?? collaboration.budgetId ?? '';
  const allocation = useQuery({
    ...collaborationQueries.allocation(collaboration.id, budgetId),
    enabled: budgetId !== '',
  });
  return (
    <div className="app-stack">
      <BackLink to="/samenwerkingen">Alle samenwerkingen</BackLink>
      <h1 className="utrecht-heading-1">Samenwerking {collaboration.name}</h1>
      <p className="utrecht-paragraph">
        {FORM_LABELS[collaboration.form]} · gastorganisatie {collaboration.hostName} · sleutels vast van{' '}
        {formatDate(collaboration.keyValidFrom)} tot{' '}
        {collaboration.keyValidTo ? formatDate(collaboration.keyValidTo) : 'nader te bepalen'}
      </p>

      <MembersSection collaboration={collaboration} />

      <section aria-labelledby="shared-budget" className="app-stack">
        <h2 id="shared-budget" className="utrecht-heading-2">
          Gezamenlijke begroting
        </h2>
        {collaboration.budgets.length > 1 ? (
          <SelectField
            label="Begroting of scenario"
            value={budgetId}
            onChange={(e) => setParams({ begroting: e.target.value })}
            options={collaboration.budgets.map((b) => ({
              value: b.id,
              label: `${b.scenarioName ? `Scenario ${b.scenarioName}` : b.name} (${BUDGET_STATUS_LABELS[b.status]})`,
            }))}
          />
        ) : null}
        {allocation.data ? (
          <p className="utrecht-paragraph">
            <Link to={`/begrotingen/${budgetId}`} className="utrecht-link">
              {allocation.data.budgetName} openen
            </Link>{' '}
            <Badge tone={allocation.data.budgetStatus === 'adopted' ? 'ok' : 'info'}>
              {BUDGET_STATUS_LABELS[allocation.data.budgetStatus]}
            </Badge>{' '}
            — bouw, scenario&apos;s, indienen en vaststellen werken zoals bij elke begroting (
            <Link to={`/begrotingen/${budgetId}/historie`} className="utrecht-link">
              status en historie
            </Link>
            ).
          </p>
        ) : null}
      </section>

      {allocation.isPending && budgetId ? <Loading what="Verdeling" /> : null}
      {allocation.error ? <Alert type="error">{errorMessage(allocation.error)}</Alert> : null}
      {allocation.data ? (
        <>
          <KeysSection collaborationId={collaboration.id} allocation={allocation.data} />
          <ContributionsSection collaborationId={collaboration.id} allocation={allocation.data} />
          <AloneTogetherSection allocation={allocation.data} />
        </>
      ) : null}
    </div>
  );
}
