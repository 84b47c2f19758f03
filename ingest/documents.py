"""From a feed entry or a page to a ``store.Document`` (fetching the article when needed)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import datetime

from ingest.extract import ExtractedArticle, ExtractionError, extract_article
from ingest.feeds import FeedEntry, parse_feed
from ingest.fetch import FetchError, SafeFetcher, capture_of
from ingest.langid import identify_language
from ingest.safety import UnsafeURLError
from ingest.settings import IngestSettings
from ingest.text import content_hash
from ingest.urls import canonicalize_url
from store import Document, Source, Store, document_id_for

__all__ = ["DocumentBuilder", "EntryDraft", "FeedDrafts", "PageOutcome", "build_document", "draft_entry", "draft_feed"]

log = logging.getLogger(__name__)


@dataclass
class PageOutcome:
    """Counters of article-page fetches made while building documents."""

    fetched: int = 0
    extraction_failures: int = 0
    errors: list[str] = field(default_factory=list)


class DocumentBuilder:
    """Builds documents for one source; fetches pages through the same safe fetcher."""

    def __init__(self, store: Store, source: Source, fetcher: SafeFetcher | None, settings: IngestSettings,
                 executor: Executor | None = None) -> None:
        self.store = store
        self.source = source
        self.fetcher = fetcher
        self.settings = settings
        self.executor = executor  # a process pool for extraction (CPU-bound); None: in this thread
        self.pages = PageOutcome()

    def fetch_page(self, url: str) -> tuple[ExtractedArticle | None, str | None]:
        """Fetch and extract an article page: (article or None, capture id or None). Errors are counted."""
        if self.fetcher is None:
            raise RuntimeError("this DocumentBuilder has no fetcher (an ingest worker's): use needs_page to "
                               "leave entries that need their article page to the polling process")
        try:
            result = self.fetcher.fetch(url, allow_private=self.source.allow_private_addresses)
        except (FetchError, UnsafeURLError) as exc:
            self.pages.errors.append(f"page {url}: {exc}")
            log.warning("source %s: page %s not fetched: %s", self.source.id, url, exc)
            return None, None
        self.pages.fetched += 1
        capture = capture_of(result, keep_content=self.settings.keep_raw_captures)
        self.store.put_capture(capture)
        try:
            if self.executor is not None:
                return self.executor.submit(extract_article, result.body, result.final_url).result(), capture.id
            return extract_article(result.body, result.final_url), capture.id
        except ExtractionError as exc:
            self.pages.extraction_failures += 1
            log.info("source %s: %s", self.source.id, exc)
            return None, capture.id

    def from_entry(self, entry: FeedEntry, capture_id: str | None, fetched_at: datetime) -> Document | None:
        return self.complete(draft_entry(entry, self.source, self.settings, capture_id, fetched_at))

    def needs_page(self, draft: EntryDraft) -> bool:
        """Whether ``complete`` may fetch this draft's article page (a short entry, ``fetch_articles`` on)."""
        return draft.document is not None and draft.entry is not None and self.settings.fetch_articles

    def complete(self, draft: EntryDraft) -> Document | None:
        """The document of a drafted entry: a short text is replaced by the stored or fetched full text."""
        if draft.error is not None or draft.document is None:
            self.pages.errors.append(draft.error or "entry skipped")
            return None
        doc, entry, better = draft.document, draft.entry, False
        if entry is None:  # full text already
            return doc
        text, capture_id, title, published_at = doc.text, doc.capture_id, entry.title, entry.published_at
        existing = self.store.get_document(doc.id)
        if existing is not None and len(existing.text) > len(text):
            text, capture_id = existing.text, existing.capture_id  # fetched on an earlier poll
            better = True
        elif self.settings.fetch_articles:
            article, page_capture = self.fetch_page(entry.link)
            capture_id = page_capture or capture_id
            if article is not None and len(article.text) > len(text):
                text, better = article.text, True
                title = title or article.title
                published_at = published_at or article.published_at
        if not better and capture_id == doc.capture_id:  # nothing better found: the draft stands
            return doc
        return build_document(self.source, doc.id, entry.link, doc.canonical_url, title, text, entry.summary,
                              published_at, fetched_at=doc.fetched_at, capture_id=capture_id, hint=entry.language)

    def from_page(self, url: str, fetched_at: datetime) -> Document | None:
        canonical = canonicalize_url(url)
        article, capture_id = self.fetch_page(url)
        if article is None:
            return None
        return self._document(document_id_for(canonical), url, canonical, article.title, article.text, "",
                              article.published_at, fetched_at, capture_id, article.language)

    def _document(self, doc_id: str, url: str, canonical: str, title: str, text: str, summary: str,
                  published_at: datetime | None, fetched_at: datetime, capture_id: str | None,
                  hint: str | None) -> Document:
        return build_document(self.source, doc_id, url, canonical, title, text, summary, published_at,
                              fetched_at=fetched_at, capture_id=capture_id, hint=hint)


