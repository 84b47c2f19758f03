"""The notification outbox and snoozes (``AlertingStore``) on Elasticsearch.

Exactly-once per alert and channel, as on SQLite, rests on the outbox entry's id: it is derived
from the idempotency key ``<alert id>:<channel>`` and written with ``create``, so an alert is
enqueued on a channel at most once however often (and by however many processes) it is
recorded. Delivery state changes are read-modify-write with ``if_seq_no``/``if_primary_term``:
of two deliverers racing on one entry, one wins and the other re-reads.

Weaker than SQLite: ``upsert_alert_notify`` sends the alert, its audit entry and the outbox
entries in ONE bulk request, but Elasticsearch applies each item on its own, not as one
transaction. If the request fails part-way, the items that failed are dead-lettered and
quarantined (``tocsin status`` shows them) and recording the firing again completes it; the
outbox entry can never be doubled. The audit entry is then linked into the hash-chained audit
log (``store/elastic/audit_chain.py``) with a second request.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from store.audit import record_for_alert_audit
from store.elastic.base import ElasticBase
from store.elastic.bulk import BulkAction
from store.models import Alert, AuditEntry, OutboxItem, Snooze, sha256_hex, utc_now

__all__ = ["ElasticOutboxMixin", "outbox_item_id"]

_FIELDS = ("alert_id", "channel", "idempotency_key", "payload", "attempts")


def outbox_item_id(idempotency_key: str) -> int:
    """A stable positive 60-bit integer id for an outbox entry (``OutboxItem.id`` is an int)."""
    return int(sha256_hex(idempotency_key)[:15], 16)


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _item(source: dict[str, Any]) -> OutboxItem:
    return OutboxItem(id=int(source["item_id"]), **{k: source[k] for k in _FIELDS},
                      created_at=datetime.fromisoformat(source["created_at"]),
                      next_attempt_at=datetime.fromisoformat(source["next_attempt_at"]),
                      delivered_at=_dt(source.get("delivered_at")), dead_at=_dt(source.get("dead_at")),
                      last_error=source.get("last_error"))


class ElasticOutboxMixin(ElasticBase):
    _alert_action: Any  # RecordsMixin._alert_action
    _audit_action: Any  # RecordsMixin._audit_action
    append_audit_record: Any  # ElasticAuditChainMixin.append_audit_record

    def upsert_alert_notify(self, alert: Alert, audit: AuditEntry | None, channels: Sequence[str],
                            payload: str, now: datetime) -> int:
        """Write the alert, its audit entry and one outbox entry per channel in one bulk request; returns
        entries enqueued (an alert already enqueued on a channel is not enqueued again)."""
        actions = [self._alert_action(alert)] + ([self._audit_action(audit)] if audit is not None else [])
        for channel in channels:
            key = f"{alert.id}:{channel}"
            item_id = outbox_item_id(key)
            actions.append(BulkAction("create", self.names.outbox, str(item_id), {
                "item_id": item_id, "alert_id": alert.id, "channel": channel, "idempotency_key": key,
                "payload": payload, "attempts": 0, "created_at": now.isoformat(), "next_attempt_at": now.isoformat(),
                "seq": self.next_seq()}))
        outcome = self.bulk(actions)
        if audit is not None:
            self.append_audit_record(record_for_alert_audit(audit))  # the hash chain, after the bulk
        return sum(1 for a, _ in outcome.written if a.index == self.names.outbox)

    def due_notifications(self, channel: str, now: datetime, limit: int = 100) -> list[OutboxItem]:
        query = {"bool": {"filter": [{"term": {"channel": channel}},
                                     {"range": {"next_attempt_at": {"lte": now.isoformat()}}}],
                          "must_not": [{"exists": {"field": "delivered_at"}}, {"exists": {"field": "dead_at"}}]}}
        rows = self.search_sources(self.names.outbox, query, [{"seq": "asc"}, {"item_id": "asc"}], limit)
        return [_item(r) for r in rows]

    def _change_item(self, item_id: int, changes: dict[str, Any]) -> None:
        for _ in range(10):  # optimistic concurrency: re-read and retry on a lost race
            found = self.es.options(ignore_status=404).get(index=self.names.outbox, id=str(item_id))
            if not found.get("found"):
                raise KeyError(f"no outbox entry {item_id}; list them with list_outbox()")
            source = found["_source"]
            body = {**source, **changes, "attempts": int(source["attempts"]) + 1}
            try:
                self.es.index(index=self.names.outbox, id=str(item_id), document=body, refresh=self.refresh,
                              if_seq_no=found["_seq_no"], if_primary_term=found["_primary_term"])
                return
            except Exception as exc:
                if getattr(exc, "status_code", None) != 409:
                    raise
        raise RuntimeError(f"outbox entry {item_id} kept changing under us; retry")

    def mark_notification_delivered(self, item_id: int, at: datetime) -> None:
        self._change_item(item_id, {"delivered_at": at.isoformat()})

    def mark_notification_failed(self, item_id: int, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt; ``retry_at`` None makes the item a dead letter."""
        if retry_at is None:
            self._change_item(item_id, {"last_error": error[:2000], "dead_at": utc_now().isoformat()})
        else:
            self._change_item(item_id, {"last_error": error[:2000], "next_attempt_at": retry_at.isoformat()})

    def list_outbox(self, channel: str | None = None, dead_only: bool = False) -> list[OutboxItem]:
        clauses: list[dict[str, Any]] = [{"term": {"channel": channel}}] if channel else []
        if dead_only:
            clauses.append({"exists": {"field": "dead_at"}})
        rows = self.search_sources(self.names.outbox, {"bool": {"filter": clauses}}, [{"seq": "asc"},
                                                                                     {"item_id": "asc"}])
        return [_item(r) for r in rows]

    # --- snoozes: append-only (create under a fresh id, never updated) ---------------------------
    def add_snooze(self, snooze: Snooze) -> None:
        self.es.create(index=self.names.snoozes, id=uuid.uuid4().hex, refresh=self.refresh, document={
            "country": snooze.country, "kind": snooze.kind, "seq": self.next_seq(), "data": {
                "country": snooze.country, "kind": snooze.kind, "until": snooze.until.isoformat(),
                "actor": snooze.actor, "reason": snooze.reason, "at": snooze.at.isoformat()}})

    def snooze_history(self) -> list[Snooze]:
        rows = self.search_sources(self.names.snoozes, {"match_all": {}}, [{"seq": "asc"}])
        return [Snooze(country=d["country"], kind=d["kind"], until=datetime.fromisoformat(d["until"]),
                       actor=d["actor"], reason=d["reason"], at=datetime.fromisoformat(d["at"]))
                for d in (r["data"] for r in rows)]

    def active_snoozes(self, now: datetime) -> list[Snooze]:
        """The latest snooze per (country, kind), where it still runs at ``now``."""
        latest: dict[tuple[str, str], Snooze] = {}
        for s in self.snooze_history():
            latest[(s.country, s.kind)] = s
        return [s for s in latest.values() if s.until > now]
