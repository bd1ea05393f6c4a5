import { z } from 'zod';
import { CbsCodeSchema } from './profile.ts';

export const MunicipalitySchema = z.object({
  cbsCode: z.string(),
  name: z.string(),
  province: z.string(),
  inhabitants: z.number().int(),
  referenceDate: z.string(),
  source: z.string(),
  /** round(inhabitants × 1.000 / 100.000): the model's staff ratio. */
  suggestedEmployees: z.number().int(),
  /** max(1, round(inhabitants × 40 / 100.000)). */
  suggestedDepartments: z.number().int(),
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
