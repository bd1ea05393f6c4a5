export * from './types.ts';
export { calculate } from './calculate.ts';
export { EngineInputError } from './errors.ts';
export { roundEuro, splitWholeEuros } from './rounding.ts';
export { scaleRatio, effectiveElasticity } from './scaling.ts';
export { monthlySalaryCents } from './salary.ts';
