"""Score the events analyzer on the hand-checked real-sentence sets: ``python -m models.events.check_sets``.

- ``fields_gold``: 50 SATP / InSight Crime dev sentences (type, country, fatalities);
- ``places_gold``: 119 SATP / InSight Crime train sentences (country where a place is named, fatalities);
- ``multilingual_gold``: 71 real French, Arabic and Portuguese sentences (detection, type, country),
  reported per language.

Prints one JSON object per set. ``country_given_detected`` scores the country only over gold events
the analyzer detected (the gazetteer alone, without detection misses). Needs ../shared/data.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from models.events.fields_gold import load_fields_gold
from models.events.multilingual_gold import load_multilingual_gold
from nlp.evaluation.events import evaluate_rows
from nlp.events import make_analyzer
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings

REPO = Path(__file__).resolve().parents[2]
PLACES_GOLD = Path(__file__).resolve().parent / "places_gold.jsonl"


def _country_given_detected(analyzer, texts: list[str], countries: list[str | None]) -> float | None:
    hits = []
    for text, country in zip(texts, countries, strict=True):
        if not country:
            continue
        events = analyzer.analyze(text, TextContext()).events
        if events:
            hits.append(max(events, key=lambda e: e.score).country == country)
    return round(sum(hits) / len(hits), 4) if hits else None


def _score(analyzer, rows) -> dict:
    texts, labels = [r.text for r in rows], [r.event for r in rows]
    countries = [r.country for r in rows]
    out = evaluate_rows(texts, labels, analyzer, types=[r.type for r in rows], countries=countries,
                        fatalities=[r.fatalities for r in rows])
    out["country_given_detected"] = _country_given_detected(
        analyzer, [t for t, y in zip(texts, labels, strict=True) if y],
        [c for c, y in zip(countries, labels, strict=True) if y])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args(argv)
    analyzer = make_analyzer(NlpSettings())
    conflibert = args.data / "conflibert_eval"
    print(json.dumps({"set": "fields_gold", **_score(analyzer, load_fields_gold(conflibert))}))
    print(json.dumps({"set": "places_gold", **_score(analyzer, load_fields_gold(conflibert, PLACES_GOLD))}))
    multilingual = load_multilingual_gold(args.data)
    for lang in ("fr", "ar", "pt", None):
        rows = [r for r in multilingual if lang is None or r.language == lang]
        print(json.dumps({"set": f"multilingual_gold:{lang or 'all'}", **_score(analyzer, rows)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
