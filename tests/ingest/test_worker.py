"""``ingest.worker.store_feed``: what a worker stores itself and what it leaves to the polling process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest import IngestSettings
from ingest.worker import StoredFeed, StoreOpener, _worker_state, store_feed
from store import Capture, FeedState, Source, StoreSettings, open_store, sha256_hex, utc_now

LONG = " ".join(f"Witnesses said armed men burned {i} granaries in the village on day {i}." for i in range(20))
FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Full story</title><link>https://news.example.org/full</link><description>{LONG}</description></item>
<item><title>Teaser only</title><link>https://news.example.org/teaser</link><description>Short teaser.</description></item>
<item><title>Bad link</title><link>mailto:desk@example.org</link><description>x</description></item>
</channel></rss>""".encode()
SOURCE = Source(id="wire", name="wire", feeds=["https://news.example.org/feed.rss"])


@pytest.fixture
def opener(tmp_path: Path) -> Iterator[StoreOpener]:
    settings = StoreSettings(path=tmp_path / "tocsin.db")
    with open_store(settings) as store:
        store.upsert_sources([SOURCE])
    yield StoreOpener(settings)
    _worker_state().close()  # the worker keeps its store open between feeds


URL = "https://news.example.org/feed.rss"


def _store(opener: StoreOpener, settings: IngestSettings, body: bytes = FEED) -> StoredFeed:
    at = utc_now()
    capture = Capture(id=sha256_hex(body), url=URL, fetched_at=at, status_code=200, headers={}, size=len(body),
                      content=body)
    state = FeedState(source_id=SOURCE.id, url=URL, etag='"v1"', polled_at=at)
    return store_feed(opener, body, URL, {}, SOURCE, settings, capture, state)


def test_entries_needing_their_page_go_back_to_the_polling_process(opener: StoreOpener) -> None:
    stored = _store(opener, IngestSettings(min_full_text_chars=300))
    assert stored.entries == 3 and stored.result.inserted == 1  # only the full story is stored here
    assert [d.entry.title for d in stored.page_drafts if d.entry] == ["Teaser only"]
    assert any("mailto" in e for e in stored.errors)  # the skipped entry is reported, not lost
    with opener() as store:
        assert [d.title for d in store.iter_documents()] == ["Full story"]
        assert store.get_capture(sha256_hex(FEED)) is not None  # the capture with the documents
        # the state waits for the teaser's page: the polling process writes it once that is stored
        assert not stored.state_written and store.get_feed_state(SOURCE.id, URL) is None


def test_without_article_fetching_the_worker_stores_every_entry(opener: StoreOpener) -> None:
    stored = _store(opener, IngestSettings(min_full_text_chars=300, fetch_articles=False))
    assert stored.result.inserted == 2 and stored.page_drafts == ()
    with opener() as store:
        assert sorted(d.title for d in store.iter_documents()) == ["Full story", "Teaser only"]
        assert stored.state_written and store.get_feed_state(SOURCE.id, URL).etag == '"v1"'
        assert store.get_document(stored.result.inserted_ids[0]).capture_id == sha256_hex(FEED)


def test_a_broken_feed_keeps_its_entries_and_capture_but_is_not_marked_seen(opener: StoreOpener) -> None:
    broken = FEED.replace(b"</channel></rss>", b"<item><title>cut off")
    stored = _store(opener, IngestSettings(fetch_articles=False), broken)
    assert stored.error and stored.result.inserted == 2 and not stored.state_written
    with opener() as store:
        assert store.get_capture(sha256_hex(broken)) is not None
        assert store.get_feed_state(SOURCE.id, URL) is None  # fetched in full next time
