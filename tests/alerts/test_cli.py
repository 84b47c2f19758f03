"""``tocsin alerts`` commands on a store built by code."""

from __future__ import annotations

import json
from datetime import timedelta

import feedparser
from typer.testing import CliRunner

from store.sqlite import SQLiteStore
from tests.alerts.scenario import START, steady_with_surge
from tocsin.cli import app


def test_alerts_commands_end_to_end(tmp_path):
    db = tmp_path / "t.db"
    store = SQLiteStore(db)
    surge = steady_with_surge(store)
    store.close()
    runner = CliRunner()

    def run(*args: str):
        result = runner.invoke(app, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result.output

    assert "opened" in run("alerts", "run", "--now", f"{surge}T23:00:00Z")
    listed = json.loads(run("alerts", "list", "--json"))
    assert listed and all(a["country"] == "SDN" and a["evidence_document_ids"] for a in listed)
    assert "observed 6" in run("alerts", "list")
    alert_id = listed[0]["id"]
    shown = json.loads(run("alerts", "show", alert_id))
    assert shown["evidence"][0]["url"].startswith("https://") and shown["audit"][0]["action"] == "opened"
    assert "acknowledged" in run("alerts", "ack", alert_id, "--actor", "officer")
    assert "dismissed" in run("alerts", "dismiss", alert_id, "--actor", "officer", "--reason", "noise")
    refused = runner.invoke(app, ["--db", str(db), "alerts", "ack", alert_id, "--actor", "officer"])
    assert refused.exit_code == 2 and "can go to: escalated" in refused.output
    assert alert_id not in run("alerts", "list")
    assert "snoozed SDN/*" in run("alerts", "snooze", "SDN", "*", "--until", "2030-01-01T00:00Z", "--actor", "lead",
                                  "--reason", "tracked elsewhere")
    feed = feedparser.parse(run("alerts", "feed", "all"))
    assert not feed.bozo and len(feed.entries) == len(listed)
    risks = json.loads(run("alerts", "risk", "--day", str(surge), "--json"))
    assert risks[0]["country"] == "SDN" and 0 < risks[0]["score"] <= 100
    assert "Tocsin daily digest" in run("alerts", "digest")
    assert run("alerts", "outbox") == ""
    assert START < surge - timedelta(days=1)
