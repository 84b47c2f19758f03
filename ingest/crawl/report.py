"""What one crawl of one source did (returned by ``run_crawl``, printed by ``tocsin crawl``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["CrawlReport", "report_from_stats"]


class CrawlReport(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source_id: str
    ok: bool = Field(description="the crawl ran and at least one listing, sitemap or article page was received")
    finish_reason: str = ""
    pages: int = Field(0, description="responses received (listings, articles, robots.txt, sitemaps)")
    articles: int = Field(0, description="article pages received")
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    not_article: int = Field(0, description="pages without article text (dropped, counted)")
    known_skipped: int = Field(0, description="article links already stored, not fetched again")
    refused_unsafe: int = Field(0, description="requests refused by fetch safety before connecting")
    robots_forbidden: int = 0
    too_large: int = Field(0, description="responses cancelled at DOWNLOAD_MAXSIZE")
    too_many_redirects: int = Field(0, description="requests given up at REDIRECT_MAX_TIMES")
    request_errors: int = 0
    error_samples: list[str] = Field(default_factory=list)
    seconds: float = 0.0


def report_from_stats(source_id: str, stats: dict[str, Any], seconds: float) -> CrawlReport:
    def n(key: str) -> int:
        return int(stats.get(key, 0) or 0)

    pages = n("response_received_count")
    useful = n("tocsin/listing_pages") + n("tocsin/sitemaps") + n("tocsin/article_pages")
    return CrawlReport(
        source_id=source_id, ok=useful > 0, finish_reason=str(stats.get("finish_reason", "")), pages=pages,
        articles=n("tocsin/article_pages"), inserted=n("tocsin/documents_inserted"),
        updated=n("tocsin/documents_updated"), unchanged=n("tocsin/documents_unchanged"),
        duplicates=n("tocsin/documents_duplicates"),
        not_article=n("tocsin/not_article") + n("tocsin/too_short") + n("tocsin/not_html"),
        known_skipped=n("tocsin/known_skipped"), refused_unsafe=n("tocsin/refused_unsafe"),
        robots_forbidden=n("robotstxt/forbidden"), too_large=n("tocsin/too_large"),
        too_many_redirects=n("tocsin/too_many_redirects"),
        request_errors=n("tocsin/request_errors"),
        error_samples=[str(e) for e in stats.get("tocsin/error_samples", [])], seconds=round(seconds, 3))
