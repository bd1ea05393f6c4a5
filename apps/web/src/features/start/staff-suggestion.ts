import type { Municipality } from '../../api/types.ts';
import { formatDecimal, formatInteger } from '../../lib/format.ts';

/**
 * "Suggestie: 306 fte (7 fte per 1.000 inwoners, Gemeenten 20.000–50.000 inwoners; bron …, jaar 2026)":
 * the suggested formatie with the reference data it comes from, shown beside the field the user
 * overwrites with the municipality's own formatie.
 */
export function staffSuggestionText(m: Pick<Municipality, 'suggestedEmployees' | 'staffSuggestion'>): string {
  const s = m.staffSuggestion;
  const ratio = `${formatDecimal(s.ftePer1000, 1)} fte per 1.000 inwoners${s.sizeClass ? `, ${s.sizeClass}` : ''}`;
  const year = s.year != null ? `, jaar ${s.year}` : '';
  const estimate = s.estimate ? ' (schatting)' : '';
  return `Suggestie: ${formatInteger(m.suggestedEmployees)} fte${estimate} (${ratio}; bron: ${s.source}${year}). Vul bij voorkeur de eigen formatie in.`;
}

/** Departments follow the suggested (or own) staff at the Modelgemeente's span of control. */
export function departmentsSuggestionText(m: Pick<Municipality, 'suggestedDepartments' | 'staffSuggestion'>): string {
  const span = formatDecimal(m.staffSuggestion.employeesPerDepartment, 0);
  return `Suggestie: ${formatInteger(m.suggestedDepartments)} (voorgestelde medewerkers / ${span}, de verhouding medewerkers per afdeling van de Modelgemeente)`;
}
