import { describe, expect, it } from 'vitest';
import { departmentsSuggestionText, staffSuggestionText } from './staff-suggestion.ts';

const deBilt = {
  suggestedEmployees: 306,
  suggestedDepartments: 12,
  staffSuggestion: {
    basis: 'staff-ratio' as const,
    sizeClass: 'Gemeenten 20.000–50.000 inwoners',
    ftePer1000: 7,
    source: 'BBV-indicator formatie per 1.000 inwoners',
    sourceUrl: null,
    year: 2026,
    estimate: false,
    note: null,
    employeesPerDepartment: 25,
  },
};

describe('staff suggestion texts', () => {
  it('names the figure, the ratio, the size class, the source and the year', () => {
    expect(staffSuggestionText(deBilt)).toBe(
      'Suggestie: 306 fte (7 fte per 1.000 inwoners, Gemeenten 20.000–50.000 inwoners; bron: BBV-indicator formatie per 1.000 inwoners, jaar 2026). Vul bij voorkeur de eigen formatie in.',
    );
  });
  it('marks an estimate', () => {
    expect(
      staffSuggestionText({
        ...deBilt,
        staffSuggestion: { ...deBilt.staffSuggestion, estimate: true, year: null, sizeClass: null },
      }),
    ).toContain('Suggestie: 306 fte (schatting) (7 fte per 1.000 inwoners; bron:');
  });
  it('explains departments by the model span of control', () => {
    expect(departmentsSuggestionText(deBilt)).toBe(
      'Suggestie: 12 (voorgestelde medewerkers / 25, de verhouding medewerkers per afdeling van de Modelgemeente)',
    );
  });
});
