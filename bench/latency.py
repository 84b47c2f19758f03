"""End-to-end latency: publication in a feed -> stored analysis -> alert, with the real ``tocsin run --loop``.

    .venv/bin/python -m bench.latency [--items 24] [--minutes 2] [--interval 15]

A feed server on 127.0.0.1 publishes articles of the realistic stream (bench/stream.py) one by
one over ``--minutes``: an item appears in the RSS feed (full text in content:encoded, pubDate
= the moment it appeared) at its publication time. Among them, every sixth item is a trigger
written for this benchmark: an official's eliminationist statement or a mass killing, each in
another country, which the default immediate rules (``official_eliminationist``,
``mass_killing``) turn into an alert.

``tocsin run --loop --interval N`` runs as a child process (its own settings file: a fresh
SQLite store, this feed as the only source, article fetching off). It is started first and its
first cycle (model loading) finishes before publishing begins: a monitor that runs is warm.
Measured per item: publication -> analyses of both analyzers stored (their ``created_at``), and
for triggers publication -> the first alert naming the item as evidence (the store polled every
0.5 s). Prints medians and p95, and the peak RSS of the ``tocsin run`` process (all models
loaded), which is the memory goal.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = ["main"]

TRIGGERS = [
    ("official", "Ethiopia", ("Speaking at a rally in Gondar, Ethiopia's defence minister said the Tigrayan cockroaches "
                             "must be exterminated before they destroy us all.")),
    ("killing", "Nigeria", ("Gunmen killed 45 villagers, most of them ethnic Hausa, in an attack on a market in "
                           "Zamfara state, Nigeria, on Monday, police said.")),
    ("official", "Sudan", ("In a televised speech, Sudan's interior minister said the Masalit are vermin who must be "
                          "wiped out of Darfur.")),
    ("killing", "Mali", ("Soldiers and allied militiamen killed at least 30 civilians, most of them ethnic Fulani, in "
                        "the village of Moura in central Mali, witnesses said.")),
]


class _Feed:
    """Items become visible at their publication time; the newest first, as feeds list them."""

    def __init__(self) -> None:
        self.items: list[tuple[datetime, str, str, str]] = []  # published_at, link, title, text
        self.lock = threading.Lock()

    def publish(self, link: str, title: str, text: str) -> datetime:
        when = datetime.now(UTC)
        with self.lock:
            self.items.append((when, link, title, text))
        return when

    def render(self, base: str) -> bytes:
        with self.lock:
            items = list(reversed(self.items))
        parts = [f"<item><title>{escape(t)}</title><link>{escape(base + link)}</link>"
                 f"<guid>{escape(base + link)}</guid><pubDate>{format_datetime(when, usegmt=True)}</pubDate>"
                 f"<content:encoded><![CDATA[{''.join(f'<p>{escape(p)}</p>' for p in text.split(chr(10)) if p)}]]>"
                 f"</content:encoded></item>" for when, link, t, text in items]
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Latency bench</title>'
                f'<language>en</language>{"".join(parts)}</channel></rss>').encode()


def _serve(feed: _Feed) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = feed.render(f"http://127.0.0.1:{self.server.server_address[1]}")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _write_config(tmp: Path, port: int) -> Path:
    sources = tmp / "sources"
    sources.mkdir()
    (sources / "latency.yaml").write_text(
        "sources:\n  - id: latency-feed\n    name: Latency bench feed\n    kind: news\n"
        f"    feeds: [\"http://127.0.0.1:{port}/feed.rss\"]\n    allow_private_addresses: true\n", encoding="utf-8")
    config = tmp / "tocsin.toml"
    config.write_text(f'[store]\npath = "{tmp / "latency.db"}"\nsynchronous = "NORMAL"\n\n'
                      f'[ingest]\nsources = ["{sources}"]\nfetch_articles = false\n', encoding="utf-8")
    return config


class _Watcher:
    """Polls the store for analyses and alerts of the published items."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.alerted: dict[str, datetime] = {}

    def wait_for_analysis(self, doc_id: str, timeout_s: float) -> bool:
        from store.sqlite import SQLiteStore

        deadline = time.monotonic() + timeout_s
        self.last_error: str | None = None
        while time.monotonic() < deadline:
            if self.db.exists():
                try:
                    store = SQLiteStore(self.db)
                    done = len({a.analyzer for a in store.get_analyses(doc_id)}) >= 2
                    store.close()
                    if done:
                        return True
                except Exception as exc:  # noqa: BLE001 - the loop may still be creating the schema
                    self.last_error = f"{type(exc).__name__}: {exc}"
            time.sleep(1)
        return False

    def poll_alerts(self, store: object, wanted: set[str]) -> None:
        now = datetime.now(UTC)
        for alert in store.list_alerts(limit=1000):
            for doc_id in set(alert.evidence_document_ids) & wanted:
                self.alerted.setdefault(doc_id, now)


