import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { AllocationKey, AllocationResponse, CollaborationDetail } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { catalogQueries } from '../../api/queries.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { useCan } from '../auth/permissions.ts';
import { apiProblems, problemFor } from '../../lib/form-errors.ts';
import { formatDate, formatEuro, formatEuroDelta, formatInteger } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { collaborationQueries, usePartnerRole, useSaveKeys } from './queries.ts';
import { describeKey, FORM_LABELS, KEY_TYPE_LABELS } from './labels.ts';

const STATUS_LABEL = { draft: 'Concept', submitted: 'Ingediend', adopted: 'Vastgesteld' } as const;
const sumYears = (r: Record<number, number>, years: number[]) => years.reduce((a, y) => a + (r[y] ?? 0), 0);

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
      <p className="utrecht-paragraph">
        <Link to="/samenwerkingen" className="utrecht-link">
          ← Alle samenwerkingen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Samenwerking {collaboration.name}</h1>
      <p className="utrecht-paragraph">
        {FORM_LABELS[collaboration.form]} · gastorganisatie {collaboration.hostName} · sleutels vast van{' '}
        {formatDate(collaboration.keyValidFrom)} tot{' '}
        {collaboration.keyValidTo ? formatDate(collaboration.keyValidTo) : 'nader te bepalen'}
      </p>

      <Members collaboration={collaboration} />

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
              label: `${b.scenarioName ? `Scenario ${b.scenarioName}` : b.name} (${STATUS_LABEL[b.status]})`,
            }))}
          />
        ) : null}
        {allocation.data ? (
          <p className="utrecht-paragraph">
            <Link to={`/begrotingen/${budgetId}`} className="utrecht-link">
              {allocation.data.budgetName} openen
            </Link>{' '}
            <Badge tone={allocation.data.budgetStatus === 'adopted' ? 'ok' : 'info'}>
              {STATUS_LABEL[allocation.data.budgetStatus]}
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
      {allocation.data ? <AllocationView collaboration={collaboration} allocation={allocation.data} /> : null}
    </div>
  );
}

