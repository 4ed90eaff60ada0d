/**
 * The project's one UTF-8 codec: the standard TextEncoder / TextDecoder (WHATWG Encoding, global
 * in Node, browsers and workers alike). tsconfig.shared.json has neither DOM nor Node types, so
 * the two constructors are typed here by the little this module uses. Decoding is strict (`fatal`)
 * and keeps a leading BOM (`ignoreBOM`): a lossy decode turns a user's bad bytes into other
 * characters without a word, and re-writing what was read would then give different bytes.
 */
interface Utf8Decoder {
  decode(bytes: Uint8Array, options?: { stream?: boolean }): string;
}
interface EncodingGlobals {
  readonly TextEncoder: new () => { encode(text: string): Uint8Array };
  readonly TextDecoder: new (
    label: 'utf-8',
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => Utf8Decoder;
}
const { TextEncoder: Encoder, TextDecoder: Decoder } = globalThis as unknown as EncodingGlobals;

const ENCODER = new Encoder();
const STRICT = new Decoder('utf-8', { fatal: true, ignoreBOM: true });
const LOSSY = new Decoder('utf-8', { fatal: false, ignoreBOM: true });
/** With the `u` flag a surrogate pair is one code point, so this matches only lone halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Where the first malformed sequence starts: in the bytes, and in the text decoded before it. */
export interface Utf8Fault {
  readonly byteOffset: number;
  readonly charOffset: number;
}

/** UTF-8 of `text`; a lone surrogate has no UTF-8 form (TextEncoder would write U+FFFD), so it throws. */
export function encodeUtf8(text: string, what = 'text'): Uint8Array {
  const lone = LONE_SURROGATE.exec(text);
  if (lone !== null) {
    const code = text.charCodeAt(lone.index).toString(16).toUpperCase();
    throw new RangeError(
      `${what} ${JSON.stringify(text.slice(0, 40))} has a lone UTF-16 surrogate U+${code} at index ${lone.index}; it must be valid Unicode text (surrogates only in pairs)`,
    );
  }
  return ENCODER.encode(text);
}

/** Text of well-formed UTF-8 `bytes`; throws naming `what` and the offset of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return STRICT.decode(bytes);
  } catch {
    const fault = findInvalidUtf8(bytes);
    throw new RangeError(
      `${what} is not valid UTF-8: malformed byte sequence at byte ${fault?.byteOffset ?? 0} of ${bytes.length}`,
    );
  }
}

/** Text of `bytes` with each malformed sequence shown as U+FFFD: only for showing a fault. */
export function decodeUtf8Lossy(bytes: Uint8Array): string {
  return LOSSY.decode(bytes);
}

/** The first malformed sequence in `bytes`, or undefined when all of it is UTF-8. */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Fault | undefined {
  try {
    STRICT.decode(bytes);
    return undefined;
  } catch {
    // Streaming holds back an incomplete tail and throws only on a definite error, so "the prefix
    // decodes" is monotone in its length: binary search for the longest such prefix.
    const prefixDecodes = (end: number): string | undefined => {
      try {
        return new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
          bytes.subarray(0, end),
          { stream: true },
        );
      } catch {
        return undefined;
      }
    };
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (prefixDecodes(mid) !== undefined) lo = mid;
      else hi = mid - 1;
    }
    // What decoded before the fault is valid text: its UTF-8 length is where the fault starts.
    const before = prefixDecodes(lo) ?? '';
    return { byteOffset: ENCODER.encode(before).length, charOffset: before.length };
  }
}
