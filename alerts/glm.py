"""Quasi-Poisson log-linear baselines with day-of-week effects and a volume offset.

Model: ``y_t ~ quasi-Poisson(mu_t)``, ``log mu_t = log n_t + beta_dow(t) [+ gamma * t]`` where ``n_t`` is the
exposure (distinct stories; 1 for raw counts). The dispersion ``phi`` is Pearson's chi-square over
the residual degrees of freedom. ``fit_quasi_poisson`` is the general IRLS fit (numpy only). With
day-of-week effects alone the maximum-likelihood fit has a closed form (per weekday,
``exp(beta_d) = sum y / sum n``), which ``rolling_dow_baseline`` evaluates for every day and every
series at once with cumulative sums; the tests check both agree.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["GlmFit", "dow_design", "fit_quasi_poisson", "rolling_dow_baseline", "rolling_trend_baseline",
           "window_sum"]


@dataclass(frozen=True)
class GlmFit:
    beta: np.ndarray
    mu: np.ndarray
    phi: float
    iterations: int
    converged: bool


def dow_design(weekdays: np.ndarray, trend: np.ndarray | None = None) -> np.ndarray:
    """One indicator column per weekday present (no intercept), plus an optional trend column."""
    present = np.unique(weekdays)
    cols = [(weekdays == d).astype(float) for d in present]
    if trend is not None:
        cols.append((trend - trend.mean()) / max(float(np.ptp(trend)), 1.0))
    return np.column_stack(cols)


def fit_quasi_poisson(y: np.ndarray, x: np.ndarray, offset: np.ndarray, max_iter: int = 50,
                      tol: float = 1e-10) -> GlmFit:
    """Iteratively reweighted least squares for a Poisson log-link GLM; dispersion by Pearson."""
    y = np.asarray(y, float)
    mu = np.maximum(y, y.mean() if y.mean() > 0 else 1.0) + 0.1
    eta = np.log(mu)
    beta = np.zeros(x.shape[1])
    converged = False
    it = 0
    for it in range(1, max_iter + 1):
        z = eta - offset + (y - mu) / mu  # working response, offset removed
        w = mu
        xtw = x.T * w
        new = np.linalg.lstsq(xtw @ x, xtw @ z, rcond=None)[0]
        eta = np.clip(x @ new + offset, -700, 700)
        mu = np.exp(eta)
        if np.max(np.abs(new - beta)) < tol * (1 + np.max(np.abs(new))):
            beta, converged = new, True
            break
        beta = new
    dof = max(len(y) - x.shape[1], 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        pearson = np.where(mu > 0, (y - mu) ** 2 / mu, 0.0)
    return GlmFit(beta=beta, mu=mu, phi=float(pearson.sum() / dof), iterations=it, converged=converged)


def window_sum(a: np.ndarray, length: int, lag: int) -> np.ndarray:
    """For every day t: sum of a over [t - lag - length, t - lag - 1] along axis 1 (zero-padded).

    Prefix sums read through shifted slices (no index arrays): out[t] = cs[t-lag-1] - cs[t-lag-length-1]."""
    n = a.shape[1]
    cs = np.cumsum(a, axis=1)
    out = np.zeros(a.shape, dtype=cs.dtype)
    if lag + 1 < n:
        out[:, lag + 1:] = cs[:, :n - lag - 1]
    if lag + length + 1 < n:
        out[:, lag + length + 1:] -= cs[:, :n - lag - length - 1]
    return out


def rolling_dow_baseline(y: np.ndarray, n: np.ndarray, observed: np.ndarray, weekdays: np.ndarray,
                         length: int, guard: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Expected count ``mu``, dispersion ``phi`` (times ``1 + n_t / sum n`` of the weekday, the variance
    of the estimated mean, so a short baseline gives a wider prediction interval) and observed
    baseline days for every (series, day).

    ``y``, ``n``, ``observed``: arrays (series x days); ``weekdays``: (days,). Missing days are left
    out of the fit. ``mu`` is NaN where the day's weekday has no exposure in the baseline.
    """
    lag = guard  # the window is [t-guard-length, t-guard-1]
    obs = observed.astype(float)
    yo, no = np.where(observed, y, 0.0), np.where(observed, n, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        y2n = np.where(observed & (n > 0), yo * yo / np.where(n > 0, n, 1.0), 0.0)
    mu = np.full(y.shape, np.nan)
    inflation = np.ones(y.shape)
    x2 = np.zeros(y.shape)
    groups = np.zeros(y.shape)
    count = window_sum(obs, length, lag)
    for d in range(7):
        m = (weekdays == d)[None, :]
        sy = window_sum(yo * m, length, lag)
        sn = window_sum(no * m, length, lag)
        sy2n = window_sum(y2n * m, length, lag)
        cols = weekdays == d  # this weekday's own days: expected count and inflation
        syc, snc, nc = sy[:, cols], sn[:, cols], n[:, cols]
        with np.errstate(divide="ignore", invalid="ignore"):
            x2 += np.where(sy > 0, sn * sy2n / np.where(sy > 0, sy, 1.0) - sy, 0.0)
            mu[:, cols] = np.where(snc > 0, syc / snc, np.nan) * nc
            inflation[:, cols] = np.where(snc > 0, 1.0 + nc / np.where(snc > 0, snc, 1.0), 1.0)
        groups += sn > 0
    phi = np.maximum(x2, 0.0) / np.maximum(count - groups, 1.0)
    return mu, phi * inflation, count


def rolling_trend_baseline(y: np.ndarray, n: np.ndarray, observed: np.ndarray, weekdays: np.ndarray,
                           length: int, guard: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Like ``rolling_dow_baseline`` with a linear trend, fitted by IRLS per series and day (slower)."""
    mu = np.full(y.shape, np.nan)
    phi = np.zeros(y.shape)
    count = window_sum(observed.astype(float), length, guard)
    t_all = np.arange(y.shape[1], dtype=float)
    for s in range(y.shape[0]):
        for t in range(y.shape[1]):
            lo, hi = max(0, t - guard - length), max(0, t - guard)
            idx = np.arange(lo, hi)[observed[s, lo:hi] & (n[s, lo:hi] > 0)]
            if len(idx) < 8 or weekdays[t] not in weekdays[idx] or y[s, idx].sum() <= 0:
                continue
            x = dow_design(weekdays[idx], t_all[idx])
            fit = fit_quasi_poisson(y[s, idx], x, np.log(n[s, idx]))
            present = list(np.unique(weekdays[idx]))
            row = np.zeros(x.shape[1])
            row[present.index(weekdays[t])] = 1.0
            span = max(float(np.ptp(t_all[idx])), 1.0)
            row[-1] = (t - t_all[idx].mean()) / span
            mu[s, t] = n[s, t] * np.exp(min(float(row @ fit.beta), 700.0))
            phi[s, t] = fit.phi
    return mu, phi, count
