"""The store contract on SQLite, plus what only SQLite promises: migrations, WAL, concurrency."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store import SchemaError, StoreClosedError
from store.sqlite import SQLiteStore, available_migrations
from tests.store.contract import StoreContract, doc


class TestSQLiteContract(StoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path):
        s = SQLiteStore(tmp_path / "contract.db")
        yield s
        s.close()


def test_wal_and_integrity(sqlite_store: SQLiteStore) -> None:
    mode = sqlite_store.db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert sqlite_store.integrity_check() == "ok"


def test_record_feed_poll_is_one_transaction(sqlite_store: SQLiteStore) -> None:
    """A failure while the documents are written leaves neither the capture nor the feed state behind."""
    from datetime import UTC, datetime

    from store import Capture, FeedState, sha256_hex

    at = datetime(2026, 3, 1, tzinfo=UTC)
    cap = Capture(id=sha256_hex(b"feed"), url="https://e.org/f", fetched_at=at, status_code=200, headers={},
                  size=4, content=b"feed")
    state = FeedState(source_id="s", url="https://e.org/f", etag='"v2"', polled_at=at)
    good = doc("https://e.org/1", "one")
    broken = good.model_copy(update={"id": None, "content_hash": "0" * 64})  # NOT NULL id: SQLite refuses it
    with pytest.raises(sqlite3.IntegrityError):
        sqlite_store.record_feed_poll(cap, [good, broken], state)
    assert sqlite_store.get_capture(cap.id) is None
    assert sqlite_store.get_feed_state("s", "https://e.org/f") is None
    assert sqlite_store.get_document(good.id) is None
    commits = []
    sqlite_store.db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    sqlite_store.record_feed_poll(cap, [good], state)
    sqlite_store.db.conn.set_trace_callback(None)
    assert commits == ["COMMIT"]


def test_migrates_an_older_schema_keeping_data(tmp_path: Path) -> None:
    migrations = available_migrations()
    assert len(migrations) >= 2
    path = tmp_path / "old.db"
    old = SQLiteStore(path, migrations=migrations[:1])  # a database made by the first release
    assert old.schema_version() == 1
    d = doc("https://e.org/old", "kept across migrations")
    old.upsert_documents([d])
    old.close()
    new = SQLiteStore(path)
    assert new.schema_version() == len(migrations)
    assert new.get_document(d.id) == d
    assert new.search("migrations")[0].document.id == d.id
    assert new.documents_needing_analysis("x", "1")[0].id == d.id  # tables from later migrations exist
    new.close()


def test_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations(name) VALUES ('9999_from_the_future.sql')")
    with pytest.raises(SchemaError, match="upgrade Tocsin"):
        SQLiteStore(path)


def test_closed_store_says_so(tmp_path: Path) -> None:
    s = SQLiteStore(tmp_path / "c.db")
    s.close()
    with pytest.raises(StoreClosedError):
        s.count_documents()


def test_audit_trail_is_append_only(sqlite_store: SQLiteStore) -> None:
    from store import AuditEntry

    sqlite_store.append_audit(AuditEntry(alert_id="a", actor="x", action="ack"))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), sqlite_store.db.write() as conn:
        conn.execute("DELETE FROM alert_audit")
    assert len(sqlite_store.audit_trail("a")) == 1


def test_readers_do_not_see_locks_while_a_writer_writes(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "busy.db")
    errors: list[Exception] = []
    stop = threading.Event()

    def writer() -> None:
        try:
            for i in range(300):
                store.upsert_documents([doc(f"https://e.org/w{i}", f"written {i}")])
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            stop.set()

    def reader() -> None:
        try:
            while not stop.is_set():
                store.count_documents()
                store.search("written")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert store.count_documents() == 300
    store.close()


@settings(max_examples=50, deadline=None)
@given(text=st.text(min_size=0, max_size=200))
def test_search_never_fails_on_arbitrary_queries(tmp_path_factory, text: str) -> None:
    store = SQLiteStore(tmp_path_factory.mktemp("q") / "q.db")
    store.upsert_documents([doc("https://e.org/q", "some searchable text")])
    assert isinstance(store.search(text), list)
    store.close()


def test_timestamps_before_year_1000_round_trip() -> None:
    """A feed dated 'Fri, 20 Nov 202' (found by fuzzing) must store and read back, in time order."""
    from datetime import UTC, datetime

    from store.sqlite.codec import from_ts, to_ts

    early = datetime(202, 11, 20, 6, tzinfo=UTC)
    assert from_ts(to_ts(early)) == early
    assert to_ts(early) < to_ts(datetime(1999, 1, 1, tzinfo=UTC))
