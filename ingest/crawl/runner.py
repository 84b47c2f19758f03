"""The crawl child process: ``python -m ingest.crawl.runner`` with a job (JSON) on stdin.

Scrapy's Twisted reactor runs here, in a fresh process per crawl, never inside the CLI or
Streamlit. The job carries the source, the store settings (secrets travel on stdin, not on
the command line) and the crawl settings. Progress lines and the final report are JSON
lines on stdout; Scrapy's log goes to stderr. The source's health (last success or last
error) is recorded in the store at the end.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict

from ingest.crawl.options import CrawlSettings
from ingest.crawl.report import CrawlReport, report_from_stats
from store import Source, StoreSettings, open_store

__all__ = ["CrawlJob", "main", "run_job"]

log = logging.getLogger(__name__)


class CrawlJob(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source: Source
    store: StoreSettings
    options: CrawlSettings = CrawlSettings()
    progress_interval_s: float = 1.0
    log_level: str = "WARNING"


def run_job(job: CrawlJob) -> CrawlReport:
    from scrapy.crawler import CrawlerProcess

    from ingest.crawl.settings import scrapy_settings
    from ingest.crawl.spiders.source import SourceSpider

    source_json = job.source.model_dump_json()
    settings = scrapy_settings(job.options, store_json=job.store.model_dump_json(), source_json=source_json)
    settings.update({"TOCSIN_PROGRESS_INTERVAL_S": job.progress_interval_s, "LOG_LEVEL": job.log_level})
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(SourceSpider)
    started = time.perf_counter()
    process.crawl(crawler, source_json=source_json)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    report = report_from_stats(job.source.id, stats, time.perf_counter() - started)
    _record_health(job, report)
    return report


def _record_health(job: CrawlJob, report: CrawlReport) -> None:
    store = open_store(job.store)
    try:
        now = datetime.now(UTC)
        if report.ok:
            store.record_source_success(job.source.id, now, report.inserted)
        else:
            detail = "; ".join(report.error_samples) or f"no page received ({report.finish_reason})"
            store.record_source_error(job.source.id, now, f"crawl: {detail}")
    finally:
        store.close()


def main() -> int:
    job = CrawlJob.model_validate_json(sys.stdin.read())
    report = run_job(job)
    sys.stdout.write(json.dumps({"event": "done", "report": report.model_dump(mode="json")}) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
