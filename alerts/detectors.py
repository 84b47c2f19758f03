"""Standard, explainable surge detectors over daily series (many series at once, numpy).

Every detector returns, for every (series, day): whether it fired, the observed count, the
expected count and its score, so an alert can say on what numbers it fired.

- EARS C1, C2, C3 (CDC): z-score of today's rate against the mean and standard deviation of a
  7-day baseline; C1 uses the previous 7 days, C2 the 7 days before a 2-day guard band, C3 sums
  ``max(0, C2 - 1)`` over the last 3 days.
- ``glm``: quasi-Poisson baseline with day-of-week effects and a volume offset (``alerts.glm``),
  Pearson z of today's count.
- ``cusum``: upper CUSUM of the GLM's standardized residuals (reset after an alarm).
- ``bocpd``: Bayesian online change-point detection (``alerts.bocpd``).

Rates are counts over exposure (distinct stories), so a busier news day is not a surge, and every
statistic is a ratio of quantities in the same unit: scaling all counts by a constant leaves the
firing days unchanged when ``min_count`` is 0 (EARS, GLM, CUSUM; BOCPD treats counts as counts).
Missing days (no volume) are left out of baselines and never fire.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from alerts.glm import rolling_dow_baseline, rolling_trend_baseline, window_sum
from alerts.settings import DetectorsSettings, EarsSettings

__all__ = ["Detection", "SeriesBatch", "run_detectors"]

_REL_TOL = 1e-9


@dataclass(frozen=True)
class SeriesBatch:
    """Aligned daily series: ``y`` counts, ``n`` exposure, ``observed`` False on missing days."""

    keys: list[tuple[str, str]]
    start: date
    y: np.ndarray
    n: np.ndarray
    observed: np.ndarray

    @property
    def days(self) -> int:
        return int(self.y.shape[1])

    def day(self, index: int) -> date:
        return self.start + timedelta(days=index)

    @property
    def weekdays(self) -> np.ndarray:
        return (np.arange(self.days) + self.start.weekday()) % 7


@dataclass(frozen=True)
class Detection:
    detector: str
    parameters: dict[str, Any]
    fired: np.ndarray
    expected: np.ndarray
    score: np.ndarray
    extra: dict[str, np.ndarray] = field(default_factory=dict)


def _above(stat: np.ndarray, threshold: float) -> np.ndarray:
    """stat > threshold beyond float noise (a statistic exactly at the threshold does not fire, at any scale)."""
    return np.nan_to_num(stat, nan=-np.inf) > threshold + 1e-9 * max(1.0, abs(threshold))


def _excess(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """observed - expected, with float noise around equality snapped to 0 (constant series)."""
    diff = observed - expected
    return np.where(np.abs(diff) <= _REL_TOL * np.maximum(np.abs(expected), 1e-300), 0.0, diff)


def _ears_z(rate: np.ndarray, observed: np.ndarray, s: EarsSettings, guard: int) -> tuple[np.ndarray, np.ndarray]:
    """z of each day against the mean and standard deviation of r[t - guard - baseline_days .. t - guard - 1]
    (observed days only): two passes over the ``baseline_days`` shifted copies, no (series x days x window) array."""
    r = np.where(observed, rate, np.nan)
    x = np.where(observed, rate, 0.0)
    present = observed.astype(np.int64)
    shifts = [guard + 1 + k for k in range(s.baseline_days)][::-1]  # oldest day of the window first (as before)
    count = np.zeros(r.shape, dtype=np.int64)
    total = np.zeros(r.shape)
    for lag in shifts:
        count[:, lag:] += present[:, :-lag] if lag < r.shape[1] else 0
        total[:, lag:] += x[:, :-lag] if lag < r.shape[1] else 0.0
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
        ss = np.zeros(r.shape)
        for lag in shifts:
            if lag < r.shape[1]:
                dev = np.where(observed[:, :-lag], x[:, :-lag] - mean[:, lag:], 0.0)
                ss[:, lag:] += dev * dev
        sd = np.sqrt(ss / np.maximum(count - 1, 1))
        sd = np.maximum(sd, s.min_sd_ratio * np.abs(mean))
        diff = _excess(r, mean)
        z = np.where(diff == 0, 0.0, np.where(sd > 0, diff / np.where(sd > 0, sd, 1.0), np.sign(diff) * np.inf))
    z = np.where((count >= min(s.min_baseline_days, s.baseline_days)) & observed, z, np.nan)
    return z, mean


def ears(batch: SeriesBatch, s: EarsSettings, min_count: float) -> list[Detection]:
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.where(batch.observed & (batch.n > 0), batch.y / np.where(batch.n > 0, batch.n, 1.0), np.nan)
    big = batch.observed & (batch.y >= min_count)
    out: list[Detection] = []
    params = {"baseline_days": s.baseline_days, "threshold": s.threshold, "min_sd_ratio": s.min_sd_ratio,
              "min_count": min_count}
    if "C1" in s.enabled:
        z1, m1 = _ears_z(rate, batch.observed, s, 0)
        out.append(Detection("ears_c1", params, big & _above(z1, s.threshold),
                             m1 * batch.n, z1))
    if "C2" in s.enabled or "C3" in s.enabled:
        z2, m2 = _ears_z(rate, batch.observed, s, s.guard_days)
    if "C2" in s.enabled:
        out.append(Detection("ears_c2", {**params, "guard_days": s.guard_days},
                             big & _above(z2, s.threshold), m2 * batch.n, z2))
    if "C3" in s.enabled:
        excess = np.maximum(np.nan_to_num(z2, nan=0.0, posinf=1e6) - 1.0, 0.0)
        c3 = excess + np.pad(excess, ((0, 0), (1, 0)))[:, :-1] + np.pad(excess, ((0, 0), (2, 0)))[:, :-2]
        c3 = np.where(batch.observed, c3, np.nan)
        out.append(Detection("ears_c3", {**params, "guard_days": s.guard_days, "c3_threshold": s.c3_threshold},
                             big & _above(c3, s.c3_threshold), m2 * batch.n, c3))
    return out


def glm_residuals(batch: SeriesBatch, settings: DetectorsSettings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Expected counts, Pearson z and baseline day counts of the day-of-week quasi-Poisson baseline."""
    g = settings.glm
    if g.trend:
        mu, phi, count = rolling_trend_baseline(batch.y, batch.n, batch.observed, batch.weekdays,
                                                g.baseline_days, g.guard_days)
    else:
        mu, phi, count = rolling_dow_baseline(batch.y, batch.n, batch.observed, batch.weekdays,
                                              g.baseline_days, g.guard_days)
    with np.errstate(invalid="ignore", divide="ignore"):
        ybar = _baseline_mean(batch, g.baseline_days, g.guard_days)
        phi = np.maximum(phi, g.min_dispersion_ratio * ybar)
        diff = _excess(batch.y, mu)
        sd = np.sqrt(phi * mu)
        z = np.where(diff == 0, 0.0, np.where(sd > 0, diff / np.where(sd > 0, sd, 1.0), np.sign(diff) * np.inf))
    ok = batch.observed & (count >= g.min_baseline_days) & ~np.isnan(mu)
    return mu, np.where(ok, z, np.nan), count


