"""Article text from an HTML page, with trafilatura (offline, no fetching here).

``extract_article`` raises ``ExtractionError`` when no article text can be found; the caller
keeps what it had (the feed summary) and counts the failure.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime

__all__ = ["ExtractedArticle", "ExtractionError", "extract_article"]

log = logging.getLogger(__name__)

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class ExtractionError(ValueError):
    """No article text could be extracted from the page."""


@dataclass(frozen=True)
class ExtractedArticle:
    title: str
    text: str
    published_at: datetime | None = None
    language: str | None = None


def _date(value: str | None) -> datetime | None:
    match = _DATE.match(value or "")
    if not match:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=UTC)
    except ValueError:
        return None


def extract_article(html: bytes | str, url: str | None = None) -> ExtractedArticle:
    """Title, main text, publication day (UTC midnight) and declared language of a page."""
    import trafilatura

    if isinstance(html, bytes):
        from trafilatura.utils import decode_file

        html = decode_file(html)
    if not html or not html.strip():
        raise ExtractionError(f"empty page {url or ''}".strip())
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_recall=True, deduplicate=False)
    except (ValueError, TypeError, AttributeError) as exc:  # trafilatura on pathological markup
        raise ExtractionError(f"extraction failed for {url or 'page'}: {exc}") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ExtractionError(f"no article text found in {url or 'page'}")
    title = (doc.title or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():  # the headline repeated as the body's first line
        text = rest.strip()
    return ExtractedArticle(title=title, text=text, published_at=_date(doc.date), language=(doc.language or None))
