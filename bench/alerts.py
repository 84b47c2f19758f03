"""Benchmark of the alert stage: 200 countries x 3 years from 1,000,000 analysed documents on SQLite.

    python -m bench.alerts [--docs 1000000] [--countries 200] [--days 1095] [--rebuild]

The store is built by code with bulk SQL (documents, one analysis per document, merged events)
and cached under var/bench/alerts-<docs>.db. Printed timings:

- ``facts_refresh``: deriving the fact index from every analysis (one-off; later runs are incremental);
- ``signals_full``: recomputing every signal for all countries over all days (SQL aggregation);
- ``detectors_full``: EARS, GLM, CUSUM over all days and BOCPD over the detector lookback, every series;
- ``signals_plus_detectors_full``: the two together (the goal is under 5 s);
- ``run_alerts_daily``: a daily ``run_alerts`` (incremental signals, detectors, rules, alert upserts).
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Self

import numpy as np

from alerts import AlertsSettings, load_series, recompute_signals, run_alerts, run_detectors
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
    print(f"facts_refresh: {t} for {n_docs} documents (one-off)")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--countries", type=int, default=200)
    parser.add_argument("--days", type=int, default=1095)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = Path("var/bench") / f"alerts-{args.docs}-{args.countries}-{args.days}.db"
    if args.rebuild and path.exists():
        for p in path.parent.glob(path.name + "*"):
            p.unlink()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_store(path, args.docs, args.countries, args.days)
    store = SQLiteStore(path)
    settings = AlertsSettings()
    first, last = START, START + timedelta(days=args.days - 1)
    store.db.conn.execute("DELETE FROM signals")  # cold: every value is written
    with _Timer() as t_cold:
        rep = recompute_signals(store, settings.signals, first, last)
    print(f"signals_full_cold: {t_cold} ({rep.written} values written, {rep.country_days} country-days, "
          f"{rep.missing_days} days without data)")
    with _Timer() as t_sig:
        rep = recompute_signals(store, settings.signals, first, last)
    print(f"signals_full (recompute over stored signals): {t_sig} ({rep.written} values, {rep.changed} changed)")
    with _Timer() as t_det:
        batch = load_series(store, settings.signals, first, last)
        fired = run_detectors(batch, settings.detectors, bocpd_from=max(0, batch.days - settings.signals.lookback_days),
                              eval_from=max(0, batch.days - settings.signals.lookback_days))
    print(f"detectors_full: {t_det} ({len(batch.keys)} series x {batch.days} days; firings: "
          + ", ".join(f"{d.detector}={int(d.fired.sum())}" for d in fired) + ")")
    print(f"signals_plus_detectors_full: {t_sig.wall + t_det.wall:.2f} s wall, {t_sig.cpu + t_det.cpu:.2f} s CPU "
          "(goal < 5 s)")
    now = datetime.combine(last, datetime.min.time(), tzinfo=UTC) + timedelta(hours=23)
    for label in ("run_alerts_daily (first)", "run_alerts_daily (again, nothing new)"):
        with _Timer() as t_run:
            report = run_alerts(store, settings, now=now)
        print(f"{label}: {t_run} ({report.series} series, {report.firings} firings, {report.opened} opened, "
              f"{report.updated} updated)")
    store.close()


if __name__ == "__main__":
    main()
