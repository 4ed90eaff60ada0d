export * from './spec';
export * from './diagnostics';
export type * from './result';
