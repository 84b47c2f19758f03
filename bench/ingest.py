"""Ingest benchmark: feed entries parsed+stored per second, article pages extracted per second.

    .venv/bin/python -m bench.ingest [--runs 5] [--copies 20] [--langid]

Feeds: the real saved feeds in ../shared/data/news_feeds_rss_parser, each replicated
``--copies`` times with rewritten links (so every copy's entries are new documents), served
by a local HTTP server on 127.0.0.1 and ingested into a fresh SQLite store per run (network,
parsing, HTML stripping, language ID, canonicalization, hashing and SQLite writes included;
article-page fetching off). Measured in one process (polling threads), through a warm pool of
``--workers`` processes whose workers also store the documents (``ingest_sources(executor=...,
store_opener=...)``; the workers' CPU time counted too), through the same pool with this process storing
(the previous pool path), and, in the same run, with feedparser only (the unoptimized path) and with py3langid as the only language
identifier (the previous path; one process), plus parsing alone both ways.

Language ID (printed first; ``--langid`` prints only this): accuracy per labelled real-text set, agreement with
py3langid on the shared feeds' entries and article gold texts, and texts per CPU-second, for py3langid,
fastText lid.176 alone and the hybrid that ingest uses (``ingest.langid_eval``).

Pages: the real pages of ../shared/data/article_extraction_*, extracted with
``ingest.extract_article`` in one process, across a pool of ``--workers`` processes, with
trafilatura's readability/jusText fallbacks (the previous path) and with the unoptimized path
(fallbacks plus trafilatura's full metadata: author, site name, categories, tags, licence); token
F1 against the gold texts with and without the fallbacks. Medians over ``--runs`` runs; wall rates
and rates per CPU-second of the measuring processes (the HTTP server's threads included); JSON lines.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import nullcontext
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
_T = TypeVar("_T")
FEEDS = ("guardian.rss", "encoding.rss", "rss-1.rss", "reddit-atom.rss", "many-links.rss")


def _replicate(folder: Path, copies: int) -> int:
    """Write ``copies`` variants of each feed with unique links; returns the entry count."""
    import feedparser

    total = 0
    for name in FEEDS:
        body = (DATA / "news_feeds_rss_parser" / name).read_bytes()
        n = len(feedparser.parse(body).entries)
        for i in range(copies):
            # links get a per-copy host prefix; titles get a marker so content hashes differ too. Namespace
            # URIs stay as they are: rewritten, they would turn the feed into an unknown XML dialect
            variant = body.replace(b"://", f"://copy{i}.".encode()).replace(b"<title>", f"<title>[{i}] ".encode())
            for namespace in set(re.findall(rb"xmlns(?::[\w.-]+)?=[\"']([^\"']+)[\"']", body)):
                variant = variant.replace(namespace.replace(b"://", f"://copy{i}.".encode()), namespace)
            (folder / f"{i}-{name}").write_bytes(variant)
            total += n
    return total


def _proc_cpu_s(pids: list[int]) -> float:
    """User+system CPU seconds of live processes (Linux /proc): the pool's workers."""
    import os

    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _ingest_runs(tmp: Path, sources: list, runs: int, label: str, processes: int = 1,
                 workers_store: bool = False) -> tuple[list[float], list[float], int, list[float]]:
    """Wall and CPU rates of ``ingest_sources``; with ``processes`` > 1 through a warm worker pool whose
    processes' CPU time is counted with this process's; ``workers_store``: the workers also write the
    documents (``ingest.worker``), else this process does."""
    from ingest import IngestSettings, ingest_sources
    from ingest.pipeline import worker_pool
    from ingest.worker import StoreOpener
    from store import StoreSettings, open_store

    settings = IngestSettings(fetch_articles=False, concurrency=2 * processes)
    rates, cpu_rates, stored, parent_shares = [], [], 0, []
    with worker_pool(processes) if processes > 1 else nullcontext() as pool:
        pids = list(pool._processes) if pool is not None else []  # the workers (filled after the warm-up)
        for run in range(runs + 1):  # run 0 warms up (imports, language-ID model, workers) and is not counted
            store_settings = StoreSettings(path=tmp / f"{label}{run}.db", synchronous="FULL")
            store = open_store(store_settings)
            opener = StoreOpener(store_settings) if workers_store else None
            cpu_workers = _proc_cpu_s(pids)
            started, cpu = time.perf_counter(), time.process_time()
            report = ingest_sources(store, sources, settings, executor=pool, store_opener=opener)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            parent = cpu
            cpu += _proc_cpu_s(pids) - cpu_workers
            pids = list(pool._processes) if pool is not None else []
            stored = store.count_documents()
            store.close()
            if run:
                rates.append(report.entries_seen / elapsed)
                cpu_rates.append(report.entries_seen / cpu)
                parent_shares.append(parent / cpu)  # this process's part of the CPU time (1.0 without a pool)
    return rates, cpu_rates, stored, parent_shares


def _summary(rates: list[float], cpu_rates: list[float]) -> dict:
    return {"per_s": round(statistics.median(rates), 1), "per_cpu_s": round(statistics.median(cpu_rates), 1),
            "runs": [round(r, 1) for r in rates]}


