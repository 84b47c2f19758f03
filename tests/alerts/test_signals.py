"""Signals from a real SQLite store: distinct stories, normalization, missing days, incremental refresh."""

from __future__ import annotations

from datetime import date, timedelta

from alerts.settings import SignalsSettings
from alerts.signals import recompute_signals
from store import Analysis
from tests.alerts.builders import add_docs, doc, event, finding, mention
from tests.alerts.scenario import START, steady_with_surge


def values(store, kind, country="SDN"):
    return {s.day: s.value for s in store.list_signals(country=country, kind=kind)}


def test_distinct_stories_and_normalization(sqlite_store):
    steady_with_surge(sqlite_store, days=10, surge_day=5)
    recompute_signals(sqlite_store, SignalsSettings(), START, START + timedelta(days=9))
    volume = values(sqlite_store, "volume")
    dehum = values(sqlite_store, "dehumanization")
    assert volume[START] == 10  # 10 stories + 3 near-duplicates of the dehumanizing one: still 10 stories
    assert dehum[START] == 10.0  # 1 weighted story per 10 stories = 10 per 100
    assert dehum[START + timedelta(days=5)] == 60.0


def test_official_speakers_weigh_more_and_have_their_own_signal(sqlite_store):
    day = START
    docs = [doc(f"https://n.example/{i}", day) for i in range(4)]
    add_docs(sqlite_store, docs, findings={docs[0].id: [finding(official=True, role="minister", severity=2.0)],
                                           docs[1].id: [finding()]})
    recompute_signals(sqlite_store, SignalsSettings(official_weight=3.0), day, day)
    assert values(sqlite_store, "dehumanization")[day] == (2.0 * 3.0 + 1.0) / 4 * 100
    official = sqlite_store.list_signals(country="SDN", kind="dehumanization_official")
    assert official[0].value == 2.0 * 3.0 / 4 * 100
    assert official[0].document_ids == [docs[0].id]


def test_analysis_countries_win_over_country_focus(sqlite_store):
    d = doc("https://n.example/x", START, ["SDN"])
    add_docs(sqlite_store, [d], findings={d.id: [finding()]}, countries={d.id: ["MMR"]})
    recompute_signals(sqlite_store, SignalsSettings(), START, START)
    assert values(sqlite_store, "volume", "MMR") == {START: 1}
    assert values(sqlite_store, "volume", "SDN") == {}


def test_days_without_documents_are_marked_missing_not_zero(sqlite_store):
    add_docs(sqlite_store, [doc("https://n.example/a", START), doc("https://n.example/b", START + timedelta(days=3))])
    recompute_signals(sqlite_store, SignalsSettings(), START, START + timedelta(days=3))
    assert set(values(sqlite_store, "no_data")) == {START + timedelta(days=1), START + timedelta(days=2)}
    assert START + timedelta(days=1) not in values(sqlite_store, "volume")


def test_merged_events_count_once_with_fatalities(sqlite_store):
    docs = [doc(f"https://n.example/e{i}", START) for i in range(5)]
    add_docs(sqlite_store, docs, mentions={d.id: [mention("attack", fatalities=12)] for d in docs[:3]})
    sqlite_store.upsert_events([event("ev1", START, "SDN", [d.id for d in docs[:3]], fatalities=12),
                                event("ev2", START, "SDN", [docs[3].id], type_="abduction", fatalities=None)])
    recompute_signals(sqlite_store, SignalsSettings(), START, START)
    assert values(sqlite_store, "violence_events")[START] == 2 / 5 * 100
    assert values(sqlite_store, "violence_events:abduction")[START] == 1 / 5 * 100
    assert values(sqlite_store, "fatalities")[START] == 12


def test_mentions_are_deduplicated_per_story_when_nothing_is_merged(sqlite_store):
    docs = [doc(f"https://n.example/m{i}", START, cluster="c1") for i in range(3)] + [doc("https://n.example/o", START)]
    add_docs(sqlite_store, docs, mentions={d.id: [mention("attack", fatalities=4)] for d in docs})
    recompute_signals(sqlite_store, SignalsSettings(), START, START)
    assert values(sqlite_store, "violence_events")[START] == 2 / 2 * 100  # 2 stories, 2 events
    assert values(sqlite_store, "fatalities")[START] == 8


