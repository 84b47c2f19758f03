"""``tocsin alerts ...`` (list, show, ack, escalate, dismiss, snooze, run, risk, feed, digest, outbox) and
``tocsin backtest``."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from tocsin.context import resolved

alerts_app = typer.Typer(help="Alerts: what fired, why, on what numbers, with which evidence.", no_args_is_help=True)


def make_shell_notifiers(settings: Any) -> dict[str, Any]:
    """The push channels of ``settings`` (a ``tocsin.settings.Settings``), webhook URLs vetted by ingest.safety."""
    from alerts import make_notifiers
    from ingest.fetch import safe_transport
    from ingest.safety import check_url

    notify = settings.alerts.notify
    allow_private = notify.webhook.allow_private
    return make_notifiers(notify, lambda url: check_url(url, allow_private=allow_private),
                          webhook_transport=safe_transport(allow_private) if notify.webhook.url else None)


def _open_store(ctx: typer.Context) -> Any:
    from store import open_store

    return open_store(resolved(ctx).settings.store)


def _alert_json(alert: Any) -> dict[str, Any]:
    return alert.model_dump(mode="json")


def _fail(message: str) -> None:
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(2)


def _parse_when(value: str) -> datetime:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        _fail(f"{value!r} is not an ISO 8601 time, e.g. 2026-03-01T00:00Z")
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@alerts_app.command("list")
def list_cmd(ctx: typer.Context,
             status: Annotated[list[str] | None, typer.Option("--status", help="new, acknowledged, escalated, "
                                                              "dismissed (default: all but dismissed)")] = None,
             country: Annotated[str | None, typer.Option(help="ISO alpha-3")] = None,
             kind: Annotated[str | None, typer.Option(help="alert kind")] = None,
             limit: Annotated[int, typer.Option(help="most alerts shown")] = 100,
             as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """Open alerts with their explanations."""
    from rich.console import Console
    from rich.table import Table

    from store import AlertStatus

    wanted = [AlertStatus(s) for s in status] if status else [AlertStatus.NEW, AlertStatus.ACKNOWLEDGED,
                                                               AlertStatus.ESCALATED]
    store = _open_store(ctx)
    try:
        found = store.list_alerts(status=wanted, country=country.upper() if country else None, kind=kind, limit=limit)
    finally:
        store.close()
    if as_json:
        print(json.dumps([_alert_json(a) for a in found], indent=2, ensure_ascii=False))
        return
    table = Table("id", "country", "kind", "severity", "status", "detector", "window", "observed / expected",
                  title=f"{len(found)} alert(s)")
    for a in found:
        numbers = f"{a.observed:g} / {a.expected:g}" if a.observed is not None and a.expected is not None else ""
        table.add_row(a.id, a.country, a.kind, a.severity, a.status.value, a.detector,
                      f"{a.window_start}..{a.window_end}", numbers)
    console = Console()
    console.print(table)
    for a in found:  # explanations in full, one per line, never cut
        console.print(f"[bold]{a.id}[/bold] {a.explanation} ({len(a.evidence_document_ids)} evidence documents)",
                      soft_wrap=True, highlight=False)


@alerts_app.command("show")
def show_cmd(ctx: typer.Context, alert_id: Annotated[str, typer.Argument(help="alert id")],
             as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """One alert: explanation, parameters, evidence documents and audit trail."""
    store = _open_store(ctx)
    try:
        alert = store.get_alert(alert_id)
        if alert is None:
            _fail(f"no alert {alert_id!r}; see `tocsin alerts list`")
        docs = store.get_documents(alert.evidence_document_ids)
        trail = store.audit_trail(alert_id)
    finally:
        store.close()
    data = {"alert": _alert_json(alert), "evidence": [{"id": d.id, "title": d.title, "url": d.url,
                                                       "published_at": str(d.published_at)} for d in docs],
            "audit": [e.model_dump(mode="json") for e in trail]}
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _transition(ctx: typer.Context, alert_id: str, to: str, actor: str, reason: str) -> None:
    from alerts import LifecycleError, change_status
    from store import AlertStatus, utc_now

    store = _open_store(ctx)
    try:
        alert = change_status(store, alert_id, AlertStatus(to), actor, reason, utc_now())
    except LifecycleError as exc:
        _fail(str(exc))
    finally:
        store.close()
    typer.echo(f"{alert.id} is now {alert.status.value}")


_ACTOR = typer.Option("--actor", help="who acts (recorded in the audit trail)")
_REASON = typer.Option("--reason", help="why (recorded in the audit trail)")


@alerts_app.command("ack")
def ack_cmd(ctx: typer.Context, alert_id: str, actor: Annotated[str, _ACTOR],
            reason: Annotated[str, _REASON] = "") -> None:
    """Acknowledge an alert."""
    _transition(ctx, alert_id, "acknowledged", actor, reason)


@alerts_app.command("escalate")
def escalate_cmd(ctx: typer.Context, alert_id: str, actor: Annotated[str, _ACTOR],
                 reason: Annotated[str, _REASON]) -> None:
    """Escalate an alert (also reopens a dismissed one)."""
    _transition(ctx, alert_id, "escalated", actor, reason)


@alerts_app.command("dismiss")
def dismiss_cmd(ctx: typer.Context, alert_id: str, actor: Annotated[str, _ACTOR],
                reason: Annotated[str, _REASON]) -> None:
    """Dismiss an alert."""
    _transition(ctx, alert_id, "dismissed", actor, reason)


@alerts_app.command("snooze")
def snooze_cmd(ctx: typer.Context, country: str, kind: Annotated[str, typer.Argument(help="alert kind or '*'")],
               until: Annotated[str, typer.Option("--until", help="ISO 8601 end, e.g. 2026-03-01T00:00Z")],
               actor: Annotated[str, _ACTOR], reason: Annotated[str, _REASON]) -> None:
    """Stop notifications for a country and kind until a time (alerts are still recorded)."""
    from alerts import LifecycleError, snooze
    from store import utc_now

    store = _open_store(ctx)
    try:
        entry = snooze(store, country, kind, _parse_when(until), actor, reason, utc_now())
    except LifecycleError as exc:
        _fail(str(exc))
    finally:
        store.close()
    typer.echo(f"snoozed {entry.country}/{entry.kind} until {entry.until.isoformat()}")


@alerts_app.command("run")
def run_cmd(ctx: typer.Context,
            now: Annotated[str | None, typer.Option(help="evaluate as of this time (default: now)")] = None,
            notify: Annotated[bool, typer.Option(help="deliver notifications")] = True) -> None:
    """Recompute recent signals, run detectors and rules, open or update alerts, notify."""
    from alerts import run_alerts

    settings = resolved(ctx).settings
    store = _open_store(ctx)
    try:
        report = run_alerts(store, settings.alerts, now=_parse_when(now) if now else None,
                            notifiers=make_shell_notifiers(settings) if notify else None)
    finally:
        store.close()
    typer.echo(f"{report.series} series, {report.firings} firings: {report.opened} opened, {report.updated} "
               f"updated; delivered {report.delivery.delivered}, retrying {report.delivery.retried}, "
               f"dead letters {report.delivery.dead}")


@alerts_app.command("risk")
def risk_cmd(ctx: typer.Context, day: Annotated[str | None, typer.Option(help="as of this day")] = None,
             top: Annotated[int, typer.Option(help="countries shown")] = 20,
             as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """Risk index (0-100) per country with its components."""
    from dataclasses import asdict

    from alerts import risk_indices

    settings = resolved(ctx).settings.alerts
    store = _open_store(ctx)
    try:
        risks = risk_indices(store, settings.risk, settings.signals, date.fromisoformat(day) if day else
                             datetime.now(UTC).date())[:top]
    finally:
        store.close()
    if as_json:
        print(json.dumps([asdict(r) for r in risks], indent=2, default=str))
        return
    for r in risks:
        typer.echo(f"{r.country} {r.score:5.1f}  " + ", ".join(f"{c.name}={c.value:.3g} ({c.points:.1f} pts)"
                                                                for c in r.components))


@alerts_app.command("feed")
def feed_cmd(ctx: typer.Context, watchlist: Annotated[str, typer.Argument(help="watchlist name")] = "all",
             out: Annotated[Path | None, typer.Option(help="write here instead of stdout")] = None) -> None:
    """The Atom feed of a watchlist's alerts (serve the file to any feed reader)."""
    from alerts import atom_feed
    from store import utc_now

    settings = resolved(ctx).settings.alerts
    chosen = [w for w in settings.notify.watchlists if w.name == watchlist]
    if not chosen:
        _fail(f"no watchlist {watchlist!r}; known: {[w.name for w in settings.notify.watchlists]}")
    store = _open_store(ctx)
    try:
        xml = atom_feed(store.list_alerts(limit=500), chosen[0], settings.notify.base_url, utc_now())
    finally:
        store.close()
    if out:
        out.write_text(xml, encoding="utf-8")
    else:
        print(xml)


