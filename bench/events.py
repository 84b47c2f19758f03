"""Throughput of the events analyzer on real news articles: ``python -m bench.events``.

Articles: the 91 article bodies of the Scrapinghub extraction benchmark in ../shared/data
(mostly benign news: tech, business, politics) plus the event specification examples as a
violent control set. Prints articles/s, candidate sentences per article and embedding share.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from nlp.events import make_analyzer
from nlp.events.analyzer import find_candidates
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def load_articles() -> list[str]:
    truth = json.loads((DATA / "article_extraction_scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    return [v["articleBody"] for v in truth.values() if v.get("articleBody")]


def run(texts: list[str], repeats: int) -> dict[str, float]:
    analyzer = make_analyzer(NlpSettings())
    analyzer.analyze("Gunmen killed nine villagers.", TextContext())  # warm: model and gazetteer load
    started, cpu_started = time.perf_counter(), time.process_time()
    events = 0
    for _ in range(repeats):
        for text in texts:
            events += len(analyzer.analyze(text, TextContext()).events)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    started = time.perf_counter()
    candidates = sum(len(find_candidates(t)[0]) for t in texts)
    rules_s = time.perf_counter() - started
    n = len(texts) * repeats
    return {"articles": n, "seconds": round(elapsed, 2), "articles_per_s": round(n / elapsed, 1),
            "articles_per_cpu_s": round(n / cpu, 1),
            "rules_only_articles_per_s": round(len(texts) / rules_s, 1),
            "candidate_sentences_per_article": round(candidates / len(texts), 2),
            "events_per_article": round(events / n, 2),
            "mean_words": round(sum(len(t.split()) for t in texts) / len(texts))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    print(json.dumps({"news_articles": run(load_articles(), args.repeats)}, indent=2))


if __name__ == "__main__":
    main()
