"""Per-country daily signals computed by SQL aggregation (SQLite): no Python object per document.

``compute_signals_sql`` fills a temporary table with every non-volume signal of a day range (or of a
set of days) and makes the stored ``signals`` equal to it, writing only rows that changed. It follows
the semantics of the Python reference in ``alerts.signals`` (``tests/alerts/test_signal_sql.py``
compares both on random stores):

- dehumanization (SQL sums each document's findings and sorts; one Python pass per country-day): per story the weight of its strongest document (ties: smallest document id),
  summed per country-day, divided by the day's distinct stories, times ``per_stories``; evidence are
  the story-best documents by weight (descending, then document id descending);
- violence and criminal events (SQL selects and sorts the counted events; one Python pass groups them):
  merged events (or, when nothing is merged, one event per country,
  day, story and type) counted per day they were first reported, normalized the same way, their
  best fatality estimates summed; evidence are the events' documents, highest fatalities first;
- no_data: days without any document between a country's first day with volume and the range end.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from operator import itemgetter

from store.sqlite.alerting import _ids_json
from store.sqlite.connection import SqliteConnections

log = logging.getLogger(__name__)

__all__ = ["SignalSeriesMixin", "SignalSqlMixin", "SignalSqlParams", "SignalSqlResult"]


@dataclass(frozen=True)
class SignalSqlParams:
    official_weight: float
    per_stories: float
    top_evidence: int
    version: str


@dataclass(frozen=True)
class SignalSqlResult:
    written: int
    changed: int
    country_days: int
    missing_days: int


_TMP = ("CREATE TEMP TABLE IF NOT EXISTS alert_signals_sql(country TEXT, day TEXT, kind TEXT, value REAL, "
        "ids TEXT, PRIMARY KEY(country, day, kind)) WITHOUT ROWID")
_DAYS = "CREATE TEMP TABLE IF NOT EXISTS alert_recompute_days(day TEXT PRIMARY KEY) WITHOUT ROWID"
_FIRST = "CREATE TEMP TABLE IF NOT EXISTS alert_first_seen(country TEXT PRIMARY KEY, first TEXT) WITHOUT ROWID"

# documents' summed finding weights per story, for one kind ({official} narrows to official speakers),
# on days with volume, sorted so that the first row of each story is its strongest document
_FINDING_ROWS = """
SELECT f.country, f.day, f.story, f.document_id, sum(f.severity * CASE WHEN f.official = 1 THEN :w ELSE 1.0 END) AS w,
       v.stories
FROM alert_finding_facts f JOIN alert_volume v ON v.country = f.country AND v.day = f.day
WHERE f.day IN (SELECT day FROM alert_recompute_days){official}
GROUP BY f.country, f.day, f.story, f.document_id
ORDER BY f.country, f.day, f.story, w DESC, f.document_id
"""


def _finding_signals(rows: Iterable[Sequence], kind: str, top: int, per_stories: float) -> list[tuple]:
    """One pass: per country-day the strongest document of each story (ties: smallest id), their weights
    summed in descending order (as the reference does), evidence by weight then document id, descending.
    A country-day with one story (most of them) takes a shortcut with the same result."""
    out: list[tuple] = []
    append = out.append
    for (country, day), day_rows in groupby(rows, key=_COUNTRY_DAY):
        best = [next(story_rows) for _, story_rows in groupby(day_rows, key=_STORY)]
        if len(best) == 1:  # sum([w]) == w exactly; the evidence is that one document
            r = best[0]
            append((country, day, kind, r[4] / r[5] * per_stories, _one_id_json(r[3])))
            continue
        items = sorted(((r[4], r[3]) for r in best), reverse=True)
        total = sum(w for w, _ in items)
        append((country, day, kind, total / best[0][5] * per_stories, _ids_json([d for _, d in items[:top]])))
    return out


_COUNTRY_DAY, _STORY = itemgetter(0, 1), itemgetter(2)


def _one_id_json(doc_id: str) -> str:
    """``_ids_json([doc_id])`` without the list."""
    if '"' not in doc_id and "\\" not in doc_id and doc_id.isprintable():
        return '["' + doc_id + '"]'
    return _ids_json([doc_id])


# one row per counted event: key, country, report day, type, fatalities, document ids (JSON), criminal
_MERGED_EVENTS = """
SELECT id AS key, country, day, type, fat, ids, crim FROM (
  SELECT e.id, e.country, coalesce(min(f.day), e.event_date) AS day, e.type,
         CAST(coalesce(json_extract(e.data, '$.fatalities.best'), 0) AS INTEGER) AS fat,
         json_extract(e.data, '$.document_ids') AS ids,
         (instr(json_extract(e.data, '$.markers'), '"criminal"') > 0
          AND instr(json_extract(e.data, '$.markers'), '"identity_targeted"') = 0) AS crim
  FROM events e, json_each(e.data, '$.document_ids') j
  LEFT JOIN alert_doc_facts f ON f.document_id = j.value AND f.country = e.country
  WHERE e.country IS NOT NULL AND (e.event_date IS NULL OR e.event_date BETWEEN :lo60 AND :hi)
  GROUP BY e.id)
