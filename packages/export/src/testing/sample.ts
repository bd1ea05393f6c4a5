/**
 * A realistic budget input for export tests and the bench: every cost basis, kind and driver,
 * spread incidental totals, a later-starting development, a SaaS contract, investments on both
 * sides of the activation threshold and a disabled development. Built on the engine's test
 * fixtures (made-up salary table and rate card), plus the real seed lines when they exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assumptions, BenchmarkRef, CalculationInput, DevelopmentInput, LineInput, Profile } from '@app/engine';
import { makeAssumptions, makeDevelopment, makeInput, makeLine } from '../../../engine/src/testing/fixtures.ts';
import type { ExportMeta } from '../meta.ts';

// Profiles as the API suggests them (CBS 1 January 2026; employees from the formatie per 1.000
// inwoners of the size class in reference-data.json, departments at the model's 25 per department).
export const DE_BILT: Profile = { inhabitants: 43_673, employees: 306, departments: 12 };
export const UTRECHT: Profile = { inhabitants: 378_278, employees: 5_674, departments: 227 };
/** The smallest and the largest municipality: outside the validity range of the rescaling (ADR 0010). */
export const SCHIERMONNIKOOG: Profile = { inhabitants: 971, employees: 7, departments: 1 };
export const AMSTERDAM: Profile = { inhabitants: 942_504, employees: 14_138, departments: 566 };
/**
 * Municipalities whose rescaled amounts land exactly on half euros (CBS 1 January 2026):
 * € 9.000 × 232.650 / 100.000 = € 20.938,50 for Almere.
 */
export const HALF_EURO_PROFILES: Record<string, Profile> = {
  Almere: { inhabitants: 232_650, employees: 1_791, departments: 72 },
  Houten: { inhabitants: 50_950, employees: 377, departments: 15 },
  Westerkwartier: { inhabitants: 65_065, employees: 481, departments: 19 },
  Deventer: { inhabitants: 105_130, employees: 810, departments: 32 },
};

const DOMAINS: Record<string, string> = {
  'algemene-ontwikkelingen': 'Algemene ontwikkelingen',
  bedrijfsvoering: 'Bedrijfsvoering',
  dienstverlening: 'Dienstverlening',
  'fysiek-domein': 'Fysiek domein',
  'openbare-orde-en-veiligheid': 'Openbare Orde en Veiligheid',
  'sociaal-domein': 'Sociaal domein',
};

