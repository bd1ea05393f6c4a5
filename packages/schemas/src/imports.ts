import { z } from 'zod';
import { CatalogEditionSchema } from './catalog.ts';
import { ProfileSchema } from './profile.ts';
import { BudgetDetailSchema, BudgetParamsSchema } from './budget.ts';

// Uploads read back in: a catalog file (administrator, new draft edition) and an edited budget
// export (advisor, new scenario). Both answer a preview first and are committed by its id.

// --- Catalog import ---

/** The catalog fields an upload's columns can be mapped to (docs/user-guide.md, catalog import). */
export const CATALOG_IMPORT_FIELDS = [
  'domain',
  'development',
  'description',
  'kind',
  'amount',
  'hoursPerWeek',
  'salaryScale',
  'units',
  'unitPrice',
  'driver',
  'costPool',
] as const;
export type CatalogImportField = (typeof CATALOG_IMPORT_FIELDS)[number];

/** Fields every upload must map a column to. */
export const CATALOG_IMPORT_REQUIRED_FIELDS: readonly CatalogImportField[] = [
  'domain',
  'development',
  'description',
  'kind',
];

/** Dutch label of each field, as the preview and the row errors show it. */
export const CATALOG_IMPORT_FIELD_LABELS: Record<CatalogImportField, string> = {
  domain: 'Domein',
  development: 'Ontwikkeling',
  description: 'Omschrijving',
  kind: 'Incidenteel/structureel',
  amount: 'Bedrag (€)',
  hoursPerWeek: 'Uren per week',
  salaryScale: 'Schaal',
  units: 'Aantal eenheden',
  unitPrice: 'Prijs per eenheid (€ per jaar)',
  driver: 'Schaalbasis (inwoners/medewerkers/afdelingen/vast)',
  costPool: 'Kostensoort',
};

/** field → header text of the column it is read from (absent = not in the file). */
export const CatalogColumnMappingSchema = z.partialRecord(z.enum(CATALOG_IMPORT_FIELDS), z.string().min(1).max(200));
export type CatalogColumnMapping = z.infer<typeof CatalogColumnMappingSchema>;

export const CatalogImportPreviewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sheet: z.string().nullable(),
  rowCount: z.number().int(),
  columns: z.array(z.object({ header: z.string(), samples: z.array(z.union([z.string(), z.number()])) })),
  fields: z.array(z.object({ field: z.string(), label: z.string(), required: z.boolean() })),
  suggestedMapping: CatalogColumnMappingSchema,
});
export type CatalogImportPreview = z.infer<typeof CatalogImportPreviewSchema>;

export const CatalogImportCommitSchema = z.object({
  mapping: CatalogColumnMappingSchema,
  editionName: z.string().trim().min(3, { error: 'minimaal 3 tekens' }).max(120),
  source: z.string().trim().min(1).max(500).optional(),
  modelProfile: ProfileSchema.optional(),
});
export type CatalogImportCommit = z.infer<typeof CatalogImportCommitSchema>;

export const CatalogImportResultSchema = z.object({
  edition: CatalogEditionSchema,
  counts: z.object({ domains: z.number(), developments: z.number(), lines: z.number() }),
});
export type CatalogImportResult = z.infer<typeof CatalogImportResultSchema>;

export const CatalogImportParamsSchema = z.object({ id: z.uuid({ error: 'is geen geldig import-id' }) });
export const PublishEditionParamsSchema = z.object({ editionId: z.uuid({ error: 'is geen geldig editie-id' }) });

// --- Budget import (an edited Excel export) ---

const ValueChangeSchema = z.object({ field: z.string(), from: z.number().nullable(), to: z.number() });
export type ValueChange = z.infer<typeof ValueChangeSchema>;
const YearTotalsSchema = z.record(z.string(), z.number());

export const BudgetImportPreviewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  hasChanges: z.boolean(),
  profile: z.array(ValueChangeSchema),
  assumptions: z.array(ValueChangeSchema),
  lines: z.array(
    z.object({
      lineId: z.string(),
      description: z.string(),
      fields: z.array(ValueChangeSchema.extend({ cell: z.string() })),
    }),
  ),
  warnings: z.array(z.object({ cell: z.string(), message: z.string() })),
  totals: z.object({ before: YearTotalsSchema, after: YearTotalsSchema }),
});
export type BudgetImportPreview = z.infer<typeof BudgetImportPreviewSchema>;

export const BudgetImportCommitParamsSchema = BudgetParamsSchema.extend({
  importId: z.uuid({ error: 'is geen geldig import-id' }),
});

/** What the web reads of a commit's answer (a BudgetDetail): the new scenario's id; its screen loads the detail itself. */
export const BudgetImportCommitResultSchema = BudgetDetailSchema.pick({ id: true });
