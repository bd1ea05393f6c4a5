import { EngineInputError } from './errors.ts';
import type { Cents, SalaryTable } from './types.ts';

/** The amount at a step of one scale's steps ('max' = the last), or undefined when there is none. */
export function salaryAtStep(steps: readonly Cents[], step: number | 'max'): Cents | undefined {
  return step === 'max' ? steps[steps.length - 1] : steps[step];
}

/**
 * Monthly gross salary in cents for a scale and step of a salary table; 'max' is the scale's last
 * (highest) step, a number is an index into the scale's steps (0 = lowest).
 * Throws EngineInputError naming `field` (unknown scale) or `assumptions.salaryStep` (bad step).
 */
export function monthlySalaryCents(
  table: SalaryTable,
  scale: string,
  step: number | 'max',
  field = 'salaryScale',
): Cents {
  const steps = Object.prototype.hasOwnProperty.call(table.scales, scale) ? table.scales[scale] : undefined;
  if (!steps || steps.length === 0) {
    throw new EngineInputError(field, `unknown salary scale "${scale}" in salary table "${table.label}"`);
  }
  if (step !== 'max' && (!Number.isInteger(step) || step < 0 || step >= steps.length)) {
    throw new EngineInputError(
      'assumptions.salaryStep',
      `step ${String(step)} does not exist in scale ${scale} (0…${steps.length - 1})`,
    );
  }
  return salaryAtStep(steps, step) as Cents;
}
