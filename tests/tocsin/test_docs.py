"""Every setting and CLI command is documented, and the generated docs are current."""

from __future__ import annotations

import tomllib

from tocsin.docs import (
    DOCS,
    cli_markdown,
    example_toml,
    settings_markdown,
    undocumented_commands,
    undocumented_settings,
)
from tocsin.settings import load_settings


def test_every_setting_has_a_description() -> None:
    assert undocumented_settings() == []


def test_every_command_has_help() -> None:
    assert undocumented_commands() == []


def test_generated_docs_are_current() -> None:
    stale = [name for name, text in (("configuration.md", settings_markdown()), ("cli.md", cli_markdown()))
             if (DOCS / name).read_text(encoding="utf-8") != text]
    assert stale == [], f"run `python -m tocsin.docs` to regenerate {stale}"


def test_example_toml_is_current_and_loads_to_the_defaults() -> None:
    path = DOCS.parent / "tocsin.example.toml"
    assert path.read_text(encoding="utf-8") == example_toml(), "run `python -m tocsin.docs`"
    tomllib.loads(path.read_text(encoding="utf-8"))
    assert load_settings(path, env={}).settings == load_settings(None, env={}).settings
