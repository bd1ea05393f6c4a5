import { z } from 'zod';

// Shared building blocks. Bounds are "sane input" limits, not business rules: they keep the engine
// inside safe-integer arithmetic and keep a typo (an extra zero or three) from silently producing nonsense.

/** Largest amount a single line may carry: € 10 miljard in cents. Far above any ICT line, far below 2^53. */
export const MAX_CENTS = 1_000_000_000_000;

/** Integer euro cents, ≥ 0. */
export const CentsSchema = z
  .number({ error: 'moet een bedrag in centen zijn (geheel getal)' })
  .int({ error: 'moet een geheel aantal centen zijn' })
  .min(0, { error: 'mag niet negatief zijn' })
  .max(MAX_CENTS, { error: 'is te groot (maximaal € 10 miljard)' });

/**
 * A line amount that may be negative: a saving (besparing) on a line the municipality adds itself.
 * Bounded like CentsSchema on both sides.
 */
export const SignedAmountCentsSchema = z
  .number({ error: 'moet een bedrag in centen zijn (geheel getal)' })
  .int({ error: 'moet een geheel aantal centen zijn' })
  .min(-MAX_CENTS, { error: 'is te klein (minimaal € -10 miljard)' })
  .max(MAX_CENTS, { error: 'is te groot (maximaal € 10 miljard)' });

/** Integer cents that may be negative (differences between budgets). */
export const SignedCentsSchema = z.number().int();

export const PercentSchema = z
  .number({ error: 'moet een percentage zijn' })
  .min(0, { error: 'mag niet kleiner zijn dan 0 %' })
  .max(100, { error: 'mag niet groter zijn dan 100 %' });

export const ElasticitySchema = z
  .number({ error: 'moet een getal zijn' })
  .min(-1, { error: 'mag niet kleiner zijn dan -1' })
  .max(3, { error: 'mag niet groter zijn dan 3' });

export const YearSchema = z
  .number({ error: 'moet een jaartal zijn' })
  .int({ error: 'moet een geheel jaartal zijn' })
  .min(2000, { error: 'moet 2000 of later zijn' })
  .max(2100, { error: 'moet 2100 of eerder zijn' });

export const HorizonYearsSchema = z
  .number({ error: 'moet een aantal jaren zijn' })
  .int({ error: 'moet een geheel aantal jaren zijn' })
  .min(1, { error: 'moet minstens 1 jaar zijn' })
  .max(10, { error: 'mag hoogstens 10 jaar zijn' });

/** ISO date (yyyy-mm-dd). */
/**
 * A calendar date (jjjj-mm-dd). Years are bounded: PostgreSQL has no year 0, and a reference date
 * or key period outside 1900–2199 is a typing error, not a plan.
 */
export const IsoDateSchema = z.iso
  .date({ error: 'moet een datum zijn (jjjj-mm-dd)' })
  .refine((date) => date >= '1900-01-01' && date <= '2199-12-31', {
    error: 'moet een datum tussen 1900 en 2199 zijn',
  });

/** Database ids are UUIDs; validating them up front turns a malformed id into a 400 instead of a database error. */
export const UuidSchema = z.uuid({ error: 'is geen geldige verwijzing (controleer het adres of kies opnieuw)' });

/** Free-text keys (catalog keys, scale keys, role keys). */
export const KeySchema = z
  .string()
  .trim()
  .min(1, { error: 'mag niet leeg zijn' })
  .max(200, { error: 'is te lang (maximaal 200 tekens)' });

export const NameSchema = z
  .string()
  .trim()
  .min(1, { error: 'mag niet leeg zijn' })
  .max(200, { error: 'is te lang (maximaal 200 tekens)' });

export const TextSchema = z.string().max(5000, { error: 'is te lang (maximaal 5000 tekens)' });

export const JustificationSchema = z
  .string({ error: 'toelichting is verplicht' })
  .trim()
  .min(3, { error: 'toelichting is verplicht (minstens 3 tekens)' })
  .max(2000, { error: 'toelichting is te lang (maximaal 2000 tekens)' });

/** Per-year amounts: year → cents. JSON object keys are strings; zod accepts numeric strings for number keys. */
export const YearAmountsSchema = z.record(z.number().int(), z.number().int());

/** Query-string boolean ("true"/"false"/"1"/"0"). */
export const QueryBooleanSchema = z.stringbool({ error: 'moet true of false zijn' });

/** Timestamps travel as ISO strings. */
export const TimestampSchema = z.string();
