"""Feed ingestion end to end: real saved feeds served on 127.0.0.1 into a real SQLite store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import feedparser
import pytest

from ingest import IngestSettings, ingest_sources
from ingest.urls import canonicalize_url
from ingest.worker import StoreOpener
from store import Document, Source, StoreSettings, UpsertResult
from store.sqlite import SQLiteStore
from tests.conftest import shared_path
from tests.ingest.conftest import LocalServer, Route

FEEDS = {  # file -> content type as a publisher would send it
    "guardian.rss": "application/rss+xml; charset=utf-8",
    "encoding.rss": "application/rss+xml",  # ISO-8859-1, declared in the XML prolog
    "rss-1.rss": "application/rdf+xml",
    "reddit-atom.rss": "application/atom+xml",
    "many-links.rss": "application/atom+xml; charset=utf-8",
}
OFFLINE = IngestSettings(fetch_articles=False, concurrency=2)


def _source(sid: str, *feeds: str, **fields: object) -> Source:
    return Source(id=sid, name=sid, feeds=list(feeds), allow_private_addresses=True, **fields)


def _serve_real_feeds(server: LocalServer) -> list[Source]:
    folder = shared_path("news_feeds_rss_parser")
    sources = []
    for name, ctype in FEEDS.items():
        server.routes[f"/{name}"] = Route(body=(folder / name).read_bytes(), content_type=ctype,
                                          etag=f'"{name}-v1"', last_modified="Mon, 02 Nov 2026 10:00:00 GMT")
        sources.append(_source(name.split(".")[0].lower(), server.url(f"/{name}")))
    return sources


def _expected_ids(body: bytes) -> set[str]:
    """Canonical URLs of the entries, counted independently with plain feedparser."""
    parsed = feedparser.parse(body)
    return {canonicalize_url(e.get("link") or e.get("id")) for e in parsed.entries}


def test_every_entry_of_real_feeds_is_stored(sqlite_store: SQLiteStore, local_server: LocalServer) -> None:
    sources = _serve_real_feeds(local_server)
    report = ingest_sources(sqlite_store, sources, OFFLINE)
    assert report.errors == 0, [r.errors for r in report.results]
    folder = shared_path("news_feeds_rss_parser")
    for source, name in zip(sources, FEEDS, strict=True):
        body = (folder / name).read_bytes()
        expected = len(feedparser.parse(body).entries)
        result = report.result(source.id)
        assert result.entries_seen == expected > 0
        assert result.inserted + result.duplicates == expected
        stored = {d.canonical_url for d in sqlite_store.iter_documents() if d.source_id == source.id}
        assert len(stored) == result.inserted
        assert stored <= _expected_ids(body)
    assert sqlite_store.count_documents() == report.inserted
    portuguese = [d for d in sqlite_store.iter_documents() if d.source_id == "encoding"]
    assert any("ã" in d.title or "ç" in d.title for d in portuguese)  # ISO-8859-1 decoded, not mojibake
    assert {d.language for d in portuguese} == {"pt"}


def _comparable(store: SQLiteStore) -> dict[str, tuple]:
    return {d.id: (d.source_id, d.url, d.canonical_url, d.title, d.text, d.summary, d.language, d.language_score,
                   d.published_at, d.content_hash, d.country_focus) for d in store.iter_documents()}


def test_worker_processes_store_the_same_documents(sqlite_store: SQLiteStore, local_server: LocalServer,
                                                   tmp_path: Path) -> None:
    sources = _serve_real_feeds(local_server)
    one = ingest_sources(sqlite_store, sources, OFFLINE)
    pooled_store = SQLiteStore(tmp_path / "pooled.db")
    try:
        pooled = ingest_sources(pooled_store, sources, OFFLINE.model_copy(update={"processes": 2}))
        assert (pooled.entries_seen, pooled.inserted, pooled.duplicates) == (one.entries_seen, one.inserted,
                                                                             one.duplicates)
        assert one.inserted > 100 and _comparable(pooled_store) == _comparable(sqlite_store)
    finally:
        pooled_store.close()


class _PollingOnlyStore(SQLiteStore):
    """The polling process's store when the workers store: writing documents here is a bug."""

    def upsert_documents(self, documents: Sequence[Document]) -> UpsertResult:
        raise AssertionError("the polling process wrote documents; the workers should have")


