"""Roles enforced in the data layer, salted password hashes, local accounts and the CLI around them."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from store import AlertStatus
from store.sqlite import SQLiteStore
from tests.ui.conftest import build_store
from tocsin.cli import app
from ui.actions import change_alert_status, record_review
from ui.auth import (
    LoginFailed,
    PermissionDenied,
    Role,
    User,
    check_auth_mode,
    hash_password,
    make_account,
    verify_login,
    verify_password,
)


@pytest.fixture
def store(tmp_path):
    build_store(tmp_path / "a.db")
    s = SQLiteStore(tmp_path / "a.db")
    yield s
    s.close()


def test_viewer_changes_nothing(store):
    viewer = User("v", Role.VIEWER)
    with pytest.raises(PermissionDenied, match="needs the analyst role"):
        change_alert_status(store, viewer, "a-sdn-crit", AlertStatus.DISMISSED, "noise")
    with pytest.raises(PermissionDenied):
        record_review(store, viewer, "finding", "x", "confirm")
    assert store.get_alert("a-sdn-crit").status == "new" and store.audit_trail("a-sdn-crit") == []
    assert store.list_reviews() == []


def test_analyst_escalates_with_reason_and_audit(store):
    analyst = User("ana", Role.ANALYST)
    with pytest.raises(ValueError, match="reason"):
        change_alert_status(store, analyst, "a-sdn-crit", AlertStatus.ESCALATED, "  ")
    change_alert_status(store, analyst, "a-sdn-crit", AlertStatus.ESCALATED, "second source confirms")
    trail = store.audit_trail("a-sdn-crit")
    assert [(e.actor, e.to_status, e.reason) for e in trail] == [("ana", "escalated", "second source confirms")]


def test_lexicon_edit_needs_admin(tmp_path):
    from nlp.lexicons import LexiconEntry
    from ui.lexicons import save_term

    entry = LexiconEntry(term="zzbugs", kind="metaphor", category="vermin_insects", source="x")
    with pytest.raises(PermissionDenied):
        save_term(User("ana", Role.ANALYST), tmp_path, "en", entry)
    assert not (tmp_path / "en.user.yaml").exists()


def test_password_hashes_are_salted_and_verified():
    a, b = hash_password("correct horse"), hash_password("correct horse")
    assert a != b and a.startswith("scrypt$") and "correct" not in a
    assert verify_password("correct horse", a) and not verify_password("wrong horse!", a)
    with pytest.raises(ValueError, match="at least 8"):
        hash_password("short")


def test_login(store):
    store.upsert_user(make_account("ana", "s3cret-pass", "analyst"))
    assert verify_login(store.get_user("ana"), "s3cret-pass") == User("ana", Role.ANALYST)
    for name, password in (("ana", "wrong-pass"), ("nobody", "s3cret-pass")):
        with pytest.raises(LoginFailed):
            verify_login(store.get_user(name), password)


def test_unauthenticated_mode_only_on_loopback():
    check_auth_mode("none", "127.0.0.1")
    check_auth_mode("none", "localhost")
    check_auth_mode("local", "0.0.0.0")
    with pytest.raises(LoginFailed, match="only allowed"):
        check_auth_mode("none", "0.0.0.0")


def test_cli_users_and_export(tmp_path):
    db = tmp_path / "c.db"
    build_store(db)
    runner = CliRunner()
    res = runner.invoke(app, ["--db", str(db), "users", "add", "boss", "--role", "admin", "--password",
                              "long-enough-pw"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["--db", str(db), "users", "list"])
    assert "boss\tadmin\tactive" in res.output and "scrypt" not in res.output
    store = SQLiteStore(db)
    try:  # the role grant from the shell is in the hash-chained audit log
        grants = [c.record for c in store.iter_audit_records()
                  if c.record.action == "user.upsert" and c.record.subject == "boss"]
    finally:
        store.close()
    assert grants and grants[-1].actor.startswith("cli:") and grants[-1].details["role"] == "admin"
    out = tmp_path / "corpus.csv"
    res = runner.invoke(app, ["--db", str(db), "export", "--format", "csv", "--out", str(out), "--country", "sdn",
                              "--from", "2026-01-01", "--to", "2026-01-02"])
    assert res.exit_code == 0, res.output
    assert "wrote 2 documents" in res.output and out.exists() and (tmp_path / "corpus.csv.datacard.md").exists()
    res = runner.invoke(app, ["--db", str(db), "export", "--format", "docbin", "--out", str(out), "--rehydrate"])
    assert res.exit_code == 2 and "needs the text" in res.output
