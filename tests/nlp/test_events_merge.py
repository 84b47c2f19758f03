"""One event from many reports (nlp/events/merge.py) against a real SQLite store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from nlp import analyze_document
from nlp.events import make_analyzer
from nlp.events.merge import merge_events
from nlp.settings import NlpSettings
from store import Analysis, Count, Document, EventMention, Span
from store.sqlite import SQLiteStore


def _mention(text: str, best: int, low: int | None, high: int | None, country: str = "BFA",
             day: date = date(2024, 3, 11), type_: str = "battle") -> EventMention:
    return EventMention(type=type_, sub_type="armed_clash", fatalities=Count(best=best, low=low, high=high),
                        country=country, admin1="Sahel", place="Djibo", event_date=day,
                        evidence=Span(start=0, end=len(text), label=f"event:{type_}", text=text), score=0.9)


def _store_reports(store: SQLiteStore, make_document: Callable[..., Document],
                   reports: list[tuple[str, EventMention]]) -> list[str]:
    docs = [make_document(url=f"https://news.example/{i}", text=text,
                          published_at=datetime(2024, 3, 12, 8, i, tzinfo=UTC))
            for i, (text, _) in enumerate(reports)]
    store.upsert_documents(docs)
    store.put_analyses([Analysis(document_id=d.id, analyzer="events", version="test", events=[m])
                        for d, (_, m) in zip(docs, reports, strict=True)])
    return [d.id for d in docs]


THREE_REPORTS = [
    ("Jihadists killed 17 soldiers near Djibo on Monday.", _mention("a", 17, 17, 17)),
    ("Twenty soldiers died in an ambush near Djibo, officials said.", _mention("b", 20, 20, 20)),
    ("At least 18 soldiers were killed near Djibo.", _mention("c", 18, 18, None)),
]


def test_three_reports_of_one_incident_become_one_event(sqlite_store, make_document) -> None:
    ids = _store_reports(sqlite_store, make_document, THREE_REPORTS)
    report = merge_events(sqlite_store)
    assert report.events == 1 and report.created == 1
    event = sqlite_store.list_events()[0]
    assert sorted(event.document_ids) == sorted(ids)
    assert (event.fatalities.low, event.fatalities.high, event.fatalities.best) == (17, 20, 18)
    assert event.country == "BFA" and event.admin1 == "Sahel" and event.event_date == date(2024, 3, 11)
    assert len(event.evidence) == 3


def test_different_incidents_stay_apart(sqlite_store, make_document) -> None:
    reports = [
        ("Jihadists killed 17 soldiers near Djibo on Monday.", _mention("a", 17, 17, 17)),
        ("Gunmen killed 4 in Kidal on Monday.", _mention("b", 4, 4, 4, country="MLI")),
        ("A month later, 60 soldiers were killed near Djibo.", _mention("c", 60, 60, 60, day=date(2024, 4, 15))),
        ("Police arrested 30 in Djibo on Monday.", _mention("d", 0, 0, 0, type_="arrest")),
    ]
    _store_reports(sqlite_store, make_document, reports)
    assert merge_events(sqlite_store).events == 4
    assert all(len(e.document_ids) == 1 for e in sqlite_store.list_events())


def test_rerunning_is_idempotent_and_new_reports_join(sqlite_store, make_document) -> None:
    _store_reports(sqlite_store, make_document, THREE_REPORTS[:2])
    first = merge_events(sqlite_store)
    before = sqlite_store.list_events()
    again = merge_events(sqlite_store)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert sqlite_store.list_events() == before
    doc = make_document(url="https://other.example/late", text=THREE_REPORTS[2][0],
                        published_at=datetime(2024, 3, 13, tzinfo=UTC))
    sqlite_store.upsert_documents([doc])
    sqlite_store.put_analyses([Analysis(document_id=doc.id, analyzer="events", version="t",
                                        events=[THREE_REPORTS[2][1]])])
    late = merge_events(sqlite_store, document_ids=[doc.id])
    assert late.updated == 1 and late.event_ids == first.event_ids
    assert doc.id in sqlite_store.get_event(first.event_ids[0]).document_ids


def test_end_to_end_from_analyzed_documents(sqlite_store, make_document) -> None:
    analyzer = make_analyzer(NlpSettings())
    texts = ["Jihadists killed 17 soldiers in an ambush near Djibo in Burkina Faso on Monday.",
             "Burkina Faso: at least 18 soldiers were killed in an ambush near Djibo on Monday, the army said.",
             "An earthquake killed more than 2,000 people in western Afghanistan."]
    docs = [make_document(url=f"https://wire.example/{i}", title="", text=t,
                          published_at=datetime(2024, 3, 12, 9, tzinfo=UTC)) for i, t in enumerate(texts)]
    sqlite_store.upsert_documents(docs)
    sqlite_store.put_analyses([analyze_document(d, analyzer) for d in docs])
    merge_events(sqlite_store)
    events = sqlite_store.list_events()
    assert len(events) == 1
    assert events[0].country == "BFA" and events[0].type == "battle"
    assert events[0].event_date == date(2024, 3, 11)
    assert (events[0].fatalities.low, events[0].fatalities.high) == (17, 18)
    assert sorted(events[0].document_ids) == sorted(d.id for d in docs[:2])
