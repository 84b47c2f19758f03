"""Signals, alerts with their append-only audit trail, and reviews on SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from store.audit import record_for_review
from store.models import Alert, AlertStatus, AuditEntry, Review, Signal
from store.sqlite.codec import to_ts
from store.sqlite.connection import SqliteConnections


class AlertsMixin:
    db: SqliteConnections

    def put_signals(self, signals: Sequence[Signal]) -> None:
        with self.db.write() as conn:
            conn.executemany(
                "INSERT INTO signals(country, day, kind, value, data) VALUES (?,?,?,?,?) "
                "ON CONFLICT(country, day, kind) DO UPDATE SET value=excluded.value, data=excluded.data",
                [(s.country, s.day.isoformat(), s.kind, s.value, s.model_dump_json()) for s in signals])

    def list_signals(self, country: str | None = None, kind: str | None = None,
                     day_from: date | None = None, day_to: date | None = None) -> list[Signal]:
        clauses: list[str] = []
        params: list = []
        for clause, value in (("country=?", country), ("kind=?", kind),
                              ("day>=?", day_from.isoformat() if day_from else None),
                              ("day<=?", day_to.isoformat() if day_to else None)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        sql = "SELECT data FROM signals" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        return [Signal.model_validate_json(r[0]) for r in self.db.conn.execute(sql + " ORDER BY country, kind, day",
                                                                               params)]

    def upsert_alert(self, alert: Alert) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO alerts(id, country, kind, status, severity, opened_at, updated_at, data) "
                "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET status=excluded.status, "
                "severity=excluded.severity, updated_at=excluded.updated_at, data=excluded.data",
                (alert.id, alert.country, alert.kind, alert.status.value, alert.severity, to_ts(alert.opened_at),
                 to_ts(alert.updated_at), alert.model_dump_json()))

    def get_alert(self, alert_id: str) -> Alert | None:
        r = self.db.conn.execute("SELECT data FROM alerts WHERE id=?", (alert_id,)).fetchone()
        return Alert.model_validate_json(r[0]) if r else None

    def list_alerts(self, status: Sequence[AlertStatus] | None = None, country: str | None = None,
                    kind: str | None = None, limit: int | None = None) -> list[Alert]:
        clauses: list[str] = []
        params: list = []
        if status:
            clauses.append(f"status IN ({','.join('?' * len(status))})")
            params.extend(AlertStatus(s).value for s in status)
        if country:
            clauses.append("country=?")
            params.append(country)
        if kind:
            clauses.append("kind=?")
            params.append(kind)
        sql = "SELECT data FROM alerts" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        sql += " ORDER BY updated_at DESC, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [Alert.model_validate_json(r[0]) for r in self.db.conn.execute(sql, params)]

    def append_audit(self, entry: AuditEntry) -> None:
        with self.db.write() as conn:
            conn.execute("INSERT INTO alert_audit(alert_id, at, data) VALUES (?,?,?)",
                         (entry.alert_id, to_ts(entry.at), entry.model_dump_json()))

    def audit_trail(self, alert_id: str) -> list[AuditEntry]:
        rows = self.db.conn.execute("SELECT data FROM alert_audit WHERE alert_id=? ORDER BY id", (alert_id,))
        return [AuditEntry.model_validate_json(r[0]) for r in rows]

    def add_review(self, review: Review, *, chain: bool = True) -> None:
        """Store the review and chain it in the audit log in the same transaction; ``chain=False`` only for
        ``store copy``, which carries the source's chain (where the review's record already is)."""
        with self.db.write() as conn:
            conn.execute("INSERT INTO reviews(id, target_kind, target_id, at, data) VALUES (?,?,?,?,?) "
                         "ON CONFLICT(id) DO UPDATE SET at=excluded.at, data=excluded.data",
                         (review.id, review.target_kind, review.target_id, to_ts(review.at), review.model_dump_json()))
            if chain:
                self.append_audit_record(record_for_review(review))  # type: ignore[attr-defined]  # hash chain

    def list_reviews(self, target_kind: str | None = None) -> list[Review]:
        sql, params = "SELECT data FROM reviews", []
        if target_kind:
            sql += " WHERE target_kind=?"
            params.append(target_kind)
        return [Review.model_validate_json(r[0]) for r in self.db.conn.execute(sql + " ORDER BY at", params)]
