"""``tocsin ingest [--source ID] [--demo]``: poll feeds and pages into the store."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tocsin.context import resolved


def _table(report: object) -> Table:
    table = Table("source", "entries", "new", "updated", "dup", "304", "pages", "errors",
                  title=report.summary())  # type: ignore[attr-defined]
    for r in report.results:  # type: ignore[attr-defined]
        table.add_row(r.source_id, str(r.entries_seen), str(r.inserted), str(r.updated), str(r.duplicates),
                      str(r.not_modified), str(r.pages_fetched), "; ".join(r.errors)[:160],
                      style="red" if r.errors else None)
    return table


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(ctx: typer.Context,
               source: Annotated[list[str] | None, typer.Option(
                   "--source", "-s", help="only this source id (repeatable)")] = None,
               demo: Annotated[bool, typer.Option(
                   "--demo", help="ingest the bundled illustrative demo sources, served on 127.0.0.1")] = False
               ) -> None:
        """Poll the configured sources' feeds and pages once and store new documents."""
        from ingest import SourcesError, ingest_sources, load_sources
        from ingest.worker import StoreOpener
        from store import open_store

        settings = resolved(ctx).settings
        console = Console()
        with ExitStack() as stack:
            if demo:
                from ingest.demo import demo_sources, serve_demo

                sources = demo_sources(stack.enter_context(serve_demo()))
            else:
                try:
                    sources = load_sources(settings.ingest.sources)
                except SourcesError as exc:
                    typer.secho(str(exc), fg=typer.colors.RED, err=True)
                    raise typer.Exit(2) from exc
            if source:
                unknown = set(source) - {s.id for s in sources}
                if unknown:
                    typer.secho(f"unknown source id(s): {', '.join(sorted(unknown))}; `tocsin status` lists them",
                                fg=typer.colors.RED, err=True)
                    raise typer.Exit(2)
                sources = [s for s in sources if s.id in source]
            store = open_store(settings.store)
            stack.callback(store.close)
            progress = stack.enter_context(Progress(TextColumn("{task.description}"), BarColumn(),
                                                    MofNCompleteColumn(), TimeElapsedColumn(), transient=True))
            report = ingest_sources(store, sources, settings.ingest, progress=progress,
                                    store_opener=StoreOpener(settings.store))
        console.print(_table(report))
        if report.results and all(r.errors for r in report.results):
            raise typer.Exit(1)
