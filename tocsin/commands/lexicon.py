"""``tocsin lexicon check`` and ``tocsin lexicon list``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tocsin.context import resolved


def register(app: typer.Typer) -> None:
    lexicon_app = typer.Typer(help="Dehumanization lexicons: validate and list.", no_args_is_help=True)

    @lexicon_app.command("check")
    def check(ctx: typer.Context,
              paths: Annotated[list[Path] | None, typer.Argument(help="files or folders; default: bundled + "
                                                                       "nlp.extra_lexicons")] = None) -> None:
        """Validate lexicon files (schema, duplicates, categories, languages, sources); exit 1 on problems."""
        from nlp.lexicons import builtin_dir, check_paths

        targets = list(paths) if paths else [builtin_dir(), *resolved(ctx).settings.nlp.extra_lexicons]
        lexicons, problems = check_paths(targets)
        for lex in lexicons:
            typer.echo(f"ok  {lex.language} v{lex.version}: {len(lex.entries)} entries, {len(lex.groups)} groups")
        for problem in problems:
            typer.echo(f"ERROR {problem}", err=True)
        if problems:
            raise typer.Exit(1)

    @lexicon_app.command("list")
    def list_cmd(ctx: typer.Context,
                 language: Annotated[str | None, typer.Option("--lang", help="only this language")] = None,
                 kind: Annotated[str | None, typer.Option(help="metaphor, eliminationist or coded")] = None) -> None:
        """Print lexicon entries: language, kind, category, term, country/meaning, source."""
        from nlp.lexicons import load_lexicons

        lexset = load_lexicons(list(resolved(ctx).settings.nlp.extra_lexicons))
        for lang in lexset.languages:
            if language and lang != language:
                continue
            for lex in lexset.by_language[lang]:
                for e in lex.entries:
                    if kind and e.kind != kind:
                        continue
                    extra = f" [{e.country}: {e.meaning}]" if e.kind == "coded" else ""
                    typer.echo(f"{lang}\t{lex.version}\t{e.kind}\t{e.category or '-'}\t{e.term}{extra}\t{e.source}")

    app.add_typer(lexicon_app, name="lexicon")
