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
    origin = day_from.toordinal()
    volume: dict[str, np.ndarray] = {}
    values: dict[tuple[str, str], np.ndarray] = {}
    for country, day, kind, value in rows:
        t = date.fromisoformat(day).toordinal() - origin
        if kind == "volume":
            row = volume.get(country)
            if row is None:
                row = volume[country] = np.zeros(days)
            row[t] = value
        elif value:
            row = values.get((country, kind))
            if row is None:
                row = values[(country, kind)] = np.zeros(days)
            row[t] = value
    keys = sorted(k for k in values if k[0] in volume)
    if not keys:
        empty = np.zeros((0, days))
        return SeriesBatch(keys=[], start=day_from, y=empty, n=empty, observed=empty.astype(bool))
    vol = np.stack([volume[c] for c, _ in keys])
    raw = np.stack([values[k] for k in keys])
    unnormalized = np.array([k[1] in settings.unnormalized_kinds for k in keys])[:, None]
    y = np.where(unnormalized, raw, raw * vol / settings.per_stories)
    n = np.where(unnormalized, 1.0, vol)
    return SeriesBatch(keys=keys, start=day_from, y=y, n=n, observed=vol > 0)
