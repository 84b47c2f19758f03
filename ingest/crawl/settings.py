"""Scrapy settings of the Tocsin crawler (a Scrapy project settings module).

The constants below are the fixed policy; ``scrapy_settings`` overlays the user's
``CrawlSettings`` and the job (store, source) for one crawl. Everything that protects
the machine and the sites we crawl is on by default: robots.txt, AutoThrottle, a per-domain
concurrency cap, TLS certificate verification (Scrapy does NOT verify by default; we set
DOWNLOAD_VERIFY_CERTIFICATES), size caps incl. decompressed size, timeouts, no telnet, no
``file:``/``data:``/``ftp:``/``s3:`` download handlers.
"""

from __future__ import annotations

from typing import Any

from ingest.crawl.options import CrawlSettings

__all__ = ["scrapy_settings"]

BOT_NAME = "tocsin"
SPIDER_MODULES = ["ingest.crawl.spiders"]
NEWSPIDER_MODULE = "ingest.crawl.spiders"
ROBOTSTXT_OBEY = True
TELNETCONSOLE_ENABLED = False
COOKIES_ENABLED = False
DOWNLOAD_VERIFY_CERTIFICATES = True  # chain against the platform trust store, and the host name
DNS_RESOLVER = "ingest.crawl.resolver.SafeResolver"  # vets connection-time DNS answers (rebinding)
# only http(s): every other scheme has no download handler at all
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}
DOWNLOADER_MIDDLEWARES = {
    "ingest.crawl.middlewares.FetchSafetyMiddleware": 10,  # before anything else (offsite is 50), every hop
    "ingest.crawl.middlewares.KnownArticleMiddleware": 60,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "ingest.crawl.middlewares.BackoffRetryMiddleware": 550,
}
ITEM_PIPELINES = {
    "ingest.crawl.pipelines.DocumentPipeline": 300,
    "ingest.crawl.pipelines.StorePipeline": 800,
}
EXTENSIONS = {"scrapy.extensions.telnet.TelnetConsole": None, "ingest.crawl.extensions.ProgressExtension": 500}
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_WARNSIZE = 0
HTTPCACHE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
LOG_LEVEL = "INFO"


def _policy() -> dict[str, Any]:
    return {name: value for name, value in globals().items() if name.isupper()}


def scrapy_settings(options: CrawlSettings, *, store_json: str, source_json: str) -> dict[str, Any]:
    """All Scrapy settings for one crawl of one source."""
    settings = _policy()
    settings.update({
        "USER_AGENT": options.user_agent,
        "ROBOTSTXT_OBEY": options.obey_robots,
        "DOWNLOAD_MAXSIZE": options.max_bytes,
        "DOWNLOAD_TIMEOUT": options.timeout_s,
        "REDIRECT_MAX_TIMES": options.max_redirects,
        "RETRY_TIMES": options.retries,
        "CONCURRENT_REQUESTS_PER_DOMAIN": options.concurrency_per_domain,
        "DOWNLOAD_DELAY": options.download_delay_s,
        "AUTOTHROTTLE_ENABLED": options.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(options.download_delay_s, 0.1),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": options.autothrottle_target_concurrency,
        "CLOSESPIDER_TIMEOUT": options.max_seconds,
        "TOCSIN_BACKOFF_S": options.backoff_s,
        "TOCSIN_RETRY_AFTER_MAX_S": options.retry_after_max_s,
        "TOCSIN_REFETCH_KNOWN": options.refetch_known,
        "TOCSIN_KEEP_RAW_CAPTURES": options.keep_raw_captures,
        "TOCSIN_MIN_TEXT_CHARS": options.min_text_chars,
        "TOCSIN_EXTRACT_PROCESSES": options.extract_processes,
        "TOCSIN_STORE": store_json,
        "TOCSIN_SOURCE": source_json,
    })
    return settings
