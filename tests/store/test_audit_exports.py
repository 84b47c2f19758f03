"""Exports and account changes land in the hash-chained audit log, with the exported file's digest."""

from __future__ import annotations

import hashlib
from pathlib import Path

from store.audit import verify_chain
from store.sqlite import SQLiteStore
from ui.actions import add_user
from ui.auth import Role, User
from ui.export import ExportFilter, export_corpus


def test_export_is_chained_with_its_digest(sqlite_store: SQLiteStore, make_document, tmp_path: Path) -> None:
    sqlite_store.upsert_documents([make_document()])
    out = tmp_path / "out.jsonl"
    export_corpus(sqlite_store, "jsonl", out, ExportFilter(), actor="jo")
    (record,) = [r.record for r in sqlite_store.iter_audit_records()]
    assert (record.actor, record.action, record.subject) == ("jo", "export", str(out))
    assert record.details["documents"] == 1 and record.details["format"] == "jsonl"
    assert record.details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_granting_a_role_is_chained(sqlite_store: SQLiteStore) -> None:
    add_user(sqlite_store, User("root", Role.ADMIN), "amina", "long enough pw", "analyst")
    records = list(sqlite_store.iter_audit_records())
    assert [(r.record.action, r.record.subject, r.record.details["role"]) for r in records] == \
        [("user.upsert", "amina", "analyst")]
    assert verify_chain(records).ok
