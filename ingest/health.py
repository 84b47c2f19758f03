"""Source health: is a quiet source calm, or is it a gap in our data?

For every configured source, ``source_states`` combines the store's health record (last
success, last error) with the times of the source's documents (published, else fetched):

* ``items_per_day``: documents per day over the last ``rate_days`` days;
* ``median_gap``: the median time between consecutive documents over ``lookback_days``;
* **silent**: nothing new for longer than ``silence_factor`` x max(median gap, poll interval),
  or nothing at all in the lookback window although the source has produced before.

States, most urgent first: ``disabled``, ``failing`` (the last attempt failed), ``silent``,
``never`` (no document and no successful poll yet), ``ok``.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from store import Source, SourceHealth, SourceKind, Store

__all__ = ["HealthSettings", "SourceState", "SourceStatus", "source_state", "source_states"]


class HealthSettings(BaseModel):
    """Settings of source health (section ``[crawl.health]`` of tocsin.toml)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    silence_factor: float = Field(3.0, gt=1, description="silent after this many times the usual interval")
    lookback_days: float = Field(90.0, gt=0, description="history used for the usual interval between items")
    rate_days: float = Field(7.0, gt=0, description="items per day are averaged over this many days")
    min_items_for_gap: int = Field(3, ge=2, description="fewer items than this: use the poll interval only")


class SourceStatus(StrEnum):
    OK = "ok"
    SILENT = "silent"
    FAILING = "failing"
    NEVER = "never"
    DISABLED = "disabled"


class SourceState(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source_id: str
    name: str = ""
    kind: SourceKind | None = None
    status: SourceStatus
    silent: bool = Field(description="no new item for longer than the silence threshold")
    last_item_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error_at: datetime | None = None
    last_error: str | None = None
    documents_total: int = 0
    items_per_day: float = 0.0
    median_gap_hours: float | None = Field(None, description="median hours between consecutive items")
    silence_threshold_hours: float = Field(description="silent when the last item is older than this")
    quiet_for_hours: float | None = Field(None, description="hours since the last item")
    explanation: str = ""


def _median_gap(times: list[datetime], minimum: int) -> timedelta | None:
    if len(times) < minimum:
        return None
    ordered = sorted(times)
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(ordered)]
    return timedelta(seconds=statistics.median(gaps))


def source_state(source: Source, health: SourceHealth | None, times: list[datetime], now: datetime,
                 settings: HealthSettings | None = None) -> SourceState:
    """The state of one source from its health record and its item times (within the lookback)."""
    s = settings or HealthSettings()
    recent = [t for t in times if t <= now]
    last_item = max(recent) if recent else None
    gap = _median_gap(recent, s.min_items_for_gap)
    usual = max(gap or timedelta(0), timedelta(minutes=source.poll_interval_minutes))
    threshold = usual * s.silence_factor
    total = health.documents_total if health else len(recent)
    since_rate = now - timedelta(days=s.rate_days)
    rate = sum(1 for t in recent if t >= since_rate) / s.rate_days
    quiet = (now - last_item) if last_item else None
    silent = (quiet is not None and quiet > threshold) or (last_item is None and total > 0)
    status, why = _status(source, health, silent, total, quiet, threshold)
    return SourceState(
        source_id=source.id, name=source.name, kind=source.kind, status=status, silent=silent,
        last_item_at=last_item, last_success_at=health.last_success_at if health else None,
        last_error_at=health.last_error_at if health else None, last_error=health.last_error if health else None,
        documents_total=total, items_per_day=round(rate, 3),
        median_gap_hours=round(gap.total_seconds() / 3600, 3) if gap is not None else None,
        silence_threshold_hours=round(threshold.total_seconds() / 3600, 3),
        quiet_for_hours=round(quiet.total_seconds() / 3600, 3) if quiet is not None else None, explanation=why)


def _status(source: Source, health: SourceHealth | None, silent: bool, total: int, quiet: timedelta | None,
            threshold: timedelta) -> tuple[SourceStatus, str]:
    if not source.enabled:
        return SourceStatus.DISABLED, "disabled in the source file"
    if health and health.last_error_at and (health.last_success_at is None
                                            or health.last_error_at > health.last_success_at):
        return SourceStatus.FAILING, f"last attempt failed: {health.last_error}"
    if silent:
        if quiet is None:
            return SourceStatus.SILENT, "no item within the lookback window although the source produced before"
        return SourceStatus.SILENT, (f"no new item for {quiet.total_seconds() / 3600:.1f} h, more than "
                                     f"{threshold.total_seconds() / 3600:.1f} h (usual interval x factor): "
                                     "a gap in the data, not calm")
    if total == 0 and not (health and health.last_success_at):
        return SourceStatus.NEVER, "never polled successfully and no document yet"
    return SourceStatus.OK, ""


def source_states(store: Store, now: datetime, settings: HealthSettings | None = None,
                  sources: Sequence[Source] | None = None) -> list[SourceState]:
    """The state of every source (``sources``, else those in the store, plus any the store has health
    records or documents for), by id."""
    s = settings or HealthSettings()
    health = {h.source_id: h for h in store.source_health()}
    times = store.document_times_by_source(now - timedelta(days=s.lookback_days))  # type: ignore[attr-defined]
    known = {src.id: src for src in (store.list_sources() if sources is None else sources)}
    for source_id in (health.keys() | times.keys()) - known.keys():  # no longer configured
        known[source_id] = Source.model_construct(id=source_id, name=source_id)
    return [source_state(known[i], health.get(i), times.get(i, []), now, s) for i in sorted(known)]
