import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LineInput } from '@app/engine';
import { JustificationSchema, limitsOf } from '@app/schemas';
import type { GridLine } from './row-model.ts';
import {
  FIELD_SPECS,
  QUANTITY_FIELD,
  displayValue,
  editableFieldsFor,
  parseField,
  toText,
  type EditableField,
} from './line-fields.ts';
import { largeChanges, type LargeChange } from './large-changes.ts';
import { Button } from '../../ui/Button.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { formatEuro } from '../../lib/format.ts';
import { otherProblems, problemFor, type FormProblem } from '../../lib/form-errors.ts';

const JUSTIFICATION = limitsOf(JustificationSchema);

export interface LineEditorProps {
  line: GridLine;
  /** Called on every valid change so totals can preview; null = back to the saved values. */
  onPreview: (fields: Partial<LineInput> | null) => void;
  /** All editable values of the line as the user left them (the caller decides what is an override). */
  onSave: (fields: Partial<LineInput>, justification: string) => void;
  onReset: () => void;
  onCancel: () => void;
  /** The server's rejection of the last save (fields named as in the override body: `units`, `justification`). */
  problems?: FormProblem[];
  saving?: boolean;
  /** The model quantity as the engine scales it for this municipality (null: no model, or not computable). */
  modelScaledQuantity?: number | null;
}

/** The quantity as the user reads it: whole cents for amounts, two decimals for hours and units (display only). */
function quantityText(field: EditableField, value: number | null | undefined): string {
  if (value == null) return '';
  return toText(field, field === 'amountCents' ? Math.round(value) : Math.round(value * 100) / 100);
}

/**
 * Inline override form for one line. The quantity field holds the municipality's own value (what
 * the grid shows), with the model value and the model value scaled to this municipality beside
 * it; a changed quantity is saved as an own value that is not rescaled (ADR 0013). Every
 * override needs a toelichting; "Terug naar model" drops all overrides. A server rejection keeps
 * the form open with the message at its field.
 */
