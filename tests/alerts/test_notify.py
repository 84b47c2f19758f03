"""Notifications against local receivers: signed webhook, SMTP with STARTTLS, retries, dead letters, Atom."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import feedparser
import pytest

from alerts import AlertsSettings, Firing, atom_feed, deliver_pending, make_notifiers, record_firing
from alerts.settings import EmailSettings, NotifySettings, Watchlist, WebhookSettings
from ingest.safety import check_url
from tests.alerts.receivers import smtp_server, webhook_server

NOW = datetime(2026, 2, 1, 12, tzinfo=UTC)


def firing(i: int, country: str = "SDN", kind: str = "dehumanization") -> Firing:
    return Firing(country=country, kind=kind, detector="glm", day=date(2026, 2, 1) - timedelta(days=10 * i),
                  severity="medium", explanation=f"glm fired ({i})", evidence=[f"doc{i}"], observed=6.0,
                  expected=1.0, score=5.0)


def notify_settings(webhook_url=None, smtp=None, **kw) -> NotifySettings:
    email = EmailSettings()
    if smtp is not None:
        receiver, cert = smtp
        email = EmailSettings(host="127.0.0.1", port=receiver.port, ca_file=str(cert), recipients=["desk@example.org"])
    hook = WebhookSettings(url=webhook_url, secret="s3cret", allow_private=True) if webhook_url else WebhookSettings()
    return NotifySettings(webhook=hook, email=email, base_url="https://tocsin.example", **kw)


def loopback_checker(notify: NotifySettings):
    return lambda url: check_url(url, allow_private=notify.webhook.allow_private)


def test_webhook_and_email_deliver_each_alert_once(sqlite_store, tmp_path):
    with webhook_server() as hook, smtp_server(tmp_path) as smtp:
        notify = notify_settings(hook.url, smtp)
        for i in range(3):
            record_firing(sqlite_store, firing(i), notify, 3, NOW)
        record_firing(sqlite_store, firing(0), notify, 3, NOW)  # same episode: update, no new notification
        notifiers = make_notifiers(notify, loopback_checker(notify))
        report = deliver_pending(sqlite_store, notifiers, notify, NOW)
        again = deliver_pending(sqlite_store, notifiers, notify, NOW)
    assert report.delivered == {"webhook": 3, "email": 3} and again.delivered == {}
    assert len(set(hook.keys())) == 3 and hook.bad_signatures == 0
    body = hook.raw[0]["body"]
    assert set(body) == {"alert_id", "country", "kind", "severity", "detector", "opened_at", "window_end", "url"}
    assert body["url"] == f"https://tocsin.example/alerts/{body['alert_id']}"
    assert len(smtp[0].messages) == 3 and smtp[0].tls_sessions == 3
    msg = smtp[0].messages[0]
    assert msg["Subject"].startswith("[Tocsin] medium dehumanization alert: SDN")
    assert msg["X-Tocsin-Idempotency-Key"].endswith(":email")


def test_smtp_without_starttls_is_refused(sqlite_store, tmp_path):
    import smtplib  # noqa: F401 - the refusal is ours, before any clear-text AUTH

    from aiosmtpd.controller import Controller

    from tests.alerts.receivers import SmtpReceiver, _free_port, _Handler

    receiver = SmtpReceiver()
    controller = Controller(_Handler(receiver), hostname="127.0.0.1", port=_free_port())  # no TLS offered
    controller.start()
    try:
        notify = NotifySettings(email=EmailSettings(host="127.0.0.1", port=controller.port, recipients=["a@b.c"]),
                                max_attempts=1)
        record_firing(sqlite_store, firing(0), notify, 3, NOW)
        report = deliver_pending(sqlite_store, make_notifiers(notify, lambda u: None), notify, NOW)
    finally:
        controller.stop()
    assert report.dead == {"email": 1} and receiver.messages == []
    assert "does not offer STARTTLS" in sqlite_store.list_outbox(dead_only=True)[0].last_error


def test_failures_retry_with_exponential_backoff_then_dead_letter(sqlite_store):
    with webhook_server() as hook:
        hook.fail_next = 100
        notify = notify_settings(hook.url, max_attempts=3, backoff_base_s=10, backoff_max_s=15)
        notifiers = make_notifiers(notify, loopback_checker(notify))
        record_firing(sqlite_store, firing(0), notify, 3, NOW)
        assert deliver_pending(sqlite_store, notifiers, notify, NOW).retried == {"webhook": 1}
        item = sqlite_store.list_outbox()[0]
        assert item.next_attempt_at == NOW + timedelta(seconds=10)
        assert deliver_pending(sqlite_store, notifiers, notify, NOW + timedelta(seconds=5)).retried == {}  # not due
        deliver_pending(sqlite_store, notifiers, notify, NOW + timedelta(seconds=10))
        assert sqlite_store.list_outbox()[0].next_attempt_at == NOW + timedelta(seconds=25)  # 20 s capped to 15
        report = deliver_pending(sqlite_store, notifiers, notify, NOW + timedelta(seconds=30))
    assert report.dead == {"webhook": 1}
    dead = sqlite_store.list_outbox(dead_only=True)
    assert len(dead) == 1 and dead[0].attempts == 3 and "HTTP 500" in dead[0].last_error


def test_webhook_to_private_address_is_refused_unless_allowed(sqlite_store):
    with webhook_server() as hook:
        notify = notify_settings(hook.url)
        strict = NotifySettings(webhook=WebhookSettings(url=hook.url, secret="s3cret", allow_private=False))
        record_firing(sqlite_store, firing(0), notify, 3, NOW)
        report = deliver_pending(sqlite_store, make_notifiers(strict, loopback_checker(strict)), strict, NOW)
    assert report.dead == {"webhook": 1} and hook.raw == []
    assert "safety check" in sqlite_store.list_outbox(dead_only=True)[0].last_error


def test_webhook_without_secret_is_a_configuration_error():
    with pytest.raises(ValueError, match="TOCSIN_ALERTS__NOTIFY__WEBHOOK__SECRET"):
        make_notifiers(NotifySettings(webhook=WebhookSettings(url="https://hooks.example/x")), lambda u: None)


def test_atom_feed_per_watchlist_parses_as_valid_atom(sqlite_store):
    notify = NotifySettings(base_url="https://tocsin.example")
    for i, (country, kind) in enumerate([("SDN", "dehumanization"), ("MMR", "mass_killing"), ("SDN", "fatalities")]):
        record_firing(sqlite_store, firing(i, country, kind), notify, 3, NOW + timedelta(minutes=i))
    watch = Watchlist(name="sudan", countries=["SDN"])
    xml = atom_feed(sqlite_store.list_alerts(), watch, notify.base_url, NOW)
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Tocsin alerts: sudan"
    assert len(parsed.entries) == 2
    assert {e.id for e in parsed.entries} == {f"urn:tocsin:alert:{a.id}" for a in sqlite_store.list_alerts(country="SDN")}
    assert all(e.link.startswith("https://tocsin.example/alerts/al_") for e in parsed.entries)
    assert "glm fired" in parsed.entries[0].summary
    everything = feedparser.parse(atom_feed(sqlite_store.list_alerts(), Watchlist(name="all"), notify.base_url, NOW))
    assert len(everything.entries) == 3 and not everything.bozo


def test_daily_digest_lists_new_and_ongoing_alerts(sqlite_store):
    from alerts import daily_digest

    notify = NotifySettings()
    record_firing(sqlite_store, firing(1), notify, 3, NOW - timedelta(days=3))
    record_firing(sqlite_store, firing(0, "MMR"), notify, 3, NOW - timedelta(hours=2))
    digest = daily_digest(sqlite_store, AlertsSettings(), NOW)
    assert [a.country for a in digest.opened] == ["MMR"] and digest.updated == []
    assert "New alerts: 1" in digest.text and "MMR dehumanization" in digest.text


def test_daily_digest_is_emailed_over_starttls(sqlite_store, tmp_path):
    from alerts import EmailNotifier, daily_digest

    record_firing(sqlite_store, firing(0, "MMR"), NotifySettings(), 3, NOW - timedelta(hours=2))
    digest = daily_digest(sqlite_store, AlertsSettings(), NOW)
    with smtp_server(tmp_path) as smtp:
        EmailNotifier(notify_settings(smtp=smtp).email).send_text("[Tocsin] daily digest", digest.text)
    (msg,) = smtp[0].messages
    assert msg["Subject"] == "[Tocsin] daily digest" and "MMR dehumanization" in msg.get_payload()
    assert smtp[0].tls_sessions == 1


def test_webhook_connections_go_through_the_vetting_transport(sqlite_store):
    """The shell's transport is what connects: a checker that lets everything through does not help
    a URL whose address the transport refuses (the DNS-rebinding gap between check and connect)."""
    from ingest.fetch import safe_transport

    with webhook_server() as hook:
        notify = notify_settings(hook.url, max_attempts=1)
        record_firing(sqlite_store, firing(0), notify, 3, NOW)
        refused = deliver_pending(sqlite_store, make_notifiers(notify, lambda url: None, safe_transport(False)),
                                  notify, NOW)
        record_firing(sqlite_store, firing(1), notify, 3, NOW)
        allowed = deliver_pending(sqlite_store, make_notifiers(notify, lambda url: None, safe_transport(True)),
                                  notify, NOW)
    assert refused.dead == {"webhook": 1} and refused.delivered == {}
    assert allowed.delivered == {"webhook": 1} and len(hook.keys()) == 1
