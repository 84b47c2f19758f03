"""Write documents, analyses and merged events into a real store by code."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from store import (
    Analysis,
    Count,
    Document,
    Event,
    EventMention,
    Finding,
    Span,
    Speaker,
    Store,
    document_id_for,
    sha256_hex,
)

__all__ = ["add_docs", "doc", "event", "finding", "mention"]


def finding(labels: Sequence[str] = ("dehumanization",), official: bool = False, role: str = "unknown",
            score: float = 0.9, severity: float = 1.0, name: str | None = None, text: str = "they are vermin") -> Finding:
    span = Span(start=0, end=len(text), label="sentence", text=text)
    return Finding(labels=list(labels), sentence=span, evidence=[span], target_groups=["group"],
                   speaker=Speaker(name=name, role=role, is_official=official), score=score, severity=severity)


def mention(type_: str = "attack", markers: Sequence[str] = (), fatalities: int | None = None,
            country: str | None = None) -> EventMention:
    return EventMention(type=type_, markers=list(markers), fatalities=Count(best=fatalities), country=country,
                        evidence=Span(start=0, end=5, label="event", text="event"), score=0.9)


def event(event_id: str, day: date, country: str, doc_ids: Sequence[str], type_: str = "attack",
          markers: Sequence[str] = (), fatalities: int | None = None) -> Event:
    return Event(id=event_id, type=type_, markers=list(markers), fatalities=Count(best=fatalities), country=country,
                 event_date=day, document_ids=list(doc_ids), version="test-merge-1")


def doc(url: str, day: date, countries: Sequence[str] = ("SDN",), cluster: str | None = None,
        title: str | None = None, text: str | None = None) -> Document:
    at = datetime.combine(day, time(9), tzinfo=UTC)
    title = title or f"report {url}"
    text = text or f"text of {url}"
    return Document(id=document_id_for(url), source_id="news-a", url=url, canonical_url=url, title=title, text=text,
                    content_hash=sha256_hex(title + "\n" + text), published_at=at, fetched_at=at,
                    cluster_id=cluster, country_focus=list(countries))


def add_docs(store: Store, docs: Sequence[Document], findings: dict[str, list[Finding]] | None = None,
             mentions: dict[str, list[EventMention]] | None = None, countries: dict[str, list[str]] | None = None
             ) -> None:
    """Store documents with a 'dehumanization' and an 'events' analysis each (empty unless given)."""
    store.upsert_documents(docs)
    findings, mentions, countries = findings or {}, mentions or {}, countries or {}
    analyses = []
    for d in docs:
        analyses.append(Analysis(document_id=d.id, analyzer="dehumanization", version="test-1",
                                 findings=findings.get(d.id, []), countries=countries.get(d.id, [])))
        analyses.append(Analysis(document_id=d.id, analyzer="events", version="test-1",
                                 events=mentions.get(d.id, [])))
    store.put_analyses(analyses)
