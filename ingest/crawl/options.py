"""Settings of the crawler, clustering and source health (section ``[crawl]`` of tocsin.toml).

These are Tocsin's settings; ``ingest.crawl.settings`` turns them into Scrapy's.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ingest.cluster_settings import ClusterSettings
from ingest.health import HealthSettings

__all__ = ["CrawlSettings"]


class CrawlSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    user_agent: str = Field("Tocsin/0.1 (early-warning research monitor; crawler)",
                            description="User-Agent of the crawler (robots.txt rules are matched against it)")
    obey_robots: bool = Field(True, description="obey robots.txt (ROBOTSTXT_OBEY)")
    max_bytes: int = Field(10_000_000, gt=0, description="size cap per response, decompressed (DOWNLOAD_MAXSIZE)")
    timeout_s: float = Field(30.0, gt=0, description="download timeout per request, seconds")
    max_redirects: int = Field(5, ge=0, description="redirect hops followed per request (REDIRECT_MAX_TIMES)")
    retries: int = Field(2, ge=0, description="retries of a failed request (5xx, 429, network errors)")
    backoff_s: float = Field(2.0, ge=0, description="first retry waits this long, doubling each retry")
    retry_after_max_s: float = Field(
        120.0, ge=0, description="longest Retry-After honoured; a longer one gives the request up")
    concurrency_per_domain: int = Field(2, ge=1, description="parallel requests per domain")
    download_delay_s: float = Field(1.0, ge=0, description="minimum delay between requests to one domain")
    autothrottle: bool = Field(True, description="adapt the delay to the server's latency (AutoThrottle)")
    autothrottle_target_concurrency: float = Field(1.0, gt=0, description="AutoThrottle target concurrency")
    max_seconds: float = Field(900.0, gt=0, description="a crawl of one source stops after this many seconds")
    refetch_known: bool = Field(False, description="fetch articles already stored again (else skipped)")
    keep_raw_captures: bool = Field(True, description="store raw fetched bytes (else only sha256 and size)")
    min_text_chars: int = Field(200, ge=0, description="pages with less article text are not stored")
    extract_processes: int = Field(1, ge=1, description="worker processes extracting article text (1: in the "
                                                        "crawler's own thread; 2 on a 2-core machine)")
    cluster: ClusterSettings = Field(default_factory=ClusterSettings, description="near-duplicate clustering")
    health: HealthSettings = Field(default_factory=HealthSettings, description="source health, silent sources")
