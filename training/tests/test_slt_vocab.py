"""CTC tokens with fingerspelling as letters, and the English codec round trip."""
import pytest

from training.slt.vocab import BLANK, CTC_UNK, LETTERS, CtcVocab, TextCodec, detokenize, english_words, gloss_tokens


def test_fingerspelled_glosses_become_letters():
    assert gloss_tokens(["MY", "NAME", "fs-JOHN"]) == ["MY", "NAME", "#J", "#O", "#H", "#N"]


def test_vocab_from_train_glosses_has_blank_zero_and_every_letter():
    v = CtcVocab.build([["HELLO", "fs-ANA"], ["HELLO", "YOU"], ["YOU", "HELLO"]])
    assert v.itos[BLANK] == "<blank>" and v.itos[CTC_UNK] == "<unk>"
    assert v.itos[2:28] == LETTERS  # Z is in although no train name uses it
    assert v.itos[28:] == ["HELLO", "YOU"]  # by frequency
    ids = v.encode(["YOU", "fs-ZOE", "UNSEEN"])
    assert ids == [v.stoi["YOU"], v.stoi["#Z"], v.stoi["#O"], v.stoi["#E"], CTC_UNK]
    assert "#A" not in [t for t in v.itos[28:]]


def test_decode_joins_letter_runs_into_fingerspelled_glosses():
    v = CtcVocab.build([["HELLO", "YOU"]])
    ids = v.encode(["HELLO", "fs-ZOE", "YOU", "fs-AL"])
    assert v.decode([BLANK] + ids[:1] + [BLANK] + ids[1:]) == ["HELLO", "fs-ZOE", "YOU", "fs-AL"]


def test_vocab_rejects_a_table_without_the_letters():
    with pytest.raises(ValueError, match="#A..#Z"):
        CtcVocab(["<blank>", "<unk>", "HELLO"])


def test_english_codec_round_trips_case_and_punctuation():
    texts = ["Do you have a receipt?", "My name is John.", "I don't know, sorry!"] * 3
    codec = TextCodec.build(texts, merges=30)
    assert english_words("I don't know, sorry!") == ["I", "don't", "know", ",", "sorry", "!"]
    for t in texts[:3]:
        assert codec.decode(codec.encode(t)) == t
    unseen = codec.decode(codec.encode("Do you know Jo?"))
    assert unseen.startswith("Do you know") and unseen.endswith("?")
    assert detokenize(["Hello", ",", "world", "!"]) == "Hello, world!"