export function sampleInput(profile?: Profile, assumptions: Partial<Assumptions> = {}): CalculationInput {
  const developments: DevelopmentInput[] = [
    makeDevelopment({
      id: 'dev-klantreizen',
      domainKey: 'dienstverlening',
      title: 'Van buiten naar binnen: klantreizen',
    }),
    makeDevelopment({ id: 'dev-energie', domainKey: 'fysiek-domein', title: 'Energietransitie', startYear: 2028 }),
    makeDevelopment({ id: 'dev-saas', domainKey: 'bedrijfsvoering', title: 'Van capex naar opex' }),
    makeDevelopment({ id: 'dev-werkplek', domainKey: 'bedrijfsvoering', title: 'Digitale werkplek' }),
    makeDevelopment({ id: 'dev-sociaal', domainKey: 'sociaal-domein', title: 'Integrale toegang sociaal domein' }),
    makeDevelopment({ id: 'dev-uit', domainKey: 'sociaal-domein', title: 'Uitgezette ontwikkeling', enabled: false }),
  ];
  const lines: LineInput[] = [
    makeLine({
      id: 'l-coord',
      developmentId: 'dev-klantreizen',
      description: 'Coördinator klantreizen 16 uur per week schaal 10',
      kind: 'structural',
      costBasis: 'staff',
      costPool: 'personnel',
      provenance: 'published',
      hoursPerWeek: 16,
      salaryScale: '10',
      driver: 'inhabitants',
      amountCents: null,
    }),
    makeLine({
      id: 'l-opleiding',
      developmentId: 'dev-klantreizen',
      description: 'Opleiding in VNG methodiek klantreizen € 3.000',
      kind: 'incidental',
      costBasis: 'amount',
      costPool: 'training',
      provenance: 'published',
      amountCents: 300_000,
      driver: 'employees',
      elasticity: 0.5,
    }),
    makeLine({
      id: 'l-dashboard',
      developmentId: 'dev-energie',
      description: 'Dashboard ontwikkelen energietransitie € 5.000',
      kind: 'incidental',
      costBasis: 'amount',
      costPool: 'services',
      provenance: 'published',
      amountCents: 500_000,
      driver: 'fixed',
    }),
    makeLine({
      id: 'l-inhuur',
      developmentId: 'dev-energie',
      description: 'Inhuur projectleider warmtevisie 700 uur over 3 jaar',
      kind: 'incidental',
      costBasis: 'hire',
      costPool: 'hire',
      hours: 700,
      hoursPeriod: 'total',
      hireRole: 'projectleider',
      durationYears: 3,
      driver: 'inhabitants',
      elasticity: 0.7,
      amountCents: null,
    }),
    makeLine({
      id: 'l-spread',
      developmentId: 'dev-energie',
      description: 'Datakwaliteit gebouwen € 10.001 over 3 jaar',
      kind: 'incidental',
      costBasis: 'amount',
      costPool: 'services',
      amountCents: 1_000_100,
      durationYears: 3,
      driver: 'inhabitants',
      elasticity: 0.9,
      yearOffset: 1,
    }),
    makeLine({
      id: 'l-saas',
      developmentId: 'dev-saas',
      description: 'SaaS zaaksysteem, contract 3 jaar',
      kind: 'structural',
      costBasis: 'licence',
      costPool: 'software',
      units: 1000,
      unitPriceCents: 450,
      unitPricePeriod: 'month',
      contractYears: 3,
      driver: 'employees',
      amountCents: null,
    }),
    makeLine({
      id: 'l-saas2',
      developmentId: 'dev-saas',
      description: 'SaaS burgerzaken, contract 2 jaar met vaste aanbesteding',
      kind: 'structural',
      costBasis: 'amount',
      costPool: 'software',
      amountCents: 4_000_000,
      contractYears: 2,
      retenderCents: 750_000,
      migrationCents: null,
      contractEndFixed: true,
      driver: 'inhabitants',
      elasticity: 0.8,
    }),
    makeLine({
      id: 'l-saas3',
      developmentId: 'dev-saas',
      description: 'SaaS telefonie, contract 2 jaar, aanbesteding en migratie schalen mee',
      kind: 'structural',
      costBasis: 'licence',
      costPool: 'software',
      units: 1000,
      unitPriceCents: 300,
      unitPricePeriod: 'month',
      contractYears: 2,
      retenderCents: 1_500_000,
      migrationCents: 2_500_000,
      driver: 'employees',
      elasticity: 0.7,
      amountCents: null,
    }),
    makeLine({
      id: 'l-hw',
      developmentId: 'dev-werkplek',
      description: 'Laptops en docking stations',
      kind: 'investment',
      costBasis: 'amount',
      costPool: 'hardware',
      amountCents: 4_000_000,
      depreciationYears: 4,
      driver: 'employees',
    }),
    makeLine({
      id: 'l-hw-small',
      developmentId: 'dev-werkplek',
      description: 'Vergaderschermen',
      kind: 'investment',
      costBasis: 'amount',
      costPool: 'hardware',
      amountCents: 3_000_000,
      driver: 'inhabitants',
      yearOffset: 1,
    }),
    makeLine({
      id: 'l-fb',
      developmentId: 'dev-werkplek',
      description: 'Functioneel beheer werkplek 0,2 fte schaal 11',
      kind: 'structural',
      costBasis: 'staff',
      costPool: 'personnel',
      provenance: 'example',
      hoursPerWeek: 7.2,
      salaryScale: '11',
      driver: 'departments',
      amountCents: null,
      yearOffset: 2,
    }),
    makeLine({
      id: 'l-lic-vast',
      developmentId: 'dev-werkplek',
      description: 'Licentie beveiligingsscan (geen indexatie)',
      kind: 'structural',
      costBasis: 'licence',
      costPool: 'software',
      units: 1,
      unitPriceCents: 1_234_567,
      unitPricePeriod: 'year',
      driver: 'fixed',
      indexation: 'none',
      amountCents: null,
    }),
    makeLine({
      id: 'l-regie',
      developmentId: 'dev-sociaal',
      description: 'Regievoerder inhuur 200 uur per jaar',
      kind: 'structural',
      costBasis: 'hire',
      costPool: 'hire',
      hours: 200,
      hoursPeriod: 'year',
      hourlyRateCents: 9_750,
      driver: 'inhabitants',
      elasticity: 1.1,
      amountCents: null,
    }),
    makeLine({
      id: 'l-training',
      developmentId: 'dev-sociaal',
      description: 'Training medewerkers 2 jaar, per jaar',
      kind: 'incidental',
      costBasis: 'licence',
      costPool: 'training',
      units: 40,
      unitPriceCents: 37_550,
      durationYears: 2,
      driver: 'departments',
      amountCents: null,
    }),
    makeLine({
      id: 'l-uit',
      developmentId: 'dev-uit',
      description: 'Regel van uitgezette ontwikkeling',
      kind: 'structural',
      costBasis: 'amount',
      costPool: 'services',
      amountCents: 2_000_000,
      driver: 'inhabitants',
    }),
  ];
  return makeInput({
    firstYear: 2027,
    horizonYears: 4,
    assumptions: makeAssumptions({
      priceIndexationPct: 2.5,
      wageIndexationPct: 3.25,
      interestRatePct: 2.1,
      ...assumptions,
    }),
    developments,
    lines,
    ...(profile ? { profile: { ...profile } } : {}),
  });
}

