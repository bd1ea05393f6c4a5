import { ApiError, errorMessage } from '../../api/client.ts';

/** One problem for the error summary, keyed by the form field it belongs to. */
export interface FormProblem {
  field: string;
  message: string;
}

/**
 * The API names fields as `body.rates.medior` or `body.values.employerCostPct`; forms name them
 * by their first segment after the container (`rates`, `employerCostPct`). `strip` lists the
 * containers to drop (e.g. `values`, `sources`).
 */
export function apiProblems(error: unknown, strip: string[] = []): FormProblem[] {
  if (error instanceof ApiError && error.fields.length > 0) {
    return error.fields.map((f) => {
      const parts = f.path.replace(/^body\.?/, '').split('.').filter(Boolean);
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

/** Today as yyyy-mm-dd (for source dates). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
