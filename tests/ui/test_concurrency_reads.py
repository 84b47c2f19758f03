"""The interface reads (and saves reviews) while ingestion writes: no "database is locked" reaches a user.

A writer subprocess (``python -m tests.ui.test_concurrency_reads DB SECONDS``) stores documents
with analyses in batches, refreshes the alert facts and changes alert statuses (audit chain
included), as ingestion, analysis and alerting do. Meanwhile reader threads here run the
interface's queries (``ui.queries``) and save reviews through ``ui.actions``, as analysts would.
Every exception in a reader is a failure. ``make test``: 15 s; ``make test-long``: 3 minutes.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from store.sqlite import SQLiteStore
from tests.ui.conftest import build_store
from ui import queries
from ui.actions import record_review
from ui.auth import Role, User

REPO = Path(__file__).resolve().parents[2]


def writer(db: str, seconds: float) -> None:
    from alerts.lifecycle import change_status
    from store import Alert, AlertStatus, Analysis, Document, Finding, Span, document_id_for, sha256_hex

    store = SQLiteStore(db)
    print("ready", flush=True)
    end, i, batches = time.monotonic() + seconds, 0, 0
    while time.monotonic() < end:
        docs, analyses = [], []
        for _ in range(50):
            url = f"https://wire.example.org/live/{i}"
            at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=i)
            text = f"The commander said the Masalit are cockroaches. Live report {i}."
            docs.append(Document(id=document_id_for(url), source_id="demo-news", url=url, canonical_url=url,
                                 title=f"Live {i}", text=text, language="en", published_at=at, fetched_at=at,
                                 content_hash=sha256_hex(text), country_focus=["SDN"]))
            start = text.index("cockroaches")
            analyses.append(Analysis(document_id=docs[-1].id, analyzer="dehumanization", version="t1", findings=[
                Finding(labels=["dehumanization"], sentence=Span(start=0, end=len(text), label="sentence"), score=0.9,
                        evidence=[Span(start=start, end=start + 11, label="dehumanization")])]))
            i += 1
        store.upsert_documents(docs)
        store.put_analyses(analyses)
        store.refresh_alert_facts()
        alert_id = f"live-{batches}"
        now = datetime.now(UTC)
        store.upsert_alert(Alert(id=alert_id, country="SDN", kind="dehumanization", severity="high", opened_at=now,
                                 updated_at=now, detector="glm", explanation="live surge",
                                 evidence_document_ids=[docs[0].id]))
        change_status(store, alert_id, AlertStatus.ACKNOWLEDGED, actor="desk", reason="seen", now=now)
        batches += 1
    store.close()
    print(f"done {batches}", flush=True)


def _read_once(store: SQLiteStore, doc_ids: list[str]) -> None:
    flt = queries.AlertFilter((), (), ("new", "acknowledged"), None, None)
    queries.alert_feed(store, flt)
    queries.known_countries(store)
    queries.country_timeline(store, "SDN", date(2025, 12, 1), date(2026, 3, 1))
    queries.country_profile(store, "SDN", date(2025, 12, 1), date(2026, 3, 1), max_docs=200)
    queries.document_detail(store, doc_ids[0])
    store.search("cockroaches", limit=20)
    store.list_audit_records(limit=20)


def run_readers(db: Path, seconds: float, threads: int = 2) -> dict:
    built_ids = [d.id for d in build_store(db)["docs"]]  # type: ignore[union-attr]
    proc = subprocess.Popen([sys.executable, "-m", "tests.ui.test_concurrency_reads", str(db), str(seconds)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()  # type: ignore[union-attr]
    store = SQLiteStore(db)  # the app's one store: a connection per thread, like st.cache_resource
    errors: list[str] = []
    latencies: list[float] = []
    reviews = {"saved": 0}
    analyst = User("amina", Role.ANALYST)

    def loop(k: int) -> None:
        n = 0
        while proc.poll() is None:
            started = time.perf_counter()
            try:
                _read_once(store, built_ids)
                if n % 5 == 0:
                    record_review(store, analyst, "finding", f"{built_ids[k]}:dehumanization@t1:finding:{n}", "confirm")
                    reviews["saved"] += 1
            except Exception as exc:  # noqa: BLE001 - any error here would reach a user
                errors.append(f"{type(exc).__name__}: {exc}")
            latencies.append(time.perf_counter() - started)
            n += 1

    workers = [threading.Thread(target=loop, args=(k,)) for k in range(threads)]
    for t in workers:
        t.start()
    out, err = proc.communicate(timeout=seconds + 300)
    for t in workers:
        t.join(timeout=60)
    with SQLiteStore(db) as check:
        integrity = check.integrity_check()
    store.close()
    assert proc.returncode == 0, err[-3000:]
    return {"errors": errors, "reads": len(latencies), "reviews": reviews["saved"], "integrity": integrity,
            "batches": int(out.split()[-1]), "p50": statistics.median(latencies),
            "p95": statistics.quantiles(latencies, n=20)[-1], "max": max(latencies)}


def _check(result: dict) -> None:
    locked = [e for e in result["errors"] if "locked" in e or "busy" in e]
    assert not locked, locked[:3]
    assert not result["errors"], result["errors"][:3]
    assert result["integrity"] == "ok"
    assert result["batches"] >= 3 and result["reads"] >= 10 and result["reviews"] >= 2, result


def test_ui_reads_and_reviews_while_ingestion_writes(tmp_path: Path) -> None:
    result = run_readers(tmp_path / "live.db", seconds=15)
    _check(result)
    print(f"concurrency 15 s: {result['reads']} read rounds, {result['reviews']} reviews, {result['batches']} write "
          f"batches; read p50 {result['p50']:.3f}s p95 {result['p95']:.3f}s max {result['max']:.3f}s")


@pytest.mark.slow
def test_ui_reads_for_three_minutes_while_ingestion_writes(tmp_path: Path) -> None:
    result = run_readers(tmp_path / "live.db", seconds=180, threads=3)
    _check(result)
    print(f"concurrency 180 s: {result['reads']} read rounds, {result['reviews']} reviews, {result['batches']} write "
          f"batches; read p50 {result['p50']:.3f}s p95 {result['p95']:.3f}s max {result['max']:.3f}s")


if __name__ == "__main__":
    writer(sys.argv[1], float(sys.argv[2]))
