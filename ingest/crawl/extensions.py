"""Scrapy extension: progress lines (JSON) on stdout for the parent process (``tocsin crawl``)."""

from __future__ import annotations

import json
import sys
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

__all__ = ["ProgressExtension", "progress_snapshot"]

_KEYS = {
    "pages": "response_received_count",
    "articles": "tocsin/article_pages",
    "inserted": "tocsin/documents_inserted",
    "unchanged": "tocsin/documents_unchanged",
    "errors": "tocsin/request_errors",
}


def progress_snapshot(stats: dict[str, Any]) -> dict[str, int]:
    return {name: int(stats.get(key, 0) or 0) for name, key in _KEYS.items()}


class ProgressExtension:
    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.task: Any = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        interval = crawler.settings.getfloat("TOCSIN_PROGRESS_INTERVAL_S", 0)
        if interval <= 0:
            raise NotConfigured("progress lines are off")
        return cls(crawler, interval)

    def emit(self) -> None:
        line = {"event": "progress", **progress_snapshot(self.crawler.stats.get_stats())}
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()

    def spider_opened(self, spider: Any) -> None:
        from twisted.internet import task

        self.task = task.LoopingCall(self.emit)
        self.task.start(self.interval, now=False)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
