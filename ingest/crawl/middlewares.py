"""Downloader middlewares: fetch safety on every hop, skipping known articles, retries with backoff.

``FetchSafetyMiddleware`` runs first for every request the engine downloads, including each
redirect hop (RedirectMiddleware schedules a new request, which comes through here again)
and robots.txt: a refused URL raises ``IgnoreRequest`` before any connection is made.
It cannot be switched off.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from ingest.safety import UnsafeURLError, check_url
from store import Source, StoreSettings, document_id_for, open_store

__all__ = ["BackoffRetryMiddleware", "FetchSafetyMiddleware", "KnownArticleMiddleware", "retry_after_seconds"]

log = logging.getLogger(__name__)


def _source(crawler: Crawler) -> Source | None:
    raw = crawler.settings.get("TOCSIN_SOURCE")
    return Source.model_validate_json(raw) if raw else None


class FetchSafetyMiddleware:
    """Apply ``ingest.safety.check_url`` (scheme, private/link-local/metadata addresses) to every request."""

    def __init__(self, crawler: Crawler, allow_private: bool) -> None:
        self.stats = crawler.stats
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchSafetyMiddleware:
        source = _source(crawler)
        return cls(crawler, allow_private=bool(source and source.allow_private_addresses))

    def process_request(self, request: Request) -> None:
        try:
            check_url(request.url, allow_private=self.allow_private)
        except UnsafeURLError as exc:
            self.stats.inc_value("tocsin/refused_unsafe")
            log.warning("refused before connecting: %s", exc)
            raise IgnoreRequest(f"unsafe URL refused: {exc}") from exc


class KnownArticleMiddleware:
    """Skip article requests whose document is already stored (crawls are incremental)."""

    def __init__(self, crawler: Crawler, store_json: str) -> None:
        self.stats = crawler.stats
        self.store = open_store(StoreSettings.model_validate_json(store_json))
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownArticleMiddleware:
        store_json = crawler.settings.get("TOCSIN_STORE")
        if not store_json or crawler.settings.getbool("TOCSIN_REFETCH_KNOWN"):
            raise NotConfigured("no store, or refetch_known is on")
        return cls(crawler, store_json)

    def process_request(self, request: Request) -> None:
        from ingest.urls import canonicalize_url

        if not request.meta.get("tocsin_article"):
            return
        try:
            doc_id = document_id_for(canonicalize_url(request.url))
        except ValueError:
            return
        if self.store.get_document(doc_id) is not None:
            self.stats.inc_value("tocsin/known_skipped")
            raise IgnoreRequest(f"already stored: {request.url}")

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.store.close()


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds asked by a Retry-After header (delta-seconds or HTTP date); None when absent or invalid."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


async def _sleep(seconds: float) -> None:
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    if seconds > 0:
        await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but waiting: exponential backoff, or the server's Retry-After when it sends one.

    A Retry-After longer than ``TOCSIN_RETRY_AFTER_MAX_S`` gives the request up at once (counted)
    instead of holding the crawl.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff = settings.getfloat("TOCSIN_BACKOFF_S", 2.0)
        self.retry_after_max = settings.getfloat("TOCSIN_RETRY_AFTER_MAX_S", 120.0)

    def _backoff(self, request: Request) -> float:
        return self.backoff * (2 ** int(request.meta.get("retry_times", 0)))

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        asked = retry_after_seconds(response.headers.get(b"Retry-After"))
        if asked is not None and asked > self.retry_after_max:
            self.crawler.stats.inc_value("tocsin/retry_after_too_long")
            log.warning("%s asks to retry after %.0f s (> %.0f s): given up", request.url, asked,
                        self.retry_after_max)
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        delay = asked if asked is not None else self._backoff(request)
        self.crawler.stats.inc_value("tocsin/retry_waits")
        await _sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:  # type: ignore[override]
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await _sleep(self._backoff(request))
        return retry
