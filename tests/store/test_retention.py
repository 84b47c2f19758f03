"""Retention per record class: dry run counts, purge keeps ids and evidence links, every purge is chained."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from store import Alert, Analysis, Capture, Finding, Quarantined, Span, Speaker
from store.audit import verify_chain
from store.retention import RetentionSettings, purge
from store.sqlite import SQLiteStore
from tocsin.cli import app

NOW = datetime(2026, 6, 1, tzinfo=UTC)
OLD, RECENT = NOW - timedelta(days=400), NOW - timedelta(days=5)


def _fill(store: SQLiteStore, make_document) -> None:
    for i, at in enumerate((OLD, RECENT)):
        store.put_capture(Capture(id=f"c{i}", url=f"https://x.org/{i}", fetched_at=at, status_code=200, size=4,
                                  content=b"<p>"))
        doc = make_document(url=f"https://x.org/{i}", text=f"General Kharuun called them rats. Report {i}.", fetched_at=at,
                            capture_id=f"c{i}")
        store.upsert_documents([doc])
        sentence = Span(start=0, end=33, label="sentence", text=f"General Kharuun called them rats. Report {i}.")
        finding = Finding(labels=["dehumanization"], sentence=sentence, score=0.9,
                          evidence=[Span(start=28, end=32, label="dehumanization", text="rats")],
                          speaker=Speaker(name="General Kharuun", role="military", is_official=True))
        store.put_analyses([Analysis(document_id=doc.id, analyzer="dehumanization", version="t", created_at=at,
                                     findings=[finding])])
        store.quarantine(Quarantined(stage="extract", ref=f"https://x.org/{i}", error="boom", at=at))
        store.upsert_alert(Alert(id=f"al{i}", country="SDN", kind="k", severity="low", opened_at=at, updated_at=at,
                                 detector="glm", explanation="e", evidence_document_ids=[doc.id], status="dismissed"))


SETTINGS = RetentionSettings(captures_days=90, document_text_days=180, analysis_text_days=180,
                             dismissed_alerts_days=30, quarantine_days=30)


def test_dry_run_counts_and_changes_nothing(sqlite_store: SQLiteStore, make_document) -> None:
    _fill(sqlite_store, make_document)
    report = purge(sqlite_store, SETTINGS, NOW, actor="root", dry_run=True)
    assert report.counts == {"captures": 1, "document_text": 1, "analysis_text": 1, "dismissed_alerts": 1,
                             "quarantine": 1}
    assert report.audit_seq is None and list(sqlite_store.iter_audit_records()) == []
    assert sqlite_store.get_capture("c0").content == b"<p>"
    assert len(sqlite_store.list_alerts()) == 2 and len(sqlite_store.list_quarantine()) == 2


def test_purge_keeps_ids_links_and_labels_and_is_idempotent(sqlite_store: SQLiteStore, make_document) -> None:
    _fill(sqlite_store, make_document)
    report = purge(sqlite_store, SETTINGS, NOW, actor="root")
    assert set(report.counts.values()) == {1}
    old, recent = (make_document(url=f"https://x.org/{i}", text=f"General Kharuun called them rats. Report {i}.") for i in (0, 1))
    capture = sqlite_store.get_capture("c0")
    assert capture.content is None and capture.size == 4, "digest and size stay for chain of custody"
    assert sqlite_store.get_capture("c1").content == b"<p>"
    doc = sqlite_store.get_document(old.id)
    assert (doc.title, doc.text) == ("", "") and doc.url == old.url and doc.content_hash == old.content_hash
    assert sqlite_store.get_document(recent.id).text
    assert sqlite_store.search("Kharuun") and all(h.document.id == recent.id for h in sqlite_store.search("Kharuun"))
    finding = sqlite_store.get_analyses(old.id)[0].findings[0]
    assert finding.evidence[0].text == "" and finding.evidence[0].start == 28 and finding.labels == ["dehumanization"]
    assert finding.speaker.name is None and finding.speaker.role == "military"
    assert sqlite_store.get_analyses(recent.id)[0].findings[0].speaker.name == "General Kharuun"
    assert [a.id for a in sqlite_store.list_alerts()] == ["al1"]
    assert len(sqlite_store.list_quarantine()) == 1
    again = purge(sqlite_store, SETTINGS, NOW, actor="root")
    assert set(again.counts.values()) == {0}
    chain = list(sqlite_store.iter_audit_records())
    assert [r.record.action for r in chain] == ["retention.purge", "retention.purge"]
    assert chain[0].record.details["counts"]["document_text"] == 1
    assert verify_chain(chain, sqlite_store.audit_anchor()).ok


def test_unset_classes_are_kept_forever(sqlite_store: SQLiteStore, make_document) -> None:
    _fill(sqlite_store, make_document)
    report = purge(sqlite_store, RetentionSettings(quarantine_days=30), NOW, actor="root")
    assert report.counts == {"quarantine": 1}
    assert sqlite_store.get_capture("c0").content == b"<p>"


def test_cli_purge_dry_run_reads_the_retention_section(tmp_path: Path, make_document) -> None:
    db = tmp_path / "r.db"
    with SQLiteStore(db) as store:
        _fill(store, make_document)
    config = tmp_path / "tocsin.toml"
    config.write_text("[retention]\nquarantine_days = 30\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--config", str(config), "--db", str(db), "purge", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "quarantine: would purge 2" in result.output  # both rows are older than 30 days before today
    assert "captures: kept forever" in result.output
    with SQLiteStore(db) as store:
        assert len(store.list_quarantine()) == 2
