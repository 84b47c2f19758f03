"""Language-ID evaluation on real text from the shared data folder (``../shared/data``).

Labelled sets (the language is known from the corpus): MLMA English/French/Arabic tweets, Amharic
tweets (RANLP 2023 dev), Levantine Arabic tweets (L-HSAB), DynaHate English, the Tocsin examples (9
languages) and the UN General Debate speeches (English) cut to ingest's 1,000 characters and to a
feed-summary-like 200. Unlabelled sets (agreement only): the shared feeds' entries (title + summary,
as ingest builds them) and the gold texts of the article-extraction sets. ``bench.ingest --langid``
prints the numbers; nothing here is used at run time.
"""

from __future__ import annotations

import csv
import gzip
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.langid import LanguageGuess

__all__ = ["LabelledText", "labelled_texts", "score_identifier", "unlabelled_texts"]

MAX_CHARS = 1000  # what ingest passes to identify_language (documents.build_document)


@dataclass(frozen=True)
class LabelledText:
    corpus: str
    language: str | None  # None: unlabelled (agreement only)
    text: str


def _csv_rows(path: Path, column: str, limit: int) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i >= limit:
                return
            if row.get(column, "").strip():
                yield row[column]


def labelled_texts(data: Path, per_set: int = 800) -> list[LabelledText]:
    """Texts whose language the corpus fixes; ``per_set`` rows at most from each file."""
    sets = [("mlma_en", "en", "mlma/mlma_en_train.csv.gz", "tweet"),
            ("mlma_fr", "fr", "mlma/mlma_fr_train.csv.gz", "tweet"),
            ("mlma_ar", "ar", "mlma/mlma_ar_train.csv.gz", "tweet"),
            ("amharic_ranlp_dev", "am", "amharic_hate/ranlp2023_dev.csv.gz", "text"),
            ("l_hsab_levantine", "ar", "l_hsab_arabic/l_hsab_train.csv.gz", "Tweet"),
            ("dynahate_en", "en", "dynahate/dynahate_v0.2_dev.csv.gz", "text")]
    out = [LabelledText(name, lang, text) for name, lang, rel, column in sets if (data / rel).exists()
           for text in _csv_rows(data / rel, column, per_set)]
    examples = data / "tocsin_examples" / "dehumanization_examples.jsonl"
    if examples.exists():
        rows = [json.loads(line) for line in examples.read_text(encoding="utf-8").splitlines() if line.strip()]
        out += [LabelledText("tocsin_examples", r["lang"], r["text"]) for r in rows if r.get("lang")]
    speeches = data / "un_general_debate_1990_2024" / "ungdc_1990_2024.jsonl.gz"
    if speeches.exists():
        with gzip.open(speeches, "rt", encoding="utf-8") as handle:
            texts = [json.loads(line)["text"].lstrip("\ufeff") for _, line in zip(range(per_set), handle)]
        out += [LabelledText("un_speeches_1000", "en", t[:MAX_CHARS]) for t in texts]
        out += [LabelledText("un_speeches_200", "en", t[:200]) for t in texts]
    return out


def unlabelled_texts(data: Path) -> list[LabelledText]:
    """The shared feeds' entries (title + text, as ingest) and the extraction sets' gold texts."""
    from ingest.feeds import parse_feed
    from ingest.text import html_to_text

    out: list[LabelledText] = []
    for path in sorted((data / "news_feeds_rss_parser").glob("*.rss")):
        for entry in parse_feed(path.read_bytes(), url="http://127.0.0.1/feed").entries:
            out.append(LabelledText("feed_entries", None, f"{entry.title}\n{html_to_text(entry.summary)}"))
    for folder in sorted(data.glob("article_extraction_*")):
        out += [LabelledText("article_gold", None, p.read_text(encoding="utf-8", errors="replace"))
                for p in sorted(folder.rglob("*.txt"))]
    return out


Identifier = Callable[[str], LanguageGuess]


def score_identifier(texts: list[LabelledText], identify: Identifier,
                     reference: Identifier | None = None) -> dict[str, dict]:
    """Per corpus: accuracy (labelled) or agreement with ``reference`` (unlabelled), abstentions (too
    short to tell), the most frequent wrong answers and texts per CPU-second."""
    by_corpus: dict[str, list[LabelledText]] = {}
    for item in texts:
        by_corpus.setdefault(item.corpus, []).append(item)
    out: dict[str, dict] = {}
    for corpus, items in by_corpus.items():
        samples = [i.text[:MAX_CHARS] for i in items]
        cpu = time.process_time()
        guesses = [identify(s).language for s in samples]
        cpu = time.process_time() - cpu
        gold = [i.language for i in items]
        if gold[0] is None and reference is not None:
            gold = [reference(s).language for s in samples]
        decided = [(g, p) for g, p in zip(gold, guesses, strict=True) if p is not None]
        wrong = Counter(f"{g}->{p}" for g, p in decided if g != p)
        out[corpus] = {"n": len(items), "abstained": len(items) - len(decided),
                       "correct": round(sum(g == p for g, p in decided) / max(len(decided), 1), 4),
                       "top_errors": dict(wrong.most_common(4)),
                       "per_cpu_s": round(len(items) / max(cpu, 1e-9))}
    return out