@alerts_app.command("digest")
def digest_cmd(ctx: typer.Context,
               send: Annotated[bool, typer.Option("--send", help="also email it to alerts.notify.email")] = False
               ) -> None:
    """The daily digest: alerts of the last 24 hours and the riskiest countries."""
    from alerts import DeliveryError, EmailNotifier, daily_digest
    from store import utc_now

    settings = resolved(ctx).settings.alerts
    store = _open_store(ctx)
    try:
        digest = daily_digest(store, settings, utc_now())
    finally:
        store.close()
    print(digest.text)
    if send:
        try:
            EmailNotifier(settings.notify.email).send_text(f"[Tocsin] daily digest {digest.until:%Y-%m-%d}",
                                                           digest.text)
        except (ValueError, DeliveryError) as exc:
            _fail(f"digest not sent: {exc}")


@alerts_app.command("outbox")
def outbox_cmd(ctx: typer.Context, dead: Annotated[bool, typer.Option("--dead", help="dead letters only")] = False
               ) -> None:
    """Notifications: delivered, pending and dead letters with their last error."""
    store = _open_store(ctx)
    try:
        items = store.list_outbox(dead_only=dead)
    finally:
        store.close()
    for i in items:
        state = "delivered" if i.delivered_at else "DEAD" if i.dead_at else "pending"
        typer.echo(f"{i.id} {i.channel} {i.alert_id} {state} attempts={i.attempts} {i.last_error or ''}")


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")

    @app.command()
    def backtest(ctx: typer.Context,
                 data: Annotated[Path, typer.Option("--data", help="JSONL stream: published, title, link, ...")],
                 day_from: Annotated[str | None, typer.Option("--from", help="first day alerts are evaluated")] = None,
                 day_to: Annotated[str | None, typer.Option("--to", help="last day replayed")] = None,
                 skip_bad_lines: Annotated[bool, typer.Option(help="skip and count bad lines instead of failing")
                                           ] = False,
                 as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False) -> None:
        """Replay a time-stamped stream through analysis and alerts, day by day, in a temporary store."""
        from tocsin.backtest import BacktestError, run_backtest

        try:
            result = run_backtest(data, resolved(ctx).settings, date.fromisoformat(day_from) if day_from else None,
                                  date.fromisoformat(day_to) if day_to else None, skip_bad_lines)
        except BacktestError as exc:
            _fail(str(exc))
        if as_json:
            print(json.dumps(result.to_json(), ensure_ascii=False))
            return
        typer.echo(f"{result.lines} lines, {result.documents} documents, {result.days} days, "
                   f"{len(result.skipped_lines)} bad lines skipped; {len(result.alerts)} alerts")
        for a in result.alerts:
            typer.echo(f"- {a['opened_at']} {a['country']} {a['kind']} [{a['severity']}] {a['detector']}: "
                       f"{a['explanation']}\n  evidence: {', '.join(a['evidence'][:5])}")
