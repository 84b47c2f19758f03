"""Notification channels (webhook, email), the outbox deliverer, the Atom feed and the daily digest."""

from collections.abc import Callable
from typing import Any

from alerts.notify.base import DeliveryError, Notifier
from alerts.notify.digest import Digest, daily_digest
from alerts.notify.email import EmailNotifier
from alerts.notify.feed import atom_feed, watchlist_alerts
from alerts.notify.outbox import DeliveryReport, deliver_pending
from alerts.notify.webhook import WebhookNotifier, sign_body
from alerts.settings import NotifySettings

__all__ = ["DeliveryError", "DeliveryReport", "Digest", "EmailNotifier", "Notifier", "WebhookNotifier", "atom_feed",
           "daily_digest", "deliver_pending", "make_notifiers", "sign_body", "watchlist_alerts"]


def make_notifiers(settings: NotifySettings, url_checker: Callable[[str], object],
                   webhook_transport: Any = None) -> dict[str, Notifier]:
    """The configured push channels. ``url_checker(url)`` raises when a webhook URL is unsafe;
    ``webhook_transport`` (an httpx transport) pins webhook connections to vetted addresses."""
    out: dict[str, Notifier] = {}
    if settings.webhook.url:
        out["webhook"] = WebhookNotifier(settings.webhook, url_checker, webhook_transport)
    if settings.email.host and settings.email.recipients:
        out["email"] = EmailNotifier(settings.email)
    return out
