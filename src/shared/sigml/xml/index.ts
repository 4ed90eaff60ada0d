export * from './types';
export { parseXml } from './parse';
export { tokenizeXml } from './tokenizer';
export type { XmlToken, RawAttribute, TokenProblem } from './tokenizer';
export { decodeEntities } from './entities';
export { LineIndex } from './positions';
