"""Alerting support on SQLite: the signal fact index, the notification outbox, snoozes.

The fact index (``alert_doc_facts``, ``alert_finding_facts``, ``alert_mention_facts``) is a compact
projection of documents and their latest analyses: one row per document and country, per
finding and per event mention. Triggers put every inserted or changed document or analysis in
``alert_dirty_docs``; ``refresh_alert_facts`` re-derives exactly those, so signals for recent days
can be recomputed incrementally with SQL aggregation instead of parsing every analysis again.

The outbox makes notification exactly-once per alert and channel from the receiver's point of
view: ``upsert_alert_notify`` writes the alert, its audit entry and one outbox row per channel in
ONE transaction; a deliverer sends with the row's idempotency key and marks it delivered after.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from store.audit import record_for_alert_audit
from store.models import Alert, AuditEntry, OutboxItem, Signal, SignalValue, Snooze
from store.sqlite.codec import from_ts, to_ts
from store.sqlite.connection import SqliteConnections

__all__ = ["AlertingMixin", "OutboxItem", "SignalValue", "Snooze"]


_OUTBOX_COLS = ("id, alert_id, channel, idempotency_key, payload, attempts, created_at, next_attempt_at, "
                "delivered_at, dead_at, last_error")


def _outbox_row(r: Sequence) -> OutboxItem:
    return OutboxItem(id=r[0], alert_id=r[1], channel=r[2], idempotency_key=r[3], payload=r[4], attempts=r[5],
                      created_at=from_ts(r[6]), next_attempt_at=from_ts(r[7]), delivered_at=from_ts(r[8]),
                      dead_at=from_ts(r[9]), last_error=r[10])


def _ids_json(ids: Sequence[str]) -> str:
    """JSON array of ids, joined without json.dumps when no id needs escaping (all of ours)."""
    if not ids:
        return "[]"
    fast = '["' + '","'.join(ids) + '"]'
    if fast.isprintable() and "\\" not in fast and fast.count('"') == 2 * len(ids):
        return fast
    return json.dumps(list(ids), separators=(",", ":"))


def _latest_analyses(rows: Sequence[Sequence]) -> dict[str, list[dict]]:
    """document id -> the latest analysis (by created_at) of each analyzer, as parsed JSON."""
    best: dict[tuple[str, str], tuple[str, str]] = {}
    for doc_id, analyzer, created_at, data in rows:
        key = (doc_id, analyzer)
        if key not in best or created_at > best[key][0]:
            best[key] = (created_at, data)
    out: dict[str, list[dict]] = {}
    for (doc_id, _), (_, data) in best.items():
        out.setdefault(doc_id, []).append(json.loads(data))
    return out


def _is_criminal(markers: Sequence[str]) -> bool:
    """Ordinary crime, not political violence: the ``criminal`` marker, unless the attack targeted an identity."""
    return "criminal" in markers and "identity_targeted" not in markers


def _doc_fact_rows(doc: Sequence, analyses: list[dict]) -> tuple[list, list, list]:
    doc_id, published_at, fetched_at, cluster_id, country_focus = doc
    day = (published_at or fetched_at)[:10]
    story = cluster_id or doc_id
    countries: list[str] = []
    for a in analyses:
        countries.extend(c for c in a.get("countries", []) if c not in countries)
    if not countries:
        countries = json.loads(country_focus)
    docs = [(doc_id, c, day, story) for c in countries]
    findings, mentions = [], []
    idx = 0
    for a in analyses:
        for f in a.get("findings", []):
            speaker = f.get("speaker") or {}
            for c in countries:
                findings.append((doc_id, idx, c, day, story, int("eliminationist" in f.get("labels", [])),
                                 int(bool(speaker.get("is_official"))), float(f.get("score", 0.0)),
                                 float(f.get("severity", 1.0))))
            idx += 1
    midx = 0
    for a in analyses:
        for e in a.get("events", []):
            country = e.get("country") or (countries[0] if countries else None)
            if country:
                best = (e.get("fatalities") or {}).get("best") or 0
                mentions.append((doc_id, midx, country, day, story, e.get("type", "unknown"),
                                 int(best), float(e.get("score", 0.0)), int(_is_criminal(e.get("markers") or []))))
            midx += 1
    return docs, findings, mentions


def _signal_rows(signals: Sequence[SignalValue | Signal], kinds_prefixes: Sequence[str]) -> list[tuple]:
    """(country, day, kind, value, JSON payload with the shape of ``store.Signal``) per signal."""
    rows = []
    checked: dict[str, str] = {}  # kind -> its JSON, once per kind
    for s in signals:
        kind_json = checked.get(s.kind)
        if kind_json is None:
            if not any(s.kind == p or s.kind.startswith(p + ":") for p in kinds_prefixes):
                raise ValueError(f"signal kind {s.kind!r} is outside the kinds replaced {list(kinds_prefixes)}")
            kind_json = checked[s.kind] = json.dumps(s.kind)
        day = s.day if isinstance(s.day, str) else s.day.isoformat()
        payload = (f'{{"country":"{s.country}","day":"{day}","kind":{kind_json},"value":{s.value!r},'
                   f'"document_ids":{_ids_json(s.document_ids)},"version":"{s.version}"}}')
        rows.append((s.country, day, s.kind, s.value, payload))
    return rows


class AlertingMixin:
    db: SqliteConnections

    # --- fact index ---------------------------------------------------------------------------

    def refresh_alert_facts(self, batch_size: int = 2000) -> date | None:
        """Re-derive facts of every document marked dirty; returns the earliest day touched (old or new)."""
        earliest: str | None = None
        while True:
            with self.db.write() as conn:
                ids = [r[0] for r in conn.execute("SELECT document_id FROM alert_dirty_docs LIMIT ?", (batch_size,))]
                if not ids:
                    break
                marks = ",".join("?" * len(ids))
                old_days = [r[0] for r in conn.execute(
                    f"SELECT DISTINCT day FROM alert_doc_facts WHERE document_id IN ({marks})", ids)]
                old = min(old_days) if old_days else None
                docs = conn.execute(f"SELECT id, published_at, fetched_at, cluster_id, country_focus FROM documents "
                                    f"WHERE id IN ({marks})", ids).fetchall()
                analyses = _latest_analyses(conn.execute(
                    f"SELECT document_id, analyzer, created_at, data FROM analyses WHERE document_id IN ({marks})",
                    ids).fetchall())
                for table in ("alert_doc_facts", "alert_finding_facts", "alert_mention_facts"):
                    conn.execute(f"DELETE FROM {table} WHERE document_id IN ({marks})", ids)
                doc_rows, finding_rows, mention_rows = [], [], []
                for doc in docs:
                    d, f, m = _doc_fact_rows(tuple(doc), analyses.get(doc[0], []))
                    doc_rows += d
                    finding_rows += f
                    mention_rows += m
                conn.executemany("INSERT INTO alert_doc_facts VALUES (?,?,?,?)", doc_rows)
                conn.executemany("INSERT INTO alert_finding_facts VALUES (?,?,?,?,?,?,?,?,?)", finding_rows)
                conn.executemany("INSERT INTO alert_mention_facts(document_id, idx, country, day, story, type, "
                                 "fatalities, score, criminal) VALUES (?,?,?,?,?,?,?,?,?)", mention_rows)
                conn.execute(f"DELETE FROM alert_dirty_docs WHERE document_id IN ({marks})", ids)
                conn.executemany("INSERT OR IGNORE INTO alert_touched_days(day) VALUES (?)",
                                 [(d,) for d in {*old_days, *(r[2] for r in doc_rows)}])
                days = [x for x in [old, *(r[2] for r in doc_rows)] if x]
                if days:
                    earliest = min([earliest, *days]) if earliest else min(days)
        return date.fromisoformat(earliest) if earliest else None

    def touched_signal_days(self) -> list[date]:
        """Days with facts changed since their signals were last recomputed (see ``clear_touched_signal_days``)."""
        return [date.fromisoformat(r[0]) for r in self.db.conn.execute("SELECT day FROM alert_touched_days ORDER BY day")]

    def clear_touched_signal_days(self, days: Sequence[date]) -> None:
        with self.db.write() as conn:
            conn.executemany("DELETE FROM alert_touched_days WHERE day = ?", [(d.isoformat(),) for d in days])

    def pending_fact_refresh(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM alert_dirty_docs").fetchone()[0])

    def fact_day_range(self) -> tuple[date, date] | None:
        lo, hi = self.db.conn.execute("SELECT min(day), max(day) FROM alert_doc_facts").fetchone()
        return (date.fromisoformat(lo), date.fromisoformat(hi)) if lo else None

    # --- aggregation (raw values; the alerts room normalizes and weights) ----------------------

    def story_volume(self, day_from: date, day_to: date) -> list[tuple[str, str, int]]:
        """(country, day ISO, distinct stories) for every country-day with at least one document."""
        return self.db.conn.execute(
            "SELECT country, day, stories FROM alert_volume WHERE day BETWEEN ? AND ?",
            (day_from.isoformat(), day_to.isoformat())).fetchall()

    def upsert_volume_signals(self, day_from: date, day_to: date, version: str) -> int:
        """Write the ``volume`` signals (distinct stories per country-day, kept by triggers in ``alert_volume``) of
        the range by SQL alone, leaving unchanged rows untouched (no JSON built for them) and removing days
        that lost every document; returns rows written."""
        lo, hi = day_from.isoformat(), day_to.isoformat()
        suffix = f'"version":"{version}"}}'
        with self.db.write() as conn:
            gone = conn.execute(
                "DELETE FROM signals WHERE kind='volume' AND day BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM "
                "alert_volume v WHERE v.day = signals.day AND v.country = signals.country)", (lo, hi)).rowcount
            written = conn.execute(
                "INSERT INTO signals(country, day, kind, value, data) SELECT v.country, v.day, 'volume', v.stories, "
                "json_object('country', v.country, 'day', v.day, 'kind', 'volume', 'value', v.stories, 'document_ids', "
                "json('[]'), 'version', ?) FROM alert_volume v LEFT JOIN signals s ON s.country = v.country AND "
                "s.day = v.day AND s.kind = 'volume' WHERE v.day BETWEEN ? AND ? AND (s.value IS NOT v.stories OR "
                "substr(s.data, -?) != ?) ON CONFLICT(country, day, kind) DO UPDATE SET value=excluded.value, "
                "data=excluded.data", (version, lo, hi, len(suffix), suffix)).rowcount
        return gone + written

    def finding_story_weights(self, day_from: date, day_to: date, official_weight: float,
                              official_only: bool) -> list[tuple[str, str, str, str, float]]:
        """(country, day, story, document id, weight): each document's summed finding weight
        (severity x official_weight for official speakers), for documents with findings."""
        where = " AND official=1" if official_only else ""
        return self.db.conn.execute(
            "SELECT country, day, story, document_id, sum(severity * CASE WHEN official=1 THEN ? ELSE 1.0 END) "
            f"FROM alert_finding_facts WHERE day BETWEEN ? AND ?{where} GROUP BY country, day, story, document_id",
            (official_weight, day_from.isoformat(), day_to.isoformat())).fetchall()

    def merged_event_rows(self, day_from: date, day_to: date) -> list[tuple[str, str, str, str, int, str]]:
        """(event id, country, report day, type, best fatalities, document ids JSON) of merged events with a
        country. The report day is the first day one of its documents about that country was published
        (the event date when none is indexed), so an event always lands on a day with volume."""
        lo = (day_from - timedelta(days=60)).isoformat()
        return self.db.conn.execute(
            "SELECT id, country, day, type, fat, ids FROM (SELECT e.id, e.country, "
            "coalesce(min(f.day), e.event_date) AS day, e.type, "
            "coalesce(json_extract(e.data, '$.fatalities.best'), 0) AS fat, json_extract(e.data, '$.document_ids') "
            "AS ids FROM events e, json_each(e.data, '$.document_ids') j LEFT JOIN alert_doc_facts f "
            "ON f.document_id = j.value AND f.country = e.country WHERE e.country IS NOT NULL AND "
            "(e.event_date IS NULL OR e.event_date BETWEEN ? AND ?) GROUP BY e.id) WHERE day BETWEEN ? AND ?",
            (lo, day_to.isoformat(), day_from.isoformat(), day_to.isoformat())).fetchall()

    def criminal_event_keys(self, day_from: date, day_to: date) -> set[str]:
        """Keys (as in ``merged_event_rows``/``mention_event_rows``) of events that are ordinary crime: merged
        events with the ``criminal`` marker and no ``identity_targeted`` one; unmerged (story, type) groups
        whose every mention is criminal."""
        lo, hi = (day_from - timedelta(days=60)).isoformat(), day_to.isoformat()
        merged = self.db.conn.execute(
            "SELECT id FROM events WHERE instr(json_extract(data, '$.markers'), '\"criminal\"') > 0 AND "
            "instr(json_extract(data, '$.markers'), '\"identity_targeted\"') = 0 AND (event_date IS NULL OR "
            "event_date BETWEEN ? AND ?)", (lo, hi)).fetchall()
        mentions = self.db.conn.execute(
            "SELECT story || ':' || type FROM alert_mention_facts WHERE day BETWEEN ? AND ? GROUP BY country, day, "
            "story, type HAVING min(criminal) = 1", (day_from.isoformat(), hi)).fetchall()
        return {r[0] for r in merged} | {r[0] for r in mentions}

    def has_merged_events(self) -> bool:
        return self.db.conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None

    def mention_event_rows(self, day_from: date, day_to: date) -> list[tuple[str, str, str, str, int, str]]:
        """Fallback when nothing is merged: one event per (country, day, story, type), max fatalities."""
        return self.db.conn.execute(
            "SELECT story || ':' || type, country, day, type, max(fatalities), json_group_array(document_id) "
            "FROM alert_mention_facts WHERE day BETWEEN ? AND ? GROUP BY country, day, story, type",
            (day_from.isoformat(), day_to.isoformat())).fetchall()

    def replace_signals(self, signals: Sequence[SignalValue | Signal], day_from: date, day_to: date,
                        kinds_prefixes: Sequence[str]) -> int:
        """Make the stored signals of these kinds (``k`` and ``k:*``) in [day_from, day_to] equal ``signals``, in
        one transaction; returns rows written. Unchanged rows are left alone (a recompute that changes
        nothing writes nothing); the JSON payload has the shape of ``store.Signal``."""
        lo, hi = day_from.isoformat(), day_to.isoformat()
        rows = _signal_rows(signals, kinds_prefixes)
        kind_clause = " OR ".join("((kind>=? AND kind<?) OR kind=?)" for _ in kinds_prefixes)
        kind_params = [x for p in kinds_prefixes for x in (p + ":", p + ";", p)]
        with self.db.write() as conn:  # compared in SQL: no stored payload is read into Python
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS alert_signals_tmp(country TEXT, day TEXT, kind TEXT, "
                         "value REAL, data TEXT, PRIMARY KEY(country, day, kind)) WITHOUT ROWID")
            conn.execute("DELETE FROM alert_signals_tmp")
            conn.executemany("INSERT OR REPLACE INTO alert_signals_tmp VALUES (?,?,?,?,?)", rows)
            stale = conn.execute(
                f"DELETE FROM signals WHERE ({kind_clause}) AND day BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM "
                "alert_signals_tmp t WHERE t.country=signals.country AND t.day=signals.day AND t.kind=signals.kind)",
                [*kind_params, lo, hi]).rowcount
            written = conn.execute(
                "INSERT INTO signals(country, day, kind, value, data) SELECT t.country, t.day, t.kind, t.value, t.data "
                "FROM alert_signals_tmp t LEFT JOIN signals s ON s.country=t.country AND s.day=t.day AND "
                "s.kind=t.kind WHERE s.data IS NOT t.data ON CONFLICT(country, day, kind) DO UPDATE SET "
                "value=excluded.value, data=excluded.data").rowcount
            conn.execute("DELETE FROM alert_signals_tmp")
        return stale + written

    def signal_values(self, day_from: date, day_to: date, kinds: Sequence[str] | None = None
                      ) -> list[tuple[str, str, str, float]]:
        """(country, day ISO, kind, value) without parsing the JSON payload (fast path for detectors)."""
        sql = "SELECT country, day, kind, value FROM signals WHERE day BETWEEN ? AND ?"
        params: list = [day_from.isoformat(), day_to.isoformat()]
        if kinds:
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params.extend(kinds)
        cur = self.db.conn.cursor()
        cur.row_factory = None  # plain tuples: sqlite3.Row objects cost 4x for ~10^5 rows
        return cur.execute(sql, params).fetchall()

    def signal_documents(self, country: str, kind: str, day_from: date, day_to: date) -> list[str]:
        rows = self.db.conn.execute(
            "SELECT json_extract(data, '$.document_ids') FROM signals WHERE country=? AND kind=? AND day BETWEEN ? "
            "AND ? ORDER BY value DESC", (country, kind, day_from.isoformat(), day_to.isoformat()))
        out: list[str] = []
        for (ids,) in rows:
            out.extend(i for i in json.loads(ids or "[]") if i not in out)
        return out

    def findings_in_window(self, day_from: date, day_to: date) -> list[tuple[str, str, str]]:
        """(document id, country, day) of documents with at least one finding in the window."""
        return self.db.conn.execute(
            "SELECT DISTINCT document_id, country, day FROM alert_finding_facts WHERE day BETWEEN ? AND ?",
            (day_from.isoformat(), day_to.isoformat())).fetchall()

    # --- alerts with outbox ----------------------------------------------------------------

    def upsert_alert_notify(self, alert: Alert, audit: AuditEntry | None, channels: Sequence[str],
                            payload: str, now: datetime) -> int:
        """Write the alert, its audit entry and outbox rows in ONE transaction; returns rows enqueued.

        An alert already enqueued on a channel is not enqueued again (UNIQUE(alert_id, channel))."""
        enqueued = 0
        with self.db.write() as conn:
            self.upsert_alert(alert)  # type: ignore[attr-defined]  # AlertsMixin, same transaction
            if audit is not None:
                self.append_audit(audit)  # type: ignore[attr-defined]
                self.append_audit_record(record_for_alert_audit(audit))  # type: ignore[attr-defined]  # hash chain
            for channel in channels:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO alert_outbox(alert_id, channel, idempotency_key, payload, created_at, "
                    "next_attempt_at) VALUES (?,?,?,?,?,?)",
                    (alert.id, channel, f"{alert.id}:{channel}", payload, to_ts(now), to_ts(now)))
                enqueued += cur.rowcount
        return enqueued

    def due_notifications(self, channel: str, now: datetime, limit: int = 100) -> list[OutboxItem]:
        rows = self.db.conn.execute(
            f"SELECT {_OUTBOX_COLS} FROM alert_outbox WHERE channel=? AND delivered_at IS NULL AND dead_at IS NULL "
            "AND next_attempt_at <= ? ORDER BY id LIMIT ?", (channel, to_ts(now), limit)).fetchall()
        return [_outbox_row(r) for r in rows]

    def mark_notification_delivered(self, item_id: int, at: datetime) -> None:
        with self.db.write() as conn:
            conn.execute("UPDATE alert_outbox SET delivered_at=?, attempts=attempts+1 WHERE id=?", (to_ts(at), item_id))

    def mark_notification_failed(self, item_id: int, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt; ``retry_at`` None makes the item a dead letter."""
        with self.db.write() as conn:
            if retry_at is None:
                conn.execute("UPDATE alert_outbox SET attempts=attempts+1, last_error=?, dead_at=? WHERE id=?",
                             (error[:2000], to_ts(datetime.now(UTC)), item_id))
            else:
                conn.execute("UPDATE alert_outbox SET attempts=attempts+1, last_error=?, next_attempt_at=? WHERE id=?",
                             (error[:2000], to_ts(retry_at), item_id))

    def list_outbox(self, channel: str | None = None, dead_only: bool = False) -> list[OutboxItem]:
        sql = f"SELECT {_OUTBOX_COLS} FROM alert_outbox WHERE 1=1"
        params: list = []
        if channel:
            sql += " AND channel=?"
            params.append(channel)
        if dead_only:
            sql += " AND dead_at IS NOT NULL"
        return [_outbox_row(r) for r in self.db.conn.execute(sql + " ORDER BY id", params)]

    # --- snoozes ---------------------------------------------------------------------------

    def add_snooze(self, snooze: Snooze) -> None:
        with self.db.write() as conn:
            conn.execute("INSERT INTO alert_snoozes(country, kind, until, actor, reason, at) VALUES (?,?,?,?,?,?)",
                         (snooze.country, snooze.kind, to_ts(snooze.until), snooze.actor, snooze.reason,
                          to_ts(snooze.at)))

    def active_snoozes(self, now: datetime) -> list[Snooze]:
        """The latest snooze per (country, kind), where it still runs at ``now``."""
        rows = self.db.conn.execute(
            "SELECT country, kind, until, actor, reason, at FROM alert_snoozes s WHERE id = (SELECT max(id) FROM "
            "alert_snoozes t WHERE t.country=s.country AND t.kind=s.kind) AND until > ?", (to_ts(now),)).fetchall()
        return [Snooze(r[0], r[1], from_ts(r[2]), r[3], r[4], from_ts(r[5])) for r in rows]

    def snooze_history(self) -> list[Snooze]:
        rows = self.db.conn.execute("SELECT country, kind, until, actor, reason, at FROM alert_snoozes ORDER BY id")
        return [Snooze(r[0], r[1], from_ts(r[2]), r[3], r[4], from_ts(r[5])) for r in rows]

