"""Sign → text: a streaming skeleton encoder with a CTC gloss head and an English decoder.

Encoder: per-feature normalisation → two causal stride-2 convolutions (4× fewer steps, no future
frames) → pre-LayerNorm transformer blocks with chunked attention: step i of chunk c attends to
chunk c and the `left_chunks` chunks before it, never ahead, so a chunk's output is final as soon
as its last frame arrives (look-ahead: at most one chunk of 4 × `chunk` frames). Positions are a
learned bias per head and relative distance (bounded by the window), so streams of any length
work. Training runs the whole sequence with the attention mask; `stream_step` runs one chunk with
the conv tails and the key/value window as explicit state and computes the same numbers
(training/tests/test_slt_model.py checks this to 1e-5).

Decoder: pre-LayerNorm transformer over English pieces, tied output embedding, cross-attention
over the whole encoder output; `decoder_step` is the same computation with a key/value cache.
Written by hand (not nn.Transformer) so the ONNX graphs are plain MatMul/Softmax.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import List, Optional, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

from ..t2g.model import NEG_INF, FeedForward, sinusoid_table
from ..t2g.vocab import PAD

SUBSAMPLE = 4  # frames per encoder step: two stride-2 convolutions


@dataclass
class SltConfig:
    feat_dim: int
    ctc_vocab: int
    text_vocab: int
    d_model: int = 256
    heads: int = 4
    ff: int = 768
    enc_layers: int = 4
    dec_layers: int = 2
    chunk: int = 4  # encoder steps per chunk (16 frames, 0.53 s at 30 fps)
    left_chunks: int = 8  # attention window to the left, in chunks (2.1 s at 30 fps)
    conv_kernel: int = 3
    dropout: float = 0.1
    attn_dropout: float = 0.1
    max_text_len: int = 256
    # Sentence-type classes of an auxiliary head on the pooled encoder (training only; 0: none).
    sentence_types: int = 0
    # Feature indices the model does not see (held at their mean): e.g. position, body and face for
    # a letters model, whose letters are handshapes wherever they are held. Part of the graph.
    ignored_features: List[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def encoder_steps(frames: torch.Tensor) -> torch.Tensor:
    """Valid encoder steps for valid frame counts: ceil(ceil(T/2)/2)."""
    return (frames + 3) // 4


def split_heads(x: torch.Tensor, h: int) -> torch.Tensor:
    b, t, d = x.shape
    return x.view(b, t, h, d // h).transpose(1, 2)


def merge_heads(x: torch.Tensor) -> torch.Tensor:
    b, h, t, dk = x.shape
    return x.transpose(1, 2).reshape(b, t, h * dk)


def attend(q, k, v, bias, drop: nn.Dropout) -> torch.Tensor:
    att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(q.shape[-1]) + bias
    return torch.matmul(drop(torch.softmax(att, dim=-1)), v)


class CausalConv(nn.Module):
    """Conv1d, stride 2, padded only on the left: output i sees frames 2i-k+1 .. 2i."""

    def __init__(self, cin: int, cout: int, k: int):
        super().__init__()
        self.k, self.conv = k, nn.Conv1d(cin, cout, k, stride=2)

    def forward(self, x: torch.Tensor, tail: Optional[torch.Tensor] = None) -> Tuple[torch.Tensor, torch.Tensor]:
        """x [B,C,T]; tail [B,C,k-1] (the previous inputs; zeros at the start) → y, new tail."""
        if tail is None:
            tail = x.new_zeros(x.shape[0], x.shape[1], self.k - 1)
        xp = torch.cat([tail, x], dim=2)
        return F.relu(self.conv(xp)), xp[:, :, xp.shape[2] - (self.k - 1):]


class ChunkAttention(nn.Module):
    def __init__(self, c: SltConfig):
        super().__init__()
        self.h, self.chunk, self.left = c.heads, c.chunk, c.left_chunks * c.chunk
        self.qkv, self.o = nn.Linear(c.d_model, 3 * c.d_model), nn.Linear(c.d_model, c.d_model)
        # Bias per head for query − key distance −(chunk−1) .. left + chunk − 1.
        self.rel = nn.Parameter(torch.zeros(c.heads, self.left + 2 * c.chunk - 1))
        self.drop = nn.Dropout(c.attn_dropout)

    def bias(self, dist: torch.Tensor) -> torch.Tensor:
        """[Tq,Tk] distances → [H,Tq,Tk] bias (distances outside the window are masked anyway)."""
        idx = (dist + self.chunk - 1).clamp(0, self.rel.shape[1] - 1)
        return self.rel[:, idx]

    def qkv_heads(self, x):
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        return split_heads(q, self.h), split_heads(k, self.h), split_heads(v, self.h)

    def forward(self, x: torch.Tensor, mask: torch.Tensor, dist: torch.Tensor) -> torch.Tensor:
        q, k, v = self.qkv_heads(x)
        return self.o(merge_heads(attend(q, k, v, self.bias(dist)[None] + mask, self.drop)))

    def step(self, x, k_cache, v_cache, key_mask, dist):
        """One chunk: x [B,C,D]; caches [B,H,left,dk]; key_mask [B,1,1,left+C] additive."""
        q, k, v = self.qkv_heads(x)
        k_all, v_all = torch.cat([k_cache, k], 2), torch.cat([v_cache, v], 2)
        y = self.o(merge_heads(attend(q, k_all, v_all, self.bias(dist)[None] + key_mask, self.drop)))
        return y, k_all[:, :, k_all.shape[2] - self.left:], v_all[:, :, v_all.shape[2] - self.left:]


class EncoderBlock(nn.Module):
    def __init__(self, c: SltConfig):
        super().__init__()
        self.n1, self.n2 = nn.LayerNorm(c.d_model), nn.LayerNorm(c.d_model)
        self.att, self.ff = ChunkAttention(c), FeedForward(c.d_model, c.ff, c.dropout)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, x, mask, dist):
        x = x + self.drop(self.att(self.n1(x), mask, dist))
        return x + self.drop(self.ff(self.n2(x)))

    def step(self, x, k_cache, v_cache, key_mask, dist):
        y, k_cache, v_cache = self.att.step(self.n1(x), k_cache, v_cache, key_mask, dist)
        x = x + self.drop(y)
        return x + self.drop(self.ff(self.n2(x))), k_cache, v_cache


class DecoderLayer(nn.Module):
    def __init__(self, c: SltConfig):
        super().__init__()
        d = c.d_model
        self.h = c.heads
        self.n1, self.n2, self.n3 = nn.LayerNorm(d), nn.LayerNorm(d), nn.LayerNorm(d)
        self.self_qkv, self.self_o = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.cross_q, self.cross_kv, self.cross_o = nn.Linear(d, d), nn.Linear(d, 2 * d), nn.Linear(d, d)
        self.ff, self.drop, self.att_drop = FeedForward(d, c.ff, c.dropout), nn.Dropout(c.dropout), nn.Dropout(c.attn_dropout)

    def memory_kv(self, mem: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        k, v = self.cross_kv(mem).chunk(2, dim=-1)
        return split_heads(k, self.h), split_heads(v, self.h)

    def forward(self, y, mem_kv, self_mask, mem_mask, cache: Optional[Tuple[torch.Tensor, torch.Tensor]] = None):
        """With `cache` (keys/values of earlier positions) y holds only the new positions."""
        q, k, v = (split_heads(t, self.h) for t in self.self_qkv(self.n1(y)).chunk(3, dim=-1))
        if cache is not None:
            k, v = torch.cat([cache[0], k], 2), torch.cat([cache[1], v], 2)
        y = y + self.drop(self.self_o(merge_heads(attend(q, k, v, self_mask, self.att_drop))))
        cq = split_heads(self.cross_q(self.n2(y)), self.h)
        y = y + self.drop(self.cross_o(merge_heads(attend(cq, mem_kv[0], mem_kv[1], mem_mask, self.att_drop))))
        return y + self.drop(self.ff(self.n3(y))), (k, v)


class SignToText(nn.Module):
    def __init__(self, c: SltConfig):
        super().__init__()
        self.cfg = c
        d = c.d_model
        self.register_buffer("feat_mean", torch.zeros(c.feat_dim))
        self.register_buffer("feat_std", torch.ones(c.feat_dim))
        keep = torch.ones(c.feat_dim)
        keep[list(c.ignored_features)] = 0.0
        self.register_buffer("feat_keep", keep, persistent=False)
        self.conv1, self.conv2 = CausalConv(c.feat_dim, d, c.conv_kernel), CausalConv(d, d, c.conv_kernel)
        self.in_drop = nn.Dropout(c.dropout)
        self.enc = nn.ModuleList(EncoderBlock(c) for _ in range(c.enc_layers))
        self.enc_norm = nn.LayerNorm(d)
        self.ctc = nn.Linear(d, c.ctc_vocab)
        self.emb = nn.Embedding(c.text_vocab, d, padding_idx=PAD)
        nn.init.normal_(self.emb.weight, 0, d**-0.5)
        self.register_buffer("pe", sinusoid_table(c.max_text_len, d), persistent=False)
        self.dec = nn.ModuleList(DecoderLayer(c) for _ in range(c.dec_layers))
        self.dec_norm = nn.LayerNorm(d)
        self.scale = math.sqrt(d)
        # Why: a yes/no question and its statement differ only in the face; asking the encoder to
        # say which sentence type it saw makes it keep the face's grammar in the memory the
        # decoder reads. Not exported: the runtime reads the type from the English.
        self.type_head = nn.Linear(d, c.sentence_types) if c.sentence_types > 0 else None

    # ---- encoder ----
    def normalize(self, feats: torch.Tensor) -> torch.Tensor:
        z = torch.nan_to_num((feats - self.feat_mean) / self.feat_std, nan=0.0, posinf=0.0, neginf=0.0)
        return z * self.feat_keep if self.cfg.ignored_features else z

    def subsample(self, feats, tails=(None, None)):
        x, t1 = self.conv1(self.normalize(feats).transpose(1, 2), tails[0])
        x, t2 = self.conv2(x, tails[1])
        return self.in_drop(x.transpose(1, 2)), (t1, t2)

    def chunk_mask(self, steps: int, valid: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        """Additive mask [B,1,T,T] (own chunk + left window, valid keys) and distances [T,T]."""
        i = torch.arange(steps, device=valid.device)
        ci, cj = i[:, None] // self.cfg.chunk, i[None, :] // self.cfg.chunk
        ok = (cj <= ci) & (cj >= ci - self.cfg.left_chunks)
        ok = ok[None] & (i[None, None, :] < valid[:, None, None])
        return (~ok).float()[:, None] * NEG_INF, i[:, None] - i[None, :]

    def encode(self, feats: torch.Tensor, frames: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        """feats [B,T,F], valid frame counts [B] → memory [B,S,D], valid steps [B]."""
        x, _ = self.subsample(feats)
        steps = encoder_steps(frames)
        mask, dist = self.chunk_mask(x.shape[1], steps)
        for block in self.enc:
            x = block(x, mask, dist)
        return self.enc_norm(x), steps

    def ctc_logprobs(self, mem: torch.Tensor) -> torch.Tensor:
        return torch.log_softmax(self.ctc(mem), dim=-1)

    def stream_init(self, batch: int = 1) -> dict:
        c, d = self.cfg, self.cfg.d_model
        z = self.feat_mean.new_zeros
        left = c.left_chunks * c.chunk
        return {"tail1": z(batch, c.feat_dim, c.conv_kernel - 1), "tail2": z(batch, d, c.conv_kernel - 1),
                "k": z(c.enc_layers, batch, c.heads, left, d // c.heads),
                "v": z(c.enc_layers, batch, c.heads, left, d // c.heads), "steps": 0}

    def stream_step(self, state: dict, feats: torch.Tensor, valid_steps: Optional[int] = None):
        """One chunk of SUBSAMPLE × chunk frames [B,4C,F] → (memory [B,C,D], new state).

        `valid_steps` < chunk marks the final, partly padded chunk (its padding is masked)."""
        c = self.cfg
        if feats.shape[1] != SUBSAMPLE * c.chunk:
            raise ValueError(f"a chunk is {SUBSAMPLE * c.chunk} frames; got {feats.shape[1]}")
        x, (t1, t2) = self.subsample(feats, (state["tail1"], state["tail2"]))
        left, s0 = c.left_chunks * c.chunk, state["steps"]
        n = c.chunk if valid_steps is None else valid_steps
        pos = torch.arange(left + c.chunk, device=x.device) - left  # key positions relative to s0
        ok = (pos + s0 >= 0) & (pos < n)
        key_mask = (~ok).float()[None, None, None, :] * NEG_INF
        dist = torch.arange(c.chunk, device=x.device)[:, None] - pos[None, :]
        ks, vs = [], []
        for i, block in enumerate(self.enc):
            x, k, v = block.step(x, state["k"][i], state["v"][i], key_mask, dist)
            ks.append(k)
            vs.append(v)
        new = {"tail1": t1, "tail2": t2, "k": torch.stack(ks), "v": torch.stack(vs), "steps": s0 + c.chunk}
        return self.enc_norm(x), new

    # ---- decoder ----
    @staticmethod
    def key_mask(valid_steps: torch.Tensor, steps: int) -> torch.Tensor:
        ok = torch.arange(steps, device=valid_steps.device)[None, :] < valid_steps[:, None]
        return (~ok).float()[:, None, None, :] * NEG_INF

    def memory_kv(self, mem: torch.Tensor) -> List[Tuple[torch.Tensor, torch.Tensor]]:
        return [layer.memory_kv(mem) for layer in self.dec]

    def decode(self, tgt: torch.Tensor, mem: torch.Tensor, mem_steps: torch.Tensor) -> torch.Tensor:
        """Teacher-forced logits [B,T,V] for every target position."""
        t = tgt.shape[1]
        y = self.in_drop(self.emb(tgt) * self.scale + self.pe[:t])
        causal = torch.triu(torch.full((t, t), NEG_INF, device=tgt.device), diagonal=1)[None, None]
        mem_mask = self.key_mask(mem_steps, mem.shape[1])
        for layer in self.dec:
            y, _ = layer(y, layer.memory_kv(mem), causal, mem_mask)
        return torch.matmul(self.dec_norm(y), self.emb.weight.t())

    def sentence_type_logits(self, mem: torch.Tensor, steps: torch.Tensor) -> torch.Tensor:
        """Memory [B,S,D], valid steps [B] → sentence-type logits [B,K] from the mean valid step."""
        assert self.type_head is not None, "this model has no sentence-type head (sentence_types 0)"
        valid = (torch.arange(mem.shape[1], device=mem.device)[None] < steps[:, None]).float()
        pooled = (mem * valid[..., None]).sum(1) / valid.sum(1, keepdim=True).clamp(min=1.0)
        return self.type_head(pooled)

    def forward(self, feats, frames, tgt_in):
        """→ CTC log-probabilities, valid steps, decoder logits, sentence-type logits (or None)."""
        mem, steps = self.encode(feats, frames)
        types = self.sentence_type_logits(mem, steps) if self.type_head is not None else None
        return self.ctc_logprobs(mem), steps, self.decode(tgt_in, mem, steps), types

    def step_logprobs(self, tgt: torch.Tensor, mem: torch.Tensor, mem_steps: torch.Tensor) -> torch.Tensor:
        """Next-token log-probabilities [B,V] after each prefix (recomputes the prefix)."""
        return torch.log_softmax(self.decode(tgt, mem, mem_steps)[:, -1], dim=-1)

    def decoder_step(self, token: torch.Tensor, pos: int, cache: list, mem_kv: list, mem_mask: torch.Tensor):
        """One position with a key/value cache: token [B] → (log-probs [B,V], new cache).

        `cache` is a list per layer of (k, v) [B,H,pos,dk] (empty tensors at pos 0)."""
        y = self.emb(token)[:, None] * self.scale + self.pe[pos : pos + 1]
        new_cache = []
        no_mask = y.new_zeros(1, 1, 1, 1)
        for layer, kv, mkv in zip(self.dec, cache, mem_kv):
            y, kv2 = layer(y, mkv, no_mask, mem_mask, kv)
            new_cache.append(kv2)
        return torch.log_softmax(torch.matmul(self.dec_norm(y[:, 0]), self.emb.weight.t()), dim=-1), new_cache

    def empty_cache(self, batch: int) -> list:
        c = self.cfg
        z = self.emb.weight.new_zeros(batch, c.heads, 0, c.d_model // c.heads)
        return [(z, z) for _ in range(c.dec_layers)]
