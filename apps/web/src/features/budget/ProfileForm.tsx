import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HorizonYearsSchema, ProfileSchema, YearSchema, limitsOf } from '@app/schemas';
import type { BudgetDetail } from '../../api/types.ts';
import { usePatchBudget } from './mutations.ts';
import { isVersionConflict } from './conflict.tsx';
import { Button } from '../../ui/Button.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { TextField } from '../../ui/Field.tsx';
import { formatInteger, parseDutchNumber } from '../../lib/format.ts';
import { apiProblems, otherProblems, problemFor, type FormProblem } from '../../lib/form-errors.ts';

type Key = 'inhabitants' | 'employees' | 'departments' | 'firstYear' | 'horizonYears';

/** The fields, with the API's own limits (packages/schemas) so the form refuses what the server would. */
const FIELDS: { key: Key; label: string; hint?: string; year?: boolean; limits: ReturnType<typeof limitsOf> }[] = [
  { key: 'inhabitants', label: 'Inwoners', limits: limitsOf(ProfileSchema.shape.inhabitants) },
  {
    key: 'employees',
    label: 'Medewerkers (personeel van de gemeente)',
    limits: limitsOf(ProfileSchema.shape.employees),
  },
  { key: 'departments', label: 'Afdelingen', limits: limitsOf(ProfileSchema.shape.departments) },
  { key: 'firstYear', label: 'Eerste begrotingsjaar', year: true, limits: limitsOf(YearSchema) },
  {
    key: 'horizonYears',
    label: 'Aantal begrotingsjaren',
    hint: 'Hoeveel jaren de begroting vooruit kijkt',
    limits: limitsOf(HorizonYearsSchema),
  },
];

function current(budget: BudgetDetail): Record<Key, number> {
  return {
    inhabitants: budget.profile.inhabitants,
    employees: budget.profile.employees,
    departments: budget.profile.departments,
    firstYear: budget.firstYear,
    horizonYears: budget.horizonYears,
  };
}

/**
 * Gemeenteprofiel (inwoners, medewerkers, afdelingen) and the years of an existing budget. Saving
 * sends them with the budget's version (a stale one gets the usual conflict alert); the server
 * recalculates and records the change in the history. Lines with an own value (ADR 0013) keep it;
 * model lines are rescaled to the new profile.
 */
export function ProfileForm({ budget }: { budget: BudgetDetail }) {
  const [open, setOpen] = useState(false);
  const [texts, setTexts] = useState<Record<Key, string>>(
    () => Object.fromEntries(Object.entries(current(budget)).map(([k, v]) => [k, String(v)])) as Record<Key, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const patch = usePatchBudget(budget.id);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [open]);
  useEffect(() => {
    if (problems.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  const reset = () =>
    setTexts(
      Object.fromEntries(Object.entries(current(budget)).map(([k, v]) => [k, String(v)])) as Record<Key, string>,
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values: Partial<Record<Key, number>> = {};
    const next: Partial<Record<Key, string>> = {};
    for (const { key, label, limits, year } of FIELDS) {
      const show = year ? String : formatInteger;
      const n = parseDutchNumber(texts[key] ?? '');
      const min = limits.min ?? 0;
      const max = limits.max ?? Number.MAX_SAFE_INTEGER;
      if (n === null || !Number.isInteger(n) || n < min || n > max)
        next[key] = `${label}: vul een heel getal van ${show(min)} tot en met ${show(max)} in.`;
      else values[key] = n;
    }
    setErrors(next);
    setProblems([]);
    setDone(null);
    if (Object.keys(next).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const v = values as Record<Key, number>;
    patch.mutate(
      {
        profile: { inhabitants: v.inhabitants, employees: v.employees, departments: v.departments },
        firstYear: v.firstYear,
        horizonYears: v.horizonYears,
        version: budget.version,
      },
      {
        onSuccess: () => {
          setDone(
            `Opgeslagen: ${formatInteger(v.inhabitants)} inwoners, ${formatInteger(v.employees)} medewerkers, ${formatInteger(v.departments)} afdelingen, jaren ${v.firstYear}–${v.firstYear + v.horizonYears - 1}. Alle bedragen zijn opnieuw berekend.`,
          );
          setOpen(false);
        },
        // A stale version: the conflict alert above offers reload or reapply; keep the input here.
        onError: (error) => {
          if (!isVersionConflict(error)) setProblems(apiProblems(error, ['profile']));
        },
      },
    );
  };

  const unplaced = otherProblems(
    problems,
    FIELDS.map((f) => f.key),
  );

  return (
    <section className="app-stack" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="app-visually-hidden">
        Gemeenteprofiel en begrotingsjaren
      </h2>
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {done}
      </p>
      {!open ? (
        <div>
          <Button
            aria-expanded={false}
            onClick={() => {
              reset();
              setErrors({});
              setProblems([]);
              setOpen(true);
            }}
          >
            Profiel en jaren wijzigen
          </Button>
        </div>
      ) : (
        <form
          ref={formRef}
          className="app-editor app-stack"
          onSubmit={submit}
          noValidate
          aria-labelledby="profile-form-heading"
          aria-busy={patch.isPending || undefined}
        >
          <h3 id="profile-form-heading" className="utrecht-heading-3">
            Profiel en jaren wijzigen
          </h3>
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Modelregels worden opnieuw geschaald naar het nieuwe profiel; regels waarvoor u een eigen waarde heeft
            ingevuld houden die waarde. De wijziging komt in de historie.
          </p>
          <div className="app-editor__fields">
            {FIELDS.map(({ key, label, hint, limits, year }) => {
              const show = year ? String : formatInteger;
              return (
                <TextField
                  key={key}
                  label={label}
                  description={[
                    hint,
                    `Nu: ${show(current(budget)[key])}`,
                    `${show(limits.min ?? 0)} tot en met ${show(limits.max ?? 0)}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  value={texts[key]}
                  inputMode="numeric"
                  onChange={(e) => setTexts((t) => ({ ...t, [key]: e.target.value }))}
                  error={errors[key] ?? problemFor(problems, key)}
                  size={12}
                />
              );
            })}
          </div>
          {unplaced.length > 0 ? (
            <Alert type="error">
              <p className="utrecht-paragraph">Het profiel is niet opgeslagen:</p>
              <ul className="utrecht-unordered-list">
                {unplaced.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <div className="utrecht-button-group app-row">
            <Button appearance="primary" type="submit" disabled={patch.isPending} busy={patch.isPending}>
              Opslaan en herberekenen
            </Button>
            <Button appearance="subtle" onClick={() => setOpen(false)}>
              Annuleren
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
