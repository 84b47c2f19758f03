"""Per-day counts for one country (``Store.timeline``) on SQLite, by SQL aggregation.

The same definition as the Elasticsearch backend's ``date_histogram``: a document's day is the
day of ``published_at``, else ``fetched_at``; ``documents`` counts documents whose
``country_focus`` has the country; ``findings`` / ``events`` count analyses with at least one
finding / event mention whose countries (the analysis's, plus its document's focus) have it.
"""

from __future__ import annotations

from datetime import date, timedelta

from store.sqlite.connection import SqliteConnections

__all__ = ["TIMELINE_KINDS", "TimelineMixin"]

TIMELINE_KINDS = ("documents", "findings", "events")

_DAY = "substr(coalesce(d.published_at, d.fetched_at), 1, 10)"
# the day range as time ranges on the two indexed columns (?1 first day, ?2 the day after the last)
_IN_RANGE = ("((d.published_at >= ?1 AND d.published_at < ?2) OR "
             "(d.published_at IS NULL AND d.fetched_at >= ?1 AND d.fetched_at < ?2))")

_DOCUMENTS = (f"SELECT {_DAY} AS day, count(*) FROM documents d WHERE {_IN_RANGE} AND EXISTS "
              "(SELECT 1 FROM json_each(d.country_focus) c WHERE c.value = ?3) GROUP BY day")

_ANALYSES = (f"SELECT {_DAY} AS day, count(*) FROM documents d JOIN analyses a ON a.document_id = d.id "
             f"WHERE {_IN_RANGE} AND a.{{column}} > 0 AND (EXISTS (SELECT 1 FROM "
             "json_each(a.data, '$.countries') c WHERE c.value = ?3) OR EXISTS (SELECT 1 FROM "
             "json_each(d.country_focus) c WHERE c.value = ?3)) GROUP BY day")


class TimelineMixin:
    db: SqliteConnections

    def timeline(self, country: str, kind: str, day_from: date, day_to: date) -> list[tuple[date, int]]:
        """Per-day counts for one country, every day from ``day_from`` to ``day_to`` (zeros included).

        ``kind``: ``documents``, ``findings`` or ``events`` (see the module docstring)."""
        if kind == "documents":
            sql = _DOCUMENTS
        elif kind in ("findings", "events"):
            sql = _ANALYSES.format(column=f"n_{kind}")
        else:
            raise ValueError(f"unknown timeline kind {kind!r}; use one of {TIMELINE_KINDS}")
        after = (day_to + timedelta(days=1)).isoformat()
        rows = self.db.conn.execute(sql, (day_from.isoformat(), after, country.upper())).fetchall()
        counts = {day: n for day, n in rows}
        days = (day_from + timedelta(days=i) for i in range((day_to - day_from).days + 1))
        return [(d, int(counts.get(d.isoformat(), 0))) for d in days]
