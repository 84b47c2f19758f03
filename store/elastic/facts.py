"""The alerting fact index on Elasticsearch: the same projection as SQLite's ``alert_*_facts``
(one row per document and country, per finding and country, per event mention), kept in three
indices and re-derived for the documents queued in ``alert-dirty``.

SQLite queues documents with triggers; here every write path that can change a fact
(``upsert_documents``, ``set_clusters``, ``put_analyses``) queues its documents itself
(``ElasticBase.mark_dirty``). A queue entry is removed with ``if_seq_no`` of the version read,
so a document queued again while its facts were being derived stays queued.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from store.elastic.base import ElasticBase, key_id
from store.elastic.bulk import BulkAction

__all__ = ["ElasticFactsMixin", "fact_rows"]

Rows = dict[str, list[tuple[str, dict[str, Any]]]]  # fact kind -> (id, source)

# a unique sort per fact index, for search_after
_FACT_SORT = {"doc": [{"document_id": "asc"}, {"country": "asc"}],
              "finding": [{"document_id": "asc"}, {"idx": "asc"}, {"country": "asc"}],
              "mention": [{"document_id": "asc"}, {"idx": "asc"}]}


def _latest(analyses: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The latest analysis (by created_at) of each analyzer."""
    best: dict[str, tuple[datetime, dict[str, Any]]] = {}
    for a in analyses:
        at = datetime.fromisoformat(a["created_at"])
        if a["analyzer"] not in best or at > best[a["analyzer"]][0]:
            best[a["analyzer"]] = (at, a)
    return [a for _, a in best.values()]


def fact_rows(doc: dict[str, Any], analyses: Sequence[dict[str, Any]]) -> Rows:
    """Facts of one document (its ``_source``) and its analyses (their ``data``), as SQLite derives them."""
    doc_id = doc["id"]
    day = (doc.get("published_at") or doc["fetched_at"])[:10]
    story = doc.get("cluster_id") or doc_id
    latest = _latest(analyses)
    countries: list[str] = []
    for a in latest:
        countries.extend(c for c in a.get("countries", []) if c not in countries)
    countries = countries or list(doc.get("country_focus", []))
    base = {"document_id": doc_id, "day": day, "story": story}
    rows: Rows = {"doc": [(key_id(doc_id, c), {**base, "country": c}) for c in countries], "finding": [],
                  "mention": []}
    findings = [f for a in latest for f in a.get("findings", [])]
    for idx, f in enumerate(findings):
        official = bool((f.get("speaker") or {}).get("is_official"))
        rows["finding"] += [(key_id(doc_id, str(idx), c), {
            **base, "country": c, "idx": idx, "eliminationist": "eliminationist" in f.get("labels", []),
            "official": official, "score": float(f.get("score", 0.0)), "severity": float(f.get("severity", 1.0))})
            for c in countries]
    mentions = [e for a in latest for e in a.get("events", [])]
    for idx, e in enumerate(mentions):
        country = e.get("country") or (countries[0] if countries else None)
        if country:
            rows["mention"].append((key_id(doc_id, str(idx)), {
                **base, "country": country, "idx": idx, "type": e.get("type", "unknown"),
                "fatalities": int((e.get("fatalities") or {}).get("best") or 0), "score": float(e.get("score", 0.0))}))
    return rows


class ElasticFactsMixin(ElasticBase):
    _hits_by_id: Any  # DocumentsMixin._hits_by_id

    def _fact_index(self, kind: str) -> str:
        return getattr(self.names, f"alert_{kind}_facts")

    def refresh_alert_facts(self, batch_size: int = 2000) -> date | None:
        """Re-derive facts of every queued document; returns the earliest day touched (old or new)."""
        earliest: str | None = None
        self.es.indices.refresh(index=self.names.alert_dirty)
        while True:
            page = self.es.search(index=self.names.alert_dirty, size=batch_size, seq_no_primary_term=True,
                                  sort=[{"document_id": "asc"}], query={"match_all": {}})["hits"]["hits"]
            if not page:
                break
            days = self._refresh_batch([h["_id"] for h in page])
            done = self.bulk([BulkAction("delete", self.names.alert_dirty, h["_id"], if_seq_no=h["_seq_no"],
                                         if_primary_term=h["_primary_term"]) for h in page], refresh="true")
            if days:
                earliest = min([earliest, *days]) if earliest else min(days)
            if not done.written and not done.missing:
                break  # every entry was queued again meanwhile: the next call takes them
        return date.fromisoformat(earliest) if earliest else None

    def _refresh_batch(self, ids: list[str]) -> list[str]:
        docs = self._hits_by_id(ids)
        analyses: dict[str, list[dict[str, Any]]] = {}
        for hit in self.scan(self.names.analyses, {"terms": {"document_id": ids}}, [{"key": "asc"}], 2000,
                             source=["data"]):
            data = hit["_source"]["data"]
            analyses.setdefault(data["document_id"], []).append(data)
        new: Rows = {"doc": [], "finding": [], "mention": []}
        for doc_id, hit in docs.items():
            for kind, rows in fact_rows(hit["_source"], analyses.get(doc_id, [])).items():
                new[kind] += rows
        days = [source["day"] for rows in new.values() for _, source in rows]
        actions = []
        for kind, rows in new.items():
            index = self._fact_index(kind)
            keep = {i for i, _ in rows}
            old = list(self.scan(index, {"terms": {"document_id": ids}}, _FACT_SORT[kind], 5000, source=["day"]))
            days += [h["_source"]["day"][:10] for h in old]
            actions += [BulkAction("index", index, i, source) for i, source in rows]
            actions += [BulkAction("delete", index, h["_id"]) for h in old if h["_id"] not in keep]
        self.bulk(actions, refresh="true")
        return [d[:10] for d in days]

    def pending_fact_refresh(self) -> int:
        self.es.indices.refresh(index=self.names.alert_dirty)
        return int(self.es.count(index=self.names.alert_dirty)["count"])

    def fact_day_range(self) -> tuple[date, date] | None:
        index = self._fact_index("doc")
        first = self.es.search(index=index, size=1, sort=[{"day": "asc"}], _source=["day"])["hits"]["hits"]
        if not first:
            return None
        last = self.es.search(index=index, size=1, sort=[{"day": "desc"}], _source=["day"])["hits"]["hits"]
        return date.fromisoformat(first[0]["_source"]["day"][:10]), date.fromisoformat(last[0]["_source"]["day"][:10])
