"""Per-country daily signals from the store's fact index.

Kinds (all per country and day):

- ``volume``: distinct stories (near-duplicate clusters; a document without cluster is its own story).
- ``dehumanization``: severity-weighted dehumanizing stories per ``per_stories`` stories. A story
  counts once, with the weight of its strongest document; a finding by an official speaker weighs
  ``official_weight`` times more.
- ``dehumanization_official``: the same, official speakers only.
- ``violence_events`` and ``violence_events:<type>``: distinct merged events per ``per_stories``
  stories, on the day they were first reported (mentions deduplicated per story and type when
  nothing has been merged yet).
- ``fatalities``: sum of best fatality estimates of those events (not normalized).
- ``criminal_events``, ``criminal_fatalities``: the same for ordinary crime (events with the ``criminal``
  marker of nlp/events/context.py and no ``identity_targeted`` marker), reported apart and left out of
  ``violence_events``, ``fatalities``, the detectors' default kinds and the risk index.
- ``no_data``: 1 on a day inside the country's observed span with no document at all: missing
  data, not calm. Detectors skip such days.

Only non-zero values are stored for the rate kinds: a day with ``volume`` and no ``dehumanization``
row is a measured zero; a day without ``volume`` is missing.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from alerts.settings import SignalsSettings
from store import AlertingStore, SignalValue

__all__ = ["SIGNAL_KINDS", "SIGNAL_VERSION", "SignalsReport", "recompute_signals"]

log = logging.getLogger(__name__)

SIGNAL_VERSION = "signals-2"  # 2: criminal violence counted apart
SIGNAL_KINDS = ("volume", "dehumanization", "dehumanization_official", "violence_events", "fatalities", "criminal_events",
                "criminal_fatalities", "no_data")


@dataclass(frozen=True)
class SignalsReport:
    day_from: date
    day_to: date
    written: int
    changed: int
    country_days: int
    missing_days: int


def _signal(country: str, day: str, kind: str, value: float, ids: list[str] | None = None) -> SignalValue:
    # not store.Signal: values come from our own validated records, and validating 10^5 rows costs seconds
    return SignalValue(country, day, kind, float(value), tuple(ids or ()), SIGNAL_VERSION)


def _finding_signals(store: AlertingStore, kind: str, volume: dict[tuple[str, str], int], day_from: date, day_to: date,
                     settings: SignalsSettings) -> list[SignalValue]:
    rows = store.finding_story_weights(day_from, day_to, settings.official_weight,
                                       official_only=kind == "dehumanization_official")
    story_best: dict[tuple[str, str, str], tuple[float, str]] = {}
    for country, day, story, doc_id, weight in rows:
        key = (country, day, story)
        if key not in story_best or weight > story_best[key][0]:
            story_best[key] = (weight, doc_id)
    per_day: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    for (country, day, _), best in story_best.items():
        per_day[(country, day)].append(best)
    out = []
    for (country, day), items in per_day.items():
        n = volume.get((country, day))
        if not n:  # a finding on a document indexed under another country only: cannot normalize
            continue
        items.sort(reverse=True)
        total = sum(w for w, _ in items)
        out.append(_signal(country, day, kind, total / n * settings.per_stories,
                           [d for _, d in items[:settings.top_evidence]]))
    return out


def _event_signals(store: AlertingStore, volume: dict[tuple[str, str], int], day_from: date, day_to: date,
                   settings: SignalsSettings) -> list[SignalValue]:
    merged = store.has_merged_events()
    rows = store.merged_event_rows(day_from, day_to) if merged else store.mention_event_rows(day_from, day_to)
    # a backend without the criminal/political split counts every event as political violence
    criminal_keys = getattr(store, "criminal_event_keys", None)
    criminal = criminal_keys(day_from, day_to) if criminal_keys else set()
    groups: dict[tuple[str, str, str], list[tuple[int, list[str]]]] = defaultdict(list)
    skipped = 0
    for key, country, day, etype, fatalities, ids_json in rows:
        if (country, day) not in volume:
            skipped += 1
            continue
        ids = json.loads(ids_json or "[]")
        if key in criminal:
            groups[(country, day, "criminal_events")].append((int(fatalities or 0), ids))
            continue
        groups[(country, day, "violence_events")].append((int(fatalities or 0), ids))
        groups[(country, day, f"violence_events:{etype}")].append((int(fatalities or 0), ids))
    if skipped:
        log.info("%d events reported on no indexed document of their country were not counted", skipped)
    out = []
    for (country, day, kind), events in groups.items():
        events.sort(key=lambda e: -e[0])
        ids = list(dict.fromkeys(i for _, e_ids in events for i in e_ids))[:settings.top_evidence]
        out.append(_signal(country, day, kind, len(events) / volume[(country, day)] * settings.per_stories, ids))
        if kind in ("violence_events", "criminal_events"):
            total = sum(f for f, _ in events)
            if total:
                out.append(_signal(country, day, "fatalities" if kind == "violence_events" else "criminal_fatalities",
                                   total, ids))
    return out


def _gap_signals(volume: dict[tuple[str, str], int], day_from: date, day_to: date,
                 first_seen: dict[str, str]) -> list[SignalValue]:
    seen_days: dict[str, set[str]] = defaultdict(set)
    for country, day in volume:
        seen_days[country].add(day)
    span = (day_to - day_from).days + 1
    all_days = [(day_from + timedelta(days=i)).isoformat() for i in range(span)]
    out = []
    for country in sorted(set(seen_days) | set(first_seen)):
        start = max(0, (date.fromisoformat(first_seen.get(country, all_days[0])) - day_from).days)
        seen = seen_days[country]
        out.extend(_signal(country, day, "no_data", 1.0) for day in all_days[start:] if day not in seen)
    return out


def recompute_signals(store: AlertingStore, settings: SignalsSettings, day_from: date, day_to: date,
                      first_seen: dict[str, str] | None = None, days: Sequence[date] | None = None,
                      reference: bool = False) -> SignalsReport:
    """Recompute every signal kind in [day_from, day_to] and replace the stored ones in one transaction.

    ``first_seen`` (country -> first ISO day with volume) bounds the ``no_data`` marks; by default a
    country's span starts at its first day with volume inside the range. ``days`` (a subset of the
    range) limits the recompute to those days (incremental runs). A store that can aggregate in SQL
    (``compute_signals_sql``, SQLite) does so; ``reference=True`` forces the Python reference path,
    which every backend supports and the tests compare against.
    """
    store.refresh_alert_facts()
    sql = getattr(store, "compute_signals_sql", None)
    if days is not None and (sql is None or reference):
        raise ValueError("recomputing a set of days needs a store with compute_signals_sql (SQLite); "
                         "recompute a day range instead")
    if sql is not None and not reference:
        return _recompute_sql(store, sql, settings, day_from, day_to, first_seen, days)
    changed = store.upsert_volume_signals(day_from, day_to, SIGNAL_VERSION)  # the bulk of the rows: SQL only
    volume = {(c, d): n for c, d, _, n in store.signal_values(day_from, day_to, ["volume"])}
    seen = dict(first_seen or {})
    for c, d in volume:
        if c not in seen or d < seen[c]:
            seen[c] = d
    signals = _finding_signals(store, "dehumanization", volume, day_from, day_to, settings)
    signals += _finding_signals(store, "dehumanization_official", volume, day_from, day_to, settings)
    signals += _event_signals(store, volume, day_from, day_to, settings)
    gaps = _gap_signals(volume, day_from, day_to, seen)
    signals += gaps
    changed += store.replace_signals(signals, day_from, day_to, [k for k in SIGNAL_KINDS if k != "volume"])
    written = len(signals) + len(volume)
    log.info("signals %s..%s: %d values (%d changed) for %d country-days, %d days without data", day_from, day_to,
             written, changed, len(volume), len(gaps))
    return SignalsReport(day_from=day_from, day_to=day_to, written=written, changed=changed,
                         country_days=len(volume),
                         missing_days=len(gaps))


def _recompute_sql(store: AlertingStore, sql: Callable[..., Any], settings: SignalsSettings, day_from: date,
                   day_to: date, first_seen: dict[str, str] | None, days: Sequence[date] | None) -> SignalsReport:
    from store.sqlite.signal_sql import SignalSqlParams

    params = SignalSqlParams(official_weight=settings.official_weight, per_stories=settings.per_stories,
                             top_evidence=settings.top_evidence, version=SIGNAL_VERSION)
    changed = 0  # the volume signals are written by ``sql`` too, only on days whose digest changed
    res = sql(day_from, day_to, params, [k for k in SIGNAL_KINDS if k != "volume"], first_seen, days)
    log.info("signals %s..%s (SQL%s): %d values (%d changed) for %d country-days, %d days without data", day_from,
             day_to, f", {len(days)} days" if days is not None else "", res.written, changed + res.changed,
             res.country_days, res.missing_days)
    return SignalsReport(day_from=day_from, day_to=day_to, written=res.written, changed=changed + res.changed,
                         country_days=res.country_days, missing_days=res.missing_days)
