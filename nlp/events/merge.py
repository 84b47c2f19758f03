"""One event from many reports: cluster the event mentions of every stored ``events`` analysis
into ``store.Event`` records.

Two mentions are the same incident when they share the country (and admin1 when both state
one), have the same type (or both are lethal types: battle, violence against civilians, remote
violence, with similar wording), fall within ``window_days`` of each other, and their numbers
are compatible (fatalities within a factor 2 or 5 apart). Counts reconcile to best = median of
the reported best values, low = the smallest, high = the largest value any report gives.

Deterministic: mentions are clustered in a fixed order; an event keeps the id it already has in
the store (found through its documents), else gets ``ev_`` + a hash of its earliest report, so
re-running changes nothing and new documents join existing events.

Re-merging: when a document's latest analysis moves its mention to another incident (new
evidence, a new analyzer version) or drops it, the document leaves its old event; an event left
with no report is deleted (``Store.delete_events``), one left with fewer is rewritten.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from store import Count, Event, EventMention, Span, Store, sha256_hex

__all__ = ["MERGE_VERSION", "MergeReport", "merge_events", "merge_mentions"]

log = logging.getLogger(__name__)
MERGE_VERSION = "events-merge.v1"
_LETHAL = {"battle", "violence_against_civilians", "remote_violence"}
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


@dataclass(frozen=True)
class Report:
    """One mention with the document that carries it."""

    document_id: str
    published_at: datetime | None
    mention: EventMention

    @property
    def day(self) -> date | None:
        return self.mention.event_date or (self.published_at.date() if self.published_at else None)

    @property
    def order(self) -> tuple:
        return (self.day or date.max, self.published_at or datetime.max.replace(tzinfo=UTC),
                self.document_id, self.mention.evidence.start)


@dataclass
class MergeReport:
    mentions: int = 0
    events: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    event_ids: list[str] = field(default_factory=list)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _numbers_compatible(a: Count, b: Count) -> bool:
    if a.best is None or b.best is None:
        return True
    lo, hi = sorted((a.best, b.best))
    return hi - lo <= 5 or hi <= 2 * lo


def _compatible(cluster: list[Report], r: Report, window_days: int) -> bool:
    first, m = cluster[0], r.mention
    if first.mention.country != m.country:
        return False
    for other in cluster:
        o = other.mention
        if o.admin1 and m.admin1 and o.admin1 != m.admin1:
            return False
        if other.day and r.day and abs((other.day - r.day).days) > window_days:
            return False
        if not _numbers_compatible(o.fatalities, m.fatalities):
            return False
    if any(o.mention.type == m.type for o in cluster):
        return True
    if m.type in _LETHAL and any(o.mention.type in _LETHAL for o in cluster):
        words = _words(m.evidence.text)
        return any(_jaccard(words, _words(o.mention.evidence.text)) >= 0.2 for o in cluster)
    return False


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def merge_mentions(reports: Sequence[Report], window_days: int = 3) -> list[list[Report]]:
    """Greedy clustering in a fixed order (day, publication, document, offset)."""
    clusters: list[list[Report]] = []
    by_country: dict[str | None, list[list[Report]]] = {}
    for r in sorted(reports, key=lambda x: x.order):
        bucket = by_country.setdefault(r.mention.country, [])
        target = next((c for c in bucket if _compatible(c, r, window_days)), None)
        if target is None:
            target = []
            bucket.append(target)
            clusters.append(target)
        target.append(r)
    return clusters


def _reconcile(counts: list[Count]) -> Count:
    bests = [c.best for c in counts if c.best is not None]
    if not bests:
        return Count()
    lows = [c.low if c.low is not None else c.best for c in counts if c.best is not None]
    highs = [v for c in counts for v in (c.high, c.best) if v is not None]
    return Count(best=int(statistics.median_low(bests)), low=min(lows), high=max(highs))


def _most_common(values: list) -> object | None:
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    top = max(counts.values())
    return next(v for v in present if counts[v] == top)  # earliest report wins a tie


def build_event(event_id: str, cluster: list[Report]) -> Event:
    ms = [r.mention for r in cluster]
    return Event(
        id=event_id, type=_most_common([m.type for m in ms]), sub_type=_most_common([m.sub_type for m in ms]),
        markers=sorted({k for m in ms for k in m.markers}),
        perpetrator=_most_common([m.perpetrator for m in ms]), victim_group=_most_common([m.victim_group for m in ms]),
        fatalities=_reconcile([m.fatalities for m in ms]), injured=_reconcile([m.injured for m in ms]),
        abducted=_reconcile([m.abducted for m in ms]), displaced=_reconcile([m.displaced for m in ms]),
        country=ms[0].country, admin1=_most_common([m.admin1 for m in ms]), place=_most_common([m.place for m in ms]),
        event_date=_most_common([r.day for r in cluster]), evidence=[_evidence(r) for r in cluster[:10]],
        document_ids=sorted({r.document_id for r in cluster}), version=MERGE_VERSION)


def _evidence(r: Report) -> Span:
    """The mention's evidence naming the document its offsets point into."""
    span = r.mention.evidence
    return span if span.document_id == r.document_id else span.model_copy(update={"document_id": r.document_id})


