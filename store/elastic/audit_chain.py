"""The hash-chained audit log (``store.audit.AuditLogStore``) on Elasticsearch.

Records live in ``<prefix>-audit-log`` with id = sequence number. A writer reads the head,
then writes the next link with ``create``: of two writers racing for the same sequence number
exactly one wins (409 for the other), and the loser reads the winner's record in real time
(GET by id needs no refresh), links after it and tries again. So the chain never forks, with
any number of processes writing, as on SQLite.

The purge is not one transaction here: it moves the anchor (a document in ``<prefix>-meta``)
first, then deletes the records up to it, then appends its own record. If it stops part-way,
``tocsin audit verify`` reports records that precede the anchor and running the same purge
again finishes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from store.audit import GENESIS, AuditAnchor, AuditRecord, ChainedRecord, chain_hash
from store.elastic.base import ElasticBase
from store.elastic.bulk import BulkAction

__all__ = ["ElasticAuditChainMixin"]

_ANCHOR = "audit-anchor"


def _chained(source: dict[str, Any]) -> ChainedRecord:
    return ChainedRecord(seq=source["seq"], record=AuditRecord.model_validate(source["data"]),
                         prev_hash=source["prev_hash"], hash=source["hash"])


class ElasticAuditChainMixin(ElasticBase):
    def _chain_head(self) -> tuple[int, str]:
        page = self.es.search(index=self.names.audit_log, size=1, sort=[{"seq": "desc"}],
                              _source=["seq", "hash"])["hits"]["hits"]
        if page:
            return int(page[0]["_source"]["seq"]), str(page[0]["_source"]["hash"])
        anchor = self.audit_anchor()
        return anchor.seq, anchor.hash

    def append_audit_record(self, record: AuditRecord) -> ChainedRecord:
        """Link ``record`` to the head of the chain and store it (create-once per sequence number)."""
        seq, prev_hash = self._chain_head()  # a search may lag behind the newest link: create finds out
        for _ in range(10_000):
            seq += 1
            digest = chain_hash(prev_hash, seq, record)
            body = {"seq": seq, "at": record.at.isoformat(), "actor": record.actor, "action": record.action,
                    "subject": record.subject, "prev_hash": prev_hash, "hash": digest,
                    "data": record.model_dump(mode="json")}
            outcome = self.bulk([BulkAction("create", self.names.audit_log, str(seq), body)])
            if outcome.written:
                return ChainedRecord(seq=seq, record=record, prev_hash=prev_hash, hash=digest)
            if outcome.failed:
                raise RuntimeError(f"could not append audit record {seq}: {outcome.failed[0][1]}")
            taken = self.fetch_source(self.names.audit_log, str(seq))  # lost the race: link after the winner
            if taken is None:  # purged meanwhile: read the head again
                seq, prev_hash = self._chain_head()
            else:
                prev_hash = taken["hash"]
        raise RuntimeError("the audit chain kept growing under us; retry")

    def iter_audit_records(self, after_seq: int = 0, batch_size: int = 1000) -> Iterator[ChainedRecord]:
        """Every record after ``after_seq``, in chain order."""
        self.es.indices.refresh(index=self.names.audit_log)
        for hit in self.scan(self.names.audit_log, {"range": {"seq": {"gt": after_seq}}}, [{"seq": "asc"}],
                             batch_size):
            yield _chained(hit["_source"])

    def list_audit_records(self, subject: str | None = None, actor: str | None = None,
                           limit: int = 100) -> list[ChainedRecord]:
        """The most recent records (newest first), optionally for one subject or actor."""
        clauses = [{"term": {k: v}} for k, v in (("subject", subject), ("actor", actor)) if v]
        self.es.indices.refresh(index=self.names.audit_log)
        rows = self.search_sources(self.names.audit_log, {"bool": {"filter": clauses}}, [{"seq": "desc"}],
                                   int(limit))
        return [_chained(r) for r in rows]

    def audit_anchor(self) -> AuditAnchor:
        found = self.fetch_source(self.names.meta, _ANCHOR)
        return AuditAnchor.model_validate(found["data"]) if found else AuditAnchor(seq=0, hash=GENESIS)

    def adopt_audit_anchor(self, anchor: AuditAnchor) -> None:
        """Start this (empty) chain where another store's chain starts (``store copy`` of a purged chain).
        ``ValueError`` when this chain has records or another anchor (a chain is never re-rooted)."""
        self.es.indices.refresh(index=self.names.audit_log)
        head = self._chain_head()
        if head == (anchor.seq, anchor.hash):
            return
        if head != (0, GENESIS):
            raise ValueError("this audit chain already has records or an anchor; it cannot adopt another root")
        self.es.index(index=self.names.meta, id=_ANCHOR, refresh=self.refresh,
                      document={"key": _ANCHOR, "data": anchor.model_dump(mode="json")})

    def purge_audit_records(self, before: datetime, actor: str, reason: str, now: datetime) -> int:
        """Delete records older than ``before`` (admin only; the caller checks the role); the anchor
        moves to the last deleted record and the purge is appended to the chain."""
        if not actor.strip() or not reason.strip():
            raise ValueError("an audit purge needs an actor and a reason: it is itself recorded")
        self.es.indices.refresh(index=self.names.audit_log)
        last = self.es.search(index=self.names.audit_log, size=1, sort=[{"seq": "desc"}], _source=["seq", "hash"],
                              query={"range": {"at": {"lt": before.isoformat()}}})["hits"]["hits"]
        if not last:
            return 0
        last_seq, last_hash = int(last[0]["_source"]["seq"]), str(last[0]["_source"]["hash"])
        anchor = AuditAnchor(seq=last_seq, hash=last_hash, at=now, actor=actor, reason=reason)
        self.es.index(index=self.names.meta, id=_ANCHOR, refresh=self.refresh,
                      document={"key": _ANCHOR, "data": anchor.model_dump(mode="json")})
        doomed = [h["_id"] for h in self.scan(self.names.audit_log, {"range": {"seq": {"lte": last_seq}}},
                                              [{"seq": "asc"}], 5000, source=False)]
        deleted = len(self.bulk([BulkAction("delete", self.names.audit_log, i) for i in doomed]).written)
        self.append_audit_record(AuditRecord(
            at=now, actor=actor, action="audit.purge", subject="audit_log",
            details={"before": before.isoformat(), "deleted": deleted, "through_seq": last_seq,
                     "anchor_hash": last_hash, "reason": reason}))
        return deleted
