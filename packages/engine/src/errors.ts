/**
 * Thrown for inputs the engine cannot compute (unknown salary scale, unknown development, a model
 * driver value of 0, a negative horizon, …). `field` is a path into CalculationInput such as
 * `lines[3].salaryScale`, so the API can answer 400 naming the field instead of 500.
 */
export class EngineInputError extends Error {
  /** Path into the CalculationInput, e.g. `lines[3].salaryScale` or `modelProfile.inhabitants`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'EngineInputError';
    this.field = field;
  }
}

/** A finite number, or an EngineInputError naming the field. */
export function requireFinite(value: number | null | undefined, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EngineInputError(field, value == null ? 'is required' : 'must be a finite number');
  }
  return value;
}

/** An integer ≥ min, or an EngineInputError naming the field. */
export function requireInteger(value: number | null | undefined, field: string, min: number): number {
  const n = requireFinite(value, field);
  if (!Number.isInteger(n) || n < min) throw new EngineInputError(field, `must be a whole number ≥ ${min}`);
  return n;
}
