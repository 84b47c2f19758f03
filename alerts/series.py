"""Stored signals -> aligned numpy series (counts and exposure) for the detectors."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from alerts.detectors import SeriesBatch
from alerts.settings import SignalsSettings
from store import AlertingStore

__all__ = ["load_series"]


def load_series(store: AlertingStore, settings: SignalsSettings, day_from: date, day_to: date,
                kinds: Sequence[str] | None = None) -> SeriesBatch:
    """One series per (country, kind) with at least one non-zero value in the range.

    Normalized kinds are turned back into counts (value x volume / per_stories) with the volume as
    exposure; unnormalized kinds keep exposure 1. Days without volume are missing.
    """
    kinds = list(kinds or settings.detector_kinds)
    rows = store.signal_values(day_from, day_to, [*kinds, "volume"])
    days = (day_to - day_from).days + 1
    if not rows:
        return _empty(day_from, days)
    country_col, day_col, kind_col, value_col = zip(*rows, strict=True)
    t = (np.array(day_col, dtype="datetime64[D]") - np.datetime64(day_from.isoformat(), "D")).astype(np.int64)
    value = np.array(value_col, dtype=float)
    countries, c_idx = np.unique(np.array(country_col), return_inverse=True)
    kind_names, k_idx = np.unique(np.array(kind_col), return_inverse=True)
    is_volume = kind_names[k_idx] == "volume"
    volume = np.zeros((len(countries), days))
    volume[c_idx[is_volume], t[is_volume]] = value[is_volume]
    has_volume = volume.any(axis=1)
    keep = ~is_volume & (value != 0) & has_volume[c_idx]
    pair = c_idx[keep] * len(kind_names) + k_idx[keep]
    pairs, s_idx = np.unique(pair, return_inverse=True)  # sorted by (country, kind): the key order
    if not len(pairs):
        return _empty(day_from, days)
    raw = np.zeros((len(pairs), days))
    raw[s_idx, t[keep]] = value[keep]
    keys = [(str(countries[p // len(kind_names)]), str(kind_names[p % len(kind_names)])) for p in pairs.tolist()]
    vol = volume[pairs // len(kind_names)]
    unnormalized = np.array([k in settings.unnormalized_kinds for _, k in keys])[:, None]
    y = np.where(unnormalized, raw, raw * vol / settings.per_stories)
    n = np.where(unnormalized, 1.0, vol)
    return SeriesBatch(keys=keys, start=day_from, y=y, n=n, observed=vol > 0)


def _empty(day_from: date, days: int) -> SeriesBatch:
    empty = np.zeros((0, days))
    return SeriesBatch(keys=[], start=day_from, y=empty, n=empty, observed=empty.astype(bool))
