"""Conversions between SQLite values and model fields."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["from_ts", "to_ts"]


def to_ts(value: datetime | None) -> str | None:
    """ISO 8601 UTC with a fixed width, so text order is time order."""
    if value is None:
        return None
    utc = value.astimezone(UTC)  # glibc's %Y does not pad years before 1000 ('202-11-20'): pad it ourselves
    return f"{utc.year:04d}" + utc.strftime("-%m-%dT%H:%M:%S.%fZ")


def from_ts(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