def _baseline_mean(batch: SeriesBatch, length: int, guard: int) -> np.ndarray:
    obs = batch.observed.astype(float)
    return window_sum(np.where(batch.observed, batch.y, 0.0), length, guard) / np.maximum(
        window_sum(obs, length, guard), 1.0)


def glm_and_cusum(batch: SeriesBatch, settings: DetectorsSettings) -> list[Detection]:
    g, c = settings.glm, settings.cusum
    mu, z, _ = glm_residuals(batch, settings)
    big = batch.observed & (batch.y >= settings.min_count)
    out: list[Detection] = []
    if g.enabled:
        out.append(Detection("glm", {"model": "quasi-poisson", "day_of_week": True, "trend": g.trend,
                                     "baseline_days": g.baseline_days, "guard_days": g.guard_days,
                                     "threshold": g.threshold, "min_count": settings.min_count},
                             big & _above(z, g.threshold), mu, z))
    if c.enabled:
        s = np.zeros(batch.y.shape[0])
        cus = np.full(batch.y.shape, np.nan)
        fired = np.zeros(batch.y.shape, dtype=bool)
        zc = np.clip(z, -50, 50)
        for t in range(batch.days):
            step = zc[:, t]
            s = np.where(np.isnan(step), s, np.maximum(0.0, s + np.nan_to_num(step) - c.k))
            cus[:, t] = s
            fired[:, t] = _above(s, c.h) & big[:, t]
            s = np.where(fired[:, t], 0.0, s)
        out.append(Detection("cusum", {"on": "glm standardized residuals", "k": c.k, "h": c.h,
                                       "min_count": settings.min_count}, fired, mu, cus))
    return out


def run_detectors(batch: SeriesBatch, settings: DetectorsSettings, bocpd_from: int = 0,
                  eval_from: int = 0) -> list[Detection]:
    """Every enabled detector on every series. BOCPD (sequential) runs from day index ``bocpd_from`` and
    only on series that can fire from ``eval_from`` on; the others are left unfired. No detector fires on
    a day with fewer than ``min_history_days`` observed days before it in the batch."""
    out = ears(batch, settings.ears, settings.min_count) if settings.ears.enabled else []
    out += glm_and_cusum(batch, settings)
    if settings.bocpd.enabled:
        from alerts.bocpd import bocpd

        out.append(bocpd(batch, settings, start=bocpd_from, eval_from=eval_from))
    enough = history_days(batch) >= settings.min_history_days
    return [replace(d, fired=d.fired & enough) for d in out]


def history_days(batch: SeriesBatch) -> np.ndarray:
    """Observed days before each day, per series (the day itself not counted)."""
    observed = batch.observed.astype(np.int32)
    return np.cumsum(observed, axis=1) - observed
