"""Scoring article extraction against gold text: the four shared extraction sets.

Used by the evaluation gate (``tests/ingest/test_extract.py`` with floors in
``tests/eval/extraction_floors.json``) and by ``bench/ingest.py``. Score: bag-of-tokens
precision, recall and F1 per page (lowercased ``\\w+`` tokens; CJK characters one token
each), averaged per set. goose3's gold is often only the first paragraphs of the body, so its
precision (and F1) understates quality; its recall is the informative number.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["EXTRACTION_SETS", "GoldPage", "SetScore", "iter_gold_pages", "score_set", "token_prf"]

EXTRACTION_SETS = ("goose3", "newspaper4k", "readability", "scrapinghub")
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|\w+", re.UNICODE)


@dataclass(frozen=True)
class GoldPage:
    name: str
    url: str | None
    html: bytes
    gold_text: str


@dataclass(frozen=True)
class SetScore:
    name: str
    pages: int
    precision: float
    recall: float
    f1: float
    failures: int


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(gold.lower()))
    common = sum((p & g).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def _scrapinghub(folder: Path) -> Iterator[GoldPage]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for path in sorted((folder / "html").glob("*.html.gz")):
        key = path.name.split(".", 1)[0]
        if key in truth:
            yield GoldPage(key, truth[key].get("url"), gzip.decompress(path.read_bytes()), truth[key]["articleBody"])


def _goose3(folder: Path) -> Iterator[GoldPage]:
    for path in sorted(folder.glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        page = path.with_suffix(".html.gz")
        gold = (meta.get("expected") or {}).get("cleaned_text") or ""
        if page.exists() and gold.strip():
            yield GoldPage(path.stem, meta.get("url"), gzip.decompress(page.read_bytes()), gold)


def _newspaper4k(folder: Path) -> Iterator[GoldPage]:
    for path in sorted(folder.glob("*.txt")):
        name = path.name[: -len(".txt")]
        meta_path = folder / f"{name}.metadata.json"
        url = json.loads(meta_path.read_text(encoding="utf-8")).get("url") if meta_path.exists() else None
        page = folder / f"{name}.html.gz"
        if page.exists():
            yield GoldPage(name, url, gzip.decompress(page.read_bytes()), path.read_text(encoding="utf-8"))


def _readability(folder: Path) -> Iterator[GoldPage]:
    from ingest.text import html_to_text

    for page in sorted(folder.glob("*/source.html")):
        expected = page.parent / "expected.html"
        if expected.exists():
            gold = html_to_text(expected.read_text(encoding="utf-8"))
            yield GoldPage(page.parent.name, None, page.read_bytes(), gold)


_LOADERS = {"goose3": _goose3, "newspaper4k": _newspaper4k, "readability": _readability,
            "scrapinghub": _scrapinghub}


def iter_gold_pages(data_dir: Path, name: str) -> Iterator[GoldPage]:
    """Pages of ``article_extraction_<name>`` under ``data_dir`` (the shared data folder)."""
    yield from _LOADERS[name](data_dir / f"article_extraction_{name}")


def score_set(data_dir: Path, name: str, *, fallbacks: bool = False) -> SetScore:
    """Extract every page of a set with ``extract_article`` and average the token scores."""
    from ingest.extract import ExtractionError, extract_article

    scores: list[tuple[float, float, float]] = []
    failures = 0
    for page in iter_gold_pages(data_dir, name):
        try:
            text = extract_article(page.html, page.url, fallbacks=fallbacks).text
        except ExtractionError:
            text, failures = "", failures + 1
        scores.append(token_prf(text, page.gold_text))
    n = len(scores) or 1
    return SetScore(name=name, pages=len(scores), precision=sum(s[0] for s in scores) / n,
                    recall=sum(s[1] for s in scores) / n, f1=sum(s[2] for s in scores) / n, failures=failures)
