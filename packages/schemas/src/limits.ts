/**
 * The limits a zod schema enforces, for forms that must enforce the same ones before sending
 * (min/max of a number, min/max length of a string), read from the schema itself so a form
 * cannot drift from the API. Optional/nullable wrappers are looked through.
 */
export interface SchemaLimits {
  min: number | null;
  max: number | null;
  minLength: number | null;
  maxLength: number | null;
}

interface Inspectable {
  unwrap?: () => unknown;
  minValue?: number | null;
  maxValue?: number | null;
  minLength?: number | null;
  maxLength?: number | null;
}

export function limitsOf(schema: unknown): SchemaLimits {
  let s = schema as Inspectable | undefined;
  for (let depth = 0; s && typeof s.unwrap === 'function' && depth < 5; depth++) s = s.unwrap() as Inspectable;
  const finite = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : null);
  return {
    min: finite(s?.minValue),
    max: finite(s?.maxValue),
    minLength: finite(s?.minLength),
    maxLength: finite(s?.maxLength),
  };
}
