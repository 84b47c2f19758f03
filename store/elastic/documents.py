"""Captures, documents, content-hash dedup and full-text search on Elasticsearch.

Documents are written with ``op_type=create`` into their month's index, so a replayed batch
is harmless. Exact duplicates (same content hash, new URL) are refused through the ``hashes``
index, whose ids are content hashes written with create semantics: of two writers racing
with the same content, exactly one wins. Reads go through the ``documents`` alias with ``ids``
queries (a GET by id cannot span the monthly indices).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator, Sequence
from typing import Any

from store.elastic.base import ElasticBase
from store.elastic.bulk import BulkAction
from store.models import Capture, Document, DocumentFilter, SearchHit, UpsertResult

__all__ = ["DocumentsMixin", "document_query"]

_TOKEN = re.compile(r"\w+", re.UNICODE)
_DOC_FIELDS = tuple(Document.model_fields)
_MAX_TOKENS = 32


def document_query(flt: DocumentFilter | None) -> dict[str, Any]:
    if flt is None:
        return {"match_all": {}}
    clauses: list[dict[str, Any]] = []
    for name, values in (("source_id", flt.source_ids), ("language", flt.languages),
                         ("country_focus", flt.countries)):
        if values:
            clauses.append({"terms": {name: list(values)}})
    for name, low, high in (("published_at", flt.published_from, flt.published_to),
                            ("fetched_at", flt.fetched_from, flt.fetched_to)):
        bounds = {k: v.isoformat() for k, v in (("gte", low), ("lt", high)) if v is not None}
        if bounds:
            clauses.append({"range": {name: bounds}})
    return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}


def to_document(source: dict[str, Any]) -> Document:
    return Document.model_validate({k: source[k] for k in _DOC_FIELDS if k in source})


class DocumentsMixin(ElasticBase):
    # --- captures ----------------------------------------------------------------------------
    def put_capture(self, capture: Capture) -> bool:
        body = capture.model_dump(mode="json", exclude={"content"})
        if capture.content is not None:
            body["content"] = base64.b64encode(capture.content).decode("ascii")
        outcome = self.bulk([BulkAction("create", self.names.captures, capture.id, body)])
        return bool(outcome.written)

    def get_capture(self, capture_id: str) -> Capture | None:
        found = self.fetch_source(self.names.captures, capture_id)
        if found is None:
            return None
        content = found.pop("content", None)
        return Capture.model_validate({**found, "content": base64.b64decode(content) if content else None})

    # --- documents ---------------------------------------------------------------------------
    def _hits_by_id(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Current hits (with _index, _seq_no, _primary_term) of these document ids."""
        found: dict[str, dict[str, Any]] = {}
        unique = list(dict.fromkeys(ids))
        for i in range(0, len(unique), 1000):
            chunk = unique[i:i + 1000]
            page = self.es.search(index=self.names.documents, query={"ids": {"values": chunk}}, size=len(chunk),
                                  seq_no_primary_term=True)
            found.update({h["_id"]: h for h in page["hits"]["hits"]})
        return found

    def _claim_hashes(self, docs: list[Document]) -> tuple[list[Document], int]:
        """Create a ``hashes`` entry per new document; a taken hash means an exact duplicate."""
        actions = [BulkAction("create", self.names.hashes, d.content_hash, {"document_id": d.id}) for d in docs]
        outcome = self.bulk(actions)
        won = {a.id for a, _ in outcome.written}
        lost = [a for a in outcome.conflicts]
        stale = self._stale_hashes([a.id for a in lost if a.id])
        retaken = self.bulk([BulkAction("index", self.names.hashes, h, {"document_id": d.id})
                             for d in docs if (h := d.content_hash) in stale and h not in won])
        won |= {a.id for a, _ in retaken.written}
        fresh, seen = [], set()
        for d in docs:
            if d.content_hash in won and d.content_hash not in seen:
                fresh.append(d)
                seen.add(d.content_hash)
        return fresh, len(docs) - len(fresh)

    def _stale_hashes(self, hashes: list[str]) -> set[str]:
        """Hash entries whose document no longer exists or no longer has that content."""
        if not hashes:
            return set()
        entries = self.es.mget(index=self.names.hashes, ids=hashes)["docs"]
        owners = {e["_id"]: e["_source"]["document_id"] for e in entries if e.get("found")}
        hits = self._hits_by_id(list(owners.values()))
        return {h for h, owner in owners.items()
                if owner not in hits or hits[owner]["_source"]["content_hash"] != h}

    def upsert_documents(self, documents: Sequence[Document]) -> UpsertResult:
        """Insert new documents, update changed ones; a new URL with known content is a duplicate."""
        latest = {d.id: d for d in documents}  # within one batch the last version of an id wins
        existing = self._hits_by_id(list(latest))
        unchanged = sum(1 for d in documents if d.id in existing
                        and existing[d.id]["_source"]["content_hash"] == d.content_hash)
        changed = [d for d in latest.values() if d.id in existing
                   and existing[d.id]["_source"]["content_hash"] != d.content_hash]
        new = [d for d in latest.values() if d.id not in existing]
        unchanged += len(documents) - len(latest)
        updated = self._update_changed(changed, existing)
        fresh, duplicates = self._claim_hashes(new)
        inserted = self._insert(fresh)
        self.mark_dirty([*inserted, *(d.id for d in changed)])
        return UpsertResult(inserted=len(inserted), updated=updated, unchanged=unchanged, duplicates=duplicates,
                            inserted_ids=inserted)

    def _update_changed(self, changed: list[Document], existing: dict[str, dict[str, Any]]) -> int:
        actions = []
        for d in changed:
            old = existing[d.id]["_source"]
            body = {**old, **self._body(d), "seq": old["seq"], "analyzed": old.get("analyzed", [])}
            if d.published_at is None:
                body["published_at"] = old.get("published_at")
            body["day"] = (body.get("published_at") or body["fetched_at"])[:10]
            actions.append(BulkAction("index", existing[d.id]["_index"], d.id, body))
        self.bulk([BulkAction("index", self.names.hashes, d.content_hash, {"document_id": d.id}) for d in changed])
        return len(self.bulk(actions).written)

    @staticmethod
    def _body(d: Document) -> dict[str, Any]:
        body = d.model_dump(mode="json")
        body["day"] = (d.published_at or d.fetched_at).date().isoformat()
        return body

    def _insert(self, fresh: list[Document]) -> list[str]:
        markers = self._existing_markers([d.id for d in fresh])
        actions = [BulkAction("create", self.names.documents_for(d.published_at or d.fetched_at), d.id,
                              {**self._body(d), "seq": self.next_seq(), "analyzed": markers.get(d.id, [])})
                   for d in fresh]
        outcome = self.bulk(actions)
        inserted = {a.id for a, _ in outcome.written}
        lost = [d.content_hash for d in fresh if d.id not in inserted]
        if lost:  # a document that could not be written must not block its content forever
            self.bulk([BulkAction("delete", self.names.hashes, h) for h in lost])
        return [d.id for d in fresh if d.id in inserted]

    def _existing_markers(self, ids: list[str]) -> dict[str, list[str]]:
        """analyzer@version of analyses stored before their document (e.g. by a copy)."""
        if not ids:
            return {}
        markers: dict[str, list[str]] = {}
        for hit in self.scan(self.names.analyses, {"terms": {"document_id": ids}}, [{"key": "asc"}]):
            markers.setdefault(hit["_source"]["document_id"], []).append(hit["_source"]["marker"])
        return markers

    def get_document(self, document_id: str) -> Document | None:
        found = self.get_documents([document_id])
        return found[0] if found else None

    def get_documents(self, document_ids: Sequence[str]) -> list[Document]:
        hits = self._hits_by_id(document_ids)
        return [to_document(hits[i]["_source"]) for i in dict.fromkeys(document_ids) if i in hits]

    def find_by_content_hash(self, content_hash: str) -> str | None:
        page = self.es.search(index=self.names.documents, query={"term": {"content_hash": content_hash}},
                              size=1, sort=[{"seq": "asc"}], _source=["id"])
        hits = page["hits"]["hits"]
        return hits[0]["_source"]["id"] if hits else None

    def iter_documents(self, flt: DocumentFilter | None = None, batch_size: int = 500) -> Iterator[Document]:
        for hit in self.scan(self.names.documents, document_query(flt), [{"seq": "asc"}, {"id": "asc"}],
                             batch_size):
            yield to_document(hit["_source"])

    def count_documents(self, flt: DocumentFilter | None = None) -> int:
        return int(self.es.count(index=self.names.documents, query=document_query(flt))["count"])

    def count_documents_by_source(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        after: dict[str, Any] | None = None
        while True:
            composite: dict[str, Any] = {"size": 1000, "sources": [{"s": {"terms": {"field": "source_id"}}}]}
            if after:
                composite["after"] = after
            agg = self.es.search(index=self.names.documents, size=0,
                                 aggs={"by": {"composite": composite}})["aggregations"]["by"]
            counts.update({b["key"]["s"]: b["doc_count"] for b in agg["buckets"]})
            after = agg.get("after_key")
            if not agg["buckets"] or not after:
                return counts

    def search(self, query: str, flt: DocumentFilter | None = None, limit: int = 20) -> list[SearchHit]:
        tokens = _TOKEN.findall(query)[:_MAX_TOKENS]
        if not tokens:
            return []
        fields = ["title^2", "text", "summary"] + [f"{f}.{lang}" for f in ("title", "text") for lang in self.languages]
        must: list[dict[str, Any]] = [{"multi_match": {"query": t, "fields": fields}} for t in tokens[:-1]]
        must.append({"bool": {"should": [
            {"multi_match": {"query": tokens[-1], "fields": fields}},
            {"multi_match": {"query": tokens[-1], "fields": ["title", "text"], "type": "phrase_prefix"}}],
            "minimum_should_match": 1}})
        page = self.es.search(index=self.names.documents, size=limit, query={"bool": {
            "must": must, "filter": [document_query(flt)]}}, highlight={
            "pre_tags": ["["], "post_tags": ["]"], "fields": {"text": {"fragment_size": 160, "number_of_fragments": 1},
                                                              "title": {"number_of_fragments": 0}}})
        hits = []
        for h in page["hits"]["hits"]:
            doc = to_document(h["_source"])
            highlight = h.get("highlight", {})
            snippet = (highlight.get("text") or highlight.get("title") or [doc.text[:160] or doc.title])[0]
            hits.append(SearchHit(document=doc, score=float(h["_score"] or 0.0), snippet=snippet))
        return hits

    def set_clusters(self, assignments: dict[str, str]) -> None:
        hits = self._hits_by_id(list(assignments))
        outcome = self.bulk([BulkAction("update", hits[d]["_index"], d, {"cluster_id": c})
                             for d, c in assignments.items() if d in hits])
        self.mark_dirty([a.id for a, _ in outcome.written if a.id])
