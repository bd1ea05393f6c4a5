import type { Profile } from './types.ts';

/** Formatie per 1,000 inhabitants for one size class (reference data, table staff_ratios). */
export interface StaffRatio {
  id: string;
  label: string;
  minInhabitants: number;
  maxInhabitants: number | null;
  ftePer1000: number;
  year: number;
  source: string;
  sourceUrl: string | null;
  estimate: boolean;
  note: string | null;
}

/** The size class a municipality falls in (minInhabitants ≤ n < maxInhabitants), or undefined. */
export function staffRatioFor(inhabitants: number, ratios: readonly StaffRatio[]): StaffRatio | undefined {
  return ratios.find(
    (r) => inhabitants >= r.minInhabitants && (r.maxInhabitants == null || inhabitants < r.maxInhabitants),
  );
}

/**
 * Employees and departments are not published per municipality, so they are suggested (counts of
 * people and departments, whole numbers):
 * - employees = max(1, round(inhabitants × formatie per 1.000 inwoners of the size class / 1.000)),
 *   from the dated, sourced reference data (BBV indicator); without a class (no reference data) the
 *   model's own ratio (1.000 per 100.000);
 * - departments = max(1, round(employees × model departments / model employees)): the model's span
 *   of control (1.000 employees in 40 departments = 25 per department) applied to the suggested staff.
 */
export function suggestProfile(inhabitants: number, model: Profile, ratios: readonly StaffRatio[]): Profile {
  const ratio = staffRatioFor(inhabitants, ratios);
  const raw = ratio ? (inhabitants * ratio.ftePer1000) / 1_000 : (inhabitants * model.employees) / model.inhabitants;
  const employees = inhabitants > 0 ? Math.max(1, Math.round(raw)) : 0;
  return {
    inhabitants,
    employees,
    departments: Math.max(1, Math.round((employees * model.departments) / model.employees)),
  };
}
