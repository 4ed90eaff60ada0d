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
