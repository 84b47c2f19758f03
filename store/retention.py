"""Retention: how long each class of record is kept, and the purge that enforces it.

Record classes (``[retention]`` in ``tocsin.toml``; a missing value keeps records forever):

* ``captures_days``: raw fetched bytes (HTML, feed XML). The capture's sha256, size, URL and
  headers stay, so the chain of custody still names what was fetched;
* ``document_text_days``: a document's title, text and summary are blanked; its id, URL,
  canonical URL and content hash stay, so alerts and events keep their evidence links and the
  text can be fetched again (the same idea as rehydration exports);
* ``analysis_text_days``: quoted text inside analyses (span texts, speaker names) is removed;
  labels, offsets, scores and versions stay, so signals and alerts are unchanged;
* ``dismissed_alerts_days``: dismissed alerts and their notification outbox rows are deleted;
  their audit trail stays (it is append-only);
* ``quarantine_days``: quarantined items (error messages, URLs) are deleted.

The audit log is never purged by these settings: only ``tocsin audit purge`` (admin, with a
reason, itself recorded in the chain). Every purge appends a ``retention.purge`` record with
its cut-offs and counts to the audit chain.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from store.audit import AuditRecord, ChainedRecord

__all__ = ["RECORD_CLASSES", "PurgeReport", "RetentionSettings", "RetentionStore", "cutoffs", "purge"]

log = logging.getLogger(__name__)

RECORD_CLASSES = ("captures", "document_text", "analysis_text", "dismissed_alerts", "quarantine")


class RetentionSettings(BaseModel):
    """Section ``[retention]``: days to keep each record class (unset: keep forever)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    captures_days: int | None = Field(
        None, ge=1, description="days to keep raw fetched bytes (digest, size, URL and headers are kept)")
    document_text_days: int | None = Field(
        None, ge=1, description="days to keep document title/text/summary (id, URL and content hash are kept)")
    analysis_text_days: int | None = Field(
        None, ge=1, description="days to keep quoted text and speaker names inside analyses (labels, offsets "
                                "and scores are kept)")
    dismissed_alerts_days: int | None = Field(
        None, ge=1, description="days to keep dismissed alerts after their last change (audit trail is kept)")
    quarantine_days: int | None = Field(None, ge=1, description="days to keep quarantined items")


class PurgeReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    dry_run: bool
    at: datetime
    cutoffs: dict[str, datetime]
    counts: dict[str, int] = Field(description="records purged (or that would be, on a dry run) per class")
    audit_seq: int | None = Field(None, description="sequence number of the purge's audit record")


@runtime_checkable
class RetentionStore(Protocol):
    """What a backend needs for retention (store/sqlite/retention.py on SQLite)."""

    def purge_expired(self, cutoffs: Mapping[str, datetime], dry_run: bool) -> dict[str, int]: ...
    def append_audit_record(self, record: AuditRecord) -> ChainedRecord: ...


def cutoffs(settings: RetentionSettings, now: datetime) -> dict[str, datetime]:
    """Record class -> records older than this are purged (only classes with a setting)."""
    out: dict[str, datetime] = {}
    for name in RECORD_CLASSES:
        days = getattr(settings, f"{name}_days")
        if days is not None:
            out[name] = now - timedelta(days=days)
    return out


def purge(store: RetentionStore, settings: RetentionSettings, now: datetime, actor: str,
          dry_run: bool = False) -> PurgeReport:
    """Apply ``settings``: count (dry run) or purge expired records, and record a real purge in the audit chain."""
    if not isinstance(store, RetentionStore):
        raise TypeError(f"{type(store).__name__} does not support retention purges yet; use the SQLite backend "
                        "or purge with the backend's own tools")
    limits = cutoffs(settings, now)
    counts = store.purge_expired(limits, dry_run) if limits else {}
    seq = None
    if not dry_run and limits:
        chained = store.append_audit_record(AuditRecord(
            at=now, actor=actor, action="retention.purge", subject="retention",
            details={"cutoffs": {k: v.isoformat() for k, v in limits.items()}, "counts": counts}))
        seq = chained.seq
        log.info("retention purge by %s: %s", actor, counts)
    return PurgeReport(dry_run=dry_run, at=now, cutoffs=limits, counts=counts, audit_seq=seq)
