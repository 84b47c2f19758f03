"""Train the first-stage screen ``dehum-screen-v2`` (called by ``python -m models.dehumanization.train``).

Data: every labelled row of every dataset (datasets.py, no embedding caps: features are cheap), the
generated positives and literal hard negatives (synthetic.py), the team-written sentences (``written/``,
weighted as for the classifier), and sentences of real, mostly benign
long-form text as negatives (UN General Debate speeches, news article gold texts, and UN sentences that
name a group), so the screen lets few ordinary sentences through to the expensive stages. Train/dev by text hash (``split_of``); of train,
20% picks the candidate threshold: the highest one that keeps ``TARGET_RECALL`` of real positives.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
from pathlib import Path
from typing import Any

import numpy as np

from models.dehumanization.datasets import WRITTEN_WEIGHT, Example, load_all, load_written, split_of
from models.dehumanization.synthetic import generate
from nlp.dehumanization.screen import SCREEN_NAME, TOKEN_PATTERN, SentenceScreen, save_screen
from nlp.evaluation.data import binary_metrics
from nlp.lexicons import LexiconSet

__all__ = ["benign_group_sentences", "benign_news_sentences", "benign_sentences", "train_screen"]

log = logging.getLogger(__name__)
TARGET_RECALL = 0.9
C = 4.0
MIN_DF = 2


def benign_sentences(root: Path, speeches: int = 1000, per_speech: int = 30, seed: int = 13) -> list[Example]:
    """Sentences of UN speeches and news gold texts (label 0): what the screen mostly sees in production. Only
    speeches in the train split (``split_of``): the dev split's speeches are left for regression checks."""
    from nlp.dehumanization.analyzer import split_sentences

    rng = random.Random(seed)
    out: list[Example] = []
    path = root / "un_general_debate_1990_2024" / "ungdc_1990_2024.jsonl.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            texts = [t for t in (json.loads(line)["text"] for line in fh) if split_of(t) == "train"]
        for text in rng.sample(texts, min(speeches, len(texts))):
            sents = [text[s:e].strip() for s, e in split_sentences(text)]
            out += [Example(s[:400], 0, "un_speeches", "en") for s in rng.sample(sents, min(per_speech, len(sents)))
                    if len(s) > 20]
    gold = root / "article_extraction_scrapinghub" / "ground-truth.json"
    if gold.exists():
        for item in json.loads(gold.read_text(encoding="utf-8")).values():
            body = item.get("articleBody") or ""
            out += [Example(body[s:e].strip()[:400], 0, "news_articles", "en") for s, e in split_sentences(body)
                    if e - s > 20]
    return out


# ConfliBERT splits that no regression check reads (those read satp_relevant/dev, insightCrime/train and
# IndiaPoliceEvents_sents/train): conflict and crime news, benign for this task in all but a few sentences
_NEWS_SPLITS = ("satp_relevant/train.tsv", "insightCrime/dev.tsv", "IndiaPoliceEvents_sents/dev.tsv",
                "cameo_class/train.tsv")


def benign_news_sentences(root: Path, limit: int = 2500, seed: int = 13) -> list[Example]:
    """Sentences of conflict and crime news (label 0): groups, violence and migrants named in reporting, which
    the classifier must not read as rhetoric."""
    import csv

    from nlp.dehumanization.analyzer import split_sentences

    csv.field_size_limit(10**9)
    sentences: list[str] = []
    for name in _NEWS_SPLITS:
        path = root / "conflibert_eval" / name
        if not path.exists():
            log.warning("%s missing: skipped", path)
            continue
        with path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                text = row[0] if row else ""
                sentences += [text[s:e].strip() for s, e in split_sentences(text) if 30 < e - s <= 400]
    sentences = sorted(set(sentences))
    picked = random.Random(seed).sample(sentences, min(limit, len(sentences)))
    return [Example(s, 0, "news_sentences", "en") for s in picked]