function Members({ collaboration }: { collaboration: CollaborationDetail }) {
  const mayGrant = useCan('grant-partner');
  return (
    <section aria-labelledby="members" className="app-stack">
      <h2 id="members" className="utrecht-heading-2">
        Deelnemers
      </h2>
      <TableWrap label="Deelnemers">
        <table className="utrecht-table utrecht-table--html-table app-grid-table">
          <caption className="utrecht-table__caption app-visually-hidden">Deelnemers met hun kerngegevens</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Deelnemer
              </th>
              <th scope="col" className="utrecht-table__header-cell app-num">
                Inwoners
              </th>
              <th scope="col" className="utrecht-table__header-cell app-num">
                Medewerkers
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Bron en peildatum
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Eigen omgeving (partner)
              </th>
            </tr>
          </thead>
          <tbody>
            {collaboration.membersDetail.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {m.name} {m.cbsCode ? <span className="app-model-value">{m.cbsCode}</span> : null}
                </th>
                <td className="utrecht-table__cell app-num">{formatInteger(m.inhabitants)}</td>
                <td className="utrecht-table__cell app-num">{formatInteger(m.employees)}</td>
                <td className="utrecht-table__cell">
                  {m.source}
                  {m.referenceDate ? `, ${formatDate(m.referenceDate)}` : ''}
                </td>
                <td className="utrecht-table__cell">
                  {m.partner ? `${m.partner.organisationName} (sinds ${formatDate(m.partner.grantedAt)})` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {mayGrant ? <PartnerForm collaboration={collaboration} /> : null}
      <p className="utrecht-paragraph utrecht-paragraph--small">
        Medewerkers: een voorstel uit de formatie per 1.000 inwoners (referentiegegevens). De sleutels rekenen met de
        kerngegevens die bij de begroting horen; die past u aan onder Sleutels wijzigen.
      </p>
    </section>
  );
}

function AllocationView({
  collaboration,
  allocation,
}: {
  collaboration: CollaborationDetail;
  allocation: AllocationResponse;
}) {
  const mayEdit = useCan('manage-collaborations') && allocation.budgetStatus === 'draft';
  const { years } = allocation;
  return (
    <>
      <section aria-labelledby="keys" className="app-stack">
        <h2 id="keys" className="utrecht-heading-2">
          Verdeelsleutels
        </h2>
        <p className="utrecht-paragraph">
          Standaardsleutel:{' '}
          <strong data-testid="default-key">{describeKey(allocation.keys.defaultKey, allocation.members)}</strong>.
          Uitzonderingen per ontwikkeling:{' '}
          {Object.keys(allocation.keys.developmentKeys).length + Object.keys(allocation.keys.lineKeys).length === 0
            ? 'geen'
            : Object.entries(allocation.keys.developmentKeys)
                .map(
                  ([id, key]) =>
                    `${allocation.developments.find((d) => d.id === id)?.title ?? id}: ${describeKey(key, allocation.members)}`,
                )
                .join('; ')}
          .
        </p>
        {mayEdit ? (
          <KeyEditor collaboration={collaboration} allocation={allocation} />
        ) : allocation.budgetStatus !== 'draft' ? (
          <p className="utrecht-paragraph">
            De sleutels horen bij deze begroting en liggen vast zolang zij{' '}
            {STATUS_LABEL[allocation.budgetStatus].toLowerCase()} is.
          </p>
        ) : null}
        <Alert type="info">
          <strong>Afronding:</strong> {allocation.remainderRule}
        </Alert>
      </section>

      <section aria-labelledby="contributions" className="app-stack">
        <h2 id="contributions" className="utrecht-heading-2">
          Bijdrage per deelnemer
        </h2>
        <TableWrap label="Bijdrage per deelnemer">
          <table className="utrecht-table utrecht-table--html-table app-grid-table" data-testid="contributions">
            <caption className="utrecht-table__caption app-visually-hidden">
              Bijdrage per deelnemer per jaar (exploitatie: incidenteel, structureel en kapitaallasten)
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Deelnemer
                </th>
                <th scope="col" className="utrecht-table__header-cell app-num">
                  Aandeel
                </th>
                {years.map((y) => (
                  <th key={y} scope="col" className="utrecht-table__header-cell app-num">
                    {y}
                  </th>
                ))}
                <th scope="col" className="utrecht-table__header-cell app-num">
                  Totaal
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Exporteren
                </th>
              </tr>
            </thead>
            <tbody>
              {allocation.contributions.map((c) => (
                <tr key={c.memberId} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {c.name}
                  </th>
                  <td className="utrecht-table__cell app-num">{c.defaultSharePct.toLocaleString('nl-NL')} %</td>
                  {years.map((y) => (
                    <td key={y} className="utrecht-table__cell app-num">
                      {formatEuro(c.totals.total[y] ?? 0)}
                    </td>
                  ))}
                  <td className="utrecht-table__cell app-num">
                    <strong>{formatEuro(sumYears(c.totals.total, years))}</strong>
                  </td>
                  <td className="utrecht-table__cell">
                    <a
                      className="utrecht-link"
                      href={`/api/collaborations/${collaboration.id}/budgets/${allocation.budgetId}/members/${c.memberId}/contribution.pdf`}
                      download
                    >
                      PDF<span className="app-visually-hidden"> bijdrage {c.name}</span>
                    </a>{' '}
                    ·{' '}
                    <a
                      className="utrecht-link"
                      href={`/api/collaborations/${collaboration.id}/budgets/${allocation.budgetId}/members/${c.memberId}/contribution.csv`}
                      download
                    >
                      CSV<span className="app-visually-hidden"> bijdrage {c.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
              <tr className="utrecht-table__row app-row--subtotal">
                <th scope="row" className="utrecht-table__cell">
                  Gezamenlijke begroting
                </th>
                <td className="utrecht-table__cell app-num">100 %</td>
                {years.map((y) => (
                  <td key={y} className="utrecht-table__cell app-num" data-testid={`shared-total-${y}`}>
                    {formatEuro(allocation.totals.total[y] ?? 0)}
                  </td>
                ))}
                <td className="utrecht-table__cell app-num">
                  <strong>{formatEuro(sumYears(allocation.totals.total, years))}</strong>
                </td>
                <td className="utrecht-table__cell">
                  <a
                    className="utrecht-link"
                    href={`/api/collaborations/${collaboration.id}/budgets/${allocation.budgetId}/allocation.xlsx`}
                    download
                  >
                    Excel met verdeling
                  </a>
                </td>
              </tr>
            </tbody>
          </table>
        </TableWrap>
        <p className="utrecht-paragraph utrecht-paragraph--small">
          Aandeel: volgens de standaardsleutel. Bedragen: exploitatie (incidenteel + structureel + kapitaallasten);
          investeringen staan ernaast, zoals in de begroting.
        </p>
        <CategoryBreakdown allocation={allocation} />
      </section>

      <AloneTogether allocation={allocation} />
    </>
  );
}

function CategoryBreakdown({ allocation }: { allocation: AllocationResponse }) {
  const { years } = allocation;
  const rows = [
    { key: 'incidental', label: 'Incidenteel' },
    { key: 'structural', label: 'Structureel' },
    { key: 'capital', label: 'Kapitaallasten' },
    { key: 'investment', label: 'Investeringen (naast de totalen)' },
  ] as const;
  return (
    <details className="app-details">
      <summary>Per deelnemer: incidenteel, structureel, kapitaallasten en per domein</summary>
      {allocation.contributions.map((c) => (
        <TableWrap key={c.memberId} label={`Bijdrage ${c.name} per soort en domein`}>
          <table className="utrecht-table utrecht-table--html-table app-grid-table">
            <caption className="utrecht-table__caption">{c.name}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Onderdeel
                </th>
                {years.map((y) => (
                  <th key={y} scope="col" className="utrecht-table__header-cell app-num">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {r.label}
                  </th>
                  {years.map((y) => (
                    <td key={y} className="utrecht-table__cell app-num">
                      {formatEuro(c.totals[r.key][y] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
              {Object.entries(c.byDomain).map(([domain, totals]) => (
                <tr key={domain} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    <DomainName domainKey={domain} />
                  </th>
                  {years.map((y) => (
                    <td key={y} className="utrecht-table__cell app-num">
                      {formatEuro(totals.total[y] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ))}
    </details>
  );
}

function DomainName({ domainKey }: { domainKey: string }) {
  const { data } = useQuery(catalogQueries.tree());
  return <>Domein {data?.domains.find((d) => d.key === domainKey)?.name ?? domainKey}</>;
}

function Saving({ cents }: { cents: number }) {
  if (cents === 0) return <span>geen verschil</span>;
  return (
    <strong className={cents > 0 ? 'app-delta--down' : 'app-delta--up'}>
      {cents > 0 ? `${formatEuro(cents)} besparing` : `${formatEuroDelta(-cents)} duurder`}
    </strong>
  );
}

function AloneTogether({ allocation }: { allocation: AllocationResponse }) {
  return (
    <section aria-labelledby="alone-together" className="app-stack">
      <h2 id="alone-together" className="utrecht-heading-2">
        Alleen of samen
      </h2>
      <p className="utrecht-paragraph">
        Per deelnemer: de eigen begroting voor dezelfde ontwikkelingen, geschaald naar de eigen gemeente (alleen), naast
        de bijdrage in de samenwerking (samen), over alle {allocation.years.length} jaren.
      </p>
      <TableWrap label="Alleen of samen">
        <table className="utrecht-table utrecht-table--html-table app-grid-table" data-testid="alone-together">
          <caption className="utrecht-table__caption app-visually-hidden">
            Alleen of samen per deelnemer, {allocation.years[0]}–{allocation.years.at(-1)}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Deelnemer
              </th>
              <th scope="col" className="utrecht-table__header-cell app-num">
                Alleen
              </th>
              <th scope="col" className="utrecht-table__header-cell app-num">
                Samen
              </th>
              <th scope="col" className="utrecht-table__header-cell app-num">
                Verschil
              </th>
            </tr>
          </thead>
          <tbody>
            {allocation.aloneTogether.map((m) => (
              <tr key={m.memberId} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {m.name}
                </th>
                <td className="utrecht-table__cell app-num">{formatEuro(m.aloneTotalCents)}</td>
                <td className="utrecht-table__cell app-num">{formatEuro(m.togetherTotalCents)}</td>
                <td className="utrecht-table__cell app-num">
                  <Saving cents={m.savingTotalCents} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {allocation.aloneTogether.map((m) => (
        <details key={m.memberId} className="app-details">
          <summary>{m.name}: alleen of samen per ontwikkeling</summary>
          <TableWrap label={`${m.name} per ontwikkeling`}>
            <table className="utrecht-table utrecht-table--html-table app-grid-table">
              <caption className="utrecht-table__caption app-visually-hidden">
                {m.name}: alleen of samen per ontwikkeling
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Ontwikkeling
                  </th>
                  <th scope="col" className="utrecht-table__header-cell app-num">
                    Alleen
                  </th>
                  <th scope="col" className="utrecht-table__header-cell app-num">
                    Samen
                  </th>
                  <th scope="col" className="utrecht-table__header-cell app-num">
                    Verschil
                  </th>
                </tr>
              </thead>
              <tbody>
                {m.developments.map((d) => (
                  <tr key={d.developmentId} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      {d.title}
                    </th>
                    <td className="utrecht-table__cell app-num">{formatEuro(d.aloneCents)}</td>
                    <td className="utrecht-table__cell app-num">{formatEuro(d.togetherCents)}</td>
                    <td className="utrecht-table__cell app-num">
                      <Saving cents={d.savingCents} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </details>
      ))}
    </section>
  );
}

type EditableType = AllocationKey['type'];
const DEVELOPMENT_TYPES = ['inhabitants', 'employees', 'equal'] as const;

/** Edit the default key (any type) and simple per-development exceptions; the engine checks the totals. */
function KeyEditor({
  collaboration,
  allocation,
}: {
  collaboration: CollaborationDetail;
  allocation: AllocationResponse;
}) {
  const save = useSaveKeys(collaboration.id, allocation.budgetId);
  const current = allocation.keys.defaultKey;
  const [type, setType] = useState<EditableType>(current.type);
  const [percentages, setPercentages] = useState<Record<string, string>>({});
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [unit, setUnit] = useState('');
  const [equalPct, setEqualPct] = useState('50');
  const [developmentKeys, setDevelopmentKeys] = useState<Record<string, string>>({});
  const [figures, setFigures] = useState<
    Record<string, { inhabitants: string; employees: string; referenceDate: string }>
  >({});
  useEffect(() => {
    const key = allocation.keys.defaultKey;
    setType(key.type);
    const even = (100 / allocation.members.length).toFixed(2);
    setPercentages(
      Object.fromEntries(
        allocation.members.map((m) => [
          m.memberId,
          key.type === 'fixed' ? String(key.percentages[m.memberId] ?? 0).replace('.', ',') : even.replace('.', ','),
        ]),
      ),
    );
    setQuantities(
      Object.fromEntries(
        allocation.members.map((m) => [
          m.memberId,
          key.type === 'usage' ? String(key.quantities[m.memberId] ?? 0).replace('.', ',') : '1',
        ]),
      ),
    );
    setUnit(key.type === 'usage' ? (key.unit ?? '') : '');
    setEqualPct(
      key.type === 'hybrid'
        ? String(key.parts.find((p) => p.basis === 'equal')?.percentage ?? 50).replace('.', ',')
        : '50',
    );
    setDevelopmentKeys(
      Object.fromEntries(Object.entries(allocation.keys.developmentKeys).map(([id, k]) => [id, k.type])),
    );
    setFigures(
      Object.fromEntries(
        allocation.members.map((m) => [
          m.memberId,
          { inhabitants: String(m.inhabitants), employees: String(m.employees), referenceDate: m.referenceDate ?? '' },
        ]),
      ),
    );
  }, [allocation]);
  const problems = save.error ? apiProblems(save.error) : [];
  const num = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));
  const fixedTotal =
    allocation.members.reduce((a, m) => a + Math.round(num(percentages[m.memberId] ?? '0') * 100), 0) / 100;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const equal = num(equalPct);
    const defaultKey: AllocationKey =
      type === 'fixed'
        ? {
            type,
            percentages: Object.fromEntries(
              allocation.members.map((m) => [m.memberId, num(percentages[m.memberId] ?? '0')]),
            ),
          }
        : type === 'usage'
          ? {
              type,
              quantities: Object.fromEntries(
                allocation.members.map((m) => [m.memberId, num(quantities[m.memberId] ?? '0')]),
              ),
              unit: unit.trim() || null,
            }
          : type === 'hybrid'
            ? {
                type,
                parts: [
                  { basis: 'equal', percentage: equal },
                  { basis: 'inhabitants', percentage: Math.round((100 - equal) * 100) / 100 },
                ],
              }
            : { type };
    const devKeys = Object.fromEntries(
      Object.entries(developmentKeys)
        .filter(([, t]) => t !== '')
        .map(([id, t]) => [id, { type: t } as AllocationKey]),
    );
    const members = allocation.members.map((m) => {
      const f = figures[m.memberId];
      return {
        memberId: m.memberId,
        inhabitants: num(f?.inhabitants ?? String(m.inhabitants)),
        employees: num(f?.employees ?? String(m.employees)),
        referenceDate: f?.referenceDate || null,
      };
    });
    save.mutate({
      version: allocation.budgetVersion,
      defaultKey,
      developmentKeys: devKeys,
      lineKeys: allocation.keys.lineKeys,
      members,
    });
  };

  return (
    <form onSubmit={submit} className="app-card app-stack" noValidate aria-labelledby="key-editor">
      <h3 id="key-editor" className="utrecht-heading-3">
        Sleutels wijzigen
      </h3>
      <SelectField
        label="Standaardsleutel"
        value={type}
        onChange={(e) => setType(e.target.value as EditableType)}
        options={(Object.keys(KEY_TYPE_LABELS) as EditableType[]).map((k) => ({ value: k, label: KEY_TYPE_LABELS[k] }))}
      />
      {type === 'fixed' ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            Percentage per deelnemer (samen 100 %)
          </legend>
          <div className="app-row">
            {allocation.members.map((m) => (
              <TextField
                key={m.memberId}
                label={`${m.name} (%)`}
                inputMode="decimal"
                size={6}
                value={percentages[m.memberId] ?? ''}
                onChange={(e) => setPercentages((p) => ({ ...p, [m.memberId]: e.target.value }))}
                error={problemFor(problems, `defaultKey.percentages.${m.memberId}`)}
              />
            ))}
          </div>
          <p className="utrecht-paragraph utrecht-paragraph--small" aria-live="polite">
            Samen: {fixedTotal.toLocaleString('nl-NL')} %{fixedTotal !== 100 ? ' — moet precies 100 % zijn' : ''}
          </p>
        </fieldset>
      ) : null}
      {type === 'usage' ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            Gebruik per deelnemer (hoeveelheid; de prijs is het bedrag gedeeld door het totaal)
          </legend>
          <div className="app-row">
            <TextField
              label="Eenheid"
              value={unit}
              onChange={(e) => setUnit(e.target.value)}
              size={12}
              description="Bijvoorbeeld licenties of werkplekken"
            />
            {allocation.members.map((m) => (
              <TextField
                key={m.memberId}
                label={`${m.name} (aantal)`}
                inputMode="decimal"
                size={8}
                value={quantities[m.memberId] ?? ''}
                onChange={(e) => setQuantities((q) => ({ ...q, [m.memberId]: e.target.value }))}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {type === 'hybrid' ? (
        <TextField
          label="Deel gelijk (%)"
          description="De rest naar inwoners, bijvoorbeeld 50 % gelijk + 50 % naar inwoners."
          inputMode="decimal"
          size={6}
          value={equalPct}
          onChange={(e) => setEqualPct(e.target.value)}
        />
      ) : null}
      <details className="app-details">
        <summary>Kerngegevens per deelnemer (inwoners, medewerkers, peildatum)</summary>
        <div className="app-stack">
          {allocation.members.map((m, i) => (
            <fieldset key={m.memberId} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                {m.name}
              </legend>
              <div className="app-row">
                <TextField
                  label={`Inwoners ${m.name}`}
                  inputMode="numeric"
                  size={9}
                  value={figures[m.memberId]?.inhabitants ?? ''}
                  onChange={(e) =>
                    setFigures((f) => ({ ...f, [m.memberId]: { ...f[m.memberId]!, inhabitants: e.target.value } }))
                  }
                  error={problemFor(problems, `members.${i}.inhabitants`)}
                />
                <TextField
                  label={`Medewerkers ${m.name}`}
                  inputMode="numeric"
                  size={7}
                  value={figures[m.memberId]?.employees ?? ''}
                  onChange={(e) =>
                    setFigures((f) => ({ ...f, [m.memberId]: { ...f[m.memberId]!, employees: e.target.value } }))
                  }
                  error={problemFor(problems, `members.${i}.employees`)}
                />
                <TextField
                  label={`Peildatum ${m.name}`}
                  type="date"
                  value={figures[m.memberId]?.referenceDate ?? ''}
                  onChange={(e) =>
                    setFigures((f) => ({ ...f, [m.memberId]: { ...f[m.memberId]!, referenceDate: e.target.value } }))
                  }
                />
              </div>
            </fieldset>
          ))}
        </div>
      </details>
      <details className="app-details">
        <summary>Uitzonderingen per ontwikkeling</summary>
        <div className="app-stack">
          {allocation.developments.map((d) => (
            <SelectField
              key={d.id}
              label={d.title}
              value={developmentKeys[d.id] ?? ''}
              onChange={(e) => setDevelopmentKeys((k) => ({ ...k, [d.id]: e.target.value }))}
              options={[
                { value: '', label: 'Standaardsleutel' },
                ...DEVELOPMENT_TYPES.map((t) => ({ value: t, label: KEY_TYPE_LABELS[t] })),
              ]}
            />
          ))}
        </div>
      </details>
      {save.error ? <Alert type="error">{errorMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert type="ok">Sleutels opgeslagen; de bijdragen hieronder zijn bijgewerkt.</Alert> : null}
      <div>
        <Button appearance="primary" type="submit" busy={save.isPending} disabled={save.isPending}>
          Sleutels opslaan
        </Button>
      </div>
    </form>
  );
}

/** The host's administrator gives a member's own organisation read access to that member's contribution. */
function PartnerForm({ collaboration }: { collaboration: CollaborationDetail }) {
  const role = usePartnerRole(collaboration.id);
  const [memberId, setMemberId] = useState(collaboration.membersDetail[0]?.id ?? '');
  const [slug, setSlug] = useState('');
  const member = collaboration.membersDetail.find((m) => m.id === memberId);
  const problems = role.error ? apiProblems(role.error) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    role.mutate({ memberId, organisationSlug: slug.trim() }, { onSuccess: () => setSlug('') });
  };
  return (
    <form onSubmit={submit} className="app-card app-stack" noValidate aria-labelledby="partner-form">
      <h3 id="partner-form" className="utrecht-heading-3">
        Deelnemer toegang geven
      </h3>
      <p className="utrecht-paragraph utrecht-paragraph--small">
        Een deelnemer met een eigen omgeving in deze applicatie ziet dan zijn eigen bijdrage (alleen lezen), niets
        anders van uw organisatie. Intrekken kan altijd; beide worden vastgelegd.
      </p>
      <div className="app-row">
        <SelectField
          label="Deelnemer"
          value={memberId}
          onChange={(e) => setMemberId(e.target.value)}
          options={collaboration.membersDetail.map((m) => ({ value: m.id, label: m.name }))}
        />
        <TextField
          label="Code van de organisatie"
          description="De korte code (slug) van de omgeving van de deelnemer"
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          error={problemFor(problems, 'organisationSlug')}
          size={18}
        />
      </div>
      {role.error && !problemFor(problems, 'organisationSlug') ? (
        <Alert type="error">{errorMessage(role.error)}</Alert>
      ) : null}
      <div className="app-row">
        <Button type="submit" appearance="primary" disabled={role.isPending || slug.trim() === ''}>
          Toegang geven
        </Button>
        {member?.partner ? (
          <Button
            appearance="danger"
            disabled={role.isPending}
            onClick={() => role.mutate({ memberId, organisationSlug: null })}
          >
            Toegang van {member.partner.organisationName} intrekken
          </Button>
        ) : null}
      </div>
    </form>
  );
}