/** The seed's benchmarks (reference-data.json), or none while the seed file does not exist. */
export function seedBenchmarks(): BenchmarkRef[] {
  const file = join(SEED_DIR, 'reference-data.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { benchmarks: BenchmarkRef[] }).benchmarks;
}

export function sampleMeta(input: CalculationInput, municipalityName = 'Modelgemeente'): ExportMeta {
  return {
    benchmarks: seedBenchmarks(),
    municipalityName,
    budgetName: 'ICT-begroting 2027–2030',
    status: 'Concept',
    version: 3,
    generatedAt: '2026-11-26T10:00:00.000Z',
    editionName: 'Modelgemeente 2025 (test)',
    sources: {
      inhabitants: { source: 'CBS, voorlopige cijfers', date: '2026-01-01' },
      employerCostPct: { source: 'Aanname (testfixture)', date: '2026-01-01', note: 'bewerkbaar' },
      priceIndexationPct: { source: 'CPB cMEV (aanname)', date: '2026-08-01' },
    },
    overrides: [
      {
        lineId: 'l-opleiding',
        description: input.lines.find((l) => l.id === 'l-opleiding')?.description ?? 'l-opleiding',
        fields: ['elasticity'],
        modelValues: { elasticity: 1 },
        justification: 'Opleiding groeit minder dan evenredig met het aantal medewerkers.',
      },
    ],
    domainNames: DOMAINS,
    developmentTitles: Object.fromEntries(input.developments.map((d) => [d.id, d.title])),
  };
}

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../db/seed/data');

interface SeedLine extends Omit<LineInput, 'id' | 'developmentId'> {
  key: string;
  developmentKey: string;
}

/**
 * The real seed catalog lines and reference data as an engine input, or null while the seed
 * files do not exist yet. Read as JSON: the export package never imports @app/db.
 */
export function seedInput(
  profile?: Profile,
  assumptions: Partial<Assumptions> = {},
): { input: CalculationInput; meta: ExportMeta } | null {
  const linesFile = join(SEED_DIR, 'catalog-lines.json');
  const refFile = join(SEED_DIR, 'reference-data.json');
  const catalogFile = join(SEED_DIR, 'modelgemeente-catalog.json');
  if (!existsSync(linesFile) || !existsSync(refFile) || !existsSync(catalogFile)) return null;
  const seed = JSON.parse(readFileSync(linesFile, 'utf8')) as { lines: SeedLine[] };
  const ref = JSON.parse(readFileSync(refFile, 'utf8')) as {
    salaryTables: Assumptions['salaryTable'][];
    rateCards: Assumptions['rateCard'][];
    assumptionDefaults: Omit<Assumptions, 'salaryTable' | 'rateCard'> & { salaryTableId: string; rateCardId: string };
    assumptionSources: Record<string, { source: string; date?: string; note?: string }>;
  };
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as {
    domains: { key: string; name: string; developments: { key: string; title: string }[] }[];
  };
  const { salaryTableId, rateCardId, ...defaults } = ref.assumptionDefaults;
  const salaryTable = ref.salaryTables.find((t) => t.id === salaryTableId) ?? ref.salaryTables[0]!;
  const rateCard = ref.rateCards.find((c) => c.id === rateCardId) ?? ref.rateCards[0]!;
  const developments: DevelopmentInput[] = catalog.domains.flatMap((d) =>
    d.developments.map((dev) => ({ id: dev.key, domainKey: d.key, title: dev.title, startYear: null, enabled: true })),
  );
  const known = new Set(developments.map((d) => d.id));
  const lines: LineInput[] = seed.lines
    .filter((l) => known.has(l.developmentKey))
    .map(({ key, developmentKey, ...rest }) => {
      const line = { ...rest, id: key, developmentId: developmentKey } as LineInput & Record<string, unknown>;
      delete line.basis;
      delete line.notes;
      delete line.sourceUrl;
      delete line.taakveld;
      return line;
    });
  const input = makeInput({
    firstYear: 2027,
    horizonYears: 4,
    assumptions: { ...makeAssumptions(), ...defaults, salaryTable, rateCard, ...assumptions } as Assumptions,
    developments,
    lines,
  });
  if (profile) input.profile = { ...profile };
  const meta: ExportMeta = {
    ...sampleMeta(input),
    overrides: [],
    sources: Object.fromEntries(
      Object.entries(ref.assumptionSources).map(([k, v]) => [
        k,
        { source: v.source, date: v.date ?? null, note: v.note ?? null },
      ]),
    ),
    domainNames: Object.fromEntries(catalog.domains.map((d) => [d.key, d.name])),
  };
  return { input, meta };
}
