"""Analyses and merged events on SQLite."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from store.models import Analysis, Document, Event
from store.sqlite.codec import to_ts
from store.sqlite.connection import SqliteConnections
from store.sqlite.documents import _DOC_COLUMNS, _row_doc


class AnalysesMixin:
    db: SqliteConnections

    def put_analyses(self, analyses: Sequence[Analysis]) -> int:
        """Store analyses; re-running an analyzer at the same version replaces its result."""
        with self.db.write() as conn:
            conn.executemany(
                "INSERT INTO analyses(document_id, analyzer, version, created_at, n_findings, n_events, data) "
                "VALUES (?,?,?,?,?,?,?) ON CONFLICT(document_id, analyzer, version) DO UPDATE SET "
                "created_at=excluded.created_at, n_findings=excluded.n_findings, n_events=excluded.n_events, "
                "data=excluded.data",
                [(a.document_id, a.analyzer, a.version, to_ts(a.created_at), len(a.findings), len(a.events),
                  a.model_dump_json()) for a in analyses])
        return len(analyses)

    def get_analyses(self, document_id: str, analyzer: str | None = None) -> list[Analysis]:
        sql = "SELECT data FROM analyses WHERE document_id=?"
        params: list = [document_id]
        if analyzer:
            sql += " AND analyzer=?"
            params.append(analyzer)
        return [Analysis.model_validate_json(r[0]) for r in self.db.conn.execute(sql + " ORDER BY created_at", params)]

    def iter_analyses(self, analyzer: str | None = None, batch_size: int = 500) -> Iterator[Analysis]:
        last = 0
        while True:
            sql = "SELECT rowid, data FROM analyses WHERE rowid > ?"
            params: list = [last]
            if analyzer:
                sql += " AND analyzer=?"
                params.append(analyzer)
            rows = self.db.conn.execute(sql + " ORDER BY rowid LIMIT ?", [*params, batch_size]).fetchall()
            if not rows:
                return
            for r in rows:
                yield Analysis.model_validate_json(r[1])
            last = rows[-1][0]

    def documents_needing_analysis(self, analyzer: str, version: str, limit: int = 100) -> list[Document]:
        cols = ", ".join(f"d.{c.strip()}" for c in _DOC_COLUMNS.split(","))
        rows = self.db.conn.execute(
            f"SELECT {cols} FROM documents d WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE "
            f"a.document_id = d.id AND a.analyzer = ? AND a.version = ?) ORDER BY d.rowid LIMIT ?",
            (analyzer, version, limit)).fetchall()
        return [_row_doc(r) for r in rows]

    def upsert_events(self, events: Sequence[Event]) -> None:
        with self.db.write() as conn:
            conn.executemany(
                "INSERT INTO events(id, country, event_date, type, data) VALUES (?,?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET country=excluded.country, event_date=excluded.event_date, "
                "type=excluded.type, data=excluded.data",
                [(e.id, e.country, e.event_date.isoformat() if e.event_date else None, e.type, e.model_dump_json())
                 for e in events])

    def delete_events(self, ids: Sequence[str]) -> int:
        """Delete merged events by id (a re-merge drops events that lost every report); returns
        how many existed."""
        unique = sorted(set(ids))
        if not unique:
            return 0
        deleted = 0
        with self.db.write() as conn:
            for lo in range(0, len(unique), 500):  # stay under SQLite's bound-parameter limit
                chunk = unique[lo:lo + 500]
                marks = ",".join("?" * len(chunk))
                deleted += conn.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk).rowcount
        return deleted

    def get_event(self, event_id: str) -> Event | None:
        r = self.db.conn.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
        return Event.model_validate_json(r[0]) if r else None

    def list_events(self, country: str | None = None, day_from: date | None = None,
                    day_to: date | None = None, limit: int | None = None) -> list[Event]:
        clauses: list[str] = []
        params: list = []
        if country:
            clauses.append("country=?")
            params.append(country)
        if day_from:
            clauses.append("event_date>=?")
            params.append(day_from.isoformat())
        if day_to:
            clauses.append("event_date<=?")
            params.append(day_to.isoformat())
        sql = "SELECT data FROM events" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        sql += " ORDER BY event_date DESC, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [Event.model_validate_json(r[0]) for r in self.db.conn.execute(sql, params)]
