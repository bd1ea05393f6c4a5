import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LineInput } from '@app/engine';
import type { GridLine } from './row-model.ts';
import { FIELD_SPECS, displayValue, editableFieldsFor, parseField, toText, type EditableField } from './line-fields.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';

export interface LineEditorProps {
  line: GridLine;
  /** Called on every valid change so totals can preview; null = back to the saved values. */
  onPreview: (fields: Partial<LineInput> | null) => void;
  /** All editable values of the line as the user left them (the caller decides what is an override). */
  onSave: (fields: Partial<LineInput>, justification: string) => void;
  onReset: () => void;
  onCancel: () => void;
}

/**
 * Inline override form for one line. Every override needs a toelichting; the model value stays
 * visible beside each field, and "Terug naar model" drops all overrides.
 */
export function LineEditor({ line, onPreview, onSave, onReset, onCancel }: LineEditorProps) {
  const fields = editableFieldsFor(line.effective.costBasis);
  const model = line.budgetLine.model;
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f, toText(f, line.effective[f])])));
  const [justification, setJustification] = useState(line.budgetLine.justification ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [justificationError, setJustificationError] = useState<string | null>(null);
  const headingId = `editor-${line.id}`;
  const formRef = useRef<HTMLFormElement>(null);
  // Opening the editor moves focus into it, so keyboard users start at the first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const parseAll = (source: Record<string, string>) => {
    const values: Partial<Record<EditableField, unknown>> = {};
    const fieldErrors: Record<string, string> = {};
    for (const f of fields) {
      const parsed = parseField(f, source[f] ?? '');
      if ('error' in parsed) fieldErrors[f] = parsed.error;
      else values[f] = parsed.value;
    }
    return { values: values as Partial<LineInput>, fieldErrors };
  };

  const update = (field: EditableField, text: string) => {
    const next = { ...texts, [field]: text };
    setTexts(next);
    const { values, fieldErrors } = parseAll(next);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) onPreview(values);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { values, fieldErrors } = parseAll(texts);
    setErrors(fieldErrors);
    const reason = justification.trim();
    const missingReason = reason.length < 3;
    setJustificationError(missingReason ? 'Toelichting is verplicht: leg in minstens 3 tekens uit waarom u afwijkt van het model.' : null);
    if (Object.keys(fieldErrors).length > 0 || missingReason) return;
    onSave(values, reason);
  };

  return (
    <form ref={formRef} className="app-editor app-stack" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId} className="utrecht-heading-4">
        Regel aanpassen: {line.effective.description}
      </h3>
      <div className="app-editor__fields">
        {fields.map((f) => {
          const spec = FIELD_SPECS[f];
          const modelText = model ? `Model: ${displayValue(f, model[f])}` : undefined;
          const description = [modelText, spec.hint].filter(Boolean).join(' · ') || undefined;
          return spec.input === 'select' ? (
            <SelectField key={f} label={spec.label} description={description} value={texts[f] ?? ''} options={spec.options ?? []} onChange={(e) => update(f, e.target.value)} />
          ) : (
            <TextField
              key={f}
              label={spec.label}
              description={description}
              value={texts[f] ?? ''}
              inputMode={spec.input === 'text' ? 'text' : 'decimal'}
              onChange={(e) => update(f, e.target.value)}
              error={errors[f]}
              size={12}
            />
          );
        })}
      </div>
      <TextAreaField
        label="Toelichting (verplicht)"
        description="Waarom wijkt deze regel af van het model? Dit komt in de wijzigingshistorie en de export."
        value={justification}
        onChange={(e) => setJustification(e.target.value)}
        error={justificationError}
        required
        aria-required="true"
        cols={60}
      />
      <div className="utrecht-button-group app-row">
        <Button appearance="primary" type="submit">
          Opslaan
        </Button>
        {line.overridden && model ? (
          <Button onClick={onReset}>
            Terug naar model
          </Button>
        ) : null}
        <Button appearance="subtle" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
