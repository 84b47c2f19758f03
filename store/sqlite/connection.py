"""SQLite connection management and schema migrations.

Durability: WAL journal with ``synchronous=FULL`` by default, so a committed transaction
survives a process kill and a power loss (``NORMAL`` survives a process kill only; see
``SqliteOptions``). Each thread gets its own connection; writers serialize on SQLite's lock
with a generous ``busy_timeout`` so readers (the UI) never see "database is locked".
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from store.errors import SchemaError, StoreClosedError

__all__ = ["SqliteConnections", "SqliteOptions", "available_migrations"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SqliteOptions:
    synchronous: str = "FULL"
    busy_timeout_ms: int = 30_000
    cache_size_kib: int = 65_536


def available_migrations() -> list[tuple[str, str]]:
    """(name, sql) of every migration shipped with the code, in order."""
    folder = resources.files("store.sqlite") / "migrations"
    found = sorted((p.name, p.read_text(encoding="utf-8")) for p in folder.iterdir() if p.name.endswith(".sql"))
    return found


class SqliteConnections:
    """One connection per thread to one database file, migrated on open."""

    def __init__(self, path: Path | str, options: SqliteOptions | None = None,
                 migrations: list[tuple[str, str]] | None = None) -> None:
        self.path = Path(path) if str(path) != ":memory:" else Path(":memory:")
        self.options = options or SqliteOptions()
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        self.migrate(available_migrations() if migrations is None else migrations)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(str(self.path), timeout=self.options.busy_timeout_ms / 1000,
                               isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={self.options.synchronous}")
        conn.execute(f"PRAGMA busy_timeout={self.options.busy_timeout_ms}")
        conn.execute(f"PRAGMA cache_size=-{self.options.cache_size_kib}")
        conn.execute("PRAGMA foreign_keys=ON")
        with self._lock:
            self._all.append(conn)
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreClosedError("the store was closed; open a new one with open_store(settings)")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: BEGIN IMMEDIATE takes the write lock up front (no upgrade deadlocks)."""
        conn = self.conn
        if conn.in_transaction:  # nested: join the outer transaction
            yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def migrate(self, migrations: list[tuple[str, str]]) -> None:
        with self.write() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT "
                         "NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))")
            applied = {r[0] for r in conn.execute("SELECT name FROM schema_migrations")}
            known = {name for name, _ in migrations}
            unknown = applied - known
            if unknown:
                raise SchemaError(
                    f"database {self.path} has migrations this version of Tocsin does not know "
                    f"({', '.join(sorted(unknown))}); upgrade Tocsin or open a copy made by this version")
            for name, sql in migrations:
                if name in applied:
                    continue
                log.info("applying migration %s to %s", name, self.path)
                try:
                    for statement in _split_sql(sql):
                        conn.execute(statement)
                except sqlite3.Error as exc:
                    raise SchemaError(f"migration {name} failed on {self.path}: {exc}") from exc
                conn.execute("INSERT INTO schema_migrations(name) VALUES (?)", (name,))
            count = conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
            conn.execute(f"PRAGMA user_version={int(count)}")

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.Error:  # pragma: no cover - closing a broken connection
                    log.warning("could not close a connection to %s", self.path)
            self._all.clear()
        self._closed = True


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements; trigger bodies (BEGIN ... END;) stay whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
