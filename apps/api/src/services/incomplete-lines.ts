import type { CostBasis, LineInput } from '@app/engine';

/** The quantity fields a line of each cost basis needs before the engine can compute it. */
const REQUIRED: Record<CostBasis, readonly (keyof LineInput)[]> = {
  amount: ['amountCents'],
  staff: ['hoursPerWeek', 'salaryScale'],
  hire: ['hours'],
  licence: ['units', 'unitPriceCents'],
};

/**
 * A published line that was cut off in the source (provenance `published-incomplete`) and has not
 * been completed by an override yet. It counts as € 0 until then, so it stays out of the engine
 * input; any other line with a missing value is an input error the engine reports.
 */
export function isIncompleteLine(line: LineInput): boolean {
  if (line.provenance !== 'published-incomplete') return false;
  return REQUIRED[line.costBasis].some((field) => line[field] === null || line[field] === undefined);
}
