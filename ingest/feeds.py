"""Feed parsing: bytes we fetched ourselves -> typed entries, with recoverable errors kept.

feedparser never fetches here (we hand it bytes); it uses its own sanitizing parser and does
not resolve external entities. A malformed feed ("bozo") yields what can be recovered plus an
error message for the source's health.
"""

from __future__ import annotations

import calendar
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ingest.text import html_to_text

__all__ = ["FeedEntry", "ParsedFeed", "parse_feed"]

log = logging.getLogger(__name__)

# bozo exceptions that mean "we guessed the encoding or content type", not "content is broken"
_HARMLESS_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str
    summary: str = ""
    content: str = ""
    published_at: datetime | None = None
    language: str | None = None
    guid: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    language: str | None
    entries: tuple[FeedEntry, ...] = field(default_factory=tuple)
    error: str | None = None
    skipped: int = 0  # entries without a usable link


def _when(entry: Mapping[str, Any]) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _content(entry: Mapping[str, Any]) -> str:
    """The longest full-content block (content:encoded, atom:content) as text."""
    best = ""
    for block in entry.get("content") or []:
        text = html_to_text(str(block.get("value") or ""))
        if len(text) > len(best):
            best = text
    return best


def _language(code: object) -> str | None:
    if not isinstance(code, str) or not code.strip():
        return None
    return code.strip().lower().replace("_", "-").split("-")[0][:3] or None


def _entry(raw: Mapping[str, Any], feed_language: str | None) -> FeedEntry | None:
    link = str(raw.get("link") or "").strip()
    guid = str(raw.get("id") or "").strip() or None
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid
    if not link:
        return None
    summary = html_to_text(str(raw.get("summary") or ""))
    language = _language((raw.get("summary_detail") or {}).get("language")) or feed_language
    return FeedEntry(link=link, title=html_to_text(str(raw.get("title") or "")), summary=summary,
                     content=_content(raw), published_at=_when(raw), language=language, guid=guid)


def _bozo_error(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    name = type(exc).__name__
    if name in _HARMLESS_BOZO:
        log.debug("feed parsed with a harmless warning: %s", exc)
        return None
    return f"malformed feed ({name}: {exc})"


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None,
               max_entries: int | None = None) -> ParsedFeed:
    """Entries of an RSS 0.9x/1.0/2.0 or Atom document, most recent first as the feed lists them."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={k.lower(): v for k, v in (headers or {}).items()}
                              | {"content-location": url}, sanitize_html=True, resolve_relative_uris=True)
    feed = parsed.get("feed") or {}
    language = _language(feed.get("language"))
    entries: list[FeedEntry] = []
    skipped = 0
    for raw in parsed.get("entries") or []:
        entry = _entry(raw, language)
        if entry is None:
            skipped += 1
            continue
        entries.append(entry)
        if max_entries is not None and len(entries) >= max_entries:
            break
    error = _bozo_error(parsed)
    if error is None and not entries and not parsed.get("version"):
        error = "not a feed: no channel and no entries found"
    return ParsedFeed(title=html_to_text(str(feed.get("title") or "")), language=language,
                      entries=tuple(entries), error=error, skipped=skipped)
