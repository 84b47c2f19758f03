"""ingest: sources, feed polling, fetching, extraction, language ID, URL canonicalization.

Public entry points: ``load_sources`` (YAML registry), ``ingest_sources`` (poll into the
store), ``SafeFetcher``/``check_url`` (the only way Tocsin fetches), ``extract_article``,
``identify_language``, ``canonicalize_url``.

Exceptions::

    ValueError
    ├── SourcesError         a sources YAML file is invalid (names file, entry, field)
    ├── UnsafeURLError       a URL may not be fetched (scheme, private or metadata address)
    └── ExtractionError      no article text found in a page
    FetchError               a safe URL could not be fetched
    ├── HTTPStatusError
    ├── ResponseTooLarge
    ├── TooManyRedirects
    └── UnsupportedEncoding
"""

from ingest.extract import ExtractedArticle, ExtractionError, extract_article
from ingest.feeds import FeedEntry, ParsedFeed, parse_feed
from ingest.fetch import (
    FetchError,
    FetchResult,
    HTTPStatusError,
    ResponseTooLarge,
    SafeFetcher,
    TooManyRedirects,
    UnsupportedEncoding,
)
from ingest.langid import LanguageGuess, identify_language
from ingest.pipeline import ingest_sources, poll_source
from ingest.registry import SourcesError, load_sources, parse_sources
from ingest.report import IngestReport, SourceResult
from ingest.safety import UnsafeURLError, check_url
from ingest.settings import IngestSettings
from ingest.text import content_hash, html_to_text
from ingest.urls import canonicalize_url

__all__ = [
    "ExtractedArticle", "ExtractionError", "FeedEntry", "FetchError", "FetchResult", "HTTPStatusError",
    "IngestReport", "IngestSettings", "LanguageGuess", "ParsedFeed", "ResponseTooLarge", "SafeFetcher",
    "SourceResult", "SourcesError", "TooManyRedirects", "UnsafeURLError", "UnsupportedEncoding",
    "canonicalize_url", "check_url", "content_hash", "extract_article", "html_to_text", "identify_language",
    "ingest_sources", "load_sources", "parse_feed", "parse_sources", "poll_source",
]
