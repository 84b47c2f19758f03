"""Items of the crawler: a fetched article page, and the document built from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from store import Capture, Document

__all__ = ["ArticlePage"]


@dataclass
class ArticlePage:
    """One fetched article page as the spider saw it (before extraction)."""

    source_id: str
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    title: str | None = None  # from the source's title_selector, when it has one
    published_at: datetime | None = None  # from date_selector or the news sitemap
    document: Document | None = None  # set by DocumentPipeline
    capture: Capture | None = None  # set by DocumentPipeline
