"""A small pre-LayerNorm transformer encoder–decoder with tied decoder embeddings.

Written out by hand (not nn.Transformer) so the ONNX export is plain MatMul/Softmax graphs with
named inputs, and so a key/value cache could be added to the decoder step without surgery.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

from .vocab import PAD

NEG_INF = -1e9  # additive mask value; finite so fully masked rows stay NaN-free


@dataclass
class ModelConfig:
    src_vocab: int
    tgt_vocab: int
    d_model: int = 256
    heads: int = 4
    ff: int = 1024
    enc_layers: int = 3
    dec_layers: int = 3
    dropout: float = 0.3
    attn_dropout: float = 0.1
    max_len: int = 256

    def to_dict(self) -> dict:
        return asdict(self)


def sinusoid_table(n: int, d: int) -> torch.Tensor:
    pos = torch.arange(n, dtype=torch.float32).unsqueeze(1)
    div = torch.exp(torch.arange(0, d, 2, dtype=torch.float32) * (-math.log(10000.0) / d))
    pe = torch.zeros(n, d)
    pe[:, 0::2] = torch.sin(pos * div)
    pe[:, 1::2] = torch.cos(pos * div)
    return pe


class Attention(nn.Module):
    def __init__(self, d: int, heads: int, dropout: float):
        super().__init__()
        self.h, self.dk = heads, d // heads
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mem: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """x [B,Tq,D], mem [B,Tk,D], mask additive, broadcastable to [B,1,Tq,Tk]."""
        b, tq, d = x.shape
        q = self.q(x).view(b, tq, self.h, self.dk).transpose(1, 2)
        k = self.k(mem).view(b, -1, self.h, self.dk).transpose(1, 2)
        v = self.v(mem).view(b, -1, self.h, self.dk).transpose(1, 2)
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.dk) + mask
        att = self.drop(torch.softmax(att, dim=-1))
        return self.o(torch.matmul(att, v).transpose(1, 2).reshape(b, tq, d))


class FeedForward(nn.Module):
    def __init__(self, d: int, ff: int, dropout: float):
        super().__init__()
        self.l1, self.l2, self.drop = nn.Linear(d, ff), nn.Linear(ff, d), nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.l2(self.drop(F.relu(self.l1(x))))


class EncoderLayer(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        self.n1, self.n2 = nn.LayerNorm(c.d_model), nn.LayerNorm(c.d_model)
        self.att = Attention(c.d_model, c.heads, c.attn_dropout)
        self.ff = FeedForward(c.d_model, c.ff, c.dropout)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = self.n1(x)
        x = x + self.drop(self.att(h, h, mask))
        return x + self.drop(self.ff(self.n2(x)))


class DecoderLayer(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        self.n1, self.n2, self.n3 = (nn.LayerNorm(c.d_model) for _ in range(3))
        self.self_att = Attention(c.d_model, c.heads, c.attn_dropout)
        self.cross_att = Attention(c.d_model, c.heads, c.attn_dropout)
        self.ff = FeedForward(c.d_model, c.ff, c.dropout)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, y, mem, self_mask, mem_mask):
        h = self.n1(y)
        y = y + self.drop(self.self_att(h, h, self_mask))
        y = y + self.drop(self.cross_att(self.n2(y), mem, mem_mask))
        return y + self.drop(self.ff(self.n3(y)))


class Seq2Seq(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        self.cfg = c
        self.src_emb = nn.Embedding(c.src_vocab, c.d_model, padding_idx=PAD)
        self.tgt_emb = nn.Embedding(c.tgt_vocab, c.d_model, padding_idx=PAD)
        nn.init.normal_(self.src_emb.weight, 0, c.d_model**-0.5)
        nn.init.normal_(self.tgt_emb.weight, 0, c.d_model**-0.5)
        self.register_buffer("pe", sinusoid_table(c.max_len, c.d_model), persistent=False)
        self.enc = nn.ModuleList(EncoderLayer(c) for _ in range(c.enc_layers))
        self.dec = nn.ModuleList(DecoderLayer(c) for _ in range(c.dec_layers))
        self.enc_norm, self.dec_norm = nn.LayerNorm(c.d_model), nn.LayerNorm(c.d_model)
        self.drop = nn.Dropout(c.dropout)
        self.scale = math.sqrt(c.d_model)

    @staticmethod
    def key_mask(valid: torch.Tensor) -> torch.Tensor:
        """[B,T] 1/0 validity → additive [B,1,1,T]."""
        return ((1.0 - valid.float()) * NEG_INF)[:, None, None, :]

    def encode(self, src: torch.Tensor, src_valid: torch.Tensor) -> torch.Tensor:
        x = self.drop(self.src_emb(src) * self.scale + self.pe[: src.shape[1]])
        mask = self.key_mask(src_valid)
        for layer in self.enc:
            x = layer(x, mask)
        return self.enc_norm(x)

    def decode(self, tgt: torch.Tensor, mem: torch.Tensor, src_valid: torch.Tensor) -> torch.Tensor:
        """Logits [B,T,V] for every target position (teacher forcing)."""
        t = tgt.shape[1]
        y = self.drop(self.tgt_emb(tgt) * self.scale + self.pe[:t])
        causal = torch.triu(torch.full((t, t), NEG_INF), diagonal=1)[None, None]
        mem_mask = self.key_mask(src_valid)
        for layer in self.dec:
            y = layer(y, mem, causal, mem_mask)
        # Tied output projection: the decoder's input embedding doubles as its output layer.
        return torch.matmul(self.dec_norm(y), self.tgt_emb.weight.t())

    def forward(self, src, src_valid, tgt_in):
        return self.decode(tgt_in, self.encode(src, src_valid), src_valid)

    def step_logprobs(self, tgt: torch.Tensor, mem: torch.Tensor, src_valid: torch.Tensor) -> torch.Tensor:
        """Log-probabilities [B,V] of the next token after each prefix in `tgt` [B,T]."""
        return torch.log_softmax(self.decode(tgt, mem, src_valid)[:, -1], dim=-1)
