import { useState, type FormEvent } from 'react';
import {
  FUNDING_SOURCE_TYPE_LABELS,
  FUNDING_STATUS_LABELS,
  limitsOf,
  NameSchema,
  type Funding,
  type FundingCreate,
  type FundingOverview,
} from '@app/schemas';
import { FUNDING_SOURCE_TYPES, FUNDING_STATUSES } from '@app/engine';
import type { BudgetDetail } from '../../api/types.ts';
import { Button } from '../../ui/Button.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { fieldBinder, SelectField, TextField } from '../../ui/Field.tsx';
import { apiProblems, otherProblems, problemFor } from '../../lib/form-errors.ts';
import { centsToInput, formatEuro, numberToInput, parseDutchNumber, parseEurosToCents } from '../../lib/format.ts';

// The same limit the API applies to the source's name.
const NAME_LIMITS = limitsOf(NameSchema);

const FIELDS = [
  'budgetLineId',
  'developmentId',
  'sourceType',
  'status',
  'label',
  'amountCents',
  'percentage',
  'startYear',
  'endYear',
  'fundLimitId',
  'note',
] as const;

interface Draft {
  target: string;
  sourceType: string;
  status: string;
  label: string;
  mode: 'amount' | 'percentage';
  amount: string;
  percentage: string;
  startYear: string;
  endYear: string;
  fundLimitId: string;
  note: string;
}

function draftOf(funding: Funding | null, firstYear: number, defaultTarget: string): Draft {
  if (!funding) {
    return {
      target: defaultTarget,
      sourceType: 'subsidy',
      status: 'expected',
      label: '',
      mode: 'amount',
      amount: '',
      percentage: '',
      startYear: String(firstYear),
      endYear: '',
      fundLimitId: '',
      note: '',
    };
  }
  return {
    target: funding.budgetLineId ? `line:${funding.budgetLineId}` : `development:${funding.developmentId ?? ''}`,
    sourceType: funding.sourceType,
    status: funding.status,
    label: funding.label ?? '',
    mode: funding.percentage != null ? 'percentage' : 'amount',
    amount: centsToInput(funding.amountCents),
    percentage: numberToInput(funding.percentage),
    startYear: String(funding.startYear),
    endYear: funding.endYear == null ? '' : String(funding.endYear),
    fundLimitId: funding.fundLimitId ?? '',
    note: funding.note ?? '',
  };
}

/**
 * Adds or changes one source of dekking. What the server refuses comes back per field (Dutch
 * labels); nothing is checked here that the server does not check itself.
 */
