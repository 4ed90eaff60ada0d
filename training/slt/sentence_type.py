"""The sentence type of English text, by the same surface rules as the TypeScript metric
(src/shared/metrics/sentence-type.ts, used by `eval slt`): a question mark with a wh-word first →
wh-question; another question → yes/no; n't, not, never or no → negation; otherwise a statement.
training/tests/test_slt_sentence_type.py holds the two together on shared examples.

Training labels come from the reference English, not the corpus's `kind`, so a real corpus given
as .pose files and a CSV of text gets them too.
"""
from __future__ import annotations

import re

SENTENCE_TYPES = ("statement", "yn-question", "wh-question", "negation")
WH_WORDS = {"who", "whom", "whose", "what", "which", "where", "when", "why", "how"}
NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


def _first_word(t: str) -> str:
    # JS /[\p{L}']+/u: the first run of letters and apostrophes.
    m = re.search(r"(?:[^\W\d_]|')+", t)
    return m.group(0) if m else ""


def sentence_type(text: str) -> str:
    t = text.strip()
    if "?" in t:
        return "wh-question" if _first_word(t.lower()) in WH_WORDS else "yn-question"
    return "negation" if NEGATION.search(t) else "statement"


def sentence_type_id(text: str) -> int:
    return SENTENCE_TYPES.index(sentence_type(text))
