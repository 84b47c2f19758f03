"""A hand-checked set of real sentences for event type, country and fatalities.

No shared data set labels violence events with type, country and fatality counts, so 50 sentences
were sampled (fixed seed) from the dev files of two real report collections in ../shared/data:
South Asia Terrorism Portal summaries (``conflibert_eval/satp_relevant``) and InSight Crime articles
(``conflibert_eval/insightCrime``), among sentences of 8-45 words with a killing, abduction or
explosive word, and labelled by hand (event 0/1, type, country where the sentence names a place,
fatalities stated: 0 when none). Labels were written before the analyzer was run on them.

``fields_gold.jsonl`` stores only references (folder, file, row, character offsets, a SHA-1 of
the sentence) and the labels; the sentences are read from the shared data at run time, so no
data file is copied into the repository. ``null`` means "not scored" (an ambiguous type, no place
named, no count stated in a way our conventions define).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GOLD_FILE", "GoldSentence", "load_fields_gold"]

GOLD_FILE = Path(__file__).resolve().parent / "fields_gold.jsonl"


@dataclass(frozen=True)
class GoldSentence:
    text: str
    event: int
    type: str | None
    country: str | None
    fatalities: int | None


def _rows(path: Path) -> list[list[str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", errors="replace") as fh:
        return [r for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r]


def load_fields_gold(conflibert_dir: Path, gold: Path = GOLD_FILE) -> list[GoldSentence]:
    """The labelled sentences, read from ``conflibert_dir`` (../shared/data/conflibert_eval)."""
    files: dict[tuple[str, str], list[list[str]]] = {}
    out: list[GoldSentence] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        ref = json.loads(line)
        key = (ref["folder"], ref["split"])
        if key not in files:
            files[key] = _rows(conflibert_dir / ref["folder"] / ref["split"])
        text = files[key][ref["row"]][0][ref["start"]:ref["end"]]
        if hashlib.sha1(text.encode()).hexdigest()[:12] != ref["sha1"]:
            raise ValueError(f"{gold}: sentence {ref['folder']}/{ref['split']} row {ref['row']} changed in the "
                             f"shared data; re-derive the references (see this module's docstring)")
        out.append(GoldSentence(text, ref["event"], ref["type"], ref["country"], ref["fatalities"]))
    return out
