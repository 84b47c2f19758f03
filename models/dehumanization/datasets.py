"""Labelled rows for the dehumanization classifier, read from ``../shared/data``.

Positive = dehumanizing or eliminationist rhetoric about a human group. Negative = other hate,
offensive or benign text. Each dataset maps its own label scheme here (see each README). Every
dataset is split into train/dev with a fixed seed by text hash, so dev rows are never trained on.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

__all__ = ["CAPS", "WRITTEN_DIR", "WRITTEN_WEIGHT", "Example", "load_all", "load_written", "select", "split_of"]

log = logging.getLogger(__name__)
MAX_CHARS = 400
WRITTEN_DIR = Path(__file__).resolve().parent / "written"
WRITTEN_WEIGHT = 3  # how many times a written row counts in training (train.py)


@dataclass(frozen=True)
class Example:
    text: str
    label: int
    dataset: str
    lang: str


def split_of(text: str, dev_fraction: float = 0.25) -> str:
    """Deterministic train/dev assignment by text hash (stable across runs and machines)."""
    bucket = int(hashlib.sha256(text.strip().lower().encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "dev" if bucket < dev_fraction else "train"


def _rows(frame: pd.DataFrame, text_col: str, labels: pd.Series, dataset: str, lang: str,
          max_neg: int | None = None, max_pos: int | None = None, seed: int = 13) -> list[Example]:
    frame = frame.assign(_y=labels.astype(int).values)
    frame = frame[frame[text_col].astype(str).str.strip().str.len() > 10]
    pos, neg = frame[frame._y == 1], frame[frame._y == 0]
    if max_pos is not None and len(pos) > max_pos:
        pos = pos.sample(max_pos, random_state=seed)
    if max_neg is not None and len(neg) > max_neg:
        neg = neg.sample(max_neg, random_state=seed)
    out = [Example(str(t)[:MAX_CHARS], int(y), dataset, lang)
           for t, y in zip(pd.concat([pos, neg])[text_col], pd.concat([pos, neg])._y, strict=True)]
    log.info("%s: %d rows (%d positive)", dataset, len(out), len(pos))
    return out


def _ghc(root: Path) -> list[Example]:
    d = pd.read_csv(root / "gab_hate_corpus" / "ghc_train.csv.gz")
    # hd = assault on human dignity (includes dehumanizing language); cv = call for violence.
    return _rows(d, "text", (d.hd == 1) | (d.cv == 1), "ghc", "en", max_neg=2500, max_pos=1500)


def _dynahate(root: Path) -> list[Example]:
    d = pd.read_csv(root / "dynahate" / "dynahate_v0.2_dev.csv.gz")
    d = d[d.type != "notgiven"]  # round-1 rows have no type: unknown whether dehumanizing
    return _rows(d, "text", d.type.isin(["dehumanization", "threatening"]), "dynahate", "en")


def _engelmann(root: Path) -> list[Example]:
    d = pd.read_csv(root / "dehumanization_engelmann2024" / "dehum_eval_set_train.csv.gz")
    return _rows(d, "text", d.dehumanizing_any == 1, "engelmann", "en")


def _implicit(root: Path) -> list[Example]:
    d2 = pd.read_csv(root / "implicit_hate" / "implicit_hate_v1_stg2_posts_train.csv.gz")
    pos = d2[d2.implicit_class.isin(["inferiority", "threatening"])].assign(y=1)
    other = d2[d2.implicit_class.isin(["white_grievance", "irony", "stereotypical"])].assign(y=0)
    d1 = pd.read_csv(root / "implicit_hate" / "implicit_hate_v1_stg1_posts_train.csv.gz")
    benign = d1[d1["class"] == "not_hate"].sample(800, random_state=13).assign(y=0)
    d = pd.concat([pos, other.sample(min(len(other), 700), random_state=13), benign])
    return _rows(d, "post", d.y, "implicit_hate", "en", max_pos=1000)


def _mlma(root: Path) -> list[Example]:
    out: list[Example] = []
    for lang in ("en", "fr", "ar"):
        d = pd.read_csv(root / "mlma" / f"mlma_{lang}_train.csv.gz")
        # No dehumanization label: only negatives (benign and non-dehumanizing abuse) are safe.
        d = d[d.sentiment.isin(["normal", "offensive", "disrespectful", "abusive"])]
        out += _rows(d, "tweet", pd.Series(0, index=d.index), f"mlma_{lang}", lang, max_neg=500)
    return out


def _amharic(root: Path) -> list[Example]:
    d = pd.read_csv(root / "amharic_hate" / "hateintensity_train.csv.gz")
    pos = (d.label == "hate") & d.target.isin(["ethnic", "religion"]) & (d.intensity >= 8)
    keep = pos | (d.label == "normal") | (d.label == "offensive")
    d, pos = d[keep], pos[keep]
    return _rows(d, "tweet", pos, "amharic", "am", max_neg=900, max_pos=600)


def _lhsab(root: Path) -> list[Example]:
    d = pd.read_csv(root / "l_hsab_arabic" / "l_hsab_train.csv.gz")
    return _rows(d, "Tweet", d.Class == "hate", "l_hsab", "ar", max_neg=900)


def _mendelsohn(root: Path) -> list[Example]:
    d = pd.read_csv(root / "dehumanizing_metaphors_mendelsohn2025" / "annotated_sample_train.csv.gz")
    d = d[d.concept.isin(["animal", "vermin", "parasite", "water", "pressure"]) & d.text.notna()]
    return _rows(d, "text", d.percent_yes >= 0.5, "mendelsohn", "en")


LOADERS = {"ghc": _ghc, "dynahate": _dynahate, "engelmann": _engelmann, "implicit_hate": _implicit,
           "mlma": _mlma, "amharic": _amharic, "l_hsab": _lhsab, "mendelsohn": _mendelsohn}


def load_all(root: Path) -> list[Example]:
    """Every dataset present under ``root``; a missing one is logged and skipped."""
    out: list[Example] = []
    for name, loader in LOADERS.items():
        try:
            out += loader(root)
        except FileNotFoundError as exc:
            log.warning("dataset %s missing (%s): skipped", name, exc)
    return out


# Per-dataset caps that keep embedding time on 2 shared CPU cores near 15 minutes.
CAPS = {"ghc": 1400, "dynahate": 1500, "engelmann": 733, "implicit_hate": 900, "mlma_en": 250, "mlma_fr": 250,
        "mlma_ar": 250, "amharic": 800, "l_hsab": 800, "mendelsohn": 40}


def select(examples: list[Example], preferred: set[str], key: Callable[[str], str],
           caps: dict[str, int] | None = None) -> list[Example]:
    """At most ``caps[dataset]`` rows per dataset, label ratio kept, already-embedded texts first."""
    caps = CAPS if caps is None else caps
    out: list[Example] = []
    for name in sorted({e.dataset for e in examples}):
        rows = [e for e in examples if e.dataset == name]
        cap = caps.get(name, len(rows))
        for label in (0, 1):
            group = [e for e in rows if e.label == label]
            quota = round(cap * len(group) / max(len(rows), 1))
            group.sort(key=lambda e: (key(e.text) not in preferred, key(e.text)))
            out += group[:quota]
    return out


def load_written(folder: Path = WRITTEN_DIR) -> list[Example]:
    """The team-written sentences (``written/*.jsonl``: text, lang, label, kind; see ``written/README.md``), as the
    dataset ``written``. A malformed line stops training with its file and line number."""
    out: list[Example] = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, lang, label = str(row["text"]).strip(), str(row["lang"]), int(row["label"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a JSON object with text, lang and a 0/1 label ({exc})") from exc
            if label not in (0, 1) or not text:
                raise ValueError(f"{path}:{number}: label must be 0 or 1 and text non-empty")
            out.append(Example(text[:MAX_CHARS], label, "written", lang))
    log.info("written: %d rows (%d positive) from %s", len(out), sum(e.label for e in out), folder)
    return out
