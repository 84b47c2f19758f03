"""Conversions between SQLite values and model fields."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["from_ts", "to_ts"]


def to_ts(value: datetime | None) -> str | None:
    """ISO 8601 UTC with a fixed width, so text order is time order."""
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_ts(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
