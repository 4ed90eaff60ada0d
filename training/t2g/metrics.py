"""Reference implementations of the project's metrics, for cross-checking the TypeScript ones
(src/shared/metrics) and for model selection during training. All scores are on a 0–100 scale.
BLEU and chrF equal sacreBLEU's (training/tests/test_t2g_metrics_sacrebleu.py checks them
against sacreBLEU itself), down to its order of floating-point operations.

- BLEU: sacreBLEU's corpus BLEU with smooth_method="none": trailing whitespace stripped, 13a
  tokenization, n-grams up to N with uniform weights, counts clipped by the reference,
  exponential brevity penalty exp(1 - r/c) when c < r; a zero n-gram match count gives 0
  (sacreBLEU's default "exp" smoothing only differs then).
- chrF: sacreBLEU's CHRF() defaults (chrF2): character n-grams 1..6 with whitespace removed;
  per sentence, hypothesis n-grams of an order count only when the reference has n-grams of
  that order; statistics summed over the corpus, precision and recall averaged over the orders
  with n-grams on both sides ("effective order"), F-beta with beta = 2.
- ROUGE-L: as in the SLT literature's scripts (Camgöz et al.'s slt repo, from the MS-COCO
  caption evaluation): per sentence LCS precision/recall on whitespace tokens, F with
  beta = 1.2, averaged over sentences.
- WER: word edit distance summed over the corpus / reference words.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Dict, List, Sequence

_13A = [
    (re.compile(r"([\{-\~\[-\` -\&\(-\+\:-\@\/])"), r" \1 "),
    (re.compile(r"([^0-9])([\.,])"), r"\1 \2 "),
    (re.compile(r"([\.,])([^0-9])"), r" \1 \2"),
    (re.compile(r"([0-9])(-)"), r"\1 \2 "),
]


def tokenize_13a(line: str) -> List[str]:
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
    if "&" in line:
        line = line.replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    line = f" {line} "
    for rx, repl in _13A:
        line = rx.sub(repl, line)
    return line.split()


def tokenize(line: str, scheme: str) -> List[str]:
    if scheme == "13a":
        return tokenize_13a(line)
    if scheme == "none":
        return line.split()
    raise ValueError(f'tokenization "{scheme}" is not known: expected "13a" or "none"')


def _ngrams(tokens: Sequence[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def corpus_bleu(hyps: Sequence[str], refs: Sequence[str], max_order: int = 4, scheme: str = "13a") -> float:
    correct, total = [0] * max_order, [0] * max_order
    hyp_len = ref_len = 0
    for h, r in zip(hyps, refs):
        # sacreBLEU rstrips before tokenizing: a line ending in "-\n" keeps its hyphen.
        ht, rt = tokenize(h.rstrip(), scheme), tokenize(r.rstrip(), scheme)
        hyp_len += len(ht)
        ref_len += len(rt)
        for n in range(1, max_order + 1):
            hc, rc = _ngrams(ht, n), _ngrams(rt, n)
            correct[n - 1] += sum(min(c, rc[g]) for g, c in hc.items())
            total[n - 1] += max(len(ht) - n + 1, 0)
    if hyp_len == 0 or min(correct) == 0:
        return 0.0
    # sacreBLEU's order of operations (BLEU.compute_bleu), so that both round alike.
    bp = math.exp(1 - ref_len / hyp_len) if hyp_len < ref_len else 1.0
    return bp * math.exp(sum([math.log(100.0 * c / t) for c, t in zip(correct, total)]) / max_order)


def corpus_chrf(hyps: Sequence[str], refs: Sequence[str], order: int = 6, beta: float = 2.0) -> float:
    stats = [[0, 0, 0] for _ in range(order)]
    for h, r in zip(hyps, refs):
        hs, rs = "".join(h.split()), "".join(r.split())
        for n in range(1, order + 1):
            hc = Counter(hs[i : i + n] for i in range(len(hs) - n + 1))
            rc = Counter(rs[i : i + n] for i in range(len(rs) - n + 1))
            # As sacreBLEU: an order the reference has no n-gram of counts no hypothesis n-grams.
            stats[n - 1][0] += sum(hc.values()) if rc else 0
            stats[n - 1][1] += sum(rc.values())
            stats[n - 1][2] += sum(min(c, rc[g]) for g, c in hc.items())
    prec = rec = 0.0
    eff = 0
    for n_hyp, n_ref, n_match in stats:
        if n_hyp > 0 and n_ref > 0:
            prec += n_match / n_hyp
            rec += n_match / n_ref
            eff += 1
    if eff == 0:
        return 0.0
    prec, rec = prec / eff, rec / eff
    if prec + rec == 0:
        return 0.0
    # sacreBLEU's order of operations (CHRF._compute_f_score): bit for bit the same score.
    f = beta * beta
    score = (1 + f) * prec * rec
    score /= f * prec + rec
    return 100 * score


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


ROUGE_BETA = 1.2


def rouge_l(hyps: Sequence[str], refs: Sequence[str]) -> float:
    if not hyps:
        return 0.0
    total = 0.0
    for h, r in zip(hyps, refs):
        ht, rt = h.split(), r.split()
        lcs = _lcs(rt, ht)
        if lcs == 0:
            continue
        p, rec = lcs / len(ht), lcs / len(rt)
        total += (1 + ROUGE_BETA**2) * p * rec / (rec + ROUGE_BETA**2 * p)
    return 100.0 * total / len(hyps)


def _edits(a: Sequence[str], b: Sequence[str]) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def wer(hyps: Sequence[str], refs: Sequence[str]) -> float:
    edits = sum(_edits(r.split(), h.split()) for h, r in zip(hyps, refs))
    words = sum(len(r.split()) for r in refs)
    return 100.0 * edits / words if words else 0.0


def all_metrics(hyps: Sequence[str], refs: Sequence[str]) -> Dict[str, float]:
    out = {f"bleu{n}": corpus_bleu(hyps, refs, n) for n in range(1, 5)}
    out.update(rougeL=rouge_l(hyps, refs), chrf=corpus_chrf(hyps, refs), wer=wer(hyps, refs))
    return out
