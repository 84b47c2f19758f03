"""Crawl room on SQLite: near-duplicate cluster signatures, unclustered documents, item times.

``ClusterSignature`` is what ``ingest.cluster`` keeps per document so that clustering is
incremental: a new document is compared with the stored signatures of earlier ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from store.models import Document, UtcDatetime
from store.sqlite.codec import from_ts, to_ts
from store.sqlite.connection import SqliteConnections
from store.sqlite.documents import _DOC_COLUMNS, _row_doc

__all__ = ["ClusterSignature", "CrawlMixin"]


class ClusterSignature(BaseModel):
    """Near-duplicate fingerprints of one document and the cluster it joined."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    document_id: str
    cluster_id: str
    language: str | None = None
    at: UtcDatetime = Field(description="published_at, else fetched_at: the time used for the window")
    minhash: bytes | None = Field(None, description="MinHash hash values (affine32 scheme), little-endian uint32")
    embedding: bytes | None = Field(None, description="L2-normalized embedding, little-endian float32")
    version: str = Field(description="clustering version that produced the signature")


class CrawlMixin:
    db: SqliteConnections

    def put_cluster_signatures(self, signatures: Sequence[ClusterSignature]) -> None:
        """Store signatures and set each document's cluster id, in one transaction."""
        with self.db.write() as conn:
            conn.executemany(
                "INSERT INTO cluster_signatures(document_id, cluster_id, language, at, minhash, embedding, version) "
                "VALUES (?,?,?,?,?,?,?) ON CONFLICT(document_id) DO UPDATE SET cluster_id=excluded.cluster_id, "
                "language=excluded.language, at=excluded.at, minhash=excluded.minhash, "
                "embedding=excluded.embedding, version=excluded.version",
                [(s.document_id, s.cluster_id, s.language, to_ts(s.at), s.minhash, s.embedding, s.version)
                 for s in signatures])
            conn.executemany("UPDATE documents SET cluster_id=? WHERE id=?",
                             [(s.cluster_id, s.document_id) for s in signatures])

    def cluster_signatures_since(self, since: datetime | None = None) -> list[ClusterSignature]:
        """Signatures with ``at >= since`` (all when None), oldest first."""
        sql = "SELECT document_id, cluster_id, language, at, minhash, embedding, version FROM cluster_signatures"
        params: tuple = ()
        if since is not None:
            sql += " WHERE at >= ?"
            params = (to_ts(since),)
        rows = self.db.conn.execute(sql + " ORDER BY at, document_id", params).fetchall()
        return [ClusterSignature(document_id=r[0], cluster_id=r[1], language=r[2], at=from_ts(r[3]),
                                 minhash=r[4], embedding=r[5], version=r[6]) for r in rows]

    def unclustered_documents(self, limit: int = 1000) -> list[Document]:
        """Documents without a cluster id, oldest (published, else fetched) first."""
        rows = self.db.conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE cluster_id IS NULL "
            f"ORDER BY coalesce(published_at, fetched_at), id LIMIT ?", (limit,)).fetchall()
        return [_row_doc(r) for r in rows]

    def document_times_by_source(self, since: datetime | None = None) -> dict[str, list[datetime]]:
        """Per source, the times of its documents (published, else fetched), oldest first."""
        sql = "SELECT source_id, coalesce(published_at, fetched_at) AS t FROM documents"
        params: tuple = ()
        if since is not None:
            sql += " WHERE coalesce(published_at, fetched_at) >= ?"
            params = (to_ts(since),)
        out: dict[str, list[datetime]] = {}
        for source_id, ts in self.db.conn.execute(sql + " ORDER BY t", params):
            parsed = from_ts(ts)
            if parsed is not None:
                out.setdefault(source_id, []).append(parsed)
        return out
