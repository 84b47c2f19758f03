"""A country-level scenario: steady coverage with a dehumanization surge starting on a known day."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from store import Store
from tests.alerts.builders import add_docs, doc, finding

START = date(2025, 1, 6)  # a Monday


def steady_with_surge(store: Store, days: int = 100, surge_day: int | None = 90, country: str = "SDN",
                      per_day: int = 10, base_hits: int = 1, surge_hits: int = 6, prefix: str = "s",
                      surge_days: Collection[int] | None = None, first_day: int = 0) -> date | None:
    """``per_day`` distinct stories a day from ``first_day`` on, ``base_hits`` dehumanizing; ``surge_hits`` from
    ``surge_day`` on (or on exactly ``surge_days``). Each dehumanizing story is also reported by 3
    near-duplicates (same cluster) that must not count."""
    docs, findings = [], {}
    for i in range(first_day, days):
        day = START + timedelta(days=i)
        surging = i in surge_days if surge_days is not None else surge_day is not None and i >= surge_day
        hits = surge_hits if surging else base_hits
        for j in range(per_day):
            d = doc(f"https://news.example/{prefix}/{country}/{i}/{j}", day, [country], cluster=f"{prefix}{country}{i}-{j}")
            docs.append(d)
            if j < hits:
                findings[d.id] = [finding()]
                for k in range(3):
                    dup = doc(f"https://mirror{k}.example/{prefix}/{country}/{i}/{j}", day, [country],
                              cluster=f"{prefix}{country}{i}-{j}")
                    docs.append(dup)
                    findings[dup.id] = [finding()]
    add_docs(store, docs, findings)
    return START + timedelta(days=surge_day) if surge_day is not None else None
