"""The hash-chained audit log: analyst decisions, reviews and exports are chained; tampering is found."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from alerts.lifecycle import change_status
from store import Alert, AlertStatus, Review
from store.audit import AuditRecord, verify_chain
from store.sqlite import SQLiteStore
from tocsin.cli import app

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _alert(i: int = 0) -> Alert:
    return Alert(id=f"al{i}", country="SDN", kind="dehumanization", severity="high", opened_at=NOW, updated_at=NOW,
                 detector="glm", explanation="surge", evidence_document_ids=["d1"])


def _verify(store: SQLiteStore, **kw):
    return verify_chain(store.iter_audit_records(), store.audit_anchor(), **kw)


def test_status_changes_and_reviews_are_chained_in_order(sqlite_store: SQLiteStore) -> None:
    sqlite_store.upsert_alert(_alert())
    change_status(sqlite_store, "al0", AlertStatus.ACKNOWLEDGED, actor="amina", reason="checking", now=NOW)
    change_status(sqlite_store, "al0", AlertStatus.DISMISSED, actor="amina", reason="sports metaphor", now=NOW)
    sqlite_store.add_review(Review(id="r1", target_kind="finding", target_id="d1:x", verdict="reject",
                                   reviewer="jo", note="quoted to condemn it"))
    records = list(sqlite_store.iter_audit_records())
    assert [r.record.action for r in records] == ["alert.acknowledged", "alert.dismissed", "review.reject"]
    assert records[1].record.details == {"reason": "sports metaphor", "from": "acknowledged", "to": "dismissed"}
    assert [r.seq for r in records] == [1, 2, 3] and records[1].prev_hash == records[0].hash
    report = _verify(sqlite_store)
    assert report.ok and report.records == 3 and report.head_hash == records[-1].hash


def test_update_and_delete_are_refused_by_the_database(sqlite_store: SQLiteStore) -> None:
    sqlite_store.append_audit_record(AuditRecord(actor="a", action="x"))
    conn = sqlite_store.db.conn
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor='mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log")


def _tamper(path: Path, sql: str) -> None:
    """What someone with the file could do: drop the triggers and edit rows behind the store's back."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("sql", "bad", "words"), [
    ("UPDATE audit_log SET data = replace(data, 'amina', 'mallory') WHERE seq = 2", 2, "changed"),
    ("DELETE FROM audit_log WHERE seq = 2", 3, "missing"),
    ("UPDATE audit_log SET prev_hash = hash WHERE seq = 3", 3, "does not point"),
])
def test_tampering_is_detected_at_the_first_bad_record(tmp_path: Path, sql: str, bad: int, words: str) -> None:
    path = tmp_path / "t.db"
    with SQLiteStore(path) as store:
        for i in range(4):
            store.append_audit_record(AuditRecord(at=NOW, actor="amina", action="review.confirm", subject=f"s{i}"))
    _tamper(path, sql)
    with SQLiteStore(path) as store:
        report = _verify(store)
    assert not report.ok and report.bad_seq == bad and words in report.problem


def test_dropped_tail_is_caught_with_the_recorded_head(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with SQLiteStore(path) as store:
        for i in range(3):
            store.append_audit_record(AuditRecord(actor="amina", action="export", subject=f"s{i}"))
        head = _verify(store).head_hash
    _tamper(path, "DELETE FROM audit_log WHERE seq = 3")
    with SQLiteStore(path) as store:
        assert _verify(store).ok, "a dropped tail alone still links"
        report = _verify(store, expect_head=head)
    assert not report.ok and "dropped from the end" in report.problem


def test_admin_purge_moves_the_anchor_and_is_recorded(sqlite_store: SQLiteStore) -> None:
    for i in range(5):
        sqlite_store.append_audit_record(AuditRecord(at=NOW + timedelta(days=i), actor="a", action="x",
                                                     subject=str(i)))
    deleted = sqlite_store.purge_audit_records(NOW + timedelta(days=2), "root", "two-year policy", NOW + timedelta(10))
    assert deleted == 2
    anchor = sqlite_store.audit_anchor()
    assert anchor.seq == 2 and anchor.actor == "root"
    records = list(sqlite_store.iter_audit_records())
    assert [r.seq for r in records] == [3, 4, 5, 6] and records[-1].record.action == "audit.purge"
    assert records[-1].record.details["deleted"] == 2
    assert _verify(sqlite_store).ok
    with pytest.raises(ValueError, match="reason"):
        sqlite_store.purge_audit_records(NOW, "root", " ", NOW)


def test_cli_verify_list_and_broken_exit_code(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with SQLiteStore(path) as store:
        store.upsert_alert(_alert())
        change_status(store, "al0", AlertStatus.ESCALATED, actor="amina", reason="mass killing report", now=NOW)
    runner = CliRunner()
    ok = runner.invoke(app, ["--db", str(path), "audit", "verify"])
    assert ok.exit_code == 0 and "audit chain OK: 1 records" in ok.output, ok.output
    listed = runner.invoke(app, ["--db", str(path), "audit", "list", "--subject", "al0"])
    assert "alert.escalated" in listed.output and "amina" in listed.output
    _tamper(path, "UPDATE audit_log SET data = replace(data, 'mass killing', 'nothing') WHERE seq = 1")
    broken = runner.invoke(app, ["--db", str(path), "audit", "verify"])
    assert broken.exit_code == 1 and "BROKEN" in broken.output and "record 1" in broken.output
