import { EngineInputError } from './errors.ts';
import type { Assumptions, Driver, LineInput, Profile } from './types.ts';

/**
 * Size ratio own/model for a driver (dimensionless); 1 for `fixed`.
 * Throws EngineInputError when the model value is not a positive number (`modelProfile.<driver>`)
 * or the own value is negative (`profile.<driver>`).
 */
export function scaleRatio(driver: Driver, profile: Profile, modelProfile: Profile): number {
  if (driver === 'fixed') return 1;
  const model = modelProfile[driver];
  const own = profile[driver];
  if (typeof model !== 'number' || !Number.isFinite(model) || model <= 0) {
    throw new EngineInputError(`modelProfile.${driver}`, 'must be a positive number to scale lines by it');
  }
  if (typeof own !== 'number' || !Number.isFinite(own) || own < 0) {
    throw new EngineInputError(`profile.${driver}`, 'must be a number ≥ 0');
  }
  return own / model;
}

/**
 * The elasticity exponent a line scales with: 0 for `fixed` and for a line whose quantity is the
 * municipality's own value (ownQuantity), else the line's own value, else the budget default for
 * the driver, else 1 (packages/engine/README.md).
 */
export function effectiveElasticity(
  line: Pick<LineInput, 'driver' | 'elasticity' | 'ownQuantity'>,
  assumptions: Pick<Assumptions, 'defaultElasticity'>,
): number {
  if (line.driver === 'fixed' || line.ownQuantity === true) return 0;
  if (line.elasticity != null) return line.elasticity;
  const fallback = assumptions.defaultElasticity?.[line.driver];
  return fallback ?? 1;
}
