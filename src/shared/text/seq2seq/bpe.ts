/**
 * Byte-pair encoding as training/t2g/text.py applies it: a word is split into characters (the last
 * one marked with END), then the adjacent pair with the lowest merge rank is merged everywhere,
 * repeatedly. Pieces that do not end a word carry the CONT suffix ("mittag@@ temperaturen").
 */
export const BPE_END = '</w>';
export const BPE_CONT = '@@';

export class Bpe {
  private readonly ranks = new Map<string, number>();
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly merges: readonly (readonly [string, string])[]) {
    merges.forEach(([a, b], i) => {
      const key = pairKey(a, b);
      if (!this.ranks.has(key)) this.ranks.set(key, i);
    });
  }

  word(word: string): string[] {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    let syms = [...word];
    if (syms.length === 0) return [];
    syms[syms.length - 1] += BPE_END;
    while (syms.length > 1) {
      let best = -1;
      for (let i = 0; i + 1 < syms.length; i++) {
        const r = this.ranks.get(pairKey(syms[i] ?? '', syms[i + 1] ?? ''));
        if (r !== undefined && (best < 0 || r < best)) best = r;
      }
      if (best < 0) break;
      const [a, b] = this.merges[best] ?? ['', ''];
      const out: string[] = [];
      for (let i = 0; i < syms.length; i++) {
        if (i + 1 < syms.length && syms[i] === a && syms[i + 1] === b) {
          out.push(a + b);
          i++;
        } else {
          out.push(syms[i] ?? '');
        }
      }
      syms = out;
    }
    const pieces = syms.map((s) =>
      s.endsWith(BPE_END) ? s.slice(0, -BPE_END.length) : s + BPE_CONT,
    );
    this.cache.set(word, pieces);
    return pieces;
  }

  /** Pieces of an already normalized, space-separated sentence. */
  encode(normalized: string): string[] {
    return normalized
      .split(' ')
      .filter((w) => w.length > 0)
      .flatMap((w) => this.word(w));
  }
}

// \u0000 never occurs in text, so the pair key is unambiguous.
const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;
