"""Deliver the outbox: at-least-once sends, deduplicated by the receiver through the idempotency key.

Guarantee: an alert is enqueued once per channel, in the same transaction that writes it. A
delivery is marked in the store only after the receiver accepted it. A crash after the send and
before the mark re-sends the same payload with the same idempotency key on the next run, so a
receiver that drops repeated keys sees each alert exactly once per channel; raw duplicates are
limited to items in flight when the process died (at most one per channel with this sequential
deliverer). Failures retry with exponential backoff (``backoff_base_s * 2**attempt``, capped);
after ``max_attempts`` (or a permanent failure) the item is a dead letter, kept with its error.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from alerts.notify.base import DeliveryError, Notifier
from alerts.settings import NotifySettings
from store import AlertingStore

__all__ = ["DeliveryReport", "deliver_pending"]

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    delivered: dict[str, int] = field(default_factory=dict)
    retried: dict[str, int] = field(default_factory=dict)
    dead: dict[str, int] = field(default_factory=dict)


def _backoff(settings: NotifySettings, attempts: int) -> float:
    return min(settings.backoff_base_s * (2 ** attempts), settings.backoff_max_s)


def deliver_pending(store: AlertingStore, notifiers: Mapping[str, Notifier], settings: NotifySettings, now: datetime,
                    limit: int = 500) -> DeliveryReport:
    report = DeliveryReport()
    for channel, notifier in notifiers.items():
        for item in store.due_notifications(channel, now, limit=limit):
            try:
                notifier.send(item)
            except DeliveryError as exc:
                attempts = item.attempts + 1
                if exc.permanent or attempts >= settings.max_attempts:
                    log.error("notification %s for alert %s on %s is a dead letter after %d attempt(s): %s",
                              item.id, item.alert_id, channel, attempts, exc)
                    store.mark_notification_failed(item.id, str(exc), None)
                    report.dead[channel] = report.dead.get(channel, 0) + 1
                else:
                    retry_at = now + timedelta(seconds=_backoff(settings, item.attempts))
                    log.warning("notification %s for alert %s on %s failed (attempt %d), retry at %s: %s",
                                item.id, item.alert_id, channel, attempts, retry_at.isoformat(), exc)
                    store.mark_notification_failed(item.id, str(exc), retry_at)
                    report.retried[channel] = report.retried.get(channel, 0) + 1
                continue
            store.mark_notification_delivered(item.id, now)
            report.delivered[channel] = report.delivered.get(channel, 0) + 1
    return report
