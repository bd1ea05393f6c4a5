import { z } from 'zod';
import { QueryBooleanSchema, KeySchema } from './common.ts';
import { CatalogLineSchema } from './line.ts';
import { CostPoolSchema, EditionStatusSchema, LineKindSchema, ProvenanceSchema } from './enums.ts';
import { ProfileSchema } from './profile.ts';

export const CatalogEditionSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: EditionStatusSchema,
  publishedAt: z.string().nullable(),
  modelProfile: ProfileSchema,
  source: z.string(),
  referenceDate: z.string().nullable(),
});
export type CatalogEdition = z.infer<typeof CatalogEditionSchema>;
export const CatalogEditionListSchema = z.array(CatalogEditionSchema);

export const CatalogDevelopmentSchema = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  tags: z.array(z.string()),
  lines: z.array(CatalogLineSchema),
});
export type CatalogDevelopment = z.infer<typeof CatalogDevelopmentSchema>;

export const CatalogDomainSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  developments: z.array(CatalogDevelopmentSchema),
});
export type CatalogDomain = z.infer<typeof CatalogDomainSchema>;

export const CatalogSchema = z.object({
  edition: CatalogEditionSchema,
  domains: z.array(CatalogDomainSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;

export const CatalogParamsSchema = z.object({
  /** An edition id or `current` (the newest published edition). */
  editionId: KeySchema,
});

export const CatalogQuerySchema = z.object({
  q: z.string().trim().max(200, { error: 'zoekterm is te lang (maximaal 200 tekens)' }).optional(),
  domain: z.string().trim().max(200).optional(),
  kind: LineKindSchema.optional(),
  costPool: CostPoolSchema.optional(),
  provenance: ProvenanceSchema.optional(),
  includeExamples: QueryBooleanSchema.default(true),
});
export type CatalogQuery = z.infer<typeof CatalogQuerySchema>;
