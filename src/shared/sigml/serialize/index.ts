export { serializeSigml, escapeAttribute } from './document';
export { manualSymbols, signManualSymbols } from './manual';
