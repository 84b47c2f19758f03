"""The embedded SQLite backend: one file, WAL, FTS5, migrations. No server, no set-up."""

from __future__ import annotations

from pathlib import Path
from typing import Self

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
