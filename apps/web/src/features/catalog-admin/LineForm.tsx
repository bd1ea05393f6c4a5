import { useEffect, useRef, useState, type FormEvent } from 'react';
import { COST_BASES, COST_POOLS, DRIVERS, LINE_KINDS } from '@app/engine';
import type { EditableLine } from '@app/schemas';
import { Button } from '../../ui/Button.tsx';
import { Checkbox, fieldBinder, SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { COST_POOL_LABELS, KIND_LABELS, PROVENANCE_LABELS } from '@app/schemas';
import { COST_BASIS_OPTION_LABELS, DRIVER_OPTION_LABELS } from '../../lib/labels.ts';
import { apiProblems, type FormProblem } from '../../lib/form-errors.ts';
import { FormErrors } from '../reference-admin/FormErrors.tsx';
import {
  BASIS_FIELDS,
  emptyLineState,
  CATALOG_FORM_LABELS,
  lineState,
  readLineState,
  type LineFormState,
} from './line-form.ts';
import { useSaveLine } from './mutations.ts';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * Adds a line to a development of the draft (`line` absent) or edits one. An edited line keeps its
 * provenance unless the administrator marks it as an own figure.
 */
export function LineForm({
  editionId,
  developmentId,
  line,
  onDone,
}: {
  editionId: string;
  developmentId: string;
  line?: EditableLine;
  onDone: () => void;
}) {
  const [state, setState] = useState<LineFormState>(() => (line ? lineState(line) : emptyLineState()));
  const [markCustom, setMarkCustom] = useState(line ? line.provenance !== 'custom' : true);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land in the form that just opened below the table.
  useEffect(() => headingRef.current?.focus(), []);
  const save = useSaveLine(editionId, line?.id);
  const send = (body: object) =>
    save.mutate(body, { onSuccess: onDone, onError: (error) => setProblems(apiProblems(error)) });
  const set = <K extends keyof LineFormState>(key: K, value: LineFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));
  const bind = fieldBinder(state, set, problems);
  const field = (
    key: keyof LineFormState,
    apiField: string,
    props: { inputMode?: 'decimal' | 'numeric'; size?: number; description?: string } = {},
  ) => (
    <TextField
      label={CATALOG_FORM_LABELS[apiField] ?? apiField}
      {...bind(key, apiField)}
      className={props.size ? undefined : 'app-input-narrow'}
      {...props}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { values, problems: found } = readLineState(state);
    if (!values) return setProblems(found);
    setProblems([]);
    if (line) send({ ...values, ...(line.provenance !== 'custom' && markCustom ? { provenance: 'custom' } : {}) });
    else send({ ...values, developmentId });
  };
  const active = BASIS_FIELDS[state.costBasis];
  const title = line ? `Regel bewerken: ${line.description}` : 'Nieuwe regel';

  return (
    <form onSubmit={submit} noValidate className="app-card app-stack" aria-label={title}>
      <h4 className="utrecht-heading-4" ref={headingRef} tabIndex={-1}>
        {title}
      </h4>
      <FormErrors problems={problems} labels={CATALOG_FORM_LABELS} />
      <TextAreaField label="Omschrijving" {...bind('description')} />
      <div className="app-row">
        <SelectField
          label="Soort"
          value={state.kind}
          onChange={(e) => set('kind', e.target.value as LineFormState['kind'])}
          options={options(LINE_KINDS, KIND_LABELS)}
        />
        <SelectField
          label="Kostenbasis"
          value={state.costBasis}
          onChange={(e) => set('costBasis', e.target.value as LineFormState['costBasis'])}
          options={options(COST_BASES, COST_BASIS_OPTION_LABELS)}
        />
        <SelectField
          label="Kostensoort"
          value={state.costPool}
          onChange={(e) => set('costPool', e.target.value as LineFormState['costPool'])}
          options={options(COST_POOLS, COST_POOL_LABELS)}
        />
        <SelectField
          label="Schaalbasis"
          value={state.driver}
          onChange={(e) => set('driver', e.target.value as LineFormState['driver'])}
          options={options(DRIVERS, DRIVER_OPTION_LABELS)}
        />
        {field('elasticity', 'elasticity', { inputMode: 'decimal', description: 'leeg = standaard' })}
      </div>
      <div className="app-row">
        {active.includes('amount')
          ? field('amount', 'amountCents', { inputMode: 'decimal', description: "euro's" })
          : null}
        {active.includes('hoursPerWeek')
          ? field('hoursPerWeek', 'hoursPerWeek', { inputMode: 'decimal', description: '36 uur = 1 fte' })
          : null}
        {active.includes('salaryScale')
          ? field('salaryScale', 'salaryScale', { description: 'bijv. 10 of 11A' })
          : null}
        {active.includes('hours') ? field('hours', 'hours', { inputMode: 'decimal' }) : null}
        {active.includes('hoursPeriod') ? (
          <SelectField
            label="Uren per"
            value={state.hoursPeriod}
            onChange={(e) => set('hoursPeriod', e.target.value as LineFormState['hoursPeriod'])}
            options={[
              { value: '', label: 'standaard' },
              { value: 'year', label: 'jaar' },
              { value: 'total', label: 'totaal' },
            ]}
          />
        ) : null}
        {active.includes('hireRole') ? field('hireRole', 'hireRole', { description: 'leeg = standaardrol' }) : null}
        {active.includes('hourlyRate')
          ? field('hourlyRate', 'hourlyRateCents', { inputMode: 'decimal', description: 'leeg = tariefkaart' })
          : null}
        {active.includes('units') ? field('units', 'units', { inputMode: 'decimal' }) : null}
        {active.includes('unitPrice')
          ? field('unitPrice', 'unitPriceCents', { inputMode: 'decimal', description: "euro's" })
          : null}
        {active.includes('unitPricePeriod') ? (
          <SelectField
            label="Prijs per"
            value={state.unitPricePeriod}
            onChange={(e) => set('unitPricePeriod', e.target.value as LineFormState['unitPricePeriod'])}
            options={[
              { value: '', label: 'standaard (jaar)' },
              { value: 'month', label: 'maand' },
              { value: 'year', label: 'jaar' },
            ]}
          />
        ) : null}
      </div>
      <div className="app-row">
        {field('yearOffset', 'yearOffset', { inputMode: 'numeric' })}
        {field('durationYears', 'durationYears', { inputMode: 'numeric' })}
        {field('depreciationYears', 'depreciationYears', { inputMode: 'numeric' })}
        {field('contractYears', 'contractYears', { inputMode: 'numeric' })}
      </div>
      <TextAreaField
        label="Onderbouwing"
        description="Bijv. “aanname: 0,2 fte schaal 11 functioneel beheer”"
        {...bind('basis')}
      />
      <TextAreaField label="Notities" {...bind('notes')} />
      {field('sourceUrl', 'sourceUrl', { size: 50 })}
      {line && line.provenance !== 'custom' ? (
        <Checkbox
          label={`Herkomst wijzigen van “${PROVENANCE_LABELS[line.provenance]}” naar “${PROVENANCE_LABELS.custom}” (het bedrag is niet meer zoals gepubliceerd)`}
          checked={markCustom}
          onChange={(e) => setMarkCustom(e.target.checked)}
        />
      ) : null}
      <div className="app-row">
        <Button appearance="primary" type="submit" busy={save.isPending} disabled={save.isPending}>
          {line ? 'Regel opslaan' : 'Regel toevoegen'}
        </Button>
        <Button onClick={onDone}>Annuleren</Button>
      </div>
    </form>
  );
}
