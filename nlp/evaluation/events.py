"""``tocsin evaluate events``: score the events analyzer on a labelled file.

Detection: a row is predicted positive when the analyzer finds at least one event in its text.
Type, country and fatalities are scored over gold-positive rows whose gold value is present (a
missed event counts as wrong). Gold types may use informal or ACLED names, event types or sub-event types;
``TYPE_ALIASES`` maps them to ours (ACLED's "Strategic developments" matches an arrest, a destruction or a
displacement). Gold countries may be ISO alpha-3 or alpha-2 codes or country names (``gold_country``). Gold fatalities 0 means "none stated or zero": a prediction of no number or
0 matches it. The predicted type and country are those of the text's main event (the first one reported:
``_top``); the predicted fatalities the largest best count among the events of the text.
"""

from __future__ import annotations

import functools
import math
import re
from pathlib import Path
from typing import Any

import pycountry

from nlp.evaluation.data import EvaluationDataError, binary_metrics, read_table
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings
from store import EventMention

__all__ = ["TYPE_ALIASES", "evaluate_file", "evaluate_rows", "normalize_type"]

TYPE_ALIASES = {
    "battles": "battle", "armed_clash": "battle", "clash": "battle", "clashes": "battle", "fighting": "battle",
    "violence_against_civilian": "violence_against_civilians", "attack": "violence_against_civilians",
    "massacre": "violence_against_civilians", "killing": "violence_against_civilians",
    "mass_killing": "violence_against_civilians", "hate_motivated_attack": "violence_against_civilians",
    "explosions_remote_violence": "remote_violence", "explosion": "remote_violence",
    "explosions": "remote_violence", "air_strike": "remote_violence", "airstrike": "remote_violence",
    "drone_strike": "remote_violence", "shelling": "remote_violence", "ied": "remote_violence",
    "suicide_bomb": "remote_violence", "bombing": "remote_violence",
    "riots": "riot", "mob_violence": "riot", "violent_demonstration": "riot",
    "protests": "protest", "demonstration": "protest", "peaceful_protest": "protest",
    "kidnapping": "abduction", "abduction_forced_disappearance": "abduction", "forced_disappearance": "abduction",
    "arrests": "arrest", "detention": "arrest", "arrest_detention": "arrest",
    "destruction_of_property": "destruction", "property_destruction": "destruction", "arson": "destruction",
    "looting": "destruction", "looting_property_destruction": "destruction", "destruction_of_villages": "destruction",
    "forced_displacement": "displacement", "displacement_forced": "displacement",
    "sexual_violence": "sexual_violence", "rape": "sexual_violence",
    # ACLED sub-event types
    "air_drone_strike": "remote_violence", "shelling_artillery_missile_attack": "remote_violence",
    "shelling_artillery_missile": "remote_violence", "remote_explosive_landmine_ied": "remote_violence",
    "remote_explosive_ied": "remote_violence", "grenade": "remote_violence", "chemical_weapon": "remote_violence",
    "government_regains_territory": "battle", "non_state_actor_overtakes_territory": "battle",
    "protest_with_intervention": "protest", "excessive_force_against_protesters": "protest",
}
# ACLED's "Strategic developments" holds arrests, looting and property destruction, and displacement; its
# "Violence against civilians" holds abductions and sexual violence, which are types of their own here
_TYPE_SETS = {"strategic_developments": {"arrest", "destruction", "displacement"},
              "strategic_development": {"arrest", "destruction", "displacement"},
              "violence_against_civilians": {"violence_against_civilians", "abduction", "sexual_violence"}}


def normalize_type(value: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", value.strip().lower()).strip("_")
    return TYPE_ALIASES.get(key, key)


def _type_matches(predicted: str, gold: str) -> bool:
    key = normalize_type(gold)
    return predicted in _TYPE_SETS.get(key, {key})


@functools.cache
def gold_country(value: str) -> str:
    """ISO alpha-3 for a gold country given as a code ("NGA", "NG") or a name in one of the gazetteer's languages
    ("Nigeria", "DR Congo", "Côte d'Ivoire", "Syrie"); the value itself, upper-cased, when neither knows it."""
    text = value.strip()
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    from nlp.geo import load_gazetteer

    for mention in load_gazetteer().find(text):
        country = next((c.country for c in mention.candidates if c.kind == "country" and c.country), None)
        if country:
            return country
    return text.upper()


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, str) and value.strip().lower() in {"", "null", "none", "nan"})


def _label(value: Any, row: int) -> int:
    text = str(value).strip().lower()
    if text in {"1", "1.0", "true", "yes", "y"}:
        return 1
    if text in {"0", "0.0", "false", "no", "n"}:
        return 0
    raise EvaluationDataError(f"row {row}: label {value!r} is not 0/1 (or true/false); fix the file or pick "
                              f"another --label-col")


def _top(events: list[EventMention]) -> EventMention | None:
    """The text's main event: the first one reported. News puts the incident first; later sentences add what
    came with it ("the houses were burned", "two protesters were shot dead") or its background."""
    return min(events, key=lambda e: e.evidence.start) if events else None


def _fatalities(events: list[EventMention]) -> int | None:
    values = [e.fatalities.best for e in events if e.fatalities.best is not None]
    return max(values) if values else None


def evaluate_rows(texts: list[str], labels: list[int], analyzer, types: list | None = None,
                  countries: list | None = None, fatalities: list | None = None) -> dict[str, Any]:
    predictions = [analyzer.analyze(t, TextContext()).events for t in texts]
    result: dict[str, Any] = binary_metrics(labels, [int(bool(p)) for p in predictions])
    positives = [i for i, y in enumerate(labels) if y]
    if types is not None:
        rows = [i for i in positives if not _missing(types[i])]
        hits = [(_top(predictions[i]) is not None and _type_matches(_top(predictions[i]).type, str(types[i])))
                for i in rows]
        result["type_accuracy"] = round(sum(hits) / len(hits), 4) if hits else None
        result["type_n"] = len(hits)
    if countries is not None:
        rows = [i for i in positives if not _missing(countries[i])]
        hits = [(_top(predictions[i]) is not None and _top(predictions[i]).country == gold_country(str(countries[i])))
                for i in rows]
        result["country_accuracy"] = round(sum(hits) / len(hits), 4) if hits else None
        result["country_n"] = len(hits)
    if fatalities is not None:
        rows = [i for i in positives if not _missing(fatalities[i])]
        hits = [int(float(fatalities[i])) == (_fatalities(predictions[i]) or 0) for i in rows]
        result["fatalities_exact"] = round(sum(hits) / len(hits), 4) if hits else None
        result["fatalities_n"] = len(hits)
    return result


def evaluate_file(path: Path, *, text_col: str = "text", label_col: str = "event", type_col: str = "type",
                  country_col: str = "country", fatalities_col: str = "fatalities",
                  settings: NlpSettings | None = None) -> dict[str, Any]:
    """One JSON-able dict: n, precision, recall, f1, and type/country/fatalities scores where the
    file has those columns."""
    from nlp.events import make_analyzer

    frame = read_table(Path(path), [text_col, label_col])
    texts = ["" if _missing(t) else str(t) for t in frame[text_col].tolist()]
    labels = [_label(v, i + 1) for i, v in enumerate(frame[label_col].tolist())]
    optional = {name: frame[col].tolist() if col in frame.columns else None
                for name, col in (("types", type_col), ("countries", country_col), ("fatalities", fatalities_col))}
    analyzer = make_analyzer(settings or NlpSettings())
    result = evaluate_rows(texts, labels, analyzer, **optional)
    result["file"] = str(path)
    result["analyzer_version"] = analyzer.version
    return result