export function FundingForm({
  budget,
  overview,
  editing,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  budget: BudgetDetail;
  overview: FundingOverview;
  editing: Funding | null;
  busy: boolean;
  error: unknown;
  onSubmit: (body: FundingCreate & { version: number }) => void;
  onCancel?: () => void;
}) {
  const years = overview.years;
  const enabledDevelopments = budget.developments.filter((d) => d.enabled);
  const defaultTarget = enabledDevelopments[0] ? `development:${enabledDevelopments[0].developmentId}` : '';
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing, budget.firstYear, defaultTarget));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const problems = error ? apiProblems(error) : [];
  const field = fieldBinder(draft, set, problems);
  const rest = otherProblems(problems, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [kind, id] = draft.target.split(':');
    const amountCents = draft.mode === 'amount' ? parseEurosToCents(draft.amount) : null;
    const percentage = draft.mode === 'percentage' ? parseDutchNumber(draft.percentage) : null;
    onSubmit({
      budgetLineId: kind === 'line' ? (id ?? null) : null,
      developmentId: kind === 'development' ? (id ?? null) : null,
      sourceType: draft.sourceType as FundingCreate['sourceType'],
      status: draft.status as FundingCreate['status'],
      label: draft.label.trim() === '' ? null : draft.label.trim(),
      amountCents,
      percentage,
      startYear: Number(draft.startYear),
      endYear: draft.endYear === '' ? null : Number(draft.endYear),
      fundLimitId: draft.fundLimitId === '' ? null : draft.fundLimitId,
      note: draft.note.trim() === '' ? null : draft.note.trim(),
      version: overview.version,
    });
  };

  const linesByDevelopment = new Map<string, BudgetDetail['lines']>();
  for (const line of budget.lines) {
    const list = linesByDevelopment.get(line.developmentId) ?? [];
    list.push(line);
    linesByDevelopment.set(line.developmentId, list);
  }
  const endYears = Array.from({ length: years.length + 6 }, (_, i) => (years[0] ?? budget.firstYear) + i);

  return (
    <form
      onSubmit={submit}
      className="app-card app-stack"
      noValidate
      aria-label={editing ? 'Dekking wijzigen' : 'Dekking toevoegen'}
    >
      <h3 className="utrecht-heading-3">{editing ? 'Dekking wijzigen' : 'Dekking toevoegen'}</h3>
      {rest.length > 0 ? (
        <Alert type="error">
          {rest.map((m) => (
            <span key={m}>{m} </span>
          ))}
        </Alert>
      ) : null}
      <div className="app-editor__fields">
        <SelectField
          label="Wat wordt gedekt"
          description="Een hele ontwikkeling of één regel"
          {...field('target', 'budgetLineId')}
          error={problemFor(problems, 'budgetLineId') ?? problemFor(problems, 'developmentId')}
        >
          {enabledDevelopments.map((d) => (
            <optgroup key={d.id} label={d.title}>
              <option value={`development:${d.developmentId}`}>Hele ontwikkeling: {d.title}</option>
              {(linesByDevelopment.get(d.developmentId) ?? []).map((l) => (
                <option key={l.id} value={`line:${l.id}`}>
                  Regel: {l.effective.description}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField
          label="Soort dekking"
          {...field('sourceType')}
          options={FUNDING_SOURCE_TYPES.map((t) => ({ value: t, label: FUNDING_SOURCE_TYPE_LABELS[t] }))}
        />
        <SelectField
          label="Status"
          value={draft.status}
          onChange={(e) => set('status', e.target.value)}
          options={FUNDING_STATUSES.map((s) => ({ value: s, label: FUNDING_STATUS_LABELS[s] }))}
        />
        <TextField
          label="Naam van de bron"
          description="Bijvoorbeeld A&O-fonds of Woo-compensatie"
          limits={NAME_LIMITS}
          {...field('label')}
        />
        <SelectField
          label="Bedrag of percentage"
          value={draft.mode}
          onChange={(e) => set('mode', e.target.value as Draft['mode'])}
          options={[
            { value: 'amount', label: 'Vast bedrag per jaar' },
            { value: 'percentage', label: 'Percentage van de bruto kosten per jaar' },
          ]}
        />
        {draft.mode === 'amount' ? (
          <TextField label="Bedrag per jaar (€)" inputMode="decimal" {...field('amount', 'amountCents')} />
        ) : (
          <TextField
            label="Percentage (%)"
            description="Van de bruto kosten van de regel of ontwikkeling in elk jaar; per jaar afgerond op hele euro's"
            inputMode="decimal"
            {...field('percentage')}
          />
        )}
        <SelectField
          label="Vanaf jaar"
          {...field('startYear')}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField label="Tot en met jaar" {...field('endYear')}>
          <option value="">Geen einde (structureel)</option>
          {endYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Bekend maximum van het fonds"
          value={draft.fundLimitId}
          onChange={(e) => set('fundLimitId', e.target.value)}
          options={[
            { value: '', label: 'Geen' },
            ...overview.fundLimits.map((l) => ({ value: l.id, label: `${l.label} (max. ${formatEuro(l.maxCents)})` })),
          ]}
        />
        <TextField label="Notitie" maxLength={2000} {...field('note')} />
      </div>
      <div className="app-row">
        <Button appearance="primary" type="submit" disabled={busy} busy={busy}>
          {editing ? 'Wijziging opslaan' : 'Dekking toevoegen'}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Annuleren</Button> : null}
      </div>
    </form>
  );
}
