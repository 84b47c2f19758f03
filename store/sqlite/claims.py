"""Work claims on SQLite (see ``store.claims``): atomic under SQLite's write lock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from store.claims import Claim, claim_task
from store.models import Analysis, Document, utc_now
from store.sqlite.codec import from_ts, to_ts
from store.sqlite.connection import SqliteConnections

__all__ = ["ClaimsMixin"]

_CLAIM = """
INSERT INTO claims(task, document_id, worker_id, claimed_at, expires_at)
SELECT ?, d.id, ?, ?, ? FROM documents d
WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE a.document_id = d.id AND a.analyzer = ? AND a.version = ?)
  AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.task = ? AND c.document_id = d.id AND c.expires_at > ?)
ORDER BY d.rowid LIMIT ?
ON CONFLICT(task, document_id) DO UPDATE SET worker_id = excluded.worker_id,
    claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
RETURNING document_id
"""


class ClaimsMixin:
    db: SqliteConnections
    # provided by DocumentsMixin and AnalysesMixin of SQLiteStore
    get_documents: Callable[[Sequence[str]], list[Document]]
    put_analyses: Callable[[Sequence[Analysis]], int]

    def claim_documents(self, analyzer: str, version: str, worker_id: str, limit: int = 16,
                        lease_s: float = 300.0) -> list[Document]:
        """Claim up to ``limit`` documents lacking an ``analyzer@version`` analysis and a live claim."""
        now = utc_now()
        task = claim_task(analyzer, version)
        with self.db.write() as conn:
            rows = conn.execute(_CLAIM, (task, worker_id, to_ts(now), to_ts(now + timedelta(seconds=lease_s)),
                                         analyzer, version, task, to_ts(now), limit)).fetchall()
        return self.get_documents([r[0] for r in rows])

    def complete_claims(self, worker_id: str, analyses: Sequence[Analysis]) -> int:
        """Store the analyses this worker still holds claims for and release those claims.

        An analysis whose claim was taken over by another worker (this one overran its lease)
        is dropped, as is one for a released claim whose document was analysed meanwhile."""
        keep: list[Analysis] = []
        with self.db.write() as conn:
            for a in analyses:
                task = claim_task(a.analyzer, a.version)
                row = conn.execute("SELECT worker_id FROM claims WHERE task=? AND document_id=?",
                                   (task, a.document_id)).fetchone()
                if row is not None and row[0] != worker_id:
                    continue
                if row is None and conn.execute(
                        "SELECT 1 FROM analyses WHERE document_id=? AND analyzer=? AND version=?",
                        (a.document_id, a.analyzer, a.version)).fetchone():
                    continue
                keep.append(a)
            self.put_analyses(keep)  # joins this transaction
            conn.executemany("DELETE FROM claims WHERE task=? AND document_id=? AND worker_id=?",
                             [(claim_task(a.analyzer, a.version), a.document_id, worker_id) for a in keep])
        return len(keep)

    def release_claims(self, analyzer: str, version: str, worker_id: str, document_ids: Sequence[str]) -> None:
        with self.db.write() as conn:
            conn.executemany("DELETE FROM claims WHERE task=? AND document_id=? AND worker_id=?",
                             [(claim_task(analyzer, version), d, worker_id) for d in document_ids])

    def list_claims(self, task: str | None = None) -> list[Claim]:
        sql = "SELECT task, document_id, worker_id, claimed_at, expires_at FROM claims"
        rows = self.db.conn.execute(sql + (" WHERE task=?" if task else "") + " ORDER BY claimed_at, document_id",
                                    (task,) if task else ()).fetchall()
        return [Claim(task=r[0], document_id=r[1], worker_id=r[2], claimed_at=from_ts(r[3]),
                      expires_at=from_ts(r[4])) for r in rows]
