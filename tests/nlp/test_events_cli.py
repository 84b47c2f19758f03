"""``tocsin analyze-text`` and ``tocsin evaluate events`` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli import app


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "tocsin.toml"
    path.write_text(f'[store]\npath = "{tmp_path / "t.db"}"\n\n[nlp]\nanalyzers = ["events"]\n', encoding="utf-8")
    return path


def test_analyze_text_lists_events_with_fields(config: Path) -> None:
    text = "Jihadists killed at least 17 soldiers in an ambush near Djibo in northern Burkina Faso on Monday."
    result = CliRunner().invoke(app, ["--config", str(config), "analyze-text", text, "--lang", "en", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    [event] = data["events"]
    assert event["type"] == "battle"
    assert event["country"] == "BFA"
    assert event["fatalities"] == {"best": 17, "low": 17, "high": None}
    assert event["perpetrator"] == "jihadists" and event["victim_group"] == "soldiers"
    assert event["evidence"]["text"] == text
    assert data["countries"] == ["BFA"]
    assert "events" in data["versions"]


def test_evaluate_events_on_a_small_jsonl(config: Path, tmp_path: Path) -> None:
    rows = [
        {"text": "Gunmen killed nine villagers in Ituri province, eastern Congo.", "event": 1,
         "type": "massacre", "country": "COD", "fatalities": 9},
        {"text": "Police detained 120 activists in Harare ahead of the vote.", "event": 1, "type": "arrest",
         "country": "ZWE", "fatalities": 0},
        {"text": "An earthquake killed more than 2,000 people in western Afghanistan.", "event": 0, "type": None,
         "country": "AFG", "fatalities": None},
        {"text": "The tech giant's new phone massacred sales records.", "event": 0, "type": None, "country": None,
         "fatalities": None},
    ]
    data = tmp_path / "events.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--config", str(config), "evaluate", "events", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["n"] == 4
    assert (scores["precision"], scores["recall"], scores["f1"]) == (1.0, 1.0, 1.0)
    assert scores["type_accuracy"] == 1.0  # "massacre" is an alias of violence_against_civilians
    assert scores["country_accuracy"] == 1.0 and scores["fatalities_exact"] == 1.0


def test_evaluate_events_takes_acled_type_names_and_country_names(config: Path, tmp_path: Path) -> None:
    rows = [
        {"text": "Gunmen killed nine villagers in Ituri province, eastern Congo.", "event": 1,
         "type": "Violence against civilians", "country": "DR Congo", "fatalities": 9},
        {"text": "Police detained 120 activists in Harare ahead of the vote.", "event": 1,
         "type": "Strategic developments", "country": "Zimbabwe", "fatalities": 0},
        {"text": "An airstrike on a market in Idlib killed 15 civilians.", "event": 1, "type": "Air/drone strike",
         "country": "SY", "fatalities": 15},
    ]
    data = tmp_path / "events.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--config", str(config), "evaluate", "events", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["type_accuracy"] == 1.0 and scores["country_accuracy"] == 1.0


def test_evaluate_events_scores_an_articles_first_event(config: Path, tmp_path: Path) -> None:
    # the lede is the incident; the burned houses come with it, and ACLED's "Violence against civilians" holds
    # abductions, a type of its own here
    rows = [
        {"text": "Homens armados mataram pelo menos 12 pessoas numa aldeia de Macomia, em Cabo Delgado. "
                 "As casas foram incendiadas.", "event": 1, "type": "Violence against civilians", "country": "MOZ",
         "fatalities": 12},
        {"text": "Gunmen abducted 15 passengers from a bus in Kaduna State on Saturday.", "event": 1,
         "type": "Violence against civilians", "country": "NGA", "fatalities": 0},
    ]
    data = tmp_path / "articles.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--config", str(config), "evaluate", "events", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert (scores["type_accuracy"], scores["country_accuracy"], scores["fatalities_exact"]) == (1.0, 1.0, 1.0)


def test_evaluate_events_says_what_is_wrong_with_a_file(config: Path, tmp_path: Path) -> None:
    data = tmp_path / "bad.csv"
    data.write_text("sentence,label\nhello,1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--config", str(config), "evaluate", "events", "--data", str(data)])
    assert result.exit_code != 0
    assert "--text-col" in str(result.exception) or "--text-col" in result.output
