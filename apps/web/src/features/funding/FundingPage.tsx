import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  FUNDING_SOURCE_TYPE_LABELS,
  FUNDING_STATUS_LABELS,
  FUNDING_WARNING_LABELS,
  type Funding,
  type FundingOverview,
} from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import type { BudgetDetail } from '../../api/types.ts';
import { useBudgetContext } from '../budget/BudgetLayout.tsx';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { formatEuro, formatPercent } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { FundingForm } from './FundingForm.tsx';
import { fundingQueries, useFundingMutations } from './queries.ts';
import { YearTable, type YearRow } from './YearTable.tsx';

function targetName(budget: BudgetDetail, funding: Pick<Funding, 'budgetLineId' | 'developmentId'>): string {
  if (funding.budgetLineId)
    return `Regel: ${budget.lines.find((l) => l.id === funding.budgetLineId)?.effective.description ?? 'onbekend'}`;
  return `Ontwikkeling: ${budget.developments.find((d) => d.developmentId === funding.developmentId)?.title ?? 'onbekend'}`;
}

function yearsText(funding: Funding): string {
  return funding.endYear == null
    ? `vanaf ${funding.startYear}`
    : funding.endYear === funding.startYear
      ? String(funding.startYear)
      : `${funding.startYear}–${funding.endYear}`;
}

/** Gross, funded and net rows of one part (total, domain or development). */
function gfnRows(key: string, label: string, part: FundingOverview['total']): YearRow[] {
  return [
    { key: `${key}-gross`, label: `${label}: bruto kosten`, values: part.gross },
    { key: `${key}-funded`, label: `${label}: dekking`, values: part.funded },
    { key: `${key}-net`, label: `${label}: netto`, values: part.net, total: true },
  ];
}

