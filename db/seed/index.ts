import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db, DbHandle } from '../src/client.ts';
import { catalogEditions, catalogLines, developments, domains, type NewCatalogLineRow } from '../src/schema/catalog.ts';
import { municipalities } from '../src/schema/municipalities.ts';
import { organisations, orgUnits } from '../src/schema/organisations.ts';
import {
  assumptionDefaults,
  benchmarks,
  fundLimits,
  rateCards,
  salaryTables,
  staffRatios,
} from '../src/schema/reference-data.ts';
import { DEMO_ORGANISATION, MODELGEMEENTE_EDITION_NAME } from './demo.ts';
import {
  parseCatalogFile,
  parseCatalogLinesFile,
  parseMunicipalitiesCsv,
  parseReferenceDataFile,
  type CatalogFile,
  type CatalogLinesFile,
  type MunicipalityEntry,
  type ReferenceDataFile,
} from './formats.ts';
import { excludedSet } from './upsert.ts';

export * from './demo.ts';
export * from './factories.ts';
export * from './formats.ts';

/** Folder of the committed seed files; the app never reads ../shared at run time. */
export const SEED_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
export interface SeedFiles {
  catalog: string;
  catalogLines: string;
  referenceData: string;
  municipalities: string;
}

export const DEFAULT_SEED_FILES: SeedFiles = {
  catalog: `${SEED_DATA_DIR}modelgemeente-catalog.json`,
  catalogLines: `${SEED_DATA_DIR}catalog-lines.json`,
  referenceData: `${SEED_DATA_DIR}reference-data.json`,
  municipalities: `${SEED_DATA_DIR}gemeenten.csv`,
};

export interface SeedData {
  catalog: CatalogFile;
  catalogLines: CatalogLinesFile;
  referenceData: ReferenceDataFile;
  municipalities: MunicipalityEntry[];
}

