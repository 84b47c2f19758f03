"""Source health: a source with a regular history that stops turns silent; failures and calm are told apart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from ingest.health import HealthSettings, SourceStatus, source_states
from store import Document, Source

T0 = datetime(2026, 2, 1, tzinfo=UTC)


def _history(make_document: Callable[..., Document], source_id: str, start: datetime, every: timedelta,
             n: int) -> list[Document]:
    return [make_document(url=f"https://{source_id}.example/{i}", text=f"item {i} of {source_id}",
                          source_id=source_id, published_at=start + i * every, fetched_at=start + i * every)
            for i in range(n)]


def test_a_regular_source_that_stops_becomes_silent(sqlite_store, make_document) -> None:
    sqlite_store.upsert_sources([Source(id="daily", name="Daily ministry", kind="official", poll_interval_minutes=60),
                                 Source(id="steady", name="Steady wire", poll_interval_minutes=60)])
    # "daily": one statement a day for 20 days, then nothing; "steady": every 6 h up to now
    docs = _history(make_document, "daily", T0, timedelta(days=1), 20)
    docs += _history(make_document, "steady", T0, timedelta(hours=6), 4 * 30)
    sqlite_store.upsert_documents(docs)
    last_daily = T0 + timedelta(days=19)

    def states(now: datetime) -> dict[str, object]:
        return {s.source_id: s for s in source_states(sqlite_store, now)}

    early = states(last_daily + timedelta(days=2))  # 2 days quiet < 3 x 1 day: calm, not a gap
    assert early["daily"].status is SourceStatus.OK and not early["daily"].silent
    assert early["daily"].median_gap_hours == 24.0
    assert early["daily"].silence_threshold_hours == 72.0
    late = states(last_daily + timedelta(days=3, hours=1))
    assert late["daily"].status is SourceStatus.SILENT and late["daily"].silent
    assert late["daily"].quiet_for_hours == 73.0
    assert late["daily"].last_item_at == last_daily
    steady_now = T0 + timedelta(hours=6 * 119, minutes=30)
    steady = states(steady_now)["steady"]
    assert steady.status is SourceStatus.OK and steady.items_per_day == 4.0


def test_factor_is_configurable_and_poll_interval_bounds_the_threshold(sqlite_store, make_document) -> None:
    # items every 10 minutes but polled every 6 h: the poll interval sets the usual interval
    sqlite_store.upsert_sources([Source(id="burst", name="Burst", poll_interval_minutes=360)])
    sqlite_store.upsert_documents(_history(make_document, "burst", T0, timedelta(minutes=10), 10))
    last = T0 + timedelta(minutes=90)
    (state,) = source_states(sqlite_store, last + timedelta(hours=17))
    assert state.status is SourceStatus.OK and state.silence_threshold_hours == 18.0
    (state,) = source_states(sqlite_store, last + timedelta(hours=17), HealthSettings(silence_factor=2))
    assert state.status is SourceStatus.SILENT


def test_failing_never_and_disabled(sqlite_store, make_document) -> None:
    sqlite_store.upsert_sources([Source(id="broken", name="Broken"), Source(id="fresh", name="Fresh"),
                                 Source(id="off", name="Off", enabled=False)])
    sqlite_store.upsert_documents(_history(make_document, "broken", T0, timedelta(hours=1), 5))
    sqlite_store.record_source_success("broken", T0 + timedelta(hours=5), 5)
    sqlite_store.record_source_error("broken", T0 + timedelta(hours=6), "HTTP 503 from server")
    states = {s.source_id: s for s in source_states(sqlite_store, T0 + timedelta(hours=7))}
    assert states["broken"].status is SourceStatus.FAILING and "503" in states["broken"].explanation
    assert states["fresh"].status is SourceStatus.NEVER and states["fresh"].documents_total == 0
    assert states["off"].status is SourceStatus.DISABLED
    # a source that produced before but nothing in the lookback window is silent
    (old,) = [s for s in source_states(sqlite_store, T0 + timedelta(days=200)) if s.source_id == "broken"]
    assert old.silent


def test_tocsin_sources_and_cluster_commands(tmp_path, make_document) -> None:
    import json

    from typer.testing import CliRunner

    from store.sqlite import SQLiteStore
    from tocsin.cli import app

    db = tmp_path / "cli.db"
    store = SQLiteStore(db)
    store.upsert_sources([Source(id="ohchr-press", name="OHCHR", kind="official", poll_interval_minutes=60)])
    old = datetime(2020, 1, 1, tzinfo=UTC)
    store.upsert_documents(_history(make_document, "ohchr-press", old, timedelta(hours=12), 6))
    store.close()
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(db), "sources", "--json"])
    assert result.exit_code == 0, result.output
    states = {s["source_id"]: s for s in json.loads(result.output)}
    assert len(states) >= 40  # the shipped registry is loaded and shown
    assert states["ohchr-press"]["status"] == "silent" and states["ohchr-press"]["documents_total"] == 6
    result = runner.invoke(app, ["--db", str(db), "cluster", "--no-embeddings"])
    assert result.exit_code == 0 and "clustered 6 documents" in result.output, result.output
    result = runner.invoke(app, ["--db", str(db), "crawl", "--source", "no-such-source"])
    assert result.exit_code == 2
