"""Speed of the dehumanization analyzer alone on whole, mostly benign real texts.

``python -m models.dehumanization.speed [--runs 5] [--profile]`` analyses a fixed sample of UN General
Debate speeches (long official statements) and the shared article-extraction gold texts (news pages),
one core (wall-clock and CPU-second rates), after one warm-up pass (models loaded; the classifier's sentence cache is emptied before each
timed pass), and prints the median docs/s per corpus and how far sentences got down the cascade.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import time
from pathlib import Path
from typing import Any

__all__ = ["load_corpora", "time_corpus"]

REPO = Path(__file__).resolve().parents[2]


def load_corpora(root: Path, speeches: int = 150) -> dict[str, list[str]]:
    with gzip.open(root / "un_general_debate_1990_2024" / "ungdc_1990_2024.jsonl.gz", "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    un = random.Random(13).sample(texts, speeches)
    gold = json.loads((root / "article_extraction_scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    news = [v["articleBody"] for _, v in sorted(gold.items()) if v.get("articleBody")]
    return {"un_speeches": un, "news_articles": news}


def time_corpus(analyzer: Any, texts: list[str], runs: int) -> dict[str, float]:
    from nlp.pipeline import TextContext

    ctx = TextContext(language="en")
    analyzer.classifier.score(["warm-up: load the encoder"])
    before = dict(getattr(analyzer, "counts", {}))
    findings = sum(len(analyzer.analyze(t, ctx).findings) for t in texts)  # warm-up
    counts = {k: v - before.get(k, 0) for k, v in getattr(analyzer, "counts", {}).items()}
    rates, cpu_rates = [], []
    for _ in range(runs):
        getattr(analyzer, "_e5_cache", {}).clear()  # each pass pays for its classifier calls
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            analyzer.analyze(text, ctx)
        rates.append(len(texts) / (time.perf_counter() - started))
        cpu_rates.append(len(texts) / max(time.process_time() - cpu, 1e-9))  # docs per CPU-second
    chars = sum(map(len, texts)) / len(texts)
    return {"docs": len(texts), "mean_chars": round(chars), "docs_per_s_median": round(statistics.median(rates), 1),
            "docs_per_s_runs": [round(r, 1) for r in rates],
            "docs_per_cpu_s_median": round(statistics.median(cpu_rates), 1), "findings": findings, "cascade_counts_one_pass": counts}


def main() -> None:
    from nlp.dehumanization import make_analyzer
    from nlp.settings import NlpSettings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile one pass over the news articles")
    args = parser.parse_args()
    corpora = load_corpora(args.data)
    analyzer = make_analyzer(NlpSettings())
    if args.profile:
        import cProfile
        import pstats

        from nlp.pipeline import TextContext

        time_corpus(analyzer, corpora["news_articles"][:5], 1)
        prof = cProfile.Profile()
        prof.enable()
        for text in corpora["news_articles"] + corpora["un_speeches"][:30]:
            analyzer.analyze(text, TextContext(language="en"))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return
    out = {name: time_corpus(analyzer, texts, args.runs) for name, texts in corpora.items()}
    print(json.dumps({"version": analyzer.version, **out}, indent=1))


if __name__ == "__main__":
    main()