WHERE day IN (SELECT day FROM alert_recompute_days)
"""

_MENTION_EVENTS = """
SELECT m.story || ':' || m.type AS key, m.country, m.day, m.type, max(m.fatalities) AS fat,
       json_group_array(m.document_id) AS ids,
       (m.story || ':' || m.type) IN (SELECT story || ':' || type FROM alert_mention_facts
                                      WHERE day BETWEEN :lo AND :hi
                                      GROUP BY country, day, story, type HAVING min(criminal) = 1) AS crim
FROM alert_mention_facts m WHERE m.day IN (SELECT day FROM alert_recompute_days)
GROUP BY m.country, m.day, m.story, m.type
"""

# counted events (on days with volume), one row per event and kind, in evidence order
_EVENT_ROWS = """
WITH ev AS MATERIALIZED ({source}),
counted AS MATERIALIZED (
  SELECT ev.*, v.stories FROM ev JOIN alert_volume v ON v.country = ev.country AND v.day = ev.day)
SELECT country, day, CASE WHEN crim THEN 'criminal_events' ELSE 'violence_events' END AS kind, key, fat, ids, stories
FROM counted
UNION ALL
SELECT country, day, 'violence_events:' || type, key, fat, ids, stories FROM counted WHERE NOT crim
ORDER BY 1, 2, 3, 5 DESC, 4
"""


def _parse_ids(ids: str | None) -> Sequence[str]:
    if not ids:
        return ()
    if ids.count('"') == 2 and "\\" not in ids:  # one plain id: the common case
        return (ids[2:-2],)
    return json.loads(ids)


def _event_signals(rows: Iterable[Sequence], top: int, per_stories: float) -> list[tuple]:
    """One pass over the sorted event rows: count, fatalities and deduplicated evidence per (country, day, kind).
    (Window functions did the same in SQL at 1.3x the cost: ~10^5 running JSON arrays.) A group of one
    event whose documents are one plain id keeps the stored JSON array as its evidence (the same text)."""
    out: list[tuple] = []
    append = out.append
    for (country, day, kind), group in groupby(rows, key=_COUNTRY_DAY_KIND):
        events = list(group)
        first = events[0]
        if len(events) == 1 and _is_one_plain_id(first[5]) and top > 0:
            fatalities, ids = first[4], first[5]
        else:
            fatalities, ids = _event_group(events, top)
        append((country, day, kind, len(events) / first[6] * per_stories, ids))
        if fatalities > 0 and kind in ("violence_events", "criminal_events"):
            append((country, day, "fatalities" if kind == "violence_events" else "criminal_fatalities",
                    float(fatalities), ids))
    return out


_COUNTRY_DAY_KIND = itemgetter(0, 1, 2)


def _is_one_plain_id(ids: str | None) -> bool:
    """``ids`` is a compact JSON array of one id that ``_ids_json`` would print the same way."""
    return (bool(ids) and ids.startswith('["') and ids.endswith('"]') and ids.count('"') == 2  # type: ignore[union-attr]
            and "\\" not in ids and ids.isprintable())  # type: ignore[union-attr]


def _event_group(events: list[Sequence], top: int) -> tuple[int, str]:
    seen: dict[str, None] = {}
    fatalities = 0
    for r in events:
        fatalities += r[4]
        if len(seen) < top:
            for d in _parse_ids(r[5]):
                seen.setdefault(d)
    return fatalities, _ids_json(list(seen)[:top])


# days without any document from a country's first day with volume (or its given first day) to the end
_GAPS = """
WITH seen AS MATERIALIZED (
  SELECT country, min(first) AS first FROM (
    SELECT country, min(day) AS first FROM alert_volume WHERE day BETWEEN :lo AND :hi GROUP BY country
    UNION ALL SELECT country, max(first, :lo) FROM alert_first_seen) GROUP BY country)
