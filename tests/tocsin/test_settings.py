"""Settings precedence: defaults < tocsin.toml < TOCSIN_* environment < flags; secrets never in files."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tocsin.cli import app
from tocsin.settings import SettingsError, load_settings


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_precedence_and_origins(tmp_path: Path) -> None:
    cfg = write(tmp_path / "tocsin.toml", '[store]\npath = "from-file.db"\n[ingest]\ntimeout_s = 5\n')
    r = load_settings(cfg, env={"TOCSIN_INGEST__TIMEOUT_S": "7"}, overrides={"store.path": "from-flag.db"})
    assert str(r.settings.store.path) == "from-flag.db"
    assert r.settings.ingest.timeout_s == 7
    origins = {name: origin for name, _, origin in r.rows()}
    assert origins["store.path"] == "flag"
    assert origins["ingest.timeout_s"] == "env TOCSIN_INGEST__TIMEOUT_S"
    assert origins["ingest.max_bytes"] == "default"
    r2 = load_settings(cfg, env={})
    assert {n: o for n, _, o in r2.rows()}["store.path"] == f"file {cfg}"


def test_invalid_value_names_setting_and_origin(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"ingest.timeout_s \(env TOCSIN_INGEST__TIMEOUT_S\)"):
        load_settings(None, env={"TOCSIN_INGEST__TIMEOUT_S": "-1"})


def test_unknown_setting_is_an_error(tmp_path: Path) -> None:
    cfg = write(tmp_path / "t.toml", "[store]\npaht = 'typo.db'\n")
    with pytest.raises(SettingsError, match="store.paht"):
        load_settings(cfg, env={})


def test_secrets_refused_in_files_and_masked(tmp_path: Path) -> None:
    cfg = write(tmp_path / "t.toml", "[store]\npassword = 'hunter2'\n")
    with pytest.raises(SettingsError, match="TOCSIN_STORE__PASSWORD"):
        load_settings(cfg, env={})
    r = load_settings(None, env={"TOCSIN_STORE__PASSWORD": "hunter2"})
    assert r.settings.store.password == "hunter2"
    shown = {n: v for n, v, _ in r.rows()}
    assert shown["store.password"] == "********"
    assert "hunter2" not in repr(r.settings)


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(tmp_path / "nope.toml", env={})


def test_config_show_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TOCSIN_INGEST__USER_AGENT", "tester")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), "config", "show", "--json"])
    assert result.exit_code == 0, result.output
    assert '"origin": "env TOCSIN_INGEST__USER_AGENT"' in result.output
    assert '"origin": "flag"' in result.output
