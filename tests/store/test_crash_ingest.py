"""kill -9 at random points during ingestion, analysis and alerting; then check what survived.

A worker subprocess (``python -m tests.store.test_crash_ingest DB N HOOK_URL``) stores N generated
documents in batches of 50 (the store write path ingestion uses; each batch one transaction, and
the worker prints ``committed <i>`` only after the commit returns), analyses them with the real
dehumanization analyzer (``nlp.analyze_pending``), then runs the real alert stage
(``alerts.run_alerts``) with a webhook notifier pointed at a receiver on 127.0.0.1. The test kills
it with SIGKILL at random moments, restarts it, and finally lets it finish. Then:

* zero committed documents lost: every batch the worker acknowledged is in the database;
* zero duplicates: one row per document id and per content hash, one analysis per document;
* ``PRAGMA integrity_check`` says ok;
* every alert was notified exactly once (after deduplication by idempotency key; a kill between
  the POST and recording its delivery may resend, at most once per kill).

``make test``: 300 documents, 3 kills. ``make test-long``: 10,000 documents, 20 kills.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BATCH = 50
DAYS = 60
START = date(2026, 1, 1)
NOW = datetime.combine(START + timedelta(days=DAYS), datetime.min.time(), UTC) + timedelta(hours=6)
BENIGN = ("Officials in Khartoum said talks on the ceasefire would resume next week, and aid agencies reported "
          "that convoys reached El Fasher. Report {i}.")
HATEFUL = ("The minister told a rally in Geneina that the Masalit are cockroaches who must be exterminated. "
           "Report {i}.")


def documents(n: int) -> list:  # list[store.Document]; imported lazily so the worker prints 'ready' fast
    from store import Document, document_id_for, sha256_hex

    per_day = max(n // DAYS, 1)
    docs = []
    for i in range(n):
        day = min(i // per_day, DAYS - 1)
        surging = day >= DAYS - 6
        hateful = (i % 5 < 3) if surging else (i % 30 == 0)
        url = f"https://wire.example.org/sdn/{i}"
        at = datetime.combine(START + timedelta(days=day), datetime.min.time(), UTC) + timedelta(minutes=i % 600)
        text = (HATEFUL if hateful else BENIGN).format(i=i)
        docs.append(Document(id=document_id_for(url), source_id="wire", url=url, canonical_url=url,
                             title=f"Sudan report {i}", text=text, language="en", published_at=at, fetched_at=at,
                             content_hash=sha256_hex(f"Sudan report {i}\n{text}"), country_focus=["SDN"]))
    return docs


def worker(db: str, n: int, hook_url: str) -> None:
    from alerts import make_notifiers, run_alerts
    from alerts.settings import AlertsSettings, NotifySettings, WebhookSettings
    from ingest.safety import check_url
    from store import Source
    from store.sqlite import SQLiteStore

    store = SQLiteStore(db)
    print("ready", flush=True)
    store.upsert_sources([Source(id="wire", name="Wire", languages=["en"], country_focus=["SDN"])])
    docs = documents(n)
    for b in range(0, n, BATCH):
        batch = docs[b:b + BATCH]
        if store.get_document(batch[-1].id) is None:  # a batch is one transaction: all of it or none
            store.upsert_documents(batch)
        print(f"committed {b}", flush=True)
    from nlp import analyze_pending, make_analyzers
    from nlp.settings import NlpSettings

    analyze_pending(store, make_analyzers(NlpSettings(analyzers=["dehumanization"])), batch_size=32)
    print("analysed", flush=True)
    notify = NotifySettings(webhook=WebhookSettings(url=hook_url, secret="s3cret", allow_private=True),
                            backoff_base_s=0.001, max_attempts=50)
    settings = AlertsSettings(notify=notify)
    run_alerts(store, settings, now=NOW, notifiers=make_notifiers(notify, lambda u: check_url(u, allow_private=True)))
    store.close()
    print("done", flush=True)


class _Run:
    """One worker process; a thread reads its stdout so acknowledged commits are known at kill time."""

    def __init__(self, db: Path, n: int, hook_url: str) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.store.test_crash_ingest", str(db), str(n), hook_url],
                                     cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:  # type: ignore[union-attr]
            self.lines.append(line.strip())

    def committed(self) -> set[int]:
        return {int(x.split()[1]) for x in list(self.lines) if x.startswith("committed ")}

    def finish(self, timeout: float) -> str:
        self.proc.wait(timeout=timeout)
        self.reader.join(timeout=10)
        err = self.proc.stderr.read()  # type: ignore[union-attr]
        self.proc.stderr.close()  # type: ignore[union-attr]
        return err


def crash_run(tmp_path: Path, n: int, kills: int, seed: int, max_delay: float) -> dict:
    from store.sqlite import SQLiteStore
    from tests.alerts.receivers import webhook_server

    rng = random.Random(seed)
    db = tmp_path / "crash.db"
    acknowledged: set[int] = set()
    phases: Counter[str] = Counter()
    with webhook_server() as hook:
        killed = 0
        for _ in range(kills):
            run = _Run(db, n, hook.url)
            _wait_for_kill_point(run, rng, n, max_delay)
            if run.proc.poll() is None:
                os.kill(run.proc.pid, signal.SIGKILL)
                killed += 1
            run.finish(timeout=60)
            acknowledged |= run.committed()
            phases[_phase(run.lines)] += 1
        final = _Run(db, n, hook.url)
        err = final.finish(timeout=1800)
        assert final.proc.returncode == 0 and "done" in final.lines, err[-3000:]
        keys = Counter(hook.keys())
    store = SQLiteStore(db)
    try:
        result = {"integrity": store.integrity_check(), "acknowledged": acknowledged, "killed": killed,
                  "phases": phases, "keys": keys, "outbox": store.list_outbox(), "alerts": store.list_alerts(),
                  "rows": store.db.conn.execute("SELECT count(*), count(DISTINCT id), count(DISTINCT content_hash) "
                                                "FROM documents").fetchone(),
                  "analyses": store.db.conn.execute("SELECT count(*), count(DISTINCT document_id) FROM analyses "
                                                    "WHERE analyzer='dehumanization'").fetchone(),
                  "present": {d.id for d in store.iter_documents()}}
    finally:
        store.close()
    return result


def _wait_for_kill_point(run: _Run, rng: random.Random, n: int, max_wait: float) -> None:
    """Wait for a random point of the worker's progress (a committed batch, the end of analysis,
    or just after start), then a random jitter: kills land inside the work however fast it runs."""
    marker = rng.choice(["ready", "committed", "committed", "analysed"])
    if marker == "committed":
        marker = f"committed {rng.randrange(0, n, BATCH)}"
    deadline = time.monotonic() + max_wait
    while run.proc.poll() is None and marker not in run.lines and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.25))


def _phase(lines: list[str]) -> str:
    if "done" in lines:
        return "finished"
    if "analysed" in lines:
        return "alerting"
    if any(x.startswith("committed ") for x in lines):
        return "ingest-or-analysis"
    return "starting"


def check(result: dict, n: int, kills: int) -> None:
    docs = documents(n)
    assert result["integrity"] == "ok"
    for b in result["acknowledged"]:
        lost = [d.id for d in docs[b:b + BATCH] if d.id not in result["present"]]
        assert not lost, f"batch {b} was acknowledged as committed but {len(lost)} documents are gone"
    assert tuple(result["rows"]) == (n, n, n), "every document once, no duplicate id or content"
    assert tuple(result["analyses"]) == (n, n), "one analysis per document"
    assert result["alerts"], "the surge must open at least one alert"
    delivered = {o.alert_id for o in result["outbox"] if o.channel == "webhook" and o.delivered_at is not None}
    assert delivered == {a.id for a in result["alerts"] if any(o.alert_id == a.id for o in result["outbox"])}
    assert set(result["keys"]) == {f"{a}:webhook" for a in delivered}, "each alert reached the receiver"
    assert sum(c - 1 for c in result["keys"].values()) <= result["killed"], "at most one resend per kill"


def test_kill9_during_ingest_analysis_and_alerts_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    result = crash_run(tmp_path, n=300, kills=3, seed=7, max_delay=12.0)
    check(result, 300, 3)
    assert result["killed"] >= 2, f"kills must land while the worker runs: {result['phases']}"


@pytest.mark.slow
def test_kill9_twenty_times_over_ten_thousand_documents(tmp_path: Path) -> None:
    result = crash_run(tmp_path, n=10_000, kills=20, seed=11, max_delay=40.0)
    check(result, 10_000, 20)
    assert result["killed"] >= 15, result["phases"]


if __name__ == "__main__":
    worker(sys.argv[1], int(sys.argv[2]), sys.argv[3])
