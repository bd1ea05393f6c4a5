import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { BUDGET_STATUS_LABELS } from '@app/schemas';
import { DataTable } from '../../ui/DataTable.tsx';
import { budgetQueries } from '../../api/queries.ts';
import { errorMessage } from '../../api/client.ts';
import type { BudgetFamily, BudgetFamilyMember } from '../../api/types.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatDateTime, formatEuro } from '../../lib/format.ts';
import { useCan } from '../auth/permissions.ts';
import { useArchiveBudget, useDeleteBudget } from './mutations.ts';

/** The stable address of a family: always opens its current base (after a promote or a new version too). */
export const familyPath = (familyId: string, tab = '') => `/begrotingen/familie/${familyId}${tab ? `/${tab}` : ''}`;

/** What the user reads as the budget's name in its family: a scenario by its scenario name. */
export function memberName(m: Pick<BudgetFamilyMember, 'name' | 'scenarioName' | 'role'>): string {
  return m.role === 'scenario' ? `Scenario ${m.scenarioName ?? 'naamloos'}` : m.name;
}

function roleLabel(m: BudgetFamilyMember, family: BudgetFamily): string {
  if (m.role === 'current') return 'Huidige basis';
  if (m.role === 'version') return 'Eerdere versie';
  const base = family.members.find((b) => b.id === m.baseBudgetId);
  return base && base.role === 'version' ? `Scenario van ${base.name}` : 'Scenario';
}

type Pending = { kind: 'delete' | 'archive'; member: BudgetFamilyMember; family: BudgetFamily };

/**
 * Existing budgets as families: each family (a base, its scenarios and its earlier versions) with
 * status, version and last change, a stable link to its current base, and delete (drafts) and
 * archive (adopted budgets, earlier versions) behind a confirmation. Archived budgets on request.
 */
