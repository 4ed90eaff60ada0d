/**
 * The calibration / held-out split of the team's text → gloss fixtures (substitution pairs, test
 * sentences), fixed by the text itself so it never changes from run to run and an item added later
 * never moves an old one: FNV-1a (32-bit) over the UTF-16 code units of the key (lower-cased,
 * whitespace collapsed, trimmed), then MurmurHash3's fmix32 finaliser; an odd result is held out.
 * The finaliser matters: FNV-1a's low bit is only the parity of the odd code units, so the bare
 * hash would split by spelling, not at random.
 */
export const SPLITS = ['calibration', 'held-out'] as const;
export type Split = (typeof SPLITS)[number];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The key as it is hashed: case and spacing do not move an item between halves. */
export function splitKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** FNV-1a then fmix32, unsigned 32-bit. Exported so the documentation's examples can be checked. */
export function splitHash(text: string): number {
  const key = splitKey(text);
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Which half `text` belongs to: tune rules and fit thresholds on `calibration` only. */
export function splitOf(text: string): Split {
  return splitHash(text) % 2 === 1 ? 'held-out' : 'calibration';
}
