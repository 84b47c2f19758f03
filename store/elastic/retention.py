"""Retention purges (``store.retention.RetentionStore``) on Elasticsearch.

The same record classes and the same effect as on SQLite (``store/sqlite/retention.py``):
capture bodies dropped (digest, size, URL and headers kept), document title/text/summary
blanked (ids, URLs and content hashes kept), quoted text and speaker names stripped from
analyses, dismissed alerts and their outbox entries deleted, old quarantine entries deleted.
Each class is purged with bulk requests rather than in one transaction; a purge that stops
part-way is finished by running it again (every step is idempotent), and only a completed
purge is recorded in the audit chain (``store.retention.purge`` records it after this returns).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any

from store.elastic.base import ElasticBase
from store.elastic.bulk import BulkAction
from store.sqlite.retention import strip_analysis_text

__all__ = ["ElasticRetentionMixin"]


def _before(field: str, cutoff: datetime) -> dict[str, Any]:
    return {"range": {field: {"lt": cutoff.isoformat()}}}


class ElasticRetentionMixin(ElasticBase):
    def purge_expired(self, cutoffs: Mapping[str, datetime], dry_run: bool) -> dict[str, int]:
        """Count (``dry_run``) or purge the records older than each class's cut-off."""
        handlers: dict[str, Callable[[datetime], Iterator[BulkAction]]] = {
            "captures": self._expired_captures, "document_text": self._expired_text,
            "analysis_text": self._expired_quotes, "dismissed_alerts": self._expired_alerts,
            "quarantine": self._expired_quarantine}
        counts: dict[str, int] = {}
        for name, cutoff in cutoffs.items():
            if name not in handlers:
                raise ValueError(f"unknown record class {name!r}; known: {', '.join(sorted(handlers))}")
            actions = list(handlers[name](cutoff))
            counts[name] = sum(1 for a in actions if a.index != self.names.outbox)
            if not dry_run:
                outcome = self.bulk(actions)
                if outcome.failed:
                    raise RuntimeError(f"retention purge of {name}: {len(outcome.failed)} writes failed "
                                       f"(dead-lettered; see tocsin status); run the purge again")
        return counts

    def _expired_captures(self, cutoff: datetime) -> Iterator[BulkAction]:
        # a binary field is not indexed, so "has a body" cannot be queried: read the bodies in small pages
        for hit in self.scan(self.names.captures, _before("fetched_at", cutoff), [{"id": "asc"}], 200,
                             source=["content"]):
            if hit["_source"].get("content"):
                yield BulkAction("update", self.names.captures, hit["_id"], {"content": None})

    def _expired_text(self, cutoff: datetime) -> Iterator[BulkAction]:
        for hit in self.scan(self.names.documents, _before("fetched_at", cutoff), [{"seq": "asc"}, {"id": "asc"}],
                             2000, source=["id", "title", "text", "summary"]):
            if any(hit["_source"].get(f) for f in ("title", "text", "summary")):
                yield BulkAction("update", hit["_index"], hit["_id"], {"title": "", "text": "", "summary": ""})

    def _expired_quotes(self, cutoff: datetime) -> Iterator[BulkAction]:
        for hit in self.scan(self.names.analyses, _before("created_at", cutoff), [{"key": "asc"}], 1000,
                             source=["data"]):
            data = hit["_source"]["data"]
            if strip_analysis_text(data):
                yield BulkAction("update", self.names.analyses, hit["_id"], {"data": data})

    def _expired_alerts(self, cutoff: datetime) -> Iterator[BulkAction]:
        query = {"bool": {"filter": [{"term": {"status": "dismissed"}}, _before("updated_at", cutoff)]}}
        ids = [h["_id"] for h in self.scan(self.names.alerts, query, [{"id": "asc"}], 2000, source=False)]
        for i in range(0, len(ids), 1000):
            for hit in self.scan(self.names.outbox, {"terms": {"alert_id": ids[i:i + 1000]}}, [{"item_id": "asc"}],
                                 2000, source=False):
                yield BulkAction("delete", self.names.outbox, hit["_id"])
        yield from (BulkAction("delete", self.names.alerts, i) for i in ids)

    def _expired_quarantine(self, cutoff: datetime) -> Iterator[BulkAction]:
        # the quarantine index keeps the time inside the opaque record: it is small, so filter here
        for hit in self.scan(self.names.quarantine, {"match_all": {}}, [{"seq": "asc"}], 2000, source=["data"]):
            if datetime.fromisoformat(hit["_source"]["data"]["at"]) < cutoff:
                yield BulkAction("delete", self.names.quarantine, hit["_id"])
