"""The shipped source registry: enough real sources, official statements among them, valid crawl sections."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ingest import load_sources
from ingest.settings import IngestSettings
from store import SourceKind


def test_registry_has_40_sources_in_6_languages_with_official_statements() -> None:
    sources = load_sources(IngestSettings().sources)
    assert len(sources) >= 40
    assert len({lang for s in sources for lang in s.languages}) >= 6
    official = [s for s in sources if s.kind is SourceKind.OFFICIAL]
    assert len(official) >= 20
    crawled = {s.id for s in sources if s.crawl is not None}
    assert {"ohchr-press", "un-press-security-council", "unhcr-news", "kremlin-en", "icc-press"} <= crawled
    assert all(s.languages for s in sources)


def test_every_crawl_section_is_usable() -> None:
    for source in load_sources(IngestSettings().sources):
        if source.crawl is None:
            continue
        config = source.crawl
        assert config.start_urls or config.sitemaps, source.id
        for url in [*config.start_urls, *config.sitemaps]:
            parts = urlsplit(url)
            assert parts.scheme in ("http", "https") and parts.hostname, (source.id, url)
        for pattern in (config.article_url_pattern, config.listing_link_pattern):
            if pattern is not None:
                re.compile(pattern)
        assert not source.allow_private_addresses, source.id  # shipped sources are public
