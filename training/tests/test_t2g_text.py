from training.t2g.text import Bpe, decode_pieces, learn_bpe, normalize
from training.t2g.vocab import BOS, EOS, PAD, UNK, Vocab


def test_normalize_matches_phoenix_style():
    assert normalize("Morgen: Regen im Süden, Schnee!") == "morgen regen im süden schnee ."
    assert normalize("su\u0308den") == "süden"  # NFC
    assert normalize("  „Nebel“ und   Frost?  ") == "nebel und frost ."


def test_bpe_learns_frequent_pairs_and_round_trips():
    lines = ["regen regen regen wind", "regenwetter wind wind"]
    merges = learn_bpe(lines, 50)
    bpe = Bpe(merges)
    assert bpe.word("regen") == ["regen"]  # frequent word becomes one piece
    pieces = bpe.word("windregen")  # unseen compound of seen words
    assert len(pieces) >= 2 and all(p.endswith("@@") for p in pieces[:-1]) and not pieces[-1].endswith("@@")
    assert decode_pieces(bpe.encode("regenwetter windregen")) == "regenwetter windregen"


def test_bpe_hand_example():
    bpe = Bpe([("e", "n</w>"), ("r", "e"), ("re", "g"), ("reg", "en</w>")])
    assert bpe.word("regen") == ["regen"]
    assert bpe.word("regens") == ["reg@@", "e@@", "n@@", "s"]
    assert bpe.word("gen") == ["g@@", "en"]


def test_vocab_specials_and_unknowns():
    v = Vocab.build([["B", "A", "A"], ["C"]])
    assert v.itos[:4] == ["<pad>", "<unk>", "<s>", "</s>"]
    assert (PAD, UNK, BOS, EOS) == (0, 1, 2, 3)
    assert v.itos[4] == "A"  # most frequent first
    assert v.ids(["A", "Z"]) == [4, UNK]
    assert v.tokens([BOS, 4, EOS, PAD]) == ["A"]
