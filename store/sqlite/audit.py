"""The hash-chained audit log on SQLite (``store/audit.py`` defines records and verification).

Appends take SQLite's write lock (``BEGIN IMMEDIATE``, or the caller's open transaction), so the
head read and the insert of the next link cannot interleave with another writer: the chain never
forks, even with many processes writing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime

from store.audit import GENESIS, AuditAnchor, AuditRecord, ChainedRecord, chain_hash
from store.sqlite.codec import from_ts, to_ts
from store.sqlite.connection import SqliteConnections

__all__ = ["AuditLogMixin"]


def _head(conn: sqlite3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if row is not None:
        return int(row[0]), str(row[1])
    anchor = conn.execute("SELECT seq, hash FROM audit_anchor WHERE id=1").fetchone()
    return (int(anchor[0]), str(anchor[1])) if anchor else (0, GENESIS)


def _chained(row: sqlite3.Row) -> ChainedRecord:
    return ChainedRecord(seq=row[0], record=AuditRecord.model_validate_json(row[1]), prev_hash=row[2], hash=row[3])


class AuditLogMixin:
    db: SqliteConnections

    def append_audit_record(self, record: AuditRecord) -> ChainedRecord:
        """Link ``record`` to the head of the chain and store it (in the caller's transaction if any)."""
        with self.db.write() as conn:
            seq, prev_hash = _head(conn)
            seq += 1
            digest = chain_hash(prev_hash, seq, record)
            conn.execute("INSERT INTO audit_log(seq, at, actor, action, subject, data, prev_hash, hash) "
                         "VALUES (?,?,?,?,?,?,?,?)",
                         (seq, to_ts(record.at), record.actor, record.action, record.subject,
                          record.model_dump_json(), prev_hash, digest))
        return ChainedRecord(seq=seq, record=record, prev_hash=prev_hash, hash=digest)

    def iter_audit_records(self, after_seq: int = 0, batch_size: int = 1000) -> Iterator[ChainedRecord]:
        """Every record after ``after_seq``, in chain order (read in batches: the log can be long)."""
        last = after_seq
        while True:
            rows = self.db.conn.execute("SELECT seq, data, prev_hash, hash FROM audit_log WHERE seq > ? "
                                        "ORDER BY seq LIMIT ?", (last, batch_size)).fetchall()
            if not rows:
                return
            for row in rows:
                yield _chained(row)
            last = int(rows[-1][0])

    def list_audit_records(self, subject: str | None = None, actor: str | None = None,
                           limit: int = 100) -> list[ChainedRecord]:
        """The most recent records (newest first), optionally for one subject or actor."""
        clauses, params = [], []
        for clause, value in (("subject=?", subject), ("actor=?", actor)):
            if value:
                clauses.append(clause)
                params.append(value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.conn.execute(f"SELECT seq, data, prev_hash, hash FROM audit_log{where} ORDER BY seq DESC "
                                    "LIMIT ?", (*params, int(limit))).fetchall()
        return [_chained(r) for r in rows]

    def audit_anchor(self) -> AuditAnchor:
        row = self.db.conn.execute("SELECT seq, hash, at, actor, reason FROM audit_anchor WHERE id=1").fetchone()
        if row is None:
            return AuditAnchor()
        return AuditAnchor(seq=row[0], hash=row[1], at=from_ts(row[2]), actor=row[3], reason=row[4])

    def adopt_audit_anchor(self, anchor: AuditAnchor) -> None:
        """Start this (empty) chain where another store's chain starts: used by ``store copy`` to carry a
        chain whose oldest records an audited purge removed. ``ValueError`` when this chain has records
        or another anchor (a chain is never re-rooted)."""
        with self.db.write() as conn:
            if _head(conn) == (anchor.seq, anchor.hash):
                return
            if _head(conn) != (0, GENESIS):
                raise ValueError("this audit chain already has records or an anchor; it cannot adopt another root")
            if anchor.at is None or not anchor.actor or not anchor.reason:
                raise ValueError("an audit anchor other than GENESIS comes from a purge: it needs at, actor and reason")
            conn.execute("INSERT INTO audit_anchor(id, seq, hash, at, actor, reason) VALUES (1,?,?,?,?,?)",
                         (anchor.seq, anchor.hash, to_ts(anchor.at), anchor.actor, anchor.reason))

    def purge_audit_records(self, before: datetime, actor: str, reason: str, now: datetime) -> int:
        """Delete records older than ``before`` (admin only; the caller checks the role).

        The anchor moves to the last deleted record so the rest still verifies, and a record of the
        purge (who, why, how many, up to which hash) is appended to the chain in the same transaction."""
        if not actor.strip() or not reason.strip():
            raise ValueError("an audit purge needs an actor and a reason: it is itself recorded")
        with self.db.write() as conn:
            row = conn.execute("SELECT seq, hash FROM audit_log WHERE at < ? ORDER BY seq DESC LIMIT 1",
                               (to_ts(before),)).fetchone()
            if row is None:
                return 0
            last_seq, last_hash = int(row[0]), str(row[1])
            conn.execute("INSERT INTO audit_purge_permit(id) VALUES (1)")
            deleted = conn.execute("DELETE FROM audit_log WHERE seq <= ?", (last_seq,)).rowcount
            conn.execute("DELETE FROM audit_purge_permit")
            conn.execute("INSERT INTO audit_anchor(id, seq, hash, at, actor, reason) VALUES (1,?,?,?,?,?) "
                         "ON CONFLICT(id) DO UPDATE SET seq=excluded.seq, hash=excluded.hash, at=excluded.at, "
                         "actor=excluded.actor, reason=excluded.reason",
                         (last_seq, last_hash, to_ts(now), actor, reason))
            self.append_audit_record(AuditRecord(
                at=now, actor=actor, action="audit.purge", subject="audit_log",
                details={"before": before.isoformat(), "deleted": deleted, "through_seq": last_seq,
                         "anchor_hash": last_hash, "reason": reason}))
        return deleted