function readJson(path: string): unknown {
  if (!existsSync(path)) throw new Error(`seed file ${path} is missing`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Reads and validates every seed file; throws naming the file and field on the first problem. */
export function loadSeedData(files: Partial<SeedFiles> = {}): SeedData {
  const f = { ...DEFAULT_SEED_FILES, ...files };
  if (!existsSync(f.municipalities)) throw new Error(`seed file ${f.municipalities} is missing`);
  return {
    catalog: parseCatalogFile(readJson(f.catalog), f.catalog),
    catalogLines: parseCatalogLinesFile(readJson(f.catalogLines), f.catalogLines),
    referenceData: parseReferenceDataFile(readJson(f.referenceData), f.referenceData),
    municipalities: parseMunicipalitiesCsv(readFileSync(f.municipalities, 'utf8'), f.municipalities),
  };
}

// Shown to users beside the figure; the full provenance is in db/seed/data/gemeenten.SOURCE.md.
const MUNICIPALITY_SOURCE = 'CBS StatLine 37230ned, bevolking op 1 januari 2026 (voorlopige cijfers), opendata.cbs.nl';
// gemeenten.SOURCE.md: these three counts come from a second-hand copy, not from the CBS extract.
const SECONDHAND_MUNICIPALITIES = new Set(['GM0402', 'GM1696', 'GM1992']);
const SECONDHAND_SOURCE = 'Tweedehands: github.com/Gijs6/gemeentle (inwoners, vermoedelijk CBS 1 januari 2026)';

export interface SeedOptions {
  /** Override file paths (tests point catalogLines/referenceData at fixtures). */
  files?: Partial<SeedFiles>;
  /** Already loaded data; skips reading files. */
  data?: SeedData;
}

export interface SeedSummary {
  editionId: string;
  organisationId: string;
  domains: number;
  developments: number;
  lines: number;
  municipalities: number;
}

/**
 * Loads the catalog edition, municipalities, reference data and the demo organisation.
 * Idempotent and safe on every start: everything is keyed by its unique natural key.
 * - Shipped, read-only data (the published edition and its tree, municipalities) is upserted, so a
 *   corrected seed file reaches existing databases; catalog lines dropped from the file are retired
 *   (budgets may still point at them).
 * - Data users may edit in the app (reference data, default assumptions, the demo organisation and
 *   its units) is only inserted when missing, so a restart never reverts an edit.
 * All of it runs in one transaction: a bad file leaves the database as it was.
 */
export async function seed(target: DbHandle | Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const db = 'kind' in target && 'close' in target ? target.db : (target as Db);
  const data = options.data ?? loadSeedData(options.files);
  return db.transaction(async (tx) => {
    await seedReferenceData(tx, data.referenceData);
    const catalog = await seedCatalog(tx, data.catalog, data.catalogLines);
    await seedMunicipalities(tx, data.municipalities);
    const organisationId = await seedDemoOrganisation(tx);
    return { ...catalog, organisationId, municipalities: data.municipalities.length };
  });
}

async function seedReferenceData(db: Db, ref: ReferenceDataFile): Promise<void> {
  if (ref.salaryTables.length > 0) await db.insert(salaryTables).values(ref.salaryTables).onConflictDoNothing();
  if (ref.rateCards.length > 0) await db.insert(rateCards).values(ref.rateCards).onConflictDoNothing();
  if (ref.benchmarks.length > 0) await db.insert(benchmarks).values(ref.benchmarks).onConflictDoNothing();
  if (ref.staffRatios.length > 0) await db.insert(staffRatios).values(ref.staffRatios).onConflictDoNothing();
  if (ref.fundLimits.length > 0) await db.insert(fundLimits).values(ref.fundLimits).onConflictDoNothing();
  const { salaryStep, ...defaults } = ref.assumptionDefaults;
  await db
    .insert(assumptionDefaults)
    .values({ ...defaults, organisationId: null, salaryStep: String(salaryStep), sources: ref.assumptionSources })
    .onConflictDoNothing({ target: assumptionDefaults.organisationId });
}

async function seedCatalog(
  db: Db,
  catalog: CatalogFile,
  lineFile: CatalogLinesFile,
): Promise<Omit<SeedSummary, 'organisationId' | 'municipalities'>> {
  const [edition] = await db
    .insert(catalogEditions)
    .values({
      name: MODELGEMEENTE_EDITION_NAME,
      status: 'published',
      publishedAt: new Date(),
      modelInhabitants: catalog.model.inhabitants,
      modelEmployees: catalog.model.employees,
      modelDepartments: catalog.model.departments,
      source: catalog.source,
      sourceNote: catalog.editionNote,
      referenceDate: lineFile.referenceDate,
    })
    .onConflictDoUpdate({
      target: catalogEditions.name,
      // status and published_at are the application's to change (e.g. retiring the edition).
      set: excludedSet(catalogEditions, [
        'modelInhabitants',
        'modelEmployees',
        'modelDepartments',
        'source',
        'sourceNote',
        'referenceDate',
      ]),
    })
    .returning({ id: catalogEditions.id });
  if (!edition) throw new Error('seeding the catalog edition returned no row');
  const editionId = edition.id;

  const domainRows = await db
    .insert(domains)
    .values(
      catalog.domains.map((d, position) => ({
        editionId,
        key: d.key,
        name: d.name,
        description: d.description ?? null,
        sourceUrl: d.sourceUrl ?? null,
        domainPageFound: d.domainPageFound ?? null,
        position,
      })),
    )
    .onConflictDoUpdate({
      target: [domains.editionId, domains.key],
      set: excludedSet(domains, ['name', 'description', 'sourceUrl', 'domainPageFound', 'position']),
    })
    .returning({ id: domains.id, key: domains.key });
  const domainIds = new Map(domainRows.map((d) => [d.key, d.id]));

  const developmentValues = catalog.domains.flatMap((d) =>
    d.developments.map((dev, position) => ({
      editionId,
      domainId: domainIds.get(d.key) as string,
      key: dev.key,
      title: dev.title,
      summary: dev.summary ?? null,
      sourceUrl: dev.sourceUrl ?? null,
      tags: dev.subthemes ?? [],
      titleVerbatim: dev.titleVerbatim ?? false,
      domainInferred: dev.domainInferred ?? false,
      linesFound: dev.linesFound === undefined ? null : String(dev.linesFound),
      sourceNote: dev.sourceNote ?? null,
      position,
    })),
  );
  const developmentRows = await db
    .insert(developments)
    .values(developmentValues)
    .onConflictDoUpdate({
      target: [developments.editionId, developments.key],
      set: excludedSet(developments, [
        'domainId',
        'title',
        'summary',
        'sourceUrl',
        'tags',
        'titleVerbatim',
        'domainInferred',
        'linesFound',
        'sourceNote',
        'position',
      ]),
    })
    .returning({ id: developments.id, key: developments.key });
  const developmentIds = new Map(developmentRows.map((d) => [d.key, d.id]));

  const positions = new Map<string, number>();
  const lineValues: NewCatalogLineRow[] = lineFile.lines.map((line) => {
    const developmentId = developmentIds.get(line.developmentKey);
    if (!developmentId)
      throw new Error(`catalog-lines.json: line "${line.key}" names unknown development "${line.developmentKey}"`);
    const position = positions.get(line.developmentKey) ?? 0;
    positions.set(line.developmentKey, position + 1);
    const { developmentKey: _developmentKey, taakveld, ...fields } = line;
    return { ...fields, taakveld: taakveld ?? '0.4', editionId, developmentId, position, retired: false };
  });
  const lineKeys = lineValues.map((l) => l.key);
  if (lineValues.length > 0) {
    const updatable = Object.keys(lineValues[0] as object).filter(
      (k) => k !== 'editionId' && k !== 'key',
    ) as (keyof typeof catalogLines._.columns & string)[];
    await db
      .insert(catalogLines)
      .values(lineValues)
      .onConflictDoUpdate({
        target: [catalogLines.editionId, catalogLines.key],
        set: excludedSet(catalogLines, updatable),
      });
  }
  // Lines that left the file stay for budgets that use them, but no new budget gets them.
  await db
    .update(catalogLines)
    .set({ retired: true })
    .where(
      and(
        eq(catalogLines.editionId, editionId),
        eq(catalogLines.retired, false),
        lineKeys.length > 0 ? notInArray(catalogLines.key, lineKeys) : sql`true`,
      ),
    );

  return { editionId, domains: domainRows.length, developments: developmentRows.length, lines: lineValues.length };
}

async function seedMunicipalities(db: Db, rows: MunicipalityEntry[]): Promise<void> {
  await db
    .insert(municipalities)
    .values(
      rows.map((m) => ({
        ...m,
        source: SECONDHAND_MUNICIPALITIES.has(m.cbsCode) ? SECONDHAND_SOURCE : MUNICIPALITY_SOURCE,
      })),
    )
    .onConflictDoUpdate({
      target: municipalities.cbsCode,
      set: excludedSet(municipalities, ['name', 'province', 'inhabitants', 'referenceDate', 'source']),
    });
}

async function seedDemoOrganisation(db: Db): Promise<string> {
  const [created] = await db
    .insert(organisations)
    .values({ slug: DEMO_ORGANISATION.slug, name: DEMO_ORGANISATION.name })
    .onConflictDoNothing()
    .returning({ id: organisations.id });
  if (created) {
    // Only for a new organisation: a unit the user removed must not come back on restart.
    await db.insert(orgUnits).values(DEMO_ORGANISATION.orgUnits.map((name) => ({ organisationId: created.id, name })));
    return created.id;
  }
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, DEMO_ORGANISATION.slug));
  if (!org) throw new Error('demo organisation missing after insert');
  return org.id;
}
