"""Ingest benchmark: feed entries parsed+stored per second, article pages extracted per second.

    .venv/bin/python -m bench.ingest [--runs 5] [--copies 30]

Feeds: the real saved feeds in ../shared/data/news_feeds_rss_parser, each replicated
``--copies`` times with rewritten links (so every copy's entries are new documents), served
by a local HTTP server on 127.0.0.1 and ingested into a fresh SQLite store per run (network,
parsing, HTML stripping, language ID, canonicalization, hashing and SQLite writes included;
article-page fetching off). Pages: the real pages of ../shared/data/article_extraction_*,
extracted with ``ingest.extract_article``. Medians over ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
FEEDS = ("guardian.rss", "encoding.rss", "rss-1.rss", "reddit-atom.rss", "many-links.rss")


def _replicate(folder: Path, copies: int) -> int:
    """Write ``copies`` variants of each feed with unique links; returns the entry count."""
    import feedparser

    total = 0
    for name in FEEDS:
        body = (DATA / "news_feeds_rss_parser" / name).read_bytes()
        n = len(feedparser.parse(body).entries)
        for i in range(copies):
            # links get a per-copy path prefix; titles get a marker so content hashes differ too
            variant = body.replace(b"://", f"://copy{i}.".encode()).replace(b"<title>", f"<title>[{i}] ".encode())
            (folder / f"{i}-{name}").write_bytes(variant)
            total += n
    return total


def bench_feeds(runs: int, copies: int) -> None:
    from ingest import IngestSettings, ingest_sources
    from store import Source
    from store.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "feeds"
        folder.mkdir()
        expected = _replicate(folder, copies)
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        sources = [Source(id=f"b{i}", name=p.name, feeds=[f"{base}/{p.name}"], allow_private_addresses=True)
                   for i, p in enumerate(sorted(folder.iterdir()))]
        settings = IngestSettings(fetch_articles=False, concurrency=2)
        rates, stored = [], 0
        for run in range(runs):
            store = SQLiteStore(Path(tmp) / f"run{run}.db")
            started = time.perf_counter()
            report = ingest_sources(store, sources, settings)
            elapsed = time.perf_counter() - started
            stored = store.count_documents()
            store.close()
            rates.append(report.entries_seen / elapsed)
        server.shutdown()
    print(f"feeds: {len(sources)} feeds, {expected} entries, {stored} documents stored per run; "
          f"median {statistics.median(rates):.0f} entries/s parsed and stored "
          f"(runs: {', '.join(f'{r:.0f}' for r in rates)})")


def bench_pages(runs: int) -> None:
    from ingest.extract import ExtractionError, extract_article
    from ingest.extraction_eval import EXTRACTION_SETS, iter_gold_pages

    pages = [p for name in EXTRACTION_SETS for p in iter_gold_pages(DATA, name)]
    size = sum(len(p.html) for p in pages)
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for page in pages:
            try:
                extract_article(page.html, page.url)
            except ExtractionError:
                pass
        rates.append(len(pages) / (time.perf_counter() - started))
    print(f"pages: {len(pages)} real pages ({size / 1e6:.1f} MB of HTML); median {statistics.median(rates):.1f} "
          f"pages/s extracted (runs: {', '.join(f'{r:.1f}' for r in rates)})")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=20, help="copies of each shared feed")
    args = parser.parse_args(argv)
    if not DATA.exists():
        raise SystemExit(f"needs {DATA} (the shared data folder beside the repository)")
    bench_feeds(args.runs, args.copies)
    bench_pages(args.runs)


if __name__ == "__main__":
    main()