export function BudgetList({ headingLevel = 2 }: { headingLevel?: 2 | 1 }) {
  const [includeArchived, setIncludeArchived] = useState(false);
  const families = useInfiniteQuery(budgetQueries.families(includeArchived));
  const { error, isPending } = families;
  const data = families.data?.pages.flatMap((page) => page.families);
  const mayEdit = useCan('edit-budget');
  const [pending, setPending] = useState<Pending | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const toggleId = useId();
  const Heading = `h${headingLevel}` as const;

  const remove = useDeleteBudget();
  const archive = useArchiveBudget();

  const confirm = () => {
    if (!pending) return;
    const name = memberName(pending.member);
    if (pending.kind === 'delete') {
      remove.mutate(pending.member.id, {
        onSuccess: () => {
          setPending(null);
          setResult(`"${name}" is verwijderd. De historie van de wijzigingen blijft bewaard.`);
        },
      });
    } else {
      archive.mutate(
        { id: pending.member.id, archived: true },
        {
          onSuccess: () => {
            setPending(null);
            setResult(
              `"${name}" is gearchiveerd. Zet "Gearchiveerde begrotingen tonen" aan om haar weer te zien of terug te halen.`,
            );
          },
        },
      );
    }
  };
  const unarchive = (member: BudgetFamilyMember) =>
    archive.mutate(
      { id: member.id, archived: false },
      { onSuccess: () => setResult(`"${memberName(member)}" is teruggehaald uit het archief.`) },
    );
  const cancel = () => {
    setPending(null);
    remove.reset();
    archive.reset();
  };

  const pendingError = pending ? (pending.kind === 'delete' ? remove.error : archive.error) : null;
  const scenariosOf = (member: BudgetFamilyMember, family: BudgetFamily) =>
    family.members.filter((m) => m.baseBudgetId === member.id);

  return (
    <section aria-labelledby="budget-list-heading" className="app-stack">
      <Heading id="budget-list-heading" className={`utrecht-heading-${headingLevel}`}>
        Bestaande begrotingen
      </Heading>
      <p className="utrecht-paragraph">
        Per begroting ziet u de basis, haar scenario&apos;s en eerdere versies bij elkaar. De vaste link van een
        begroting opent altijd de huidige basis, ook nadat een scenario basis is geworden of er een nieuwe versie is
        gemaakt: gebruik die voor bladwijzers.
      </p>
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input
          id={toggleId}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.target.checked)}
        />{' '}
        <label htmlFor={toggleId} className="utrecht-form-label utrecht-form-label--checkbox">
          Gearchiveerde begrotingen tonen
        </label>
      </div>
      {result ? <Alert type="ok">{result}</Alert> : null}
      {archive.error && !pending ? <Alert type="error">{errorMessage(archive.error)}</Alert> : null}
      {isPending ? <Loading what="Begrotingen" /> : null}
      {error ? <Alert type="error">{errorMessage(error)}</Alert> : null}
      {data && data.length === 0 ? (
        <p className="utrecht-paragraph">
          {includeArchived ? 'Er zijn nog geen begrotingen.' : 'Er zijn geen begrotingen (buiten het archief).'} Begin
          met uw gemeente op de startpagina.
        </p>
      ) : null}
      {data?.map((family) => (
        <FamilyCard
          key={family.id}
          family={family}
          headingLevel={headingLevel === 1 ? 2 : 3}
          mayEdit={mayEdit}
          busy={archive.isPending || remove.isPending}
          onDelete={(member) => {
            setResult(null);
            setPending({ kind: 'delete', member, family });
          }}
          onArchive={(member) => {
            setResult(null);
            setPending({ kind: 'archive', member, family });
          }}
          onUnarchive={unarchive}
          roleLabel={(m) => roleLabel(m, family)}
        />
      ))}
      {data && data.length > 0 ? (
        <div className="app-stack">
          {/* Announced when a page arrives, so a screen reader hears that the list grew. */}
          <p className="utrecht-paragraph" role="status">
            {data.length === 1 ? '1 begroting' : `${data.length} begrotingen`} getoond
            {families.hasNextPage ? '; er zijn er meer.' : '.'}
          </p>
          {families.hasNextPage ? (
            <p className="utrecht-paragraph">
              <Button
                appearance="secondary"
                busy={families.isFetchingNextPage}
                disabled={families.isFetchingNextPage}
                onClick={() => void families.fetchNextPage()}
              >
                {families.isFetchingNextPage ? 'Meer begrotingen laden…' : 'Meer begrotingen tonen'}
              </Button>
            </p>
          ) : null}
        </div>
      ) : null}

      <ConfirmDialog
        open={pending !== null}
        title={
          pending ? `${pending.kind === 'delete' ? 'Verwijderen' : 'Archiveren'}: ${memberName(pending.member)}?` : ''
        }
        confirmLabel={pending?.kind === 'delete' ? 'Ja, verwijderen' : 'Ja, archiveren'}
        danger={pending?.kind === 'delete'}
        busy={remove.isPending || archive.isPending}
        error={pendingError ? errorMessage(pendingError) : null}
        onConfirm={confirm}
        onCancel={cancel}
      >
        {pending?.kind === 'delete' ? (
          <>
            <p className="utrecht-paragraph">
              &quot;{memberName(pending.member)}&quot; wordt verwijderd met al haar ontwikkelingen, regels en
              aanpassingen. Dit kan niet ongedaan worden gemaakt; de historie van de wijzigingen blijft wel bewaard.
            </p>
            {scenariosOf(pending.member, pending.family).length > 0 ? (
              <p className="utrecht-paragraph">
                Haar{' '}
                {scenariosOf(pending.member, pending.family).length === 1
                  ? 'scenario blijft'
                  : `${scenariosOf(pending.member, pending.family).length} scenario's blijven`}{' '}
                bestaan als losse begroting.
              </p>
            ) : null}
          </>
        ) : pending ? (
          <p className="utrecht-paragraph">
            &quot;{memberName(pending.member)}&quot; verdwijnt uit de lijst met begrotingen maar blijft bestaan en
            verandert niet. U kunt haar altijd weer tonen en terughalen met &quot;Gearchiveerde begrotingen tonen&quot;.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

function FamilyCard({
  family,
  headingLevel,
  mayEdit,
  busy,
  onDelete,
  onArchive,
  onUnarchive,
  roleLabel,
}: {
  family: BudgetFamily;
  headingLevel: 2 | 3;
  mayEdit: boolean;
  busy: boolean;
  onDelete: (m: BudgetFamilyMember) => void;
  onArchive: (m: BudgetFamilyMember) => void;
  onUnarchive: (m: BudgetFamilyMember) => void;
  roleLabel: (m: BudgetFamilyMember) => string;
}) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const current = family.members.find((m) => m.id === family.currentBaseId);
  return (
    <article className="app-card app-stack" aria-labelledby={headingId} data-testid="budget-family">
      <div>
        <Heading id={headingId} className={`utrecht-heading-${headingLevel}`}>
          {family.name}
        </Heading>
        <p className="utrecht-paragraph">
          {family.municipality.name}
          {family.municipality.cbsCode ? ` (${family.municipality.cbsCode})` : ''} · laatste wijziging{' '}
          {formatDateTime(family.updatedAt)}
          {family.hiddenArchived > 0 ? ` · ${family.hiddenArchived} gearchiveerd (verborgen)` : ''}
        </p>
        <p className="utrecht-paragraph">
          <Link to={familyPath(family.id)} className="utrecht-link">
            Vaste link: open de huidige basis van {family.name}
          </Link>
          {current ? null : ' (de huidige basis is gearchiveerd)'}
        </p>
      </div>
      <DataTable
        label={`Begrotingen in de familie ${family.name}`}
        caption={`Basis, scenario's en versies van ${family.name}`}
        hideCaption
        rows={family.members}
        rowKey={(m) => m.id}
        rowClassName={(m) => (m.role === 'scenario' ? 'app-family__scenario' : undefined)}
        columns={[
          {
            key: 'budget',
            header: 'Begroting',
            rowHeader: true,
            cell: (m) => (
              <>
                <Link to={`/begrotingen/${m.id}`} className="utrecht-link">
                  {memberName(m)}
                </Link>
                {m.archivedAt ? (
                  <>
                    {' '}
                    <Badge>Gearchiveerd</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          { key: 'role', header: 'Soort', cell: (m) => roleLabel(m) },
          {
            key: 'status',
            header: 'Status',
            cell: (m) => (
              <Badge tone={m.status === 'adopted' ? 'ok' : m.status === 'submitted' ? 'info' : 'neutral'}>
                {BUDGET_STATUS_LABELS[m.status] ?? m.status}
              </Badge>
            ),
          },
          { key: 'version', header: 'Versie', numeric: true, cell: (m) => m.version },
          {
            key: 'total',
            header: 'Totaal eerste jaar',
            numeric: true,
            cell: (m) => formatEuro(m.totals[m.firstYear] ?? 0),
          },
          { key: 'updated', header: 'Laatste wijziging', cell: (m) => formatDateTime(m.updatedAt) },
          mayEdit && {
            key: 'actions',
            header: 'Acties',
            cell: (m) => {
              const name = memberName(m);
              const canDelete = m.status === 'draft';
              // A draft current base is where work goes on: delete it or leave it; everything else but a submitted budget may be archived.
              const canArchive =
                !m.archivedAt && m.status !== 'submitted' && !(m.role === 'current' && m.status === 'draft');
              return (
                <div className="app-row">
                  {canDelete ? (
                    <Button
                      appearance="danger"
                      disabled={busy}
                      onClick={() => onDelete(m)}
                      aria-label={`Verwijderen: ${name}`}
                    >
                      Verwijderen
                    </Button>
                  ) : null}
                  {canArchive ? (
                    <Button disabled={busy} onClick={() => onArchive(m)} aria-label={`Archiveren: ${name}`}>
                      Archiveren
                    </Button>
                  ) : null}
                  {m.archivedAt ? (
                    <Button
                      disabled={busy}
                      onClick={() => onUnarchive(m)}
                      aria-label={`Terughalen uit archief: ${name}`}
                    >
                      Terughalen
                    </Button>
                  ) : null}
                  {!canDelete && !canArchive && !m.archivedAt ? '—' : null}
                </div>
              );
            },
          },
        ]}
      />
    </article>
  );
}
