export * from './spec';
export * from './diagnostics';
export type * from './result';
export { parseSigml } from './parse-sigml';
export { serializeSigml, manualSymbols, signManualSymbols } from './serialize';
export { lexiconStats } from './stats';
export type { LexiconStats } from './stats';
