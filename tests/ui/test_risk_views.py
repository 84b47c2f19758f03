"""The map and the country page show the alerts room's risk index: the numbers of `tocsin alerts risk`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from alerts import AlertsSettings, risk_index
from store.sqlite import SQLiteStore
from tocsin.cli import app as cli_app
from ui.queries import country_risk, risk_as_of

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")


def _open(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_map_table_is_the_cli_risk_index(ui_db):
    path, _ = ui_db
    store = SQLiteStore(path)
    as_of = risk_as_of(store)
    frame = country_risk(store, AlertsSettings())
    store.close()
    out = CliRunner().invoke(cli_app, ["--db", str(path), "alerts", "risk", "--day", str(as_of), "--json"])
    assert out.exit_code == 0, out.output
    cli = {r["country"]: r for r in json.loads(out.output)}
    assert set(frame["country"]) == set(cli) == {"SDN", "MMR"}
    for row in frame.to_dict("records"):
        assert row["risk"] == cli[row["country"]]["score"] and row["measure"] == "risk_index"
        for comp in cli[row["country"]]["components"]:
            assert row[f"{comp['name']} (pts)"] == pytest.approx(comp["points"], abs=0.01)
    at = _open("map")
    table = at.dataframe[0].value
    assert dict(zip(table["country"], table["risk"], strict=True)) == {c: r["score"] for c, r in cli.items()}
    assert "official_dehumanization (pts)" in table.columns
    assert any("risk index 0-100" in c.value for c in at.caption)


def test_country_page_shows_risk_index_and_components(ui_db):
    path, _ = ui_db
    store = SQLiteStore(path)
    settings = AlertsSettings()
    want = risk_index(store, settings.risk, settings.signals, "SDN", risk_as_of(store))
    store.close()
    assert want.score > 0
    at = _open("country")
    at.selectbox(key="country_pick").select("SDN").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["risk index"] == f"{want.score:.1f} / 100"
    for comp in want.components:
        assert metrics[comp.name.replace("_", " ")] == f"{comp.points:.1f} / {comp.weight:.0f} pts"
