"""Alert lifecycle: one alert per surge, open-or-update, status changes with audit, snoozes.

An episode is a run of firings for one country and kind, by any detector or rule of that kind,
where no two consecutive firings are more than ``episode_gap_days`` quiet days apart. It has ONE
alert: the first firing opens it, every later firing of any detector updates it (window, numbers,
evidence, and the list of detectors that agree, in ``parameters["detectors"]``). Its id is a hash of
country, kind and the episode's first day, so a replay or a restarted run produces the same ids.

A dismissed alert keeps absorbing its ongoing surge (updated, still dismissed, not notified): a new
alert opens only once the series has been back to baseline, i.e. no detector fired for more than
``episode_gap_days`` days.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from alerts.settings import NotifySettings
from store import Alert, AlertingStore, AlertStatus, AuditEntry, Snooze, sha256_hex

__all__ = ["ALLOWED_TRANSITIONS", "Firing", "LifecycleError", "alert_id_for", "change_status", "merge_firings",
           "notification_payload", "record_firing", "snooze"]

log = logging.getLogger(__name__)

SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2, "critical": 3}
# which detector's numbers headline an alert when several fire on the same day (rules first: one record)
HEADLINE_ORDER = ("glm", "ears_c3", "ears_c2", "ears_c1", "cusum", "bocpd")
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
    """One detector or rule firing on one day, with everything the alert must say.

    ``agreeing`` (detector -> its numbers) is filled by ``merge_firings`` when several detectors fire
    for the same country, kind and day; empty means just this firing's detector."""

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
    agreeing: dict[str, dict[str, Any]] = field(default_factory=dict)

    def detector_entries(self) -> dict[str, dict[str, Any]]:
        return self.agreeing or {self.detector: _entry(self)}


def _entry(f: Firing) -> dict[str, Any]:
    return {"parameters": f.parameters, "observed": f.observed, "expected": f.expected, "score": f.score,
            "days": [f.day.isoformat()]}


def _headline_rank(detector: str) -> int:
    if detector.startswith("rule:"):
        return -1
    return HEADLINE_ORDER.index(detector) if detector in HEADLINE_ORDER else len(HEADLINE_ORDER)


def merge_firings(firings: Sequence[Firing]) -> list[Firing]:
    """One firing per (country, kind, day): the headline detector's numbers, every detector in ``agreeing``,
    the union of the evidence (strongest firing's first) and the highest severity."""
    groups: dict[tuple[str, str, date], list[Firing]] = {}
    for f in firings:
        groups.setdefault((f.country, f.kind, f.day), []).append(f)
    out = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda f: (_headline_rank(f.detector), f.detector))
        head = group[0]
        agreeing: dict[str, dict[str, Any]] = {}
        for f in group:
            agreeing.update(f.detector_entries())
        evidence = list(dict.fromkeys(d for f in group for d in f.evidence))
        severity = max((f.severity for f in group), key=lambda s: SEVERITY_ORDER.get(s, 0))
        explanation = head.explanation if len(agreeing) == 1 else (
            f"{len(agreeing)} detectors agree ({', '.join(agreeing)}); {head.explanation}")
        out.append(replace(head, evidence=evidence, severity=severity, explanation=explanation, agreeing=agreeing))
    return out


def alert_id_for(country: str, kind: str, episode_start: date) -> str:
    return "al_" + sha256_hex(f"{country}|{kind}|{episode_start.isoformat()}")[:24]


def notification_payload(alert: Alert, notify: NotifySettings) -> str:
    """Minimal content: no text from documents, only what is needed to look the alert up."""
    return json.dumps({"alert_id": alert.id, "country": alert.country, "kind": alert.kind,
                       "severity": alert.severity, "detector": alert.detector,
                       "opened_at": alert.opened_at.isoformat(), "window_end": str(alert.window_end),
                       "url": f"{notify.base_url.rstrip('/')}/alerts/{alert.id}"}, sort_keys=True)


def _episode_alert(store: AlertingStore, f: Firing, gap: int) -> Alert | None:
    """The alert of the episode this firing belongs to (any detector), the most recently updated first."""
    for alert in store.list_alerts(country=f.country, kind=f.kind):
        if alert.window_end and alert.window_start and \
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


def _merge_entries(old: dict[str, Any], new: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    merged = {k: dict(v) for k, v in (old.get("detectors") or {}).items()}
    for name, entry in new.items():
        prev = merged.get(name)
        days = sorted(set((prev or {}).get("days", [])) | set(entry["days"]))
        latest = entry if prev is None or entry["days"][-1] >= prev["days"][-1] else prev
        merged[name] = {**latest, "days": days}
    return merged


def _detector_label(entries: dict[str, dict[str, Any]]) -> str:
    """Agreeing detectors in the order they first fired."""
    return ", ".join(sorted(entries, key=lambda k: (entries[k]["days"][0], _headline_rank(k), k)))


def _open(store: AlertingStore, f: Firing, notify: NotifySettings, now: datetime, top_evidence: int) -> str:
    entries = _merge_entries({}, f.detector_entries())
    alert = Alert(id=alert_id_for(f.country, f.kind, f.day), country=f.country, kind=f.kind,
                  severity=f.severity, opened_at=now, updated_at=now, detector=_detector_label(entries),
                  parameters={"headline": f.detector, "detectors": entries}, explanation=f.explanation,
                  observed=f.observed, expected=f.expected, score=f.score, window_start=f.day, window_end=f.day,
                  evidence_document_ids=f.evidence[:top_evidence])
    audit = AuditEntry(alert_id=alert.id, at=now, actor=SYSTEM_ACTOR, action="opened",
                       to_status=AlertStatus.NEW, reason=f.explanation)
    store.upsert_alert_notify(alert, audit, _channels(store, f, notify, now), notification_payload(alert, notify), now)
    return "opened"


def record_firing(store: AlertingStore, f: Firing, notify: NotifySettings, gap_days: int, now: datetime,
                  top_evidence: int = 20) -> str:
    """Open the alert of a new episode or update the episode's alert (whatever detector opened it);
    returns 'opened', 'updated' or 'unchanged'."""
    if not f.evidence:
        raise LifecycleError(f"{f.detector} fired for {f.country}/{f.kind} on {f.day} without evidence documents; "
                             "no alert without evidence")
    current = _episode_alert(store, f, gap_days)
    if current is None:
        return _open(store, f, notify, now, top_evidence)
    evidence = list(dict.fromkeys([*current.evidence_document_ids, *f.evidence]))[:top_evidence]
    entries = _merge_entries(current.parameters, f.detector_entries())
    latest = f.day >= (current.window_end or f.day)
    headline = f.detector if latest else current.parameters.get("headline", current.detector)
    update: dict[str, Any] = {
        "severity": max(current.severity, f.severity, key=lambda s: SEVERITY_ORDER.get(s, 0)),
        "evidence_document_ids": evidence, "window_start": min(current.window_start or f.day, f.day),
        "window_end": max(current.window_end or f.day, f.day), "detector": _detector_label(entries),
        "parameters": {**current.parameters, "headline": headline, "detectors": entries}}
    if latest:
        update.update(observed=f.observed, expected=f.expected, score=f.score, explanation=f.explanation)
    if all(getattr(current, k) == v for k, v in update.items()):
        return "unchanged"
    alert = current.model_copy(update={**update, "updated_at": now})
    note = " (alert stays dismissed)" if current.status is AlertStatus.DISMISSED else ""
    audit = AuditEntry(alert_id=alert.id, at=now, actor=SYSTEM_ACTOR, action="updated",
                       reason=f"still firing on {f.day}{note}: {f.explanation}")
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