SELECT s.country, d.day, 'no_data', 1.0, '[]' FROM seen s JOIN alert_recompute_days d ON d.day >= s.first
LEFT JOIN alert_volume v ON v.country = s.country AND v.day = d.day WHERE v.country IS NULL
ORDER BY s.country, d.day
"""


def _stale_days(conn: sqlite3.Connection, by_day: Mapping[str, list[tuple]], volume: Mapping[str, str], salt: str
                ) -> dict[str, str]:
    """Day -> digest of its computed signals and volumes, for the days whose digest differs from the stored one.

    A stored digest says "the signals stored for this day are exactly these": triggers on ``signals``
    (migration 0323) drop it whenever any signal of the day is written, by this code or any other."""
    stored = dict(conn.execute("SELECT day, digest FROM alert_signal_digests WHERE day IN "
                               "(SELECT day FROM alert_recompute_days)").fetchall())
    out = {}
    for day, rows in by_day.items():
        # marshal format 2 (no object references): the same rows give the same bytes, at C speed (a repr of
        # every float cost 0.3-0.5 s on 3 years x 200 countries)
        digest = hashlib.blake2b(salt.encode() + b"|" + marshal.dumps((rows, volume.get(day, "")), 2), digest_size=16).hexdigest()
        if stored.get(day) != digest:
            out[day] = digest
    return out


# per day: country-days with volume and their (country, stories) as text, for the day's digest
_VOLUME_BY_DAY = """
SELECT day, count(*), group_concat(country || ' ' || stories, ',') FROM (
  SELECT day, country, stories FROM alert_volume WHERE day IN (SELECT day FROM alert_recompute_days)
  ORDER BY day, country)
GROUP BY day
"""

# the ``volume`` signals of the recompute days, as ``AlertingMixin.upsert_volume_signals`` writes them
_VOLUME_GONE = """
DELETE FROM signals WHERE kind = 'volume' AND day IN (SELECT day FROM alert_recompute_days) AND NOT EXISTS (
  SELECT 1 FROM alert_volume v WHERE v.day = signals.day AND v.country = signals.country)
"""
_VOLUME_WRITE = """
INSERT INTO signals(country, day, kind, value, data) SELECT v.country, v.day, 'volume', v.stories,
  json_object('country', v.country, 'day', v.day, 'kind', 'volume', 'value', v.stories, 'document_ids', json('[]'),
              'version', :version)
