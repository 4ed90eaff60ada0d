/**
 * Strict UTF-8 for header strings. src/shared has no TextEncoder/TextDecoder types (no DOM or
 * Node lib), and decoding must be strict anyway: a lossy decode would make re-writing a file
 * produce different bytes.
 */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  let at = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    // A lone surrogate has no UTF-8 form: written as 3 bytes, no reader (ours included) takes it.
    if (c >= 0xd800 && c <= 0xdfff)
      throw new RangeError(
        `string ${JSON.stringify(text.slice(0, 40))} has a lone UTF-16 surrogate U+${c.toString(16).toUpperCase()} at index ${at}; .pose strings must be valid Unicode text`,
      );
    at += ch.length;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else
      bytes.push(
        0xf0 | (c >> 18),
        0x80 | ((c >> 12) & 0x3f),
        0x80 | ((c >> 6) & 0x3f),
        0x80 | (c & 0x3f),
      );
  }
  return Uint8Array.from(bytes);
}

/** Decodes bytes[start, end); undefined when they are not well-formed UTF-8. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string | undefined {
  let out = '';
  let i = start;
  while (i < end) {
    const b0 = bytes[i] ?? 0;
    let length: number;
    let code: number;
    let min: number;
    if (b0 < 0x80) [length, code, min] = [1, b0, 0];
    else if ((b0 & 0xe0) === 0xc0) [length, code, min] = [2, b0 & 0x1f, 0x80];
    else if ((b0 & 0xf0) === 0xe0) [length, code, min] = [3, b0 & 0x0f, 0x800];
    else if ((b0 & 0xf8) === 0xf0) [length, code, min] = [4, b0 & 0x07, 0x10000];
    else return undefined;
    if (i + length > end) return undefined;
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k] ?? 0;
      if ((b & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (b & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}
