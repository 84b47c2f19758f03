"""``tocsin audit verify|list|purge``: the hash-chained audit log of decisions, exports and purges."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Annotated, Any

import typer

from tocsin.context import resolved

audit_app = typer.Typer(help="The append-only, hash-chained audit log: verify it, read it, purge old records.",
                        no_args_is_help=True)


def _chain_store(ctx: typer.Context) -> Any:
    from store import open_store
    from store.audit import AuditLogStore

    store = open_store(resolved(ctx).settings.store)
    if not isinstance(store, AuditLogStore):
        store.close()
        typer.secho(f"the {resolved(ctx).settings.store.backend} backend has no audit chain yet; use SQLite",
                    fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    return store


@audit_app.command("verify")
def verify_cmd(ctx: typer.Context,
               expect_head: Annotated[str | None, typer.Option(
                   "--expect-head", help="head hash recorded earlier; catches a dropped tail or a rebuilt chain")]
               = None) -> None:
    """Check every link of the chain; exit 1 and name the first bad record if it does not verify."""
    from store.audit import verify_chain

    store = _chain_store(ctx)
    try:
        anchor = store.audit_anchor()
        report = verify_chain(store.iter_audit_records(), anchor, expect_head=expect_head)
    finally:
        store.close()
    start = "the beginning" if anchor.seq == 0 else f"anchor {anchor.seq} (purged by {anchor.actor}: {anchor.reason})"
    if not report.ok:
        typer.secho(f"audit chain BROKEN: {report.problem}", fg=typer.colors.RED, err=True)
        typer.echo(f"verified {report.records} records from {start} before the break")
        raise typer.Exit(1)
    typer.echo(f"audit chain OK: {report.records} records from {start}; head {report.head_seq or 0} {report.head_hash}")
    typer.echo("record the head hash elsewhere and pass it later as --expect-head")


@audit_app.command("list")
def list_cmd(ctx: typer.Context,
             subject: Annotated[str | None, typer.Option(help="only this subject (alert id, review target...)")]
             = None,
             actor: Annotated[str | None, typer.Option(help="only this actor")] = None,
             limit: Annotated[int, typer.Option(min=1, help="most records, newest first")] = 50,
             as_json: Annotated[bool, typer.Option("--json", help="one JSON object per line")] = False) -> None:
    """The most recent audit records (newest first)."""
    store = _chain_store(ctx)
    try:
        records = store.list_audit_records(subject=subject, actor=actor, limit=limit)
    finally:
        store.close()
    for item in records:
        if as_json:
            typer.echo(item.model_dump_json())
            continue
        r = item.record
        typer.echo(f"{item.seq}\t{r.at.isoformat()}\t{r.actor}\t{r.action}\t{r.subject}\t"
                   f"{json.dumps(r.details, ensure_ascii=False)}")


@audit_app.command("purge")
def purge_cmd(ctx: typer.Context,
              before: Annotated[str, typer.Option(help="delete records older than this day (YYYY-MM-DD)")],
              reason: Annotated[str, typer.Option(help="why (kept in the chain with the purge)")],
              actor: Annotated[str | None, typer.Option(help="who purges (default: the OS user)")] = None,
              yes: Annotated[bool, typer.Option("--yes", help="do not ask for confirmation")] = False) -> None:
    """Admin only: delete old audit records. The chain keeps verifying from an anchor, and the purge is recorded."""
    try:
        cutoff = datetime.fromisoformat(before)
    except ValueError as exc:
        raise typer.BadParameter(f"{before!r}: give a day as YYYY-MM-DD") from exc
    cutoff = cutoff if cutoff.tzinfo else cutoff.replace(tzinfo=UTC)
    if not yes:
        typer.confirm(f"delete audit records before {cutoff.isoformat()}? This cannot be undone", abort=True)
    store = _chain_store(ctx)
    try:
        deleted = store.purge_audit_records(cutoff, actor or getpass.getuser(), reason, datetime.now(UTC))
    except ValueError as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    typer.echo(f"deleted {deleted} audit records before {cutoff.date()}; the purge itself is recorded in the chain")


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