@dataclass(frozen=True)
class EntryDraft:
    """A feed entry made into a document without the store (so it can be done in another process).

    ``entry`` is kept when the text is shorter than ``min_full_text_chars``: the store or the article
    page may still give the full text (``DocumentBuilder.complete``). ``error`` when the entry was skipped.
    """

    document: Document | None
    entry: FeedEntry | None = None
    error: str | None = None


@dataclass(frozen=True)
class FeedDrafts:
    """A parsed feed's entries as drafts; ``error`` as ``ParsedFeed.error``."""

    error: str | None
    entries: int
    drafts: tuple[EntryDraft, ...]


def draft_entry(entry: FeedEntry, source: Source, settings: IngestSettings, capture_id: str | None,
                fetched_at: datetime) -> EntryDraft:
    try:
        canonical = canonicalize_url(entry.link)
    except ValueError:
        return EntryDraft(None, error=f"entry link {entry.link!r} is not an http(s) URL; entry skipped")
    text = entry.content if len(entry.content) >= len(entry.summary) else entry.summary
    document = build_document(source, document_id_for(canonical), entry.link, canonical, entry.title, text,
                              entry.summary, entry.published_at, fetched_at=fetched_at, capture_id=capture_id,
                              hint=entry.language)
    return EntryDraft(document, entry if len(text) < settings.min_full_text_chars else None)


def draft_feed(body: bytes, url: str, headers: Mapping[str, str], source: Source, settings: IngestSettings,
               capture_id: str | None, fetched_at: datetime) -> FeedDrafts:
    """Parse a fetched feed and draft its entries: the CPU-bound part of a poll, picklable in and out."""
    parsed = parse_feed(body, url=url, headers=headers, max_entries=settings.max_entries_per_feed)
    return FeedDrafts(parsed.error, len(parsed.entries),
                      tuple(draft_entry(e, source, settings, capture_id, fetched_at) for e in parsed.entries))


def build_document(source: Source, doc_id: str, url: str, canonical: str, title: str, text: str, summary: str,
                   published_at: datetime | None, *, fetched_at: datetime, capture_id: str | None,
                   hint: str | None) -> Document:
    # the first 1,000 characters give the same language as 5,000 on the shared feeds and the
    # realistic stream (813 texts, 542 longer than 1,000) at 2.4x the speed (docs/performance.md)
    guess = identify_language(f"{title}\n{text}", max_chars=1000)
    language, score = guess.language, guess.score
    if language is None and (hint or len(source.languages) == 1):
        language, score = hint or source.languages[0], None
    return Document(id=doc_id, source_id=source.id, url=url, canonical_url=canonical, title=title,
                    text=text, summary=summary if summary != text else "", language=language,
                    language_score=score, published_at=published_at, fetched_at=fetched_at,
                    content_hash=content_hash(title, text), capture_id=capture_id,
                    country_focus=list(source.country_focus))
