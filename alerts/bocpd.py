"""Bayesian online change-point detection (Adams & MacKay 2007), Poisson-Gamma model with exposure.

Within a segment ``y_t ~ Poisson(lambda * e_t)`` with ``lambda ~ Gamma(shape, rate)``; the predictive of
``y_t`` given a run of length r is negative binomial. The exposure ``e_t`` is the day's volume times
its day-of-week factor from the trailing baseline, so weekly seasonality is not a change. A
constant hazard ``1/hazard_days`` gives the prior probability of a change on any day. Run lengths
are truncated at ``max_run``. The detector fires when the posterior probability that the current
segment began within the last ``window_days`` exceeds ``threshold`` and the rate since then is
``min_increase`` times the rate of the preceding weeks. Missing days do not update the posterior.
"""

from __future__ import annotations

import numpy as np
from scipy.special import gammaln

from alerts.detectors import Detection, SeriesBatch
from alerts.glm import window_sum
from alerts.settings import DetectorsSettings

__all__ = ["bocpd", "dow_exposure"]


def dow_exposure(batch: SeriesBatch, length: int = 56) -> np.ndarray:
    """Volume times the trailing day-of-week factor (rate of that weekday / overall rate)."""
    obs = batch.observed & (batch.n > 0)
    yo, no = np.where(obs, batch.y, 0.0), np.where(obs, batch.n, 0.0)
    total_rate = window_sum(yo, length, 0) / np.maximum(window_sum(no, length, 0), 1e-12)
    factor = np.ones(batch.y.shape)
    for d in range(7):
        m = (batch.weekdays == d)[None, :]
        with np.errstate(invalid="ignore", divide="ignore"):
            rate_d = window_sum(yo * m, length, 0) / window_sum(no * m, length, 0)
            f = rate_d / total_rate
        f = np.where(np.isfinite(f) & (f > 0), f, 1.0)
        factor = np.where(m, np.clip(f, 0.2, 5.0), factor)
    return np.where(obs, batch.n * factor, 0.0)


def _rate_before(y: np.ndarray, e: np.ndarray, t: int, window: int, span: int = 28) -> np.ndarray:
    lo, hi = max(0, t - window - span), max(0, t - window + 1)
    return y[:, lo:hi].sum(axis=1) / np.maximum(e[:, lo:hi].sum(axis=1), 1e-12)


def bocpd(batch: SeriesBatch, settings: DetectorsSettings, start: int = 0, eval_from: int = 0) -> Detection:
    """Run from day ``start``; only series that reach ``min_count`` on some day from ``eval_from`` on can
    fire, so the others are skipped (the recursion costs O(series x max_run) per day)."""
    big_all = batch.observed & (batch.y >= settings.min_count)
    rows = np.nonzero(big_all[:, eval_from:].any(axis=1))[0]
    fired = np.zeros(batch.y.shape, dtype=bool)
    prob = np.full(batch.y.shape, np.nan)
    expected = np.full(batch.y.shape, np.nan)
    if len(rows):
        sub = SeriesBatch(keys=[batch.keys[i] for i in rows], start=batch.start, y=batch.y[rows], n=batch.n[rows],
                          observed=batch.observed[rows])
        with np.errstate(divide="ignore", invalid="ignore"):
            f, p, x = _recursion(sub, settings, start)
        fired[rows], prob[rows], expected[rows] = f, p, x
    b = settings.bocpd
    return Detection("bocpd", {"model": "poisson-gamma", "hazard_days": b.hazard_days, "prior_shape": b.prior_shape,
                               "prior_rate": b.prior_rate, "max_run": b.max_run, "window_days": b.window_days,
                               "threshold": b.threshold, "min_increase": b.min_increase,
                               "min_count": settings.min_count}, fired, expected, prob)


