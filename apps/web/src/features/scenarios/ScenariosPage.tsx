import { CONTRIBUTION_DOMAIN_NAMES } from '../budget/row-model.ts';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { Totals } from '@app/engine';
import { errorMessage } from '../../api/client.ts';
import { budgetQueries, catalogQueries } from '../../api/queries.ts';
import type { BudgetSummary, CompareResponse } from '../../api/types.ts';
import { useBudgetContext } from '../budget/BudgetLayout.tsx';
import { useCan } from '../auth/permissions.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { familyPath } from '../start/BudgetList.tsx';
import { formatEuro, formatEuroDelta } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useDuplicateScenario, usePromoteScenario, useRenameScenario } from './mutations.ts';

/** Budgets carry baseBudgetId; compare entries only a scenarioName (null for the base). */
const label = (b: { scenarioName: string | null; baseBudgetId?: string | null; name: string }) => {
  const isScenario = b.baseBudgetId !== undefined ? Boolean(b.baseBudgetId) : Boolean(b.scenarioName);
  return isScenario ? `Scenario ${b.scenarioName ?? 'naamloos'}` : `Basis: ${b.name}`;
};

function Delta({ cents }: { cents: number }) {
  if (cents === 0) return <span>geen verschil</span>;
  return (
    <strong className={cents > 0 ? 'app-delta--up' : 'app-delta--down'}>
      {formatEuroDelta(cents)} <span className="app-visually-hidden">{cents > 0 ? 'hoger' : 'lager'}</span>
    </strong>
  );
}

