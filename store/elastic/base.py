"""What every Elasticsearch mixin shares: the client, index names and the write helpers."""

from __future__ import annotations

import itertools
import json
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

from store.elastic.bulk import BulkAction, BulkOutcome, run_bulk
from store.elastic.client import ServerInfo
from store.elastic.scan import scan_hits
from store.elastic.schema import IndexNames
from store.errors import StoreClosedError
from store.models import Quarantined, sha256_hex, utc_now

__all__ = ["ElasticBase", "key_id"]

log = logging.getLogger(__name__)

_COUNTER = itertools.count()
_COUNTER_LOCK = threading.Lock()


def key_id(*parts: str) -> str:
    """A deterministic document id for a compound key (replays overwrite, never duplicate)."""
    return sha256_hex("\x1f".join(parts))[:40]


class ElasticBase:
    client: Any
    names: IndexNames
    server: ServerInfo
    refresh: str
    use_pit: bool
    languages: list[str]
    _closed: bool

    @property
    def es(self) -> Any:
        if self._closed:
            raise StoreClosedError("the store was closed; open a new one with open_store(settings)")
        return self.client

    @staticmethod
    def next_seq() -> int:
        """Write order: microseconds since the epoch times 1000 plus a per-process counter."""
        with _COUNTER_LOCK:
            return time.time_ns() // 1000 * 1000 + next(_COUNTER) % 1000

    def bulk(self, actions: Sequence[BulkAction], refresh: str | None = None) -> BulkOutcome:
        if not actions:
            return BulkOutcome()
        return run_bulk(self.es, actions, refresh=refresh or self.refresh, dead_letter=self._dead_letter)

    def mark_dirty(self, document_ids: Sequence[str]) -> None:
        """Queue documents for ``refresh_alert_facts`` (what SQLite's triggers do); the queue is
        refreshed explicitly where it is read, so no refresh is waited for here."""
        self.bulk([BulkAction("index", self.names.alert_dirty, d, {"document_id": d})
                   for d in dict.fromkeys(document_ids)], refresh="false")

    def _dead_letter(self, failed: list[tuple[BulkAction, str]]) -> None:
        now = utc_now()
        letters = [BulkAction("index", self.names.dead_letter, source={
            "index": a.index, "doc_id": a.id, "error": err[:4000], "at": now.isoformat(),
            "payload": json.dumps(a.source, default=str)[:30000]}) for a, err in failed]
        run_bulk(self.es, letters, refresh=self.refresh)
        for action, error in failed:
            self.quarantine(Quarantined(stage=f"store:{action.index}", ref=action.id or "", error=error, at=now,
                                        digest=sha256_hex(json.dumps(action.source, default=str))))

    def quarantine(self, item: Quarantined) -> None:  # overridden by RecordsMixin; here for _dead_letter
        raise NotImplementedError

    def scan(self, index: str, query: dict[str, Any] | None = None, sort: list[Any] | None = None,
             batch_size: int = 500, source: Any = True) -> Iterator[dict[str, Any]]:
        return scan_hits(self.es, index, query or {"match_all": {}}, sort or [{"seq": "asc"}],
                         batch_size=batch_size, opensearch=self.server.is_opensearch, use_pit=self.use_pit,
                         source=source)

    def search_sources(self, index: str, query: dict[str, Any], sort: list[Any], limit: int | None = None
                       ) -> list[dict[str, Any]]:
        """``_source`` of every hit (or the first ``limit``), in ``sort`` order."""
        if limit is not None and limit <= 1000:
            page = self.es.search(index=index, query=query, sort=sort, size=limit)
            return [h["_source"] for h in page["hits"]["hits"]]
        hits = self.scan(index, query, sort)
        return [h["_source"] for h in (itertools.islice(hits, limit) if limit else hits)]

    def fetch_source(self, index: str, doc_id: str) -> dict[str, Any] | None:
        found = self.es.options(ignore_status=404).get(index=index, id=doc_id)
        return found["_source"] if found.get("found") else None
