"""``tocsin run``: the main job, one cycle or a loop."""

from __future__ import annotations

import time
from contextlib import ExitStack
from typing import Annotated

import typer
from rich.console import Console

from tocsin.context import resolved


def register(app: typer.Typer) -> None:
    @app.command()
    def run(ctx: typer.Context,
            loop: Annotated[bool, typer.Option("--loop", help="repeat cycles until interrupted")] = False,
            interval: Annotated[int, typer.Option(help="seconds between cycles with --loop", min=1)] = 300,
            demo: Annotated[bool, typer.Option(
                "--demo", help="use the bundled illustrative demo sources, served on 127.0.0.1 (offline)")] = False,
            cycles: Annotated[int | None, typer.Option(help="stop after this many cycles (with --loop)")] = None
            ) -> None:
        """Ingest, analyse and raise alerts: one cycle, or repeatedly with --loop."""
        from tocsin.report import print_cycle, print_store_summary
        from tocsin.stages import open_settings_store, run_cycle

        settings = resolved(ctx).settings
        console = Console()
        with ExitStack() as stack:
            sources = None
            if demo:
                from ingest.demo import demo_sources, serve_demo

                base = stack.enter_context(serve_demo())
                sources = demo_sources(base)
                console.print(f"[bold]demo mode[/]: {len(sources)} illustrative sources served at {base} "
                              "(content written for this project, not real news)")
            store = stack.enter_context(open_settings_store(settings))
            done = 0
            while True:
                before = store.count_documents()
                report = run_cycle(settings, store, sources)
                done += 1
                print_cycle(console, report, before, store.count_documents())
                if not loop or (cycles is not None and done >= cycles):
                    break
                time.sleep(interval)
            print_store_summary(console, store, settings)
            if report.errors:
                raise typer.Exit(1)

