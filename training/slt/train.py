"""Train the sign → text model: streaming skeleton encoder + CTC glosses + English decoder.

  /usr/bin/python3 -m training.slt.train --corpus CORPUS_DIR --out RUN_DIR --seed 1 [--epochs N] \
      [--max-minutes M] [--resume]
  /usr/bin/python3 -m training.slt.train --poses POSE_DIR --csv text.csv --out RUN_DIR   # real data
  torchrun --nnodes 1 --nproc_per_node 2 --master_addr 127.0.0.1 --redirects 1 --tee 1 \
      -m training.slt.train --corpus ... --threads 1                                  # 2 processes

Loss = w · CTC(glosses) + (1 − w) · cross-entropy(English), w = --ctc-weight (0: gloss-free),
plus --type-weight × cross-entropy of the sentence type (sentence_type.py, from the English) read
from the pooled encoder, when asked. --init CKPT fine-tunes a trained model (e.g. on a corpus of a
newer generator) with a fresh optimiser.
Each global batch is the same whatever the process count (data.length_batches + rank_slice) and
both terms are normalised by the batch's global token counts, so N processes compute the
gradient of one.

RUN_DIR: train.log, last.pt (everything to resume exactly: model, optimiser, scheduler, RNGs,
epoch, batch, step; written every epoch and on SIGINT/SIGTERM/--max-minutes), best.pt (the model
with the best dev score), model.pt (the final bundle) and summary.json.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import signal
import sys
import time
from typing import Dict, List, Optional

# Spinning OpenMP threads waste a shared CPU (training/README.md, "Compute"). Set before torch loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.distributed as dist  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from ..t2g.metrics import corpus_bleu, wer  # noqa: E402
from ..t2g.vocab import PAD  # noqa: E402
from . import augment as A  # noqa: E402
from . import fps_aug as FA  # noqa: E402
from . import data as D  # noqa: E402
from .decode import DEFAULT_ALPHA, DEFAULT_BEAM, beam_text, greedy_ctc, greedy_text  # noqa: E402
from .model import SignToText, SltConfig  # noqa: E402
from .sentence_type import SENTENCE_TYPES, sentence_type_id  # noqa: E402
from .vocab import CtcVocab, TextCodec  # noqa: E402


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", help="synthetic corpus folder (docs/corpus.md)")
    p.add_argument("--poses", help="folder of .pose files (real recordings), with --csv")
    p.add_argument("--csv", help="CSV: file, text[, glosses][, split]")
    p.add_argument("--out", required=True, help="run folder: logs, checkpoints, final bundle")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--epochs", type=int, default=60)
    p.add_argument("--max-minutes", type=float, default=float("inf"), help="checkpoint and stop after this long")
    p.add_argument("--resume", action="store_true", help="continue from RUN_DIR/last.pt exactly")
    p.add_argument("--threads", type=int, default=1, help="torch threads per process")
    p.add_argument("--cache", default=None, help="feature cache folder (default RUN_DIR/features)")
    p.add_argument("--d-model", type=int, default=256)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--ff", type=int, default=768)
    p.add_argument("--enc-layers", type=int, default=4)
    p.add_argument("--dec-layers", type=int, default=2)
    p.add_argument("--chunk", type=int, default=4, help="encoder steps per streaming chunk (4 frames each)")
    p.add_argument("--left-chunks", type=int, default=8, help="chunks of left context in attention")
    p.add_argument("--dropout", type=float, default=0.1)
    p.add_argument("--attn-dropout", type=float, default=0.1)
    p.add_argument("--ctc-weight", type=float, default=0.3)
    p.add_argument("--label-smoothing", type=float, default=0.1)
    p.add_argument("--face-aug", type=float, default=1.0,
                   help="strength of the per-utterance face offsets (augment.py); 0: none")
    p.add_argument("--hand-drop-aug", type=float, default=0.0,
                   help="strength of hand losses added in hard moments (augment.drop_hands); 0: none")
    p.add_argument("--hand-rot-aug", type=float, default=0.0,
                   help="largest random rotation of each hand's shape, degrees (augment.rotate_hands); 0: none")
    p.add_argument("--drop-face-distance", type=float, default=0.6,
                   help="wrist-to-nose distance (shoulder widths) where --hand-drop-aug counts a hand at the face")
    p.add_argument("--drop-torso", action="store_true",
                   help="--hand-drop-aug also counts a hand in front of the chest and belly as hard (augment.hard_frames)")
    p.add_argument("--fps-aug", type=float, default=0.0,
                   help="probability that an utterance is seen as a 4.5-12 fps camera gives it (fps_aug.py); 0: none")
    p.add_argument("--passive-hand-aug", type=float, default=0.0,
                   help="chance that an utterance's passive (lower) hand is removed throughout, as real letter "
                        "clips show one hand (augment.drop_passive_hand); 0: none")
    p.add_argument("--hand-tilt-aug", type=float, default=0.0,
                   help="largest yaw and pitch (degrees) of each hand's shape out of the image plane "
                        "(augment.tilt_hands); 0: none")
    p.add_argument("--crop-aug", type=float, default=0.0,
                   help="chance that a one-token training utterance is cut to a random window "
                        "through its middle (augment.py); 0: none")
    p.add_argument("--lr", type=float, default=1e-3, help="peak learning rate after warm-up")
    p.add_argument("--warmup", type=int, default=500, help="linear warm-up steps, then 1/sqrt decay")
    p.add_argument("--weight-decay", type=float, default=1e-2)
    p.add_argument("--max-frames", type=int, default=4000, help="padded frames per global batch")
    p.add_argument("--bpe-merges", type=int, default=1000)
    p.add_argument("--dev-max", type=int, default=400, help="dev utterances evaluated each epoch")
    p.add_argument("--beam", type=int, default=DEFAULT_BEAM)
    p.add_argument("--alpha", type=float, default=DEFAULT_ALPHA, help="GNMT length penalty")
    p.add_argument("--log-every", type=int, default=50, help="steps between progress lines")
    p.add_argument("--init", default=None,
                   help="start from this checkpoint's model (last.pt/best.pt/final.pt: weights, vocabularies, feature "
                        "normalisation) with a fresh optimiser and warm-up; its architecture wins over --d-model etc.")
    p.add_argument("--ignore-features", default="",
                   help="comma-separated feature-name prefixes the model does not see (e.g. pose.,face. for a "
                        "letters model); kept in the model's config and its exported graph")
    p.add_argument("--type-weight", type=float, default=0.0,
                   help="weight of the auxiliary sentence-type loss on the pooled encoder (0: no head)")
    p.add_argument("--stop-at-step", type=int, default=0, help="checkpoint and stop at this step (tests)")
    a = p.parse_args(argv)
    if bool(a.corpus) == bool(a.poses and a.csv):
        p.error("give either --corpus DIR or both --poses DIR and --csv FILE")
    return a


class Dist:
    """Rank, world size and collectives; a no-op for one process."""

    def __init__(self):
        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.rank = int(os.environ.get("RANK", "0"))
        if self.world > 1:
            if os.environ.get("MASTER_ADDR") in ("127.0.0.1", "localhost") and sys.platform.startswith("linux"):
                # one machine: gloo would otherwise bind to what the host name resolves to
                os.environ.setdefault("GLOO_SOCKET_IFNAME", "lo")
            dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")

    @property
    def main(self) -> bool:
        return self.rank == 0

    def barrier(self):
        if self.world > 1:
            dist.barrier()

    def sum(self, values: List[float]) -> List[float]:
        t = torch.tensor(values, dtype=torch.float64)
        if self.world > 1:
            dist.all_reduce(t)
        return t.tolist()

    def gather(self, obj) -> list:
        if self.world == 1:
            return [obj]
        out = [None] * self.world
        dist.all_gather_object(out, obj)
        return out


class Logger:
    def __init__(self, run: str, enabled: bool):
        self.path, self.enabled = os.path.join(run, "train.log"), enabled

    def __call__(self, msg: str) -> None:
        if not self.enabled:
            return
        line = f"[{time.strftime('%H:%M:%S')}] {msg}"
        print(line, flush=True)
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(line + "\n")


def lr_factor(warmup: int):
    return lambda s: min((s + 1) / warmup, math.sqrt(warmup / (s + 1)))


def rng_state() -> dict:
    return {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state(),
            "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None}


def set_rng_state(s: dict) -> None:
    random.setstate(s["python"])
    np.random.set_state(s["numpy"])
    torch.set_rng_state(s["torch"])
    if s.get("cuda") is not None and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(s["cuda"])


def save_atomic(obj, path: str) -> None:
    tmp = path + ".tmp"
    torch.save(obj, tmp)
    os.replace(tmp, path)


def fmt_minutes(m: float) -> str:
    return "∞" if not math.isfinite(m) else f"{int(m // 60)}h{int(m % 60):02d}m" if m >= 60 else f"{m:.1f}m"


def load_utterances(args, log):
    if args.corpus:
        utts, corpus = D.synth_utterances(args.corpus)
    else:
        utts, corpus = D.pose_csv_utterances(args.poses, args.csv), None
    train = [u for u in utts if u.split == "train" and u.english]
    dev = sorted((u for u in utts if u.split == "dev" and u.english), key=lambda u: u.id)[: args.dev_max]
    if not train or not dev:
        raise ValueError(f"{args.corpus or args.csv}: {len(train)} train and {len(dev)} dev utterances with "
                         "English; both splits are needed")
    log(f"utterances: {len(utts)} in all, train {len(train)}, dev {len(dev)} (evaluated each epoch)")
    return utts, corpus, train, dev


@torch.no_grad()
def evaluate(model: SignToText, dev, store, ctc_vocab: CtcVocab, codec: TextCodec, max_frames: int,
             beam: int = 0, alpha: float = DEFAULT_ALPHA) -> Dict[str, float]:
    """Dev gloss WER (greedy CTC) and BLEU-4 against the first reference (greedy, or beam > 0)."""
    model.eval()
    hyp_g, ref_g, hyp_t, ref_t = [], [], [], []
    for idx in D.length_batches([u.frames for u in dev], max_frames, random.Random(0)):
        us = [dev[i] for i in idx]
        b = D.make_batch([store.get(u.id) for u in us], [[] for _ in us], [[] for _ in us])
        mem, steps = model.encode(b.feats, b.frames)
        for u, ids in zip(us, greedy_ctc(model.ctc_logprobs(mem), steps)):
            if u.glosses:
                hyp_g.append(" ".join(ctc_vocab.decode(ids)))
                ref_g.append(" ".join(u.glosses))
        if beam > 0:
            texts = [beam_text(model, mem[i : i + 1, : int(steps[i])], steps[i : i + 1], beam, alpha) for i in range(len(us))]
        else:
            texts = greedy_text(model, mem, steps)
        hyp_t += [codec.decode(t) for t in texts]
        ref_t += [u.english[0] for u in us]
    model.train()
    return {"gloss_wer": wer(hyp_g, ref_g) if ref_g else float("nan"), "bleu4": corpus_bleu(hyp_t, ref_t, 4),
            "bleu1": corpus_bleu(hyp_t, ref_t, 1), "example": f"{hyp_t[0]!r} (ref {ref_t[0]!r})"}


def score(m: Dict[str, float]) -> float:
    """Model selection: dev BLEU-4, then lower gloss WER."""
    w = m["gloss_wer"]
    return m["bleu4"] - 1e-3 * (w if math.isfinite(w) else 0.0)


def ignored_feature_indices(prefixes: str) -> List[int]:
    """Indices of the features whose names start with one of the comma-separated prefixes."""
    wanted = [p.strip() for p in prefixes.split(",") if p.strip()]
    names = D.feature_module().FEATURE_NAMES
    for p in wanted:
        if not any(n.startswith(p) for n in names):
            raise SystemExit(f"--ignore-features: no feature name starts with {p!r}; names look like "
                             f"{', '.join(names[:3])}, … (training/slt/features.py)")
    return [i for i, n in enumerate(names) if any(n.startswith(p) for p in wanted)]


def build_model(args, n_feat: int, ctc_vocab, codec) -> SignToText:
    cfg = SltConfig(n_feat, len(ctc_vocab), len(codec), args.d_model, args.heads, args.ff, args.enc_layers,
                    args.dec_layers, args.chunk, args.left_chunks, dropout=args.dropout, attn_dropout=args.attn_dropout,
                    ignored_features=ignored_feature_indices(args.ignore_features))
    return SignToText(cfg)


def with_type_head(model: SignToText) -> SignToText:
    """The same model with a fresh sentence-type head (weights copied, head initialised)."""
    cfg = SltConfig(**{**model.cfg.to_dict(), "sentence_types": len(SENTENCE_TYPES)})
    out = SignToText(cfg)
    missing, unexpected = out.load_state_dict(model.state_dict(), strict=False)
    assert not unexpected and all(k.startswith("type_head.") for k in missing), (missing, unexpected)
    return out


def init_from(path: str, type_head: bool, log) -> tuple:
    """A checkpoint's model, CTC vocabulary and text codec, to fine-tune (e.g. on a newer corpus)."""
    ck = torch.load(path, map_location="cpu")
    b = ck.get("bundle", ck)
    model = SignToText(SltConfig(**b["config"]))
    model.load_state_dict(b["model"])
    if type_head and model.type_head is None:
        model = with_type_head(model)
    log(f"initialised from {path} (step {ck.get('step', '?')})")
    return model, CtcVocab(b["ctc_vocab"]), TextCodec(b["text_merges"], b["text_vocab"])


