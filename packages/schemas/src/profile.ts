import { z } from 'zod';

const count = (label: string, max: number) =>
  z
    .number({ error: `${label} moet een getal zijn` })
    .int({ error: `${label} moet een geheel getal zijn` })
    .min(1, { error: `${label} moet minstens 1 zijn` })
    .max(max, { error: `${label} is te groot (maximaal ${max.toLocaleString('nl-NL')})` });

/** Size of a municipality (engine Profile). All ≥ 1: the engine divides by the model's and scales by the own. */
export const ProfileSchema = z.object({
  inhabitants: count('inwoners', 50_000_000),
  employees: count('medewerkers', 1_000_000),
  departments: count('afdelingen', 100_000),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A profile as a budget stores it: the numbers plus where they came from. */
export const BudgetProfileSchema = ProfileSchema.extend({
  cbsCode: z.string().nullable().optional(),
  name: z.string(),
  referenceDate: z.string().nullable().optional(),
});
export type BudgetProfile = z.infer<typeof BudgetProfileSchema>;

/** Profile input when creating/patching a budget: the name is optional (taken from the CBS list when a cbsCode is given). */
export const ProfileInputSchema = ProfileSchema.extend({
  name: z
    .string()
    .trim()
    .min(1, { error: 'naam mag niet leeg zijn' })
    .max(200, { error: 'naam is te lang' })
    .optional(),
});
export type ProfileInput = z.infer<typeof ProfileInputSchema>;

export const CbsCodeSchema = z
  .string({ error: 'moet een CBS-gemeentecode zijn (GM0000)' })
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, { error: 'moet een CBS-gemeentecode zijn (bijv. GM0310)' });
