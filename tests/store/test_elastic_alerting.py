"""The alerts room and the interface's read layer on the Elasticsearch backend: the same scenario on
SQLite and on osmem-server (an in-memory imitation of the OpenSearch API; an API-level check, not
a real cluster) gives the same signals, the same alert and the same views, and a second run
changes nothing on either."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from alerts import AlertsSettings, run_alerts
from alerts.settings import NotifySettings, WebhookSettings
from store.sqlite import SQLiteStore
from tests.alerts.scenario import steady_with_surge
from tests.store.elastic_fixtures import osmem_base, osmem_store, osmem_url  # noqa: F401
from ui import queries

pytestmark = pytest.mark.slow


def _summary(store) -> dict:
    signals = sorted((s.country, s.day, s.kind, round(s.value, 6), tuple(sorted(s.document_ids)))
                     for s in store.list_signals())
    alerts = [(a.id, a.country, a.kind, a.detector, a.observed, a.window_start, sorted(a.evidence_document_ids))
              for a in store.list_alerts()]
    outbox = [(i.alert_id, i.channel, i.idempotency_key) for i in store.list_outbox()]
    return {"signals": signals, "alerts": alerts, "outbox": outbox,
            "audit": {a[0]: [e.action for e in store.audit_trail(a[0])] for a in alerts}}


def _views(store, settings: AlertsSettings, surge) -> dict:
    """What the interface shows, through ``ui.queries`` (DataFrames as records)."""
    lo, hi = surge - timedelta(days=30), surge
    (alert,) = store.list_alerts()
    profile = queries.country_profile(store, "SDN", lo, hi)
    return {
        "feed": queries.alert_feed(store, queries.AlertFilter()).to_dict("records"),
        "countries": queries.known_countries(store), "latest": queries.latest_signal_day(store, "SDN"),
        "timeline": queries.country_timeline(store, "SDN", lo, hi).sort_values(["day", "kind"]).to_dict("records"),
        "markers": queries.country_alerts(store, "SDN", lo, hi).to_dict("records"),
        "evidence": [d.id for d in queries.signal_evidence(store, "SDN", "dehumanization", surge)],
        "profile": {k: v.to_dict("records") for k, v in vars(profile).items() if hasattr(v, "to_dict")},
        "trends": queries.trends(store, ["SDN"], lo, hi, "target_group").to_dict("records"),
        "risk": queries.country_risk(store, settings, surge).to_dict("records"),
        "detail": [a.analyzer for a in queries.document_detail(store, alert.evidence_document_ids[0]).analyses],
        "store_timeline": store.timeline("SDN", "findings", lo, hi),
    }


def test_alert_run_gives_the_same_result_on_both_backends(osmem_store, tmp_path: Path) -> None:  # noqa: F811
    settings = AlertsSettings(notify=NotifySettings(webhook=WebhookSettings(url="http://127.0.0.1:9/hook")))
    results = {}
    sqlite = SQLiteStore(tmp_path / "same.db")
    for name, store in (("sqlite", sqlite), ("osmem", osmem_store)):
        surge = steady_with_surge(store, days=40, surge_day=36, per_day=6)
        now = datetime.combine(surge, time(23), tzinfo=UTC)
        first = run_alerts(store, settings, now=now)
        again = run_alerts(store, settings, now=now)
        assert first.opened == 1 and (again.opened, again.updated) == (0, 0), name
        results[name] = {**_summary(store), "views": _views(store, settings, surge)}
    sqlite.close()
    assert results["sqlite"]["alerts"] and results["sqlite"]["outbox"]
    assert results["osmem"] == results["sqlite"]
