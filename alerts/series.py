"""Stored signals -> aligned numpy series (counts and exposure) for the detectors."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

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
    days = (day_to - day_from).days + 1
    packed = getattr(store, "signal_series_packed", None)
    if packed is not None:
        return _from_packed(packed(day_from, day_to, [*kinds, "volume"]), settings, day_from, days)
    rows = store.signal_values(day_from, day_to, [*kinds, "volume"])
    if not rows:
        return _empty(day_from, days)
    country_col, day_col, kind_col, value_col = zip(*rows, strict=True)
    t = _codes(day_col, {(day_from + timedelta(days=i)).isoformat(): i for i in range(days)})
    value = np.fromiter(value_col, dtype=float, count=len(value_col))
    countries, c_idx = _encode(country_col)
    kind_names, k_idx = _encode(kind_col)
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


def _from_packed(rows: Sequence[tuple[str, str, str, str]], settings: SignalsSettings, day_from: date,
                 days: int) -> SeriesBatch:
    """The same batch from one row per (kind, country) series: day offsets and values as text."""
    volume: dict[str, np.ndarray] = {}
    series: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    for kind, country, offsets, values in rows:
        t = np.array(offsets.split(), dtype=np.int64)
        v = np.array(values.split(), dtype=float)
        if kind == "volume":
            volume[country] = np.zeros(days)
            volume[country][t] = v
        elif (v != 0).any():
            series[(country, kind)] = (t, v)
    keys = sorted(k for k in series if k[0] in volume and volume[k[0]].any())
    if not keys:
        return _empty(day_from, days)
    raw = np.zeros((len(keys), days))
    for i, key in enumerate(keys):
        t, v = series[key]
        raw[i, t] = v
    vol = np.stack([volume[c] for c, _ in keys])
    unnormalized = np.array([k in settings.unnormalized_kinds for _, k in keys])[:, None]
    y = np.where(unnormalized, raw, raw * vol / settings.per_stories)
    n = np.where(unnormalized, 1.0, vol)
    return SeriesBatch(keys=keys, start=day_from, y=y, n=n, observed=vol > 0)


def _encode(column: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values and each row's index into them (dict lookups: no string arrays sorted)."""
    names = sorted(set(column))
    return np.array(names), _codes(column, {n: i for i, n in enumerate(names)})


def _codes(column: Sequence[str], index: dict[str, int]) -> np.ndarray:
    return np.fromiter(map(index.__getitem__, column), dtype=np.int64, count=len(column))


def _empty(day_from: date, days: int) -> SeriesBatch:
    empty = np.zeros((0, days))
    return SeriesBatch(keys=[], start=day_from, y=empty, n=empty, observed=empty.astype(bool))
