import math

from training.t2g.metrics import corpus_bleu, corpus_chrf, rouge_l, tokenize_13a, wer


def test_bleu_hand_values():
    h, r = ["the cat sat on the mat"], ["the cat is on the mat"]
    assert math.isclose(corpus_bleu(h, r, 3), 50.0)
    assert corpus_bleu(h, r, 4) == 0.0
    assert math.isclose(corpus_bleu(["the cat"], ["the cat sat"], 1), 100 * math.exp(1 - 1.5))


def test_other_metrics_hand_values():
    assert math.isclose(corpus_chrf(["ab"], ["ac"]), 25.0)
    f = 100 * 2.44 * 0.45 / (0.6 + 1.44 * 0.75)
    assert math.isclose(rouge_l(["a b c d"], ["a c d e f"]), f)
    assert math.isclose(wer(["a x c"], ["a b c d"]), 50.0)
    assert tokenize_13a("__ON__ loc-NORD") == ["_", "_", "ON", "_", "_", "loc-NORD"]


def test_chrf_skips_hypothesis_ngrams_of_orders_the_reference_lacks():
    # As sacreBLEU: sentence 2's reference "ab" has no 3- to 6-grams, so "abc" adds none either.
    p = (10 / 11 + 8 / 9 + 4) / 6
    assert math.isclose(corpus_chrf(["abcdefgh", "abc"], ["abcdefgh", "ab"]), 100 * 5 * p / (4 * p + 1))
    assert corpus_chrf(["abcdefgh", "abc"], ["abcdefgh", ""]) == 100.0


def test_bleu_strips_trailing_whitespace_before_13a():
    # sacreBLEU rstrips first, so a final "-\n" is not joined away with its hyphen.
    assert math.isclose(corpus_bleu(["a b-\n"], ["a b-"], 1), 100.0)
