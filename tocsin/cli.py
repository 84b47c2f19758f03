"""The ``tocsin`` command line. Each room's commands live in ``tocsin/commands/<room>.py``.

Commands are thin: they resolve settings and call a room's public function. Heavy imports
(spaCy, torch, Scrapy, Streamlit) happen inside commands so ``tocsin --help`` is instant.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Annotated

import typer

from tocsin.context import AppState

app = typer.Typer(help="Tocsin: early warning of mass-atrocity risk from news and official statements.",
                  no_args_is_help=True, pretty_exceptions_show_locals=False, add_completion=False)

# One module per room; each exposes register(app: typer.Typer).
COMMAND_MODULES = ["core", "config", "run", "nlp", "lexicon", "ui", "ingest", "alerts", "store", "crawl", "audit", "retention"]


@app.callback()
def main(ctx: typer.Context,
         config: Annotated[Path | None, typer.Option("--config", "-c", help="path to tocsin.toml")] = None,
         db: Annotated[Path | None, typer.Option("--db", help="SQLite database file (overrides store.path)")] = None,
         verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log what happens")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.obj = AppState(config_path=config, overrides={"store.path": str(db) if db else None})


for _name in COMMAND_MODULES:
    importlib.import_module(f"tocsin.commands.{_name}").register(app)
