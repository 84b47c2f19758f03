"""Webhook channel: JSON POST signed with HMAC-SHA256, idempotency key in a header.

Headers: ``X-Tocsin-Signature: sha256=<hex HMAC of the raw body with the shared secret>``,
``X-Tocsin-Idempotency-Key: <alert id>:webhook`` (the same on every retry: receivers drop
repeats), ``X-Tocsin-Timestamp``. The URL passes a fetch-safety check (``url_checker``) before
every send, and the shell passes a transport that connects only to vetted addresses, so a webhook
cannot be aimed at the monitor's own network unless allowed.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from alerts.notify.base import DeliveryError
from alerts.settings import WebhookSettings
from store import OutboxItem

__all__ = ["WebhookNotifier", "sign_body"]


def sign_body(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class WebhookNotifier:
    channel = "webhook"

    def __init__(self, settings: WebhookSettings, url_checker: Callable[[str], object],
                 transport: httpx.BaseTransport | None = None) -> None:
        if not settings.url:
            raise ValueError("alerts.notify.webhook.url is not set; set it or leave the webhook channel off")
        if not settings.secret:
            raise ValueError("the webhook needs a signing secret: set TOCSIN_ALERTS__NOTIFY__WEBHOOK__SECRET")
        self.settings = settings
        self.url_checker = url_checker
        # A vetting transport (ingest.fetch.safe_transport) pins the connection to the address it checked,
        # so a DNS answer that changes after ``url_checker`` cannot aim the POST at an internal host.
        self.transport = transport

    def send(self, item: OutboxItem) -> None:
        url = self.settings.url or ""
        try:
            self.url_checker(url)
        except Exception as exc:  # the checker's own error type lives in ingest; keep the room boundary
            raise DeliveryError(f"webhook URL refused by the safety check: {exc}", permanent=True) from exc
        body = item.payload.encode("utf-8")
        headers = {"Content-Type": "application/json",
                   "X-Tocsin-Signature": sign_body(self.settings.secret or "", body),
                   "X-Tocsin-Idempotency-Key": item.idempotency_key,
                   "X-Tocsin-Timestamp": datetime.now(UTC).isoformat(timespec="seconds")}
        try:
            with httpx.Client(transport=self.transport, trust_env=False, follow_redirects=False,
                              timeout=self.settings.timeout_s) as client:
                response = client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook POST failed: {type(exc).__name__}: {exc}") from exc
        except ValueError as exc:  # the vetting transport refused the address it resolved at connect time
            raise DeliveryError(f"webhook address refused by the safety check: {exc}", permanent=True) from exc
        if response.status_code >= 300:
            raise DeliveryError(f"webhook answered HTTP {response.status_code}",
                                permanent=400 <= response.status_code < 500 and response.status_code not in (408, 429))
