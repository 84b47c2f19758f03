"""ingest.crawl: the Scrapy project that crawls sources without feeds (official statements...).

Scrapy's own separation: ``spiders/`` (one generic ``SourceSpider``), ``items``,
``pipelines`` (document building, store), ``middlewares`` (fetch safety on every hop,
known-article skipping, backoff and Retry-After), ``extensions`` (progress), ``settings``
(Scrapy settings) and ``sitemaps`` (news sitemap parsing). ``run_crawl`` runs a crawl in a
child process; nothing here imports Scrapy until a crawl starts.

Exceptions::

    RuntimeError
    └── CrawlError     the crawl process failed without a report
"""

from ingest.crawl.launch import CrawlError, run_crawl
from ingest.crawl.options import CrawlSettings
from ingest.crawl.report import CrawlReport

__all__ = ["CrawlError", "CrawlReport", "CrawlSettings", "run_crawl"]
