"""Event detection quality floors on the held-out dev data (never training rows).

Scores the whole analyzer (rules + classifier) on a fixed subsample so the test stays under a
minute; a drop below the floors in ``events_floors.json`` fails. Skips without ../shared/data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.events.check_sets import PLACES_GOLD
from models.events.fields_gold import load_fields_gold
from models.events.multilingual_gold import load_multilingual_gold
from models.events.train import _skipped, load_cameo, load_ipe
from nlp.evaluation.events import evaluate_rows
from nlp.events import make_analyzer
from nlp.settings import NlpSettings
from tests.conftest import shared_path

FLOORS = json.loads((Path(__file__).parent / "events_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _check(name: str, scores: dict) -> None:
    for metric, floor in FLOORS[name].items():
        assert scores[metric] is not None and scores[metric] >= floor, f"{name} {metric} {scores[metric]} < {floor}"


def test_india_police_events_dev_sample(analyzer) -> None:
    rows = load_ipe(shared_path("conflibert_eval", "IndiaPoliceEvents_sents", "dev.tsv"))
    rows = [r for r in rows if r[1] >= 0 and not _skipped(r)]
    positives = [r for r in rows if r[1] == 1]
    negatives = [r for r in rows if r[1] == 0][::4]  # every 4th negative keeps the test fast
    sample = positives + negatives
    scores = evaluate_rows([r[0] for r in sample], [r[1] for r in sample], analyzer)
    _check("ipe_dev_sample", scores)


def test_cameo_held_out(analyzer) -> None:
    _, dev = load_cameo(shared_path("conflibert_eval", "cameo_class", "train.tsv"))
    scores = evaluate_rows([r[0] for r in dev], [r[1] for r in dev], analyzer)
    _check("cameo_dev", scores)


def test_spec_examples_fields(analyzer) -> None:
    path = shared_path("tocsin_examples", "event_examples.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = evaluate_rows([r["text"] for r in rows], [r["event"] for r in rows], analyzer,
                           types=[r["type"] for r in rows], countries=[r["country"] for r in rows],
                           fatalities=[r["fatalities"] for r in rows])
    _check("spec_examples", scores)


def test_hand_checked_real_sentences_fields(analyzer) -> None:
    """Type, country and fatalities on 50 real SATP / InSight Crime sentences labelled by hand
    (models/events/fields_gold.py); the sentences are read from ../shared/data."""
    gold = load_fields_gold(shared_path("conflibert_eval"))
    scores = evaluate_rows([g.text for g in gold], [g.event for g in gold], analyzer, types=[g.type for g in gold],
                           countries=[g.country for g in gold], fatalities=[g.fatalities for g in gold])
    _check("real_sentences_fields", scores)


def test_hand_checked_places_and_counts(analyzer) -> None:
    """Country and fatalities on 119 real SATP / InSight Crime train sentences that name a place
    (models/events/places_gold.jsonl); the sentences are read from ../shared/data."""
    gold = load_fields_gold(shared_path("conflibert_eval"), PLACES_GOLD)
    scores = evaluate_rows([g.text for g in gold], [g.event for g in gold], analyzer,
                           countries=[g.country for g in gold], fatalities=[g.fatalities for g in gold])
    _check("places_gold", scores)


@pytest.mark.parametrize("language", ["fr", "ar", "pt"])
def test_hand_checked_multilingual(analyzer, language: str) -> None:
    """Detection on real French, Arabic and Portuguese sentences (models/events/multilingual_gold.py)."""
    for folder in ("mlma", "l_hsab_arabic", "news_feeds_rss_parser", "case2021_task1_samples"):
        shared_path(folder)
    gold = [g for g in load_multilingual_gold(shared_path()) if g.language == language]
    scores = evaluate_rows([g.text for g in gold], [g.event for g in gold], analyzer)
    _check(f"multilingual_{language}", scores)
