"""From a feed entry or a page to a ``store.Document`` (fetching the article when needed)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from ingest.extract import ExtractedArticle, ExtractionError, extract_article
from ingest.feeds import FeedEntry
from ingest.fetch import FetchError, SafeFetcher, capture_of
from ingest.langid import identify_language
from ingest.safety import UnsafeURLError
from ingest.settings import IngestSettings
from ingest.text import content_hash
from ingest.urls import canonicalize_url
from store import Document, Source, Store, document_id_for

__all__ = ["DocumentBuilder", "PageOutcome"]

log = logging.getLogger(__name__)


@dataclass
class PageOutcome:
    """Counters of article-page fetches made while building documents."""

    fetched: int = 0
    extraction_failures: int = 0
    errors: list[str] = field(default_factory=list)


class DocumentBuilder:
    """Builds documents for one source; fetches pages through the same safe fetcher."""

    def __init__(self, store: Store, source: Source, fetcher: SafeFetcher, settings: IngestSettings) -> None:
        self.store = store
        self.source = source
        self.fetcher = fetcher
        self.settings = settings
        self.pages = PageOutcome()

    def fetch_page(self, url: str) -> tuple[ExtractedArticle | None, str | None]:
        """Fetch and extract an article page: (article or None, capture id or None). Errors are counted."""
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
            return extract_article(result.body, result.final_url), capture.id
        except ExtractionError as exc:
            self.pages.extraction_failures += 1
            log.info("source %s: %s", self.source.id, exc)
            return None, capture.id

    def from_entry(self, entry: FeedEntry, capture_id: str | None, fetched_at: datetime) -> Document | None:
        try:
            canonical = canonicalize_url(entry.link)
        except ValueError:
            self.pages.errors.append(f"entry link {entry.link!r} is not an http(s) URL; entry skipped")
            return None
        doc_id = document_id_for(canonical)
        text = entry.content if len(entry.content) >= len(entry.summary) else entry.summary
        title, published_at = entry.title, entry.published_at
        if len(text) < self.settings.min_full_text_chars:
            existing = self.store.get_document(doc_id)
            if existing is not None and len(existing.text) > len(text):
                text, capture_id = existing.text, existing.capture_id  # fetched on an earlier poll
            elif self.settings.fetch_articles:
                article, page_capture = self.fetch_page(entry.link)
                capture_id = page_capture or capture_id
                if article is not None and len(article.text) > len(text):
                    text = article.text
                    title = title or article.title
                    published_at = published_at or article.published_at
        return self._document(doc_id, entry.link, canonical, title, text, entry.summary, published_at,
                              fetched_at, capture_id, entry.language)

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
        guess = identify_language(f"{title}\n{text}")
        language, score = guess.language, guess.score
        if language is None and (hint or len(self.source.languages) == 1):
            language, score = hint or self.source.languages[0], None
        return Document(id=doc_id, source_id=self.source.id, url=url, canonical_url=canonical, title=title,
                        text=text, summary=summary if summary != text else "", language=language,
                        language_score=score, published_at=published_at, fetched_at=fetched_at,
                        content_hash=content_hash(title, text), capture_id=capture_id,
                        country_focus=list(self.source.country_focus))
