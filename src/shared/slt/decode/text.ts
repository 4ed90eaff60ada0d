/**
 * English decoder ids → text, as training/slt/vocab.py TextCodec.decode: specials dropped, BPE
 * pieces joined ("go@@ ing" → "going"), then words detokenized (no space before . , ? ! etc.).
 */
import type { SltVocab } from './vocab';

const NO_SPACE_BEFORE = new Set([...".,!?;:%)]}'’”"]);
const NO_SPACE_AFTER = new Set([...'([{$“']);

export function detokenize(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    if (out && !NO_SPACE_BEFORE.has(w) && !NO_SPACE_AFTER.has(out.at(-1) ?? '')) out += ' ';
    out += w;
  }
  return out;
}

/** t2g text.py decode_pieces: a piece ending in the continuation mark joins the next one. */
export function joinPieces(pieces: readonly string[], cont: string): string[] {
  return pieces
    .join(' ')
    .replaceAll(`${cont} `, '')
    .replaceAll(cont, '')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
}

export function decodeText(ids: readonly number[], text: SltVocab['text']): string {
  const skip = new Set([text.pad, text.bos, text.eos]);
  const pieces = ids.filter((i) => !skip.has(i)).map((i) => text.vocab[i] ?? '<unk>');
  return detokenize(joinPieces(pieces, text.cont));
}
