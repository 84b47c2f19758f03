"""Alerting aggregation and signal writes (``AlertingStore``) on Elasticsearch.

The fact indices (``store/elastic/facts.py``) are compact, so the raw aggregations the alerts
room needs (distinct stories per country-day, finding weights per document, event rows) are
computed from a ``_source``-filtered scan of the facts in the window: exact, where a
``cardinality`` aggregation would only estimate distinct counts. Signal replacement compares
with what is stored and writes only the difference, as on SQLite, but in bulk requests rather
than one transaction: an interrupted replacement leaves some days new and some old, and
running it again finishes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from store.elastic.base import ElasticBase, key_id
from store.elastic.bulk import BulkAction
from store.models import Signal, SignalValue

__all__ = ["ElasticAlertingMixin"]

_IDS = json.JSONEncoder(separators=(",", ":"))


def _days(day_from: date, day_to: date, field: str = "day") -> dict[str, Any]:
    return {"range": {field: {"gte": day_from.isoformat(), "lte": day_to.isoformat()}}}


def _signal_source(country: str, day: str, kind: str, value: float, ids: Sequence[str], version: str
                   ) -> dict[str, Any]:
    data = {"country": country, "day": day, "kind": kind, "value": float(value), "document_ids": list(ids),
            "version": version}
    return {"key": key_id(country, day, kind), "country": country, "day": day, "kind": kind,
            "value": float(value), "data": data}


class ElasticAlertingMixin(ElasticBase):
    def _facts(self, kind: str, day_from: date, day_to: date, fields: list[str],
               extra: list[dict[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
        index = getattr(self.names, f"alert_{kind}_facts")
        sort = [{"day": "asc"}, {"document_id": "asc"}] + ([{"country": "asc"}] if kind == "doc" else [{"idx": "asc"}])
        if kind == "finding":
            sort.append({"country": "asc"})
        query = {"bool": {"filter": [_days(day_from, day_to), *(extra or [])]}}
        for hit in self.scan(index, query, sort, 5000, source=fields):
            yield hit["_source"]

    def story_volume(self, day_from: date, day_to: date) -> list[tuple[str, str, int]]:
        """(country, day ISO, distinct stories) for every country-day with at least one document."""
        stories: dict[tuple[str, str], set[str]] = {}
        for f in self._facts("doc", day_from, day_to, ["country", "day", "story"]):
            stories.setdefault((f["country"], f["day"][:10]), set()).add(f["story"])
        return [(c, d, len(s)) for (c, d), s in sorted(stories.items())]

    def upsert_volume_signals(self, day_from: date, day_to: date, version: str) -> int:
        """The ``volume`` signals (distinct stories per country-day) of the range, writing only changes and
        removing days that lost every document; returns rows written or removed."""
        wanted = {(c, d, "volume"): _signal_source(c, d, "volume", n, [], version)
                  for c, d, n in self.story_volume(day_from, day_to)}
        return self._sync_signals(wanted, {"term": {"kind": "volume"}}, day_from, day_to)

    def finding_story_weights(self, day_from: date, day_to: date, official_weight: float,
                              official_only: bool) -> list[tuple[str, str, str, str, float]]:
        """(country, day, story, document id, weight): each document's summed finding weight."""
        extra = [{"term": {"official": True}}] if official_only else []
        sums: dict[tuple[str, str, str, str], float] = {}
        for f in self._facts("finding", day_from, day_to, ["country", "day", "story", "document_id", "official",
                                                            "severity"], extra):
            key = (f["country"], f["day"][:10], f["story"], f["document_id"])
            sums[key] = sums.get(key, 0.0) + f["severity"] * (official_weight if f["official"] else 1.0)
        return [(*k, v) for k, v in sorted(sums.items())]

    def merged_event_rows(self, day_from: date, day_to: date) -> list[tuple[str, str, str, str, int, str]]:
        """(event id, country, report day, type, best fatalities, document ids JSON) of merged events with a
        country; the report day is the first day one of its documents about that country was published
        (the event date when none is indexed)."""
        lo = day_from - timedelta(days=60)
        query = {"bool": {"filter": [{"exists": {"field": "country"}}], "should": [
            _days(lo, day_to, "event_date"), {"bool": {"must_not": [{"exists": {"field": "event_date"}}]}}],
            "minimum_should_match": 1}}
        events = [h["_source"]["data"] for h in self.scan(self.names.events, query, [{"id": "asc"}], 2000)]
        events = [e for e in events if e.get("document_ids")]
        first_day = self._first_fact_days({(d, e["country"]) for e in events for d in e["document_ids"]})
        rows = []
        for e in events:
            days = [first_day[(d, e["country"])] for d in e["document_ids"] if (d, e["country"]) in first_day]
            day = min(days) if days else e.get("event_date")
            if day and day_from.isoformat() <= day <= day_to.isoformat():
                rows.append((e["id"], e["country"], day, e["type"], int((e.get("fatalities") or {}).get("best") or 0),
                             _IDS.encode(e["document_ids"])))
        return rows

    def _first_fact_days(self, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
        ids = sorted({d for d, _ in pairs})
        found: dict[tuple[str, str], str] = {}
        for i in range(0, len(ids), 2000):
            query = {"terms": {"document_id": ids[i:i + 2000]}}
            for hit in self.scan(self.names.alert_doc_facts, query, [{"document_id": "asc"}, {"country": "asc"}],
                                 5000, source=["document_id", "country", "day"]):
                f = hit["_source"]
                found[(f["document_id"], f["country"])] = f["day"][:10]
        return found

    def has_merged_events(self) -> bool:
        return int(self.es.count(index=self.names.events)["count"]) > 0

    def mention_event_rows(self, day_from: date, day_to: date) -> list[tuple[str, str, str, str, int, str]]:
        """Fallback when nothing is merged: one event per (country, day, story, type), max fatalities."""
        groups: dict[tuple[str, str, str, str], tuple[int, list[str]]] = {}
        for f in self._facts("mention", day_from, day_to, ["country", "day", "story", "type", "document_id",
                                                            "fatalities"]):
            key = (f["country"], f["day"][:10], f["story"], f["type"])
            most, ids = groups.get(key, (0, []))
            groups[key] = (max(most, int(f["fatalities"])), [*ids, f["document_id"]])
        return [(f"{s}:{t}", c, d, t, most, _IDS.encode(ids)) for (c, d, s, t), (most, ids) in sorted(groups.items())]

    def replace_signals(self, signals: Sequence[SignalValue | Signal], day_from: date, day_to: date,
                        kinds_prefixes: Sequence[str]) -> int:
        """Make the stored signals of these kinds (``k`` and ``k:*``) in [day_from, day_to] equal ``signals``;
        returns rows written or removed. Unchanged rows are left alone."""
        wanted: dict[tuple[str, str, str], dict[str, Any]] = {}
        for s in signals:
            if not any(s.kind == p or s.kind.startswith(p + ":") for p in kinds_prefixes):
                raise ValueError(f"signal kind {s.kind!r} is outside the kinds replaced {list(kinds_prefixes)}")
            day = s.day if isinstance(s.day, str) else s.day.isoformat()
            wanted[(s.country, day, s.kind)] = _signal_source(s.country, day, s.kind, s.value, s.document_ids,
                                                              s.version)
        kinds = {"bool": {"should": [q for p in kinds_prefixes for q in (
            {"term": {"kind": p}}, {"prefix": {"kind": p + ":"}})], "minimum_should_match": 1}}
        return self._sync_signals(wanted, kinds, day_from, day_to)

    def _sync_signals(self, wanted: dict[tuple[str, str, str], dict[str, Any]], kinds: dict[str, Any],
                      day_from: date, day_to: date) -> int:
        query = {"bool": {"filter": [kinds, _days(day_from, day_to)]}}
        stale = []
        for hit in self.scan(self.names.signals, query, [{"key": "asc"}], 5000, source=["country", "day", "kind",
                                                                                        "data"]):
            src = hit["_source"]
            key = (src["country"], src["day"][:10], src["kind"])
            new = wanted.get(key)
            if new is None:
                stale.append(hit["_id"])
            elif new["data"] == src["data"]:
                del wanted[key]
        actions = [BulkAction("delete", self.names.signals, i) for i in stale]
        actions += [BulkAction("index", self.names.signals, src["key"], {**src, "seq": self.next_seq()})
                    for src in wanted.values()]
        self.bulk(actions)
        return len(actions)

    def signal_values(self, day_from: date, day_to: date, kinds: Sequence[str] | None = None
                      ) -> list[tuple[str, str, str, float]]:
        """(country, day ISO, kind, value) without reading the stored records (fast path for detectors)."""
        clauses = [_days(day_from, day_to), *([{"terms": {"kind": list(kinds)}}] if kinds else [])]
        hits = self.scan(self.names.signals, {"bool": {"filter": clauses}}, [{"key": "asc"}], 5000,
                         source=["country", "day", "kind", "value"])
        return [(h["_source"]["country"], h["_source"]["day"][:10], h["_source"]["kind"], float(h["_source"]["value"]))
                for h in hits]

    def signal_documents(self, country: str, kind: str, day_from: date, day_to: date) -> list[str]:
        query = {"bool": {"filter": [{"term": {"country": country}}, {"term": {"kind": kind}}, _days(day_from, day_to)]}}
        out: list[str] = []
        for hit in self.scan(self.names.signals, query, [{"value": "desc"}, {"key": "asc"}], 2000, source=["data"]):
            out.extend(i for i in hit["_source"]["data"].get("document_ids", []) if i not in out)
        return out

    def findings_in_window(self, day_from: date, day_to: date) -> list[tuple[str, str, str]]:
        """(document id, country, day) of documents with at least one finding in the window."""
        found = {(f["document_id"], f["country"], f["day"][:10])
                 for f in self._facts("finding", day_from, day_to, ["document_id", "country", "day"])}
        return sorted(found)
