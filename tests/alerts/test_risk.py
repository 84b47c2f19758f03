"""Risk index: always within [0, 100], each component within its weight, monotone in its inputs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alerts.risk import risk_indices
from alerts.settings import RiskSettings, SignalsSettings
from store import Signal
from store.sqlite import SQLiteStore

DAY = date(2026, 1, 31)
values = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)


def _write(store: SQLiteStore, vol: float, dehum: float, official: float, events: float, fatalities: float,
           base_events: float) -> None:
    signals = []
    for i in range(70):
        day = DAY - timedelta(days=i)
        recent = i < 14
        signals.append(Signal(country="SDN", day=day, kind="volume", value=max(vol, 1.0)))
        for kind, value in (("dehumanization", dehum if recent else 0.0),
                            ("dehumanization_official", official if recent else 0.0),
                            ("violence_events", events if recent else base_events),
                            ("fatalities", fatalities if recent else 0.0)):
            if value:
                signals.append(Signal(country="SDN", day=day, kind=kind, value=value))
    store.replace_signals(signals, DAY - timedelta(days=80), DAY, ["volume", "dehumanization",
                                                                   "dehumanization_official", "violence_events",
                                                                   "fatalities"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(vol=values, dehum=values, official=values, events=values, fatalities=values, base=values)
def test_index_is_bounded_for_any_inputs(tmp_path_factory, vol, dehum, official, events, fatalities, base):
    store = SQLiteStore(tmp_path_factory.mktemp("risk") / "r.db")
    try:
        _write(store, vol, dehum, official, events, fatalities, base)
        (r,) = risk_indices(store, RiskSettings(), SignalsSettings(), DAY)
    finally:
        store.close()
    assert 0.0 <= r.score <= 100.0
    assert all(0.0 <= c.points <= c.weight for c in r.components)
    assert r.score == pytest.approx(min(100.0, sum(c.points for c in r.components)), abs=0.01)


def test_more_official_dehumanization_never_lowers_the_index(tmp_path):
    scores = []
    for official in (0.0, 5.0, 50.0, 500.0):
        store = SQLiteStore(tmp_path / f"r{official}.db")
        try:
            _write(store, 100, 5, official, 1, 0, 1)
            scores.append(risk_indices(store, RiskSettings(), SignalsSettings(), DAY)[0].score)
        finally:
            store.close()
    assert scores == sorted(scores) and scores[-1] > scores[0]


def test_weights_must_sum_to_100():
    with pytest.raises(ValueError, match="must sum to 100"):
        RiskSettings(weights={"official_dehumanization": 50.0, "dehumanization": 15.0, "violence_trend": 20.0,
                              "fatalities": 20.0, "open_alerts": 15.0})
