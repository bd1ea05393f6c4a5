export * from './schema/index.ts';
export * from './client.ts';
export * from './errors.ts';
export * from './mappers.ts';
export * from './queries.ts';
export { createModelBudget, type CreateModelBudgetInput } from '../seed/factories.ts';
