"""run_alerts end to end on a real store: surge alerts with explanations, ongoing surges, rules, risk."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from alerts import AlertsSettings, change_status, risk_indices, run_alerts, snooze
from alerts.lifecycle import LifecycleError
from alerts.settings import NotifySettings, WebhookSettings
from store import AlertStatus, AuditEntry
from tests.alerts.builders import add_docs, doc, event, finding
from tests.alerts.scenario import START, steady_with_surge


def at(day):
    return datetime.combine(day, time(23), tzinfo=UTC)


def test_surge_opens_one_alert_that_records_every_agreeing_detector(sqlite_store):
    surge = steady_with_surge(sqlite_store)
    report = run_alerts(sqlite_store, AlertsSettings(), now=at(surge))
    alerts = sqlite_store.list_alerts(country="SDN", kind="dehumanization")
    assert len(alerts) == 1 and report.opened == 1
    a = alerts[0]
    agreeing = a.parameters["detectors"]
    assert {"ears_c2", "glm"} <= set(agreeing), agreeing
    assert report.by_detector["glm"] == 1 and report.by_detector["ears_c2"] == 1
    for name, entry in agreeing.items():
        assert name in a.detector and entry["days"] == [surge.isoformat()] and entry["parameters"]
        assert entry["observed"] == pytest.approx(6.0)
    assert a.parameters["headline"] == "glm" and a.score == agreeing["glm"]["score"]
    assert a.window_start == surge and a.status is AlertStatus.NEW
    assert a.observed == pytest.approx(6.0) and a.expected is not None and a.expected < 2
    assert f"{len(agreeing)} detectors agree" in a.explanation and "observed 6" in a.explanation
    evidence = sqlite_store.get_documents(a.evidence_document_ids)
    assert evidence and all(d.country_focus == ["SDN"] for d in evidence)
    assert [e.action for e in sqlite_store.audit_trail(a.id)] == ["opened"]


def test_quiet_history_opens_nothing(sqlite_store):
    steady_with_surge(sqlite_store, surge_day=None)
    report = run_alerts(sqlite_store, AlertsSettings(), now=at(START + timedelta(days=99)))
    assert report.opened == 0 and sqlite_store.list_alerts() == []


def test_fresh_install_raises_no_statistical_alert(sqlite_store):
    """Ten days of coverage, the last three a sixfold jump: no baseline yet, so no detector may fire."""
    surge = steady_with_surge(sqlite_store, days=100, first_day=90, surge_days={97, 98, 99})
    report = run_alerts(sqlite_store, AlertsSettings(), now=at(surge + timedelta(days=2)))
    assert report.firings == 0 and sqlite_store.list_alerts() == [], report.by_detector


def test_ongoing_surge_updates_its_alert_and_reruns_are_idempotent(sqlite_store):
    surge = steady_with_surge(sqlite_store, days=96)
    run_alerts(sqlite_store, AlertsSettings(), now=at(surge))
    first = sqlite_store.list_alerts(kind="dehumanization")
    again = run_alerts(sqlite_store, AlertsSettings(), now=at(surge))
    assert again.opened == 0 and again.updated == 0
    later = run_alerts(sqlite_store, AlertsSettings(), now=at(surge + timedelta(days=3)))
    alerts = sqlite_store.list_alerts(kind="dehumanization")
    assert len(first) == len(alerts) == 1 and alerts[0].id == first[0].id
    assert later.opened == 0 and later.updated >= 1
    assert alerts[0].window_end > surge and alerts[0].updated_at > first[0].updated_at
    days = {d for e in alerts[0].parameters["detectors"].values() for d in e["days"]}
    assert max(days) > surge.isoformat()
    actions = [e.action for e in sqlite_store.audit_trail(alerts[0].id)]
    assert actions[0] == "opened" and set(actions[1:]) == {"updated"}


def test_dismissed_surge_stays_dismissed_and_a_new_surge_after_baseline_opens_a_new_alert(sqlite_store):
    surge = steady_with_surge(sqlite_store, days=140, surge_days={90, 91, 92, 93, 130, 131, 132})
    settings = AlertsSettings()
    run_alerts(sqlite_store, settings, now=at(surge))
    (first,) = sqlite_store.list_alerts(kind="dehumanization")
    change_status(sqlite_store, first.id, AlertStatus.DISMISSED, "lead", "known campaign", at(surge))
    run_alerts(sqlite_store, settings, now=at(surge + timedelta(days=3)))
    (same,) = sqlite_store.list_alerts(kind="dehumanization")
    assert same.id == first.id and same.status is AlertStatus.DISMISSED
    assert same.window_end == surge + timedelta(days=3)
    for day in range(4, 41):  # back to baseline, then a new surge on day 130
        run_alerts(sqlite_store, settings, now=at(surge + timedelta(days=day)))
    alerts = sqlite_store.list_alerts(kind="dehumanization")
    assert len(alerts) == 2, [(a.window_start, a.window_end, a.detector) for a in alerts]
    new = next(a for a in alerts if a.id != first.id)
    assert new.status is AlertStatus.NEW and new.window_start == surge + timedelta(days=40)


def test_lifecycle_with_append_only_audit(sqlite_store):
    surge = steady_with_surge(sqlite_store)
    run_alerts(sqlite_store, AlertsSettings(), now=at(surge))
    (alert,) = sqlite_store.list_alerts()
    now = at(surge) + timedelta(hours=1)
    change_status(sqlite_store, alert.id, AlertStatus.ACKNOWLEDGED, "desk-officer-1", "looking", now)
    with pytest.raises(LifecycleError, match="needs a reason"):
        change_status(sqlite_store, alert.id, AlertStatus.ESCALATED, "desk-officer-1", "", now)
    change_status(sqlite_store, alert.id, AlertStatus.ESCALATED, "desk-officer-1", "corroborated by NGO", now)
    change_status(sqlite_store, alert.id, AlertStatus.DISMISSED, "lead", "known campaign", now)
    with pytest.raises(LifecycleError, match="can go to: escalated"):
        change_status(sqlite_store, alert.id, AlertStatus.ACKNOWLEDGED, "lead", "x", now)
    trail = sqlite_store.audit_trail(alert.id)
    assert [(e.action, e.actor) for e in trail] == [("opened", "tocsin"), ("acknowledged", "desk-officer-1"),
                                                    ("escalated", "desk-officer-1"), ("dismissed", "lead")]
    assert trail[2].reason == "corroborated by NGO" and trail[3].from_status is AlertStatus.ESCALATED
    with pytest.raises(Exception, match="append-only"):
        sqlite_store.db.conn.execute("UPDATE alert_audit SET data='{}'")
    with pytest.raises(Exception, match="append-only"):
        sqlite_store.db.conn.execute("DELETE FROM alert_audit")
    assert sqlite_store.get_alert(alert.id).status is AlertStatus.DISMISSED
    assert isinstance(trail[0], AuditEntry)


def test_snooze_records_alerts_without_notifying(sqlite_store):
    surge = steady_with_surge(sqlite_store)
    settings = AlertsSettings(notify=NotifySettings(webhook=WebhookSettings(url="http://127.0.0.1:9/h", secret="s")))
    snooze(sqlite_store, "sdn", "dehumanization", at(surge) + timedelta(days=2), "lead", "known, tracked", at(surge))
    run_alerts(sqlite_store, settings, now=at(surge))
    assert sqlite_store.list_alerts(kind="dehumanization")
    assert sqlite_store.list_outbox() == []
    history = sqlite_store.snooze_history()
    assert history[0].actor == "lead" and history[0].country == "SDN"
    with pytest.raises(Exception, match="append-only"):
        sqlite_store.db.conn.execute("DELETE FROM alert_snoozes")
    # after the snooze ends, a new episode is notified
    assert sqlite_store.active_snoozes(at(surge) + timedelta(days=3)) == []


def test_immediate_rules_fire_on_one_record(sqlite_store):
    day = START + timedelta(days=5)
    docs = [doc(f"https://n.example/r{i}", day) for i in range(4)]
    add_docs(sqlite_store, docs, findings={
        docs[0].id: [finding(["dehumanization", "eliminationist"], official=True, role="minister", name="Minister X",
                             text="we must exterminate them")],
        docs[1].id: [finding(["eliminationist"], official=False)]})
    sqlite_store.upsert_events([event("m1", day, "SDN", [docs[2].id], "massacre", ["mass_killing"], 40),
                                event("m2", day, "SDN", [docs[3].id], "attack", ["mass_killing"], 3),
                                event("m3", day, "SDN", [docs[3].id], "attack", ["identity_targeted"], 0)])
    run_alerts(sqlite_store, AlertsSettings(), now=at(day))
    by_kind = {a.kind: a for a in sqlite_store.list_alerts()}
    official = by_kind["official_eliminationist"]
    assert official.severity == "critical" and official.evidence_document_ids == [docs[0].id]
    assert "Minister X (minister)" in official.explanation and "exterminate" in official.explanation
    assert by_kind["mass_killing"].evidence_document_ids == [docs[2].id]  # 3 deaths is under the threshold
    assert by_kind["identity_targeted_attack"].evidence_document_ids == [docs[3].id]


def test_rule_schema_errors_are_clear():
    from alerts.settings import RuleSpec

    with pytest.raises(ValueError, match="on events but uses finding conditions"):
        RuleSpec(name="bad", on="event", kind="x", labels_all=["eliminationist"])
    with pytest.raises(ValueError, match="no condition"):
        RuleSpec(name="empty", on="finding", kind="x")
    with pytest.raises(ValueError, match="duplicate rule names"):
        AlertsSettings(rules=[RuleSpec(name="aa", on="event", kind="x", min_fatalities=1)] * 2)


def test_risk_index_is_bounded_and_explained(sqlite_store):
    surge = steady_with_surge(sqlite_store)
    steady_with_surge(sqlite_store, country="MMR", surge_day=None, prefix="m")
    settings = AlertsSettings()
    run_alerts(sqlite_store, settings, now=at(surge + timedelta(days=5)))
    risks = {r.country: r for r in risk_indices(sqlite_store, settings.risk, settings.signals,
                                                surge + timedelta(days=5))}
    assert set(risks) == {"SDN", "MMR"}
    for r in risks.values():
        assert 0 <= r.score <= 100
        assert sum(c.points for c in r.components) == pytest.approx(r.score, abs=0.01)
        assert all(0 <= c.points <= c.weight for c in r.components)
    assert risks["SDN"].score > risks["MMR"].score