/** Duplicate, rename, compare (2–3 side by side) and promote scenarios of one budget. */
export function ScenariosPage() {
  const { budget } = useBudgetContext();
  const mayEdit = useCan('edit-budget');
  usePageTitle(`Scenario's ${budget.name}`);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const baseId = budget.baseBudgetId ?? budget.id;
  const list = useQuery(budgetQueries.list());
  const members: BudgetSummary[] = (list.data ?? []).filter((b) => b.id === baseId || b.baseBudgetId === baseId);
  const selected = (params.get('vergelijk') ?? '').split(',').filter(Boolean);
  const compare = useQuery(budgetQueries.compare(selected));
  const [newName, setNewName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<Record<string, string>>({});
  const [promoting, setPromoting] = useState<BudgetSummary | null>(null);
  const base = members.find((m) => m.id === baseId);

  const duplicate = useDuplicateScenario(budget.id);
  const rename = useRenameScenario();
  // BudgetLayout shows the notice on the new base's page.
  const promote = usePromoteScenario(({ id, notice }) => {
    setPromoting(null);
    void navigate(`/begrotingen/${id}/scenarios`, { state: { notice } });
  });
  const promoteNotice = (id: string) => {
    const promoted = members.find((m) => m.id === id);
    const former = base ? (base.scenarioName ?? `Vorige basis (${base.name})`) : null;
    return `${promoted ? label(promoted) : 'Het scenario'} is nu de basis.${former ? ` De vorige basis staat hieronder als scenario "${former}".` : ''} De vaste link van deze begroting opent voortaan deze basis.`;
  };

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected, id] : selected.filter((s) => s !== id);
    setParams(next.length ? { vergelijk: next.join(',') } : {});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newName.trim().length === 0) {
      setNameError('Geef het scenario een naam.');
      return;
    }
    setNameError(null);
    duplicate.mutate(newName.trim(), {
      onSuccess: (created) => {
        setNewName('');
        setParams({ vergelijk: [budget.id, created.id].join(',') });
      },
    });
  };

  const error = duplicate.error ?? rename.error;
  return (
    <div className="app-stack">
      <h2 className="utrecht-heading-2">Scenario&apos;s</h2>
      <p className="utrecht-paragraph">
        Een scenario is een kopie van de begroting (ontwikkelingen, regels en aanpassingen) die u los kunt wijzigen,
        naast de basis kunt leggen en tot basis kunt maken.
      </p>

      {mayEdit ? (
        <form onSubmit={submit} className="app-card app-row" noValidate>
          <TextField
            label="Naam van het nieuwe scenario"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            error={nameError}
            description={`Kopie van: ${label(budget)}`}
          />
          <Button appearance="primary" type="submit" disabled={duplicate.isPending} busy={duplicate.isPending}>
            Dupliceren als scenario
          </Button>
        </form>
      ) : null}
      {error ? <Alert type="error">{errorMessage(error)}</Alert> : null}
      <p className="utrecht-paragraph">
        Vaste link voor bladwijzers (opent altijd de huidige basis):{' '}
        <Link to={familyPath(budget.familyId)} className="utrecht-link">
          {budget.name}
        </Link>
      </p>

      {list.isPending ? <Loading what="Scenario's" /> : null}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          Kies 2 of 3 begrotingen om te vergelijken
        </legend>
        <DataTable
          label="Begrotingen om te vergelijken"
          rows={members}
          rowKey={(m) => m.id}
          columns={[
            {
              key: 'compare',
              header: 'Vergelijken',
              cell: (m) => {
                const checked = selected.includes(m.id);
                return (
                  <>
                    <input
                      type="checkbox"
                      id={`cmp-${m.id}`}
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={checked}
                      disabled={!checked && selected.length >= 3}
                      onChange={(e) => toggle(m.id, e.target.checked)}
                    />
                    <label htmlFor={`cmp-${m.id}`} className="app-visually-hidden">
                      Vergelijk {label(m)}
                    </label>
                  </>
                );
              },
            },
            {
              key: 'budget',
              header: 'Begroting',
              rowHeader: true,
              cell: (m) => (
                <>
                  <Link to={`/begrotingen/${m.id}`} className="utrecht-link">
                    {label(m)}
                  </Link>{' '}
                  {m.id === budget.id ? <Badge tone="info">deze</Badge> : null}
                </>
              ),
            },
            {
              key: 'total',
              header: `Totaal ${budget.firstYear}`,
              numeric: true,
              cell: (m) => formatEuro(m.totals[m.firstYear] ?? 0),
            },
            {
              key: 'rename',
              header: 'Naam wijzigen',
              cell: (m) => {
                const text = renaming[m.id] ?? m.scenarioName ?? '';
                return m.baseBudgetId && mayEdit ? (
                  <div className="app-row">
                    <TextField
                      label={`Nieuwe naam voor ${label(m)}`}
                      value={text}
                      onChange={(e) => setRenaming((r) => ({ ...r, [m.id]: e.target.value }))}
                      size={16}
                    />
                    <Button
                      disabled={rename.isPending || text.trim() === '' || text === m.scenarioName}
                      onClick={() => rename.mutate({ id: m.id, scenarioName: text.trim(), version: m.version })}
                    >
                      Hernoemen
                    </Button>
                  </div>
                ) : (
                  '—'
                );
              },
            },
            {
              key: 'actions',
              header: 'Acties',
              cell: (m) =>
                m.baseBudgetId && !mayEdit ? (
                  '—'
                ) : m.baseBudgetId ? (
                  <Button
                    onClick={() => setPromoting(m)}
                    disabled={promote.isPending}
                    aria-label={`Maak basis: ${label(m)}`}
                  >
                    Maak basis
                  </Button>
                ) : (
                  <Badge tone="ok">Basis</Badge>
                ),
            },
          ]}
        />
      </fieldset>

      <ConfirmDialog
        open={promoting !== null}
        title={promoting ? `${label(promoting)} basis maken?` : ''}
        confirmLabel="Ja, maak basis"
        busy={promote.isPending}
        error={promote.error ? errorMessage(promote.error) : null}
        onConfirm={() => promoting && promote.mutate({ id: promoting.id, notice: promoteNotice(promoting.id) })}
        onCancel={() => {
          setPromoting(null);
          promote.reset();
        }}
      >
        <p className="utrecht-paragraph">
          {promoting ? label(promoting) : ''} wordt de basisbegroting.{' '}
          {base
            ? `De huidige basis "${base.name}" wordt een scenario ("${base.scenarioName ?? `Vorige basis (${base.name})`}"); de andere scenario's horen daarna bij de nieuwe basis.`
            : ''}
        </p>
        <p className="utrecht-paragraph">
          De inhoud van beide blijft gelijk. De vaste link van deze begroting (en een bladwijzer op het dashboard
          daarvan) opent voortaan de nieuwe basis.
        </p>
      </ConfirmDialog>

      {selected.length >= 2 ? (
        compare.isPending ? (
          <Loading what="Vergelijking" />
        ) : compare.error ? (
          <Alert type="error">{errorMessage(compare.error)}</Alert>
        ) : compare.data ? (
          <CompareTable data={compare.data} editionId={budget.edition.id} />
        ) : null
      ) : (
        <p className="utrecht-paragraph">Kies hierboven minstens twee begrotingen om ze naast elkaar te zien.</p>
      )}
    </div>
  );
}

