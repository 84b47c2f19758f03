"""Several ``tocsin analyze --worker`` processes share the analysis stage (tocsin.workers).

Real processes over one real store (SQLite file; osmem-server imitation of the OpenSearch API).
The analyzer is a small real ``Analyzer`` defined here: it logs every document it analyses to a
per-process file and records its process in the stored ``Analysis``, so the test can tell who
analysed what without depending on trained models.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nlp import AnalyzerOutput, NlpSettings, TextContext
from nlp.pipeline import register_analyzer
from store import Document, Finding, Span, StoreSettings, document_id_for, open_store, sha256_hex
from tests.store.elastic_fixtures import elastic_settings, osmem_base, osmem_url  # noqa: F401
from tocsin.settings import Settings
from tocsin.workers import WorkerOptions, WorkerReport, drain_pending, run_worker, work_once


class RecordingAnalyzer:
    name = "recorder"
    version = "1"

    def __init__(self, log_dir: Path, delay_s: float) -> None:
        self.log = log_dir / f"{os.getpid()}.log"
        self.delay_s = delay_s

    def analyze(self, text: str, context: TextContext) -> AnalyzerOutput:
        time.sleep(self.delay_s)
        with self.log.open("a") as fh:
            fh.write(f"{context.document_id}\n")
        mark = Finding(labels=["worker"], sentence=Span(start=0, end=0, label="worker"), evidence=[], score=1.0,
                       versions={"pid": str(os.getpid())})
        return AnalyzerOutput(findings=[mark])


def _worker_main(store_settings: dict, log_dir: str, worker_id: str, delay_s: float, lease_s: float,
                 max_idle_s: float) -> None:
    register_analyzer("recorder", lambda _s: RecordingAnalyzer(Path(log_dir), delay_s))
    settings = Settings(store=StoreSettings.model_validate(store_settings), nlp=NlpSettings(analyzers=["recorder"]))
    run_worker(settings, worker_id=worker_id, max_idle_s=max_idle_s,
               options=WorkerOptions(batch_size=8, lease_s=lease_s, poll_interval_s=0.2))


def _documents(n: int) -> list[Document]:
    at = datetime(2026, 3, 1, tzinfo=UTC)
    return [Document(id=document_id_for(f"https://e.org/w/{i}"), source_id="s", url=f"https://e.org/w/{i}",
                     canonical_url=f"https://e.org/w/{i}", title=f"t{i}", text=f"body {i}", fetched_at=at,
                     content_hash=sha256_hex(f"t{i}\nbody {i}")) for i in range(n)]


def _logged(log_dir: Path) -> dict[int, list[str]]:
    return {int(p.stem): p.read_text().split() for p in log_dir.glob("*.log")}


def _run_fleet(store_settings: StoreSettings, tmp_path: Path, n_docs: int, kill_one: bool) -> None:
    store = open_store(store_settings)
    store.upsert_documents(_documents(n_docs))
    store.close()
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    lease_s = 3.0  # a batch takes ~0.2 s; a lease overrun would (correctly) re-analyse and fail the count
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker_main, args=(store_settings.model_dump(mode="json"), str(log_dir), f"w{i}",
                                                    0.02, lease_s, lease_s + 1.5)) for i in range(4)]
    for p in procs:
        p.start()
    victim = None
    if kill_one:
        victim = procs[0]
        deadline = time.monotonic() + 60
        victim_log = log_dir / f"{victim.pid}.log"
        while time.monotonic() < deadline and (not victim_log.exists() or len(victim_log.read_text().split()) < 3):
            time.sleep(0.01)
        os.kill(victim.pid, signal.SIGKILL)  # mid-batch: it holds claims it will never complete
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode is not None, "a worker did not finish"
    if victim is not None:
        assert victim.exitcode == -signal.SIGKILL
    for p in procs:
        if p is not victim:
            assert p.exitcode == 0

    store = open_store(store_settings)
    try:
        analyses = list(store.iter_analyses("recorder"))
        stored_by = {a.document_id: int(a.findings[0].versions["pid"]) for a in analyses}
        assert len(analyses) == n_docs and len(stored_by) == n_docs, "every document analysed and stored once"
        assert store.documents_needing_analysis("recorder", "1") == []
        assert store.list_claims() == []
        logs = _logged(log_dir)
        survivors = Counter(d for pid, docs in logs.items() if victim is None or pid != victim.pid for d in docs)
        for doc_id, pid in stored_by.items():
            by_victim = 1 if victim is not None and pid == victim.pid else 0
            assert survivors[doc_id] + by_victim == 1, f"{doc_id} analysed {survivors[doc_id] + by_victim} times"
            assert doc_id in logs[pid], "the stored analysis was made by the process that says so"
        if victim is not None:
            lost = set(logs[victim.pid]) - {d for d, pid in stored_by.items() if pid == victim.pid}
            assert lost, "the victim was killed mid-batch with unsaved work"
            assert all(stored_by[d] != victim.pid for d in lost)
        assert len([pid for pid in set(stored_by.values())]) >= 2, "the work was shared"
    finally:
        store.close()


@pytest.mark.parametrize("kill_one", [pytest.param(False, marks=pytest.mark.slow), True],
                         ids=["four-workers", "one-killed"])
def test_sqlite_workers_analyse_each_document_exactly_once(tmp_path: Path, kill_one: bool) -> None:
    _run_fleet(StoreSettings(path=tmp_path / "w.db"), tmp_path, 200, kill_one)


@pytest.mark.parametrize("kill_one", [pytest.param(False, marks=pytest.mark.slow), True],
                         ids=["four-workers", "one-killed"])
def test_osmem_workers_analyse_each_document_exactly_once(osmem_url: str, tmp_path: Path,  # noqa: F811
                                                          kill_one: bool) -> None:
    """On osmem-server (an imitation of the OpenSearch API, not a real cluster)."""
    _run_fleet(elastic_settings(osmem_url), tmp_path, 80, kill_one)


def test_a_taken_over_claim_is_not_stored_twice(tmp_path: Path) -> None:
    """A worker that overran its lease finds its claim taken over and drops its result."""
    register_analyzer("recorder", lambda _s: RecordingAnalyzer(tmp_path, 0.0))
    store = open_store(StoreSettings(path=tmp_path / "t.db"))
    store.upsert_documents(_documents(3))
    slow = store.claim_documents("recorder", "1", "slow", limit=3, lease_s=0.05)
    assert len(slow) == 3
    time.sleep(0.1)
    analyzer = RecordingAnalyzer(tmp_path, 0.0)
    fast_report = WorkerReport("fast")
    assert work_once(store, [analyzer], "fast", WorkerOptions(batch_size=3), fast_report) == 3
    from nlp import analyze_document

    late = [analyze_document(d, analyzer) for d in slow]
    assert store.complete_claims("slow", late) == 0
    assert {a.document_id for a in store.iter_analyses("recorder")} == {d.id for d in slow}
    assert len(list(store.iter_analyses("recorder"))) == 3
    assert store.claim_documents("recorder", "1", "other", limit=3) == []
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "osmem"])
def test_drain_pending_leaves_documents_held_by_workers(tmp_path: Path, backend: str, request) -> None:
    """The one-shot, claim-aware analysis stage analyses what is pending and not what a worker holds."""
    settings = (StoreSettings(path=tmp_path / "d.db") if backend == "sqlite"
                else elastic_settings(request.getfixturevalue("osmem_url")))
    store = open_store(settings)
    store.upsert_documents(_documents(30))
    held = {d.id for d in store.claim_documents("recorder", "1", "busy-worker", limit=5)}
    batches: list[int] = []
    report = drain_pending(store, [RecordingAnalyzer(tmp_path, 0.0)], worker_id="cycle",
                           options=WorkerOptions(batch_size=8), on_batch=batches.append)
    analysed = {a.document_id for a in store.iter_analyses("recorder")}
    assert report.analysed == {"recorder": 25} and sum(batches) == 25 and len(batches) == 4
    assert analysed.isdisjoint(held) and len(analysed) == 25
    assert {c.worker_id for c in store.list_claims()} == {"busy-worker"}
    store.close()