def _recursion(batch: SeriesBatch, settings: DetectorsSettings, start: int
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The run-length recursion for all series at once. Per day: one gammaln, one log, one exp and
    one log over (series x max_run); gammaln(alpha) and log(beta) of the next day are the shifted
    gammaln(alpha + y) and log(beta + e) of this one."""
    b = settings.bocpd
    dtype = np.float32 if b.float32 else np.float64
    y = np.where(batch.observed, batch.y, 0.0).astype(dtype)
    e = dow_exposure(batch).astype(dtype)
    s_count, r_max = y.shape[0], b.max_run
    log_h, log_1mh = np.log(1.0 / b.hazard_days), np.log1p(-1.0 / b.hazard_days)
    state = _State.prior(s_count, r_max, b.prior_shape, b.prior_rate, dtype)
    fired = np.zeros(y.shape, dtype=bool)
    prob = np.full(y.shape, np.nan)
    expected = np.full(y.shape, np.nan)
    big = batch.observed & (batch.y >= settings.min_count)
    w = b.window_days
    width = 1  # run lengths that can have mass so far (all series start at run length 0)
    for t in range(start, batch.days):
        live = batch.observed[:, t] & (e[:, t] > 0)
        if not live.any():
            continue
        post, new_width = _step(state, y[:, t:t + 1], e[:, t:t + 1], width, r_max, log_h, log_1mh, live)
        width = new_width
        recent = post[:, :w].sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            rate_new = (post[:, :w] * state.alpha[:, :w] / state.beta[:, :w]).sum(axis=1) / np.maximum(recent, 1e-300)
        rate_old = _rate_before(y, e, t, w)
        prob[:, t] = np.where(live, recent, np.nan)
        expected[:, t] = np.where(live, rate_old * e[:, t], np.nan)
        fired[:, t] = live & big[:, t] & (recent > b.threshold) & (rate_new > b.min_increase * rate_old) & (
            t - start >= 28)
    return fired, prob, expected


def _step(state: _State, yt: np.ndarray, et: np.ndarray, width: int, r_max: int, log_h: float, log_1mh: float,
          live: np.ndarray) -> tuple[np.ndarray, int]:
    """One day of the recursion on the first ``width`` run lengths (the others have no mass yet)."""
    cols = slice(0, width)
    gl_ay = gammaln(state.alpha[:, cols] + yt)
    log_be = np.log(state.beta[:, cols] + et)
    # log predictive up to terms constant in the run length (-gammaln(y+1) + y log e), which the
    # normalization below removes anyway
    pred = gl_ay - state.gl_alpha[:, cols] + state.alpha[:, cols] * (state.log_beta[:, cols] - log_be) - yt * log_be
    joint = state.log_r[:, cols] + pred
    joint -= np.max(joint, axis=1, keepdims=True)
    lin = np.exp(joint)
    new_width = min(width + 1, r_max)
    post = np.zeros((lin.shape[0], r_max), dtype=lin.dtype)
    post[:, 0] = lin.sum(axis=1) * np.exp(log_h)
    post[:, 1:new_width] = lin[:, :new_width - 1] * np.exp(log_1mh)
    post /= post[:, :new_width].sum(axis=1, keepdims=True)
    state.advance(live, post, yt, et, gl_ay, log_be, new_width)
    return post, new_width


class _State:
    """Posterior over run lengths (log), Gamma parameters per run length and their cached gammaln/log."""

    def __init__(self, log_r: np.ndarray, alpha: np.ndarray, beta: np.ndarray, shape: float, rate: float) -> None:
        self.log_r, self.alpha, self.beta = log_r, alpha, beta
        self.gl_alpha, self.log_beta = gammaln(alpha), np.log(beta)
        self.shape, self.rate = shape, rate
        self.gl_shape, self.log_rate = float(gammaln(shape)), float(np.log(rate))

    @classmethod
    def prior(cls, series: int, max_run: int, shape: float, rate: float, dtype: type = np.float64) -> _State:
        log_r = np.full((series, max_run), -np.inf, dtype=dtype)
        log_r[:, 0] = 0.0
        return cls(log_r, np.full((series, max_run), shape, dtype=dtype), np.full((series, max_run), rate, dtype=dtype),
                   shape, rate)

    def advance(self, live: np.ndarray, post: np.ndarray, yt: np.ndarray, et: np.ndarray, gl_ay: np.ndarray,
                log_be: np.ndarray, width: int) -> None:
        """Move live series one day on: run length r+1 takes the posterior parameters of r (``width``
        run lengths after the step; ``gl_ay`` and ``log_be`` cover the ``width`` - 1 or ``width`` before)."""
        rows = slice(None) if live.all() else np.nonzero(live)[0]
        n = width - 1  # shifted columns 1..width-1 come from 0..width-2
        with np.errstate(divide="ignore"):
            self.log_r[rows, :width] = np.log(post[rows, :width])
        for arr, head, shifted in ((self.alpha, self.shape, self.alpha[:, :n] + yt),
                                   (self.beta, self.rate, self.beta[:, :n] + et),
                                   (self.gl_alpha, self.gl_shape, gl_ay[:, :n]),
                                   (self.log_beta, self.log_rate, log_be[:, :n])):
            arr[rows, 1:width] = shifted[rows]
            arr[rows, 0] = head
