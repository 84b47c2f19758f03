"""alerts: per-country daily signals, surge detectors, immediate rules, risk index, alert lifecycle, notifiers.

Exceptions::

    ValueError
    └── LifecycleError      (status change not allowed, unknown alert, missing reason)
    Exception
    └── DeliveryError       (a notification send failed; ``permanent`` ones become dead letters)
"""

from alerts.detectors import Detection, SeriesBatch, run_detectors
from alerts.lifecycle import (
    ALLOWED_TRANSITIONS,
    Firing,
    LifecycleError,
    alert_id_for,
    change_status,
    merge_firings,
    record_firing,
    snooze,
)
from alerts.notify import (
    DeliveryError,
    DeliveryReport,
    Digest,
    EmailNotifier,
    Notifier,
    WebhookNotifier,
    atom_feed,
    daily_digest,
    deliver_pending,
    make_notifiers,
    sign_body,
)
from alerts.risk import RiskComponent, RiskIndex, risk_index, risk_indices
from alerts.rules import evaluate_rules
from alerts.run import AlertsReport, run_alerts
from alerts.series import load_series
from alerts.settings import AlertsSettings, RuleSpec
from alerts.signals import SIGNAL_KINDS, SignalsReport, recompute_signals

__all__ = [
    "ALLOWED_TRANSITIONS",
    "SIGNAL_KINDS",
    "AlertsReport",
    "AlertsSettings",
    "DeliveryError",
    "DeliveryReport",
    "Detection",
    "Digest",
    "EmailNotifier",
    "Firing",
    "LifecycleError",
    "Notifier",
    "RiskComponent",
    "RiskIndex",
    "RuleSpec",
    "SeriesBatch",
    "SignalsReport",
    "WebhookNotifier",
    "alert_id_for",
    "atom_feed",
    "change_status",
    "daily_digest",
    "deliver_pending",
    "evaluate_rules",
    "load_series",
    "make_notifiers",
    "merge_firings",
    "recompute_signals",
    "record_firing",
    "risk_index",
    "risk_indices",
    "run_alerts",
    "run_detectors",
    "sign_body",
    "snooze",
]
