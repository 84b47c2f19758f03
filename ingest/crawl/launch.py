"""Parent side of a crawl: start the child process, relay its progress, return its report.

``run_crawl`` never imports Scrapy or Twisted: each crawl gets a fresh interpreter
(``python -m ingest.crawl.runner``), so a reactor is never started in the CLI, the run loop
or Streamlit, and a crawl that crashes or hangs cannot take its caller down.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable

from ingest.crawl.options import CrawlSettings
from ingest.crawl.report import CrawlReport
from store import Source, StoreSettings

__all__ = ["CrawlError", "run_crawl"]

log = logging.getLogger(__name__)


class CrawlError(RuntimeError):
    """The crawl process failed (crashed, timed out or returned no report); the message has its log tail."""


def _drain(stream, tail: deque[str]) -> None:
    for line in stream:
        tail.append(line.rstrip())


def run_crawl(source: Source, store: StoreSettings, options: CrawlSettings | None = None, *,
              on_progress: Callable[[dict[str, int]], None] | None = None, progress_interval_s: float = 1.0,
              log_level: str = "WARNING") -> CrawlReport:
    """Crawl one source in a child process and return what it did."""
    from ingest.crawl.runner import CrawlJob

    if source.crawl is None:
        raise ValueError(f"source {source.id!r} has no crawl section; nothing to crawl")
    options = options or CrawlSettings()
    job = CrawlJob(source=source, store=store, options=options, progress_interval_s=progress_interval_s,
                   log_level=log_level)
    proc = subprocess.Popen([sys.executable, "-m", "ingest.crawl.runner"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    tail: deque[str] = deque(maxlen=40)
    drainer = threading.Thread(target=_drain, args=(proc.stderr, tail), daemon=True)
    drainer.start()
    killer = threading.Timer(options.max_seconds + 60, proc.kill)  # CLOSESPIDER_TIMEOUT plus slack
    killer.start()
    report: CrawlReport | None = None
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(job.model_dump_json())
        proc.stdin.close()
        for line in proc.stdout:
            report = _handle(line, on_progress) or report
        proc.wait()
    finally:
        killer.cancel()
        drainer.join(timeout=5)
    if report is None:
        raise CrawlError(f"crawl of {source.id} ended (exit {proc.returncode}) without a report:\n"
                         + "\n".join(tail))
    return report


def _handle(line: str, on_progress: Callable[[dict[str, int]], None] | None) -> CrawlReport | None:
    try:
        message = json.loads(line)
    except json.JSONDecodeError:
        log.debug("crawl output: %s", line.rstrip())
        return None
    if message.get("event") == "done":
        return CrawlReport.model_validate(message["report"])
    if message.get("event") == "progress" and on_progress is not None:
        on_progress({k: v for k, v in message.items() if k != "event"})
    return None
