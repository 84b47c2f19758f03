"""Evaluation gate: the dehumanization analyzer's dev-split scores must not drop below recorded floors.

Rows come from each dataset's dev split (``models.dehumanization.datasets.split_of``), never trained on;
a fixed subsample (by text hash) keeps the run under a minute. Floors: dehumanization_floors.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.dehumanization.dev_eval import benign_rows, dev_sample
from nlp import NlpSettings
from nlp.evaluation.dehumanization import evaluate_rows
from tests.conftest import shared_path

FLOORS = json.loads((Path(__file__).parent / "dehumanization_floors.json").read_text(encoding="utf-8"))


def _dev_sample(dataset: str, per_label: int) -> tuple[list[str], list[int], list[str | None]]:
    picked = dev_sample(shared_path(), dataset, per_label)  # fixed, content-based order
    return [e.text for e in picked], [e.label for e in picked], [e.lang for e in picked]


@pytest.mark.parametrize("dataset", sorted(FLOORS["datasets"]))
def test_dev_floor(dataset: str) -> None:
    floor = FLOORS["datasets"][dataset]
    texts, labels, langs = _dev_sample(dataset, FLOORS["per_label"])
    result = evaluate_rows(texts, labels, langs, NlpSettings())
    for metric in ("precision", "recall", "f1"):
        assert result[metric] >= floor[metric], f"{dataset} {metric} {result[metric]} < floor {floor[metric]}"


def test_benign_uses_of_the_same_words_precision() -> None:
    """Literal uses (pest control, farming, medicine, sport, administration) must not be flagged."""
    texts = list(FLOORS["benign_sentences"])
    result = evaluate_rows(texts, [0] * len(texts), ["en"] * len(texts), NlpSettings())
    assert result["fp"] <= FLOORS["benign_max_false_positives"]


def test_benign_hard_negative_dev_set() -> None:
    """82 literal uses in 8 languages (pests, searches, medicine, sport, refugees in the news): at most the
    recorded number flagged, i.e. precision on benign uses >= 0.95."""
    rows = benign_rows()
    result = evaluate_rows([r.text for r in rows], [0] * len(rows), [r.lang for r in rows], NlpSettings())
    assert result["fp"] <= FLOORS["benign_dev_max_false_positives"]
    assert 1 - result["fp"] / len(rows) >= 0.95
