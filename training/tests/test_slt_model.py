"""The encoder streams: the masked whole-sequence forward (training) equals chunk-by-chunk steps
with the conv tails and key/value window as state (inference); the decoder's key/value-cache
step equals its teacher-forced forward; the default model fits the 25 MB pack budget."""
import pytest
import torch

from training.slt.model import SUBSAMPLE, SignToText, SltConfig

FEAT = 12


def tiny_model(**kw) -> SignToText:
    torch.manual_seed(0)
    cfg = SltConfig(feat_dim=FEAT, ctc_vocab=40, text_vocab=30, d_model=32, heads=4, ff=64, enc_layers=3,
                    dec_layers=2, chunk=3, left_chunks=2, dropout=0.0, attn_dropout=0.0, **kw)
    m = SignToText(cfg).eval()
    with torch.no_grad():  # non-zero position biases and statistics, so they are exercised
        for blk in m.enc:
            blk.att.rel.normal_(0, 0.5)
        m.feat_mean.normal_(0, 0.1)
        m.feat_std.uniform_(0.5, 2.0)
    return m


def stream(m: SignToText, x: torch.Tensor, frames: int) -> torch.Tensor:
    """Chunk-by-chunk encoding of one sequence [1,T,F]; the last chunk is zero-padded."""
    per = SUBSAMPLE * m.cfg.chunk
    valid = (frames + 3) // 4
    state, outs = m.stream_init(1), []
    for start in range(0, frames, per):
        ch = x[:, start : start + per]
        ch = torch.cat([ch, ch.new_zeros(1, per - ch.shape[1], FEAT)], 1)
        n = min(m.cfg.chunk, valid - state["steps"])
        y, state = m.stream_step(state, ch, n)
        outs.append(y[:, :n])
    return torch.cat(outs, 1)


@pytest.mark.parametrize("frames", [7, 48, 101])  # shorter than a chunk, whole chunks, past the window
def test_masked_forward_equals_chunked_forward_with_cache(frames):
    m = tiny_model()
    torch.manual_seed(1)
    x = torch.randn(2, 101, FEAT)
    x[0, frames:] = 0  # padding of the shorter sequence must not leak into its valid steps
    with torch.no_grad():
        mem, steps = m.encode(x, torch.tensor([frames, 101]))
        got = stream(m, x[:1], frames)
    assert int(steps[0]) == got.shape[1] == (frames + 3) // 4
    assert (got - mem[:1, : got.shape[1]]).abs().max().item() <= 1e-5


def test_attention_window_is_bounded():
    """A frame more than the window ago cannot change the output (what the cache relies on)."""
    m = tiny_model()
    x = torch.randn(1, 160, FEAT)
    y = x.clone()
    y[:, :8] += 5.0  # frames 0..7 = encoder steps 0..1, chunk 0
    with torch.no_grad():
        a, _ = m.encode(x, torch.tensor([160]))
        b, _ = m.encode(y, torch.tensor([160]))
    # The two convs carry frames 0..7 to steps 0..3 (chunk 1); each layer reaches left_chunks further.
    last_chunk = 1 + m.cfg.left_chunks * m.cfg.enc_layers
    reach = (last_chunk + 1) * m.cfg.chunk
    assert (a[:, reach - 1] - b[:, reach - 1]).abs().max() > 1e-6  # the bound is tight
    assert (a[:, :2] - b[:, :2]).abs().max() > 1e-3
    assert (a[:, reach:] - b[:, reach:]).abs().max().item() == 0.0


def test_decoder_step_with_cache_equals_teacher_forcing():
    m = tiny_model()
    x = torch.randn(2, 40, FEAT)
    tgt = torch.randint(4, 30, (2, 6))
    with torch.no_grad():
        mem, steps = m.encode(x, torch.tensor([40, 25]))
        full = torch.log_softmax(m.decode(tgt, mem, steps), -1)
        cache, kv, mask = m.empty_cache(2), m.memory_kv(mem), m.key_mask(steps, mem.shape[1])
        for t in range(6):
            lp, cache = m.decoder_step(tgt[:, t], t, cache, kv, mask)
            assert (lp - full[:, t]).abs().max().item() <= 1e-5


def test_default_model_fits_the_pack_budget():
    # A realistic corpus: ~300 features, ~600 CTC tokens, ~1500 English pieces.
    m = SignToText(SltConfig(feat_dim=300, ctc_vocab=600, text_vocab=1500))
    n = sum(p.numel() for p in m.parameters())
    assert n * 4 <= 25 * 10**6, f"{n} parameters = {n * 4 / 1e6:.1f} MB fp32; the pack budget is 25 MB"


def test_ignored_features_do_not_reach_the_encoder_and_survive_a_bundle_round_trip():
    import torch
    from training.slt.model import SignToText, SltConfig

    torch.manual_seed(0)
    cfg = SltConfig(feat_dim=8, ctc_vocab=5, text_vocab=7, d_model=16, heads=2, ff=32, enc_layers=1, dec_layers=1,
                    chunk=2, left_chunks=2, ignored_features=[0, 5])
    m = SignToText(cfg).eval()
    x = torch.randn(1, 24, 8)
    y = x.clone()
    y[..., [0, 5]] = torch.randn(1, 24, 2) * 50  # whatever the ignored inputs do
    with torch.no_grad():
        a, _ = m.encode(x, torch.tensor([24]))
        b, _ = m.encode(y, torch.tensor([24]))
        assert torch.allclose(a, b)
        y[..., 1] += 1.0  # a seen feature still matters
        c, _ = m.encode(y, torch.tensor([24]))
    assert not torch.allclose(a, c)
    again = SignToText(SltConfig(**cfg.to_dict()))
    again.load_state_dict(m.state_dict())
    assert again.cfg.ignored_features == [0, 5] and again.feat_keep[[0, 5]].sum() == 0


def test_ignore_features_names_prefixes_and_refuses_unknown_ones():
    import pytest
    from training.slt import features as F
    from training.slt.train import ignored_feature_indices

    idx = ignored_feature_indices("pose.,face.")
    assert idx and all(F.FEATURE_NAMES[i].startswith(("pose.", "face.")) for i in idx)
    assert ignored_feature_indices("") == []
    with pytest.raises(SystemExit, match="no feature name starts with 'hands.'"):
        ignored_feature_indices("hands.")
