"""Interface benchmark: the alert feed and a country view on a store of 1,000,000 documents.

    python -m bench.ui [--documents 1000000] [--db var/bench/ui-1m.db]

Builds the store by code with bulk SQL (reused when present): documents over 365 days in 30
countries, analyses with a finding for 20% of them, merged events, daily signals per country
with their evidence ids, 2,000 alerts. The FTS insert trigger is dropped in this bench database
only (the views do not search) and the documents' indexes are created after the bulk insert; the
build goes to ``<db>.partial`` and is renamed when complete, so an interrupted build is never reused.
Then it times the query layer (``ui.queries``, wall and CPU seconds) and page loads of the alert feed
and the country view: the time the app's script takes for one load (what the server spends, measured
in the script thread; AppTest's own polling and start-up are printed beside it as "AppTest total"),
for the first load of a server process, cold (new store connection, no cached query), query cache
cleared, and cached; in two fresh processes, without and with ``ui.warmup`` (``python -m ui.serve``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

COUNTRIES = ["SDN", "MMR", "ETH", "COD", "NGA", "SSD", "CAF", "MLI", "BFA", "SOM", "YEM", "SYR", "IRQ", "AFG", "UKR",
             "IND", "PAK", "CMR", "MOZ", "NER", "TCD", "LBY", "HTI", "COL", "MEX", "VEN", "BDI", "RWA", "KEN", "UGA"]
DAY0 = date(2025, 1, 1)
DAYS = 365


def _doc_rows(n: int, rng: random.Random):
    for i in range(n):
        country, day = COUNTRIES[i % len(COUNTRIES)], DAY0 + timedelta(days=(i * 7919) % DAYS)
        at = f"{day.isoformat()}T08:00:00.000000Z"
        doc_id = f"{i:032x}"
        yield (doc_id, "bench-news", f"https://bench.example.org/{i}", f"https://bench.example.org/{i}",
               f"Report {i} from {country}", "The commander said they are cockroaches. Militia attacked a village.",
               "", "en", 0.99, at, at, f"h{i:031x}", None, None, json.dumps([country]))


def _analysis(doc_id: str, country: str, day: date) -> str:
    text = "Report\n\nThe commander said they are cockroaches."
    start = text.index("cockroaches")
    span = {"start": start, "end": start + 11, "label": "dehumanization", "text": "cockroaches", "score": 0.9,
            "producer": "lexicon@bench"}
    finding = {"labels": ["dehumanization"], "sentence": {**span, "start": 8, "end": len(text), "label": "sentence"},
               "evidence": [span], "target_groups": [random.choice(["Masalit", "Rohingya", "Tigrayans", "Fur"])],
               "categories": ["vermin_insects"], "speaker": {"name": "Commander X", "role": "military",
                                                             "is_official": True, "evidence": None},
               "score": 0.9, "severity": 1.0, "versions": {"lexicon": "en:bench"}}
    return json.dumps({"document_id": doc_id, "analyzer": "dehumanization", "version": "bench",
                       "created_at": f"{day.isoformat()}T09:00:00Z", "language": "en", "findings": [finding],
                       "events": [], "countries": [country]})


def build(db: Path, n: int) -> None:
    """Build into ``<db>.partial`` and rename it at the end, so only a complete store is ever reused."""
    from store.sqlite import SQLiteStore

    partial = db.with_name(db.name + ".partial")
    for leftover in db.parent.glob(partial.name + "*"):
        leftover.unlink()
    store = SQLiteStore(partial)
    conn = store.db.conn
    conn.execute("DROP TRIGGER IF EXISTS documents_ai")
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='documents' "
                           "AND sql IS NOT NULL").fetchall()
    for name, _ in indexes:  # bulk insert first, index after: much faster than keeping them up to date
        conn.execute(f'DROP INDEX "{name}"')
    rng = random.Random(7)
    t0 = time.perf_counter()
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO documents(id, source_id, url, canonical_url, title, text, summary, language, "
                     "language_score, published_at, fetched_at, content_hash, capture_id, cluster_id, country_focus) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", _doc_rows(n, rng))
    by_key: dict[tuple[str, date], list[str]] = {}
    analyses = []
    for i in range(0, n, 5):  # 20% carry a finding
        country, day = COUNTRIES[i % len(COUNTRIES)], DAY0 + timedelta(days=(i * 7919) % DAYS)
        by_key.setdefault((country, day), []).append(f"{i:032x}")
        analyses.append((f"{i:032x}", "dehumanization", "bench", f"{day}T09:00:00.000000Z", 1, 0,
                         _analysis(f"{i:032x}", country, day)))
    conn.executemany("INSERT INTO analyses VALUES (?,?,?,?,?,?,?)", analyses)
    signals = []
    for (country, day), ids in by_key.items():
        for kind, value in (("volume", len(ids) * 5), ("dehumanization", 200.0), ("violence_events", 3.0)):
            payload = {"country": country, "day": day.isoformat(), "kind": kind, "value": value,
                       "document_ids": ids[:50] if kind != "volume" else [], "version": "bench"}
            signals.append((country, day.isoformat(), kind, value, json.dumps(payload)))
    conn.executemany("INSERT INTO signals VALUES (?,?,?,?,?)", signals)
    events = []
    for k in range(20_000):
        country, day = COUNTRIES[k % len(COUNTRIES)], DAY0 + timedelta(days=k % DAYS)
        data = {"id": f"ev{k}", "type": "violence_against_civilians", "country": country, "place": "Somewhere",
                "event_date": day.isoformat(), "fatalities": {"best": k % 40}, "document_ids": [f"{k * 50:032x}"],
                "version": "bench", "updated_at": "2025-12-31T00:00:00Z"}
        events.append((f"ev{k}", country, day.isoformat(), "violence_against_civilians", json.dumps(data)))
    conn.executemany("INSERT INTO events VALUES (?,?,?,?,?)", events)
    alerts = []
    for k in range(2_000):
        country, day = COUNTRIES[k % len(COUNTRIES)], DAY0 + timedelta(days=k % DAYS)
        at = datetime.combine(day, datetime.min.time(), UTC)
        data = {"id": f"al{k}", "country": country, "kind": "dehumanization",
                "severity": ["low", "medium", "high", "critical"][k % 4], "opened_at": at.isoformat(),
                "updated_at": at.isoformat(), "detector": "bench", "explanation": f"bench alert {k}",
                "window_end": day.isoformat(), "evidence_document_ids": [f"{k * 5:032x}"],
                "status": ["new", "acknowledged", "dismissed"][k % 3]}
        alerts.append((f"al{k}", country, "dehumanization", data["status"], data["severity"],
                       at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), json.dumps(data)))
    conn.executemany("INSERT INTO alerts VALUES (?,?,?,?,?,?,?,?)", alerts)
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    for suffix in ("-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    os.replace(partial, db)
    print(f"built {db} with {n:,} documents, {len(analyses):,} analyses, {len(signals):,} signals, "
          f"{len(events):,} events, {len(alerts):,} alerts in {time.perf_counter() - t0:.1f} s")


def _time(label: str, fn, repeat: int = 3) -> float:
    runs, cpus = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        runs.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    print(f"{label:<42} median {statistics.median(runs):6.3f} s  cpu {statistics.median(cpus):6.3f} s  "
          f"(min {min(runs):.3f}, {repeat} runs)")
    return statistics.median(runs)


def measure(db: Path) -> None:
    from alerts import AlertsSettings
    from store.sqlite import SQLiteStore
    from ui import queries

    store = SQLiteStore(db)
    print(f"store: {store.count_documents():,} documents")
    end, start = DAY0 + timedelta(days=DAYS - 1), DAY0 + timedelta(days=DAYS - 180)
    _time("alert_feed (open alerts)", lambda: queries.alert_feed(store, queries.AlertFilter()))
    _time("country_timeline (180 days)", lambda: queries.country_timeline(store, "SDN", start, end))
    _time("country_alerts", lambda: queries.country_alerts(store, "SDN", start, end))
    _time("country_events", lambda: queries.country_events(store, "SDN", start, end))
    _time("country_profile (2,000 evidence docs)", lambda: queries.country_profile(store, "SDN", start, end, 2000))
    _time("trends (2 countries, target groups)",
          lambda: queries.trends(store, ["SDN", "MMR"], start, end, "target_group", 2000))
    _time("country_risk (map)", lambda: queries.country_risk(store, AlertsSettings()))
    store.close()
    for warmed in (False, True):  # each in a fresh process: the first load of a server process is a one-off
        flag = ["--warmed"] if warmed else []
        subprocess.run([sys.executable, "-m", "bench.ui", "--db", str(db), "--pages", *flag], check=True)


_TIMED_APP = """import runpy, time
_t, _c = time.perf_counter(), time.thread_time()
try:
    runpy.run_path({app!r}, run_name="__main__")
