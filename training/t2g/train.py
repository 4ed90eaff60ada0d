"""Train the German → DGS gloss transformer, select on dev BLEU-4, average checkpoints, export.

  /usr/bin/python3 -m training.t2g.train --run training/runs/phoenix --out models/gsg-phoenix
  /usr/bin/python3 -m training.t2g.train --tiny --out /tmp/pack      # toy corpus, seconds (CI)
"""
from __future__ import annotations

import argparse
import json
import os
import random
import time
from typing import Dict, List, Tuple

# On a shared, oversubscribed CPU, OpenMP threads that spin at barriers waste their share
# (measured here: 2 spinning threads 7x the CPU time of 1 thread per step). Set before torch loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import torch  # noqa: E402
import torch.nn.functional as F

from . import data as D
from .decode import beam_translate, greedy_translate
from .metrics import all_metrics, corpus_bleu
from .model import ModelConfig, Seq2Seq
from .text import Bpe, learn_bpe, normalize
from .vocab import PAD, Vocab


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tiny", action="store_true", help="toy corpus generated in code (CI), not PHOENIX")
    p.add_argument("--data", default=None, help="PHOENIX-2014T folder (default ../shared/data/phoenix14t)")
    p.add_argument("--run", default=None, help="run folder for logs and checkpoints")
    p.add_argument("--out", default=None, help="write a model pack (ONNX + vocab + manifest) here")
    p.add_argument("--init", default=None,
                   help="warm start from a bundle (final.pt): its weights, BPE and vocabularies; --dropout still applies")
    p.add_argument("--keep-markers", action="store_true",
                   help="keep annotation markers (__ON__, __OFF__, ...) in the gloss targets")
    p.add_argument("--epochs", type=int, default=120)
    p.add_argument("--max-minutes", type=float, default=55.0, help="stop training after this long")
    p.add_argument("--d-model", type=int, default=256)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--ff", type=int, default=1024)
    p.add_argument("--layers", type=int, default=3)
    p.add_argument("--dropout", type=float, default=0.3)
    p.add_argument("--attn-dropout", type=float, default=0.1)
    p.add_argument("--label-smoothing", type=float, default=0.1)
    p.add_argument("--lr", type=float, default=7e-4, help="peak learning rate after warm-up")
    p.add_argument("--warmup", type=int, default=800, help="linear warm-up steps, then 1/sqrt decay")
    p.add_argument("--weight-decay", type=float, default=1e-4)
    p.add_argument("--max-tokens", type=int, default=1600, help="source+target tokens per batch")
    p.add_argument("--bpe-merges", type=int, default=2000)
    p.add_argument("--eval-every", type=int, default=2, help="epochs between dev evaluations")
    p.add_argument("--eval-from", type=int, default=10, help="first epoch evaluated on dev")
    p.add_argument("--average", type=int, default=5, help="average the k best checkpoints (dev BLEU-4)")
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--alphas", default="1.0", help="length penalties tried on dev with beam search")
    p.add_argument("--threads", type=int, default=1, help="torch threads (1 is fastest on a busy 2-core machine)")
    p.add_argument("--seed", type=int, default=1)
    return p.parse_args(argv)


def log(run: str | None, msg: str) -> None:
    line = f"[{time.strftime('%H:%M:%S')}] {msg}"
    print(line, flush=True)
    if run:
        with open(os.path.join(run, "train.log"), "a", encoding="utf-8") as f:
            f.write(line + "\n")


def load_corpora(args) -> Tuple[Tuple[List[str], List[str]], Tuple[List[str], List[str]]]:
    if args.tiny:
        return D.tiny_corpus(48, seed=0), D.tiny_corpus(12, seed=1)
    root = args.data or D.default_phoenix_dir()
    return D.load_phoenix("train", root, args.keep_markers), D.load_phoenix("dev", root, args.keep_markers)


def lr_at(step: int, peak: float, warmup: int) -> float:
    step = max(step, 1)
    return peak * min(step / warmup, (warmup / step) ** 0.5)


def average_states(paths: List[str]) -> Dict[str, torch.Tensor]:
    states = [torch.load(p, map_location="cpu")["model"] for p in paths]
    return {k: sum(s[k].float() for s in states) / len(states) for k in states[0]}


