import { useState } from 'react';
import { Link } from 'react-router';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { AmendmentResponseSchema, type AmendmentResponse } from '@app/schemas';
import { api, errorMessage } from '../../api/client.ts';
import { useBudgetContext } from '../budget/BudgetLayout.tsx';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { formatEuro, formatEuroDelta, parseEurosToCents } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** Reporting thresholds seen in practice (product spec §6), and the user's own. */
const PRESETS = [
  { value: 'organisatie', label: 'Regel van de organisatie', minAmount: null, minPct: null },
  { value: 'veenendaal', label: '€ 25.000 (zoals Veenendaal)', minAmount: 25_000, minPct: null },
  { value: 'houten', label: '10 % én € 75.000 (zoals Houten)', minAmount: 75_000, minPct: 10 },
  { value: 'eigen', label: 'Eigen bedrag', minAmount: null, minPct: null },
] as const;

const thresholdQuery = (minAmount: number | null, minPct: number | null) =>
  minAmount == null ? '' : `?minAmount=${minAmount}${minPct != null ? `&minPct=${minPct}` : ''}`;

const amendmentQuery = (budgetId: string, minAmount: number | null, minPct: number | null) =>
  queryOptions({
    queryKey: ['budgets', 'detail', budgetId, 'begrotingswijziging', minAmount, minPct] as const,
    queryFn: () =>
      api.get(
        `/budgets/${encodeURIComponent(budgetId)}/begrotingswijziging${thresholdQuery(minAmount, minPct)}`,
        AmendmentResponseSchema,
      ),
  });

function downloadHref(budgetId: string, format: 'xlsx' | 'pdf', minAmount: number | null, minPct: number | null) {
  return `/api/budgets/${encodeURIComponent(budgetId)}/begrotingswijziging.${format}${thresholdQuery(minAmount, minPct)}`;
}

/** Begrotingswijziging: this budget beside its last adopted version, per domain and taakveld, for the council. */
export function AmendmentPage() {
  const { budget } = useBudgetContext();
  usePageTitle(`Begrotingswijziging ${budget.name}`);
  const [preset, setPreset] = useState<(typeof PRESETS)[number]['value']>('organisatie');
  const [own, setOwn] = useState('25.000');
  const chosen = PRESETS.find((p) => p.value === preset)!;
  const ownCents = parseEurosToCents(own);
  const ownError =
    preset === 'eigen' && (ownCents === null || ownCents < 0) ? 'Vul een bedrag in hele euro’s in.' : null;
  // The organisation's own rule: no threshold in the request, the API applies the stored one.
  const minAmount = preset === 'organisatie' ? null : (chosen.minAmount ?? Math.round((ownCents ?? 0) / 100));
  const minPct = preset === 'organisatie' ? null : chosen.minPct;
  const { data, error, isPending } = useQuery(amendmentQuery(budget.id, minAmount, minPct));

  return (
    <div className="app-stack">
      <h2 className="utrecht-heading-2">Begrotingswijziging</h2>
      <p className="utrecht-paragraph">
        Het verschil tussen deze begroting en de laatst vastgestelde versie, per domein en Iv3-taakveld (ICT valt
        standaard onder 0.4 Overhead), per jaar. Verschillen vanaf de drempel zijn gemarkeerd om aan de raad te melden.
      </p>
      <div className="app-row">
        <SelectField
          label="Meldingsdrempel"
          value={preset}
          onChange={(e) => setPreset(e.target.value as typeof preset)}
          options={PRESETS.map((p) => ({ value: p.value, label: p.label }))}
        />
        {preset === 'eigen' ? (
          <TextField
            label="Drempel (€)"
            inputMode="decimal"
            value={own}
            onChange={(e) => setOwn(e.target.value)}
            error={ownError}
          />
        ) : null}
      </div>
      {isPending ? <Loading what="Begrotingswijziging" /> : null}
      {error ? <Alert type="error">De begrotingswijziging kon niet worden geladen: {errorMessage(error)}</Alert> : null}
      {data && !data.adoptedBudget ? (
        <Alert type="info">
          Deze begroting heeft nog geen vastgestelde eerdere versie. Na vaststelling en een nieuwe versie ziet u hier de
          wijziging.
        </Alert>
      ) : null}
      {data && data.adoptedBudget ? <AmendmentTable data={data} /> : null}
      {data && data.adoptedBudget ? (
        <p className="utrecht-paragraph">
          Downloaden voor de raad:{' '}
          <a className="utrecht-link" href={downloadHref(budget.id, 'xlsx', minAmount, minPct)} download>
            Excel (.xlsx)
          </a>{' '}
          ·{' '}
          <a className="utrecht-link" href={downloadHref(budget.id, 'pdf', minAmount, minPct)} download>
            PDF
          </a>{' '}
          · vergeleken met{' '}
          <Link className="utrecht-link" to={`/begrotingen/${data.adoptedBudget.id}`}>
            {data.adoptedBudget.name}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function AmendmentTable({ data }: { data: AmendmentResponse }) {
  const years = data.years;
  const caption = `Wijziging ten opzichte van de vastgestelde begroting (drempel ${formatEuro(data.threshold.minAmountCents)}${data.threshold.minPct != null ? ` en ${data.threshold.minPct} %` : ''})`;
  return (
    <TableWrap label={caption}>
      <table className="utrecht-table utrecht-table--html-table app-grid-table" data-testid="amendment">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              Domein
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Taakveld
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Bedrag
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="utrecht-table__header-cell app-num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.flatMap((r) => [
            <tr key={`${r.domainKey}-${r.taakveld}-a`} className="utrecht-table__row">
              <th scope="row" rowSpan={3} className="utrecht-table__cell">
                {r.domainName}
              </th>
              <td rowSpan={3} className="utrecht-table__cell">
                {r.taakveld}
              </td>
              <td className="utrecht-table__cell">Vastgesteld</td>
              {years.map((y) => (
                <td key={y} className="utrecht-table__cell app-num">
                  {formatEuro(r.adopted[y] ?? 0)}
                </td>
              ))}
            </tr>,
            <tr key={`${r.domainKey}-${r.taakveld}-c`} className="utrecht-table__row">
              <td className="utrecht-table__cell">Nu</td>
              {years.map((y) => (
                <td key={y} className="utrecht-table__cell app-num">
                  {formatEuro(r.current[y] ?? 0)}
                </td>
              ))}
            </tr>,
            <tr key={`${r.domainKey}-${r.taakveld}-d`} className="utrecht-table__row app-funding-total">
              <td className="utrecht-table__cell">
                <strong>Wijziging</strong>
              </td>
              {years.map((y) => (
                <td key={y} className="utrecht-table__cell app-num">
                  <strong>{formatEuroDelta(r.difference[y] ?? 0)}</strong>
                  {r.reportable[y] ? (
                    <>
                      {' '}
                      <Badge tone="warning">melden</Badge>
                    </>
                  ) : null}
                </td>
              ))}
            </tr>,
          ])}
          <tr className="utrecht-table__row app-funding-total">
            <th scope="row" colSpan={3} className="utrecht-table__cell">
              <strong>Totale wijziging</strong>
            </th>
            {years.map((y) => (
              <td key={y} className="utrecht-table__cell app-num">
                <strong>{formatEuroDelta(data.total.difference[y] ?? 0)}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}