def test_incremental_refresh_follows_late_and_changed_documents(sqlite_store):
    add_docs(sqlite_store, [doc("https://n.example/1", START)])
    assert sqlite_store.refresh_alert_facts() == START
    assert sqlite_store.refresh_alert_facts() is None  # nothing dirty any more
    late = doc("https://n.example/late", START - timedelta(days=30))
    add_docs(sqlite_store, [late])
    assert sqlite_store.refresh_alert_facts() == START - timedelta(days=30)
    sqlite_store.set_clusters({late.id: "c9"})
    assert sqlite_store.pending_fact_refresh() == 1


def test_maintained_story_counts_equal_a_fresh_count_after_changes(sqlite_store):
    """alert_volume (triggers) must equal count(DISTINCT story) over the fact index after inserts,
    re-clustering and re-analysis that moves a document to another country."""
    day = START
    docs = [doc(f"https://v.example/{i}", day + timedelta(days=i % 3), cluster=f"c{i // 2}") for i in range(12)]
    add_docs(sqlite_store, docs)
    sqlite_store.refresh_alert_facts()
    sqlite_store.upsert_documents([docs[0].model_copy(update={"cluster_id": "c-new"})])
    sqlite_store.put_analyses([Analysis(document_id=docs[5].id, analyzer="dehumanization", version="test-2",
                                        countries=["MMR"])])
    sqlite_store.refresh_alert_facts()
    conn = sqlite_store.db.conn
    fresh = {tuple(r) for r in conn.execute("SELECT country, day, count(DISTINCT story) FROM alert_doc_facts GROUP BY "
                                            "country, day")}
    kept = {tuple(r) for r in conn.execute("SELECT country, day, stories FROM alert_volume")}
    assert kept == fresh and ("MMR", (day + timedelta(days=2)).isoformat(), 1) in kept
    assert conn.execute("SELECT count(*) FROM alert_story_days WHERE docs <= 0").fetchone()[0] == 0
    recompute_signals(sqlite_store, SignalsSettings(), START, START + timedelta(days=9))
    assert values(sqlite_store, "volume") == {date.fromisoformat(d): n for c, d, n in kept if c == "SDN"}


def test_criminal_violence_is_counted_apart_from_political_violence(sqlite_store):
    docs = [doc(f"https://n.example/k{i}", START) for i in range(4)]
    add_docs(sqlite_store, docs, mentions={docs[0].id: [mention("attack", ["criminal"], fatalities=2)],
                                           docs[1].id: [mention("attack", fatalities=5)],
                                           docs[2].id: [mention("attack", ["criminal", "identity_targeted"], 3)]})
    recompute_signals(sqlite_store, SignalsSettings(), START, START)  # nothing merged: mention path
    assert values(sqlite_store, "violence_events")[START] == 2 / 4 * 100  # the identity-targeted one is political
    assert values(sqlite_store, "fatalities")[START] == 8
    assert values(sqlite_store, "criminal_events")[START] == 1 / 4 * 100
    assert values(sqlite_store, "criminal_fatalities")[START] == 2
    sqlite_store.upsert_events([event("c1", START, "SDN", [docs[0].id], markers=["criminal"], fatalities=2),
                                event("p1", START, "SDN", [docs[1].id, docs[3].id], fatalities=5)])
    recompute_signals(sqlite_store, SignalsSettings(), START, START)  # merged path
    assert values(sqlite_store, "violence_events")[START] == 1 / 4 * 100
    assert values(sqlite_store, "fatalities")[START] == 5
    assert values(sqlite_store, "criminal_events")[START] == 1 / 4 * 100
    ids = sqlite_store.list_signals(country="SDN", kind="criminal_events")[0].document_ids
    assert ids == [docs[0].id]
