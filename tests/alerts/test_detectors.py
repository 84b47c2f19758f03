"""Detectors: quiet on constant and weekly series, find an injected surge on its first day, scale-invariant."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alerts.detectors import SeriesBatch, run_detectors
from alerts.glm import dow_design, fit_quasi_poisson, rolling_dow_baseline
from alerts.settings import BocpdSettings, DetectorsSettings

START = date(2024, 1, 1)  # a Monday
DETECTORS = {"ears_c2", "glm", "cusum", "bocpd"}


def batch(*series: np.ndarray, volume: np.ndarray | None = None) -> SeriesBatch:
    y = np.stack(series).astype(float)
    n = np.stack([volume if volume is not None else np.full(y.shape[1], 100.0)] * len(series))
    return SeriesBatch(keys=[("SDN", f"k{i}") for i in range(len(series))], start=START, y=y, n=n,
                       observed=np.ones(y.shape, dtype=bool))


def fired_days(b: SeriesBatch, s: DetectorsSettings | None = None) -> dict[str, list[list[int]]]:
    out = {}
    for d in run_detectors(b, s or DetectorsSettings()):
        out[d.detector] = [np.nonzero(d.fired[i])[0].tolist() for i in range(d.fired.shape[0])]
    return out


def test_every_detector_runs():
    assert set(fired_days(batch(np.full(120, 5.0)))) == DETECTORS


@pytest.mark.parametrize("level", [0.0, 1.0, 7.0, 250.0])
def test_constant_series_never_fires(level):
    found = fired_days(batch(np.full(200, level)))
    assert all(days == [[]] for days in found.values()), found


def test_weekly_seasonal_series_never_fires():
    week = np.array([12, 14, 13, 15, 12, 40, 55.0])
    found = fired_days(batch(np.tile(week, 30)))
    assert all(days == [[]] for days in found.values()), found


def test_seasonal_volume_with_constant_rate_never_fires():
    volume = np.tile(np.array([100, 110, 90, 100, 120, 400, 600.0]), 30)
    found = fired_days(batch(volume * 0.05, volume=volume))
    assert all(days == [[]] for days in found.values()), found


@pytest.mark.parametrize("start", [120, 150, 171])
def test_injected_surge_found_on_its_first_day(start):
    rng = np.random.default_rng(start)
    y = rng.poisson(20, 200).astype(float)
    y[start:start + 7] += 60
    found = fired_days(batch(y))
    for name in ("ears_c2", "glm", "cusum", "bocpd"):
        assert start in found[name][0], (name, found[name][0][:10])


def test_surge_relative_to_volume_only():
    """Twice the stories with twice the findings is not a surge; twice the findings on the same volume is."""
    volume = np.full(200, 100.0)
    volume[150:] = 200.0
    busy = np.full(200, 10.0)
    busy[150:] = 20.0
    found = fired_days(batch(busy, volume=volume))
    assert all(days == [[]] for days in found.values()), found
    surge = np.full(200, 10.0)
    surge[150:] = 30.0
    assert 150 in fired_days(batch(surge))["glm"][0]


def test_missing_days_do_not_fire_and_leave_baselines():
    y = np.full(150, 10.0)
    b = batch(y)
    observed = b.observed.copy()
    observed[0, 100:110] = False
    b = SeriesBatch(keys=b.keys, start=START, y=np.where(observed, b.y, 0.0), n=b.n, observed=observed)
    found = fired_days(b)
    assert all(days == [[]] for days in found.values()), found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), factor=st.sampled_from([0.1, 3.0, 17.0, 1000.0]), surge=st.integers(0, 80))
def test_scaling_counts_does_not_change_firing_days(seed, factor, surge):
    rng = np.random.default_rng(seed)
    y = rng.poisson(15, 160).astype(float)
    y[130:135] += surge
    s = DetectorsSettings(min_count=0, bocpd=BocpdSettings(enabled=False))  # BOCPD counts evidence: not scale-free
    base = fired_days(batch(y), s)
    scaled_counts = fired_days(batch(y * factor), s)
    scaled_both = fired_days(batch(y * factor, volume=np.full(160, 100.0 * factor)), s)
    for name in ("ears_c2", "glm", "cusum"):
        assert base[name] == scaled_counts[name] == scaled_both[name], name


def test_closed_form_dow_baseline_equals_irls_fit():
    rng = np.random.default_rng(7)
    days = 70
    weekdays = (np.arange(days) + START.weekday()) % 7
    n = rng.integers(50, 150, days).astype(float)
    y = rng.poisson(n * (0.05 + 0.03 * (weekdays >= 5))).astype(float)
    mu, phi, _ = rolling_dow_baseline(y[None], n[None], np.ones((1, days), bool), weekdays, 56, 2)
    t = 65
    idx = np.arange(t - 2 - 56, t - 2)
    fit = fit_quasi_poisson(y[idx], dow_design(weekdays[idx]), np.log(n[idx]))
    assert fit.converged
    expected = n[t] * np.exp(fit.beta[list(np.unique(weekdays[idx])).index(weekdays[t])])
    assert mu[0, t] == pytest.approx(expected, rel=1e-8)
    inflation = 1 + n[t] / n[idx][weekdays[idx] == weekdays[t]].sum()
    assert phi[0, t] == pytest.approx(fit.phi * inflation, rel=1e-6)


def test_irls_recovers_known_coefficients():
    rng = np.random.default_rng(3)
    x = np.column_stack([np.ones(5000), rng.normal(size=5000)])
    y = rng.poisson(np.exp(1.0 + 0.5 * x[:, 1]))
    fit = fit_quasi_poisson(y, x, np.zeros(5000))
    assert fit.beta == pytest.approx([1.0, 0.5], abs=0.05)
    assert fit.phi == pytest.approx(1.0, abs=0.1)


@pytest.mark.parametrize("history", [0, 5, 20, 25])
def test_no_detector_fires_without_minimum_history(history):
    """A fresh install: missing days, then a short history and a huge jump. Nothing fires before
    ``min_history_days`` observed days; the same jump after a long enough history is found."""
    days = 60
    y = np.full(days, 5.0)
    observed = np.zeros(days, dtype=bool)
    first = days - history - 3
    observed[first:] = True
    y[-3:] = 80.0
    b = SeriesBatch(keys=[("SDN", "k")], start=START, y=np.where(observed, y, 0.0)[None],
                    n=np.full((1, days), 100.0), observed=observed[None])
    found = fired_days(b)
    assert all(d == [[]] for d in found.values()), found
    enough = fired_days(batch(np.where(np.arange(days) >= days - 3, 80.0, 5.0)))
    assert days - 3 in enough["ears_c2"][0] and days - 3 in enough["bocpd"][0]


def test_min_history_is_configurable_and_checked():
    from alerts.settings import AlertsSettings, SignalsSettings

    y = np.full(60, 5.0)
    y[40:] = 80.0
    assert 40 in fired_days(batch(y))["ears_c2"][0]
    assert fired_days(batch(y), DetectorsSettings(min_history_days=45))["ears_c2"] == [[]]
    with pytest.raises(ValueError, match="min_history_days"):
        AlertsSettings(signals=SignalsSettings(lookback_days=30), detectors=DetectorsSettings(min_history_days=30))


def _reference_bocpd_recent(y, e, b: BocpdSettings) -> list[float]:
    """Adams & MacKay, one series, plain log-space Python: P(run length < window_days) per day."""
    from scipy.special import gammaln, logsumexp

    log_r, alpha, beta = np.array([0.0]), np.array([b.prior_shape]), np.array([b.prior_rate])
    h = 1.0 / b.hazard_days
    out = []
    for yt, et in zip(y, e, strict=True):
        pred = (gammaln(alpha + yt) - gammaln(alpha) - gammaln(yt + 1) + alpha * np.log(beta / (beta + et))
                + yt * np.log(et / (beta + et)))
        joint = log_r + pred
        new = np.concatenate([[logsumexp(joint) + np.log(h)], joint + np.log1p(-h)])[: b.max_run]
        log_r = new - logsumexp(new)
        alpha = np.concatenate([[b.prior_shape], alpha + yt])[: b.max_run]
        beta = np.concatenate([[b.prior_rate], beta + et])[: b.max_run]
        out.append(float(np.exp(log_r[: b.window_days]).sum()))
    return out


def test_bocpd_posterior_matches_a_plain_reference():
    from alerts.bocpd import bocpd, dow_exposure

    rng = np.random.default_rng(11)
    y = rng.poisson(8, 90).astype(float)
    y[60:] += 25
    b = batch(y, rng.poisson(3, 90).astype(float))
    s = DetectorsSettings(bocpd=BocpdSettings(max_run=40, float32=False))
    got = bocpd(b, s).score
    e = dow_exposure(b)
    for i in range(2):
        want = _reference_bocpd_recent(b.y[i], e[i], s.bocpd)
        assert got[i] == pytest.approx(want, rel=1e-6, abs=1e-9)
    fast = bocpd(b, DetectorsSettings(bocpd=BocpdSettings(max_run=40, float32=True)))
    assert np.nanmax(np.abs(fast.score - got)) < 1e-4
    assert (fast.fired == bocpd(b, s).fired).all()