def _load_reports(store: Store) -> list[Report]:
    latest: dict[str, object] = {}
    for analysis in store.iter_analyses(analyzer="events"):
        prev = latest.get(analysis.document_id)
        if prev is None or analysis.created_at > prev.created_at:  # type: ignore[attr-defined]
            latest[analysis.document_id] = analysis
    docs = {d.id: d for d in store.get_documents(sorted(latest))} if latest else {}
    reports = []
    for doc_id, analysis in sorted(latest.items()):
        published = docs[doc_id].published_at or docs[doc_id].fetched_at if doc_id in docs else None
        reports.extend(Report(doc_id, published, m) for m in analysis.events)  # type: ignore[attr-defined]
    return reports


def merge_events(store: Store, document_ids: Sequence[str] | None = None, window_days: int = 3) -> MergeReport:
    """Cluster every stored event mention and upsert the merged events (only those touching
    ``document_ids`` when given). Idempotent: unchanged events are not rewritten."""
    reports = _load_reports(store)
    existing = store.list_events()
    owner: dict[tuple[str, str, str | None], str] = {}
    for ev in sorted(existing, key=lambda e: e.id):
        for doc in ev.document_ids:
            owner.setdefault((doc, ev.type, ev.country), ev.id)
    current = {ev.id: ev for ev in existing}
    wanted = set(document_ids) if document_ids is not None else None
    report = MergeReport(mentions=len(reports))
    to_write: list[Event] = []
    used: set[str] = set()
    for cluster in merge_mentions(reports, window_days):
        event_id = _event_id(cluster, owner, used, current.keys())
        used.add(event_id)  # every cluster claims its id, so events outside ``document_ids`` stay put
        if wanted is not None and not wanted & {r.document_id for r in cluster}:
            continue
        event = build_event(event_id, cluster)
        old = current.get(event_id)
        report.event_ids.append(event_id)
        if old is not None and old.model_dump(exclude={"updated_at"}) == event.model_dump(exclude={"updated_at"}):
            report.unchanged += 1
            continue
        report.created += old is None
        report.updated += old is not None
        to_write.append(event)
    if to_write:
        store.upsert_events(to_write)
    stale = sorted(set(current) - used)  # events none of whose documents report them any more
    if stale:
        report.deleted = store.delete_events(stale)
    report.events = len(report.event_ids)
    log.info("merged %d mentions into %d events (%d new, %d updated, %d deleted)", report.mentions,
             report.events, report.created, report.updated, report.deleted)
    return report


def _event_id(cluster: list[Report], owner: dict[tuple[str, str, str | None], str], used: set[str],
              existing: AbstractSet[str] = frozenset()) -> str:
    """A stable id: an existing event minted from one of this cluster's own mentions first, then an
    event one of its documents reported (type and country alike), then a new id from its first mention.
    Never an id another cluster of this run already took (two incidents in one article stay apart)."""
    natural = [_mention_id(r) for r in cluster]
    own = sorted(i for i in natural if i in existing and i not in used)
    if own:
        return own[0]
    ids = sorted({owner[key] for r in cluster
                  if (key := (r.document_id, r.mention.type, r.mention.country)) in owner} - used)
    if ids:
        return ids[0]
    candidate, n = natural[0], 1
    while candidate in used:
        candidate, n = f"{natural[0]}-{n}", n + 1
    return candidate


def _mention_id(report: Report) -> str:
    return "ev_" + sha256_hex(f"{report.document_id}|{report.mention.evidence.start}|{report.mention.type}")[:24]
