"""A store built by code for the interface tests: documents (one with an HTML/script payload),
analyses with findings and events, merged events, signals and alerts in two countries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from store import (
    Alert,
    Analysis,
    Count,
    Document,
    Event,
    EventMention,
    Finding,
    Signal,
    Source,
    Span,
    Speaker,
    document_id_for,
    sha256_hex,
)
from store.sqlite import SQLiteStore

DAY0 = date(2026, 1, 1)
PAYLOAD = '<script id="pwn">alert(1)</script><img src=x onerror="window.pwned=1"><b>bold</b>'


def _doc(i: int, country: str, title: str, text: str, day: date) -> Document:
    url = f"https://news.example.org/{country.lower()}/{i}"
    at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=9)
    return Document(id=document_id_for(url), source_id="demo-news", url=url, canonical_url=url, title=title,
                    text=text, language="en", published_at=at, fetched_at=at + timedelta(hours=1),
                    content_hash=sha256_hex(title + "\n" + text), capture_id=sha256_hex(f"capture {i}"),
                    country_focus=[country])


def _finding(text: str, term: str, group: str, offset: int) -> Finding:
    start = text.index(term, offset)
    sentence = Span(start=0, end=len(text), label="sentence", text=text)
    return Finding(labels=["dehumanization"], sentence=sentence, target_groups=[group], categories=["vermin_insects"],
                   evidence=[Span(start=start, end=start + len(term), label="dehumanization", text=term,
                                  producer="lexicon@test")],
                   speaker=Speaker(name="General Kharuun", role="military", is_official=True), score=0.9,
                   versions={"lexicon": "en:2025.1"})


def build_store(path: Path) -> dict[str, object]:
    store = SQLiteStore(path)
    store.upsert_sources([Source(id="demo-news", name="Demo News", languages=["en"], country_focus=["SDN"])])
    docs: list[Document] = []
    for i in range(6):
        country = "SDN" if i < 4 else "MMR"
        title = f"Report {i}" if i != 3 else f"Payload {PAYLOAD}"
        body = f"The commander said the Masalit are cockroaches. Militia attacked a village, killing {10 + i} people."
        if i == 3:
            body = f"{PAYLOAD} The commander said the Masalit are cockroaches."
        docs.append(_doc(i, country, title, body, DAY0 + timedelta(days=i)))
    store.upsert_documents(docs)
    analyses = []
    for d in docs:
        text = f"{d.title}\n\n{d.text}"
        kill = text.find("attacked a village")
        events = [] if kill < 0 else [EventMention(
            type="violence_against_civilians", sub_type="attack", country=d.country_focus[0], place="Geneina",
            fatalities=Count(best=10), event_date=d.published_at.date(), score=0.8,
            evidence=Span(start=kill, end=kill + len("attacked a village"), label="event", text="attacked a village"))]
        analyses.append(Analysis(document_id=d.id, analyzer="dehumanization", version="t1", language="en",
                                 findings=[_finding(text, "cockroaches", "Masalit", 0)], events=events,
                                 countries=d.country_focus))
    store.put_analyses(analyses)
    store.upsert_events([Event(id=f"ev{i}", type="violence_against_civilians", country=d.country_focus[0],
                               place="Geneina", event_date=d.published_at.date(), fatalities=Count(best=10 + i),
                               document_ids=[d.id], version="t1") for i, d in enumerate(docs) if i != 3])
    signals = []
    for d in docs:
        c, day = d.country_focus[0], d.published_at.date()
        signals += [Signal(country=c, day=day, kind="volume", value=20, document_ids=[d.id]),
                    Signal(country=c, day=day, kind="dehumanization", value=50.0, document_ids=[d.id]),
                    Signal(country=c, day=day, kind="violence_events", value=1.0, document_ids=[d.id])]
    store.put_signals(signals)
    now = datetime(2026, 1, 7, tzinfo=UTC)
    alerts = [
        Alert(id="a-sdn-crit", country="SDN", kind="dehumanization", severity="critical", opened_at=now,
              updated_at=now, detector="ears_c2", explanation="Dehumanization surge in SDN: 50 vs 5 expected",
              observed=50, expected=5, window_start=DAY0, window_end=DAY0 + timedelta(days=3),
              evidence_document_ids=[docs[3].id, docs[0].id]),
        Alert(id="a-mmr-low", country="MMR", kind="violence_events", severity="low", opened_at=now - timedelta(days=1),
              updated_at=now, detector="cusum", explanation="Violence events up in MMR",
              evidence_document_ids=[docs[4].id]),
        Alert(id="a-sdn-old", country="SDN", kind="fatalities", severity="high", opened_at=now - timedelta(days=2),
              updated_at=now, detector="rule", explanation="Mass killing reported", status="dismissed",
              evidence_document_ids=[docs[1].id]),
    ]
    for a in alerts:
        store.upsert_alert(a)
    store.close()
    return {"docs": docs, "payload_doc": docs[3]}


@pytest.fixture
def ui_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, dict[str, object]]]:
    """A built store, and the app pointed at it (admin role, no login, loopback)."""
    path = tmp_path / "ui.db"
    built = build_store(path)
    monkeypatch.setenv("TOCSIN_STORE__PATH", str(path))
    monkeypatch.setenv("TOCSIN_UI__ANONYMOUS_ROLE", "admin")
    monkeypatch.setenv("TOCSIN_UI__EXTRA_LEXICON_DIR", str(tmp_path / "lexicons"))
    monkeypatch.chdir(tmp_path)
    import streamlit as st

    st.cache_resource.clear()  # settings and the store are cached per server process
    st.cache_data.clear()
    yield path, built
    st.cache_resource.clear()
