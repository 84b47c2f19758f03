"""Item pipelines: article page -> ``store.Document`` (+ ``Capture``) -> the store, idempotently.

``DocumentPipeline`` extracts (trafilatura via ``ingest.extract_article``; the source's
selectors, when given, win for title and date), identifies the language, canonicalizes the
URL into the document id and hashes the content. ``StorePipeline`` writes the capture and
upserts the document: a page crawled twice is ``unchanged``, a copy at a new URL a
``duplicate``. Pages that are not articles are dropped and counted, never silently lost.
"""

from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from twisted.internet.threads import deferToThread

from ingest.crawl.items import ArticlePage
from ingest.extract import ExtractedArticle
from store import Capture, Document, Source, StoreSettings, document_id_for, open_store, sha256_hex

__all__ = ["DocumentPipeline", "StorePipeline"]

log = logging.getLogger(__name__)


class DocumentPipeline:
    """With ``TOCSIN_EXTRACT_PROCESSES`` > 1, pages are extracted in a process pool (extraction is
    CPU-bound: in the reactor's thread it would also stall downloads); items come back as Deferreds."""

    def __init__(self, crawler: Crawler, source: Source) -> None:
        self.stats = crawler.stats
        self.source = source
        self.min_chars = crawler.settings.getint("TOCSIN_MIN_TEXT_CHARS", 200)
        self.keep_raw = crawler.settings.getbool("TOCSIN_KEEP_RAW_CAPTURES", True)
        self.processes = crawler.settings.getint("TOCSIN_EXTRACT_PROCESSES", 1)
        self.pool: ProcessPoolExecutor | None = None

    def open_spider(self) -> None:
        if self.processes > 1:
            from ingest.pipeline import worker_pool

            self.pool = worker_pool(self.processes)

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DocumentPipeline:
        raw = crawler.settings.get("TOCSIN_SOURCE")
        if not raw:
            raise NotConfigured("TOCSIN_SOURCE is not set")
        return cls(crawler, Source.model_validate_json(raw))

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        item.capture = Capture(id=sha256_hex(item.body), url=item.url, fetched_at=item.fetched_at,
                               status_code=item.status, headers=item.headers, size=len(item.body),
                               content=item.body if self.keep_raw else None)
        if self.pool is None:
            item.document = self._document(item, self._extract(item.body, item.url))
            return item
        pool, body, url = self.pool, item.body, item.url
        deferred = deferToThread(lambda: self._extract(body, url, pool))  # waits on the pool, not the reactor
        deferred.addCallback(lambda article: setattr(item, "document", self._document(item, article)) or item)
        return deferred

    def _extract(self, body: bytes, url: str, pool: ProcessPoolExecutor | None = None) -> ExtractedArticle:
        from ingest import ExtractionError, extract_article

        try:
            return extract_article(body, url) if pool is None else pool.submit(extract_article, body, url).result()
        except ExtractionError as exc:
            self.stats.inc_value("tocsin/not_article")
            raise DropItem(f"source {self.source.id}: {exc}") from exc

    def _document(self, item: ArticlePage, article: ExtractedArticle) -> Document:
        from ingest import canonicalize_url, content_hash, identify_language

        if len(article.text) < self.min_chars:
            self.stats.inc_value("tocsin/too_short")
            raise DropItem(f"source {self.source.id}: {item.url} has {len(article.text)} characters of text")
        title = item.title or article.title
        guess = identify_language(f"{title}\n{article.text}")
        language, score = guess.language, guess.score
        if language is None:
            language = article.language or (self.source.languages[0] if len(self.source.languages) == 1 else None)
            score = None
        try:
            canonical = canonicalize_url(item.url)
        except ValueError as exc:
            self.stats.inc_value("tocsin/bad_url")
            raise DropItem(f"source {self.source.id}: {item.url} has no canonical form: {exc}") from exc
        return Document(id=document_id_for(canonical), source_id=self.source.id, url=item.url,
                        canonical_url=canonical, title=title, text=article.text, language=language,
                        language_score=score, published_at=item.published_at or article.published_at,
                        fetched_at=item.fetched_at, content_hash=content_hash(title, article.text),
                        capture_id=item.capture.id if item.capture else None,
                        country_focus=list(self.source.country_focus))


class StorePipeline:
    def __init__(self, crawler: Crawler, store_settings: StoreSettings) -> None:
        self.stats = crawler.stats
        self.store_settings = store_settings
        self.store: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        raw = crawler.settings.get("TOCSIN_STORE")
        if not raw:
            raise NotConfigured("TOCSIN_STORE is not set")
        return cls(crawler, StoreSettings.model_validate_json(raw))

    def open_spider(self) -> None:
        self.store = open_store(self.store_settings)

    def close_spider(self) -> None:
        if self.store is not None:
            self.store.close()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage) or item.document is None:
            return item
        if item.capture is not None:
            self.store.put_capture(item.capture)
        result = self.store.upsert_documents([item.document])
        for name in ("inserted", "updated", "unchanged", "duplicates"):
            if getattr(result, name):
                self.stats.inc_value(f"tocsin/documents_{name}", getattr(result, name))
        log.debug("source %s: document %s %s", item.source_id, item.document.id, result)
        item.body = b""  # the capture holds it; keep memory flat on long crawls
        return item