def _percentiles(values: list[float]) -> dict[str, float | int]:
    if not values:
        return {"n": 0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(values), "median_s": round(statistics.median(ordered), 1), "p95_s": round(p95, 1),
            "max_s": round(ordered[-1], 1)}


def _schedule(n_items: int) -> list[tuple[str, str, str, str]]:
    """(kind, link path, title, text) in publication order: stream articles, every sixth a trigger."""
    from bench.stream import build_stream

    articles = iter(build_stream(n_items, seed=29))
    out, trig = [], 0
    for i in range(n_items):
        if i % 6 == 3 and trig < len(TRIGGERS):
            kind, country, text = TRIGGERS[trig]
            trig += 1
            out.append((f"trigger:{kind}", f"/news/trigger-{i}", f"{country}: breaking news", text))
        else:
            a = next(articles)
            out.append(("stream", f"/news/{a.id}", a.title, a.text))
    return out


def run(n_items: int, minutes: float, interval: int) -> dict:
    from ingest.urls import canonicalize_url
    from store import document_id_for
    from store.sqlite import SQLiteStore

    feed = _Feed()
    server = _serve(feed)
    port = server.server_address[1]
    schedule = _schedule(n_items)
    published: dict[str, tuple[str, datetime]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        config = _write_config(tmp, port)
        warm_link = "/news/warm-up"
        feed.publish(warm_link, "Warm-up", "The first cycle loads every model. " * 20)
        tocsin = Path(sys.executable).parent / "tocsin"  # the installed command, as users run it
        cmd = [str(tocsin), "--config", str(config), "run", "--loop", "--interval", str(interval)]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        log_file = (tmp / "run.log").open("w")
        proc = subprocess.Popen(cmd, stdout=log_file, stderr=subprocess.STDOUT, env=env)
        watcher = _Watcher(tmp / "latency.db")
        base = f"http://127.0.0.1:{port}"
        try:
            if not watcher.wait_for_analysis(document_id_for(canonicalize_url(base + warm_link)), 600):
                raise SystemExit(f"tocsin run did not analyse the warm-up item; log:\n{(tmp / 'run.log').read_text()}")
            store = SQLiteStore(tmp / "latency.db")
            gap = minutes * 60 / max(n_items, 1)
            next_at = time.monotonic()
            triggers: set[str] = set()
            for kind, link, title, text in schedule:
                while time.monotonic() < next_at:
                    watcher.poll_alerts(store, triggers)
                    time.sleep(0.5)
                doc_id = document_id_for(canonicalize_url(base + link))
                published[doc_id] = (kind, feed.publish(link, title, text))
                if kind.startswith("trigger"):
                    triggers.add(doc_id)
                next_at += gap
            deadline = time.monotonic() + interval + 180
            while time.monotonic() < deadline and not _all_done(store, published, watcher, triggers):
                watcher.poll_alerts(store, triggers)
                time.sleep(0.5)
            result = _measure(store, published, watcher, triggers)
            store.close()
        finally:
            proc.send_signal(signal.SIGTERM)  # not SIGINT: a background job inherits SIGINT ignored
            try:
                _, _status, usage = os.wait4(proc.pid, 0)
            except ChildProcessError:
                usage = None
            log_file.close()
            server.shutdown()
    result["tocsin_run_peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1) if usage else None
    result.update({"items": n_items, "minutes": minutes, "interval_s": interval,
                   "goal_alert_p95_s": interval + 60})
    return result


def _all_done(store: object, published: dict, watcher: _Watcher, triggers: set[str]) -> bool:
    if not triggers <= set(watcher.alerted):
        return False
    return all(len({a.analyzer for a in store.get_analyses(d)}) >= 2 for d in published)


def _measure(store: object, published: dict[str, tuple[str, datetime]], watcher: _Watcher,
             triggers: set[str]) -> dict:
    to_analysis, missing = [], 0
    for doc_id, (_, when) in published.items():
        analyses = store.get_analyses(doc_id)
        if len({a.analyzer for a in analyses}) < 2:
            missing += 1
            continue
        to_analysis.append((max(a.created_at for a in analyses) - when).total_seconds())
    to_alert = [(watcher.alerted[d] - published[d][1]).total_seconds() for d in triggers if d in watcher.alerted]
    return {"publication_to_analysis": _percentiles(to_analysis), "not_analysed": missing,
            "publication_to_alert": _percentiles(to_alert), "triggers": len(triggers),
            "triggers_without_alert": len(triggers - set(watcher.alerted)), "alert_poll_resolution_s": 0.5}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=24)
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--interval", type=int, default=15, help="tocsin run --loop --interval (seconds)")
    args = parser.parse_args(argv)
    print(json.dumps({"latency": run(args.items, args.minutes, args.interval)}), flush=True)


if __name__ == "__main__":
    main()
