"""Token tables for sign → text: CTC tokens over glosses (fingerspelling as letters) and English
pieces for the attention decoder.

- CTC: id 0 is the blank, 1 is <unk>, then the 26 letter tokens `#A`..`#Z` (always present, so a
  name never seen in train can still be read letter by letter), then the train glosses by
  frequency. `fs-JOHN` becomes `#J #O #H #N`; greedy CTC output joins letter runs back into `fs-`.
- English: references keep their case and punctuation (names and questions matter in the app),
  split into words and marks, then BPE (training/t2g/text.py) so unseen names fall into pieces.
"""
from __future__ import annotations

import re
import string
from collections import Counter
from typing import Iterable, List, Sequence

from ..t2g.text import Bpe, decode_pieces
from ..t2g.vocab import Vocab

BLANK, CTC_UNK = 0, 1
FS_PREFIX = "fs-"  # src/shared/text/result.ts FINGERSPELL_PREFIX
LETTER_PREFIX = "#"
LETTERS = [LETTER_PREFIX + c for c in string.ascii_uppercase]


def gloss_tokens(glosses: Sequence[str]) -> List[str]:
    """Glosses → CTC tokens: `fs-WORD` → letters; other glosses stay whole."""
    out: List[str] = []
    for g in glosses:
        if g.startswith(FS_PREFIX):
            out.extend(LETTER_PREFIX + c for c in g[len(FS_PREFIX):].upper() if "A" <= c <= "Z")
        else:
            out.append(g)
    return out


def join_letters(tokens: Sequence[str]) -> List[str]:
    """CTC tokens → glosses: a run of letter tokens is one fingerspelled gloss."""
    out: List[str] = []
    run = ""
    for t in tokens:
        if t.startswith(LETTER_PREFIX) and len(t) == 2:
            run += t[1]
            continue
        if run:
            out.append(FS_PREFIX + run)
            run = ""
        out.append(t)
    if run:
        out.append(FS_PREFIX + run)
    return out


class CtcVocab:
    def __init__(self, itos: Sequence[str]):
        if list(itos[:2]) != ["<blank>", "<unk>"] or list(itos[2 : 2 + len(LETTERS)]) != LETTERS:
            raise ValueError(f"CTC vocab must start with <blank> <unk> #A..#Z, got {list(itos[:4])}...")
        self.itos = list(itos)
        self.stoi = {t: i for i, t in enumerate(self.itos)}

    @classmethod
    def build(cls, gloss_lists: Iterable[Sequence[str]]) -> "CtcVocab":
        counts: Counter = Counter()
        for gl in gloss_lists:
            counts.update(t for t in gloss_tokens(gl) if t not in LETTERS)
        ordered = sorted(counts, key=lambda t: (-counts[t], t))
        return cls(["<blank>", "<unk>"] + LETTERS + ordered)

    def __len__(self) -> int:
        return len(self.itos)

    def encode(self, glosses: Sequence[str]) -> List[int]:
        return [self.stoi.get(t, CTC_UNK) for t in gloss_tokens(glosses)]

    def decode(self, ids: Sequence[int]) -> List[str]:
        return join_letters([self.itos[i] for i in ids if i != BLANK])


_WORDS = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)
_NO_SPACE_BEFORE = set(".,!?;:%)]}'’”")
_NO_SPACE_AFTER = set("([{$“")


def english_words(text: str) -> List[str]:
    """'Do you have a receipt?' → ['Do', 'you', 'have', 'a', 'receipt', '?']."""
    return _WORDS.findall(text)


def detokenize(words: Sequence[str]) -> str:
    out = ""
    for w in words:
        if out and w not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += w
    return out


class TextCodec:
    """English text ↔ decoder ids (t2g's specials: <pad> <unk> <s> </s> = 0..3)."""

    def __init__(self, merges: Sequence[Sequence[str]], itos: Sequence[str]):
        self.bpe = Bpe(merges)
        self.vocab = Vocab(itos)

    @classmethod
    def build(cls, texts: Sequence[str], merges: int) -> "TextCodec":
        from ..t2g.text import learn_bpe

        lines = [" ".join(english_words(t)) for t in texts]
        bpe = Bpe(learn_bpe(lines, merges))
        return cls(bpe.merges, Vocab.build(bpe.encode(line) for line in lines).itos)

    def __len__(self) -> int:
        return len(self.vocab)

    def encode(self, text: str) -> List[int]:
        return self.vocab.ids(self.bpe.encode(" ".join(english_words(text))))

    def decode(self, ids: Sequence[int]) -> str:
        return detokenize(decode_pieces(self.vocab.tokens(ids)).split())
