"""Benchmark of the alert stage: 200 countries x 3 years from 1,000,000 analysed documents on SQLite.

    python -m bench.alerts [--docs 1000000] [--countries 200] [--days 1095] [--repeat 3] [--rebuild]

The store is built by code with bulk SQL (documents, one analysis per document, merged events), its
fact index derived by the real ``refresh_alert_facts``, and cached under
var/bench/alerts-<docs>-<countries>-<days>.db (about 6 minutes to build at goal size; later runs
take about 50 s). Printed, as medians of ``--repeat`` runs, wall and process CPU seconds:

- ``signals_full``: every signal of every country over all days recomputed by SQL (nothing changed);
- ``detectors_full``: reading every series and running EARS, GLM, CUSUM over all days and BOCPD over
  the detector lookback;
- ``signals_plus_detectors_full``: the two together (the goal is under 5 s);
- ``signals_full_reference``: the Python reference path on the same store, and the CPU ratio;
- ``signals_incremental``: re-analysed documents recomputed on the touched days only, against
  ``signals_incremental_range`` (every day from the earliest touched one, the earlier behaviour);
- ``run_alerts_daily``: a daily ``run_alerts`` (incremental signals, detectors, rules, alert upserts).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Self

import numpy as np

from alerts import AlertsSettings, load_series, recompute_signals, run_alerts, run_detectors
from alerts.detectors import SeriesBatch
from store import Analysis, Finding, Span, Speaker, document_id_for
from store.sqlite import SQLiteStore

START = date(2023, 1, 1)


def _countries(n: int) -> list[str]:
    import pycountry

    return sorted(c.alpha_3 for c in pycountry.countries)[:n]


def _analysis_json(kind: str) -> str:
    span = Span(start=0, end=10, label="sentence", text="they are rats")
    findings = []
    if kind in ("dehum", "official"):
        findings = [Finding(labels=["dehumanization"] + (["eliminationist"] if kind == "official" else []),
                            sentence=span, evidence=[span], score=0.8, severity=1.0 if kind == "dehum" else 2.0,
                            speaker=Speaker(role="minister" if kind == "official" else "unknown",
                                            is_official=kind == "official"))]
    a = Analysis(document_id="DOCID", analyzer="dehumanization", version="bench-1",
                 created_at=datetime(2026, 1, 1, tzinfo=UTC), findings=findings)
    return a.model_dump_json()


def build_store(path: Path, n_docs: int, n_countries: int, days: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    countries = _countries(n_countries)
    weights = rng.lognormal(0, 1.0, n_countries)
    weights /= weights.sum()
    country_idx = rng.choice(n_countries, size=n_docs, p=weights)
    weekday_boost = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 0.6, 0.5])
    day_p = weekday_boost[(np.arange(days) + START.weekday()) % 7]
    day_idx = rng.choice(days, size=n_docs, p=day_p / day_p.sum())
    kind_draw = rng.random(n_docs)
    dup = rng.random(n_docs) < 0.3
    templates = {k: _analysis_json(k) for k in ("none", "dehum", "official")}
    store = SQLiteStore(path)
    conn = store.db.conn
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1500000")  # 1.5 GB: 10^6 random-id inserts thrash the default 2 MB cache
    t0 = time.perf_counter()

    def rows():
        for i in range(n_docs):
            url = f"https://bench.example/{i}"
            day = START + timedelta(days=int(day_idx[i]))
            ts = f"{day.isoformat()}T12:00:00.000000Z"
            cluster = f"c{i - 1}" if dup[i] and i > 0 else f"c{i}"
            yield (document_id_for(url), "bench", url, url, "t", "", "", "en", None, ts, ts, f"h{i}", None, cluster,
                   json.dumps([countries[country_idx[i]]]))

    with store.db.write() as c:
        c.executemany("INSERT INTO documents(id, source_id, url, canonical_url, title, text, summary, language, "
                      "language_score, published_at, fetched_at, content_hash, capture_id, cluster_id, country_focus) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows())

    def analyses():
        for i in range(n_docs):
            kind = "official" if kind_draw[i] < 0.01 else "dehum" if kind_draw[i] < 0.06 else "none"
            doc_id = document_id_for(f"https://bench.example/{i}")
            yield (doc_id, "dehumanization", "bench-1", "2026-01-01T00:00:00.000000Z", int(kind != "none"), 0,
                   templates[kind].replace("DOCID", doc_id))

    with store.db.write() as c:
        c.executemany("INSERT INTO analyses(document_id, analyzer, version, created_at, n_findings, n_events, data) "
                      "VALUES (?,?,?,?,?,?,?)", analyses())
    events = np.nonzero(kind_draw > 0.97)[0]
    with store.db.write() as c:
        c.executemany("INSERT INTO events(id, country, event_date, type, data) VALUES (?,?,?,?,?)", (
            (f"ev{i}", countries[country_idx[i]], (START + timedelta(days=int(day_idx[i]))).isoformat(), "attack",
             json.dumps({"id": f"ev{i}", "type": "attack", "country": countries[country_idx[i]],
                         "event_date": (START + timedelta(days=int(day_idx[i]))).isoformat(),
                         "fatalities": {"best": int(rng.integers(0, 30))}, "markers": [],
                         "document_ids": [document_id_for(f"https://bench.example/{i}")], "version": "bench-1"}))
            for i in events))
    print(f"built {n_docs} documents, {len(events)} merged events in {time.perf_counter() - t0:.1f} s")
    with _Timer() as t:
        store.refresh_alert_facts(batch_size=5000)
    print(f"facts_refresh: {t} for {n_docs} documents (one-off); store built in {time.perf_counter() - t0:.0f} s "
          "in all, cached for later runs")
    store.close()


class _Timer:
    """Wall and process CPU time: on a shared machine the CPU time is the fairer number."""

    def __enter__(self) -> Self:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:.2f} s wall, {self.cpu:.2f} s CPU"


def _median(timers: list[_Timer]) -> str:
    return (f"{statistics.median(t.wall for t in timers):.2f} s wall, {statistics.median(t.cpu for t in timers):.2f} s CPU"
            f" (median of {len(timers)})")


def _timed(repeat: int, fn: Callable[[], object]) -> tuple[list[_Timer], object]:
    timers, result = [], None
    for _ in range(repeat):
        with _Timer() as t:
            result = fn()
        timers.append(t)
    return timers, result


def _cpu(timers: list[_Timer]) -> float:
    return statistics.median(t.cpu for t in timers)


def _full(store: SQLiteStore, settings: AlertsSettings, first: date, last: date, repeat: int) -> None:
    """Full 3-year recompute: SQL signals and the detectors, against the Python reference path in the same run."""
    s = settings.signals
    recompute_signals(store, s, first, last)  # warm: stored payloads in the SQL format, nothing left to write
    sig, rep = _timed(repeat, lambda: recompute_signals(store, s, first, last))
    print(f"signals_full (SQL, over stored signals): {_median(sig)}; {rep.written} values, {rep.changed} changed, "
          f"{rep.country_days} country-days, {rep.missing_days} days without data")
    lookback = max(0, (last - first).days + 1 - s.lookback_days)

    def detectors() -> tuple[SeriesBatch, list]:
        batch = load_series(store, s, first, last)
        return batch, run_detectors(batch, settings.detectors, bocpd_from=lookback, eval_from=lookback)

    det, (batch, fired) = _timed(repeat, detectors)
    print(f"detectors_full: {_median(det)}; {len(batch.keys)} series x {batch.days} days (BOCPD over the last "
          f"{batch.days - lookback}); firings: " + ", ".join(f"{d.detector}={int(d.fired.sum())}" for d in fired))
    load, _ = _timed(repeat, lambda: load_series(store, s, first, last))
    print(f"  of which load_series (packed rows): {_median(load)}")
    total_cpu = _cpu(sig) + _cpu(det)
    total_wall = statistics.median(t.wall for t in sig) + statistics.median(t.wall for t in det)
    print(f"signals_plus_detectors_full: {total_wall:.2f} s wall, {total_cpu:.2f} s CPU (goal < 5 s)")
    ref_runs = max(1, repeat // 2)
    recompute_signals(store, s, first, last, reference=True)  # warm the reference path's payload format
    ref, _ = _timed(ref_runs, lambda: recompute_signals(store, s, first, last, reference=True))
    print(f"signals_full_reference (Python path, same store): {_median(ref)}; SQL/reference CPU ratio "
          f"{_cpu(sig) / _cpu(ref):.2f}")
    recompute_signals(store, s, first, last)  # leave SQL-format payloads for the next run


def _incremental(store: SQLiteStore, settings: AlertsSettings, first: date, last: date, late: int, rng_seed: int = 3
                 ) -> None:
    """Re-analysed documents (the same analyses written again): 2,000 of the last 14 days and ``late`` older ones.
    Signals of the touched days (watermark) against the contiguous range from the earliest touched day."""
    s = settings.signals
    rng = np.random.default_rng(rng_seed)
    conn = store.db.conn
    recent_lo = (last - timedelta(days=s.recompute_days - 1)).isoformat()
    recent = [r[0] for r in conn.execute("SELECT document_id FROM alert_doc_facts WHERE day >= ? LIMIT 2000",
                                         (recent_lo,))]
    old = [r[0] for r in conn.execute("SELECT document_id FROM alert_doc_facts WHERE day < ? AND "
                                      "abs(random()) % 2000 = 0 LIMIT ?", (recent_lo, late))]
    chosen = recent + list(rng.permutation(old))

    def touch() -> date:
        with store.db.write() as c:
            c.executemany("UPDATE analyses SET created_at = created_at WHERE document_id = ?", [(d,) for d in chosen])
        return store.refresh_alert_facts() or last

    earliest = touch()
    days = sorted({*store.touched_signal_days(), *(last - timedelta(days=i) for i in range(s.recompute_days))})
    days = [d for d in days if d <= last]
    with _Timer() as t_days:
        rep = recompute_signals(store, s, days[0], last, days=days)
    store.clear_touched_signal_days(days)
    print(f"signals_incremental (touched days only): {t_days}; {len(chosen)} re-analysed documents, "
          f"{len(days)} days, {rep.written} values")
    touch()
    store.clear_touched_signal_days(store.touched_signal_days())
    with _Timer() as t_range:
        rep = recompute_signals(store, s, earliest, last)
    print(f"signals_incremental_range (earlier behaviour: every day from {earliest}): {t_range}; "
          f"{rep.written} values; days/range CPU ratio {t_days.cpu / max(t_range.cpu, 1e-9):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--countries", type=int, default=200)
    parser.add_argument("--days", type=int, default=1095)
    parser.add_argument("--repeat", type=int, default=3, help="timed repetitions (medians are printed)")
    parser.add_argument("--late", type=int, default=100, help="older documents re-analysed in the incremental test")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--cache-dir", default="var/bench", help="where the built store is cached")
    args = parser.parse_args()
    path = Path(args.cache_dir) / f"alerts-{args.docs}-{args.countries}-{args.days}.db"
    if args.rebuild and path.exists():
        for p in path.parent.glob(path.name + "*"):
            p.unlink()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_store(path, args.docs, args.countries, args.days)
    else:
        print(f"store: cached {path} ({args.docs} documents, {args.countries} countries, {args.days} days)")
    store = SQLiteStore(path)
    with _Timer() as t_open:
        store.refresh_alert_facts(batch_size=5000)  # facts of a store built by an older version of this script
    if t_open.wall > 1:
        print(f"facts_refresh (store from an older build): {t_open}")
    settings = AlertsSettings()
    first, last = START, START + timedelta(days=args.days - 1)
    _full(store, settings, first, last, args.repeat)
    _incremental(store, settings, first, last, args.late)
    now = datetime.combine(last, datetime.min.time(), tzinfo=UTC) + timedelta(hours=23)
    for label in ("run_alerts_daily (first)", "run_alerts_daily (again, nothing new)"):
        with _Timer() as t_run:
            report = run_alerts(store, settings, now=now)
        print(f"{label}: {t_run} ({report.series} series, {report.firings} firings, {report.opened} opened, "
              f"{report.updated} updated)")
    store.close()


if __name__ == "__main__":
    main()
