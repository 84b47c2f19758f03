"""The contract every ``Store`` backend must pass.

A backend's test module subclasses ``StoreContract`` and provides a ``store`` fixture that
yields an empty store. Nothing here may depend on a backend's internals.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from store import (
    AccountsStore,
    Alert,
    AlertingStore,
    AlertStatus,
    Analysis,
    AuditEntry,
    Capture,
    ClusteringStore,
    Count,
    Document,
    DocumentFilter,
    Event,
    EventMention,
    FeedState,
    Finding,
    Quarantined,
    Review,
    Signal,
    SignalValue,
    Snooze,
    Source,
    Span,
    Speaker,
    Store,
    document_id_for,
    sha256_hex,
)
from store.accounts import ExportLogEntry, UserAccount
from store.audit import AuditLogStore, AuditRecord, verify_chain
from store.sqlite.crawl import ClusterSignature

T0 = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
D0 = date(2026, 3, 1)


def doc(url: str, text: str, title: str = "Title", source_id: str = "src-a", **fields) -> Document:
    fields.setdefault("fetched_at", T0)
    return Document(id=document_id_for(url), source_id=source_id, url=url, canonical_url=url, title=title,
                    text=text, content_hash=sha256_hex(title + "\n" + text), **fields)


def finding() -> Finding:
    sentence = Span(start=0, end=40, label="sentence", text="The minister said they are cockroaches.")
    return Finding(labels=["dehumanization"], sentence=sentence,
                   evidence=[Span(start=27, end=38, label="vermin_insects", text="cockroaches", producer="lex-en@1")],
                   target_groups=["refugees"], categories=["vermin_insects"],
                   speaker=Speaker(name="Interior Minister", role="minister", is_official=True),
                   score=0.93, severity=2.0, versions={"lexicon": "en-1"})


def mention() -> EventMention:
    return EventMention(type="violence_against_civilians", sub_type="attack", markers=["mass_killing"],
                        fatalities=Count(best=12, low=10, high=14), country="SDN", admin1="North Darfur",
                        event_date=date(2026, 2, 28), evidence=Span(start=0, end=20, label="event"), score=0.9)


class CoreContract:
    """The ``Store`` protocol."""

    def test_is_a_store(self, store: Store) -> None:
        assert isinstance(store, Store)
        assert store.schema_version() >= 1

    # --- sources -------------------------------------------------------------------------------
    def test_sources_round_trip_and_upsert(self, store: Store) -> None:
        src = Source(id="un-news-en", name="UN News", kind="official", languages=["en"], country_focus=["SDN"],
                     feeds=["https://example.org/feed"])
        store.upsert_sources([src])
        store.upsert_sources([src.model_copy(update={"name": "UN News (English)"})])
        assert [s.name for s in store.list_sources()] == ["UN News (English)"]
        assert store.get_source("un-news-en").country_focus == ["SDN"]
        assert store.get_source("missing") is None

    def test_feed_state_and_health(self, store: Store) -> None:
        assert store.get_feed_state("s", "https://e.org/f") is None
        state = FeedState(source_id="s", url="https://e.org/f", etag='"abc"', last_modified="Mon, 01 Jan 2026",
                          polled_at=T0)
        store.put_feed_state(state)
        store.put_feed_state(state.model_copy(update={"etag": '"def"'}))
        assert store.get_feed_state("s", "https://e.org/f").etag == '"def"'
        store.upsert_sources([Source(id="s1", name="S1")])
        store.record_source_success("s1", T0, items=3)
        store.record_source_error("s1", T0 + timedelta(hours=1), "HTTP 500")
        health = {h.source_id: h for h in store.source_health()}
        assert health["s1"].last_success_at == T0
        assert health["s1"].last_error == "HTTP 500"

    # --- documents -----------------------------------------------------------------------------
    def test_document_round_trip(self, store: Store) -> None:
        d = doc("https://e.org/1", "Gunmen attacked a village.", language="en", language_score=0.99,
                published_at=T0 - timedelta(hours=2), country_focus=["NGA"], summary="attack")
        result = store.upsert_documents([d])
        assert result.inserted == 1 and result.inserted_ids == [d.id]
        assert store.get_document(d.id) == d
        assert store.get_documents([d.id, "nope"]) == [d]

    def test_upsert_is_idempotent(self, store: Store) -> None:
        docs = [doc(f"https://e.org/{i}", f"text number {i}") for i in range(5)]
        assert store.upsert_documents(docs).inserted == 5
        again = store.upsert_documents(docs)
        assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5)
        assert store.count_documents() == 5

    def test_changed_content_updates(self, store: Store) -> None:
        store.upsert_documents([doc("https://e.org/x", "first version")])
        result = store.upsert_documents([doc("https://e.org/x", "second version")])
        assert result.updated == 1
        assert store.get_document(document_id_for("https://e.org/x")).text == "second version"
        assert store.search("second")[0].document.id == document_id_for("https://e.org/x")
        assert store.search("first") == []

    def test_exact_duplicate_content_stored_once(self, store: Store) -> None:
        a = doc("https://e.org/a", "identical body", title="Same")
        b = doc("https://mirror.org/b", "identical body", title="Same")
        store.upsert_documents([a])
        result = store.upsert_documents([b])
        assert result.duplicates == 1 and store.count_documents() == 1
        assert store.find_by_content_hash(a.content_hash) == a.id

    def test_duplicates_within_one_batch(self, store: Store) -> None:
        a = doc("https://e.org/a", "same body", title="Same")
        b = doc("https://e.org/b", "same body", title="Same")
        result = store.upsert_documents([a, b])
        assert (result.inserted, result.duplicates) == (1, 1)

    def test_full_text_search_and_filters(self, store: Store) -> None:
        store.upsert_documents([
            doc("https://e.org/1", "Militias burned the village of Kabo.", title="Village burned", source_id="a",
                language="en"),
            doc("https://e.org/2", "Des miliciens ont incendié le village.", title="Village incendié",
                source_id="b", language="fr"),
            doc("https://e.org/3", "Markets rallied on Tuesday.", title="Stocks", source_id="a", language="en"),
        ])
        hits = store.search("village burned")
        assert [h.document.id for h in hits] == [document_id_for("https://e.org/1")]
        assert hits[0].snippet
        assert {h.document.id for h in store.search("village")} == {document_id_for("https://e.org/1"),
                                                                    document_id_for("https://e.org/2")}
        fr = store.search("village", DocumentFilter(languages=["fr"]))
        assert [h.document.source_id for h in fr] == ["b"]
        assert store.search("incendie") != [], "diacritics are folded"
        assert store.search('"; DROP TABLE documents; --') == []
        assert store.count_documents() == 3

    def test_iter_and_count_with_filter(self, store: Store) -> None:
        docs = [doc(f"https://e.org/{i}", f"body {i}", source_id="a" if i % 2 else "b",
                    published_at=T0 + timedelta(days=i), country_focus=["SDN"] if i < 3 else ["MMR"])
                for i in range(7)]
        store.upsert_documents(docs)
        assert [d.id for d in store.iter_documents(batch_size=2)] == [d.id for d in docs]
        flt = DocumentFilter(source_ids=["a"], published_from=T0 + timedelta(days=2))
        assert {d.id for d in store.iter_documents(flt)} == {docs[3].id, docs[5].id}
        assert store.count_documents(flt) == 2
        assert store.count_documents(DocumentFilter(countries=["SDN"])) == 3
        assert store.count_documents_by_source() == {"a": 3, "b": 4}

    def test_clusters(self, store: Store) -> None:
        d = doc("https://e.org/c", "clustered")
        store.upsert_documents([d])
        store.set_clusters({d.id: "cluster-1"})
        assert store.get_document(d.id).cluster_id == "cluster-1"

    def test_capture_round_trip(self, store: Store) -> None:
        body = b"<rss>...</rss>"
        cap = Capture(id=sha256_hex(body), url="https://e.org/f", fetched_at=T0, status_code=200,
                      headers={"content-type": "application/rss+xml"}, size=len(body), content=body)
        assert store.put_capture(cap) is True
        assert store.put_capture(cap) is False
        assert store.get_capture(cap.id) == cap

    def test_record_feed_poll_writes_capture_documents_and_state(self, store: Store) -> None:
        body = b"<rss>two items</rss>"
        cap = Capture(id=sha256_hex(body), url="https://e.org/f", fetched_at=T0, status_code=200, headers={},
                      size=len(body), content=body)
        state = FeedState(source_id="s", url="https://e.org/f", etag='"v1"', polled_at=T0)
        d1, d2 = doc("https://e.org/1", "one"), doc("https://e.org/2", "two")
        result = store.record_feed_poll(cap, [d1, d2], state)
        assert (result.inserted, result.unchanged) == (2, 0)
        assert store.get_capture(cap.id) == cap
        assert store.get_feed_state("s", "https://e.org/f").etag == '"v1"'
        assert {d.id for d in store.get_documents([d1.id, d2.id])} == {d1.id, d2.id}
        # a broken feed: capture and documents kept, the state left as it was (fetched in full next time)
        body2 = b"<rss>broken"
        cap2 = cap.model_copy(update={"id": sha256_hex(body2), "size": len(body2), "content": body2})
        again = store.record_feed_poll(cap2, [d1], None)
        assert (again.inserted, again.unchanged) == (0, 1)
        assert store.get_capture(cap2.id) == cap2
        assert store.get_feed_state("s", "https://e.org/f").etag == '"v1"'
        assert store.record_feed_poll(cap2, [], None).inserted == 0  # no entries: the capture alone

    # --- analyses and events -------------------------------------------------------------------
    def test_analyses_round_trip_and_pending(self, store: Store) -> None:
        d1, d2 = doc("https://e.org/1", "one"), doc("https://e.org/2", "two")
        store.upsert_documents([d1, d2])
        assert {d.id for d in store.documents_needing_analysis("dehumanization", "v1")} == {d1.id, d2.id}
        a = Analysis(document_id=d1.id, analyzer="dehumanization", version="v1", created_at=T0, language="en",
                     findings=[finding()], countries=["SDN"])
        store.put_analyses([a])
        store.put_analyses([a])  # re-running is harmless
        assert store.get_analyses(d1.id) == [a]
        assert [d.id for d in store.documents_needing_analysis("dehumanization", "v1")] == [d2.id]
        assert len(store.documents_needing_analysis("dehumanization", "v2")) == 2
        assert list(store.iter_analyses("dehumanization")) == [a]

    def test_events(self, store: Store) -> None:
        m = mention()
        ev = Event(id="ev-1", type=m.type, markers=m.markers, fatalities=m.fatalities, country="SDN",
                   event_date=date(2026, 2, 28), evidence=[m.evidence], document_ids=["d1", "d2"], version="m1",
                   updated_at=T0)
        store.upsert_events([ev])
        store.upsert_events([ev.model_copy(update={"document_ids": ["d1", "d2", "d3"]})])
        assert store.get_event("ev-1").document_ids == ["d1", "d2", "d3"]
        assert len(store.list_events(country="SDN", day_from=date(2026, 2, 1))) == 1
        assert store.list_events(country="MMR") == []
        assert store.delete_events(["ev-1", "missing", "ev-1"]) == 1
        assert store.get_event("ev-1") is None and store.list_events() == []

    # --- signals, alerts, reviews ---------------------------------------------------------------
    def test_signals(self, store: Store) -> None:
        sig = [Signal(country="SDN", day=date(2026, 2, d), kind="violence_events", value=d, document_ids=["x"])
               for d in range(1, 6)]
        store.put_signals(sig)
        store.put_signals([sig[0].model_copy(update={"value": 42.0})])
        got = store.list_signals(country="SDN", kind="violence_events", day_from=date(2026, 2, 1),
                                 day_to=date(2026, 2, 3))
        assert [s.value for s in got] == [42.0, 2.0, 3.0]

    def test_alert_lifecycle_and_audit(self, store: Store) -> None:
        alert = Alert(id="al-1", country="MMR", kind="dehumanization_official", severity="high", opened_at=T0,
                      updated_at=T0, detector="ears_c2", parameters={"k": 3.0}, explanation="7 vs 1.2 expected",
                      observed=7, expected=1.2, score=4.1, evidence_document_ids=["d1"])
        store.upsert_alert(alert)
        store.upsert_alert(alert.model_copy(update={"status": AlertStatus.ACKNOWLEDGED,
                                                    "updated_at": T0 + timedelta(hours=1)}))
        store.append_audit(AuditEntry(alert_id="al-1", at=T0, actor="ana", action="acknowledge",
                                      from_status="new", to_status="acknowledged", reason="seen"))
        assert store.get_alert("al-1").status == AlertStatus.ACKNOWLEDGED
        assert store.list_alerts(status=[AlertStatus.NEW]) == []
        assert [a.id for a in store.list_alerts(country="MMR")] == ["al-1"]
        assert [e.actor for e in store.audit_trail("al-1")] == ["ana"]

    def test_alert_needs_evidence(self) -> None:
        with pytest.raises(ValueError):
            Alert(id="x", country="MMR", kind="k", severity="low", opened_at=T0, updated_at=T0, detector="d",
                  explanation="e", evidence_document_ids=[])

    def test_reviews_and_quarantine(self, store: Store) -> None:
        store.add_review(Review(id="r1", target_kind="finding", target_id="d1#0", verdict="confirm",
                                reviewer="ana", at=T0))
        assert [r.id for r in store.list_reviews("finding")] == ["r1"]
        store.quarantine(Quarantined(stage="extract", ref="https://e.org/bad", error="boom", at=T0))
        assert store.list_quarantine("extract")[0].ref == "https://e.org/bad"

    # --- timelines -------------------------------------------------------------------------------
    def test_timeline_counts_every_day(self, store: Store) -> None:
        day = [datetime(2026, 3, d, 12, tzinfo=UTC) for d in range(1, 5)]
        d1, d2, d3 = (doc(f"https://e.org/t{i}", f"timeline {i}", published_at=at, country_focus=["SDN"])
                      for i, at in enumerate([day[0], day[0], day[2]]))
        d4 = doc("https://e.org/t4", "elsewhere", published_at=day[1], country_focus=["MMR"])
        d5 = doc("https://e.org/t5", "no focus, found by analysis")  # fetched T0 = 1 March, no published_at
        store.upsert_documents([d1, d2, d3, d4, d5])
        store.put_analyses([
            Analysis(document_id=d1.id, analyzer="dehumanization", version="v1", findings=[finding()]),
            Analysis(document_id=d5.id, analyzer="dehumanization", version="v1", findings=[finding()],
                     countries=["SDN"]),
            Analysis(document_id=d4.id, analyzer="dehumanization", version="v1", findings=[finding()]),
            Analysis(document_id=d2.id, analyzer="dehumanization", version="v1"),
            Analysis(document_id=d3.id, analyzer="events", version="v1", events=[mention()])])
        lo, hi = date(2026, 3, 1), date(2026, 3, 4)
        assert store.timeline("SDN", "documents", lo, hi) == [
            (date(2026, 3, 1), 2), (date(2026, 3, 2), 0), (date(2026, 3, 3), 1), (date(2026, 3, 4), 0)]
        assert store.timeline("SDN", "findings", lo, hi)[:3] == [
            (date(2026, 3, 1), 2), (date(2026, 3, 2), 0), (date(2026, 3, 3), 0)]
        assert [n for _, n in store.timeline("SDN", "events", lo, hi)] == [0, 0, 1, 0]
        assert [n for _, n in store.timeline("MMR", "findings", lo, hi)] == [0, 1, 0, 0]
        assert store.timeline("SDN", "documents", date(2026, 3, 3), date(2026, 3, 3)) == [(date(2026, 3, 3), 1)]
        with pytest.raises(ValueError, match="unknown timeline kind"):
            store.timeline("SDN", "nope", lo, hi)


# --- extension protocols ---------------------------------------------------------------------------


class AccountsContract:
    """``AccountsStore``: local accounts and the export log."""

    def test_accounts_and_export_log(self, store: AccountsStore) -> None:
        assert isinstance(store, AccountsStore)
        assert store.get_user("ana") is None
        store.upsert_user(UserAccount(username="ana", role="viewer", password_hash="scrypt$1$1$1$aa$bb", created_at=T0))
        store.upsert_user(UserAccount(username="ana", role="admin", password_hash="scrypt$1$1$1$aa$bb", created_at=T0))
        store.upsert_user(UserAccount(username="bo", role="analyst", password_hash="scrypt$1$1$1$cc$dd"))
        assert store.get_user("ana").role == "admin"
        assert [u.username for u in store.list_users()] == ["ana", "bo"]
        for n in range(3):
            store.log_export(ExportLogEntry(at=T0 + timedelta(minutes=n), actor="ana", format="csv", documents=n,
                                            countries=["SDN"], day_from=D0))
        assert [e.documents for e in store.list_exports(limit=2)] == [2, 1], "newest first"
        assert store.list_exports()[-1] == ExportLogEntry(at=T0, actor="ana", format="csv", documents=0,
                                                          countries=["SDN"], day_from=D0)


class ClusteringContract:
    """``ClusteringStore``: near-duplicate signatures, unclustered documents, document times."""

    def test_signatures_and_unclustered_documents(self, store: ClusteringStore) -> None:
        assert isinstance(store, ClusteringStore)
        late = doc("https://e.org/late", "late", published_at=T0 + timedelta(days=2))
        early = doc("https://e.org/early", "early", published_at=T0 - timedelta(days=1))
        fetched = doc("https://e.org/fetched", "fetched only", source_id="src-b")  # fetched T0, no published_at
        store.upsert_documents([late, early, fetched])
        assert [d.id for d in store.unclustered_documents()] == [early.id, fetched.id, late.id]
        assert [d.id for d in store.unclustered_documents(limit=2)] == [early.id, fetched.id]
        sig = ClusterSignature(document_id=early.id, cluster_id="c1", language="en", at=T0 - timedelta(days=1),
                               minhash=bytes(range(16)), embedding=b"\x00\x01\xff", version="cluster-1")
        store.put_cluster_signatures([sig, sig.model_copy(update={"document_id": late.id, "at": late.published_at,
                                                                  "minhash": None, "embedding": None})])
        assert store.get_document(early.id).cluster_id == "c1"
        assert [d.id for d in store.unclustered_documents()] == [fetched.id]
        assert store.cluster_signatures_since()[0] == sig
        assert [s.document_id for s in store.cluster_signatures_since(T0)] == [late.id]
        times = store.document_times_by_source()
        assert times == {"src-a": [early.published_at, late.published_at], "src-b": [T0]}
        assert store.document_times_by_source(T0 + timedelta(hours=1)) == {"src-a": [late.published_at]}


def rows(result) -> list[tuple]:
    """Aggregation rows as sorted plain tuples (SQLite answers ``sqlite3.Row``s, in no set order)."""
    return sorted(tuple(r) for r in result)


def _alerting_docs(store: AlertingStore) -> list[Document]:
    day1, day2 = T0 + timedelta(hours=3), T0 + timedelta(days=1, hours=3)
    docs = [doc("https://e.org/a1", "story one", published_at=day1, country_focus=["SDN"], cluster_id="s1"),
            doc("https://e.org/a2", "story one, mirrored", published_at=day1, country_focus=["SDN"], cluster_id="s1"),
            doc("https://e.org/a3", "story two", published_at=day1, country_focus=["SDN"]),
            doc("https://e.org/a4", "next day", published_at=day2, country_focus=["SDN", "TCD"])]
    store.upsert_documents(docs)
    official = finding()
    plain = official.model_copy(update={"speaker": None, "severity": 1.0, "labels": ["eliminationist"]})
    store.put_analyses([
        Analysis(document_id=docs[0].id, analyzer="dehumanization", version="v1", findings=[official, plain]),
        Analysis(document_id=docs[3].id, analyzer="events", version="v1", events=[mention()],
                 countries=["SDN", "TCD"]),
        Analysis(document_id=docs[2].id, analyzer="events", version="v1",
                 events=[mention(), mention().model_copy(update={"country": "TCD", "fatalities": Count(best=3)})])])
    return docs


class AlertingContract:
    """``AlertingStore``: fact index, aggregations, signal replacement, outbox, snoozes."""

    def test_fact_index_and_aggregations(self, store: AlertingStore) -> None:
        assert isinstance(store, AlertingStore)
        assert store.fact_day_range() is None
        docs = _alerting_docs(store)
        assert store.pending_fact_refresh() == 4
        assert store.refresh_alert_facts() == D0
        assert store.pending_fact_refresh() == 0 and store.refresh_alert_facts() is None
        assert store.fact_day_range() == (D0, D0 + timedelta(days=1))
        lo, hi = D0, D0 + timedelta(days=1)
        assert rows(store.story_volume(lo, hi)) == [("SDN", "2026-03-01", 2), ("SDN", "2026-03-02", 1),
                                                       ("TCD", "2026-03-02", 1)]
        assert rows(store.finding_story_weights(lo, hi, 3.0, False)) == [("SDN", "2026-03-01", "s1", docs[0].id, 7.0)]
        assert rows(store.finding_story_weights(lo, hi, 3.0, True)) == [("SDN", "2026-03-01", "s1", docs[0].id, 6.0)]
        assert rows(store.findings_in_window(lo, hi)) == [(docs[0].id, "SDN", "2026-03-01")]
        mentions = rows(store.mention_event_rows(lo, hi))
        assert sorted((r[1], r[2], r[3], r[4], json.loads(r[5])) for r in mentions) == [
            ("SDN", "2026-03-01", "violence_against_civilians", 12, [docs[2].id]),
            ("SDN", "2026-03-02", "violence_against_civilians", 12, [docs[3].id]),
            ("TCD", "2026-03-01", "violence_against_civilians", 3, [docs[2].id])]
        assert not store.has_merged_events()
        store.upsert_events([Event(id="ev", type="attack", country="SDN", event_date=date(2026, 2, 20),
                                   fatalities=Count(best=5), document_ids=[docs[3].id, docs[2].id], version="m")])
        assert store.has_merged_events()
        (ev,) = rows(store.merged_event_rows(lo, hi))
        assert ev[:5] == ("ev", "SDN", "2026-03-01", "attack", 5) and json.loads(ev[5]) == [docs[3].id, docs[2].id]
        assert rows(store.merged_event_rows(hi, hi)) == []
        store.set_clusters({docs[2].id: "s1"})  # story two joins story one: one story on the first day
        assert store.refresh_alert_facts() == D0
        assert ("SDN", "2026-03-01", 1) in rows(store.story_volume(lo, hi))

    def test_volume_and_replaced_signals(self, store: AlertingStore) -> None:
        _alerting_docs(store)
        store.refresh_alert_facts()
        lo, hi = D0, D0 + timedelta(days=1)
        assert store.upsert_volume_signals(lo, hi, "v1") == 3
        assert store.upsert_volume_signals(lo, hi, "v1") == 0, "nothing changed, nothing written"
        assert store.list_signals(country="TCD", kind="volume")[0].value == 1.0
        day = "2026-03-01"
        values = [SignalValue("SDN", day, "dehumanization", 50.0, ("d1",), "s1"),
                  SignalValue("SDN", day, "dehumanization:official", 25.0, ("d1", "d2"), "s1"),
                  SignalValue("SDN", "2026-03-02", "dehumanization", 10.0, (), "s1")]
        assert store.replace_signals(values, lo, hi, ["dehumanization"]) == 3
        assert store.replace_signals(values, lo, hi, ["dehumanization"]) == 0
        assert store.replace_signals(values[:1], lo, hi, ["dehumanization"]) == 2, "the other two are removed"
        assert rows(store.signal_values(lo, hi)) == [("SDN", day, "dehumanization", 50.0), ("SDN", day, "volume", 2.0),
                                                       ("SDN", "2026-03-02", "volume", 1.0),
                                                       ("TCD", "2026-03-02", "volume", 1.0)]
        assert rows(store.signal_values(lo, hi, ["dehumanization"])) == [("SDN", day, "dehumanization", 50.0)]
        assert store.list_signals(kind="dehumanization")[0].document_ids == ["d1"]
        store.replace_signals([SignalValue("SDN", day, "dehumanization", 50.0, ("d1",), "s1"),
                               SignalValue("SDN", "2026-03-02", "dehumanization", 80.0, ("d3", "d1"), "s1")],
                              lo, hi, ["dehumanization"])
        assert store.signal_documents("SDN", "dehumanization", lo, hi) == ["d3", "d1"], "highest value first"
        with pytest.raises(ValueError, match="outside the kinds"):
            store.replace_signals([SignalValue("SDN", day, "volume", 1.0)], lo, hi, ["dehumanization"])

    def test_outbox_exactly_once_and_retries(self, store: AlertingStore) -> None:
        alert = Alert(id="al-9", country="SDN", kind="dehumanization", severity="high", opened_at=T0, updated_at=T0,
                      detector="ears_c2", explanation="surge", evidence_document_ids=["d1"])
        audit = AuditEntry(alert_id="al-9", at=T0, actor="tocsin", action="open", to_status="new")
        assert store.upsert_alert_notify(alert, audit, ["webhook", "email"], '{"id": "al-9"}', T0) == 2
        assert store.upsert_alert_notify(alert, None, ["webhook", "email"], '{"id": "al-9"}', T0) == 0
        assert store.get_alert("al-9") == alert and [e.action for e in store.audit_trail("al-9")] == ["open"]
        (item,) = store.due_notifications("webhook", T0)
        assert (item.alert_id, item.idempotency_key, item.payload, item.attempts) == (
            "al-9", "al-9:webhook", '{"id": "al-9"}', 0)
        store.mark_notification_failed(item.id, "HTTP 503", T0 + timedelta(minutes=5))
        assert store.due_notifications("webhook", T0 + timedelta(minutes=1)) == []
        (again,) = store.due_notifications("webhook", T0 + timedelta(minutes=5))
        assert (again.id, again.attempts, again.last_error) == (item.id, 1, "HTTP 503")
        store.mark_notification_delivered(item.id, T0 + timedelta(minutes=6))
        assert store.due_notifications("webhook", T0 + timedelta(days=1)) == []
        (mail,) = store.due_notifications("email", T0)
        store.mark_notification_failed(mail.id, "550 no such user", None)
        assert [i.channel for i in store.list_outbox(dead_only=True)] == ["email"]
        assert [(i.channel, i.attempts, i.delivered_at is not None) for i in store.list_outbox()] == [
            ("webhook", 2, True), ("email", 1, False)]
        assert store.due_notifications("email", T0 + timedelta(days=1)) == []

    def test_outbox_enqueues_once_under_concurrent_writers(self, store: AlertingStore) -> None:
        alert = Alert(id="al-r", country="SDN", kind="volume", severity="low", opened_at=T0, updated_at=T0,
                      detector="glm", explanation="race", evidence_document_ids=["d1"])
        enqueued: list[int] = []

        def record() -> None:
            for _ in range(3):
                enqueued.append(store.upsert_alert_notify(alert, None, ["webhook", "email"], "{}", T0))

        threads = [threading.Thread(target=record) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sum(enqueued) == 2 and len(enqueued) == 12
        assert sorted(i.channel for i in store.list_outbox()) == ["email", "webhook"]

    def test_snoozes_latest_wins(self, store: AlertingStore) -> None:
        store.add_snooze(Snooze("SDN", "*", T0 + timedelta(days=2), "ana", "known crisis", T0))
        store.add_snooze(Snooze("MMR", "volume", T0 + timedelta(days=1), "ana", "noise", T0))
        store.add_snooze(Snooze("MMR", "volume", T0, "bo", "lifted", T0 + timedelta(hours=1)))
        assert [(s.country, s.reason) for s in store.active_snoozes(T0 + timedelta(hours=2))] == [
            ("SDN", "known crisis")]
        assert [s.reason for s in store.snooze_history()] == ["known crisis", "noise", "lifted"]
        assert store.active_snoozes(T0 + timedelta(days=3)) == []


class AuditChainContract:
    """``AuditLogStore``: the hash-chained audit log (reviews and alert decisions are chained)."""

    def test_chain_links_reviews_and_alert_decisions(self, store: AuditLogStore) -> None:
        assert isinstance(store, AuditLogStore)
        alert = Alert(id="al-c", country="SDN", kind="volume", severity="low", opened_at=T0, updated_at=T0,
                      detector="glm", explanation="x", evidence_document_ids=["d1"])
        store.upsert_alert_notify(alert, AuditEntry(alert_id="al-c", at=T0, actor="amina", action="acknowledged",
                                                    from_status="new", to_status="acknowledged", reason="seen"),
                                  [], "", T0)
        store.add_review(Review(id="r9", target_kind="finding", target_id="d1:0", verdict="reject", reviewer="jo",
                                at=T0))
        store.append_audit_record(AuditRecord(at=T0, actor="ana", action="export", subject="out.csv"))
        records = list(store.iter_audit_records())
        assert [(r.seq, r.record.action) for r in records] == [(1, "alert.acknowledged"), (2, "review.reject"),
                                                                (3, "export")]
        assert records[0].record.details == {"reason": "seen", "from": "new", "to": "acknowledged"}
        assert records[1].prev_hash == records[0].hash
        assert verify_chain(records, store.audit_anchor()).ok
        assert [r.seq for r in store.list_audit_records(subject="al-c")] == [1]
        assert [r.seq for r in store.list_audit_records(limit=2)] == [3, 2]
        assert [r.seq for r in store.iter_audit_records(after_seq=2)] == [3]

    def test_concurrent_appends_never_fork(self, store: AuditLogStore) -> None:
        def append(worker: int) -> None:
            for i in range(5):
                store.append_audit_record(AuditRecord(at=T0, actor=f"w{worker}", action="x", subject=str(i)))

        threads = [threading.Thread(target=append, args=(w,)) for w in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        records = list(store.iter_audit_records())
        assert [r.seq for r in records] == list(range(1, 21))
        assert verify_chain(records, store.audit_anchor()).ok

    def test_purge_moves_the_anchor_and_is_recorded(self, store: AuditLogStore) -> None:
        for i in range(5):
            store.append_audit_record(AuditRecord(at=T0 + timedelta(days=i), actor="a", action="x", subject=str(i)))
        assert store.purge_audit_records(T0 + timedelta(days=2), "root", "policy", T0 + timedelta(days=10)) == 2
        anchor = store.audit_anchor()
        assert (anchor.seq, anchor.actor) == (2, "root")
        records = list(store.iter_audit_records())
        assert [r.seq for r in records] == [3, 4, 5, 6] and records[-1].record.details["deleted"] == 2
        assert verify_chain(records, anchor).ok
        with pytest.raises(ValueError, match="reason"):
            store.purge_audit_records(T0, "root", " ", T0)


class StoreContract(CoreContract, AlertingContract, AccountsContract, ClusteringContract, AuditChainContract):
    """Subclass and provide a ``store`` fixture yielding an empty backend (every backend has every
    extension protocol)."""
