"""``tocsin analyze --worker``: one of several processes sharing the analysis stage.

Each worker claims a batch of pending documents per analyzer (``Store.claim_documents``, a
lease), analyses it and stores the results through ``Store.complete_claims``, which keeps an
analysis only while the claim is still this worker's. A worker that dies (even SIGKILL) loses
nothing: its claims expire and another worker takes them over. A document whose analysis was
stored is never analysed again by another worker, because claims are only granted for
documents without one.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from nlp import Analyzer, analysis_text, analyze_document, make_analyzers
from store import Analysis, Quarantined, Store, open_store, sha256_hex

__all__ = ["WorkerOptions", "WorkerReport", "default_worker_id", "drain_pending", "run_worker", "work_once"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerOptions:
    batch_size: int = 16
    lease_s: float = 300.0
    poll_interval_s: float = 5.0


@dataclass
class WorkerReport:
    worker_id: str
    analysed: dict[str, int] = field(default_factory=dict)
    dropped: int = 0  # analyses not stored because the claim had been taken over
    quarantined: int = 0
    batches: int = 0


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _analyse_batch(store: Store, analyzer: Analyzer, batch: Sequence, kinds: dict[str, str],
                   report: WorkerReport) -> list[Analysis]:
    results: list[Analysis] = []
    for doc in batch:
        try:
            results.append(analyze_document(doc, analyzer, kinds.get(doc.source_id)))
        except Exception as exc:
            log.exception("worker %s: analyzer %s failed on document %s", report.worker_id, analyzer.name, doc.id)
            store.quarantine(Quarantined(stage=f"analyze:{analyzer.name}", ref=doc.id,
                                         error=f"{type(exc).__name__}: {exc}", digest=sha256_hex(analysis_text(doc))))
            report.quarantined += 1
            results.append(Analysis(document_id=doc.id, analyzer=analyzer.name, version=analyzer.version,
                                    language=doc.language))
    return results


def work_once(store: Store, analyzers: Sequence[Analyzer], worker_id: str, options: WorkerOptions,
              report: WorkerReport, kinds: dict[str, str] | None = None) -> int:
    """One claim-analyse-complete round over every analyzer; returns documents claimed."""
    kinds = kinds if kinds is not None else {s.id: s.kind.value for s in store.list_sources()}
    claimed = 0
    for analyzer in analyzers:
        batch = store.claim_documents(analyzer.name, analyzer.version, worker_id, limit=options.batch_size,
                                      lease_s=options.lease_s)
        if not batch:
            continue
        claimed += len(batch)
        results = _analyse_batch(store, analyzer, batch, kinds, report)
        stored = store.complete_claims(worker_id, results)
        report.dropped += len(results) - stored
        report.analysed[analyzer.name] = report.analysed.get(analyzer.name, 0) + stored
        report.batches += 1
        log.info("worker %s: %s@%s stored %d of %d", worker_id, analyzer.name, analyzer.version, stored, len(batch))
    return claimed


def drain_pending(store: Store, analyzers: Sequence[Analyzer], *, worker_id: str | None = None,
                  options: WorkerOptions | None = None, on_batch: Callable[[int], None] | None = None
                  ) -> WorkerReport:
    """Analyse every pending document through claims, then return: a one-shot analysis stage that
    can run next to ``--worker`` processes without repeating their work (documents they hold are
    left to them)."""
    options = options or WorkerOptions()
    report = WorkerReport(worker_id=worker_id or default_worker_id())
    kinds = {s.id: s.kind.value for s in store.list_sources()}
    while claimed := work_once(store, analyzers, report.worker_id, options, report, kinds):
        if on_batch is not None:
            on_batch(claimed)
    return report


def run_worker(settings, *, worker_id: str | None = None, stop_event: threading.Event | None = None,
               max_idle_s: float | None = None, options: WorkerOptions | None = None,
               store_factory: Callable[..., Store] = open_store) -> WorkerReport:
    """Claim and analyse pending documents until ``stop_event`` is set, or until nothing was
    pending for ``max_idle_s`` seconds (None: forever). ``settings`` is ``tocsin.settings.Settings``."""
    options = options or WorkerOptions()
    worker_id = worker_id or default_worker_id()
    stop_event = stop_event or threading.Event()
    analyzers = make_analyzers(settings.nlp)
    report = WorkerReport(worker_id=worker_id)
    store = store_factory(settings.store)
    idle_since = time.monotonic()
    try:
        while not stop_event.is_set():
            if work_once(store, analyzers, worker_id, options, report):
                idle_since = time.monotonic()
                continue
            if max_idle_s is not None and time.monotonic() - idle_since >= max_idle_s:
                break
            stop_event.wait(options.poll_interval_s if max_idle_s is None
                            else min(options.poll_interval_s, max_idle_s))
    finally:
        store.close()
    log.info("worker %s done: %s", worker_id, report)
    return report
