import { HAM_SYMBOL_NAMES } from '../../../src/shared/sigml';
import { mulberry32 } from '../../helpers/prng';

/** Deterministic PRNG: the same seed gives the same mutations on every run. */
export const rng = mulberry32;

const GARBAGE = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '/',
  '=',
  '\u0000',
  '\u0007',
  '\uFFFF',
  '\uFEFF',
  'é',
  '☺',
  '&amp',
  '<!--',
  ']]>',
  '<![CDATA[',
  '<?',
  '\n',
];
const NAMES = [
  ...HAM_SYMBOL_NAMES,
  'hambogus',
  'HAMFIST',
  'hnm_head',
  'hnm_mouthpicture',
  'hnm_nope',
  'hns_sign',
  'hamnosys_manual',
  'hamnosys_nonmanual',
  'sigml',
  'x',
];
const ATTR_NAMES = ['gloss', 'tag', 'picture', 'speed', 'x', 'tag', 'y:z'];
const ATTR_VALUES = ['NO', 'RB', 'ZZ', '', 'a&amp;b', '&bogus;', '<', 'C01', 'D99', 'skQtl@nd'];

type Mutation = (lines: string[], pick: <T>(xs: readonly T[]) => T, r: () => number) => string[];

const int = (r: () => number, n: number): number => Math.floor(r() * n);

function randomElement(pick: <T>(xs: readonly T[]) => T, r: () => number): string {
  const attrs =
    r() < 0.4
      ? ` ${pick(ATTR_NAMES)}=${r() < 0.5 ? '"' : "'"}${pick(ATTR_VALUES)}${r() < 0.9 ? (r() < 0.5 ? '"' : "'") : ''}`
      : '';
  return `<${pick(NAMES)}${attrs}${r() < 0.8 ? ' />' : '>'}`;
}

/** Mutations at the level of lines (one element per line in the real files) and characters. */
export const MUTATIONS: Record<string, Mutation> = {
  drop: (l, _p, r) => l.filter((_, i) => i !== int(r, l.length)),
  duplicate: (l, _p, r) => {
    const i = int(r, l.length);
    return [...l.slice(0, i + 1), l[i] ?? '', ...l.slice(i + 1)];
  },
  swap: (l, _p, r) => {
    const out = [...l];
    const i = int(r, out.length);
    const j = int(r, out.length);
    [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    return out;
  },
  insert: (l, p, r) => {
    const i = int(r, l.length + 1);
    return [...l.slice(0, i), randomElement(p, r), ...l.slice(i)];
  },
  truncate: (l, _p, r) => {
    const text = l.join('\n');
    return [text.slice(0, int(r, text.length + 1))];
  },
  garbage: (l, p, r) => {
    const text = l.join('\n');
    const at = int(r, text.length + 1);
    const junk = Array.from({ length: 1 + int(r, 4) }, () => p(GARBAGE)).join('');
    return [text.slice(0, at) + junk + text.slice(at)];
  },
  breakTag: (l, _p, r) => {
    const text = l.join('\n');
    const tags = [...text.matchAll(/[<>/]/g)].map((m) => m.index);
    const at = tags[int(r, tags.length)] ?? 0;
    return [text.slice(0, at) + text.slice(at + 1)];
  },
  attribute: (l, p, r) => {
    const i = int(r, l.length);
    const out = [...l];
    out[i] = (out[i] ?? '').replace(/<([A-Za-z_]\w*)/, `<$1 ${p(ATTR_NAMES)}="${p(ATTR_VALUES)}"`);
    return out;
  },
  nest: (l, _p, r) => {
    const i = int(r, l.length + 1);
    const depth = 1 + int(r, 80);
    const open = Array.from({ length: depth }, () =>
      r() < 0.5 ? '<hamparbegin/>' : '<hamseqbegin/>',
    );
    return [...l.slice(0, i), ...open, ...l.slice(i)];
  },
  caseChange: (l, _p, r) => {
    const i = int(r, l.length);
    const out = [...l];
    out[i] = (out[i] ?? '').toUpperCase();
    return out;
  },
};
export const MUTATION_NAMES = Object.keys(MUTATIONS);
