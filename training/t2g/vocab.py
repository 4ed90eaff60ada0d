"""Token ↔ id tables. Ids 0..3 are the specials, in the same order on both sides."""
from __future__ import annotations

from collections import Counter
from typing import Dict, Iterable, List, Sequence

PAD, UNK, BOS, EOS = 0, 1, 2, 3
SPECIALS = ["<pad>", "<unk>", "<s>", "</s>"]


class Vocab:
    def __init__(self, tokens: Sequence[str]):
        if list(tokens[: len(SPECIALS)]) != SPECIALS:
            raise ValueError(f"vocab must start with {SPECIALS}, got {list(tokens[:4])}")
        self.itos: List[str] = list(tokens)
        self.stoi: Dict[str, int] = {t: i for i, t in enumerate(self.itos)}

    @classmethod
    def build(cls, token_lists: Iterable[Sequence[str]], min_freq: int = 1) -> "Vocab":
        counts: Counter = Counter()
        for toks in token_lists:
            counts.update(toks)
        # Frequency order, ties by text: deterministic ids for the same corpus.
        ordered = sorted((t for t, c in counts.items() if c >= min_freq), key=lambda t: (-counts[t], t))
        return cls(SPECIALS + [t for t in ordered if t not in SPECIALS])

    def __len__(self) -> int:
        return len(self.itos)

    def ids(self, tokens: Sequence[str]) -> List[int]:
        return [self.stoi.get(t, UNK) for t in tokens]

    def tokens(self, ids: Sequence[int]) -> List[str]:
        return [self.itos[i] for i in ids if i not in (PAD, BOS, EOS)]