/** Dekking of a budget: sources, gross / funded / net, the controller's warnings and the BBV views. */
export function FundingPage() {
  const { budget, editable } = useBudgetContext();
  usePageTitle(`Dekking ${budget.name}`);
  const { data: overview, error, isPending } = useQuery(fundingQueries.overview(budget.id));
  const mutations = useFundingMutations(budget.id);
  const [editing, setEditing] = useState<Funding | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Funding | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (isPending) return <Loading what="Dekking" />;
  if (error || !overview) return <Alert type="error">De dekking kon niet worden geladen: {errorMessage(error)}</Alert>;
  const years = overview.years;
  const fundedDevelopments = budget.developments.filter((d) =>
    overview.sources.some(
      (s) =>
        s.active &&
        (s.developmentId === d.developmentId ||
          budget.lines.some((l) => l.id === s.budgetLineId && l.developmentId === d.developmentId)),
    ),
  );
  const fundedLines = budget.lines.filter((l) => overview.sources.some((s) => s.active && s.budgetLineId === l.id));
  const fundingAmounts = new Map(overview.fundings.map((f) => [f.fundingId, f]));
  const formBusy = mutations.add.isPending || mutations.update.isPending;

  return (
    <div className="app-stack">
      <h2 className="utrecht-heading-2">Dekking</h2>
      <p className="utrecht-paragraph">
        Hoe de begroting wordt betaald: per ontwikkeling of regel een bron (algemene middelen, reserve, subsidie,
        uitkering, bijdrage) met een bedrag per jaar of een percentage van de bruto kosten. Netto = bruto − dekking, per
        jaar.
      </p>
      {notice ? <Alert type="ok">{notice}</Alert> : null}

      <YearTable
        caption="Bruto, dekking en netto (hele begroting)"
        rowHeading="Onderdeel"
        years={years}
        rows={gfnRows('total', 'Begroting', overview.total)}
        testId="funding-total"
      />

      <section className="app-stack" aria-labelledby="funding-warnings">
        <h3 className="utrecht-heading-3" id="funding-warnings">
          Signalen voor de controller
        </h3>
        {overview.warnings.length === 0 ? (
          <p className="utrecht-paragraph">
            Geen signalen: geen structurele kosten op incidentele dekking, geen dekking die eerder stopt dan de kosten,
            geen subsidie boven het maximum en geen dekking boven de kosten.
          </p>
        ) : (
          <ul className="utrecht-unordered-list" data-testid="funding-warnings">
            {overview.warnings.map((w) => (
              <li key={`${w.kind}-${w.target.id}-${w.fundingId ?? ''}`} className="utrecht-unordered-list__item">
                <Badge tone="warning">{FUNDING_WARNING_LABELS[w.kind]}</Badge> {w.message}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="app-stack" aria-labelledby="funding-sources">
        <h3 className="utrecht-heading-3" id="funding-sources">
          Bronnen van dekking
        </h3>
        {overview.sources.length === 0 ? (
          <p className="utrecht-paragraph">Nog geen dekking vastgelegd: de hele begroting is netto gelijk aan bruto.</p>
        ) : (
          <TableWrap label="Bronnen van dekking">
            <table className="utrecht-table utrecht-table--html-table app-grid-table" data-testid="funding-sources">
              <caption className="utrecht-table__caption">Bronnen van dekking</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Bron
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Dekt
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Bedrag
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Jaren
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Status en aard
                  </th>
                  <th scope="col" className="utrecht-table__header-cell app-num">
                    Totaal in de begroting
                  </th>
                  {editable ? (
                    <th scope="col" className="utrecht-table__header-cell">
                      Acties
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {overview.sources.map((s) => (
                  <tr key={s.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      {s.label ?? FUNDING_SOURCE_TYPE_LABELS[s.sourceType]}
                      {s.label ? (
                        <span className="utrecht-paragraph--small"> ({FUNDING_SOURCE_TYPE_LABELS[s.sourceType]})</span>
                      ) : null}
                      {s.note ? <div className="utrecht-paragraph--small">{s.note}</div> : null}
                    </th>
                    <td className="utrecht-table__cell">{targetName(budget, s)}</td>
                    <td className="utrecht-table__cell">
                      {s.percentage != null
                        ? `${formatPercent(s.percentage, 2)} van bruto`
                        : `${formatEuro(s.amountCents ?? 0)} per jaar`}
                    </td>
                    <td className="utrecht-table__cell">{yearsText(s)}</td>
                    <td className="utrecht-table__cell">
                      {FUNDING_STATUS_LABELS[s.status]}, {s.nature === 'incidental' ? 'incidenteel' : 'structureel'}
                      {s.active ? null : (
                        <>
                          {' '}
                          <Badge>Telt niet mee (buiten de begroting)</Badge>
                        </>
                      )}
                    </td>
                    <td className="utrecht-table__cell app-num">{formatEuro(fundingAmounts.get(s.id)?.total ?? 0)}</td>
                    {editable ? (
                      <td className="utrecht-table__cell">
                        <div className="app-row">
                          <Button
                            onClick={() => {
                              setAdding(false);
                              setEditing(s);
                              mutations.update.reset();
                            }}
                          >
                            Wijzigen
                            <span className="app-visually-hidden">
                              : {s.label ?? FUNDING_SOURCE_TYPE_LABELS[s.sourceType]}
                            </span>
                          </Button>
                          <Button appearance="danger" onClick={() => setRemoving(s)}>
                            Verwijderen
                            <span className="app-visually-hidden">
                              : {s.label ?? FUNDING_SOURCE_TYPE_LABELS[s.sourceType]}
                            </span>
                          </Button>
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {editable && !adding && !editing ? (
          <div>
            <Button
              appearance="primary"
              onClick={() => {
                setAdding(true);
                mutations.add.reset();
              }}
            >
              Dekking toevoegen
            </Button>
          </div>
        ) : null}
        {editable && adding ? (
          <FundingForm
            budget={budget}
            overview={overview}
            editing={null}
            busy={formBusy}
            error={mutations.add.error}
            onCancel={() => setAdding(false)}
            onSubmit={(body) =>
              mutations.add.mutate(body, {
                onSuccess: () => {
                  setAdding(false);
                  setNotice('De dekking is toegevoegd.');
                },
              })
            }
          />
        ) : null}
        {editable && editing ? (
          <FundingForm
            key={editing.id}
            budget={budget}
            overview={overview}
            editing={editing}
            busy={formBusy}
            error={mutations.update.error}
            onCancel={() => setEditing(null)}
            onSubmit={(body) =>
              mutations.update.mutate(
                { id: editing.id, patch: body },
                {
                  onSuccess: () => {
                    setEditing(null);
                    setNotice('De dekking is gewijzigd.');
                  },
                },
              )
            }
          />
        ) : null}
      </section>

      {overview.capitalReserve ? (
        <section className="app-stack" aria-labelledby="funding-capital-reserve">
          <h3 className="utrecht-heading-3" id="funding-capital-reserve">
            Kapitaallasten uit een bestemmingsreserve
          </h3>
          <p className="utrecht-paragraph">
            Uw organisatie dekt de kapitaallasten (afschrijving en rente) van geactiveerde investeringen uit een
            bestemmingsreserve. Deze dekking telt automatisch mee als structurele dekking (instelling onder Beheer →
            P&amp;C-regels).
          </p>
          <YearTable
            caption="Kapitaallasten gedekt uit de bestemmingsreserve"
            rowHeading="Regel"
            years={years}
            testId="funding-capital-reserve"
            rows={[
              ...overview.capitalReserve.lines.map((l) => ({ key: l.lineId, label: l.label, values: l.amounts })),
              {
                key: 'total',
                label: 'Totaal uit de bestemmingsreserve',
                values: overview.capitalReserve.amounts,
                total: true,
              },
            ]}
          />
        </section>
      ) : null}

      <section className="app-stack" aria-labelledby="funding-parts">
        <h3 className="utrecht-heading-3" id="funding-parts">
          Per domein en ontwikkeling
        </h3>
        <YearTable
          caption="Bruto, dekking en netto per domein"
          rowHeading="Domein"
          years={years}
          rows={Object.entries(overview.domains).flatMap(([key, part]) =>
            gfnRows(`domain-${key}`, overview.domainTitles[key] ?? key, part),
          )}
          testId="funding-domains"
        />
        {fundedDevelopments.length > 0 ? (
          <YearTable
            caption="Bruto, dekking en netto per ontwikkeling met dekking"
            rowHeading="Ontwikkeling"
            years={years}
            rows={fundedDevelopments.flatMap((d) =>
              overview.developments[d.developmentId]
                ? gfnRows(`dev-${d.id}`, d.title, overview.developments[d.developmentId]!)
                : [],
            )}
            testId="funding-developments"
          />
        ) : null}
        {fundedLines.length > 0 ? (
          <YearTable
            caption="Bruto, dekking en netto per regel met dekking"
            rowHeading="Regel"
            years={years}
            rows={fundedLines.flatMap((l) =>
              overview.lines[l.id] ? gfnRows(`line-${l.id}`, l.effective.description, overview.lines[l.id]!) : [],
            )}
            testId="funding-lines"
          />
        ) : null}
      </section>

      <section className="app-stack" aria-labelledby="funding-bbv">
        <h3 className="utrecht-heading-3" id="funding-bbv">
          BBV: incidentele lasten en baten, structureel evenwicht
        </h3>
        <p className="utrecht-paragraph">
          Incidenteel is wat ten hoogste {overview.incidental.rule.maxYears} jaar loopt (Commissie BBV, notitie januari
          2012). Incidentele regels die langer lopen tellen hier als structureel.
          {overview.incidental.rule.thresholdCents != null
            ? ` Posten onder ${formatEuro(overview.incidental.rule.thresholdCents)} staan samen als "overige".`
            : ''}
        </p>
        <YearTable
          caption="Overzicht incidentele lasten en baten"
          rowHeading="Post"
          years={years}
          testId="funding-incidental"
          rows={[
            ...overview.incidental.lasten.map((i) => ({
              key: `l-${i.id}`,
              label: `Last: ${i.label}`,
              values: i.amounts,
            })),
            ...(Object.values(overview.incidental.otherLasten).some((v) => v !== 0)
              ? [{ key: 'l-other', label: 'Overige incidentele lasten', values: overview.incidental.otherLasten }]
              : []),
            {
              key: 'l-total',
              label: 'Totaal incidentele lasten',
              values: overview.incidental.totalLasten,
              total: true,
            },
            ...overview.incidental.baten.map((i) => ({
              key: `b-${i.id}`,
              label: `Baat: ${i.label}`,
              values: i.amounts,
            })),
            ...(Object.values(overview.incidental.otherBaten).some((v) => v !== 0)
              ? [{ key: 'b-other', label: 'Overige incidentele baten', values: overview.incidental.otherBaten }]
              : []),
            { key: 'b-total', label: 'Totaal incidentele baten', values: overview.incidental.totalBaten, total: true },
          ]}
        />
        {overview.incidental.reclassified.length > 0 ? (
          <YearTable
            caption="Incidentele regels die langer dan de regel lopen (tellen als structureel)"
            rowHeading="Regel"
            years={years}
            rows={overview.incidental.reclassified.map((i) => ({
              key: `r-${i.id}`,
              label: i.label,
              values: i.amounts,
            }))}
          />
        ) : null}
        <YearTable
          caption="Structureel evenwicht"
          rowHeading="Onderdeel"
          years={years}
          testId="funding-balance"
          rows={[
            {
              key: 'cost',
              label: 'Structurele lasten (incl. kapitaallasten)',
              values: overview.structuralBalance.cost,
            },
            { key: 'funding', label: 'Structurele dekking', values: overview.structuralBalance.funding },
            {
              key: 'balance',
              label: 'Saldo (dekking − lasten)',
              values: overview.structuralBalance.balance,
              total: true,
            },
          ]}
        />
      </section>

      <ConfirmDialog
        open={removing !== null}
        title="Dekking verwijderen?"
        confirmLabel="Verwijderen"
        danger
        busy={mutations.remove.isPending}
        error={mutations.remove.error ? errorMessage(mutations.remove.error) : null}
        onCancel={() => {
          setRemoving(null);
          mutations.remove.reset();
        }}
        onConfirm={() => {
          if (!removing) return;
          mutations.remove.mutate(
            { id: removing.id, version: overview.version },
            {
              onSuccess: () => {
                setRemoving(null);
                setNotice('De dekking is verwijderd.');
              },
            },
          );
        }}
      >
        <p className="utrecht-paragraph">
          {removing
            ? `${removing.label ?? FUNDING_SOURCE_TYPE_LABELS[removing.sourceType]} (${targetName(budget, removing)}) wordt uit de begroting gehaald. De historie bewaart de wijziging.`
            : null}
        </p>
      </ConfirmDialog>
    </div>
  );
}