finally:
    with open({out!r}, "a") as _fh:
        _fh.write(f"{{time.perf_counter() - _t:.4f}} {{time.thread_time() - _c:.4f}}\\n")
"""


def _timed_app(folder: Path) -> tuple[Path, Path]:
    """ui/app.py run through a wrapper that records each script run's wall and CPU seconds (the server's
    work for one page load, without AppTest's own polling). The views are linked beside it."""
    ui_dir = Path(__file__).resolve().parents[1] / "ui"
    (folder / "views").symlink_to(ui_dir / "views", target_is_directory=True)
    out = folder / "runs.txt"
    app = folder / "app.py"
    app.write_text(_TIMED_APP.format(app=str(ui_dir / "app.py"), out=str(out)), encoding="utf-8")
    return app, out


def _pages(db: Path, warmed: bool) -> None:
    """Page loads measured inside the script thread (wall and CPU seconds), first load of the process,
    then cold (new store connection, no cached query), data cache cleared, and cached."""
    import tempfile

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["TOCSIN_STORE__PATH"] = str(db.resolve())
    tag = "after ui.warmup" if warmed else "no warm-up"
    if warmed:
        from ui.warmup import warm_up

        print(f"ui.warmup.warm_up() (done at server start by python -m ui.serve): {warm_up():.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        app, out = _timed_app(Path(tmp))

        def run(page: str | None, clear: str) -> tuple[tuple[float, float], ...]:
            if clear in ("data", "all"):
                st.cache_data.clear()
            if clear == "all":
                st.cache_resource.clear()
            out.write_text("", encoding="utf-8")
            started = time.perf_counter()
            at = AppTest.from_file(str(app), default_timeout=300)
            at.run()
            feed_runs = len(out.read_text().splitlines())
            if page:
                at.switch_page(page).run()
            assert not at.exception, [e.value for e in at.exception]
            runs = [tuple(map(float, line.split())) for line in out.read_text().splitlines()]
            runs = runs[feed_runs:] if page else runs  # every script run of this page load (reruns too)
            return sum(r[0] for r in runs), sum(r[1] for r in runs), len(runs), time.perf_counter() - started

        def report(label: str, page: str | None, clear: str, repeat: int) -> None:
            runs = [run(page, clear) for _ in range(repeat)]
            if any(r[2] != 1 for r in runs):
                print(f"  ({label}: {[r[2] for r in runs]} script runs per load)")
            walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
            harness = statistics.median(r[3] for r in runs)  # AppTest's whole run (feed first for the country)
            print(f"page {label:<44} median {statistics.median(walls):6.3f} s  cpu {statistics.median(cpus):6.3f} s"
                  f"  ({repeat} runs, {tag}; AppTest total {harness:.2f} s)")

        report("alert feed, first load in the process", None, "all", 1)
        report("country, first load in the process", "views/country.py", "all", 1)
        for label, clear in (("cold: new connection, no cache", "all"), ("query cache cleared", "data"),
                             ("cached", "none")):
            report(f"alert feed, {label}", None, clear, 3)
            report(f"country, {label}", "views/country.py", clear, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("var/bench/ui-1m.db"))
    parser.add_argument("--pages", action="store_true", help="(internal) only the page loads, in this process")
    parser.add_argument("--warmed", action="store_true", help="(internal) with --pages: run ui.warmup first")
    args = parser.parse_args()
    if args.pages:
        _pages(args.db, args.warmed)
        return
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build(args.db, args.documents)
    measure(args.db)


if __name__ == "__main__":
    main()
