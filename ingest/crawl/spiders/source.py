"""``SourceSpider``: crawl one source from its ``crawl`` section (``store.CrawlConfig``).

* listing pages (``start_urls`` and links matching ``listing_link_pattern``, e.g. pagination)
  are followed for links; links matching ``article_url_pattern`` are article pages;
* news sitemaps (``sitemaps``; sitemap indexes are followed) list article URLs directly,
  with their publication dates;
* at most ``max_pages`` requests in all; only the hosts of the start URLs and sitemaps.

Without ``article_url_pattern`` every same-host link that is not a listing is tried as an
article (extraction drops what is not one, counted as ``tocsin/not_article``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from ingest.crawl.items import ArticlePage
from ingest.crawl.sitemaps import SitemapError, parse_sitemap
from store import CrawlConfig, Source

__all__ = ["SourceSpider"]

log = logging.getLogger(__name__)

_HTML_TYPES = (b"text/html", b"application/xhtml")
_SIZE_MESSAGE = re.compile(r"DOWNLOAD_MAXSIZE|max(imum)? ?size|larger than", re.IGNORECASE)


class SourceSpider(scrapy.Spider):
    name = "source"

    def __init__(self, *args: Any, source_json: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not source_json:
            raise ValueError("SourceSpider needs source_json (a store.Source as JSON)")
        self.source = Source.model_validate_json(source_json)
        if self.source.crawl is None:
            raise ValueError(f"source {self.source.id!r} has no crawl section; add one to its YAML entry")
        self.config: CrawlConfig = self.source.crawl
        self.listing_re = re.compile(self.config.listing_link_pattern) if self.config.listing_link_pattern else None
        self.article_re = re.compile(self.config.article_url_pattern) if self.config.article_url_pattern else None
        hosts = {urlsplit(u).hostname for u in [*self.config.start_urls, *self.config.sitemaps]}
        self.allowed_domains = sorted(h for h in hosts if h)
        self.budget = self.config.max_pages

    # --- requests --------------------------------------------------------------------------

    def _take(self) -> bool:
        if self.budget <= 0:
            self.crawler.stats.inc_value("tocsin/budget_exhausted")
            return False
        self.budget -= 1
        return True

    def _same_site(self, url: str) -> bool:
        return urlsplit(url).hostname in self.allowed_domains

    def _article(self, url: str, published_at: datetime | None = None) -> scrapy.Request | None:
        if not self._take():
            return None
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error,
                              meta={"tocsin_article": True, "tocsin_published_at": published_at})

    async def start(self) -> AsyncIterator[Any]:
        for url in self.config.sitemaps:
            if self._take():
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.on_error)
        for url in self.config.start_urls:
            if self._take():
                yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error)

    # --- callbacks -------------------------------------------------------------------------

    def parse_listing(self, response: Response) -> Iterator[Any]:
        self.crawler.stats.inc_value("tocsin/listing_pages")
        if not hasattr(response, "css"):
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip()).split("#", 1)[0]
            if not url.startswith(("http://", "https://")) or not self._same_site(url):
                continue
            request = self._route(url)
            if request is not None:
                yield request

    def _route(self, url: str) -> scrapy.Request | None:
        if self.article_re is not None and self.article_re.search(url):
            return self._article(url)
        if self.listing_re is not None and self.listing_re.search(url):
            return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error) if self._take() else None
        if self.article_re is None:
            return self._article(url)
        return None

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        body = response.body
        if response.url.endswith(".gz") and body[:2] == b"\x1f\x8b":
            from scrapy.utils.gz import gunzip

            body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        self.crawler.stats.inc_value("tocsin/sitemaps")
        try:
            sitemap = parse_sitemap(body)
        except SitemapError as exc:
            self.crawler.stats.inc_value("tocsin/bad_sitemaps")
            log.warning("source %s: %s is not a sitemap: %s", self.source.id, response.url, exc)
            return
        for child in sitemap.children:
            if self._same_site(child) and self._take():
                yield scrapy.Request(child, callback=self.parse_sitemap, errback=self.on_error)
        for entry in sitemap.entries:
            if not self._same_site(entry.url) or (self.article_re and not self.article_re.search(entry.url)):
                continue
            request = self._article(entry.url, entry.published_at)
            if request is not None:
                yield request

    def parse_article(self, response: Response) -> Iterator[ArticlePage]:
        content_type = response.headers.get(b"Content-Type", b"text/html").lower()
        if not any(t in content_type for t in _HTML_TYPES):
            self.crawler.stats.inc_value("tocsin/not_html")
            return
        self.crawler.stats.inc_value("tocsin/article_pages")
        yield ArticlePage(
            source_id=self.source.id, url=response.url, status=response.status,
            headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            body=response.body, fetched_at=datetime.now(UTC), title=self._selected_title(response),
            published_at=self._selected_date(response) or response.meta.get("tocsin_published_at"))

    def _selected_title(self, response: Response) -> str | None:
        if not self.config.title_selector:
            return None
        text = " ".join(t.strip() for t in response.css(self.config.title_selector).css("::text").getall()).strip()
        return text or None

    def _selected_date(self, response: Response) -> datetime | None:
        if not self.config.date_selector:
            return None
        selected = response.css(self.config.date_selector)
        raw = (selected.attrib.get("datetime") or selected.attrib.get("content")
               or " ".join(selected.css("::text").getall()).strip())
        if not raw:
            return None
        import dateparser

        parsed = dateparser.parse(raw, settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True})
        return parsed.astimezone(UTC) if parsed else None

    def on_error(self, failure: Any) -> None:
        """Count a failed request by cause; refusals (safety, robots, known) are counted where they happen."""
        message = failure.getErrorMessage()
        url = failure.request.url if hasattr(failure, "request") else "?"
        if _SIZE_MESSAGE.search(message):
            key = "tocsin/too_large"
        elif "redirections reached" in message:
            key = "tocsin/too_many_redirects"
        elif failure.check(IgnoreRequest):
            return
        else:
            key = "tocsin/request_errors"
        stats = self.crawler.stats
        stats.inc_value(key)
        samples = stats.get_value("tocsin/error_samples", [])
        if len(samples) < 5:
            stats.set_value("tocsin/error_samples", [*samples, f"{url}: {message}"[:300]])
        log.warning("source %s: %s: %s", self.source.id, url, message)
