import json
import pathlib

from training.slt.sentence_type import SENTENCE_TYPES, sentence_type, sentence_type_id

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "test" / "unit" / "slt" / "sentence-types.json"


def test_same_rules_as_the_typescript_metric():
    examples = json.loads(EXAMPLES.read_text(encoding="utf-8"))["examples"]
    assert len(examples) >= 10
    for text, want in examples:
        assert sentence_type(text) == want, text


def test_ids_index_the_types():
    assert SENTENCE_TYPES[sentence_type_id("Is it good?")] == "yn-question"


def test_the_type_head_reranks_finished_hypotheses_only_where_it_is_sure():
    import math
    from training.slt.decode import choose_by_type

    finished = [(-0.30, [1]), (-0.34, [2]), (-0.90, [3])]
    texts = ["Did he eat something?", "What did he eat?", "He ate."]
    sure_wh = [math.log(p) for p in (0.01, 0.01, 0.97, 0.01)]
    unsure = [math.log(0.25)] * 4
    assert choose_by_type(finished, texts, sure_wh, 1.0) == 1  # 0.04 behind, the head moves it
    assert choose_by_type(finished, texts, sure_wh, 0.0) == 0  # weight 0: the beam's order
    assert choose_by_type(finished, texts, unsure, 1.0) == 0  # no opinion: the beam's order
    far = [(-0.30, [1]), (-9.0, [2])]
    assert choose_by_type(far, texts[:2], sure_wh, 1.0) == 0  # not past a large score gap
