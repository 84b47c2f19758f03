"""Alert lifecycle: deterministic ids per episode, open-or-update, status changes with audit, snoozes.

An episode is a run of firings of one detector (or rule) for one country and kind where no two
consecutive firings are more than ``episode_gap_days`` quiet days apart. Its alert id is a hash
of country, kind, detector and the episode's first day, so a replay or a restarted run produces
the same ids, and an ongoing surge updates its alert instead of opening new ones.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from alerts.settings import NotifySettings
from store import Alert, AlertingStore, AlertStatus, AuditEntry, sha256_hex
from store.sqlite.alerting import Snooze

__all__ = ["ALLOWED_TRANSITIONS", "Firing", "LifecycleError", "alert_id_for", "change_status", "notification_payload",
           "record_firing", "snooze"]

log = logging.getLogger(__name__)

SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2, "critical": 3}
ALLOWED_TRANSITIONS: dict[AlertStatus, set[AlertStatus]] = {
    AlertStatus.NEW: {AlertStatus.ACKNOWLEDGED, AlertStatus.ESCALATED, AlertStatus.DISMISSED},
    AlertStatus.ACKNOWLEDGED: {AlertStatus.ESCALATED, AlertStatus.DISMISSED},
    AlertStatus.ESCALATED: {AlertStatus.ACKNOWLEDGED, AlertStatus.DISMISSED},
    AlertStatus.DISMISSED: {AlertStatus.ESCALATED},  # reopening needs an escalation with a reason
}
SYSTEM_ACTOR = "tocsin"


class LifecycleError(ValueError):
    """A status change that is not allowed, or on an unknown alert; the message says what is."""


@dataclass(frozen=True)
class Firing:
    """One detector or rule firing on one day, with everything the alert must say."""

    country: str
    kind: str
    detector: str
    day: date
    severity: str
    explanation: str
    evidence: list[str]
    parameters: dict[str, Any] = field(default_factory=dict)
    observed: float | None = None
    expected: float | None = None
    score: float | None = None


def alert_id_for(country: str, kind: str, detector: str, episode_start: date) -> str:
    return "al_" + sha256_hex(f"{country}|{kind}|{detector}|{episode_start.isoformat()}")[:24]


def notification_payload(alert: Alert, notify: NotifySettings) -> str:
    """Minimal content: no text from documents, only what is needed to look the alert up."""
    return json.dumps({"alert_id": alert.id, "country": alert.country, "kind": alert.kind,
                       "severity": alert.severity, "detector": alert.detector,
                       "opened_at": alert.opened_at.isoformat(), "window_end": str(alert.window_end),
                       "url": f"{notify.base_url.rstrip('/')}/alerts/{alert.id}"}, sort_keys=True)


def _episode_alert(store: AlertingStore, f: Firing, gap: int) -> Alert | None:
    for alert in store.list_alerts(country=f.country, kind=f.kind):
        if alert.detector == f.detector and alert.window_end and alert.window_start and \
                alert.window_start - timedelta(days=gap + 1) <= f.day <= alert.window_end + timedelta(days=gap + 1):
            return alert
    return None


def _channels(store: AlertingStore, f: Firing, notify: NotifySettings, now: datetime) -> list[str]:
    if notify.notify_kinds and f.kind not in notify.notify_kinds:
        return []
    if any(s.country == f.country and s.kind in (f.kind, "*") for s in store.active_snoozes(now)):
        log.info("%s/%s is snoozed: alert recorded, not notified", f.country, f.kind)
        return []
    channels = []
    if notify.webhook.url:
        channels.append("webhook")
    if notify.email.host and notify.email.recipients:
        channels.append("email")
    return channels


def record_firing(store: AlertingStore, f: Firing, notify: NotifySettings, gap_days: int, now: datetime,
                  top_evidence: int = 20) -> str:
    """Open an alert for a new episode or update the episode's alert; returns 'opened', 'updated' or 'unchanged'."""
    if not f.evidence:
        raise LifecycleError(f"{f.detector} fired for {f.country}/{f.kind} on {f.day} without evidence documents; "
                             "no alert without evidence")
    current = _episode_alert(store, f, gap_days)
    if current is None:
        alert = Alert(id=alert_id_for(f.country, f.kind, f.detector, f.day), country=f.country, kind=f.kind,
                      severity=f.severity, opened_at=now, updated_at=now, detector=f.detector,
                      parameters=f.parameters, explanation=f.explanation, observed=f.observed, expected=f.expected,
                      score=f.score, window_start=f.day, window_end=f.day, evidence_document_ids=f.evidence[:top_evidence])
        audit = AuditEntry(alert_id=alert.id, at=now, actor=SYSTEM_ACTOR, action="opened",
                           to_status=AlertStatus.NEW, reason=f.explanation)
        store.upsert_alert_notify(alert, audit, _channels(store, f, notify, now), notification_payload(alert, notify),
                                  now)
        return "opened"
    evidence = list(dict.fromkeys([*current.evidence_document_ids, *f.evidence]))[:top_evidence]
    stronger = (f.score or 0) > (current.score or 0) if f.score is not None else False
    changed = f.day > (current.window_end or f.day) or f.day < (current.window_start or f.day) or stronger or \
        evidence != current.evidence_document_ids
    if not changed:
        return "unchanged"
    severity = max(current.severity, f.severity, key=lambda s: SEVERITY_ORDER.get(s, 0))
    update: dict[str, Any] = {"updated_at": now, "severity": severity, "evidence_document_ids": evidence,
                              "window_start": min(current.window_start or f.day, f.day),
                              "window_end": max(current.window_end or f.day, f.day)}
    if stronger or f.day >= (current.window_end or f.day):
        update.update(observed=f.observed, expected=f.expected, score=f.score, explanation=f.explanation)
    alert = current.model_copy(update=update)
    audit = AuditEntry(alert_id=alert.id, at=now, actor=SYSTEM_ACTOR, action="updated",
                       reason=f"still firing on {f.day}: {f.explanation}")
    store.upsert_alert_notify(alert, audit, [], "", now)
    return "updated"


