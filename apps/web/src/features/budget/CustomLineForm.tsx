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

/** "Eigen regel": a line the municipality adds itself (provenance custom, amount basis, not rescaled). */
export function CustomLineForm({ budgetId, domains }: { budgetId: string; domains: GridDomain[] }) {
  // A line added to a switched-off development counts for nothing: say so in the list, and start on
  // the first development that is on.
  const developments = domains.flatMap((d) =>
    d.developments.map((dev) => ({ value: dev.developmentId, enabled: dev.enabled, label: `${d.name} — ${dev.title}${dev.enabled ? '' : ' (uitgezet)'}` })),
  );
  const defaultDevelopment = (developments.find((d) => d.enabled) ?? developments[0])?.value ?? '';
  const [open, setOpen] = useState(false);
  const [developmentId, setDevelopmentId] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<string>('incidental');
  const [costPool, setCostPool] = useState<string>('services');
  const [amount, setAmount] = useState('');
  const [justification, setJustification] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useAddCustomLine(budgetId);
  // A server rejection stays in the form, at its field (`body.amountCents` → the amount field).
  const problems = add.error && !isVersionConflict(add.error) ? apiProblems(add.error) : [];
  const serverError = (field: string) => problemFor(problems, field);
  const unplaced = otherProblems(problems, ['developmentId', 'description', 'amountCents', 'justification', 'kind', 'costPool']);

  const clear = () => {
    setDescription('');
    setAmount('');
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
    else if (DESCRIPTION.maxLength != null && description.trim().length > DESCRIPTION.maxLength) next.description = `Omschrijving is te lang (maximaal ${DESCRIPTION.maxLength} tekens).`;
    if (cents === null || cents < 0) next.amount = "Vul een bedrag in euro's in, bijvoorbeeld 12.500.";
    else if (AMOUNT.max != null && cents > AMOUNT.max) next.amount = `Het bedrag is te groot (maximaal ${formatEuroCents(AMOUNT.max)}).`;
    if (justification.trim().length < (JUSTIFICATION.minLength ?? 3)) next.justification = 'Toelichting is verplicht (minstens 3 tekens).';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    add.mutate(
      { developmentId: dev, description: description.trim(), kind, costBasis: 'amount', costPool, amountCents: cents, driver: 'fixed', yearOffset: 0, durationYears: 1, justification: justification.trim() },
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
          description={[selectedOff ? 'Deze ontwikkeling staat uit: de regel telt pas mee als u haar aanzet.' : '', serverError('developmentId') ?? ''].filter(Boolean).join(' ') || undefined}
        />
        <TextField label="Omschrijving" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description ?? serverError('description')} maxLength={DESCRIPTION.maxLength ?? undefined} />
        <SelectField label="Soort" options={LINE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} value={kind} onChange={(e) => setKind(e.target.value)} />
        <SelectField label="Kostensoort" options={COST_POOLS.map((p) => ({ value: p, label: COST_POOL_LABELS[p] }))} value={costPool} onChange={(e) => setCostPool(e.target.value)} />
        <TextField label="Bedrag (€)" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} error={errors.amount ?? serverError('amountCents')} description="Per jaar (structureel) of in totaal (incidenteel, investering)" />
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
