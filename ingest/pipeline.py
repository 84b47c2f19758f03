"""Poll every source's feeds and pages into the store: ``ingest_sources``.

Sources are upserted first, then polled concurrently (``settings.concurrency`` threads; the
store gives each thread its own connection). One failing source never stops the others: its
errors land in its ``SourceResult`` and in the store's source health.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, Protocol

from ingest.documents import DocumentBuilder, draft_feed
from ingest.fetch import FetchError, SafeFetcher, capture_of
from ingest.report import IngestReport, SourceResult
from ingest.safety import UnsafeURLError
from ingest.settings import IngestSettings
from ingest.worker import StoreOpener, store_feed
from store import Document, FeedState, Source, Store, UpsertResult, utc_now

__all__ = ["ProgressLike", "ingest_sources", "poll_source", "worker_pool"]

log = logging.getLogger(__name__)


class ProgressLike(Protocol):
    """What ``ingest_sources`` needs from a progress display (``rich.progress.Progress`` fits)."""

    def add_task(self, description: str, *args: Any, total: float | None = ..., **kwargs: Any) -> Any: ...
    def advance(self, task_id: Any, advance: float = 1) -> None: ...


@dataclass
class _Tally:
    feeds_polled: int = 0
    not_modified: int = 0
    entries_seen: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    inserted_ids: list[str] = field(default_factory=list)

    def store(self, store: Store, documents: Sequence[Document]) -> None:
        if documents:
            self.count(store.upsert_documents(documents))

    def count(self, result: UpsertResult) -> None:
        self.inserted += result.inserted
        self.updated += result.updated
        self.unchanged += result.unchanged
        self.duplicates += result.duplicates
        self.inserted_ids.extend(result.inserted_ids)


def _warm_worker() -> None:
    """Load the language-ID model and the parsers once per worker, not on its first feed."""
    from ingest.langid import identify_language

    identify_language("a few words of English text, enough letters to decide")  # fastText
    identify_language("Ministan ya ce 'yan gudun hijira beraye ne.")  # Hausa: fastText is unsure, py3langid decides


def worker_pool(processes: int) -> ProcessPoolExecutor:
    """A process pool for ``ingest_sources(executor=...)``: feed parsing, drafting and extraction.

    Spawned (not forked: the caller has threads), each worker loads the language-ID model once.
    """
    return ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_warm_worker)


def _conditional_headers(state: FeedState | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state and state.etag:
        headers["If-None-Match"] = state.etag
    if state and state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def _poll_feed(store: Store, builder: DocumentBuilder, url: str, tally: _Tally,
               store_opener: StoreOpener | None) -> None:
    source, settings = builder.source, builder.settings
    state = store.get_feed_state(source.id, url)
    result = builder.fetcher.fetch(url, allow_private=source.allow_private_addresses,
                                   headers=_conditional_headers(state))
    tally.feeds_polled += 1
    if result.not_modified:
        tally.not_modified += 1
        store.put_feed_state(FeedState(source_id=source.id, url=url, etag=state.etag if state else None,
                                       last_modified=state.last_modified if state else None,
                                       polled_at=result.fetched_at))
        return
    capture = capture_of(result, keep_content=settings.keep_raw_captures)
    lowered = {k.lower(): v for k, v in result.headers.items()}
    seen = FeedState(source_id=source.id, url=url, etag=lowered.get("etag"),
                     last_modified=lowered.get("last-modified"), polled_at=result.fetched_at)
    if builder.executor is not None and store_opener is not None:
        # the worker parses, drafts, completes and stores (capture, documents and state in one transaction);
        # entries that need their article page come back and are fetched here, by the polling threads
        stored = builder.executor.submit(store_feed, store_opener, result.body, result.final_url, result.headers,
                                         source, settings, capture, seen).result()
        error, entries = stored.error, stored.entries
        tally.count(stored.result)
        builder.pages.errors.extend(stored.errors)
        tally.store(store, [d for draft in stored.page_drafts if (d := builder.complete(draft))])
        if not error and not stored.state_written:
            store.put_feed_state(seen)
    else:
        # parsing and drafting documents is the CPU-bound part: in a worker process when there is a pool
        args = (result.body, result.final_url, result.headers, source, settings, capture.id, result.fetched_at)
        try:
            feed = builder.executor.submit(draft_feed, *args).result() if builder.executor else draft_feed(*args)
            documents = [d for draft in feed.drafts if (d := builder.complete(draft))]
        except Exception:
            store.put_capture(capture)  # what broke the parser stays on record
            raise
        error, entries = feed.error, feed.entries
        # a broken copy must not be remembered as "seen": fetch it in full next time
        tally.count(store.record_feed_poll(capture, documents, None if error else seen))
    if error:
        tally.errors.append(f"feed {url}: {error}; {entries} entries recovered")
    tally.entries_seen += entries


def _page_document(builder: DocumentBuilder, url: str, tally: _Tally) -> Document | None:
    """The document of one configured page; a URL that is no absolute http(s) URL is reported, not raised
    (the source's other pages and feeds still run)."""
    try:
        return builder.from_page(url, utc_now())
    except ValueError as exc:
        tally.errors.append(f"page {url}: {exc}; fix the URL in the source file")
        log.warning("source %s: page %s skipped: %s", builder.source.id, url, exc)
        return None


def poll_source(store: Store, source: Source, fetcher: SafeFetcher, settings: IngestSettings,
                executor: Executor | None = None, store_opener: StoreOpener | None = None) -> SourceResult:
    """Poll one source's feeds and pages; never raises for a fetch or parse problem.

    With ``executor`` (a process pool), feed parsing, document drafting and article extraction run in
    its processes; fetching and the bookkeeping stay in this thread. With ``store_opener`` too, the
    workers also complete and store the feeds' documents (``ingest.worker``); else this thread does.
    """
    started = time.perf_counter()
    builder = DocumentBuilder(store, source, fetcher, settings, executor)
    tally = _Tally()
    for url in source.feeds:
        try:
            _poll_feed(store, builder, url, tally, store_opener)
        except (FetchError, UnsafeURLError) as exc:
            tally.errors.append(f"feed {url}: {exc}")
            log.warning("source %s: feed %s failed: %s", source.id, url, exc)
    pages = [d for url in source.pages if (d := _page_document(builder, url, tally))]
    tally.entries_seen += len(source.pages)
    tally.store(store, pages)
    errors = tally.errors + builder.pages.errors
    now = utc_now()
    if errors:
        store.record_source_error(source.id, now, "; ".join(errors[:5]) + (" ..." if len(errors) > 5 else ""))
    if tally.feeds_polled or pages or not (source.feeds or source.pages):
        store.record_source_success(source.id, now, tally.inserted)
    return SourceResult(
        source_id=source.id, feeds_polled=tally.feeds_polled, not_modified=tally.not_modified,
        entries_seen=tally.entries_seen, inserted=tally.inserted, updated=tally.updated, unchanged=tally.unchanged,
        duplicates=tally.duplicates, pages_fetched=builder.pages.fetched,
        extraction_failures=builder.pages.extraction_failures, errors=tuple(errors),
        seconds=time.perf_counter() - started, inserted_ids=tuple(tally.inserted_ids))


def _guarded(store: Store, source: Source, fetcher: SafeFetcher, settings: IngestSettings,
             executor: Executor | None, store_opener: StoreOpener | None) -> SourceResult:
    try:
        return poll_source(store, source, fetcher, settings, executor, store_opener)
    except Exception as exc:  # one bad source never stops the others; the error is recorded, not hidden
        log.exception("source %s failed", source.id)
        message = f"unexpected {type(exc).__name__}: {exc}"
        try:
            store.record_source_error(source.id, utc_now(), message)
        except Exception:  # the store itself may be the problem; the report still says it
            log.exception("could not record the error of source %s", source.id)
        return SourceResult(source_id=source.id, errors=(message,))


def ingest_sources(store: Store, sources: Sequence[Source], settings: IngestSettings, *,
                   progress: ProgressLike | None = None, executor: Executor | None = None,
                   store_opener: StoreOpener | None = None) -> IngestReport:
    """Upsert ``sources`` into the store, then poll the enabled ones; returns per-source counters.

    Parsing and extraction run in ``executor`` when given, else in a pool of ``settings.processes``
    processes started for this call when that is more than 1, else in the polling threads. With a pool
    and ``store_opener`` (which must open ``store`` itself), the pool's processes also write the feeds'
    documents, so this process only fetches.
    """
    started_at = utc_now()
    store.upsert_sources(list(sources))
    enabled = [s for s in sources if s.enabled]
    task = progress.add_task("ingesting", total=len(enabled)) if progress is not None else None
    results: dict[str, SourceResult] = {}
    if executor is None and settings.processes == 1:
        store_opener = None  # no worker processes: this process stores, as it parses
    elif store_opener is not None and not store_opener.describes(store):
        log.warning("the store opener describes another store than %r: this process stores the documents", store)
        store_opener = None
    with ExitStack() as stack:
        if executor is None and settings.processes > 1 and enabled:
            executor = stack.enter_context(worker_pool(settings.processes))
        fetcher = stack.enter_context(SafeFetcher.from_settings(settings))
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=max(1, min(settings.concurrency, len(enabled) or 1))))
        futures = {pool.submit(_guarded, store, s, fetcher, settings, executor, store_opener): s.id
                   for s in enabled}
        for future in as_completed(futures):
            result = future.result()
            results[result.source_id] = result
            log.info("source %s: %d new, %d errors", result.source_id, result.inserted, len(result.errors))
            if progress is not None:
                progress.advance(task)
    ordered = tuple(results[s.id] for s in enabled)
    return IngestReport(started_at=started_at, finished_at=utc_now(), results=ordered)