def test_workers_that_store_their_own_documents_store_the_same_documents(
        sqlite_store: SQLiteStore, local_server: LocalServer, tmp_path: Path) -> None:
    sources = _serve_real_feeds(local_server)
    one = ingest_sources(sqlite_store, sources, OFFLINE)
    path = tmp_path / "workers.db"
    with _PollingOnlyStore(path) as polling:
        pooled = ingest_sources(polling, sources, OFFLINE.model_copy(update={"processes": 2}),
                                store_opener=StoreOpener(StoreSettings(path=path)))
        assert pooled.errors == 0, [r.errors for r in pooled.results]
        assert (pooled.entries_seen, pooled.inserted, pooled.duplicates) == (one.entries_seen, one.inserted,
                                                                             one.duplicates)
        assert sorted(pooled.inserted_ids) == sorted(one.inserted_ids)
        assert one.inserted > 100 and _comparable(polling) == _comparable(sqlite_store)
        # the polling side still keeps the feeds' bookkeeping: the next poll is a conditional GET
        again = ingest_sources(polling, sources, OFFLINE.model_copy(update={"processes": 2}),
                               store_opener=StoreOpener(StoreSettings(path=path)))
        assert again.not_modified == len(sources) and again.inserted == 0


def test_an_opener_of_another_store_is_not_used(sqlite_store: SQLiteStore, local_server: LocalServer,
                                                tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    sources = _serve_real_feeds(local_server)[:1]
    elsewhere = tmp_path / "elsewhere.db"
    report = ingest_sources(sqlite_store, sources, OFFLINE.model_copy(update={"processes": 2}),
                            store_opener=StoreOpener(StoreSettings(path=elsewhere)))
    assert report.inserted > 0 and sqlite_store.count_documents() == report.inserted
    assert not elsewhere.exists()
    assert "describes another store" in caplog.text


def test_second_poll_is_not_modified_and_adds_nothing(sqlite_store: SQLiteStore,
                                                      local_server: LocalServer) -> None:
    sources = _serve_real_feeds(local_server)
    first = ingest_sources(sqlite_store, sources, OFFLINE)
    before = sqlite_store.count_documents()
    local_server.requests.clear()
    second = ingest_sources(sqlite_store, sources, OFFLINE)
    assert first.inserted == before > 0
    assert second.not_modified == len(sources) and second.inserted == 0 and second.entries_seen == 0
    assert sqlite_store.count_documents() == before
    assert all(r.headers.get("if-none-match", "").endswith('-v1"') for r in local_server.requests)


def test_ingesting_twice_without_conditional_get_adds_zero_documents(sqlite_store: SQLiteStore,
                                                                    local_server: LocalServer) -> None:
    sources = _serve_real_feeds(local_server)
    for route in local_server.routes.values():
        route.etag = route.last_modified = None  # a server that always answers 200
    first = ingest_sources(sqlite_store, sources, OFFLINE)
    second = ingest_sources(sqlite_store, sources, OFFLINE)
    assert second.inserted == 0 and second.updated == 0
    assert second.entries_seen == first.entries_seen
    assert sqlite_store.count_documents() == first.inserted


def _settings_and_opener(store: SQLiteStore, mode: str,
                         settings: IngestSettings = OFFLINE) -> tuple[IngestSettings, StoreOpener | None]:
    """One process; a pool that parses; a pool whose workers also store (``ingest.worker``)."""
    if mode == "one process":
        return settings, None
    opener = StoreOpener(StoreSettings(path=Path(store.path))) if mode == "workers store" else None
    return settings.model_copy(update={"processes": 2}), opener


@pytest.mark.parametrize("mode", ["one process", "workers store"])
def test_truncated_feed_reports_error_and_others_still_ingest(sqlite_store: SQLiteStore,
                                                             local_server: LocalServer, mode: str) -> None:
    body = (shared_path("news_feeds_rss_parser") / "guardian.rss").read_bytes()
    local_server.routes["/cut.rss"] = Route(body=body[: len(body) // 2], etag='"cut"')
    local_server.routes["/ok.rss"] = Route(body=(shared_path("news_feeds_rss_parser") / "rss-1.rss").read_bytes())
    sources = [_source("broken", local_server.url("/cut.rss")), _source("down", local_server.url("/gone.rss")),
               _source("fine", local_server.url("/ok.rss"))]
    settings, opener = _settings_and_opener(sqlite_store, mode)
    report = ingest_sources(sqlite_store, sources, settings, store_opener=opener)
    broken, down, fine = (report.result(s.id) for s in sources)
    assert broken.errors and "malformed feed" in broken.errors[0]
    assert 0 < broken.inserted < len(feedparser.parse(body).entries)  # recovered what it could
    assert down.errors and "404" in down.errors[0]
    assert fine.ok and fine.inserted > 0
    health = {h.source_id: h for h in sqlite_store.source_health()}
    assert health["broken"].last_error and health["down"].last_error and health["fine"].last_error is None
    # the broken copy's ETag is not remembered: the next poll fetches the feed in full again
    assert sqlite_store.get_feed_state("broken", local_server.url("/cut.rss")) is None


ARTICLE = """<html><head><title>Village attacked</title></head><body><nav>Home | World</nav>
<article><h1>Village attacked in the night</h1>{paragraphs}</article><footer>Contact us</footer></body></html>"""


@pytest.mark.parametrize("mode", ["one process", "pool parses", "workers store"])
def test_entry_without_full_text_gets_the_article_page(sqlite_store: SQLiteStore, local_server: LocalServer,
                                                       mode: str) -> None:
    paragraphs = "".join(
        f"<p>Witness {i} said armed men arrived after midnight on day {i} and set fire to the granaries "
        f"while {i * 7} families fled into the fields; aid workers counted {i * 3} burned homes.</p>"
        for i in range(1, 7))
    local_server.routes["/story.html"] = Route(body=ARTICLE.format(paragraphs=paragraphs).encode(),
                                               content_type="text/html; charset=utf-8")
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Village attacked in the night</title><link>{local_server.url('/story.html')}?utm_source=rss</link>
<description>Short teaser.</description></item>
<item><title>Missing page</title><link>{local_server.url('/nowhere.html')}</link>
<description>Only a teaser here.</description></item></channel></rss>"""
    local_server.routes["/feed.rss"] = Route(body=feed.encode())
    settings, opener = _settings_and_opener(sqlite_store, mode, IngestSettings(min_full_text_chars=300))
    report = ingest_sources(sqlite_store, [_source("pages", local_server.url("/feed.rss"))], settings,
                            store_opener=opener)
    result = report.result("pages")
    assert result.inserted == 2 and result.pages_fetched == 1
    assert any("nowhere.html" in e for e in result.errors)  # the failed page is reported...
    docs = {d.title: d for d in sqlite_store.iter_documents()}
    assert docs["Missing page"].text == "Only a teaser here."  # ...and the summary kept
    story = docs["Village attacked in the night"]
    assert "granaries" in story.text and "Contact us" not in story.text and len(story.text) > 300
    assert story.summary == "Short teaser." and story.language == "en"
    capture = sqlite_store.get_capture(story.capture_id or "")
    assert capture is not None and b"granaries" in (capture.content or b"")
    # next poll: the page text is already stored, so the page is not fetched again
    local_server.requests.clear()
    again = ingest_sources(sqlite_store, [_source("pages", local_server.url("/feed.rss"))],
                           IngestSettings(min_full_text_chars=300))
    assert again.inserted == 0 and again.updated == 0
    assert "/story.html" not in local_server.paths_requested()


def test_unsafe_feed_url_is_an_error_not_a_crash(sqlite_store: SQLiteStore, local_server: LocalServer) -> None:
    local_server.routes["/f.rss"] = Route(body=b"<rss/>")
    private = Source(id="no-private", name="n", feeds=[local_server.url("/f.rss")])  # allow_private off
    report = ingest_sources(sqlite_store, [private], OFFLINE)
    assert "private" in report.result("no-private").errors[0]
    assert local_server.requests == []


def test_raw_captures_can_be_digest_only(sqlite_store: SQLiteStore, local_server: LocalServer,
                                         tmp_path: Path) -> None:
    local_server.routes["/ok.rss"] = Route(body=(shared_path("news_feeds_rss_parser") / "rss-1.rss").read_bytes())
    ingest_sources(sqlite_store, [_source("digest", local_server.url("/ok.rss"))],
                   IngestSettings(fetch_articles=False, keep_raw_captures=False))
    doc = next(sqlite_store.iter_documents())
    capture = sqlite_store.get_capture(doc.capture_id or "")
    assert capture is not None and capture.content is None and capture.size == 74242


@pytest.mark.parametrize("disabled", [True])
def test_disabled_sources_are_stored_but_not_polled(sqlite_store: SQLiteStore, local_server: LocalServer,
                                                    disabled: bool) -> None:
    source = _source("off", local_server.url("/x.rss"), enabled=not disabled)
    report = ingest_sources(sqlite_store, [source], OFFLINE)
    assert report.results == () and sqlite_store.get_source("off") == source
    assert local_server.requests == []


def test_a_configured_page_with_an_invalid_url_is_reported_and_the_rest_still_ingest(
        sqlite_store: SQLiteStore, local_server: LocalServer) -> None:
    paragraphs = "".join(f"<p>Paragraph {i}: residents said the market reopened after the curfew ended on day {i}, "
                         f"and {i * 4} traders returned to their stalls near the bus station.</p>" for i in range(1, 7))
    local_server.routes["/page.html"] = Route(body=ARTICLE.format(paragraphs=paragraphs).encode(),
                                              content_type="text/html; charset=utf-8")
    source = _source("pages-only", pages=["http://-->x.org/", local_server.url("/page.html")])
    result = ingest_sources(sqlite_store, [source], IngestSettings(min_full_text_chars=300)).result("pages-only")
    assert any("-->x.org" in e and "fix the URL" in e for e in result.errors)
    assert result.inserted == 1, "the valid page is still stored"
    assert "curfew" in next(iter(sqlite_store.iter_documents())).text
