"""Email channel over SMTP with STARTTLS (smtplib).

The Message-ID is derived from the idempotency key (``<alert id.email@tocsin>``) and the key is
also sent as ``X-Tocsin-Idempotency-Key``, so a mail system or reader can drop a repeat sent after
a crash between sending and recording the delivery.
"""

from __future__ import annotations

import json
import smtplib
import ssl
from email.message import EmailMessage

from alerts.notify.base import DeliveryError
from alerts.settings import EmailSettings
from store import OutboxItem

__all__ = ["EmailNotifier", "build_message"]


def build_message(item: OutboxItem, settings: EmailSettings) -> EmailMessage:
    data = json.loads(item.payload)
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = ", ".join(settings.recipients)
    msg["Subject"] = f"[Tocsin] {data['severity']} {data['kind']} alert: {data['country']}"
    msg["Message-ID"] = f"<{item.idempotency_key.replace(':', '.')}@tocsin>"
    msg["X-Tocsin-Idempotency-Key"] = item.idempotency_key
    msg.set_content(f"Alert {data['alert_id']}\nCountry: {data['country']}\nKind: {data['kind']}\n"
                    f"Severity: {data['severity']}\nDetector: {data['detector']}\nOpened: {data['opened_at']}\n\n"
                    f"Details and evidence: {data['url']}\n")
    return msg


class EmailNotifier:
    channel = "email"

    def __init__(self, settings: EmailSettings) -> None:
        if not settings.host or not settings.recipients:
            raise ValueError("alerts.notify.email needs host and recipients")
        if settings.username and not settings.password:
            raise ValueError("SMTP user set without password: set TOCSIN_ALERTS__NOTIFY__EMAIL__PASSWORD")
        self.settings = settings

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.settings.ca_file)

    def send(self, item: OutboxItem) -> None:
        self._deliver(build_message(item, self.settings))

    def send_text(self, subject: str, body: str) -> None:
        """A plain message to the configured recipients (the daily digest)."""
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = ", ".join(self.settings.recipients)
        msg["Subject"] = subject
        msg.set_content(body)
        self._deliver(msg)

    def _deliver(self, message: EmailMessage) -> None:
        s = self.settings
        try:
            with smtplib.SMTP(s.host or "", s.port, timeout=s.timeout_s) as smtp:
                smtp.ehlo()
                if s.starttls:
                    if not smtp.has_extn("starttls"):
                        raise DeliveryError(f"SMTP server {s.host}:{s.port} does not offer STARTTLS; "
                                            "refusing to send in clear (set starttls = false only on a trusted link)")
                    smtp.starttls(context=self._context())
                    smtp.ehlo()
                if s.username:
                    smtp.login(s.username, s.password or "")
                smtp.send_message(message)
        except DeliveryError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"SMTP login refused: {exc}", permanent=True) from exc
        except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
            raise DeliveryError(f"SMTP send failed: {type(exc).__name__}: {exc}") from exc