def bench_feeds(runs: int, copies: int, processes: int = 2) -> dict:
    import ingest.feeds
    from store import Source

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "feeds"
        folder.mkdir()
        expected = _replicate(folder, copies)
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        sources = [Source(id=f"b{i}", name=p.name, feeds=[f"{base}/{p.name}"], allow_private_addresses=True)
                   for i, p in enumerate(sorted(folder.iterdir()))]
        fast, fast_cpu, stored, _ = _ingest_runs(Path(tmp), sources, runs, "fast")
        py3, py3_cpu, stored_py3, _ = _with_py3langid(lambda: _ingest_runs(Path(tmp), sources, runs, "py3langid"))
        pooled, pooled_cpu, stored_pooled, parent_shares = _ingest_runs(Path(tmp), sources, runs, "pool", processes,
                                                                        workers_store=True)
        parsing, parsing_cpu, stored_parsing, parsing_shares = _ingest_runs(Path(tmp), sources, runs, "parse",
                                                                            processes)
        parse_fast = _parse_only(folder, runs)
        fast_path = ingest.feeds._parse_well_formed
        ingest.feeds._parse_well_formed = lambda *a, **k: None  # the unoptimized path: feedparser for every feed
        try:
            slow, slow_cpu, _, _ = _ingest_runs(Path(tmp), sources, runs, "slow")
            parse_slow = _parse_only(folder, runs)
        finally:
            ingest.feeds._parse_well_formed = fast_path
        server.shutdown()
    out = {"feeds": len(sources), "entries": expected, "documents_stored": stored,
           "ingest": _summary(fast, fast_cpu), f"ingest_pool_{processes}_processes": _summary(pooled, pooled_cpu),
           "documents_stored_by_pool": stored_pooled,
           "pool_parent_cpu_share": round(statistics.median(parent_shares), 3),
           f"ingest_pool_{processes}_processes_parent_stores": _summary(parsing, parsing_cpu),
           "documents_stored_by_pool_parent_stores": stored_parsing,
           "pool_parent_stores_parent_cpu_share": round(statistics.median(parsing_shares), 3),
           "ingest_feedparser_only": _summary(slow, slow_cpu),
           "ingest_py3langid_only": _summary(py3, py3_cpu), "documents_stored_py3langid": stored_py3,
           "parse_only": _summary(*parse_fast), "parse_only_feedparser": _summary(*parse_slow)}
    out["ratio_ingest"] = round(out["ingest"]["per_cpu_s"] / out["ingest_feedparser_only"]["per_cpu_s"], 2)
    out[f"ratio_pool_{processes}_vs_one_wall"] = round(out[f"ingest_pool_{processes}_processes"]["per_s"]
                                                       / out["ingest"]["per_s"], 2)
    out[f"ratio_pool_{processes}_workers_store_vs_parent_stores_wall"] = round(
        out[f"ingest_pool_{processes}_processes"]["per_s"]
        / out[f"ingest_pool_{processes}_processes_parent_stores"]["per_s"], 2)
    out["ratio_langid_hybrid_vs_py3langid"] = round(out["ingest"]["per_cpu_s"]
                                                     / out["ingest_py3langid_only"]["per_cpu_s"], 2)
    out["ratio_parse"] = round(out["parse_only"]["per_cpu_s"] / out["parse_only_feedparser"]["per_cpu_s"], 2)
    return out


def _with_py3langid(run: Callable[[], _T]) -> _T:
    """``run`` with the previous language identifier (py3langid alone) in this process's ingest path."""
    import ingest.documents
    from ingest.langid import identify_language_with

    hybrid = ingest.documents.identify_language
    ingest.documents.identify_language = partial(identify_language_with, backend="py3langid")
    try:
        return run()
    finally:
        ingest.documents.identify_language = hybrid


def bench_langid(per_set: int = 800) -> dict:
    """Accuracy (labelled sets) or agreement with py3langid (feeds, article gold texts) and texts per
    CPU-second of each identifier at ingest's 1,000 characters (ingest.langid_eval)."""
    from ingest.langid import identify_language_with
    from ingest.langid_eval import labelled_texts, score_identifier, unlabelled_texts

    texts = labelled_texts(DATA, per_set) + unlabelled_texts(DATA)
    backends = {b: partial(identify_language_with, backend=b, max_chars=1000)
                for b in ("py3langid", "fasttext", "hybrid")}
    for identify in backends.values():
        identify("a few words of English text, enough letters to load the model")
    return {b: score_identifier(texts, identify, backends["py3langid"]) for b, identify in backends.items()}