def bundle_of(model: SignToText, ctc_vocab: CtcVocab, codec: TextCodec, args) -> dict:
    return {"config": model.cfg.to_dict(), "model": model.state_dict(), "ctc_vocab": ctc_vocab.itos,
            "text_merges": codec.bpe.merges, "text_vocab": codec.vocab.itos,
            "feature_names": list(D.feature_module().FEATURE_NAMES),
            "decode": {"beam": args.beam, "alpha": args.alpha}}


def main(argv=None) -> dict:
    args = parse_args(argv)
    started = time.time()
    dd = Dist()
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    log = Logger(args.out, dd.main)
    ckpt_path = os.path.join(args.out, "last.pt")
    resume = torch.load(ckpt_path, map_location="cpu") if args.resume else None
    if args.resume and dd.main:
        log(f"resuming from {ckpt_path}: epoch {resume['epoch']} batch {resume['batch']} step {resume['step']}")
    elif dd.main:
        with open(os.path.join(args.out, "args.json"), "w") as f:
            json.dump(vars(args), f, indent=2)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed + dd.rank)

    utts, corpus, train, dev = load_utterances(args, log)
    cache = args.cache or os.path.join(args.out, "features")
    feat_utts = utts if corpus is not None else train + dev
    if dd.main:
        store = D.FeatureStore(feat_utts, corpus, cache, build=True, log=log)
    dd.barrier()
    if not dd.main:
        store = D.FeatureStore(feat_utts, corpus, cache, build=False)

    if resume:
        ctc_vocab, codec = CtcVocab(resume["bundle"]["ctc_vocab"]), TextCodec(resume["bundle"]["text_merges"], resume["bundle"]["text_vocab"])
        model = SignToText(SltConfig(**resume["bundle"]["config"]))
        model.load_state_dict(resume["bundle"]["model"])
    elif args.init:
        model, ctc_vocab, codec = init_from(args.init, args.type_weight > 0, log)
    else:
        ctc_vocab = CtcVocab.build(u.glosses for u in train)
        codec = TextCodec.build([t for u in train for t in u.english], args.bpe_merges)
        model = build_model(args, store.dim, ctc_vocab, codec)
        if args.type_weight > 0:
            model = with_type_head(model)
        mean, std = store.stats([u.id for u in train], random.Random(args.seed))
        model.feat_mean.copy_(torch.from_numpy(mean))
        model.feat_std.copy_(torch.from_numpy(std))
    n_params = sum(p.numel() for p in model.parameters())
    log(f"vocab: CTC {len(ctc_vocab)} tokens, English {len(codec)} pieces | model {n_params / 1e6:.2f}M parameters "
        f"({n_params * 4 / 2**20:.1f} MiB fp32): {model.cfg.to_dict()}")
    ctc_ids = [ctc_vocab.encode(u.glosses) for u in train]
    type_ids = [sentence_type_id(u.english[0]) for u in train]
    if args.type_weight > 0 and model.type_head is None:
        raise SystemExit("--type-weight needs a sentence-type head: this checkpoint was trained without one")
    ref_ids = [[codec.encode(t)[: model.cfg.max_text_len - 2] for t in u.english] for u in train]
    net = torch.nn.parallel.DistributedDataParallel(model) if dd.world > 1 else model
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, betas=(0.9, 0.98), eps=1e-9, weight_decay=args.weight_decay)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_factor(args.warmup))
    epoch, batch0, step = 0, 0, 0
    best, history = -float("inf"), []
    if resume:
        opt.load_state_dict(resume["optimizer"])
        sched.load_state_dict(resume["scheduler"])
        epoch, batch0, step, best, history = resume["epoch"], resume["batch"], resume["step"], resume["best"], resume["history"]
        states = resume["rng"]
        if len(states) == dd.world:
            set_rng_state(states[dd.rank])
        else:
            log(f"checkpoint has RNG states for {len(states)} processes, this run has {dd.world}: dropout reseeded")
    stop_reason: Optional[str] = None

    def on_signal(signum, _frame):
        nonlocal stop_reason
        stop_reason = signal.Signals(signum).name

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    def checkpoint(batch_next: int) -> None:
        rngs = dd.gather(rng_state())
        if dd.main:
            save_atomic({"bundle": bundle_of(model, ctc_vocab, codec, args), "optimizer": opt.state_dict(),
                         "scheduler": sched.state_dict(), "rng": rngs, "epoch": epoch, "batch": batch_next,
                         "step": step, "best": best, "history": history, "args": vars(args)}, ckpt_path)

    step_losses: List[float] = []
    t_loop, steps_here = time.time(), 0
    while epoch < args.epochs and stop_reason is None:
        plan_rng = random.Random(f"{args.seed}/{epoch}")
        refs = [plan_rng.randrange(len(r)) for r in ref_ids]  # one reference per utterance per epoch
        batches = D.length_batches([u.frames for u in train], args.max_frames, plan_rng, dd.world)
        sums = [0.0] * 5  # loss·n, ctc, ctc tokens, ce, ce tokens
        for bi in range(batch0, len(batches)):
            glob = batches[bi]
            mine = D.rank_slice(glob, dd.rank, dd.world)
            if args.fps_aug > 0:
                feats = [FA.slow_camera(store.native(train[i].id), store.fps[train[i].id],
                                        FA.fps_rng(args.seed, epoch, i), args.fps_aug) for i in mine]
            else:
                feats = [store.get(train[i].id) for i in mine]
            if args.face_aug > 0:
                feats = [A.augment_face(x, A.utterance_rng(args.seed, epoch, i), args.face_aug)
                         for x, i in zip(feats, mine)]
            if args.hand_drop_aug > 0:
                feats = [A.drop_hands(x, A.drop_rng(args.seed, epoch, i), args.hand_drop_aug, args.drop_face_distance,
                                      args.drop_torso)
                         for x, i in zip(feats, mine)]
            if args.hand_rot_aug > 0:
                feats = [A.rotate_hands(x, A.rotate_rng(args.seed, epoch, i), args.hand_rot_aug)
                         for x, i in zip(feats, mine)]
            if args.passive_hand_aug > 0:
                feats = [A.drop_passive_hand(x, A.passive_rng(args.seed, epoch, i), args.passive_hand_aug)
                         for x, i in zip(feats, mine)]
            if args.hand_tilt_aug > 0:
                feats = [A.tilt_hands(x, A.tilt_rng(args.seed, epoch, i), args.hand_tilt_aug) for x, i in zip(feats, mine)]
            if args.crop_aug > 0:
                feats = [A.crop_single_sign(x, len(ctc_ids[i]), A.crop_rng(args.seed, epoch, i), args.crop_aug)
                         for x, i in zip(feats, mine)]
            b = D.make_batch(feats, [ctc_ids[i] for i in mine], [ref_ids[i][refs[i]] for i in mine])
            n_ctc = max(1, sum(len(ctc_ids[i]) for i in glob))
            n_ce = sum(len(ref_ids[i][refs[i]]) + 1 for i in glob)
            ctc_lp, steps, logits, type_logits = net(b.feats, b.frames, b.tgt_in)
            ce = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), b.tgt_out.reshape(-1), ignore_index=PAD,
                                 label_smoothing=args.label_smoothing, reduction="sum")
            has = (b.ctc_lengths > 0).float()
            ctc = (F.ctc_loss(ctc_lp.transpose(0, 1), b.ctc_targets, steps, b.ctc_lengths, blank=0,
                              reduction="none", zero_infinity=True) * has).sum()
            loss = args.ctc_weight * ctc / n_ctc + (1 - args.ctc_weight) * ce / n_ce
            if type_logits is not None:
                labels = torch.tensor([type_ids[i] for i in mine], dtype=torch.long)
                loss = loss + args.type_weight * F.cross_entropy(type_logits, labels, reduction="sum") / len(glob)
            opt.zero_grad()
            (loss * dd.world).backward()  # DDP averages gradients over ranks; the loss is a global sum
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            steps_here += 1
            out_of_time = (time.time() - started) / 60 > args.max_minutes
            reason = stop_reason or ("time limit" if out_of_time else None) or (
                "--stop-at-step" if step == args.stop_at_step else None)
            # One all-reduce per step: the loss terms for the log, and whether any rank must stop.
            part = dd.sum([loss.item(), ctc.item(), ce.item(), 1.0 if reason else 0.0])
            step_losses.append(part[0])
            sums = [sums[0] + part[0], sums[1] + part[1], sums[2] + n_ctc, sums[3] + part[2], sums[4] + n_ce]
            if part[3] > 0:
                stop_reason = reason or "another rank stopped"
                checkpoint(bi + 1)
                log(f"stopped ({stop_reason}) at epoch {epoch + 1} batch {bi + 1}/{len(batches)} step {step}; "
                    f"checkpoint {ckpt_path}")
                break
            if step % args.log_every == 0 or bi + 1 == len(batches):
                per_step = (time.time() - t_loop) / steps_here / 60
                left = ((args.epochs - epoch) * len(batches) - bi - 1) * per_step
                left = min(left, args.max_minutes - (time.time() - started) / 60)
                log(f"epoch {epoch + 1}/{args.epochs} batch {bi + 1}/{len(batches)} step {step} loss {sums[0] / (bi + 1 - batch0):.4f} "
                    f"ctc {sums[1] / sums[2]:.4f} ce {sums[3] / sums[4]:.4f} lr {sched.get_last_lr()[0]:.2e} | "
                    f"{per_step * 6e4:.0f} ms/step, ETA {fmt_minutes(left)}")
        else:
            epoch_loss = sums[0] / max(1, len(batches) - batch0)
            epoch, batch0 = epoch + 1, 0
            if dd.main:
                m = evaluate(model, dev, store, ctc_vocab, codec, args.max_frames)
                m.update(epoch=epoch, step=step, loss=epoch_loss,
                         minutes=(time.time() - started) / 60)
                history.append(m)
                improved = score(m) > best
                if improved:
                    best = score(m)
                    save_atomic(bundle_of(model, ctc_vocab, codec, args), os.path.join(args.out, "best.pt"))
                log(f"epoch {epoch} dev: gloss WER {m['gloss_wer']:.2f} BLEU-4 {m['bleu4']:.2f} BLEU-1 {m['bleu1']:.2f}"
                    f"{' (best)' if improved else ''} | {m['example']}")
            checkpoint(0)
            continue
        break

    summary = {"stopped": stop_reason, "epoch": epoch, "step": step, "step_losses": step_losses,
               "history": history, "parameters": n_params}
    if stop_reason is None and dd.main:
        final = torch.load(os.path.join(args.out, "best.pt"), map_location="cpu")
        model.load_state_dict(final["model"])
        m = evaluate(model, dev, store, ctc_vocab, codec, args.max_frames, args.beam, args.alpha)
        log(f"best checkpoint, beam {args.beam} alpha {args.alpha}: dev gloss WER {m['gloss_wer']:.2f} "
            f"BLEU-4 {m['bleu4']:.2f} BLEU-1 {m['bleu1']:.2f} | {m['example']}")
        summary["dev_beam"] = m
        final["summary"] = {k: v for k, v in summary.items() if k != "step_losses"}
        save_atomic(final, os.path.join(args.out, "model.pt"))
        with open(os.path.join(args.out, "summary.json"), "w") as f:
            json.dump(final["summary"], f, indent=2)
        log(f"done: {(time.time() - started) / 60:.1f} min, bundle {os.path.join(args.out, 'model.pt')}")
    dd.barrier()
    if dd.world > 1:
        dist.destroy_process_group()
    return summary


if __name__ == "__main__":
    main()
