"""``tocsin crawl [--source ID]``, ``tocsin sources`` (health, silent sources) and ``tocsin cluster``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from tocsin.context import resolved

_STATUS_STYLE = {"ok": "green", "silent": "bold yellow", "failing": "bold red", "never": "dim", "disabled": "dim"}


def _load_sources(settings: Any) -> list[Any]:
    from ingest import SourcesError, load_sources

    try:
        return load_sources(settings.ingest.sources)
    except SourcesError as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc


def _crawl_table(reports: list[Any]) -> Table:
    table = Table("source", "pages", "articles", "new", "unchanged", "known", "not article", "refused",
                  "errors", "s", title="crawl")
    table.columns[0].no_wrap = True
    for r in reports:
        problems = r.request_errors + r.too_large + r.too_many_redirects
        table.add_row(r.source_id, str(r.pages), str(r.articles), str(r.inserted), str(r.unchanged),
                      str(r.known_skipped), str(r.not_article), str(r.refused_unsafe + r.robots_forbidden),
                      str(problems) + (f" {r.error_samples[0][:80]}" if r.error_samples else ""), f"{r.seconds:.1f}",
                      style=None if r.ok else "red")
    return table


def register(app: typer.Typer) -> None:
    @app.command()
    def crawl(ctx: typer.Context,
              source: Annotated[list[str] | None, typer.Option(
                  "--source", "-s", help="only this source id (repeatable); default: every source with a crawl "
                                         "section")] = None,
              refetch: Annotated[bool, typer.Option(
                  "--refetch", help="fetch articles already stored again")] = False) -> None:
        """Crawl sources without feeds (statement pages, news sitemaps), each in its own process."""
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from ingest.crawl import CrawlError, run_crawl
        from store import open_store

        settings = resolved(ctx).settings
        sources = [s for s in _load_sources(settings) if s.crawl is not None and s.enabled]
        if source:
            unknown = set(source) - {s.id for s in sources}
            if unknown:
                typer.secho(f"no enabled source with a crawl section has id(s) {', '.join(sorted(unknown))}; "
                            "`tocsin sources` lists the sources", fg=typer.colors.RED, err=True)
                raise typer.Exit(2)
            sources = [s for s in sources if s.id in source]
        store = open_store(settings.store)
        try:
            store.upsert_sources(sources)
        finally:
            store.close()
        options = settings.crawl.model_copy(update={"refetch_known": refetch or settings.crawl.refetch_known})
        reports, failures = [], []
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()) as progress:
            for src in sources:
                task = progress.add_task(f"{src.id}: starting")

                def show(counts: dict[str, int], task: Any = task, name: str = src.id) -> None:
                    progress.update(task, description=f"{name}: {counts.get('pages', 0)} pages, "
                                    f"{counts.get('articles', 0)} articles, {counts.get('inserted', 0)} new")

                try:
                    reports.append(run_crawl(src, settings.store, options, on_progress=show))
                except CrawlError as exc:
                    failures.append(f"{src.id}: {exc}")
                progress.update(task, description=f"{src.id}: done")
        Console().print(_crawl_table(reports))
        for failure in failures:
            typer.secho(failure, fg=typer.colors.RED, err=True)
        if failures:
            raise typer.Exit(1)

    @app.command("sources")
    def sources_cmd(ctx: typer.Context,
                    silent_only: Annotated[bool, typer.Option(
                        "--silent", help="only silent or failing sources")] = False,
                    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """Source health: last success, last error, items per day and silent sources (a gap, not calm)."""
        from ingest.health import source_states
        from store import open_store

        settings = resolved(ctx).settings
        configured = _load_sources(settings)
        store = open_store(settings.store)
        try:
            states = source_states(store, datetime.now(UTC), settings.crawl.health, sources=configured)
        finally:
            store.close()
        if silent_only:
            states = [s for s in states if s.status in ("silent", "failing")]
        if as_json:
            print(json.dumps([s.model_dump(mode="json") for s in states], indent=2, ensure_ascii=False))
            return
        silent = sum(s.status == "silent" for s in states)
        table = Table("source", "kind", "status", "docs", "per day", "last item", "quiet h", "silent after h",
                      "last error", title=f"{len(states)} sources, {silent} silent")
        table.columns[0].no_wrap = True
        for s in states:
            table.add_row(s.source_id, str(s.kind or ""), s.status.value, str(s.documents_total),
                          f"{s.items_per_day:.1f}", s.last_item_at.isoformat(timespec="minutes") if s.last_item_at
                          else "never", f"{s.quiet_for_hours:.0f}" if s.quiet_for_hours is not None else "",
                          f"{s.silence_threshold_hours:.0f}", (s.last_error or "")[:60],
                          style=_STATUS_STYLE.get(s.status.value))
        Console().print(table)

    @app.command()
    def cluster(ctx: typer.Context,
                no_embeddings: Annotated[bool, typer.Option(
                    "--no-embeddings", help="near copies only (MinHash); skip cross-language embeddings")] = False,
                limit: Annotated[int | None, typer.Option(help="cluster at most this many documents")] = None
                ) -> None:
        """Give every unclustered document a near-duplicate cluster id; new documents join existing clusters."""
        from ingest.cluster import cluster_pending
        from store import open_store

        settings = resolved(ctx).settings
        cluster_settings = settings.crawl.cluster
        if no_embeddings:
            cluster_settings = cluster_settings.model_copy(update={"embeddings": False})
        store = open_store(settings.store)
        try:
            report = cluster_pending(store, cluster_settings, limit=limit)
        finally:
            store.close()
        typer.echo(f"clustered {report.documents} documents in {report.seconds:.1f} s: {report.new_clusters} new "
                   f"clusters, {report.near_copies} near copies, {report.translations} translations joined")
