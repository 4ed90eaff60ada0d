export * from './spec';
export * from './diagnostics';
export type * from './result';
export { parseSigml } from './parse-sigml';
