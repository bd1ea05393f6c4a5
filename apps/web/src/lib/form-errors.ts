import { requestFieldLabel } from '@app/schemas';
import { ApiError, errorMessage } from '../api/client.ts';

/** One problem for the error summary, keyed by the form field it belongs to. */
export interface FormProblem {
  field: string;
  message: string;
}

/**
 * The API names fields as `body.rates.medior`, `body.values.employerCostPct` or
 * `body.fields.units`; forms name them by their first segment after the container (`rates`,
 * `employerCostPct`, `units`). `strip` lists the containers to drop (e.g. `values`, `fields`).
 * A problem outside the body (`params.id`) belongs to the form as a whole.
 */
export function apiProblems(error: unknown, strip: string[] = []): FormProblem[] {
  if (error instanceof ApiError && error.fields.length > 0) {
    return error.fields.map((f) => {
      if (/^(params|query)(\.|$)/.test(f.path))
        return { field: 'form', message: `${requestFieldLabel(f.path)}: ${f.message}` };
      const parts = f.path
        .replace(/^body\.?/, '')
        .split('.')
        .filter(Boolean);
      while (parts.length > 1 && strip.includes(parts[0]!)) parts.shift();
      return { field: parts.join('.') || 'form', message: f.message };
    });
  }
  return [{ field: 'form', message: errorMessage(error) }];
}

/** The message for one field (its own path or anything below it). */
export function problemFor(problems: FormProblem[], field: string): string | null {
  const hit = problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
  return hit ? hit.message : null;
}

/**
 * Problems no field of the form shows (`fields` = the form's own field names), each with the
 * field's Dutch label: for an alert inside the form, so nothing the server said is lost.
 */
export function otherProblems(problems: FormProblem[], fields: readonly string[]): string[] {
  return problems
    .filter((p) => !fields.some((f) => p.field === f || p.field.startsWith(`${f}.`)))
    .map((p) => (p.field === 'form' ? p.message : `${requestFieldLabel(p.field)}: ${p.message}`));
}

/** Today as yyyy-mm-dd (for source dates). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
