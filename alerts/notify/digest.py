"""The daily digest: alerts opened or updated in the 24 hours before ``now``, and the riskiest countries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from alerts.risk import risk_indices
from alerts.settings import AlertsSettings
from store import Alert, AlertingStore

__all__ = ["Digest", "daily_digest"]


@dataclass(frozen=True)
class Digest:
    since: datetime
    until: datetime
    opened: list[Alert]
    updated: list[Alert]
    text: str


def daily_digest(store: AlertingStore, settings: AlertsSettings, now: datetime, top_countries: int = 10) -> Digest:
    since = now - timedelta(days=1)
    recent = [a for a in store.list_alerts() if since <= a.updated_at <= now]
    opened = [a for a in recent if a.opened_at >= since]
    updated = [a for a in recent if a.opened_at < since]
    base = settings.notify.base_url.rstrip("/")
    lines = [f"Tocsin daily digest, {since:%Y-%m-%d %H:%M} to {now:%Y-%m-%d %H:%M} UTC", "",
             f"New alerts: {len(opened)}"]
    lines += [f"  [{a.severity}] {a.country} {a.kind} ({a.detector}) {base}/alerts/{a.id}" for a in opened]
    lines += ["", f"Updated alerts (ongoing): {len(updated)}"]
    lines += [f"  [{a.severity}] {a.country} {a.kind} ({a.detector}, since {a.window_start}) {base}/alerts/{a.id}"
              for a in updated]
    risks = risk_indices(store, settings.risk, settings.signals, now.date())[:top_countries]
    lines += ["", "Highest risk index (0-100):"]
    lines += [f"  {r.country} {r.score:5.1f}  " + ", ".join(f"{c.name} {c.points:.1f}" for c in r.components)
              for r in risks]
    return Digest(since=since, until=now, opened=opened, updated=updated, text="\n".join(lines) + "\n")
