/**
 * Generic input mutation for the fuzzers: byte-level (flips, interesting values, splices,
 * truncation) and JSON-level (a value replaced, removed, duplicated or retyped). Every choice
 * comes from the given PRNG, so case n of a run is the same on every machine.
 */
export type Rng = () => number;

export const pick = <T>(rng: Rng, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)] as T;
export const int = (rng: Rng, lo: number, hi: number): number =>
  lo + Math.floor(rng() * (hi - lo + 1));

/** Byte values and 32-bit words that tend to sit on a boundary: sizes, signs, NaN, infinity. */
const BYTES = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff, 0x0a, 0x3c, 0x3e, 0x22, 0x26, 0xc0, 0xed];
const WORDS = [0, 1, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, 0x7fc00000, 0x7f800000];

/** One to four byte-level mutations of `input`, with `others` as splice material. */
export function mutateBytes(
  rng: Rng,
  input: Uint8Array,
  others: readonly Uint8Array[],
): Uint8Array {
  let b = Uint8Array.from(input);
  const rounds = int(rng, 1, 4);
  for (let r = 0; r < rounds; r++) {
    const at = b.length === 0 ? 0 : int(rng, 0, b.length - 1);
    switch (int(rng, 0, 8)) {
      case 0: // flip a bit
        if (b.length > 0) b[at] = (b[at] as number) ^ (1 << int(rng, 0, 7));
        break;
      case 1: // an interesting byte
        if (b.length > 0) b[at] = pick(rng, BYTES);
        break;
      case 2: {
        // an interesting 32-bit word, either byte order
        const w = new DataView(new ArrayBuffer(4));
        w.setUint32(0, pick(rng, WORDS), rng() < 0.5);
        b = splice(b, at, Math.min(4, b.length - at), new Uint8Array(w.buffer));
        break;
      }
      case 3: // delete a range
        b = splice(b, at, int(rng, 1, 64), new Uint8Array(0));
        break;
      case 4: // duplicate a range in place
        b = splice(b, at, 0, b.slice(at, at + int(rng, 1, 256)));
        break;
      case 5: {
        // splice in part of another input
        const other = pick(rng, others);
        const from = other.length === 0 ? 0 : int(rng, 0, other.length - 1);
        b = splice(b, at, int(rng, 0, 32), other.slice(from, from + int(rng, 1, 512)));
        break;
      }
      case 6: // truncate
        b = b.slice(0, at);
        break;
      case 7: // random bytes
        b = splice(
          b,
          at,
          0,
          Uint8Array.from({ length: int(rng, 1, 16) }, () => int(rng, 0, 255)),
        );
        break;
      default: // repeat a short range many times (deep nesting, long runs)
        b = splice(b, at, 0, repeat(b.slice(at, at + int(rng, 1, 8)), int(rng, 2, 2000)));
    }
  }
  return b;
}

function splice(b: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length - Math.min(remove, b.length - at) + insert.length);
  out.set(b.subarray(0, at), 0);
  out.set(insert, at);
  out.set(b.subarray(at + remove), at + insert.length);
  return out;
}

function repeat(part: Uint8Array, times: number): Uint8Array {
  const out = new Uint8Array(part.length * times);
  for (let i = 0; i < times; i++) out.set(part, i * part.length);
  return out;
}

/** A random JSON value of bounded depth, using `words` for strings and keys. */
export function randomJson(rng: Rng, words: readonly string[], depth = 3): unknown {
  switch (int(rng, 0, depth <= 0 ? 5 : 7)) {
    case 0:
      return null;
    case 1:
      return rng() < 0.5;
    case 2:
      return pick(rng, [0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53, 2 ** 31, 65536, int(rng, -9, 99)]);
    case 3:
      return pick(rng, words);
    case 4:
      return pick(rng, ['', ' ', '\u0000', '\ud800', '../x', 'x'.repeat(int(rng, 100, 5000))]);
    case 5: // a word numbered, or words repeated up to a long legitimate text
      return rng() < 0.5
        ? pick(rng, words) + String(int(rng, 0, 9))
        : `${pick(rng, words)} `.repeat(int(rng, 1, 300));
    case 6:
      return Array.from({ length: int(rng, 0, 4) }, () => randomJson(rng, words, depth - 1));
    default:
      return Object.fromEntries(
        Array.from({ length: int(rng, 0, 4) }, () => [
          pick(rng, [...words, '__proto__', 'constructor']),
          randomJson(rng, words, depth - 1),
        ]),
      );
  }
}

/** One to three structural mutations of a JSON value (returns a new value). */
export function mutateJson(rng: Rng, value: unknown, words: readonly string[]): unknown {
  let v = structuredClone(value);
  const rounds = int(rng, 1, 3);
  for (let r = 0; r < rounds; r++) {
    const slots = containers(v);
    if (slots.length === 0 || rng() < 0.05) {
      v = randomJson(rng, words);
      continue;
    }
    const target = pick(rng, slots);
    const keys = Object.keys(target);
    const key = keys.length > 0 && rng() < 0.8 ? pick(rng, keys) : pick(rng, words);
    const t = target as Record<string, unknown>;
    switch (int(rng, 0, 4)) {
      case 0:
        delete t[key];
        break;
      case 1:
        t[key] = randomJson(rng, words);
        break;
      case 2: // the same value wrapped or doubled: a list where one was expected, and back
        t[key] = Array.isArray(t[key])
          ? [...(t[key] as unknown[]), ...(t[key] as unknown[])]
          : [t[key]];
        break;
      case 3: {
        // another value of this document in its place
        const all = containers(v);
        t[key] = structuredClone(pick(rng, all));
        break;
      }
      default:
        Object.defineProperty(t, pick(rng, words), {
          value: randomJson(rng, words, 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return v;
}

/** Every object and array inside `v`, `v` included. */
function containers(v: unknown, out: object[] = [], depth = 0): object[] {
  if (typeof v !== 'object' || v === null || depth > 12) return out;
  out.push(v);
  for (const x of Object.values(v)) containers(x, out, depth + 1);
  return out;
}

/** The words of a JSON value: its keys and string values, for mutations to reuse. */
export function jsonWords(v: unknown, out = new Set<string>()): string[] {
  if (typeof v === 'string') out.add(v);
  else if (typeof v === 'object' && v !== null)
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      jsonWords(x, out);
    }
  return [...out];
}
