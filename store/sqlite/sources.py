"""Sources, feed state, source health and quarantine on SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from store.models import FeedState, Quarantined, Source, SourceHealth, utc_now
from store.sqlite.codec import from_ts, to_ts
from store.sqlite.connection import SqliteConnections


class SourcesMixin:
    db: SqliteConnections

    def upsert_sources(self, sources: Sequence[Source]) -> None:
        with self.db.write() as conn:
            conn.executemany(
                "INSERT INTO sources(id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data=excluded.data",
                [(s.id, s.model_dump_json()) for s in sources])

    def list_sources(self) -> list[Source]:
        rows = self.db.conn.execute("SELECT data FROM sources ORDER BY id").fetchall()
        return [Source.model_validate_json(r[0]) for r in rows]

    def get_source(self, source_id: str) -> Source | None:
        row = self.db.conn.execute("SELECT data FROM sources WHERE id=?", (source_id,)).fetchone()
        return Source.model_validate_json(row[0]) if row else None

    def get_feed_state(self, source_id: str, url: str) -> FeedState | None:
        row = self.db.conn.execute(
            "SELECT etag, last_modified, polled_at FROM feed_state WHERE source_id=? AND url=?",
            (source_id, url)).fetchone()
        if row is None:
            return None
        return FeedState(source_id=source_id, url=url, etag=row[0], last_modified=row[1],
                         polled_at=from_ts(row[2]))

    def put_feed_state(self, state: FeedState) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO feed_state(source_id, url, etag, last_modified, polled_at) VALUES (?,?,?,?,?) "
                "ON CONFLICT(source_id, url) DO UPDATE SET etag=excluded.etag, "
                "last_modified=excluded.last_modified, polled_at=excluded.polled_at",
                (state.source_id, state.url, state.etag, state.last_modified, to_ts(state.polled_at)))

    def record_source_success(self, source_id: str, at: datetime, items: int) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO source_health(source_id, last_success_at) VALUES (?, ?) "
                "ON CONFLICT(source_id) DO UPDATE SET last_success_at=excluded.last_success_at",
                (source_id, to_ts(at)))

    def record_source_error(self, source_id: str, at: datetime, error: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO source_health(source_id, last_error_at, last_error) VALUES (?, ?, ?) "
                "ON CONFLICT(source_id) DO UPDATE SET last_error_at=excluded.last_error_at, "
                "last_error=excluded.last_error", (source_id, to_ts(at), error[:2000]))

    def source_health(self) -> list[SourceHealth]:
        since = to_ts(utc_now() - timedelta(hours=24))
        rows = self.db.conn.execute(
            """
            SELECT s.id, h.last_success_at, h.last_error_at, h.last_error,
                   (SELECT count(*) FROM documents d WHERE d.source_id = s.id),
                   (SELECT count(*) FROM documents d WHERE d.source_id = s.id AND d.fetched_at >= ?)
            FROM (SELECT id FROM sources UNION SELECT source_id FROM source_health) s
            LEFT JOIN source_health h ON h.source_id = s.id ORDER BY s.id
            """, (since,)).fetchall()
        return [SourceHealth(source_id=r[0], last_success_at=from_ts(r[1]), last_error_at=from_ts(r[2]),
                             last_error=r[3], documents_total=r[4], items_last_24h=r[5]) for r in rows]

    def quarantine(self, item: Quarantined) -> None:
        with self.db.write() as conn:
            conn.execute("INSERT INTO quarantine(stage, ref, error, digest, at) VALUES (?,?,?,?,?)",
                         (item.stage, item.ref, item.error[:4000], item.digest, to_ts(item.at)))

    def list_quarantine(self, stage: str | None = None) -> list[Quarantined]:
        sql = "SELECT stage, ref, error, digest, at FROM quarantine"
        params: tuple = ()
        if stage:
            sql += " WHERE stage=?"
            params = (stage,)
        rows = self.db.conn.execute(sql + " ORDER BY id", params).fetchall()
        return [Quarantined(stage=r[0], ref=r[1], error=r[2], digest=r[3], at=from_ts(r[4])) for r in rows]