const ROWS: { key: keyof Totals; label: string }[] = [
  { key: 'incidental', label: 'Incidenteel' },
  { key: 'structural', label: 'Structureel' },
  { key: 'capital', label: 'Kapitaallasten' },
  { key: 'total', label: 'Totaal' },
];

function CompareTable({ data, editionId }: { data: CompareResponse; editionId: string }) {
  const { data: catalog } = useQuery(catalogQueries.tree(editionId));
  const domainName = (key: string) =>
    catalog?.domains.find((d) => d.key === key)?.name ?? CONTRIBUTION_DOMAIN_NAMES[key] ?? key;
  const first = data.budgets[0];
  if (!first) return null;
  const domainKeys = Array.from(new Set(data.budgets.flatMap((b) => Object.keys(b.byDomain))));
  const sections: {
    title: string;
    pick: (b: { totals: Totals; byDomain: Record<string, Totals> }) => Totals | undefined;
    rows: typeof ROWS;
  }[] = [
    { title: 'Hele begroting', pick: (b) => b.totals, rows: ROWS },
    ...domainKeys.map((key) => ({
      title: domainName(key),
      pick: (b: { byDomain: Record<string, Totals> }) => b.byDomain[key],
      rows: ROWS.filter((r) => r.key === 'total'),
    })),
  ];
  return (
    <section aria-labelledby="compare-heading" className="app-stack">
      <h3 id="compare-heading" className="utrecht-heading-3">
        Vergelijking
      </h3>
      <p className="utrecht-paragraph utrecht-paragraph--small">
        Verschillen zijn ten opzichte van {label(first)}: ▲ en een plusteken = hoger, ▼ en een minteken = lager.
      </p>
      <TableWrap label="Vergelijkingstabel">
        <table className="utrecht-table utrecht-table--html-table app-grid-table">
          <caption className="utrecht-table__caption app-visually-hidden">Vergelijking per domein en jaar</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Onderdeel
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Begroting
              </th>
              {data.years.map((y) => (
                <th key={y} scope="col" className="utrecht-table__header-cell app-num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          {sections.map((section) => (
            <tbody key={section.title}>
              {section.rows.map((row) =>
                data.budgets.map((b, i) => {
                  const totals = section.pick(b);
                  const diff = section.pick(data.differences[i] ?? b);
                  return (
                    <tr
                      key={`${row.key}-${b.id}`}
                      className={`utrecht-table__row ${row.key === 'total' ? 'app-row--subtotal' : ''}`}
                    >
                      {i === 0 ? (
                        <th scope="rowgroup" rowSpan={data.budgets.length} className="utrecht-table__cell">
                          {section.title}
                          {section.rows.length > 1 ? ` — ${row.label}` : ''}
                        </th>
                      ) : null}
                      <th scope="row" className="utrecht-table__cell">
                        {label(b)}
                      </th>
                      {data.years.map((y) => (
                        <td key={y} className="utrecht-table__cell app-num">
                          {formatEuro(totals?.[row.key][y] ?? 0)}
                          {i > 0 ? (
                            <span className="app-model-value">
                              <Delta cents={diff?.[row.key][y] ?? 0} />
                            </span>
                          ) : null}
                        </td>
                      ))}
                    </tr>
                  );
                }),
              )}
            </tbody>
          ))}
        </table>
      </TableWrap>
    </section>
  );
}