def _parse_only(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    from ingest.feeds import parse_feed

    bodies = [p.read_bytes() for p in sorted(folder.iterdir())]
    rates, cpu_rates = [], []
    parse_feed(bodies[0], url="http://127.0.0.1/feed")
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        n = sum(len(parse_feed(b, url="http://127.0.0.1/feed").entries) for b in bodies)
        rates.append(n / (time.perf_counter() - started))
        cpu_rates.append(n / (time.process_time() - cpu))
    return rates, cpu_rates


def _extract_full_metadata(html: bytes, url: str | None) -> object:
    """The unoptimized path: extract_article as it was, trafilatura's full metadata included."""
    import trafilatura
    from trafilatura.utils import decode_file

    return trafilatura.bare_extraction(decode_file(html), url=url, with_metadata=True, include_comments=False,
                                       fast=False,
                                       include_tables=True, favor_recall=True, deduplicate=False)


def _f1(results: list, gold: list[str]) -> float:
    """Mean token F1 against the gold texts (a page without text scores 0), as ingest.extraction_eval."""
    from ingest.extract import ExtractedArticle
    from ingest.extraction_eval import token_prf

    scores = [token_prf(r.text if isinstance(r, ExtractedArticle) else "", g)[2] for r, g in zip(results, gold,
                                                                                               strict=True)]
    return round(sum(scores) / len(scores), 4)


def _timed(fn: object, pages: list, rates: list[float], cpu_rates: list[float]) -> list:
    started, cpu = time.perf_counter(), time.process_time()
    out = fn(pages)  # type: ignore[operator]
    rates.append(len(pages) / (time.perf_counter() - started))
    cpu_rates.append(len(pages) / (time.process_time() - cpu))
    return out


def _with_fallbacks(pages: list) -> list:
    from ingest.extract import ExtractionError, extract_article

    out: list = []
    for html, url in pages:
        try:
            out.append(extract_article(html, url, fallbacks=True))
        except ExtractionError as exc:
            out.append(exc)
    return out


def bench_pages(runs: int, workers: int = 2) -> dict:
    from concurrent.futures import ProcessPoolExecutor

    from ingest.extract import extract_articles
    from ingest.extraction_eval import EXTRACTION_SETS, iter_gold_pages

    gold_pages = [p for name in EXTRACTION_SETS for p in iter_gold_pages(DATA, name)]
    pages, gold = [(p.html, p.url) for p in gold_pages], [p.gold_text for p in gold_pages]
    size = sum(len(html) for html, _ in pages)
    _with_fallbacks(pages[:8])  # imports and trafilatura's, jusText's and dateparser's lazy set-up
    extract_articles(pages[:8])
    rates: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in ("fast", "fallbacks", "full")}
    f1: dict[str, float] = {}
    for _ in range(runs):
        fast = _timed(extract_articles, pages, *rates["fast"])
        fallbacks = _timed(_with_fallbacks, pages, *rates["fallbacks"])
        _timed(lambda ps: [_extract_full_metadata(h, u) for h, u in ps], pages, *rates["full"])
        f1 = {"fast": _f1(fast, gold), "fallbacks": _f1(fallbacks, gold)}
    pooled: list[float] = []
    pooled_cpu: list[float] = []
    with ProcessPoolExecutor(workers) as pool:
        extract_articles(pages[: workers * 8], executor=pool, chunksize=1)  # start and warm the workers
        pids = list(pool._processes)
        for _ in range(runs):
            cpu_workers, cpu = _proc_cpu_s(pids), time.process_time()
            started = time.perf_counter()
            extract_articles(pages, executor=pool, chunksize=1)  # pages differ 100x in size: small chunks
            pooled.append(len(pages) / (time.perf_counter() - started))
            pooled_cpu.append(len(pages) / (time.process_time() - cpu + _proc_cpu_s(pids) - cpu_workers))
    out = {"pages": len(pages), "html_mb": round(size / 1e6, 1), "one_process": _summary(*rates["fast"]),
           "with_fallbacks": _summary(*rates["fallbacks"]), "full_metadata_path": _summary(*rates["full"]),
           f"pool_{workers}_processes": _summary(pooled, pooled_cpu),
           "token_f1": f1["fast"], "token_f1_with_fallbacks": f1["fallbacks"]}
    out["ratio_lean_metadata"] = round(out["one_process"]["per_cpu_s"] / out["full_metadata_path"]["per_cpu_s"], 2)
    out["ratio_no_fallbacks"] = round(out["one_process"]["per_cpu_s"] / out["with_fallbacks"]["per_cpu_s"], 2)
    out[f"ratio_pool_{workers}_vs_one_wall"] = round(statistics.median(pooled) / statistics.median(rates["fast"][0]),
                                                     2)
    return out


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=20, help="copies of each shared feed")
    parser.add_argument("--workers", type=int, default=2, help="processes of the extraction pool")
    parser.add_argument("--langid", action="store_true", help="only the language-ID evaluation (ingest.langid_eval)")
    args = parser.parse_args(argv)
    if not DATA.exists():
        raise SystemExit(f"skipped: needs {DATA} (the shared data folder beside the repository)")
    print(json.dumps({"langid": bench_langid()}, ensure_ascii=False), flush=True)
    if args.langid:
        return
    print(json.dumps({"feeds": bench_feeds(args.runs, args.copies, args.workers)}), flush=True)
    print(json.dumps({"pages": bench_pages(args.runs, args.workers)}), flush=True)


if __name__ == "__main__":
    main()
