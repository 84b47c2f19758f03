"""The offline demo: illustrative feeds served on 127.0.0.1 ingest end to end."""

from __future__ import annotations

from pathlib import Path

import httpx

from ingest import IngestSettings, ingest_sources
from ingest.demo import DEMO_DIR, demo_sources, serve_demo
from store.sqlite import SQLiteStore


def test_every_demo_file_is_marked_illustrative() -> None:
    pages = sorted((DEMO_DIR / "articles").glob("*.html"))
    feeds = sorted((DEMO_DIR / "feeds").iterdir())
    assert len(pages) >= 6 and len(feeds) == 3
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert '<meta name="tocsin-demo" content="illustrative">' in text and "ILLUSTRATIVE DEMO PAGE" in text
    for feed in feeds:
        assert "ILLUSTRATIVE" in feed.read_text(encoding="utf-8")


def test_demo_ingests_offline(sqlite_store: SQLiteStore) -> None:
    with serve_demo() as base:
        assert base.startswith("http://127.0.0.1:")
        sources = demo_sources(base)
        assert all(s.illustrative and s.allow_private_addresses for s in sources)
        assert all(f.startswith(base) for s in sources for f in s.feeds)
        feed = httpx.get(sources[0].feeds[0], trust_env=False)
        assert "{base}" not in feed.text and base in feed.text
        report = ingest_sources(sqlite_store, sources, IngestSettings())
        again = ingest_sources(sqlite_store, sources, IngestSettings())
    assert report.errors == 0 and report.inserted == 7
    assert again.not_modified == 3 and again.inserted == 0
    docs = {d.title: d for d in sqlite_store.iter_documents()}
    assert {d.language for d in docs.values()} == {"en", "fr"}
    attack = next(d for t, d in docs.items() if "North Darfur" in t)
    assert "at least 23 civilians" in attack.text and "Illustrative content written" not in attack.text
    rhetoric = next(d for t, d in docs.items() if "minister" in t.lower() and "cockroaches" in t)
    assert "cockroaches who must be cleansed" in rhetoric.text
    pest = next(d for t, d in docs.items() if "pest" in d.text)
    assert "alert(" not in pest.text  # feed scripts dropped


def test_serve_demo_stops_serving(tmp_path: Path) -> None:
    with serve_demo() as base:
        assert httpx.get(base + "/articles/senegal-vaccination.html", trust_env=False).status_code == 200
    try:
        httpx.get(base + "/articles/senegal-vaccination.html", timeout=1, trust_env=False)
    except httpx.HTTPError:
        return
    raise AssertionError("the demo server still answers after the context closed")
