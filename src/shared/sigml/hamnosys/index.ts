/** The HamNoSys grammar: a recursive-descent parser over one sign's manual symbol sequence. */
export { parseManual } from './sign';
export type { ManualToken, GrammarReport } from './cursor';
