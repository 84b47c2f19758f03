"""Feeds parsed, drafted and stored inside an ingest worker process: ``store_feed``.

With ``ingest_sources(store_opener=...)`` and more than one process, every worker opens the store
itself (once per process, through the picklable ``StoreOpener``) and writes the documents of the
feeds it parses. The polling process then only fetches feeds and keeps their bookkeeping (captures,
conditional-GET state, source health). Before, it also unpickled every drafted document, completed it
and wrote it: 39-40% of the pool's CPU at the feed benchmark (docs/performance.md).

The worker also writes the feed's capture and, when nothing is left to fetch, its conditional-GET state,
in the same transaction as the documents (``Store.record_feed_poll``): one commit per feed where there were
three, so the processes wait less on SQLite's one write lock.

Entries whose article page must be fetched (short text, ``fetch_articles`` on) go back to the polling
process as drafts: it fetches their pages with its concurrent threads, as before, where a worker would
fetch them one at a time and leave its core idle while it waits on the network.

Several processes writing one SQLite file is safe: WAL, ``BEGIN IMMEDIATE`` per write and a busy timeout
serialize the short transactions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing.util import Finalize
from pathlib import Path

from ingest.documents import DocumentBuilder, EntryDraft, draft_feed
from ingest.settings import IngestSettings
from store import Capture, FeedState, Source, Store, UpsertResult
from store.factory import StoreSettings, open_store

__all__ = ["StoreOpener", "StoredFeed", "store_feed"]


@dataclass(frozen=True)
class StoreOpener:
    """Opens the store described by ``settings``: picklable, and equal for equal settings.

    The caller's own store and this one must be the same store (same SQLite file or cluster).
    """

    settings: StoreSettings

    def __call__(self) -> Store:
        return open_store(self.settings)

    def describes(self, store: Store) -> bool:
        """Whether ``store`` is the one this opens (same SQLite file, or same cluster URL and index prefix);
        ``ingest_sources`` lets workers write only then."""
        if self.settings.backend == "sqlite":
            path = getattr(store, "path", None)
            return path is not None and Path(path).resolve() == self.settings.path.resolve()
        names = getattr(store, "names", None)
        return (getattr(store, "url", None) == self.settings.url
                and getattr(names, "prefix", None) == self.settings.index_prefix)


@dataclass(frozen=True)
class StoredFeed:
    """What a worker did with one fetched feed: ``FeedDrafts``' counters, the store's answer, the drafts
    whose article page the polling process is to fetch, the entries skipped (with why), and whether the
    feed's conditional-GET state was written (not when the feed was broken or has pages still to fetch)."""

    error: str | None
    entries: int
    result: UpsertResult
    page_drafts: tuple[EntryDraft, ...]
    errors: tuple[str, ...]
    state_written: bool


class _WorkerState:
    """This process's open store, kept between feeds and closed at process exit."""

    def __init__(self) -> None:
        self.opener: StoreOpener | None = None
        self.store: Store | None = None
        Finalize(self, _WorkerState.close, args=(self,), exitpriority=10)

    def store_for(self, opener: StoreOpener) -> Store:
        if self.store is None or self.opener != opener:
            self.close()
            self.store, self.opener = opener(), opener
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


_state: _WorkerState | None = None


def _worker_state() -> _WorkerState:
    global _state
    if _state is None:
        _state = _WorkerState()
    return _state


def store_feed(opener: StoreOpener, body: bytes, url: str, headers: Mapping[str, str], source: Source,
               settings: IngestSettings, capture: Capture, state: FeedState) -> StoredFeed:
    """Parse and draft a fetched feed, complete its entries from the store, and write the feed's capture, its
    documents and its conditional-GET ``state`` in one store call (``Store.record_feed_poll``: one SQLite
    transaction where there were three). Entries that need their article page come back as ``page_drafts``;
    the state is then left to the polling process, to write once those are stored too, and it is never
    written for a broken feed (fetched in full next time).

    Runs in a worker process; raises what the store raises (the capture is stored first when parsing
    itself raises), so the polling side reports the source's error.
    """
    store = _worker_state().store_for(opener)
    try:
        feed = draft_feed(body, url, headers, source, settings, capture.id, capture.fetched_at)
    except Exception:
        store.put_capture(capture)  # what broke the parser stays on record
        raise
    builder = DocumentBuilder(store, source, None, settings)  # no fetcher: page fetches are not done here
    page_drafts: list[EntryDraft] = []
    documents = []
    for draft in feed.drafts:
        if builder.needs_page(draft):
            page_drafts.append(draft)
        elif document := builder.complete(draft):
            documents.append(document)
    write_state = feed.error is None and not page_drafts
    result = store.record_feed_poll(capture, documents, state if write_state else None)
    return StoredFeed(error=feed.error, entries=feed.entries, result=result, page_drafts=tuple(page_drafts),
                      errors=tuple(builder.pages.errors), state_written=write_state)
