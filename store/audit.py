"""The hash-chained audit log: analyst decisions, exports, purges and account changes.

Each record's ``hash`` is ``sha256(prev_hash + "\\n" + canonical JSON of the record)``, where the
canonical JSON holds the sequence number, time, actor, action, subject and details. Changing,
reordering or deleting any record breaks every later link, which ``verify_chain`` reports with
the first sequence number that fails. The chain starts from ``GENESIS`` or, after an audited
admin purge of old records, from the anchor that purge left (the hash of the last purged record).

What the chain does not prove on its own: someone able to write the database file could rebuild
the whole chain. Record the head hash elsewhere (``tocsin audit verify`` prints it) and check it
later with ``--expect-head``; a dropped tail or a rebuilt chain then shows.

Exceptions::

    AuditChainError   (ValueError: the chain does not verify; the message names the record)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from store.models import AuditEntry, Review, UtcDatetime, utc_now

__all__ = ["GENESIS", "AuditAnchor", "AuditChainError", "AuditLogStore", "AuditRecord", "ChainReport", "ChainedRecord",
           "chain_hash", "record_for_alert_audit", "record_for_review", "verify_chain"]

GENESIS = "0" * 64


class AuditChainError(ValueError):
    """The audit chain does not verify; the message says which record and why."""


class AuditRecord(BaseModel):
    """One decision to record: who did what to which subject, with the details that matter."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    at: UtcDatetime = Field(default_factory=utc_now)
    actor: str = Field(min_length=1)
    action: str = Field(min_length=1, description="e.g. alert.acknowledged, review.confirm, export, purge")
    subject: str = Field("", description="alert id, review target, export path...")
    details: dict[str, Any] = Field(default_factory=dict)


class ChainedRecord(BaseModel):
    """An ``AuditRecord`` as stored: its place in the chain and the two hashes that link it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    seq: int = Field(ge=1)
    record: AuditRecord
    prev_hash: str
    hash: str


class AuditAnchor(BaseModel):
    """Where verification starts: GENESIS, or the last record an audited purge removed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    seq: int = 0
    hash: str = GENESIS
    at: datetime | None = None
    actor: str | None = None
    reason: str | None = None


class ChainReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    ok: bool
    records: int
    first_seq: int | None = None
    head_seq: int | None = None
    head_hash: str
    problem: str | None = None
    bad_seq: int | None = None


@runtime_checkable
class AuditLogStore(Protocol):
    """What a backend offers for the audit chain (store/sqlite/audit.py on SQLite)."""

    def append_audit_record(self, record: AuditRecord) -> ChainedRecord: ...
    def iter_audit_records(self, after_seq: int = 0, batch_size: int = 1000) -> Iterator[ChainedRecord]: ...
    def list_audit_records(self, subject: str | None = None, actor: str | None = None,
                           limit: int = 100) -> list[ChainedRecord]: ...
    def audit_anchor(self) -> AuditAnchor: ...
    def purge_audit_records(self, before: datetime, actor: str, reason: str, now: datetime) -> int: ...
    def adopt_audit_anchor(self, anchor: AuditAnchor) -> None: ...


def _canonical(seq: int, record: AuditRecord) -> str:
    body = {"seq": seq, **record.model_dump(mode="json")}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def chain_hash(prev_hash: str, seq: int, record: AuditRecord) -> str:
    """The hash that links ``record`` (at ``seq``) to the record before it."""
    return hashlib.sha256(f"{prev_hash}\n{_canonical(seq, record)}".encode()).hexdigest()


def verify_chain(records: Iterable[ChainedRecord], anchor: AuditAnchor | None = None,
                 expect_head: str | None = None) -> ChainReport:
    """Check every link from ``anchor``; stop at the first broken one."""
    anchor = anchor or AuditAnchor()
    prev_hash, prev_seq, count, first = anchor.hash, anchor.seq, 0, None
    for item in records:
        first = item.seq if first is None else first
        problem = None
        if item.seq != prev_seq + 1:
            problem = f"record {item.seq} follows {prev_seq}: records {prev_seq + 1}..{item.seq - 1} are missing"
        elif item.prev_hash != prev_hash:
            problem = f"record {item.seq} does not point to the record before it (prev_hash differs)"
        elif chain_hash(prev_hash, item.seq, item.record) != item.hash:
            problem = f"record {item.seq} was changed after it was written (its hash does not match its content)"
        if problem:
            return ChainReport(ok=False, records=count, first_seq=first, head_seq=prev_seq, head_hash=prev_hash,
                               problem=problem, bad_seq=item.seq)
        prev_hash, prev_seq, count = item.hash, item.seq, count + 1
    if expect_head is not None and expect_head != prev_hash:
        return ChainReport(ok=False, records=count, first_seq=first, head_seq=prev_seq, head_hash=prev_hash,
                           problem=f"the head is {prev_hash}, not the expected {expect_head}: records were "
                                   "dropped from the end or the chain was rebuilt")
    return ChainReport(ok=True, records=count, first_seq=first, head_seq=prev_seq if count else anchor.seq or None,
                       head_hash=prev_hash)


def record_for_alert_audit(entry: AuditEntry) -> AuditRecord:
    """The chain record of an alert audit entry (status changes by analysts, openings by the system)."""
    details: dict[str, Any] = {"reason": entry.reason}
    if entry.from_status is not None:
        details["from"] = entry.from_status.value
    if entry.to_status is not None:
        details["to"] = entry.to_status.value
    return AuditRecord(at=entry.at, actor=entry.actor, action=f"alert.{entry.action}", subject=entry.alert_id,
                       details=details)


def record_for_review(review: Review) -> AuditRecord:
    """The chain record of an analyst's review (verdict, correction and note)."""
    return AuditRecord(at=review.at, actor=review.reviewer, action=f"review.{review.verdict}",
                       subject=f"{review.target_kind}:{review.target_id}",
                       details={"review_id": review.id, "correction": review.correction, "note": review.note})
