"""News sitemaps (sitemap.org and Google News extensions), parsed with defusedxml.

``parse_sitemap`` returns the article entries of a ``urlset`` and the child sitemaps of a
``sitemapindex``. defusedxml refuses entity expansion (billion laughs) and external entities.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

__all__ = ["Sitemap", "SitemapEntry", "SitemapError", "parse_sitemap"]


class SitemapError(ValueError):
    """The body is not a sitemap (or is malicious XML)."""


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    published_at: datetime | None = None
    title: str | None = None


@dataclass(frozen=True)
class Sitemap:
    entries: list[SitemapEntry] = field(default_factory=list)
    children: list[str] = field(default_factory=list)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _entry(node) -> SitemapEntry | None:
    loc = lastmod = published = title = None
    for child in node.iter():
        name = _local(child.tag)
        text = (child.text or "").strip()
        if name == "loc" and loc is None:
            loc = text
        elif name == "lastmod":
            lastmod = text
        elif name == "publication_date":
            published = text
        elif name == "title" and text:
            title = text
    if not loc:
        return None
    return SitemapEntry(url=loc, published_at=_date(published) or _date(lastmod), title=title)


def parse_sitemap(body: bytes) -> Sitemap:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(body)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise SitemapError(f"not a sitemap: {exc}") from exc
    kind = _local(root.tag)
    if kind == "sitemapindex":
        locs = [(c.text or "").strip() for c in root.iter() if _local(c.tag) == "loc"]
        return Sitemap(children=[u for u in locs if u])
    if kind == "urlset":
        entries = [_entry(node) for node in root if _local(node.tag) == "url"]
        return Sitemap(entries=[e for e in entries if e is not None])
    raise SitemapError(f"root element <{kind}> is neither <urlset> nor <sitemapindex>")