def main(argv=None) -> Dict[str, object]:
    args = parse_args(argv)
    if args.tiny:
        args.epochs, args.eval_from, args.eval_every, args.average = min(args.epochs, 60), 20, 20, 2
        args.d_model, args.ff, args.layers, args.heads, args.bpe_merges = 64, 128, 1, 2, 40
        args.dropout, args.warmup, args.lr, args.max_tokens, args.alphas = 0.1, 30, 3e-3, 400, "1.0"
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    run = args.run
    if run:
        os.makedirs(run, exist_ok=True)
        with open(os.path.join(run, "args.json"), "w") as f:
            json.dump(vars(args), f, indent=2)
    started = time.time()
    (tr_src, tr_tgt), (dv_src, dv_tgt) = load_corpora(args)
    tr_norm = [normalize(s) for s in tr_src]
    init = torch.load(args.init, map_location="cpu") if args.init else None
    bpe = Bpe(init["merges"] if init else learn_bpe(tr_norm, args.bpe_merges))
    tr_pieces = [bpe.encode(s) for s in tr_norm]
    src_vocab = Vocab(init["src_vocab"]) if init else Vocab.build(tr_pieces)
    tgt_vocab = Vocab(init["tgt_vocab"]) if init else Vocab.build(t.split() for t in tr_tgt)
    pairs = [(src_vocab.ids(s), tgt_vocab.ids(t.split())) for s, t in zip(tr_pieces, tr_tgt) if t.split()]
    dev_ids = [src_vocab.ids(bpe.encode(normalize(s))) for s in dv_src]
    log(run, f"train {len(pairs)} dev {len(dev_ids)} | src vocab {len(src_vocab)} (BPE {len(bpe.merges)} merges) tgt vocab {len(tgt_vocab)}")

    if init:
        cfg = ModelConfig(**{**init["config"], "dropout": args.dropout, "attn_dropout": args.attn_dropout})
    else:
        cfg = ModelConfig(len(src_vocab), len(tgt_vocab), args.d_model, args.heads, args.ff, args.layers,
                          args.layers, args.dropout, args.attn_dropout)
    model = Seq2Seq(cfg)
    if init:
        model.load_state_dict(init["model"])
        log(run, f"warm start from {args.init} (trained {init['summary']['epochs']} epochs)")
    log(run, f"model {sum(p.numel() for p in model.parameters()) / 1e6:.2f}M parameters: {cfg.to_dict()}")
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, betas=(0.9, 0.98), eps=1e-9, weight_decay=args.weight_decay)
    ckdir = os.path.join(run or "/tmp", "ckpt")
    os.makedirs(ckdir, exist_ok=True)
    scored: List[Tuple[float, str]] = []  # (dev BLEU-4 greedy, checkpoint path)
    losses: List[float] = []
    step = 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        tot, ntok = 0.0, 0
        for b in D.token_batches(pairs, args.max_tokens, rng):
            step += 1
            for g in opt.param_groups:
                g["lr"] = lr_at(step, args.lr, args.warmup)
            logits = model(b.src, b.src_valid, b.tgt_in)
            loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), b.tgt_out.reshape(-1),
                                   ignore_index=PAD, label_smoothing=args.label_smoothing, reduction="sum")
            opt.zero_grad()
            (loss / b.ntokens).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            tot, ntok = tot + loss.item(), ntok + b.ntokens
        losses.append(tot / ntok)
        elapsed = (time.time() - started) / 60
        msg = f"epoch {epoch} step {step} loss {tot / ntok:.4f} lr {lr_at(step, args.lr, args.warmup):.2e} {elapsed:.1f} min"
        out_of_time = elapsed > args.max_minutes
        if (epoch >= args.eval_from and (epoch - args.eval_from) % args.eval_every == 0) or out_of_time or epoch == args.epochs:
            hyps = [" ".join(tgt_vocab.tokens(h)) for h in greedy_translate(model, dev_ids)]
            bleu = corpus_bleu(hyps, dv_tgt, 4)
            path = os.path.join(ckdir, f"epoch{epoch:03d}.pt")
            torch.save({"model": model.state_dict(), "epoch": epoch, "bleu4": bleu}, path)
            scored.append((bleu, path))
            scored.sort(key=lambda x: -x[0])
            for _, old in scored[args.average:]:
                if os.path.exists(old):
                    os.remove(old)
            scored = scored[: args.average]
            msg += f" | dev greedy BLEU-4 {bleu:.2f} (best {scored[0][0]:.2f})"
        log(run, msg)
        if out_of_time:
            log(run, f"stopping: {elapsed:.1f} min > --max-minutes {args.max_minutes}")
            break
    train_minutes = (time.time() - started) / 60

    # Selection on dev: the best single checkpoint vs the average of the k best, then the length penalty.
    best_state = torch.load(scored[0][1], map_location="cpu")["model"]
    candidates = {"best": best_state}
    if len(scored) > 1:
        candidates[f"avg{len(scored)}"] = average_states([p for _, p in scored])
    results = {}
    for name, state in candidates.items():
        model.load_state_dict(state)
        hyps = [" ".join(tgt_vocab.tokens(h)) for h in greedy_translate(model, dev_ids)]
        results[name] = corpus_bleu(hyps, dv_tgt, 4)
        log(run, f"{name}: dev greedy BLEU-4 {results[name]:.2f}")
    chosen = max(results, key=lambda k: results[k])
    model.load_state_dict(candidates[chosen])
    best_alpha, best_beam_bleu, best_metrics = 0.0, -1.0, {}
    for alpha in [float(a) for a in args.alphas.split(",")]:
        hyps = [" ".join(tgt_vocab.tokens(h)) for h in beam_translate(model, dev_ids, args.beam, alpha)]
        m = all_metrics(hyps, dv_tgt)
        log(run, f"{chosen} beam {args.beam} alpha {alpha}: " + " ".join(f"{k} {v:.2f}" for k, v in m.items()))
        if m["bleu4"] > best_beam_bleu:
            best_alpha, best_beam_bleu, best_metrics = alpha, m["bleu4"], m
    summary = {"chosen": chosen, "alpha": best_alpha, "beam": args.beam, "dev": best_metrics,
               "train_minutes": train_minutes, "epochs": len(losses), "losses": losses,
               "wall_minutes": (time.time() - started) / 60}
    bundle = {"config": cfg.to_dict(), "model": model.state_dict(), "merges": bpe.merges,
              "src_vocab": src_vocab.itos, "tgt_vocab": tgt_vocab.itos,
              "decode": {"beam": args.beam, "alpha": best_alpha}, "tiny": args.tiny, "summary": summary}
    if run:
        torch.save(bundle, os.path.join(run, "final.pt"))
        with open(os.path.join(run, "summary.json"), "w") as f:
            json.dump(summary, f, indent=2)
    log(run, f"chosen {chosen}, alpha {best_alpha}: dev BLEU-4 {best_beam_bleu:.2f}; training {train_minutes:.1f} min")
    if args.out:
        from .export import export_pack
        export_pack(bundle, args.out)
        log(run, f"pack written to {args.out}")
    return summary


if __name__ == "__main__":
    main()
