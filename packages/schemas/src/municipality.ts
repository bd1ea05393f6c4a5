import { z } from 'zod';
import { CbsCodeSchema } from './profile.ts';

export const MunicipalitySchema = z.object({
  cbsCode: z.string(),
  name: z.string(),
  province: z.string(),
  inhabitants: z.number().int(),
  referenceDate: z.string(),
  source: z.string(),
  /** max(1, round(inhabitants × formatie per 1.000 inwoners of the size class / 1.000)); see staffSuggestion. */
  suggestedEmployees: z.number().int(),
  /** max(1, round(suggestedEmployees × model departments / model employees)): the model's span of control. */
  suggestedDepartments: z.number().int(),
  /** Where the suggestion comes from, to show beside it ("Suggestie: … fte (bron …, jaar …)"). */
  staffSuggestion: z.object({
    /** 'staff-ratio': the size class's published ratio; 'model': the model's own ratio (no reference data). */
    basis: z.enum(['staff-ratio', 'model']),
    sizeClass: z.string().nullable(),
    ftePer1000: z.number(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
    year: z.number().int().nullable(),
    estimate: z.boolean(),
    note: z.string().nullable(),
    employeesPerDepartment: z.number(),
  }),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;
export const MunicipalityListSchema = z.array(MunicipalitySchema);

export const MunicipalityQuerySchema = z.object({
  q: z.string().trim().max(100, { error: 'zoekterm is te lang (maximaal 100 tekens)' }).optional(),
  limit: z.coerce
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een geheel getal zijn' })
    .min(1, { error: 'moet minstens 1 zijn' })
    .max(400, { error: 'mag hoogstens 400 zijn' })
    .default(20),
});
export type MunicipalityQuery = z.infer<typeof MunicipalityQuerySchema>;

export const MunicipalityParamsSchema = z.object({ cbsCode: CbsCodeSchema });
