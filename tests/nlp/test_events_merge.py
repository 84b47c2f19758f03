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
    assert {s.document_id for s in events[0].evidence} == {d.id for d in docs[:2]}


def _reanalyze(store: SQLiteStore, doc_id: str, mentions: list[EventMention], version: str) -> None:
    store.put_analyses([Analysis(document_id=doc_id, analyzer="events", version=version, events=mentions,
                                 created_at=datetime(2030, 1, 1, tzinfo=UTC))])


def test_evidence_names_its_document(sqlite_store, make_document) -> None:
    ids = _store_reports(sqlite_store, make_document, THREE_REPORTS)
    merge_events(sqlite_store)
    event = sqlite_store.list_events()[0]
    assert sorted(s.document_id for s in event.evidence) == sorted(ids)


def test_document_moving_to_another_incident_leaves_its_old_event(sqlite_store, make_document) -> None:
    ids = _store_reports(sqlite_store, make_document, THREE_REPORTS)
    first = merge_events(sqlite_store)
    old_id = first.event_ids[0]
    # a new analyzer version places the third report in Mali: it must leave the Djibo event
    _reanalyze(sqlite_store, ids[2], [_mention("c", 18, 18, None, country="MLI")], "v2")
    second = merge_events(sqlite_store)
    assert second.deleted == 0 and second.updated == 1 and second.created == 1
    djibo = sqlite_store.get_event(old_id)
    assert sorted(djibo.document_ids) == sorted(ids[:2])
    assert all(s.document_id != ids[2] for s in djibo.evidence)
    mali = [e for e in sqlite_store.list_events() if e.country == "MLI"]
    assert len(mali) == 1 and mali[0].document_ids == [ids[2]]
    third = merge_events(sqlite_store)  # idempotent
    assert (third.created, third.updated, third.deleted, third.unchanged) == (0, 0, 0, 2)


def test_event_that_lost_every_report_is_deleted(sqlite_store, make_document) -> None:
    ids = _store_reports(sqlite_store, make_document, THREE_REPORTS[:1])
    first = merge_events(sqlite_store)
    _reanalyze(sqlite_store, ids[0], [], "v2")  # the new analysis finds no event at all
    second = merge_events(sqlite_store, document_ids=[ids[0]])
    assert second.deleted == 1 and second.events == 0
    assert sqlite_store.get_event(first.event_ids[0]) is None and sqlite_store.list_events() == []
    assert merge_events(sqlite_store).deleted == 0


def test_targeted_merge_keeps_events_of_other_documents(sqlite_store, make_document) -> None:
    reports = [THREE_REPORTS[0], ("Gunmen killed 4 in Kidal on Monday.", _mention("b", 4, 4, 4, country="MLI"))]
    ids = _store_reports(sqlite_store, make_document, reports)
    merge_events(sqlite_store)
    report = merge_events(sqlite_store, document_ids=[ids[1]])
    assert report.deleted == 0 and len(sqlite_store.list_events()) == 2


def test_sqlite_delete_events_counts_only_existing(sqlite_store, make_document) -> None:
    _store_reports(sqlite_store, make_document, THREE_REPORTS[:1])
    event_id = merge_events(sqlite_store).event_ids[0]
    assert sqlite_store.delete_events([]) == 0
    assert sqlite_store.delete_events([event_id, event_id, "ev_missing"]) == 1
    assert sqlite_store.get_event(event_id) is None


def test_two_incidents_in_one_article_keep_their_ids_on_rerun(sqlite_store: SQLiteStore,
                                                             make_document: Callable[..., Document]) -> None:
    """One article reporting two separate incidents of the same type and country: re-merging must
    neither swap nor collapse their ids (the second run of the demo lost an event this way)."""
    def mention(start: int, day: int, dead: int, place: str, admin1: str) -> EventMention:
        text = f"Gunmen killed {dead} villagers in {place}."
        return EventMention(type="violence_against_civilians", country="NGA", admin1=admin1, place=place,
                            event_date=date(2026, 3, day), fatalities=Count(best=dead, low=dead, high=dead),
                            evidence=Span(start=start, end=start + len(text), label="event", text=text), score=0.9)

    doc = make_document(url="https://news.example/two", text="Two incidents.",
                        published_at=datetime(2026, 3, 21, tzinfo=UTC))
    sqlite_store.upsert_documents([doc])
    sqlite_store.put_analyses([Analysis(document_id=doc.id, analyzer="events", version="t",
                                        events=[mention(500, 20, 40, "Maiduguri", "Borno"),
                                                mention(10, 2, 3, "Jos", "Plateau")])])
    first = merge_events(sqlite_store)
    ids = sorted(e.id for e in sqlite_store.list_events())
    second = merge_events(sqlite_store)
    assert first.events == 2 and len(ids) == 2
    assert second.deleted == 0 and second.unchanged == 2
    assert sorted(e.id for e in sqlite_store.list_events()) == ids
