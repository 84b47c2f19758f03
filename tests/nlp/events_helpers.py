"""Small helpers shared by the session-15 event tests: the first event of a text and the places it resolves to."""

from __future__ import annotations

from nlp.events.analyzer import EventAnalyzer
from nlp.geo import load_gazetteer
from nlp.pipeline import TextContext
from store import EventMention


def first_event(analyzer: EventAnalyzer, text: str) -> EventMention | None:
    events = analyzer.analyze(text, TextContext()).events
    return events[0] if events else None


def resolved_places(text: str) -> list[tuple[str, str, str | None]]:
    gazetteer = load_gazetteer()
    return [(p.text, p.country, p.admin1) for p in gazetteer.resolve(gazetteer.find(text))]