export function LineEditor({
  line,
  onPreview,
  onSave,
  onReset,
  onCancel,
  problems = [],
  saving = false,
  modelScaledQuantity = null,
}: LineEditorProps) {
  const fields = editableFieldsFor(line.effective.costBasis);
  const quantityField = QUANTITY_FIELD[line.effective.costBasis];
  const model = line.budgetLine.model;
  const [initialTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.map((f) => [
        f,
        // An incomplete published line has no quantity yet: an empty field, not the engine's 0.
        f === quantityField
          ? line.effective[f] == null
            ? ''
            : quantityText(f, line.scaledQuantity ?? line.effective[f])
          : toText(f, line.effective[f]),
      ]),
    ),
  );
  const [texts, setTexts] = useState<Record<string, string>>(initialTexts);
  // The line as saved, when the editor opened: the `line` prop follows the preview from then on.
  const [saved] = useState(() => ({
    amounts: line.amounts,
    investment: line.investment,
    quantity: line.effective[quantityField] ?? null,
    ownQuantity: line.effective.ownQuantity ?? null,
  }));
  const [justification, setJustification] = useState(line.budgetLine.justification ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [justificationError, setJustificationError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<LargeChange[] | null>(null);
  const headingId = `editor-${line.id}`;
  const confirmId = `confirm-${line.id}`;
  const formRef = useRef<HTMLFormElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  // Opening the editor moves focus into it, so keyboard users start at the first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);
  // A server rejection: focus the first field it names, so the message is read out.
  useEffect(() => {
    if (problems.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const parseAll = (source: Record<string, string>) => {
    const values: Partial<Record<EditableField | 'ownQuantity', unknown>> = {};
    const fieldErrors: Record<string, string> = {};
    for (const f of fields) {
      if (f === quantityField && (source[f] ?? '') === initialTexts[f]) {
        // Untouched: keep the line's quantity as it is (a model value keeps rescaling).
        values[f] = saved.quantity;
        values.ownQuantity = saved.ownQuantity;
        continue;
      }
      const parsed = parseField(f, source[f] ?? '');
      if ('error' in parsed) fieldErrors[f] = parsed.error;
      else values[f] = parsed.value;
      if (f === quantityField) values.ownQuantity = true;
    }
    return { values: values as Partial<LineInput>, fieldErrors };
  };

  const update = (field: EditableField, text: string) => {
    const next = { ...texts, [field]: text };
    setTexts(next);
    setConfirming(null);
    const { values, fieldErrors } = parseAll(next);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) onPreview(values);
  };

  const validate = () => {
    const { values, fieldErrors } = parseAll(texts);
    setErrors(fieldErrors);
    const reason = justification.trim();
    const missingReason = reason.length < (JUSTIFICATION.minLength ?? 3);
    setJustificationError(
      missingReason ? 'Toelichting is verplicht: leg in minstens 3 tekens uit waarom u afwijkt van het model.' : null,
    );
    if (Object.keys(fieldErrors).length > 0 || missingReason) return null;
    return { values, reason };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = validate();
    if (!valid) return;
    // The grid line already shows the preview of these values (onPreview on every change).
    const jumps = [...largeChanges(saved.amounts, line.amounts), ...largeChanges(saved.investment, line.investment)];
    if (jumps.length > 0) {
      setConfirming(jumps);
      return;
    }
    onSave(valid.values, valid.reason);
  };

  const confirm = () => {
    const valid = validate();
    setConfirming(null);
    if (valid) onSave(valid.values, valid.reason);
  };

  const serverError = (field: string) => problemFor(problems, field);
  const unplaced = otherProblems(problems, [...fields, 'justification', 'ownQuantity']);
  const ownQuantityProblem = serverError('ownQuantity');

  const quantityDescription = (f: EditableField) => {
    const parts: string[] = [];
    if (model) parts.push(`Model (Modelgemeente): ${displayValue(f, model[f])}`);
    if (model && modelScaledQuantity != null)
      parts.push(
        `geschaald naar deze gemeente: ${displayValue(f, f === 'amountCents' ? Math.round(modelScaledQuantity) : modelScaledQuantity)}`,
      );
    parts.push(
      saved.ownQuantity ? 'nu: eigen waarde, niet geschaald' : 'een gewijzigde waarde wordt niet meer geschaald',
    );
    if (FIELD_SPECS[f].hint) parts.push(FIELD_SPECS[f].hint as string);
    return parts.join(' · ');
  };

  return (
    <form
      ref={formRef}
      className="app-editor app-stack"
      onSubmit={submit}
      aria-labelledby={headingId}
      noValidate
      aria-busy={saving || undefined}
    >
      <h3 id={headingId} className="utrecht-heading-4">
        Regel aanpassen: {line.effective.description}
      </h3>
      <div className="app-editor__fields">
        {fields.map((f) => {
          const spec = FIELD_SPECS[f];
          if (f === quantityField) {
            return (
              <TextField
                key={f}
                label={`${spec.label} voor deze gemeente`}
                description={quantityDescription(f)}
                value={texts[f] ?? ''}
                inputMode="decimal"
                onChange={(e) => update(f, e.target.value)}
                error={errors[f] ?? serverError(f) ?? ownQuantityProblem}
                size={14}
              />
            );
          }
          const modelText = model ? `Model: ${displayValue(f, model[f])}` : undefined;
          const description = [modelText, spec.hint].filter(Boolean).join(' · ') || undefined;
          return spec.input === 'select' ? (
            <SelectField
              key={f}
              label={spec.label}
              description={description}
              value={texts[f] ?? ''}
              options={spec.options ?? []}
              onChange={(e) => update(f, e.target.value)}
            />
          ) : (
            <TextField
              key={f}
              label={spec.label}
              description={description}
              value={texts[f] ?? ''}
              inputMode={spec.input === 'text' ? 'text' : 'decimal'}
              onChange={(e) => update(f, e.target.value)}
              error={errors[f] ?? serverError(f)}
              maxLength={spec.input === 'text' && spec.maxLength != null ? spec.maxLength : undefined}
              size={12}
            />
          );
        })}
      </div>
      <TextAreaField
        label="Toelichting (verplicht)"
        description={`Waarom wijkt deze regel af van het model? Dit komt in de wijzigingshistorie en de export. Minstens ${JUSTIFICATION.minLength ?? 3}, hoogstens ${JUSTIFICATION.maxLength ?? 2000} tekens.`}
        value={justification}
        onChange={(e) => setJustification(e.target.value)}
        error={justificationError ?? serverError('justification')}
        required
        aria-required="true"
        maxLength={JUSTIFICATION.maxLength ?? undefined}
        cols={60}
      />
      {unplaced.length > 0 ? (
        <Alert type="error">
          <p className="utrecht-paragraph">De wijziging is niet opgeslagen:</p>
          <ul className="utrecht-unordered-list">
            {unplaced.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {confirming ? (
        <div ref={confirmRef} tabIndex={-1} role="alert" aria-labelledby={confirmId} className="app-stack">
          <Alert type="warning">
            <p id={confirmId} className="utrecht-paragraph">
              <strong>Klopt dit?</strong> Deze wijziging verandert de regel sterk (meer dan 10 keer zo groot of zo
              klein, of meer dan € 1 miljoen verschil):
            </p>
            <ul className="utrecht-unordered-list">
              {confirming.map((c) => (
                <li key={c.year}>
                  {c.year}: van {formatEuro(c.before)} naar {formatEuro(c.after)}
                </li>
              ))}
            </ul>
            <div className="utrecht-button-group app-row">
              <Button appearance="primary" onClick={confirm}>
                Ja, opslaan
              </Button>
              <Button
                onClick={() => {
                  setConfirming(null);
                  formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
                }}
              >
                Nee, invoer aanpassen
              </Button>
            </div>
          </Alert>
        </div>
      ) : null}
      <div className="utrecht-button-group app-row">
        <Button appearance="primary" type="submit" disabled={saving} busy={saving}>
          Opslaan
        </Button>
        {line.overridden && model ? <Button onClick={onReset}>Terug naar model</Button> : null}
        <Button appearance="subtle" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
