"""What one ingestion pass did, per source: typed counters, no dict soup."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["IngestReport", "SourceResult"]


@dataclass(frozen=True)
class SourceResult:
    source_id: str
    feeds_polled: int = 0
    not_modified: int = 0
    entries_seen: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    pages_fetched: int = 0
    extraction_failures: int = 0
    errors: tuple[str, ...] = ()
    seconds: float = 0.0
    inserted_ids: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class IngestReport:
    started_at: datetime
    finished_at: datetime
    results: tuple[SourceResult, ...] = field(default_factory=tuple)

    def _sum(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.results)

    @property
    def entries_seen(self) -> int:
        return self._sum("entries_seen")

    @property
    def inserted(self) -> int:
        return self._sum("inserted")

    @property
    def updated(self) -> int:
        return self._sum("updated")

    @property
    def duplicates(self) -> int:
        return self._sum("duplicates")

    @property
    def not_modified(self) -> int:
        return self._sum("not_modified")

    @property
    def errors(self) -> int:
        return sum(len(r.errors) for r in self.results)

    @property
    def inserted_ids(self) -> list[str]:
        return [i for r in self.results for i in r.inserted_ids]

    def result(self, source_id: str) -> SourceResult:
        for r in self.results:
            if r.source_id == source_id:
                return r
        raise KeyError(f"no result for source {source_id!r} in this report")

    def summary(self) -> str:
        failing = [r.source_id for r in self.results if not r.ok]
        text = (f"{len(self.results)} sources: {self.entries_seen} entries seen, {self.inserted} new, "
                f"{self.updated} updated, {self.duplicates} duplicates, {self.not_modified} feeds not modified, "
                f"{self.errors} errors")
        return text + (f" (sources with errors: {', '.join(failing)})" if failing else "")
