import { useState, type FormEvent } from 'react';
import { COST_POOLS, LINE_KINDS } from '@app/engine';
import type { GridDomain } from './row-model.ts';
import { useAddCustomLine } from './mutations.ts';
import { apiProblems, otherProblems, problemFor } from '../../lib/form-errors.ts';
import { isVersionConflict } from './conflict.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { parseEurosToCents } from '../../lib/format.ts';
import { COST_POOL_LABELS, JustificationSchema, KIND_LABELS, lineValueShape, limitsOf } from '@app/schemas';
import { formatEuroCents } from '../../lib/format.ts';

// The API's own limits (packages/schemas), so the form refuses what the server would.
const DESCRIPTION = limitsOf(lineValueShape.description);
const AMOUNT = limitsOf(lineValueShape.amountCents);
const JUSTIFICATION = limitsOf(JustificationSchema);

/** The API's limit on a line's start (yearOffset 0–9 after its development starts). */
const MAX_YEAR_OFFSET = 9;

/**
 * "Eigen regel": a line the municipality adds itself (provenance custom, amount basis, not rescaled).
 * The amount may be negative (a saving) except for an investment; a start year and, for an
 * investment, its own depreciation term can be given right away.
 */
export function CustomLineForm({
  budgetId,
  domains,
  years: budgetYears,
}: {
  budgetId: string;
  domains: GridDomain[];
  years?: readonly number[];
}) {
  // The budget's years: given by the builder, else the years the domain totals have.
  const years =
    budgetYears ??
    Object.keys(domains[0]?.totals.total ?? {})
      .map(Number)
      .sort((a, b) => a - b);
  // A line added to a switched-off development counts for nothing: say so in the list, and start on
  // the first development that is on.
  const developments = domains.flatMap((d) =>
    d.developments.map((dev) => ({
      value: dev.developmentId,
      enabled: dev.enabled,
      startYear: dev.startYear,
      label: `${d.name} — ${dev.title}${dev.enabled ? '' : ' (uitgezet)'}`,
    })),
  );
  const defaultDevelopment = (developments.find((d) => d.enabled) ?? developments[0])?.value ?? '';
  const [open, setOpen] = useState(false);
  const [developmentId, setDevelopmentId] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<string>('incidental');
  const [costPool, setCostPool] = useState<string>('services');
  const [amount, setAmount] = useState('');
  const [startYear, setStartYear] = useState('');
  const [depreciationYears, setDepreciationYears] = useState('');
  const [assetClass, setAssetClass] = useState('');
  const [justification, setJustification] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useAddCustomLine(budgetId);
  // A server rejection stays in the form, at its field (`body.amountCents` → the amount field).
  const problems = add.error && !isVersionConflict(add.error) ? apiProblems(add.error) : [];
  const serverError = (field: string) => problemFor(problems, field);
  const unplaced = otherProblems(problems, [
    'developmentId',
    'description',
    'amountCents',
    'justification',
    'kind',
    'costPool',
  ]);

  const clear = () => {
    setDescription('');
    setAmount('');
    setStartYear('');
    setDepreciationYears('');
    setAssetClass('');
    setJustification('');
    setOpen(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEurosToCents(amount);
    const next: Record<string, string> = {};
    const dev = developmentId || defaultDevelopment;
    if (!dev) next.developmentId = 'Kies een ontwikkeling.';
    if (description.trim().length === 0) next.description = 'Vul een omschrijving in.';
    else if (DESCRIPTION.maxLength != null && description.trim().length > DESCRIPTION.maxLength)
      next.description = `Omschrijving is te lang (maximaal ${DESCRIPTION.maxLength} tekens).`;
    if (cents === null)
      next.amount = "Vul een bedrag in euro's in, bijvoorbeeld 12.500 (of -12.500 voor een besparing).";
    else if (cents < 0 && kind === 'investment')
      next.amount =
        'Een investering kan niet negatief zijn. Boek een besparing of bijdrage als incidentele of structurele regel.';
    else if (AMOUNT.max != null && Math.abs(cents) > AMOUNT.max)
      next.amount = `Het bedrag is te groot (maximaal ${formatEuroCents(AMOUNT.max)}).`;
    const term = depreciationYears.trim() === '' ? null : Number(depreciationYears.trim());
    if (kind === 'investment' && term !== null && !(Number.isInteger(term) && term >= 1 && term <= 50))
      next.depreciationYears =
        'Vul een afschrijvingstermijn in van 1 tot en met 50 jaar, of laat het veld leeg voor de standaard.';
    if (justification.trim().length < (JUSTIFICATION.minLength ?? 3))
      next.justification = 'Toelichting is verplicht (minstens 3 tekens).';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    add.mutate(
      {
        developmentId: dev,
        description: description.trim(),
        kind,
        costBasis: 'amount',
        costPool,
        amountCents: cents,
        driver: 'fixed',
        yearOffset: offsetFor(dev),
        durationYears: 1,
        ...(kind === 'investment' && term !== null ? { depreciationYears: term } : {}),
        ...(kind === 'investment' && assetClass !== '' ? { assetClass } : {}),
        justification: justification.trim(),
      },
      {
        onSuccess: clear,
        // A stale version parks the line in the conflict alert (reload or reapply); keeping it in the
        // form as well would invite adding it twice.
        onError: (error) => {
          if (isVersionConflict(error)) clear();
        },
      },
    );
  };

  const selected = developmentId || defaultDevelopment;
  const selectedOff = developments.some((d) => d.value === selected && !d.enabled);
  // The line's first year: from its development's start up to the budget's last year (at most 9 later).
  const developmentStart = (id: string) => developments.find((d) => d.value === id)?.startYear ?? years[0] ?? 0;
  const startOptions = (id: string) => {
    const first = developmentStart(id);
    const last = Math.min(years[years.length - 1] ?? first, first + MAX_YEAR_OFFSET);
    return Array.from({ length: Math.max(1, last - first + 1) }, (_, k) => first + k);
  };
  function offsetFor(id: string): number {
    const chosen = Number(startYear);
    const options = startOptions(id);
    return startYear !== '' && options.includes(chosen) ? chosen - (options[0] ?? chosen) : 0;
  }
  const shownStart = startOptions(selected).includes(Number(startYear))
    ? startYear
    : String(startOptions(selected)[0] ?? '');

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} aria-expanded={false}>
        Eigen regel toevoegen
      </Button>
    );
  }
  return (
    <form className="app-editor app-stack" onSubmit={submit} noValidate aria-labelledby="custom-line-heading">
      <h3 id="custom-line-heading" className="utrecht-heading-3">
        Eigen regel toevoegen
      </h3>
      <div className="app-editor__fields">
        <SelectField
          label="Ontwikkeling"
          options={developments}
          value={selected}
          onChange={(e) => setDevelopmentId(e.target.value)}
          description={
            [
              selectedOff ? 'Deze ontwikkeling staat uit: de regel telt pas mee als u haar aanzet.' : '',
              serverError('developmentId') ?? '',
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
        />
        <TextField
          label="Omschrijving"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description ?? serverError('description')}
          maxLength={DESCRIPTION.maxLength ?? undefined}
        />
        <SelectField
          label="Soort"
          options={LINE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        />
        <SelectField
          label="Kostensoort"
          options={COST_POOLS.map((p) => ({ value: p, label: COST_POOL_LABELS[p] }))}
          value={costPool}
          onChange={(e) => setCostPool(e.target.value)}
        />
        <TextField
          label="Bedrag (€)"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={errors.amount ?? serverError('amountCents')}
          description="Per jaar (structureel) of in totaal (incidenteel, investering). Negatief voor een besparing, bijvoorbeeld -12.500."
        />
        {years.length > 0 ? (
          <SelectField
            label="Startjaar"
            options={startOptions(selected).map((y) => ({ value: String(y), label: String(y) }))}
            value={shownStart}
            onChange={(e) => setStartYear(e.target.value)}
            description="Het eerste jaar van de regel (niet voor de start van de ontwikkeling)."
          />
        ) : null}
        {kind === 'investment' ? (
          <TextField
            label="Afschrijvingstermijn (jaren)"
            inputMode="numeric"
            value={depreciationYears}
            onChange={(e) => setDepreciationYears(e.target.value)}
            error={errors.depreciationYears ?? serverError('depreciationYears')}
            description="Leeg: de termijn van de activaklasse, anders de standaardtermijn uit de uitgangspunten."
          />
        ) : null}
        {kind === 'investment' ? (
          <SelectField
            label="Activaklasse"
            value={assetClass}
            onChange={(e) => setAssetClass(e.target.value)}
            description="Bepaalt de afschrijvingstermijn van uw organisatie voor deze soort investering. SaaS en licenties worden nooit geactiveerd."
            options={[
              { value: '', label: 'Geen (standaardtermijn)' },
              { value: 'software', label: 'Software' },
              { value: 'hardware', label: 'Hardware' },
              { value: 'infrastructure', label: 'Infrastructuur en netwerk' },
              { value: 'other', label: 'Overig' },
            ]}
          />
        ) : null}
        <TextField
          label="Toelichting (verplicht)"
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          error={errors.justification ?? serverError('justification')}
          maxLength={JUSTIFICATION.maxLength ?? undefined}
        />
      </div>
      {unplaced.length > 0 ? <Alert type="error">De regel is niet toegevoegd: {unplaced.join('; ')}</Alert> : null}
      <div className="app-row">
        <Button appearance="primary" type="submit" disabled={add.isPending} busy={add.isPending}>
          Regel toevoegen
        </Button>
        <Button appearance="subtle" onClick={() => setOpen(false)}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
