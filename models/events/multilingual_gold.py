"""A small hand-checked set of real French, Arabic and Portuguese sentences for the events analyzer.

The shared data holds little real non-English text about violence: French and Arabic tweets
(``mlma``, ``l_hsab_arabic``: hate speech, which also reports attacks, air strikes and killings,
and uses "killed"/"dead" figuratively), Portuguese news (the Jornal de Noticias RSS fixture in
``news_feeds_rss_parser``: accidents, storms, deaths; and the CASE 2021 task 1 samples: protests).
There is **no real Spanish violence text** in the shared data. Sentences were picked by hand from
those files among texts with a violence word, and labelled by hand (event 0/1, type, country where
the text names a place, fatalities where stated; ``null`` = not scored).

``multilingual_gold.jsonl`` stores references only (source, record key, character offsets into the
record's text, a SHA-1 of the span); the text is read from ../shared/data at run time.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MULTILINGUAL_GOLD", "MultilingualSentence", "load_multilingual_gold", "source_records"]

MULTILINGUAL_GOLD = Path(__file__).resolve().parent / "multilingual_gold.jsonl"


@dataclass(frozen=True)
class MultilingualSentence:
    language: str
    text: str
    event: int
    type: str | None
    country: str | None
    fatalities: int | None


def _csv_records(path: Path, key: str, text: str) -> dict[str, str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {row[key]: row[text] for row in csv.DictReader(fh)}


def _rss_items(path: Path) -> dict[str, str]:
    """Item index -> "title\\n\\ndescription" (tags removed) of an RSS 2.0 file."""
    raw = path.read_bytes().decode("iso-8859-1")
    out: dict[str, str] = {}
    for i, item in enumerate(re.findall(r"<item>(.*?)</item>", raw, re.DOTALL)):
        parts = []
        for tag in ("title", "description"):
            m = re.search(fr"<{tag}>(.*?)</{tag}>", item, re.DOTALL)
            value = html.unescape(m.group(1)) if m else ""
            value = re.sub(r"<!\[CDATA\[|\]\]>", "", value)
            parts.append(re.sub(r"<[^>]+>", "", value).strip())
        out[str(i)] = "\n\n".join(parts)
    return out


def _case_records(path: Path, field: str) -> dict[str, str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {str(r["id"]): r[field] for r in rows}


def source_records(data: Path, source: str) -> dict[str, str]:
    """The records of one source (key -> text), read from ``data`` (../shared/data)."""
    if source in {"mlma_fr", "mlma_ar"}:
        return _csv_records(data / "mlma" / f"{source}_train.csv.gz", "HITId", "tweet")
    if source == "l_hsab":
        return _csv_records(data / "l_hsab_arabic" / "l_hsab_train.csv.gz", "row_idx", "Tweet")
    if source == "jn_rss":
        return _rss_items(data / "news_feeds_rss_parser" / "encoding.rss")
    if source in {"case_subtask1", "case_subtask2"}:
        sub = source.split("_")[1]
        return _case_records(data / "case2021_task1_samples" / sub / "train_sample.json",
                             "text" if sub == "subtask1" else "sentence")
    raise ValueError(f"unknown source {source!r} in {MULTILINGUAL_GOLD.name}")


def load_multilingual_gold(data: Path, gold: Path = MULTILINGUAL_GOLD) -> list[MultilingualSentence]:
    """The labelled sentences, read from ``data`` (../shared/data)."""
    records: dict[str, dict[str, str]] = {}
    out: list[MultilingualSentence] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        ref = json.loads(line)
        if ref["source"] not in records:
            records[ref["source"]] = source_records(data, ref["source"])
        text = records[ref["source"]][ref["key"]][ref["start"]:ref["end"]]
        if hashlib.sha1(text.encode()).hexdigest()[:12] != ref["sha1"]:
            raise ValueError(f"{gold}: {ref['source']} record {ref['key']} changed in the shared data; "
                             f"re-derive the references (see this module's docstring)")
        out.append(MultilingualSentence(ref["lang"], text, ref["event"], ref["type"], ref["country"],
                                        ref["fatalities"]))
    return out
