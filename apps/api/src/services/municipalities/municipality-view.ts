import type { Db, MunicipalityRow } from '@app/db';
import { staffRatioFor, suggestProfile, type Profile, type StaffRatio } from '@app/engine';
import type { Municipality } from '@app/schemas';
import { toModelProfile } from '../engine-input/mappers.ts';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';

// A municipality as the API shows it: CBS figures plus the suggested staff and departments.

/** The current edition's model profile: its staff and departments per inhabitant give the suggestions. */
async function currentModelProfile(db: Db, cache: ReferenceCache): Promise<Profile> {
  return toModelProfile((await cache.edition(db, await cache.resolveEditionId(db, undefined))).edition);
}

export interface SuggestionBasis {
  model: Profile;
  ratios: StaffRatio[];
}

export async function suggestionBasis(db: Db, cache: ReferenceCache): Promise<SuggestionBasis> {
  const [model, ratios] = await Promise.all([currentModelProfile(db, cache), cache.staffRatios(db)]);
  return { model, ratios };
}

export function toMunicipality(row: MunicipalityRow, { model, ratios }: SuggestionBasis): Municipality {
  const suggested = suggestProfile(row.inhabitants, model, ratios);
  const ratio = staffRatioFor(row.inhabitants, ratios);
  return {
    cbsCode: row.cbsCode,
    name: row.name,
    province: row.province,
    inhabitants: row.inhabitants,
    referenceDate: row.referenceDate,
    source: row.source,
    suggestedEmployees: suggested.employees,
    suggestedDepartments: suggested.departments,
    staffSuggestion: ratio
      ? {
          basis: 'staff-ratio',
          sizeClass: ratio.label,
          ftePer1000: ratio.ftePer1000,
          source: ratio.source,
          sourceUrl: ratio.sourceUrl,
          year: ratio.year,
          estimate: ratio.estimate,
          note: ratio.note,
          employeesPerDepartment: model.employees / model.departments,
        }
      : {
          basis: 'model',
          sizeClass: null,
          ftePer1000: (model.employees * 1_000) / model.inhabitants,
          source: 'Modelgemeente (verhouding van het model; geen formatie-referentiedata geladen)',
          sourceUrl: null,
          year: null,
          estimate: true,
          note: null,
          employeesPerDepartment: model.employees / model.departments,
        },
  };
}
