"""Source text normalization and byte-pair encoding (BPE).

Why subwords on the source side: German compounds ("mittagstemperaturen", "osterwetter") are
frequent, most dev-set out-of-vocabulary words are compounds of known words, and the glosses
split them ("MITTAG TEMPERATUR"), so pieces carry the signal a whole-word vocabulary loses.
Why whole words on the gloss side: glosses are ids of signs in a closed set (about 1.2k); pieces
would let the model spell glosses that no lexicon has.

The TypeScript runtime (src/shared/text/seq2seq/bpe.ts) implements the same algorithm; the two
must stay byte-for-byte equal, which test/integration/t2g checks on the dev set.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Dict, Iterable, List, Sequence, Tuple

END = "</w>"  # marks the last symbol of a word while merging
CONT = "@@"  # suffix of a piece that is not the end of its word (subword-nmt convention)

_SENTENCE_END = re.compile(r"[.!?]+")
_OTHER_PUNCT = re.compile(r"[^\w\s.]", re.UNICODE)
_UNDERSCORE = re.compile(r"_")


def normalize(text: str) -> str:
    """PHOENIX style: lowercase, sentence-final punctuation as a separate ".", other marks dropped."""
    t = unicodedata.normalize("NFC", text).lower()
    t = _SENTENCE_END.sub(" . ", t)
    t = _OTHER_PUNCT.sub(" ", t)
    t = _UNDERSCORE.sub(" ", t)
    return " ".join(t.split())


def _word_symbols(word: str) -> Tuple[str, ...]:
    chars = list(word)
    chars[-1] = chars[-1] + END
    return tuple(chars)


def learn_bpe(lines: Iterable[str], merges: int, min_freq: int = 2) -> List[Tuple[str, str]]:
    """Greedy BPE (Sennrich et al. 2016) over word types; ties broken by the pair's text."""
    words: Counter = Counter()
    for line in lines:
        words.update(line.split())
    vocab: Dict[Tuple[str, ...], int] = {_word_symbols(w): c for w, c in words.items()}
    result: List[Tuple[str, str]] = []
    for _ in range(merges):
        pairs: Counter = Counter()
        for syms, c in vocab.items():
            for a, b in zip(syms, syms[1:]):
                pairs[(a, b)] += c
        if not pairs:
            break
        best, freq = min(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
        if freq < min_freq:
            break
        result.append(best)
        merged = best[0] + best[1]
        new_vocab: Dict[Tuple[str, ...], int] = {}
        for syms, c in vocab.items():
            out: List[str] = []
            i = 0
            while i < len(syms):
                if i + 1 < len(syms) and syms[i] == best[0] and syms[i + 1] == best[1]:
                    out.append(merged)
                    i += 2
                else:
                    out.append(syms[i])
                    i += 1
            new_vocab[tuple(out)] = new_vocab.get(tuple(out), 0) + c
        vocab = new_vocab
    return result


class Bpe:
    """Applies learned merges: repeatedly merge the adjacent pair with the lowest merge rank."""

    def __init__(self, merges: Sequence[Sequence[str]]):
        self.merges = [(a, b) for a, b in merges]
        self.ranks: Dict[Tuple[str, str], int] = {}
        for i, pair in enumerate(self.merges):
            self.ranks.setdefault(pair, i)  # a repeated merge keeps its first rank
        self._cache: Dict[str, List[str]] = {}

    def word(self, word: str) -> List[str]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        syms = list(_word_symbols(word))
        while len(syms) > 1:
            best_rank, best_i = None, -1
            for i in range(len(syms) - 1):
                r = self.ranks.get((syms[i], syms[i + 1]))
                if r is not None and (best_rank is None or r < best_rank):
                    best_rank, best_i = r, i
            if best_rank is None:
                break
            a, b = self.merges[best_rank]
            out: List[str] = []
            i = 0
            while i < len(syms):
                if i + 1 < len(syms) and syms[i] == a and syms[i + 1] == b:
                    out.append(a + b)
                    i += 2
                else:
                    out.append(syms[i])
                    i += 1
            syms = out
        pieces = [s[: -len(END)] if s.endswith(END) else s + CONT for s in syms]
        self._cache[word] = pieces
        return pieces

    def encode(self, normalized: str) -> List[str]:
        return [p for w in normalized.split() for p in self.word(w)]


def decode_pieces(pieces: Sequence[str]) -> str:
    """Inverse of Bpe.encode (for logs): join pieces ending in "@@" to the next one."""
    return " ".join(pieces).replace(CONT + " ", "").replace(CONT, "")
