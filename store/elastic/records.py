"""Sources, feed state, source health, signals, alerts with their audit trail, reviews and
quarantine on Elasticsearch. Each record is kept whole in an opaque ``data`` object next to
the few keyword/date fields that queries filter and sort on."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from store.audit import record_for_review
from store.elastic.base import ElasticBase, key_id
from store.elastic.bulk import BulkAction
from store.models import (
    Alert,
    AlertStatus,
    AuditEntry,
    FeedState,
    Quarantined,
    Review,
    Signal,
    Source,
    SourceHealth,
    utc_now,
)

__all__ = ["RecordsMixin", "terms_filter"]


def terms_filter(**fields: Any) -> dict[str, Any]:
    """A bool filter of exact terms; None values are left out."""
    clauses = [{"term": {k: v}} for k, v in fields.items() if v is not None]
    return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}


def _range(field: str, gte: Any = None, lte: Any = None) -> dict[str, Any] | None:
    bounds = {k: v.isoformat() for k, v in (("gte", gte), ("lte", lte)) if v is not None}
    return {"range": {field: bounds}} if bounds else None


class RecordsMixin(ElasticBase):
    append_audit_record: Any  # ElasticAuditChainMixin.append_audit_record

    # --- sources and health ----------------------------------------------------------------
    def upsert_sources(self, sources: Sequence[Source]) -> None:
        self.bulk([BulkAction("index", self.names.sources, s.id, {"id": s.id, "seq": self.next_seq(),
                                                                   "data": s.model_dump(mode="json")})
                   for s in sources])

    def list_sources(self) -> list[Source]:
        rows = self.search_sources(self.names.sources, {"match_all": {}}, [{"id": "asc"}])
        return [Source.model_validate(r["data"]) for r in rows]

    def get_source(self, source_id: str) -> Source | None:
        found = self.fetch_source(self.names.sources, source_id)
        return Source.model_validate(found["data"]) if found else None

    def get_feed_state(self, source_id: str, url: str) -> FeedState | None:
        found = self.fetch_source(self.names.feed_state, key_id(source_id, url))
        return FeedState.model_validate(found["data"]) if found else None

    def put_feed_state(self, state: FeedState) -> None:
        self.es.index(index=self.names.feed_state, id=key_id(state.source_id, state.url), refresh=self.refresh,
                      document={"source_id": state.source_id, "url": state.url, "seq": self.next_seq(),
                                "data": state.model_dump(mode="json")})

    def _update_health(self, source_id: str, changes: dict[str, Any]) -> None:
        for _ in range(10):  # optimistic concurrency: re-read and retry on a lost race
            found = self.es.options(ignore_status=404).get(index=self.names.source_health, id=source_id)
            data = {**(found["_source"]["data"] if found.get("found") else {}), **changes}
            body = {"source_id": source_id, "seq": self.next_seq(), "data": data}
            try:
                if found.get("found"):
                    self.es.index(index=self.names.source_health, id=source_id, document=body, refresh=self.refresh,
                                  if_seq_no=found["_seq_no"], if_primary_term=found["_primary_term"])
                else:
                    self.es.create(index=self.names.source_health, id=source_id, document=body,
                                   refresh=self.refresh)
                return
            except Exception as exc:
                if getattr(exc, "status_code", None) != 409:
                    raise
        raise RuntimeError(f"source health of {source_id} kept changing under us; retry")

    def record_source_success(self, source_id: str, at: datetime, items: int) -> None:
        self._update_health(source_id, {"last_success_at": at.isoformat()})

    def record_source_error(self, source_id: str, at: datetime, error: str) -> None:
        self._update_health(source_id, {"last_error_at": at.isoformat(), "last_error": error[:2000]})

    def source_health(self) -> list[SourceHealth]:
        health = {r["source_id"]: r["data"] for r in self.search_sources(
            self.names.source_health, {"match_all": {}}, [{"source_id": "asc"}])}
        ids = sorted(set(health) | {s.id for s in self.list_sources()})
        since = utc_now() - timedelta(hours=24)
        page = self.es.search(index=self.names.documents, size=0, query={"terms": {"source_id": ids}},
                              aggs={"by": {"terms": {"field": "source_id", "size": max(len(ids), 1)}, "aggs": {
                                  "recent": {"filter": {"range": {"fetched_at": {"gte": since.isoformat()}}}}}}})
        counts = {b["key"]: (b["doc_count"], b["recent"]["doc_count"])
                  for b in page["aggregations"]["by"]["buckets"]}
        return [SourceHealth(source_id=i, last_success_at=health.get(i, {}).get("last_success_at"),
                             last_error_at=health.get(i, {}).get("last_error_at"),
                             last_error=health.get(i, {}).get("last_error"), documents_total=counts.get(i, (0, 0))[0],
                             items_last_24h=counts.get(i, (0, 0))[1]) for i in ids]

    # --- signals -----------------------------------------------------------------------------
    def put_signals(self, signals: Sequence[Signal]) -> None:
        self.bulk([BulkAction("index", self.names.signals, key_id(s.country, s.day.isoformat(), s.kind), {
            "key": key_id(s.country, s.day.isoformat(), s.kind), "country": s.country, "day": s.day.isoformat(),
            "kind": s.kind, "value": s.value, "seq": self.next_seq(), "data": s.model_dump(mode="json")})
            for s in signals])

    def list_signals(self, country: str | None = None, kind: str | None = None,
                     day_from: date | None = None, day_to: date | None = None) -> list[Signal]:
        query = terms_filter(country=country, kind=kind)
        span = _range("day", day_from, day_to)
        if span:
            query = {"bool": {"filter": [query, span]}}
        rows = self.search_sources(self.names.signals, query,
                                   [{"country": "asc"}, {"kind": "asc"}, {"day": "asc"}, {"key": "asc"}])
        return [Signal.model_validate(r["data"]) for r in rows]

    # --- alerts and audit ----------------------------------------------------------------------
    def _alert_action(self, alert: Alert) -> BulkAction:
        return BulkAction("index", self.names.alerts, alert.id, {
            "id": alert.id, "country": alert.country, "kind": alert.kind, "status": alert.status.value,
            "updated_at": alert.updated_at.isoformat(), "seq": self.next_seq(), "data": alert.model_dump(mode="json")})

    def _audit_action(self, entry: AuditEntry) -> BulkAction:
        # create with a fresh id: an audit entry is never overwritten (append-only by construction)
        return BulkAction("create", self.names.audit, uuid.uuid4().hex, {
            "alert_id": entry.alert_id, "seq": self.next_seq(), "data": entry.model_dump(mode="json")})

    def _write_one(self, action: BulkAction) -> None:
        outcome = self.bulk([action])
        if outcome.failed:
            raise RuntimeError(f"could not write {action.index}/{action.id}: {outcome.failed[0][1]} (dead-lettered)")

    def upsert_alert(self, alert: Alert) -> None:
        self._write_one(self._alert_action(alert))

    def get_alert(self, alert_id: str) -> Alert | None:
        found = self.fetch_source(self.names.alerts, alert_id)
        return Alert.model_validate(found["data"]) if found else None

    def list_alerts(self, status: Sequence[AlertStatus] | None = None, country: str | None = None,
                    kind: str | None = None, limit: int | None = None) -> list[Alert]:
        query = terms_filter(country=country, kind=kind)
        if status:
            query = {"bool": {"filter": [query, {"terms": {"status": [AlertStatus(s).value for s in status]}}]}}
        rows = self.search_sources(self.names.alerts, query, [{"updated_at": "desc"}, {"id": "asc"}], limit)
        return [Alert.model_validate(r["data"]) for r in rows]

    def append_audit(self, entry: AuditEntry) -> None:
        self._write_one(self._audit_action(entry))

    def audit_trail(self, alert_id: str) -> list[AuditEntry]:
        rows = self.search_sources(self.names.audit, {"term": {"alert_id": alert_id}}, [{"seq": "asc"}])
        return [AuditEntry.model_validate(r["data"]) for r in rows]

    # --- reviews and quarantine ------------------------------------------------------------------
    def add_review(self, review: Review, *, chain: bool = True) -> None:
        """Store the review, then chain it in the audit log (two writes; SQLite does both in one transaction).
        ``chain=False`` only for ``store copy``, which carries the source's chain."""
        self.es.index(index=self.names.reviews, id=review.id, refresh=self.refresh, document={
            "id": review.id, "target_kind": review.target_kind, "at": review.at.isoformat(), "seq": self.next_seq(),
            "data": review.model_dump(mode="json")})
        if chain:
            self.append_audit_record(record_for_review(review))

    def list_reviews(self, target_kind: str | None = None) -> list[Review]:
        rows = self.search_sources(self.names.reviews, terms_filter(target_kind=target_kind),
                                   [{"at": "asc"}, {"id": "asc"}])
        return [Review.model_validate(r["data"]) for r in rows]

    def quarantine(self, item: Quarantined) -> None:
        self.es.index(index=self.names.quarantine, refresh=self.refresh, document={
            "stage": item.stage, "seq": self.next_seq(),
            "data": item.model_copy(update={"error": item.error[:4000]}).model_dump(mode="json")})

    def list_quarantine(self, stage: str | None = None) -> list[Quarantined]:
        rows = self.search_sources(self.names.quarantine, terms_filter(stage=stage), [{"seq": "asc"}])
        return [Quarantined.model_validate(r["data"]) for r in rows]
