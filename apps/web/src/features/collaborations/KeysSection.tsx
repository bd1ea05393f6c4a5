import type { FormEvent } from 'react';
import type { AllocationResponse } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { Alert } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { useCan } from '../auth/permissions.ts';
import { apiProblems, problemFor } from '../../lib/form-errors.ts';
import { useSaveKeys } from './queries.ts';
import { BUDGET_STATUS_LABELS, describeKey, KEY_TYPE_LABELS } from './labels.ts';
import { fixedTotal, keyUpdate, useKeyForm, type EditableType, type KeyForm } from './key-form.ts';

/** The keys of the shared budget: the default key, its exceptions and how rounding is settled; editable in draft. */
export function KeysSection({
  collaborationId,
  allocation,
}: {
  collaborationId: string;
  allocation: AllocationResponse;
}) {
  const mayEdit = useCan('manage-collaborations') && allocation.budgetStatus === 'draft';
  return (
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
        <KeyEditor collaborationId={collaborationId} allocation={allocation} />
      ) : allocation.budgetStatus !== 'draft' ? (
        <p className="utrecht-paragraph">
          De sleutels horen bij deze begroting en liggen vast zolang zij{' '}
          {BUDGET_STATUS_LABELS[allocation.budgetStatus].toLowerCase()} is.
        </p>
      ) : null}
      <Alert type="info">
        <strong>Afronding:</strong> {allocation.remainderRule}
      </Alert>
    </section>
  );
}

const DEVELOPMENT_TYPES = ['inhabitants', 'employees', 'equal'] as const;

/** Edit the default key (any type) and simple per-development exceptions; the engine checks the totals. */
function KeyEditor({ collaborationId, allocation }: { collaborationId: string; allocation: AllocationResponse }) {
  const save = useSaveKeys(collaborationId, allocation.budgetId);
  const { form, update } = useKeyForm(allocation);
  const problems = save.error ? apiProblems(save.error) : [];
  const total = fixedTotal(form, allocation);
  const setFigure = (memberId: string, field: keyof KeyForm['figures'][string], value: string) =>
    update((f) => ({ figures: { ...f.figures, [memberId]: { ...f.figures[memberId]!, [field]: value } } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(keyUpdate(form, allocation));
  };

  return (
    <form onSubmit={submit} className="app-card app-stack" noValidate aria-labelledby="key-editor">
      <h3 id="key-editor" className="utrecht-heading-3">
        Sleutels wijzigen
      </h3>
      <SelectField
        label="Standaardsleutel"
        value={form.type}
        onChange={(e) => update(() => ({ type: e.target.value as EditableType }))}
        options={(Object.keys(KEY_TYPE_LABELS) as EditableType[]).map((k) => ({ value: k, label: KEY_TYPE_LABELS[k] }))}
      />
      {form.type === 'fixed' ? (
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
                value={form.percentages[m.memberId] ?? ''}
                onChange={(e) => update((f) => ({ percentages: { ...f.percentages, [m.memberId]: e.target.value } }))}
                error={problemFor(problems, `defaultKey.percentages.${m.memberId}`)}
              />
            ))}
          </div>
          <p className="utrecht-paragraph utrecht-paragraph--small" aria-live="polite">
            Samen: {total.toLocaleString('nl-NL')} %{total !== 100 ? ' — moet precies 100 % zijn' : ''}
          </p>
        </fieldset>
      ) : null}
      {form.type === 'usage' ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            Gebruik per deelnemer (hoeveelheid; de prijs is het bedrag gedeeld door het totaal)
          </legend>
          <div className="app-row">
            <TextField
              label="Eenheid"
              value={form.unit}
              onChange={(e) => update(() => ({ unit: e.target.value }))}
              size={12}
              description="Bijvoorbeeld licenties of werkplekken"
            />
            {allocation.members.map((m) => (
              <TextField
                key={m.memberId}
                label={`${m.name} (aantal)`}
                inputMode="decimal"
                size={8}
                value={form.quantities[m.memberId] ?? ''}
                onChange={(e) => update((f) => ({ quantities: { ...f.quantities, [m.memberId]: e.target.value } }))}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {form.type === 'hybrid' ? (
        <TextField
          label="Deel gelijk (%)"
          description="De rest naar inwoners, bijvoorbeeld 50 % gelijk + 50 % naar inwoners."
          inputMode="decimal"
          size={6}
          value={form.equalPct}
          onChange={(e) => update(() => ({ equalPct: e.target.value }))}
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
                  value={form.figures[m.memberId]?.inhabitants ?? ''}
                  onChange={(e) => setFigure(m.memberId, 'inhabitants', e.target.value)}
                  error={problemFor(problems, `members.${i}.inhabitants`)}
                />
                <TextField
                  label={`Medewerkers ${m.name}`}
                  inputMode="numeric"
                  size={7}
                  value={form.figures[m.memberId]?.employees ?? ''}
                  onChange={(e) => setFigure(m.memberId, 'employees', e.target.value)}
                  error={problemFor(problems, `members.${i}.employees`)}
                />
                <TextField
                  label={`Peildatum ${m.name}`}
                  type="date"
                  value={form.figures[m.memberId]?.referenceDate ?? ''}
                  onChange={(e) => setFigure(m.memberId, 'referenceDate', e.target.value)}
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
              value={form.developmentKeys[d.id] ?? ''}
              onChange={(e) => update((f) => ({ developmentKeys: { ...f.developmentKeys, [d.id]: e.target.value } }))}
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
