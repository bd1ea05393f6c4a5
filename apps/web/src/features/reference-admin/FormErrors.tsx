import { requestFieldLabel } from '@app/schemas';
import { ErrorSummary } from '../imports/ErrorSummary.tsx';
import type { FormProblem } from '../../lib/form-errors.ts';

/** Error summary above a form: one item per problem, with the field's Dutch label. */
export function FormErrors({
  problems,
  labels,
  title = 'Controleer de invoer',
}: {
  problems: FormProblem[];
  labels: Record<string, string>;
  title?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <ErrorSummary
      title={title}
      items={problems.map((p, i) => {
        // Never the field's code path: an unknown one gets the shared Dutch label (or "Invoer").
        const label =
          labels[p.field] ??
          labels[p.field.split('.')[0] ?? ''] ??
          (p.field === 'form' ? '' : requestFieldLabel(p.field));
        return { key: `${p.field}-${i}`, content: label ? `${label}: ${p.message}` : p.message };
      })}
    />
  );
}
