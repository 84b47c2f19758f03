"""``tocsin purge``: apply the ``[retention]`` settings (``--dry-run`` counts without deleting)."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from typing import Annotated

import typer

from tocsin.context import resolved


def register(app: typer.Typer) -> None:
    @app.command("purge")
    def purge_cmd(ctx: typer.Context,
                  dry_run: Annotated[bool, typer.Option("--dry-run", help="count what would go; change nothing")]
                  = False,
                  actor: Annotated[str | None, typer.Option(help="who purges (default: the OS user)")] = None
                  ) -> None:
        """Purge records older than their [retention] setting; a real purge is recorded in the audit chain."""
        from store import open_store
        from store.retention import RECORD_CLASSES, purge

        settings = resolved(ctx).settings
        store = open_store(settings.store)
        try:
            report = purge(store, settings.retention, datetime.now(UTC), actor or getpass.getuser(), dry_run=dry_run)
        except TypeError as exc:
            typer.secho(str(exc), fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from exc
        finally:
            store.close()
        verb = "would purge" if dry_run else "purged"
        for name in RECORD_CLASSES:
            if name in report.cutoffs:
                typer.echo(f"{name}: {verb} {report.counts.get(name, 0)} (older than {report.cutoffs[name]:%Y-%m-%d})")
            else:
                typer.echo(f"{name}: kept forever (retention.{name}_days not set)")
        if report.audit_seq is not None:
            typer.echo(f"recorded as audit record {report.audit_seq}")
