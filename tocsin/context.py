"""What the CLI callback hands to every command: where settings come from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import typer

from tocsin.settings import ResolvedSettings, SettingsError, load_settings

__all__ = ["AppState", "resolved"]


@dataclass
class AppState:
    config_path: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def resolved(self) -> ResolvedSettings:
        try:
            return load_settings(self.config_path, overrides=self.overrides)
        except SettingsError as exc:
            typer.secho(str(exc), fg=typer.colors.RED, err=True)
            raise typer.Exit(2) from exc


def resolved(ctx: typer.Context) -> ResolvedSettings:
    state = ctx.obj if isinstance(ctx.obj, AppState) else AppState()
    return state.resolved
