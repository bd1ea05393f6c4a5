import {
  buildBudgetJson,
  buildBudgetPdf,
  buildBudgetWorkbook,
  buildLinesCsv,
  buildTotalsCsv,
  type BudgetExportInput,
  type ExportMeta,
  type OverrideNote,
} from '@app/export';
import { asc, desc } from 'drizzle-orm';
import { benchmarks, type Db } from '@app/db';
import { toBenchmark } from '../reference-data/reference-mappers.ts';
import type { EditionData, ReferenceCache } from '../reference-data/reference-cache.ts';
import type { PublicScope } from '../request-scope.ts';

// What every export (a stored budget, a stateless calculation) shares: the formats, the file name,
// and the parts of the meta data that come from the edition and the reference data.

const text = (content: string) => Buffer.from(content, 'utf8');

/** Every download format: its content type and how @app/export builds the file. */
export const EXPORT_FORMATS = {
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    build: buildBudgetWorkbook,
  },
  pdf: { contentType: 'application/pdf', build: buildBudgetPdf },
  csv: { contentType: 'text/csv; charset=utf-8', build: async (data: BudgetExportInput) => text(buildLinesCsv(data)) },
  /** Every total split by provenance (Totalen per herkomst). */
  'totalen.csv': {
    contentType: 'text/csv; charset=utf-8',
    build: async (data: BudgetExportInput) => text(buildTotalsCsv(data)),
  },
  json: {
    contentType: 'application/json; charset=utf-8',
    build: async (data: BudgetExportInput) => text(buildBudgetJson(data)),
  },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** A built download: the route sends it with these headers. */
export interface ExportFile {
  contentType: string;
  /** `<base>.<format>`; may hold any character (the route adds an ASCII and a UTF-8 header form). */
  fileName: string;
  body: Buffer;
}

/** Builds the file of one format from the export data; `fileBase` from exportFileBase. */
export async function buildExportFile(
  data: BudgetExportInput,
  fileBase: string,
  format: ExportFormat,
): Promise<ExportFile> {
  const { contentType, build } = EXPORT_FORMATS[format];
  return { contentType, fileName: `${fileBase}.${format}`, body: await build(data) };
}

/**
 * The meta every export takes from the edition and the reference data, with the overridden lines,
 * in the order the JSON export writes it.
 */
export async function referenceMeta(
  scope: PublicScope,
  edition: EditionData,
  overrides: OverrideNote[],
): Promise<
  Pick<ExportMeta, 'editionName' | 'domainNames' | 'developmentTitles' | 'sources' | 'overrides' | 'benchmarks'>
> {
  return {
    ...editionNames(edition),
    sources: await assumptionSources(scope.db, scope.cache, scope.organisationId),
    overrides,
    benchmarks: await loadBenchmarks(scope.db),
  };
}

function editionNames(edition: EditionData): Pick<ExportMeta, 'domainNames' | 'developmentTitles' | 'editionName'> {
  return {
    editionName: edition.edition.name,
    domainNames: Object.fromEntries(edition.domains.map((d) => [d.key, d.name])),
    developmentTitles: Object.fromEntries(edition.developments.map((d) => [d.id, d.title])),
  };
}

async function assumptionSources(
  db: Db,
  cache: ReferenceCache,
  organisationId: string | null,
): Promise<ExportMeta['sources']> {
  const defaults = await cache.defaultAssumptions(db, organisationId);
  const sources: ExportMeta['sources'] = {};
  for (const [key, s] of Object.entries(defaults.row.sources))
    sources[key] = { source: s.source, date: s.date ?? null, note: s.note ?? null };
  return sources;
}

/** Benchmarks (reference data with source, year, sample) for the plausibility block of every summary. */
async function loadBenchmarks(db: Db): Promise<NonNullable<ExportMeta['benchmarks']>> {
  const rows = await db.select().from(benchmarks).orderBy(desc(benchmarks.year), asc(benchmarks.id));
  return rows.map(toBenchmark);
}

const asciiPart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * `ICT-begroting-De-Bilt-2027[-scenario-Ambitieus][-v2]-concept`: which budget, which scenario,
 * which version and which status, so two downloads never look alike. File names travel in a
 * header: keep them ASCII (the route adds a UTF-8 filename* as well).
 */
export function exportFileBase(municipality: string, firstYear: number, qualifiers: readonly string[] = []): string {
  const parts = [
    `ICT-begroting-${asciiPart(municipality) || 'gemeente'}-${firstYear}`,
    ...qualifiers.map(asciiPart).filter(Boolean),
  ];
  return parts.join('-');
}
