"""Retention purges on SQLite (``store/retention.py`` says what each record class keeps)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from store.sqlite.codec import to_ts
from store.sqlite.connection import SqliteConnections

__all__ = ["RetentionMixin", "strip_analysis_text"]

# (count SQL, purge SQL) per class handled by plain SQL; ``?`` is the cut-off time.
_DOC_HAS_TEXT = "fetched_at < ? AND (title != '' OR text != '' OR summary != '')"
_SQL: dict[str, tuple[str, str]] = {
    "captures": ("SELECT count(*) FROM captures WHERE fetched_at < ? AND content IS NOT NULL",
                 "UPDATE captures SET content = NULL WHERE fetched_at < ? AND content IS NOT NULL"),
    "document_text": (f"SELECT count(*) FROM documents WHERE {_DOC_HAS_TEXT}",
                      f"UPDATE documents SET title = '', text = '', summary = '' WHERE {_DOC_HAS_TEXT}"),
    "quarantine": ("SELECT count(*) FROM quarantine WHERE at < ?", "DELETE FROM quarantine WHERE at < ?"),
}
_DISMISSED = "SELECT id FROM alerts WHERE status = 'dismissed' AND updated_at < ?"


def _strip_span(span: Any) -> bool:
    if isinstance(span, dict) and span.get("text"):
        span["text"] = ""
        return True
    return False


def strip_analysis_text(data: dict[str, Any]) -> bool:
    """Remove quoted text and speaker names from an analysis (JSON form) in place; True if anything changed."""
    changed = False
    for finding in data.get("findings") or []:
        for span in [finding.get("sentence"), *(finding.get("evidence") or [])]:
            changed |= _strip_span(span)
        speaker = finding.get("speaker") or {}
        if speaker.get("name"):
            speaker["name"] = None
            changed = True
        changed |= _strip_span(speaker.get("evidence"))
    for event in data.get("events") or []:
        changed |= _strip_span(event.get("evidence"))
    return changed


class RetentionMixin:
    db: SqliteConnections

    def purge_expired(self, cutoffs: Mapping[str, datetime], dry_run: bool) -> dict[str, int]:
        """Count (``dry_run``) or purge the records older than each class's cut-off, in one transaction."""
        counts: dict[str, int] = {}
        with self.db.write() as conn:
            for name, cutoff in cutoffs.items():
                handler = _HANDLERS.get(name)
                if handler is None:
                    raise ValueError(f"unknown record class {name!r}; known: {', '.join(sorted(_HANDLERS))}")
                counts[name] = handler(conn, to_ts(cutoff) or "", dry_run)
            if dry_run:
                conn.execute("SELECT 1")  # nothing written; the transaction commits empty
        return counts


def _plain(name: str) -> Callable[[sqlite3.Connection, str, bool], int]:
    count_sql, purge_sql = _SQL[name]

    def run(conn: sqlite3.Connection, cutoff: str, dry_run: bool) -> int:
        if dry_run:
            return int(conn.execute(count_sql, (cutoff,)).fetchone()[0])
        return int(conn.execute(purge_sql, (cutoff,)).rowcount)

    return run


def _analysis_text(conn: sqlite3.Connection, cutoff: str, dry_run: bool) -> int:
    changed = 0
    rows = conn.execute("SELECT rowid, data FROM analyses WHERE created_at < ?", (cutoff,)).fetchall()
    for rowid, raw in rows:
        data = json.loads(raw)
        if not strip_analysis_text(data):
            continue
        changed += 1
        if not dry_run:
            conn.execute("UPDATE analyses SET data = ? WHERE rowid = ?", (json.dumps(data, ensure_ascii=False),
                                                                         rowid))
    return changed


def _dismissed_alerts(conn: sqlite3.Connection, cutoff: str, dry_run: bool) -> int:
    ids = [r[0] for r in conn.execute(_DISMISSED, (cutoff,)).fetchall()]
    if dry_run or not ids:
        return len(ids)
    marks = ",".join("?" * len(ids))
    conn.execute(f"DELETE FROM alert_outbox WHERE alert_id IN ({marks})", ids)
    return int(conn.execute(f"DELETE FROM alerts WHERE id IN ({marks})", ids).rowcount)


_HANDLERS: dict[str, Callable[[sqlite3.Connection, str, bool], int]] = {
    "captures": _plain("captures"), "document_text": _plain("document_text"), "quarantine": _plain("quarantine"),
    "analysis_text": _analysis_text, "dismissed_alerts": _dismissed_alerts}
