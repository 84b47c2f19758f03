"""``tocsin store copy`` and ``tocsin store info``: move a deployment between backends."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated

import typer

from tocsin.context import resolved

store_app = typer.Typer(help="Inspect the store; copy it between SQLite and Elasticsearch.", no_args_is_help=True)


def parse_store_spec(spec: str, base):  # base: store.StoreSettings
    """``sqlite:PATH`` or ``elasticsearch:URL`` -> StoreSettings (credentials stay those of ``base``)."""
    kind, _, where = spec.partition(":")
    if kind == "sqlite" and where:
        return base.model_copy(update={"backend": "sqlite", "path": Path(where)})
    if kind in ("elasticsearch", "es", "opensearch") and where.startswith(("http://", "https://")):
        return base.model_copy(update={"backend": "elasticsearch", "url": where})
    raise typer.BadParameter(f"{spec!r}: use sqlite:PATH or elasticsearch:http(s)://HOST:PORT")


def _state_file(source: str, destination: str) -> Path:
    digest = hashlib.sha256(f"{source}\n{destination}".encode()).hexdigest()[:12]
    return Path("var") / f"store-copy-{digest}.json"


@store_app.command("copy")
def copy_cmd(ctx: typer.Context,
             source: Annotated[str, typer.Option("--from", help="sqlite:PATH or elasticsearch:URL")],
             destination: Annotated[str, typer.Option("--to", help="sqlite:PATH or elasticsearch:URL")],
             state: Annotated[Path | None, typer.Option(help="checkpoint file (default var/store-copy-<hash>.json)")]
             = None,
             batch_size: Annotated[int, typer.Option(min=1, help="records per bulk write")] = 500,
             restart: Annotated[bool, typer.Option(help="ignore an existing checkpoint")] = False) -> None:
    """Copy every record (sources with feed state and health, documents, captures, analyses, events,
    signals, alerts with audit, outbox state, snoozes, reviews, accounts, export log, cluster
    signatures, quarantine); resumes an interrupted copy from its checkpoint."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from store import open_store
    from store.copy import copy_store

    base = resolved(ctx).settings.store
    src_settings, dst_settings = parse_store_spec(source, base), parse_store_spec(destination, base)
    state = state or _state_file(source, destination)
    state.parent.mkdir(parents=True, exist_ok=True)
    if restart and state.exists():
        state.unlink()
    src, dst = open_store(src_settings), open_store(dst_settings)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn()) as bar:
            tasks: dict[str, int] = {}

            def progress(step: str, done: int, total: int | None) -> None:
                if step not in tasks:
                    tasks[step] = bar.add_task(step, total=total)
                bar.update(tasks[step], completed=done, total=total)

            report = copy_store(src, dst, state_path=state, batch_size=batch_size, progress=progress)
    finally:
        src.close()
        dst.close()
    resumed = f" (resumed; skipped {report.skipped})" if report.resumed else ""
    typer.echo(f"copied {report.copied}{resumed}; checkpoint {state}")
    for step, why in report.not_copied.items():
        typer.echo(f"not copied: {step}: {why}", err=True)


def _capabilities(store: object) -> list[str]:
    from store import AccountsStore, AlertingStore, ClusteringStore
    from store.audit import AuditLogStore
    from store.retention import RetentionStore

    protocols = (AlertingStore, AccountsStore, ClusteringStore, AuditLogStore, RetentionStore)
    return [p.__name__ if isinstance(store, p) else f"no {p.__name__}" for p in protocols]


@store_app.command("info")
def info_cmd(ctx: typer.Context) -> None:
    """Backend, schema version and record counts of the configured store."""
    from store import open_store

    settings = resolved(ctx).settings.store
    store = open_store(settings)
    try:
        where = settings.path if settings.backend == "sqlite" else settings.url
        typer.echo(f"backend: {settings.backend} {where} ({store!r})")
        typer.echo(f"schema version: {store.schema_version()}")
        typer.echo(f"documents: {store.count_documents()}")
        for source_id, n in sorted(store.count_documents_by_source().items()):
            typer.echo(f"  {source_id}: {n}")
        typer.echo(f"sources: {len(store.list_sources())}, alerts: {len(store.list_alerts())}, "
                   f"claims held: {len(store.list_claims())}, quarantined: {len(store.list_quarantine())}")
        typer.echo(f"capabilities: {', '.join(_capabilities(store))}")
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    app.add_typer(store_app, name="store")