FROM alert_volume v LEFT JOIN signals s ON s.country = v.country AND s.day = v.day AND s.kind = 'volume'
WHERE v.day IN (SELECT day FROM alert_recompute_days) AND (s.value IS NOT v.stories OR substr(s.data, -:n) != :suffix)
ON CONFLICT(country, day, kind) DO UPDATE SET value = excluded.value, data = excluded.data
"""


def _write_volume(conn: sqlite3.Connection, version: str) -> int:
    suffix = f'"version":"{version}"}}'
    return (conn.execute(_VOLUME_GONE).rowcount
            + conn.execute(_VOLUME_WRITE, {"version": version, "n": len(suffix), "suffix": suffix}).rowcount)


def _day_list(day_from: date, day_to: date) -> list[tuple[str]]:
    return [((day_from + timedelta(days=i)).isoformat(),) for i in range((day_to - day_from).days + 1)]


class SignalSqlMixin:
    db: SqliteConnections

    def compute_signals_sql(self, day_from: date, day_to: date, params: SignalSqlParams, kinds: Sequence[str],
                            first_seen: Mapping[str, str] | None = None,
                            days: Sequence[date] | None = None) -> SignalSqlResult:
        """Recompute every signal (``kinds``: the non-volume kinds replaced, ``k`` and ``k:*``; and ``volume``) on
        the days of [day_from, day_to] (or only on ``days``, a subset) and store them, writing only changed rows.
        Days whose computed signals and volumes have the digest stored for them are not written at all.

        Run ``refresh_alert_facts`` first."""
        lo, hi = day_from.isoformat(), day_to.isoformat()
        day_rows = ([(d.isoformat(),) for d in days if day_from <= d <= day_to] if days is not None
                    else _day_list(day_from, day_to))
        base = {"lo": lo, "hi": hi, "lo60": (day_from - timedelta(days=60)).isoformat(), "k": params.top_evidence,
                "per": params.per_stories, "w": params.official_weight}
        with self.db.write() as conn:
            for sql in (_TMP, _DAYS, _FIRST):
                conn.execute(sql)
            for table in ("alert_signals_sql", "alert_recompute_days", "alert_first_seen"):
                conn.execute(f"DELETE FROM {table}")
            conn.executemany("INSERT INTO alert_recompute_days VALUES (?)", day_rows)
            conn.executemany("INSERT INTO alert_first_seen VALUES (?, ?)", sorted((first_seen or {}).items()))
            vol_rows = conn.execute(_VOLUME_BY_DAY).fetchall()
            volume = {day: text for day, _, text in vol_rows}
            country_days = sum(n for _, n, _ in vol_rows)
            rows = self._computed_signal_rows(conn, base, params)
            gaps = sum(1 for r in rows if r[2] == "no_data")
            by_day: dict[str, list[tuple]] = {d: [] for (d,) in day_rows}
            for r in rows:
                by_day[r[1]].append(r)
            stale = _stale_days(conn, by_day, volume, f"{params.version}|{sorted(kinds)}|volume")
            conn.execute("DELETE FROM alert_recompute_days")  # from here on: only the days whose content changed
            conn.executemany("INSERT INTO alert_recompute_days VALUES (?)", [(d,) for d in stale])
            conn.executemany("INSERT INTO alert_signals_sql VALUES (?,?,?,?,?)",
                             [r for d in stale for r in by_day[d]])
            changed = _write_volume(conn, params.version) + self._apply_signals_sql(conn, kinds, params.version)
            conn.executemany("INSERT OR REPLACE INTO alert_signal_digests(day, digest) VALUES (?, ?)",
                             list(stale.items()))  # after the writes: their triggers dropped the old digests
            for table in ("alert_signals_sql", "alert_recompute_days", "alert_first_seen"):
                conn.execute(f"DELETE FROM {table}")
        log.debug("signals SQL: %d of %d days changed", len(stale), len(by_day))
        return SignalSqlResult(written=len(rows) + int(country_days), changed=changed,
                               country_days=int(country_days), missing_days=gaps)

    @staticmethod
    def _computed_signal_rows(conn: sqlite3.Connection, base: dict, params: SignalSqlParams) -> list[tuple]:
        """(country, day, kind, value, evidence JSON) of every non-volume signal on the recompute days."""
        cur = conn.cursor()
        cur.row_factory = None  # plain tuples
        out: list[tuple] = []
        for kind, official in (("dehumanization", ""), ("dehumanization_official", " AND f.official = 1")):
            rows = cur.execute(_FINDING_ROWS.format(official=official), base)
            out += _finding_signals(rows, kind, params.top_evidence, params.per_stories)
        merged = conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None
        rows = cur.execute(_EVENT_ROWS.format(source=_MERGED_EVENTS if merged else _MENTION_EVENTS), base)
        out += _event_signals(rows, params.top_evidence, params.per_stories)
        out += cur.execute(_GAPS, base).fetchall()
        return out

    @staticmethod  # the payload is built by hand: json_object prints reals with 15 digits, not round-trip
    def _apply_signals_sql(conn, kinds: Sequence[str], version: str) -> int:
        """Make stored signals of ``kinds`` on the recomputed days equal the temporary table; returns rows written."""
        kind_clause = " OR ".join("((kind>=? AND kind<?) OR kind=?)" for _ in kinds)
        kind_params = [x for p in kinds for x in (p + ":", p + ";", p)]
        stale = conn.execute(
            f"DELETE FROM signals WHERE ({kind_clause}) AND day IN (SELECT day FROM alert_recompute_days) AND NOT "
            "EXISTS (SELECT 1 FROM alert_signals_sql t WHERE t.country = signals.country AND t.day = signals.day "
            "AND t.kind = signals.kind)", kind_params).rowcount
        written = conn.execute(
            "INSERT INTO signals(country, day, kind, value, data) SELECT country, day, kind, value, data FROM ("
            "SELECT t.country, t.day, t.kind, t.value, '{\"country\":' || json_quote(t.country) || ',\"day\":' || "
            "json_quote(t.day) || ',\"kind\":' || json_quote(t.kind) || ',\"value\":' || printf('%!.17g', t.value) "
            "|| ',\"document_ids\":' || json(t.ids) || ',\"version\":' || json_quote(?) || '}' AS data, "
            "s.data AS old, s.value AS old_value "
            "FROM alert_signals_sql t LEFT JOIN signals s ON s.country = t.country AND s.day = t.day AND "
            "s.kind = t.kind) WHERE old IS NOT data OR old_value IS NOT value ON CONFLICT(country, day, kind) DO UPDATE SET "
            "value = excluded.value, data = excluded.data", (version,)).rowcount
        return stale + written


def evidence_ids(data: str) -> list[str]:
    """Document ids of a stored signal payload (for tests and diagnostics)."""
    return list(json.loads(data).get("document_ids", []))


class SignalSeriesMixin:
    db: SqliteConnections

    def signal_series_packed(self, day_from: date, day_to: date, kinds: Sequence[str]) -> list[tuple[str, str, str, str]]:
        """(kind, country, day offsets from ``day_from``, values), the last two space-separated, per series with a
        stored value in the range: one row per series instead of one per value (read by ``alerts.series``).
        Values are printed with 17 significant digits, so they parse back to the same floats."""
        if not kinds:
            return []
        cur = self.db.conn.cursor()
        cur.row_factory = None
        return cur.execute(
            "SELECT kind, country, group_concat(CAST(julianday(day) - julianday(?) AS INTEGER), ' '), "
            "group_concat(printf('%!.17g', value), ' ') FROM signals WHERE day BETWEEN ? AND ? AND kind IN "
            f"({','.join('?' * len(kinds))}) GROUP BY kind, country",
            [day_from.isoformat(), day_from.isoformat(), day_to.isoformat(), *kinds]).fetchall()
