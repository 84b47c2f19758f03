"""The main job, end to end and offline: `tocsin run --demo` twice on a fresh store."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from store import AlertStatus
from store.sqlite import SQLiteStore
from tocsin.cli import app


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "tocsin.db"
    result = CliRunner().invoke(app, ["--db", str(db), "run", "--demo"])
    assert result.exit_code == 0, result.output
    assert "documents stored" in result.output
    return db


def test_first_run_stores_analyses_and_alerts(demo_db: Path) -> None:
    store = SQLiteStore(demo_db)
    try:
        assert store.count_documents() >= 6
        analysed = {a.analyzer for a in store.iter_analyses()}
        assert analysed == {"dehumanization", "events"}
        findings = [f for a in store.iter_analyses("dehumanization") for f in a.findings]
        assert findings, "the demo has an official's dehumanizing rhetoric; it must be found"
        assert any(f.speaker and f.speaker.is_official for f in findings)
        assert store.list_events(), "the demo reports attacks; merged events must exist"
        alerts = store.list_alerts(status=[AlertStatus.NEW])
        assert alerts and all(a.evidence_document_ids for a in alerts)
        assert store.integrity_check() == "ok"
    finally:
        store.close()


def test_second_run_adds_no_duplicates(demo_db: Path) -> None:
    store = SQLiteStore(demo_db)
    before = (store.count_documents(), len(list(store.iter_analyses())), len(store.list_events()),
              len(store.list_alerts()))
    store.close()
    result = CliRunner().invoke(app, ["--db", str(demo_db), "run", "--demo"])
    assert result.exit_code == 0, result.output
    store = SQLiteStore(demo_db)
    after = (store.count_documents(), len(list(store.iter_analyses())), len(store.list_events()),
             len(store.list_alerts()))
    store.close()
    assert after == before


@pytest.mark.slow
def test_run_with_two_analysis_workers_stores_the_same_analyses(demo_db: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """``nlp.workers = 2``: the run loop's analysis stage uses a process pool, with the same results."""
    monkeypatch.setenv("TOCSIN_NLP__WORKERS", "2")
    db = tmp_path / "pooled.db"
    result = CliRunner().invoke(app, ["--db", str(db), "run", "--demo"])
    assert result.exit_code == 0, result.output

    def findings(path: Path) -> list[tuple[str, str]]:  # documents ids differ: the demo server's port does
        store = SQLiteStore(path)
        try:
            return sorted((a.analyzer, f.sentence.text) for a in store.iter_analyses() for f in a.findings)
        finally:
            store.close()

    assert findings(db) == findings(demo_db) and findings(db)


def _documents(db: Path) -> list[tuple[str, str, str | None]]:
    """Content hash, title and language of every document (ids differ: the demo server's port does)."""
    store = SQLiteStore(db)
    try:
        return sorted((d.content_hash, d.title, d.language) for d in store.iter_documents())
    finally:
        store.close()


def test_ingest_with_two_processes_lets_the_workers_store_the_same_documents(
        demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """``ingest.processes = 2``: the CLI hands the workers an opener of its own store (``ingest.worker``)."""
    monkeypatch.setenv("TOCSIN_INGEST__PROCESSES", "2")
    db = tmp_path / "pooled.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", "--demo"])
    assert result.exit_code == 0, result.output
    assert "describes another store" not in caplog.text  # the workers wrote to this very store
    assert _documents(db) == _documents(demo_db)
