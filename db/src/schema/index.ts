export * from './enums.ts';
export * from './catalog.ts';
export * from './municipalities.ts';
export * from './organisations.ts';
export * from './budgets.ts';
export * from './reference-data.ts';
export * from './accounts.ts';
export * from './instance-state.ts';
