"""The embedded SQLite backend: one file, WAL, FTS5, migrations. No server, no set-up."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Self

from store.models import Capture, Document, FeedState, UpsertResult
from store.sqlite.alerting import AlertingMixin
from store.sqlite.alerts import AlertsMixin
from store.sqlite.analyses import AnalysesMixin
from store.sqlite.audit import AuditLogMixin
from store.sqlite.claims import ClaimsMixin
from store.sqlite.connection import SqliteConnections, SqliteOptions, available_migrations
from store.sqlite.crawl import CrawlMixin
from store.sqlite.documents import DocumentsMixin
from store.sqlite.retention import RetentionMixin
from store.sqlite.signal_sql import SignalSeriesMixin, SignalSqlMixin
from store.sqlite.sources import SourcesMixin
from store.sqlite.timeline import TimelineMixin
from store.sqlite.ui import UiMixin

__all__ = ["SQLiteStore", "SqliteOptions", "available_migrations"]


class SQLiteStore(SourcesMixin, DocumentsMixin, AnalysesMixin, AlertsMixin, AlertingMixin, UiMixin, CrawlMixin,
                  ClaimsMixin, AuditLogMixin, RetentionMixin, TimelineMixin, SignalSqlMixin,
                  SignalSeriesMixin):
    """The default ``Store``: everything in one SQLite file (``var/tocsin.db`` by default)."""

    def __init__(self, path: Path | str, options: SqliteOptions | None = None,
                 migrations: list[tuple[str, str]] | None = None) -> None:
        self.path = path
        self.db = SqliteConnections(path, options, migrations)

    def schema_version(self) -> int:
        return self.db.schema_version()

    def record_feed_poll(self, capture: Capture, documents: Sequence[Document],
                         state: FeedState | None) -> UpsertResult:
        """One polled feed in one write transaction: its capture, its documents and, when given, its new
        conditional-GET state. One commit instead of three, and no state that says "seen" without the
        documents it saw."""
        with self.db.write():  # the calls below join this transaction
            self.put_capture(capture)
            result = self.upsert_documents(documents) if documents else UpsertResult()
            if state is not None:
                self.put_feed_state(state)
        return result

    def integrity_check(self) -> str:
        return str(self.db.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"
