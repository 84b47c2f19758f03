"""The alerts docs cover every setting and command, and the example TOML is valid and complete."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel

from alerts.settings import AlertsSettings
from tocsin.commands.alerts import alerts_app
from tocsin.settings import load_settings

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _leaves(model: type[BaseModel], prefix: str) -> list[str]:
    out = []
    for name, field in model.model_fields.items():
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out += _leaves(ann, f"{prefix}.{name}")
        else:
            out.append(f"{prefix}.{name}")
    return out


def test_every_setting_and_command_is_documented():
    text = (DOCS / "alerts.md").read_text(encoding="utf-8")
    missing = [name for name in _leaves(AlertsSettings, "alerts") if f"`{name}`" not in text]
    assert missing == []
    commands = [c.name or c.callback.__name__ for c in alerts_app.registered_commands]
    assert [c for c in commands if f"tocsin alerts {c}" not in text] == []
    assert "tocsin backtest" in text


def test_example_toml_is_valid_and_equals_the_defaults(tmp_path):
    example = (DOCS / "tocsin.example.toml").read_text(encoding="utf-8")
    tomllib.loads(example)
    config = tmp_path / "tocsin.toml"
    config.write_text(example, encoding="utf-8")
    loaded = load_settings(config, env={}).settings.alerts
    assert loaded == AlertsSettings()


def test_secrets_are_refused_in_the_file(tmp_path):
    import pytest

    from tocsin.settings import SettingsError

    config = tmp_path / "tocsin.toml"
    config.write_text('[alerts.notify.webhook]\nsecret = "x"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="TOCSIN_ALERTS__NOTIFY__WEBHOOK__SECRET"):
        load_settings(config, env={})
    env = {"TOCSIN_ALERTS__NOTIFY__WEBHOOK__SECRET": "s3cret"}
    assert load_settings(None, env=env).settings.alerts.notify.webhook.secret == "s3cret"
