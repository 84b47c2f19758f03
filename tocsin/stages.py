"""The run loop: ingest -> cluster -> analyse -> merge events -> alerts.

Stages never call each other: each reads its input from the store and writes its output
there, so any stage can be re-run or restarted on its own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from store import Source, Store, open_store
from tocsin.settings import Settings

__all__ = ["CycleReport", "open_settings_store", "run_analysis", "run_cycle", "run_ingest"]

log = logging.getLogger(__name__)


@contextmanager
def open_settings_store(settings: Settings) -> Iterator[Store]:
    store = open_store(settings.store)
    try:
        yield store
    finally:
        store.close()


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    transient=True)


def run_ingest(settings: Settings, store: Store, sources: list[Source] | None = None,
               source_id: str | None = None) -> Any:
    """Poll feeds and pages of the configured (or given) sources; returns ingest's report."""
    from ingest import ingest_sources, load_sources
    from ingest.worker import StoreOpener

    sources = sources if sources is not None else load_sources(settings.ingest.sources)
    if source_id is not None:
        sources = [s for s in sources if s.id == source_id]
        if not sources:
            raise ValueError(f"no source with id {source_id!r}; `tocsin status` lists the configured ones")
    with _progress() as progress:
        return ingest_sources(store, sources, settings.ingest, progress=progress,
                              store_opener=StoreOpener(settings.store))


def run_analysis(settings: Settings, store: Store | None = None, loop: bool = False) -> Any:
    """Analyse stored documents not yet analysed by each configured analyzer at its version."""
    from nlp import analyze_pending, make_analyzers

    if loop:
        from tocsin.workers import run_worker

        return run_worker(settings)
    with (open_settings_store(settings) if store is None else nullcontext(store)) as st:
        pool = _analyzer_pool(settings)
        with pool or nullcontext(), _progress() as progress:
            analyzers = pool.analyzers if pool is not None else make_analyzers(settings.nlp)
            task = progress.add_task("analysing", total=None)
            return analyze_pending(st, analyzers, batch_size=settings.nlp.batch_size,
                                   on_batch=lambda n: progress.advance(task, n))


def _analyzer_pool(settings: Settings) -> Any:
    """With ``nlp.workers`` above 1, analyzers run in that many processes (models loaded once each)."""
    if settings.nlp.workers <= 1:
        return None
    from nlp.pipeline import AnalyzerPool

    return AnalyzerPool(settings.nlp, settings.nlp.workers)


@dataclass
class CycleReport:
    stages: dict[str, Any] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _timed(report: CycleReport, name: str, fn: Callable[[], Any]) -> None:
    started = time.perf_counter()
    try:
        report.stages[name] = fn()
    except Exception as exc:
        log.exception("stage %s failed", name)
        report.errors[name] = f"{type(exc).__name__}: {exc}"
    report.seconds[name] = round(time.perf_counter() - started, 3)


def run_cycle(settings: Settings, store: Store, sources: list[Source] | None = None,
              notifiers: Any = None) -> CycleReport:
    """One full cycle. A stage that fails is reported and does not stop the later stages."""
    report = CycleReport()
    _timed(report, "ingest", lambda: run_ingest(settings, store, sources))
    _timed(report, "cluster", lambda: _run_clustering(settings, store))
    _timed(report, "analyze", lambda: run_analysis(settings, store))
    _timed(report, "merge_events", lambda: _run_merge(store))
    _timed(report, "alerts", lambda: _run_alerts(settings, store, notifiers))
    return report


def _run_clustering(settings: Settings, store: Store) -> Any:
    from ingest.cluster import cluster_pending

    return cluster_pending(store, settings.crawl.cluster)


def _run_merge(store: Store) -> Any:
    from nlp.events.merge import merge_events

    return merge_events(store)


def _run_alerts(settings: Settings, store: Store, notifiers: Any) -> Any:
    from alerts import run_alerts

    if notifiers is None:
        from tocsin.commands.alerts import make_shell_notifiers

        notifiers = make_shell_notifiers(settings)
    return run_alerts(store, settings.alerts, notifiers=notifiers)