def change_status(store: AlertingStore, alert_id: str, to: AlertStatus, actor: str, reason: str, now: datetime) -> Alert:
    """Acknowledge, escalate or dismiss an alert; the change and its reason go to the audit trail."""
    alert = store.get_alert(alert_id)
    if alert is None:
        raise LifecycleError(f"no alert {alert_id!r}; list them with `tocsin alerts list`")
    if to not in ALLOWED_TRANSITIONS[alert.status]:
        allowed = ", ".join(sorted(s.value for s in ALLOWED_TRANSITIONS[alert.status])) or "none"
        raise LifecycleError(f"alert {alert_id} is {alert.status.value}; it can go to: {allowed}")
    if to in (AlertStatus.DISMISSED, AlertStatus.ESCALATED) and not reason.strip():
        raise LifecycleError(f"{to.value} needs a reason (--reason): the audit trail must say why")
    if not actor.strip():
        raise LifecycleError("who is changing the alert? give --actor")
    updated = alert.model_copy(update={"status": to, "updated_at": now})
    audit = AuditEntry(alert_id=alert_id, at=now, actor=actor, action=to.value, from_status=alert.status,
                       to_status=to, reason=reason)
    store.upsert_alert_notify(updated, audit, [], "", now)
    return updated


def snooze(store: AlertingStore, country: str, kind: str, until: datetime, actor: str, reason: str, now: datetime) -> Snooze:
    """Stop notifications for a country and kind ('*' for all kinds) until a time; alerts are still recorded."""
    if until.tzinfo is None:
        raise LifecycleError("give the snooze end with a timezone, e.g. 2026-03-01T00:00Z")
    if not actor.strip() or not reason.strip():
        raise LifecycleError("a snooze needs --actor and --reason: it is audited")
    entry = Snooze(country=country.upper(), kind=kind, until=until, actor=actor, reason=reason, at=now)
    store.add_snooze(entry)
    return entry
