"""``tocsin backtest``: a stream built here replayed day by day in a temporary store."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.settings import NlpSettings
from tocsin.backtest import BacktestError, run_backtest
from tocsin.cli import app
from tocsin.settings import Settings

START = date(2025, 3, 3)
WORDS = ["river", "market", "harvest", "council", "school", "road", "bridge", "clinic", "rain", "season", "trade", "border", "court", "radio", "bus", "teacher", "farmer", "festival", "water", "price", "fuel", "bread", "cattle", "village", "election"]


def filler(seed: int, n: int = 25) -> str:
    return " ".join(WORDS[(seed * 7 + i * 13) % len(WORDS)] + str((seed + i) % 97) for i in range(n))


def write_stream(path: Path, days: int, per_day: int, official_on: list[int], bad_line: bool = False) -> None:
    lines = []
    for i in range(days):
        day = datetime.combine(START + timedelta(days=i), datetime.min.time(), tzinfo=UTC) + timedelta(hours=8)
        for j in range(per_day):
            lines.append({"published": (day + timedelta(minutes=j)).isoformat(), "outlet": "Radio Dabanga",
                          "title": f"Daily news {i}-{j} from Sudan", "country": "SDN",
                          "link": f"https://news.example/sd/{i}/{j}",
                          "summary": f"Officials in Khartoum discussed the budget. {filler(i * 31 + j)}"})
        if i in official_on:
            for k in range(3):
                lines.append({"published": (day + timedelta(hours=2, minutes=k)).isoformat(), "outlet": "Sudan Tribune",
                              "title": f"Minister's speech {i}-{k}", "country": "SDN",
                              "link": f"https://tribune.example/speech/{i}/{k}",
                              "text": "These cockroaches must be crushed, said Interior Minister John Kamau. "
                                      f"{filler(1000 + i * 7 + k)}"})
    text = "\n".join(json.dumps(x) for x in lines)
    if bad_line:
        text = text.replace("\n", '\n{"title": "no link", "published": "2025-03-04T10:00:00Z"}\n', 1)
    path.write_text(text + "\n", encoding="utf-8")


def test_replay_without_analyzers_stores_every_line_and_runs_each_day(tmp_path):
    stream = tmp_path / "stream.jsonl"
    write_stream(stream, days=20, per_day=3, official_on=[], bad_line=True)
    settings = Settings(nlp=NlpSettings(analyzers=[]))
    with pytest.raises(BacktestError, match=r"stream.jsonl:2: 'link' is missing"):
        run_backtest(stream, settings)
    result = run_backtest(stream, settings, skip_bad_lines=True, workdir=tmp_path)
    assert result.lines == 61 and result.documents == 60 and result.skipped_lines == [
        {"line": 2, "error": "'link' is missing (the document id is derived from it)"}]
    assert result.days == 20 and result.alerts == []
    assert any(s.startswith("analyze: ") for s in result.steps)
    assert not list(tmp_path.glob("tocsin-backtest-*")), "the temporary store is removed"


def test_replay_window_and_cli_json(tmp_path):
    stream = tmp_path / "stream.jsonl"
    write_stream(stream, days=10, per_day=2, official_on=[])
    config = tmp_path / "tocsin.toml"
    config.write_text('[nlp]\nanalyzers = []\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["--config", str(config), "backtest", "--data", str(stream), "--from",
                                   str(START + timedelta(days=5)), "--to", str(START + timedelta(days=7)), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["days"] == 3 and data["outside_range"] == 4 and data["documents"] == 16 and data["alerts"] == []
    bad = CliRunner().invoke(app, ["--config", str(config), "backtest", "--data", str(tmp_path / "none.jsonl")])
    assert bad.exit_code == 2 and "does not exist" in bad.output


@pytest.mark.slow
def test_replay_with_the_real_analyzers_opens_the_official_rule_alert(tmp_path):
    """The real dehumanization and events analyzers: an official's eliminationist speech on day 20."""
    stream = tmp_path / "stream.jsonl"
    write_stream(stream, days=21, per_day=1, official_on=[20])
    result = run_backtest(stream, Settings(), workdir=tmp_path)
    assert result.analysed.get("dehumanization") == 24
    official = [a for a in result.alerts if a["kind"] == "official_eliminationist"]
    assert official, result.alerts
    assert official[0]["severity"] == "critical" and official[0]["country"] == "SDN"
    assert official[0]["opened_at"].startswith(str(START + timedelta(days=20)))
    assert all(link.startswith("https://tribune.example/speech/20/") for link in official[0]["evidence"])
