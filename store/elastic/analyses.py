"""Analyses, merged events and timelines on Elasticsearch.

Elasticsearch has no join, so "documents not yet analysed by X at version V" is kept on the
document itself: its ``analyzed`` keyword list holds ``X@V`` markers, added with optimistic
concurrency (``if_seq_no``/``if_primary_term``) after the analysis is stored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from store.elastic.base import ElasticBase, key_id
from store.elastic.bulk import BulkAction
from store.elastic.documents import to_document
from store.elastic.records import terms_filter
from store.models import Analysis, Document, Event

__all__ = ["AnalysesMixin", "marker"]

TIMELINE_KINDS = ("documents", "findings", "events")


def marker(analyzer: str, version: str) -> str:
    return f"{analyzer}@{version}"


class AnalysesMixin(ElasticBase):
    _hits_by_id: Any  # DocumentsMixin._hits_by_id

    def put_analyses(self, analyses: Sequence[Analysis]) -> int:
        """Store analyses; re-running an analyzer at the same version replaces its result."""
        if not analyses:
            return 0
        docs = self._hits_by_id([a.document_id for a in analyses])
        actions = []
        for a in analyses:
            source = docs.get(a.document_id, {}).get("_source", {})
            countries = sorted(set(a.countries) | set(source.get("country_focus", [])))
            key = key_id(a.document_id, a.analyzer, a.version)
            actions.append(BulkAction("index", self.names.analyses, key, {
                "key": key, "document_id": a.document_id, "analyzer": a.analyzer, "version": a.version,
                "marker": marker(a.analyzer, a.version), "created_at": a.created_at.isoformat(),
                "day": source.get("day"), "countries": countries, "n_findings": len(a.findings),
                "n_events": len(a.events), "seq": self.next_seq(), "data": a.model_dump(mode="json")}))
        outcome = self.bulk(actions)
        stored = {a.id for a, _ in outcome.written}
        wanted: dict[str, set[str]] = {}
        for a in analyses:
            if key_id(a.document_id, a.analyzer, a.version) in stored:
                wanted.setdefault(a.document_id, set()).add(marker(a.analyzer, a.version))
        self._add_markers(wanted, docs)
        self.mark_dirty(list(wanted))
        return len(stored)

    def _add_markers(self, wanted: dict[str, set[str]], docs: dict[str, dict[str, Any]]) -> None:
        for _ in range(20):
            actions = []
            for doc_id, markers in wanted.items():
                hit = docs.get(doc_id)
                if hit is None:
                    continue  # analysis of a document not (yet) stored: its insert picks the marker up
                have = hit["_source"].get("analyzed", [])
                if markers <= set(have):
                    continue
                actions.append(BulkAction("index", hit["_index"], doc_id,
                                          {**hit["_source"], "analyzed": sorted(set(have) | markers)},
                                          if_seq_no=hit["_seq_no"], if_primary_term=hit["_primary_term"]))
            conflicts = self.bulk(actions).conflicts
            if not conflicts:
                return
            docs = self._hits_by_id([a.id for a in conflicts if a.id])  # lost a race: re-read and retry
            wanted = {d: wanted[d] for d in docs}
        raise RuntimeError("documents kept changing while analyses were marked; retry put_analyses")

    def get_analyses(self, document_id: str, analyzer: str | None = None) -> list[Analysis]:
        rows = self.search_sources(self.names.analyses, terms_filter(document_id=document_id, analyzer=analyzer),
                                   [{"created_at": "asc"}, {"key": "asc"}])
        return [Analysis.model_validate(r["data"]) for r in rows]

    def iter_analyses(self, analyzer: str | None = None, batch_size: int = 500) -> Iterator[Analysis]:
        for hit in self.scan(self.names.analyses, terms_filter(analyzer=analyzer), [{"seq": "asc"}, {"key": "asc"}],
                             batch_size):
            yield Analysis.model_validate(hit["_source"]["data"])

    def documents_needing_analysis(self, analyzer: str, version: str, limit: int = 100) -> list[Document]:
        page = self.es.search(index=self.names.documents, size=limit, sort=[{"seq": "asc"}, {"id": "asc"}],
                              query={"bool": {"must_not": [{"term": {"analyzed": marker(analyzer, version)}}]}})
        return [to_document(h["_source"]) for h in page["hits"]["hits"]]

    # --- events ----------------------------------------------------------------------------------
    def upsert_events(self, events: Sequence[Event]) -> None:
        self.bulk([BulkAction("index", self.names.events, e.id, {
            "id": e.id, "country": e.country, "event_date": e.event_date.isoformat() if e.event_date else None,
            "type": e.type, "seq": self.next_seq(), "data": e.model_dump(mode="json")}) for e in events])

    def get_event(self, event_id: str) -> Event | None:
        found = self.fetch_source(self.names.events, event_id)
        return Event.model_validate(found["data"]) if found else None

    def delete_events(self, ids: Sequence[str]) -> int:
        """Delete merged events by id (a re-merge drops events that lost every report); returns
        how many existed."""
        unique = sorted(set(ids))
        outcome = self.bulk([BulkAction("delete", self.names.events, i) for i in unique])
        return len(outcome.written)

    def list_events(self, country: str | None = None, day_from: date | None = None,
                    day_to: date | None = None, limit: int | None = None) -> list[Event]:
        clauses: list[dict[str, Any]] = [terms_filter(country=country)]
        bounds = {k: v.isoformat() for k, v in (("gte", day_from), ("lte", day_to)) if v is not None}
        if bounds:
            clauses.append({"range": {"event_date": bounds}})
        rows = self.search_sources(self.names.events, {"bool": {"filter": clauses}},
                                   [{"event_date": {"order": "desc", "missing": "_last"}}, {"id": "asc"}], limit)
        return [Event.model_validate(r["data"]) for r in rows]

    # --- timelines -------------------------------------------------------------------------------
    def timeline(self, country: str, kind: str, day_from: date, day_to: date) -> list[tuple[date, int]]:
        """Per-day counts for one country, every day from ``day_from`` to ``day_to`` (zeros included).

        ``kind``: ``documents`` (documents whose country_focus has the country, by publication
        day), ``findings`` / ``events`` (analyses with at least one finding / event about it)."""
        if kind == "documents":
            index, field = self.names.documents, "country_focus"
            extra: list[dict[str, Any]] = []
        elif kind in ("findings", "events"):
            index, field = self.names.analyses, "countries"
            extra = [{"range": {f"n_{kind}": {"gte": 1}}}]
        else:
            raise ValueError(f"unknown timeline kind {kind!r}; use one of {TIMELINE_KINDS}")
        query = {"bool": {"filter": [{"term": {field: country}}, *extra,
                                     {"range": {"day": {"gte": day_from.isoformat(), "lte": day_to.isoformat()}}}]}}
        page = self.es.search(index=index, size=0, query=query, aggs={"days": {"date_histogram": {
            "field": "day", "calendar_interval": "day", "format": "yyyy-MM-dd", "min_doc_count": 0,
            "extended_bounds": {"min": day_from.isoformat(), "max": day_to.isoformat()}}}})
        counts = {b["key_as_string"][:10]: b["doc_count"] for b in page["aggregations"]["days"]["buckets"]}
        days = (day_from + timedelta(days=i) for i in range((day_to - day_from).days + 1))
        return [(d, counts.get(d.isoformat(), 0)) for d in days]
