"""Store benchmark: bulk document write throughput and timeline aggregation latency, per backend,
side by side on the same generated documents; optionally a full ``store copy``.

    .venv/bin/python -m bench.store [--docs 20000] [--batch 500] [--copy 100000]

Backends: SQLite (a temporary file), osmem-server (the in-memory imitation of the OpenSearch
API from PyPI, started on 127.0.0.1; it is not a real cluster and its numbers say nothing about
Elasticsearch's speed), and a real Elasticsearch when ``TOCSIN_ES_URL`` is set. Timeline: per-day
document counts for one country over the first 90 of the 360 days the documents span
(``Store.timeline``: a SQL GROUP BY on SQLite, a ``date_histogram`` aggregation on
Elasticsearch). Medians of ``--repeat`` timeline calls.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from store import Document, StoreSettings, document_id_for, open_store, sha256_hex

COUNTRIES = ["SDN", "MMR", "NGA", "ETH", "COD", "SSD", "UKR", "PSE", "HTI", "MLI"]
T0 = datetime(2026, 1, 1, tzinfo=UTC)
SPAN_DAYS = 360  # documents are spread over a year; the timeline asks for its first 90 days
DAY_FROM, DAY_TO = date(2026, 1, 1), date(2026, 3, 31)


def make_documents(n: int) -> list[Document]:
    docs = []
    for i in range(n):
        url = f"https://bench.example/{i}"
        text = (f"Report {i}: armed men attacked the village of K{i % 997} near the border; residents fled "
                f"and {i % 31} people were reported killed. Aid groups warned of further violence.")
        docs.append(Document(id=document_id_for(url), source_id=f"src-{i % 20}", url=url, canonical_url=url,
                             title=f"Attack report {i}", text=text, language="en", fetched_at=T0,
                             published_at=T0 + timedelta(hours=(i * 7) % (SPAN_DAYS * 24)),
                             country_focus=[COUNTRIES[i % len(COUNTRIES)]], content_hash=sha256_hex(text)))
    return docs


def measure(name: str, settings: StoreSettings, docs: list[Document], batch: int, repeat: int) -> dict:
    store = open_store(settings)
    try:
        start = time.perf_counter()
        for i in range(0, len(docs), batch):
            store.upsert_documents(docs[i:i + batch])
        write_s = time.perf_counter() - start
        assert store.count_documents() == len(docs), f"{name}: stored {store.count_documents()} of {len(docs)}"
        timings = []
        for _ in range(repeat):
            t = time.perf_counter()
            days = store.timeline("SDN", "documents", DAY_FROM, DAY_TO)
            timings.append(time.perf_counter() - t)
        expected = sum(1 for d in docs if d.country_focus == ["SDN"] and d.published_at.date() <= DAY_TO)
        assert sum(n for _, n in days) == expected, f"{name}: timeline says {sum(n for _, n in days)}, not {expected}"
        return {"backend": name, "docs": len(docs), "write_docs_per_s": len(docs) / write_s,
                "timeline_ms": statistics.median(timings) * 1000}
    finally:
        store.close()


def _progress(name: str, start: float) -> Callable[[str, int, int | None], None]:
    def show(step: str, done: int, total: int | None) -> None:
        if step == "documents" and (done % 10_000 == 0 or done == total):
            print(f"  copy to {name}: {done}/{total} documents after {time.perf_counter() - start:.0f} s", flush=True)
    return show


def measure_copy(n: int, batch: int, destinations: dict[str, StoreSettings], workdir: Path) -> list[dict]:
    from store.copy import copy_store

    src_settings = StoreSettings(path=workdir / "copy-src.db", synchronous="NORMAL")
    src = open_store(src_settings)
    docs = make_documents(n)
    for i in range(0, n, 2000):
        src.upsert_documents(docs[i:i + 2000])
    out = []
    for name, settings in destinations.items():
        dst = open_store(settings)
        start = time.perf_counter()
        report = copy_store(src, dst, state_path=workdir / f"copy-{name}.json", batch_size=batch,
                            progress=_progress(name, start))
        seconds = time.perf_counter() - start
        out.append({"copy": f"sqlite -> {name}", "docs": report.copied.get("documents", 0),
                    "seconds": seconds, "docs_per_s": n / seconds, "destination_count": dst.count_documents()})
        dst.close()
    src.close()
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--copy", type=int, default=0, help="also copy a SQLite store of this many documents")
    args = parser.parse_args(argv)
    docs = make_documents(args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        backends = {"sqlite": StoreSettings(path=workdir / "bench.db")}
        server = None
        try:
            from osmem_server import OsmemServer

            server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
            backends["osmem (imitation)"] = StoreSettings(backend="elasticsearch", url=server.url, replicas=0,
                                                          index_prefix=f"bench-{uuid.uuid4().hex[:6]}")
        except Exception as exc:  # noqa: BLE001 - report and go on with what is available
            print(f"osmem-server unavailable: {exc}")
        if os.environ.get("TOCSIN_ES_URL"):
            backends["elasticsearch"] = StoreSettings(backend="elasticsearch", url=os.environ["TOCSIN_ES_URL"],
                                                      index_prefix=f"bench-{uuid.uuid4().hex[:6]}")
        print(f"{'backend':<20} {'docs':>8} {'write docs/s':>14} {'timeline ms':>12}")
        for name, settings in backends.items():
            r = measure(name, settings, docs, args.batch, args.repeat)
            print(f"{name:<20} {r['docs']:>8} {r['write_docs_per_s']:>14.0f} {r['timeline_ms']:>12.1f}")
        if args.copy:
            destinations = {"sqlite": StoreSettings(path=workdir / "copy-dst.db", synchronous="NORMAL")}
            if server is not None:
                destinations["osmem (imitation)"] = StoreSettings(
                    backend="elasticsearch", url=server.url, replicas=0, index_prefix="copybench")
            for r in measure_copy(args.copy, 2000, destinations, workdir):
                print(f"{r['copy']:<28} {r['docs']:>8} docs in {r['seconds']:.1f} s ({r['docs_per_s']:.0f} docs/s), "
                      f"destination holds {r['destination_count']}")
        if server is not None:
            server.close()


if __name__ == "__main__":
    main()