def benign_group_sentences(root: Path, lexicons: LexiconSet, limit: int = 3000, seed: int = 7) -> list[Example]:
    """UN speech sentences that name a group (Jews, refugees, Palestinians...): the hard benign case, since
    hate data teach a model that naming a group is itself a sign of hate."""
    from nlp.dehumanization.analyzer import split_sentences
    from nlp.lexicons import LexiconMatcher

    comp = LexiconMatcher(lexicons).languages["en"]
    path = root / "un_general_debate_1990_2024" / "ungdc_1990_2024.jsonl.gz"
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    out: list[Example] = []
    for text in random.Random(seed).sample(texts, min(1500, len(texts))):
        for s, e in split_sentences(text):
            sentence = text[s:e].strip()
            if 30 < len(sentence) <= 400 and comp.group_mentions(sentence):
                out.append(Example(sentence, 0, "un_group_mentions", "en"))
        if len(out) >= limit:
            break
    return out[:limit]


def _vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(lowercase=True, token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), binary=True,
                           use_idf=False, norm="l2", min_df=MIN_DF, dtype=np.float32)


def _pick_threshold(probs: np.ndarray, y: np.ndarray, real: np.ndarray) -> float:
    pos = np.sort(probs[(y == 1) & real])
    if not len(pos):
        return 0.5
    return float(np.round(pos[int(len(pos) * (1 - TARGET_RECALL))], 4))


def _report(rows: list[Example], probs: list[float], threshold: float) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for key in ("dataset", "lang"):
        for name in sorted({getattr(r, key) for r in rows}):
            idx = [i for i, r in enumerate(rows) if getattr(r, key) == name]
            m = binary_metrics([rows[i].label for i in idx], [int(probs[i] >= threshold) for i in idx])
            out[f"{key}:{name}"] = {**m, "pass_rate": round((m["tp"] + m["fp"]) / max(m["n"], 1), 4)}
    return out


def train_screen(data_root: Path, out_dir: Path, lexicons: LexiconSet, seed: int = 13) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    rows = load_all(data_root) + generate(lexicons, seed=seed) + benign_sentences(data_root, seed=seed) + \
        benign_group_sentences(data_root, lexicons) + benign_news_sentences(data_root) + load_written()
    rows = list({r.text: r for r in rows}.values())
    weight = np.array([WRITTEN_WEIGHT if r.dataset == "written" else 1.0 for r in rows])
    is_dev = np.array([split_of(r.text) == "dev" for r in rows])
    y = np.array([r.label for r in rows])
    real = np.array([not r.dataset.startswith("synthetic") for r in rows])
    train_idx = np.flatnonzero(~is_dev)
    calib = np.random.default_rng(seed).random(len(train_idx)) < 0.2
    fit_idx, cal_idx = train_idx[~calib], train_idx[calib]
    vec = _vectorizer()
    X_fit = vec.fit_transform([rows[i].text for i in fit_idx])
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=seed, solver="liblinear")
    clf.fit(X_fit, y[fit_idx], sample_weight=weight[fit_idx])
    weights = clf.coef_[0]
    keep = np.abs(weights) >= 0.02  # tiny weights change no decision; dropping them keeps the artifact small
    vocab = vec.get_feature_names_out()[keep].tolist()
    screen = SentenceScreen(SCREEN_NAME, dict(zip(vocab, weights[keep].astype(np.float16).astype(float).tolist(),
                                                  strict=True)), float(clf.intercept_[0]), 0.5)
    cal_probs = np.array(screen.score([rows[i].text for i in cal_idx]))
    screen.threshold = _pick_threshold(cal_probs, y[cal_idx], real[cal_idx])
    dev_rows = [rows[i] for i in np.flatnonzero(is_dev)]
    dev_probs = screen.score([r.text for r in dev_rows])
    meta = {"name": SCREEN_NAME, "threshold": screen.threshold, "seed": seed, "target_recall": TARGET_RECALL,
            "features": f"binary word 1-2 grams ({TOKEN_PATTERN!r}, lowercased, min_df {MIN_DF}), l2 norm",
            "head": f"logistic regression (C={C}, balanced, liblinear), |w| >= 0.02 kept",
            "n_features": len(vocab), "n_fit": len(fit_idx), "n_calibration": len(cal_idx),
            "n_dev": len(dev_rows), "dev": _report(dev_rows, dev_probs, screen.threshold)}
    save_screen(out_dir, SCREEN_NAME, vocab, weights[keep], float(clf.intercept_[0]), meta)
    log.info("screen: %d features, threshold %.4f", len(vocab), screen.threshold)
    return meta
