"""``tocsin ui`` (the Streamlit app), ``tocsin export`` and ``tocsin users add|list``."""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from store import open_store
from tocsin.context import resolved


def _app_environment(ctx: typer.Context) -> dict[str, str]:
    """The resolved settings, passed to the app as TOCSIN_* variables (the app's settings edge)."""
    state = resolved(ctx)
    env = dict(os.environ)
    for name, value, origin in state.rows():
        if origin != "default" and value != "********":
            env["TOCSIN_" + name.upper().replace(".", "__")] = value if not value.startswith('"') else json.loads(value)
    env["TOCSIN_STORE__PATH"] = str(Path(state.settings.store.path).resolve())
    return env


def register(app: typer.Typer) -> None:
    @app.command("ui")
    def ui_cmd(ctx: typer.Context,
               port: Annotated[int | None, typer.Option(help="port (default ui.port)")] = None) -> None:
        """Start the Streamlit interface on ui.host (127.0.0.1 by default)."""
        from ui.auth import LoginFailed, check_auth_mode

        settings = resolved(ctx).settings
        try:
            check_auth_mode(settings.ui.auth, settings.ui.host)
        except LoginFailed as exc:
            typer.secho(str(exc), fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from exc
        script = Path(__file__).resolve().parents[2] / "ui" / "app.py"
        cmd = [sys.executable, "-m", "ui.serve", "run", str(script), "--server.address", settings.ui.host,
               "--server.port", str(port or settings.ui.port), "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--global.developmentMode", "false"]
        typer.echo(f"Tocsin UI on http://{settings.ui.host}:{port or settings.ui.port} (Ctrl-C stops it)")
        raise typer.Exit(subprocess.call(cmd, env=_app_environment(ctx)))

    @app.command("export")
    def export_cmd(ctx: typer.Context,
                   fmt: Annotated[str, typer.Option("--format", help="jsonl|csv|parquet|docbin|labelstudio")],
                   out: Annotated[Path, typer.Option("--out", help="file to write (data card beside it)")],
                   country: Annotated[list[str] | None, typer.Option("--country", help="ISO alpha-3; repeat")] = None,
                   day_from: Annotated[str | None, typer.Option("--from", help="published on/after DAY")] = None,
                   day_to: Annotated[str | None, typer.Option("--to", help="published on/before DAY")] = None,
                   rehydrate: Annotated[bool, typer.Option("--rehydrate", help="URLs and offsets only")] = False,
                   pseudonymize: Annotated[bool, typer.Option(
                       "--pseudonymize", help="replace person names with keyed pseudonyms (key from env "
                       "TOCSIN_PSEUDONYM_KEY: stable across exports; without it, a random key per export)")] = False
                   ) -> None:
        """Export the annotated corpus (findings, events, spans, reviews) with a data card."""
        from rich.progress import Progress

        from tocsin.settings import pseudonym_key
        from ui.export import ExportFilter, export_corpus
        from ui.export_formats import Pseudonymizer

        try:
            flt = ExportFilter(countries=tuple(c.upper() for c in country or ()),
                               day_from=date.fromisoformat(day_from) if day_from else None,
                               day_to=date.fromisoformat(day_to) if day_to else None, rehydrate=rehydrate)
        except ValueError as exc:
            raise typer.BadParameter(f"{exc}; give days as YYYY-MM-DD") from exc
        store = open_store(resolved(ctx).settings.store)
        try:
            with Progress(transient=True) as progress:
                task = progress.add_task("exporting", total=None)
                pseudonymizer = Pseudonymizer(pseudonym_key()) if pseudonymize else None
                card = export_corpus(store, fmt, out, flt, actor=getpass.getuser(), pseudonymizer=pseudonymizer,
                                     on_progress=lambda done, total: progress.update(task, completed=done,
                                                                                      total=total))
        except ValueError as exc:
            typer.secho(str(exc), fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from exc
        finally:
            store.close()
        typer.echo(f"wrote {card.documents} documents ({card.findings} findings, {card.events} events) to {out}; "
                   f"data card {out}.datacard.md")

    users_app = typer.Typer(help="Local accounts for ui.auth = 'local'.", no_args_is_help=True)

    @users_app.command("add")
    def users_add(ctx: typer.Context, username: Annotated[str, typer.Argument(help="user name")],
                  role: Annotated[str, typer.Option(help="viewer, analyst or admin")] = "viewer",
                  password: Annotated[str | None, typer.Option(
                      help="password (prompted when omitted; or env TOCSIN_NEW_PASSWORD)")] = None) -> None:
        """Create or update a local account (password stored as a salted scrypt hash)."""
        from ui.actions import add_user
        from ui.auth import Role, User, make_account

        secret = password or os.environ.get("TOCSIN_NEW_PASSWORD") or typer.prompt(
            "password", hide_input=True, confirmation_prompt=True)
        try:
            make_account(username, secret, role)  # validate before opening the store
        except ValueError as exc:
            typer.secho(str(exc), fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from exc
        store = open_store(resolved(ctx).settings.store)
        try:  # whoever holds the store file on the shell is its administrator; the grant is chained
            account = add_user(store, User(name=f"cli:{getpass.getuser()}", role=Role.ADMIN), username, secret, role)
        finally:
            store.close()
        typer.echo(f"user {account.username} ({account.role}) saved")

    @users_app.command("list")
    def users_list(ctx: typer.Context) -> None:
        """List local accounts (never their password hashes)."""
        store = open_store(resolved(ctx).settings.store)
        try:
            for account in store.list_users():
                typer.echo(f"{account.username}\t{account.role}\t{'disabled' if account.disabled else 'active'}")
        finally:
            store.close()

    app.add_typer(users_app, name="users")
