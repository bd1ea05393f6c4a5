export * from './schema/index.ts';
export * from './client.ts';
export * from './errors.ts';
export * from './queries.ts';
export * from './prepared.ts';
