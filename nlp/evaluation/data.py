"""Read labelled evaluation files: CSV, CSV.GZ or JSONL (optionally .gz)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pandas as pd

__all__ = ["EvaluationDataError", "binary_metrics", "read_table"]


class EvaluationDataError(ValueError):
    """The evaluation file cannot be used; the message says why and what to change."""


def read_table(path: Path, required: list[str]) -> pd.DataFrame:
    if not path.exists():
        raise EvaluationDataError(f"{path} does not exist")
    name = path.name.lower()
    try:
        if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh if line.strip()]
            frame = pd.DataFrame(rows)
        elif name.endswith((".csv", ".csv.gz", ".tsv", ".tsv.gz")):
            frame = pd.read_csv(path, sep="\t" if ".tsv" in name else ",", compression="infer",
                                keep_default_na=False, na_values=[""])
        else:
            raise EvaluationDataError(f"{path}: unsupported file type; use .csv, .csv.gz or .jsonl")
    except (json.JSONDecodeError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise EvaluationDataError(f"{path} could not be parsed: {exc}") from exc
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise EvaluationDataError(f"{path} has no column(s) {missing}; columns are {list(frame.columns)}. "
                                  f"Name the right ones with --text-col / --label-col.")
    return frame


def binary_metrics(gold: list[int], predicted: list[int]) -> dict[str, float | int]:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"n": len(gold), "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}
