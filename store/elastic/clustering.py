"""Near-duplicate cluster signatures and document times (``ClusteringStore``) on Elasticsearch.

Signatures are keyed by document id; their MinHash and embedding bytes are kept base64-encoded
in the opaque ``data`` object. "Oldest first" means by ``published_at``, else ``fetched_at``:
documents are stored with both fields, so the two groups are read with their own sort and
merged, which keeps the order exact without a script.
"""

from __future__ import annotations

import base64
import heapq
import itertools
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from store.elastic.base import ElasticBase
from store.elastic.bulk import BulkAction
from store.elastic.documents import to_document
from store.models import Document
from store.sqlite.crawl import ClusterSignature

__all__ = ["ElasticClusteringMixin"]

_NO_CLUSTER = {"bool": {"must_not": [{"exists": {"field": "cluster_id"}}]}}
_NOT_PUBLISHED = {"bool": {"must_not": [{"exists": {"field": "published_at"}}]}}
_PUBLISHED = {"exists": {"field": "published_at"}}


def _b64(value: bytes | None) -> str | None:
    return base64.b64encode(value).decode("ascii") if value is not None else None


def _signature(data: dict[str, Any]) -> ClusterSignature:
    raw = {k: base64.b64decode(data[k]) if data.get(k) is not None else None for k in ("minhash", "embedding")}
    return ClusterSignature.model_validate({**data, **raw})


def _doc_time(source: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(source.get("published_at") or source["fetched_at"])


class ElasticClusteringMixin(ElasticBase):
    set_clusters: Any  # DocumentsMixin.set_clusters

    def put_cluster_signatures(self, signatures: Sequence[ClusterSignature]) -> None:
        """Store signatures, then set each document's cluster id (two bulk requests, not one transaction:
        a crash between them leaves signatures whose cluster id the next run sets again)."""
        if not signatures:
            return
        self.bulk([BulkAction("index", self.names.cluster_signatures, s.document_id, {
            "document_id": s.document_id, "at": s.at.isoformat(), "seq": self.next_seq(),
            "data": {**s.model_dump(mode="json", exclude={"minhash", "embedding"}),
                     "minhash": _b64(s.minhash), "embedding": _b64(s.embedding)}}) for s in signatures])
        self.set_clusters({s.document_id: s.cluster_id for s in signatures})

    def cluster_signatures_since(self, since: datetime | None = None) -> list[ClusterSignature]:
        """Signatures with ``at >= since`` (all when None), oldest first."""
        query = {"range": {"at": {"gte": since.isoformat()}}} if since else {"match_all": {}}
        hits = self.scan(self.names.cluster_signatures, query, [{"at": "asc"}, {"document_id": "asc"}], 2000)
        return [_signature(h["_source"]["data"]) for h in hits]

    def _by_time(self, query: dict[str, Any], source: Any, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
        """Hits of ``query`` in (published_at else fetched_at, id) order."""
        published = self.scan(self.names.documents, {"bool": {"filter": [query, _PUBLISHED]}},
                              [{"published_at": "asc"}, {"id": "asc"}], batch_size, source=source)
        fetched = self.scan(self.names.documents, {"bool": {"filter": [query, _NOT_PUBLISHED]}},
                            [{"fetched_at": "asc"}, {"id": "asc"}], batch_size, source=source)
        return heapq.merge(published, fetched, key=lambda h: (_doc_time(h["_source"]), h["_source"]["id"]))

    def unclustered_documents(self, limit: int = 1000) -> list[Document]:
        """Documents without a cluster id, oldest (published, else fetched) first."""
        hits = self._by_time(_NO_CLUSTER, True, min(max(limit, 1), 1000))
        return [to_document(h["_source"]) for h in itertools.islice(hits, limit)]

    def document_times_by_source(self, since: datetime | None = None) -> dict[str, list[datetime]]:
        """Per source, the times of its documents (published, else fetched), oldest first."""
        query: dict[str, Any] = {"match_all": {}}
        if since is not None:
            query = {"bool": {"should": [
                {"range": {"published_at": {"gte": since.isoformat()}}},
                {"bool": {"filter": [_NOT_PUBLISHED, {"range": {"fetched_at": {"gte": since.isoformat()}}}]}}],
                "minimum_should_match": 1}}
        out: dict[str, list[datetime]] = {}
        for hit in self._by_time(query, ["id", "source_id", "published_at", "fetched_at"], 5000):
            out.setdefault(hit["_source"]["source_id"], []).append(_doc_time(hit["_source"]))
        return out
