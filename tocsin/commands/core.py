"""``tocsin init``, ``status`` and ``search``: the store as a user sees it."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from store import open_store
from tocsin.context import resolved


def register(app: typer.Typer) -> None:
    @app.command()
    def init(ctx: typer.Context) -> None:
        """Create the database (or migrate it to the current schema) and load the configured sources."""
        from ingest import load_sources

        settings = resolved(ctx).settings
        store = open_store(settings.store)
        try:
            sources = load_sources(settings.ingest.sources)
            store.upsert_sources(sources)
            typer.echo(f"store ready: {settings.store.backend} {settings.store.path} "
                       f"(schema version {store.schema_version()}), {len(sources)} sources loaded")
        finally:
            store.close()

    @app.command()
    def status(ctx: typer.Context,
               as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """Documents per source, with last success and last error of each."""
        store = open_store(resolved(ctx).settings.store)
        try:
            health = store.source_health()
            total = store.count_documents()
        finally:
            store.close()
        if as_json:
            print(json.dumps({"documents": total, "sources": [h.model_dump(mode="json") for h in health]}, indent=2))
            return
        table = Table("source", "documents", "last 24 h", "last success", "last error", title=f"{total} documents")
        for h in health:
            table.add_row(h.source_id, str(h.documents_total), str(h.items_last_24h),
                          h.last_success_at.isoformat(timespec="seconds") if h.last_success_at else "never",
                          f"{h.last_error_at.isoformat(timespec='seconds')}: {h.last_error}" if h.last_error else "")
        Console().print(table)

    @app.command()
    def search(ctx: typer.Context, query: Annotated[str, typer.Argument(help="words to find in title or text")],
               limit: Annotated[int, typer.Option(help="most hits to show")] = 20,
               source: Annotated[list[str] | None, typer.Option("--source", help="only these source ids")] = None,
               as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """Full-text search over stored documents (title and text)."""
        from store import DocumentFilter

        store = open_store(resolved(ctx).settings.store)
        try:
            hits = store.search(query, DocumentFilter(source_ids=source) if source else None, limit=limit)
        finally:
            store.close()
        if as_json:
            print(json.dumps([{"id": h.document.id, "title": h.document.title, "url": h.document.url,
                               "source_id": h.document.source_id, "score": h.score, "snippet": h.snippet}
                              for h in hits], indent=2, ensure_ascii=False))
            return
        if not hits:
            typer.echo(f"no document matches {query!r}")
        for h in hits:
            typer.echo(f"{h.score:6.2f}  {h.document.source_id}  {h.document.title}\n        {h.document.url}\n"
                       f"        {h.snippet}")
