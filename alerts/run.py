"""``run_alerts``: the alert stage. Signals (incremental), detectors, rules, alerts, notifications."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np

from alerts.detectors import Detection, SeriesBatch, run_detectors
from alerts.lifecycle import Firing, merge_firings, record_firing
from alerts.notify.base import Notifier
from alerts.notify.outbox import DeliveryReport, deliver_pending
from alerts.rules import evaluate_rules
from alerts.series import load_series
from alerts.settings import AlertsSettings, SignalsSettings
from alerts.signals import SignalsReport, recompute_signals
from store import AlertingStore, utc_now

__all__ = ["AlertsReport", "detector_firings", "run_alerts"]

log = logging.getLogger(__name__)


@dataclass
class AlertsReport:
    signals: SignalsReport | None = None
    series: int = 0
    firings: int = 0
    opened: int = 0
    updated: int = 0
    unchanged: int = 0
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    by_detector: dict[str, int] = field(default_factory=dict)


def _explain(det: Detection, country: str, kind: str, day: date, obs: float, exp: float, score: float) -> str:
    p = det.parameters
    limit = p.get("threshold") if det.detector != "ears_c3" else p.get("c3_threshold")
    if det.detector == "cusum":
        limit = p.get("h")
    unit = " (per-story rate x volume)" if kind != "fatalities" else ""
    return (f"{det.detector} fired on {kind} for {country} on {day}: observed {obs:.3g} vs expected {exp:.3g}"
            f"{unit}; score {score:.3g} above {limit}")


def detector_firings(store: AlertingStore, batch: SeriesBatch, detections: list[Detection], settings: AlertsSettings,
                     eval_from: int) -> list[Firing]:
    out: list[Firing] = []
    for det in detections:
        rows, cols = np.nonzero(det.fired[:, eval_from:])
        for s, t in zip(rows.tolist(), (cols + eval_from).tolist(), strict=True):
            country, kind = batch.keys[s]
            day = batch.day(t)
            if len(store.signal_documents(country, kind, day, day)) < settings.detectors.min_stories:
                continue
            evidence = store.signal_documents(country, kind, day - timedelta(days=2), day)
            if not evidence:
                log.warning("%s fired on %s/%s %s but no evidence documents are stored; skipped", det.detector,
                            country, kind, day)
                continue
            obs, exp, score = float(batch.y[s, t]), float(det.expected[s, t]), float(det.score[s, t])
            out.append(Firing(country=country, kind=kind, detector=det.detector, day=day,
                              severity="high" if kind == "dehumanization_official" else "medium",
                              explanation=_explain(det, country, kind, day, obs, exp, score), evidence=evidence,
                              parameters=det.parameters, observed=round(obs, 4),
                              expected=round(exp, 4) if np.isfinite(exp) else None,
                              score=round(score, 4) if np.isfinite(score) else 1e6))
    return out


def _recompute_recent(store: AlertingStore, s: SignalsSettings, today: date) -> SignalsReport:
    touched = store.refresh_alert_facts()
    recent = today - timedelta(days=s.recompute_days - 1)
    touched_days = getattr(store, "touched_signal_days", None)
    if touched_days is None or not hasattr(store, "compute_signals_sql"):
        return recompute_signals(store, s, min(recent, touched or recent), today)
    days = sorted({recent + timedelta(days=i) for i in range(s.recompute_days)}
                  | {d for d in touched_days() if d <= today})
    report = recompute_signals(store, s, days[0], today, days=days)
    store.clear_touched_signal_days(days)  # type: ignore[attr-defined]  # with touched_signal_days
    return report


def run_alerts(store: AlertingStore, settings: AlertsSettings, *, now: datetime | None = None,
               notifiers: Mapping[str, Notifier] | None = None) -> AlertsReport:
    """Recompute recent signals, run detectors and rules, open or update alerts, deliver notifications.

    Signals are recomputed on the last ``recompute_days`` and on every day touched by new or changed
    documents (late reports): only those days where the store keeps a per-day watermark (SQLite),
    else from the earliest touched day on. Idempotent: a second run with no new data opens nothing
    and sends nothing.
    """
    now = now or utc_now()
    today = now.date()
    s = settings.signals
    report = AlertsReport()
    report.signals = _recompute_recent(store, s, today)
    look_from = today - timedelta(days=s.lookback_days - 1)
    batch = load_series(store, s, look_from, today)
    report.series = len(batch.keys)
    eval_from = max(0, batch.days - s.evaluate_days)
    firings: list[Firing] = []
    if batch.keys:
        firings += detector_firings(store, batch, run_detectors(batch, settings.detectors, eval_from=eval_from),
                                    settings, eval_from)
    firings += evaluate_rules(store, settings.rules, batch.day(eval_from), today)
    report.firings = len(firings)
    for f in firings:
        report.by_detector[f.detector] = report.by_detector.get(f.detector, 0) + 1
    # one alert per surge: the day's firings of every detector for a country and kind are merged first
    for f in sorted(merge_firings(firings), key=lambda f: (f.day, f.country, f.kind)):
        outcome = record_firing(store, f, settings.notify, settings.detectors.episode_gap_days, now,
                                s.top_evidence)
        setattr(report, outcome, getattr(report, outcome) + 1)
    if notifiers:
        report.delivery = deliver_pending(store, notifiers, settings.notify, now)
    log.info("alerts: %d series, %d firings, %d opened, %d updated", report.series, report.firings, report.opened,
             report.updated)
    return report
