"""``tocsin config show``."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from tocsin.context import resolved


def register(app: typer.Typer) -> None:
    config_app = typer.Typer(help="Inspect configuration.", no_args_is_help=True)

    @config_app.command("show")
    def show(ctx: typer.Context,
             as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """Print every resolved setting and where it came from (default, file, env, flag)."""
        rows = resolved(ctx).rows()
        if as_json:
            print(json.dumps([{"name": n, "value": json.loads(v) if v != "********" else v, "origin": o}
                              for n, v, o in rows], indent=2, ensure_ascii=False))
            return
        table = Table("setting", "value", "origin")
        for row in rows:
            table.add_row(*row)
        Console().print(table)

    app.add_typer(config_app, name="config")
