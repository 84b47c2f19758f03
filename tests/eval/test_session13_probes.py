"""Floors on the session-13 probe sets: news, posts and speeches written by helper agents that had not read the code
(``models/dehumanization/probe_s13*.jsonl``, ``models/events/wire_probe_s13*.jsonl``; gold with each line). Each set
was blind when first scored and was then fixed against (MODEL_CARD.md), so these are regression floors, not
estimates of quality on unseen text. They need no ../shared data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import NlpSettings
from nlp.evaluation.dehumanization import evaluate_file as evaluate_dehumanization
from nlp.evaluation.events import evaluate_file as evaluate_events

MODELS = Path(__file__).resolve().parents[2] / "models"

# measured at the end of session 13 minus a margin
DEHUMANIZATION = {"probe_s13a.jsonl": {"precision": 0.97, "recall": 0.92, "f1": 0.95},
                  "probe_s13b.jsonl": {"precision": 0.95, "recall": 0.74, "f1": 0.84}}
EVENTS = {"wire_probe_s13a.jsonl": {"f1": 0.96, "type_accuracy": 0.93, "country_accuracy": 0.95,
                                    "fatalities_exact": 0.95},
          "wire_probe_s13b.jsonl": {"f1": 0.94, "type_accuracy": 0.80, "country_accuracy": 0.82,
                                    "fatalities_exact": 0.89}}


@pytest.mark.parametrize("name", sorted(DEHUMANIZATION))
def test_dehumanization_probe_floor(name: str) -> None:
    result = evaluate_dehumanization(MODELS / "dehumanization" / name, text_col="text", label_col="label",
                                     lang_col="lang", settings=NlpSettings())
    for metric, floor in DEHUMANIZATION[name].items():
        assert result[metric] >= floor, f"{name} {metric} {result[metric]} < {floor}"


@pytest.mark.parametrize("name", sorted(EVENTS))
def test_event_probe_floor(name: str) -> None:
    result = evaluate_events(MODELS / "events" / name, settings=NlpSettings())
    for metric, floor in EVENTS[name].items():
        assert result[metric] is not None and result[metric] >= floor, f"{name} {metric} {result[metric]} < {floor}"
