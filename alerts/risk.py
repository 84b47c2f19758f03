"""Risk index per country, 0-100, returned with its components.

``index = sum_c weight_c * (1 - exp(-x_c / scale_c))``, weights summing to 100, over the last
``window_days``:

- ``official_dehumanization``: severity-weighted stories with official dehumanizing speech (count);
- ``dehumanization``: mean dehumanization rate (weighted stories per 100 stories);
- ``violence_trend``: ``max(0, (events + 1) / (expected + 1) - 1)``, expected from the event rate of
  the ``trend_baseline_days`` before the window times the window's volume;
- ``fatalities``: sum of best fatality estimates of distinct events;
- ``open_alerts``: alerts of the country that are new, acknowledged or escalated.

Each term saturates, so no single component can exceed its weight and the index stays in [0, 100].
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from alerts.settings import RiskSettings, SignalsSettings
from store import AlertingStore, AlertStatus

__all__ = ["RiskComponent", "RiskIndex", "risk_index", "risk_indices"]


@dataclass(frozen=True)
class RiskComponent:
    name: str
    value: float
    weight: float
    points: float


@dataclass(frozen=True)
class RiskIndex:
    country: str
    as_of: date
    score: float
    components: list[RiskComponent]


def _points(value: float, weight: float, scale: float) -> float:
    return weight * (1.0 - math.exp(-max(value, 0.0) / scale))


def _sums(store: AlertingStore, day_from: date, day_to: date) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    vol: dict[tuple[str, str], float] = {}
    rows = store.signal_values(day_from, day_to, ["volume", "dehumanization", "dehumanization_official",
                                                  "violence_events", "fatalities"])
    for country, day, kind, value in rows:
        if kind == "volume":
            vol[(country, day)] = value
    for country, day, kind, value in rows:
        acc = out.setdefault(country, {})
        acc[kind] = acc.get(kind, 0.0) + value
        if kind in ("dehumanization_official", "violence_events"):  # back to counts
            acc[kind + "_count"] = acc.get(kind + "_count", 0.0) + value * vol.get((country, day), 0.0)
        if kind == "volume":
            acc["days"] = acc.get("days", 0.0) + 1
    return out


def risk_indices(store: AlertingStore, risk: RiskSettings, signals: SignalsSettings, as_of: date) -> list[RiskIndex]:
    """The index of every country with volume in the window, highest first."""
    w_from = as_of - timedelta(days=risk.window_days - 1)
    b_from = w_from - timedelta(days=risk.trend_baseline_days)
    window = _sums(store, w_from, as_of)
    base = _sums(store, b_from, w_from - timedelta(days=1))
    per = signals.per_stories
    open_counts: dict[str, int] = {}
    for a in store.list_alerts(status=[AlertStatus.NEW, AlertStatus.ACKNOWLEDGED, AlertStatus.ESCALATED]):
        open_counts[a.country] = open_counts.get(a.country, 0) + 1
    out = []
    for country, acc in window.items():
        b = base.get(country, {})
        events = acc.get("violence_events_count", 0.0) / per
        base_rate = b.get("violence_events_count", 0.0) / per / max(b.get("volume", 0.0), 1.0)
        expected = base_rate * acc.get("volume", 0.0)
        values = {
            "official_dehumanization": acc.get("dehumanization_official_count", 0.0) / per,
            "dehumanization": acc.get("dehumanization", 0.0) / max(acc.get("days", 0.0), 1.0),
            "violence_trend": max(0.0, (events + 1.0) / (expected + 1.0) - 1.0),
            "fatalities": acc.get("fatalities", 0.0),
            "open_alerts": float(open_counts.get(country, 0)),
        }
        comps = [RiskComponent(name, values.get(name, 0.0), weight, _points(values.get(name, 0.0), weight,
                                                                            risk.scales[name]))
                 for name, weight in risk.weights.items()]
        score = min(100.0, max(0.0, sum(c.points for c in comps)))
        out.append(RiskIndex(country=country, as_of=as_of, score=round(score, 2), components=comps))
    return sorted(out, key=lambda r: -r.score)


def risk_index(store: AlertingStore, risk: RiskSettings, signals: SignalsSettings, country: str, as_of: date) -> RiskIndex:
    for r in risk_indices(store, risk, signals, as_of):
        if r.country == country.upper():
            return r
    return RiskIndex(country=country.upper(), as_of=as_of, score=0.0,
                     components=[RiskComponent(n, 0.0, w, 0.0) for n, w in risk.weights.items()])
