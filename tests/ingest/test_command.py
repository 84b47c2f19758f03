"""``tocsin ingest`` through the real CLI, offline (demo sources on 127.0.0.1)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from store.sqlite import SQLiteStore
from tocsin.cli import app


def test_ingest_demo_then_filtered_rerun(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # no tocsin.toml here
    db = tmp_path / "t.db"
    runner = CliRunner()
    first = runner.invoke(app, ["--db", str(db), "ingest", "--demo"])
    assert first.exit_code == 0, first.output
    assert "7 new" in first.output and "demo-afrique" in first.output
    again = runner.invoke(app, ["--db", str(db), "ingest", "--demo", "--source", "demo-wire"])
    assert again.exit_code == 0 and "1 sources" in again.output and "0 new" in again.output
    store = SQLiteStore(db)
    try:
        assert store.count_documents() == 7
    finally:
        store.close()


def test_unknown_source_id_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "t.db"), "ingest", "--demo", "--source", "nope"])
    assert result.exit_code == 2 and "unknown source id" in result.output
