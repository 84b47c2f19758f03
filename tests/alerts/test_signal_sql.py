"""The SQL aggregation of signals (SQLite) against the Python reference, on random small stores.

Each case builds a random store (countries, days, near-duplicate clusters, findings by official and
other speakers, event mentions with markers, optionally merged events), recomputes the signals by
SQL and by the Python reference, and compares every stored value and its evidence documents. A
second check recomputes only some days after a change (incremental) and compares with a full run.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest

from alerts.settings import SignalsSettings
from alerts.signals import recompute_signals
from tests.alerts.builders import add_docs, doc, event, finding, mention
from tests.alerts.scenario import START

COUNTRIES = ("SDN", "MMR", "ETH")
DAYS = 12


def _stored(store) -> dict[tuple[str, str, str], tuple[float, list[str]]]:
    rows = store.db.conn.execute("SELECT country, day, kind, value, data FROM signals").fetchall()
    payloads = {(c, d, k): json.loads(data) for c, d, k, _, data in rows}
    for c, d, k, v, _ in rows:  # the payload (what list_signals and the interface read) carries the exact value
        assert payloads[(c, d, k)]["value"] == v and payloads[(c, d, k)]["day"] == d, (c, d, k)
    return {(c, d, k): (v, payloads[(c, d, k)]["document_ids"]) for c, d, k, v, _ in rows}


def _random_store(store, rng: random.Random, merged: bool) -> None:
    docs, findings, mentions = [], {}, {}
    for i in range(rng.randint(30, 90)):
        day = START + timedelta(days=rng.choice([d for d in range(DAYS) if d != 7]))  # day 7: no data anywhere
        cluster = f"c{rng.randint(0, 25)}" if rng.random() < 0.5 else None
        d = doc(f"https://r.example/{i}", day, countries=rng.sample(COUNTRIES, rng.choice([1, 1, 2])), cluster=cluster)
        docs.append(d)
        if rng.random() < 0.4:
            findings[d.id] = [finding(official=rng.random() < 0.3, severity=rng.choice([0.5, 1.0, 2.0]))
                              for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.3:
            mentions[d.id] = [mention(rng.choice(["attack", "massacre"]),
                                      rng.choice([(), ("criminal",), ("criminal", "identity_targeted")]),
                                      fatalities=rng.choice([None, 0, 1, 4, 12]), country=rng.choice(COUNTRIES))]
    add_docs(store, docs, findings=findings, mentions=mentions)
    if merged:
        events = []
        for j in range(rng.randint(3, 15)):
            members = rng.sample(docs, rng.randint(1, 3))
            events.append(event(f"ev{j}", members[0].published_at.date(), rng.choice(COUNTRIES),
                                [m.id for m in members], type_=rng.choice(["attack", "massacre"]),
                                markers=rng.choice([[], ["criminal"], ["criminal", "identity_targeted"]]),
                                fatalities=rng.choice([None, 0, 3, 20])))
        store.upsert_events(events)


def _assert_same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for key, (value, ids) in a.items():
        assert b[key][0] == pytest.approx(value, rel=1e-12), key
        assert b[key][1] == ids, key


@pytest.mark.parametrize("seed", range(8))
def test_sql_signals_equal_the_python_reference(sqlite_store, seed):
    rng = random.Random(seed)
    _random_store(sqlite_store, rng, merged=seed % 2 == 1)
    settings = SignalsSettings(top_evidence=rng.choice([1, 2, 20]))
    last = START + timedelta(days=DAYS - 1)
    recompute_signals(sqlite_store, settings, START, last, reference=True)
    reference = _stored(sqlite_store)
    assert any(k[2] == "no_data" for k in reference) and any(k[2] == "dehumanization" for k in reference)
    report = recompute_signals(sqlite_store, settings, START, last)
    _assert_same(reference, _stored(sqlite_store))
    assert recompute_signals(sqlite_store, settings, START, last).changed == 0  # nothing new: nothing written
    assert report.written == len(reference)


@pytest.mark.parametrize("seed", range(4))
def test_incremental_days_equal_a_full_recompute(sqlite_store, seed):
    rng = random.Random(100 + seed)
    _random_store(sqlite_store, rng, merged=seed % 2 == 1)
    settings = SignalsSettings()
    last = START + timedelta(days=DAYS - 1)
    recompute_signals(sqlite_store, settings, START, last)
    late = [doc(f"https://late.example/{i}", START + timedelta(days=3), countries=["SDN"]) for i in range(3)]
    add_docs(sqlite_store, late, findings={late[0].id: [finding(official=True)]},
             mentions={late[1].id: [mention("massacre", fatalities=9)]})
    touched = sqlite_store.refresh_alert_facts()
    assert touched == START + timedelta(days=3)
    recompute_signals(sqlite_store, settings, START, last, days=[touched])
    incremental = _stored(sqlite_store)
    recompute_signals(sqlite_store, settings, START, last, reference=True)
    _assert_same(_stored(sqlite_store), incremental)


def test_packed_series_equal_the_row_by_row_series(sqlite_store):
    from alerts.series import load_series

    _random_store(sqlite_store, random.Random(5), merged=True)
    settings = SignalsSettings()
    last = START + timedelta(days=DAYS - 1)
    recompute_signals(sqlite_store, settings, START, last)
    kinds = ["dehumanization", "dehumanization_official", "violence_events", "fatalities", "no_data"]
    packed = load_series(sqlite_store, settings, START, last, kinds)

    class RowByRow:  # the same store seen through the protocol only (no packed reader)
        def signal_values(self, *args):
            return sqlite_store.signal_values(*args)

    rows = load_series(RowByRow(), settings, START, last, kinds)
    assert packed.keys == rows.keys and len(packed.keys) >= 3
    for name in ("y", "n", "observed"):
        assert (getattr(packed, name) == getattr(rows, name)).all(), name


def test_touched_days_survive_a_run_that_died_after_refreshing_facts(sqlite_store):
    from datetime import UTC, datetime, time

    from alerts import AlertsSettings, run_alerts
    from alerts.settings import SignalsSettings as Sig

    _random_store(sqlite_store, random.Random(9), merged=False)
    settings = AlertsSettings(signals=Sig(recompute_days=2, lookback_days=30))
    now = datetime.combine(START + timedelta(days=40), time(12), tzinfo=UTC)
    run_alerts(sqlite_store, settings, now=now)
    assert sqlite_store.touched_signal_days() == []
    late_day = START + timedelta(days=7)  # no document on that day before
    late = doc("https://late.example/x", late_day, countries=["SDN"])
    add_docs(sqlite_store, [late], findings={late.id: [finding()]})
    sqlite_store.refresh_alert_facts()  # a run that was killed right after this
    assert sqlite_store.touched_signal_days() == [late_day]
    run_alerts(sqlite_store, settings, now=now)
    kinds = {k for (c, d, k) in _stored(sqlite_store) if c == "SDN" and d == late_day.isoformat()}
    assert {"volume", "dehumanization"} <= kinds and "no_data" not in kinds
    assert sqlite_store.touched_signal_days() == []


def test_unchanged_days_are_skipped_and_any_other_write_to_a_day_is_repaired(sqlite_store):
    _random_store(sqlite_store, random.Random(21), merged=True)
    settings = SignalsSettings()
    last = START + timedelta(days=DAYS - 1)
    recompute_signals(sqlite_store, settings, START, last)
    want = _stored(sqlite_store)
    conn = sqlite_store.db.conn
    assert conn.execute("SELECT count(*) FROM alert_signal_digests").fetchone()[0] == DAYS
    assert recompute_signals(sqlite_store, settings, START, last).changed == 0
    country, day, kind = next(k for k in want if k[2] == "dehumanization")
    with sqlite_store.db.write() as c:  # another writer changes one stored value and removes another day's rows
        c.execute("UPDATE signals SET value = value + 1 WHERE country=? AND day=? AND kind=?", (country, day, kind))
        c.execute("DELETE FROM signals WHERE kind = 'no_data'")
    assert conn.execute("SELECT count(*) FROM alert_signal_digests").fetchone()[0] < DAYS
    assert recompute_signals(sqlite_store, settings, START, last).changed > 0
    _assert_same(want, _stored(sqlite_store))
    assert recompute_signals(sqlite_store, settings, START, last, reference=True).changed >= 0  # Python path writes
    assert recompute_signals(sqlite_store, settings, START, last).changed >= 0
    _assert_same(want, _stored(sqlite_store))


def test_volume_signals_follow_the_day_digest(sqlite_store):
    """Volumes are written with the other signals, only on days whose digest (signals and volumes) changed:
    a tampered or deleted volume is repaired, a new story on a day updates its volume, nothing else is written."""
    _random_store(sqlite_store, random.Random(33), merged=True)
    settings = SignalsSettings()
    last = START + timedelta(days=DAYS - 1)
    recompute_signals(sqlite_store, settings, START, last)
    want = _stored(sqlite_store)
    vol_key = next(k for k in sorted(want) if k[2] == "volume")
    with sqlite_store.db.write() as c:
        c.execute("UPDATE signals SET value = 99 WHERE country=? AND day=? AND kind='volume'", vol_key[:2])
        c.execute("DELETE FROM signals WHERE kind = 'volume' AND day = ?", (last.isoformat(),))
    assert recompute_signals(sqlite_store, settings, START, last).changed > 0
    _assert_same(want, _stored(sqlite_store))
    assert recompute_signals(sqlite_store, settings, START, last).changed == 0
    day = START + timedelta(days=7)  # no document anywhere on day 7 before: volume and no_data change
    add_docs(sqlite_store, [doc("https://new.example/1", day, countries=["ETH"])])
    sqlite_store.refresh_alert_facts()
    recompute_signals(sqlite_store, settings, START, last, days=[day])
    after = _stored(sqlite_store)
    assert after[("ETH", day.isoformat(), "volume")][0] == 1.0 and ("ETH", day.isoformat(), "no_data") not in after
    recompute_signals(sqlite_store, settings, START, last, reference=True)
    _assert_same(_stored(sqlite_store), after)


def test_a_day_where_only_the_volume_changed_is_written(sqlite_store):
    _random_store(sqlite_store, random.Random(34), merged=False)
    settings = SignalsSettings()
    last = START + timedelta(days=DAYS - 1)
    recompute_signals(sqlite_store, settings, START, last)
    before = _stored(sqlite_store)
    country, day, _ = next(k for k in sorted(before) if k[2] == "volume" and not any(
        o[:2] == k[:2] and o[2] != "volume" for o in before))  # a country-day with volume and no other signal
    assert before[(country, day, "volume")][0] >= 1
    add_docs(sqlite_store, [doc("https://quiet.example/1", date.fromisoformat(day), countries=[country])])
    sqlite_store.refresh_alert_facts()
    assert recompute_signals(sqlite_store, settings, START, last).changed == 1  # that volume only
    after = _stored(sqlite_store)
    assert after[(country, day, "volume")][0] == before[(country, day, "volume")][0] + 1
    assert {k: v for k, v in after.items() if k != (country, day, "volume")} == \
        {k: v for k, v in before.items() if k != (country, day, "volume")}
