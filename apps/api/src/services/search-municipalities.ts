import type { PublicScope } from './request-scope.ts';
import { asc, eq } from 'drizzle-orm';
import { municipalities, type Db, type MunicipalityRow } from '@app/db';
import { staffRatioFor, suggestProfile, type Profile, type StaffRatio } from '@app/engine';
import { toModelProfile } from './engine-input/mappers.ts';
import type { Municipality, MunicipalityQuery } from '@app/schemas';
import { notFound } from '../errors.ts';
import { matchMunicipality, type NameMatch } from './municipality-names.ts';
import type { ReferenceCache } from './reference-cache.ts';

/** The current edition's model profile: its staff and departments per inhabitant give the suggestions. */
async function currentModelProfile(db: Db, cache: ReferenceCache): Promise<Profile> {
  return toModelProfile((await cache.edition(db, await cache.resolveEditionId(db, undefined))).edition);
}

interface SuggestionBasis {
  model: Profile;
  ratios: StaffRatio[];
}

async function suggestionBasis(db: Db, cache: ReferenceCache): Promise<SuggestionBasis> {
  const [model, ratios] = await Promise.all([currentModelProfile(db, cache), cache.staffRatios(db)]);
  return { model, ratios };
}

function toMunicipality(row: MunicipalityRow, { model, ratios }: SuggestionBasis): Municipality {
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

/**
 * Type-ahead over the official name, common names ('s-Gravenhage ↔ Den Haag) and the CBS code,
 * ignoring accents, case, hyphens and apostrophes; exact matches first, then prefixes, then the rest.
 * The list is 342 rows, so matching in memory is simpler and as fast as a folded-text index.
 */
export async function searchMunicipalities(scope: PublicScope, query: MunicipalityQuery): Promise<Municipality[]> {
  const { db, cache } = scope;
  const basis = await suggestionBasis(db, cache);
  const q = query.q?.trim() ?? '';
  const rows = await db.select().from(municipalities).orderBy(asc(municipalities.name));
  const found = q
    ? rows
        .map((row) => ({ row, match: matchMunicipality(q, row) }))
        .filter((hit): hit is { row: MunicipalityRow; match: NameMatch } => hit.match !== undefined)
        .sort((a, b) => a.match.rank - b.match.rank)
        .map((hit) => hit.row)
    : rows;
  return found.slice(0, query.limit).map((row) => toMunicipality(row, basis));
}

export async function findMunicipality(db: Db, cbsCode: string): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.cbsCode, cbsCode.toUpperCase())).limit(1);
  return row;
}

export async function getMunicipality(scope: PublicScope, cbsCode: string): Promise<Municipality> {
  const { db, cache } = scope;
  const row = await findMunicipality(db, cbsCode);
  if (!row) throw notFound(`Gemeente ${cbsCode}`);
  return toMunicipality(row, await suggestionBasis(db, cache));
}
