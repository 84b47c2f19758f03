"""``tocsin analyze-text``, ``analyze`` and ``evaluate``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tocsin.context import resolved


def register(app: typer.Typer) -> None:
    @app.command("analyze-text")
    def analyze_text_cmd(ctx: typer.Context, text: Annotated[str, typer.Argument(help="the text to analyse")],
                         lang: Annotated[str | None, typer.Option(help="language code; detected if omitted")] = None,
                         as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """Findings (dehumanization, eliminationist rhetoric) and violence events in one text."""
        from nlp import TextContext, analyze_text, make_analyzers

        settings = resolved(ctx).settings
        result = analyze_text(text, make_analyzers(settings.nlp), TextContext(language=lang))
        if as_json:
            print(result.model_dump_json(indent=2))
            return
        typer.echo(f"language: {result.language}")
        for f in result.findings:
            speaker = f"{f.speaker.name or '?'} ({f.speaker.role})" if f.speaker else "unattributed"
            typer.echo(f"- {'+'.join(f.labels)} score={f.score:.2f} targets={f.target_groups} speaker={speaker}\n"
                       f"  evidence: {[s.text for s in f.evidence]}")
        for e in result.events:
            typer.echo(f"- event {e.type}/{e.sub_type} country={e.country} fatalities={e.fatalities.best} "
                       f"date={e.event_date}\n  evidence: {e.evidence.text}")
        if not result.findings and not result.events:
            typer.echo("nothing found")

    @app.command()
    def analyze(ctx: typer.Context,
                worker: Annotated[bool, typer.Option("--worker", help="keep polling for new documents")] = False
                ) -> None:
        """Run the analysis stage over stored documents not yet analysed at the current versions."""
        from tocsin.stages import run_analysis

        report = run_analysis(resolved(ctx).settings, loop=worker)
        typer.echo(f"analysed {report.analysed}, findings {report.findings}, events {report.events}, "
                   f"quarantined {report.quarantined}")

    evaluate_app = typer.Typer(help="Score the analyzers on a labelled file.", no_args_is_help=True)

    @evaluate_app.command("dehumanization")
    def evaluate_dehumanization(
            ctx: typer.Context,
            data: Annotated[Path, typer.Option("--data", help="CSV, CSV.GZ or JSONL file")],
            text_col: Annotated[str, typer.Option("--text-col")] = "text",
            label_col: Annotated[str, typer.Option("--label-col", help="0/1 label")] = "label",
            lang_col: Annotated[str | None, typer.Option("--lang-col", help="language column, optional")] = None,
            as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """Precision, recall and F1 of dehumanization detection, overall and per language."""
        from nlp.evaluation.dehumanization import evaluate_file

        result = evaluate_file(data, text_col=text_col, label_col=label_col, lang_col=lang_col,
                               settings=resolved(ctx).settings.nlp)
        print(json.dumps(result, indent=None if as_json else 2, ensure_ascii=False))

    @evaluate_app.command("events")
    def evaluate_events(
            ctx: typer.Context,
            data: Annotated[Path, typer.Option("--data", help="CSV, CSV.GZ or JSONL file")],
            text_col: Annotated[str, typer.Option("--text-col")] = "text",
            label_col: Annotated[str, typer.Option("--label-col", help="0/1: a violence event occurred")] = "event",
            type_col: Annotated[str, typer.Option("--type-col")] = "type",
            country_col: Annotated[str, typer.Option("--country-col")] = "country",
            fatalities_col: Annotated[str, typer.Option("--fatalities-col")] = "fatalities",
            as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """Event detection P/R/F1 and, where the columns exist, type, country and fatalities accuracy."""
        from nlp.evaluation.events import evaluate_file

        result = evaluate_file(data, text_col=text_col, label_col=label_col, type_col=type_col,
                               country_col=country_col, fatalities_col=fatalities_col,
                               settings=resolved(ctx).settings.nlp)
        print(json.dumps(result, indent=None if as_json else 2, ensure_ascii=False))

    app.add_typer(evaluate_app, name="evaluate")
