"""``tocsin backtest``: replay a time-stamped stream through analysis and the alert stage, day by day.

Input: JSONL, one item per line with ``published`` (ISO 8601; no zone means UTC), ``title``,
``link`` and optionally ``summary`` or ``text``, ``outlet``, ``country``/``countries`` (ISO alpha-3).
Every item becomes a ``store.Document`` (id from the canonical link) in a fresh temporary store;
then for each day in order: the day's documents are stored, near-copies clustered (MinHash, when
the ingest room provides it), analysed by the configured analyzers, event mentions merged, and
``alerts.run_alerts`` runs with ``now`` at the end of that day. No notifications are sent.

A bad line stops the replay with its line number, unless ``skip_bad_lines`` (then it is counted
and reported). Nothing is dropped silently.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from alerts import run_alerts
from store import Document, Source, Store, document_id_for, sha256_hex
from store.sqlite import SQLiteStore
from tocsin.settings import Settings

__all__ = ["BacktestError", "BacktestResult", "load_stream", "run_backtest"]

log = logging.getLogger(__name__)


class BacktestError(ValueError):
    """The stream cannot be replayed; the message names the line and the fix."""


@dataclass
class BacktestResult:
    lines: int = 0
    documents: int = 0
    duplicates: int = 0
    skipped_lines: list[dict[str, Any]] = field(default_factory=list)
    outside_range: int = 0
    days: int = 0
    analysed: dict[str, int] = field(default_factory=dict)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"alerts": self.alerts, "lines": self.lines, "documents": self.documents,
                "duplicates": self.duplicates, "skipped_lines": self.skipped_lines,
                "outside_range": self.outside_range, "days": self.days, "analysed": self.analysed,
                "steps": self.steps}


def _slug(outlet: str) -> str:
    slug = re.sub(r"[^a-z0-9_.-]+", "-", outlet.lower()).strip("-.")[:60]
    return slug if len(slug) >= 2 else "backtest"


def _parse_time(raw: Any) -> datetime:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError("'published' is missing or not a string")
    value = datetime.fromisoformat(raw.strip())
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _canonical(link: str) -> str:
    try:
        from ingest.urls import canonicalize_url
    except ImportError:  # pragma: no cover - the ingest room always ships it
        return link.strip()
    return canonicalize_url(link.strip())


def _language(text: str) -> tuple[str | None, float | None]:
    try:
        from ingest.langid import identify_language
    except ImportError:  # pragma: no cover
        return None, None
    guess = identify_language(text)
    return guess.language, guess.score


def _document(item: Any) -> Document:
    if not isinstance(item, dict):
        raise TypeError("a line must be a JSON object")
    link, title = item.get("link"), item.get("title")
    if not isinstance(link, str) or not link.strip():
        raise ValueError("'link' is missing (the document id is derived from it)")
    if not isinstance(title, str):
        raise TypeError("'title' is missing or not a string")
    published = _parse_time(item.get("published"))
    text = item.get("text") or ""
    summary = item.get("summary") or ""
    body = text or summary
    countries = item.get("countries") or ([item["country"]] if item.get("country") else [])
    language, score = _language(f"{title}\n{body}")
    canonical = _canonical(link)
    return Document(id=document_id_for(canonical), source_id=_slug(str(item.get("outlet") or "backtest")),
                    url=link.strip(), canonical_url=canonical, title=title, text=body, summary=summary,
                    language=language, language_score=score, published_at=published, fetched_at=published,
                    content_hash=sha256_hex(f"{title}\n{body}"), country_focus=countries)


def load_stream(path: Path, skip_bad_lines: bool, result: BacktestResult) -> list[Document]:
    docs: list[Document] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            result.lines += 1
            try:
                docs.append(_document(json.loads(line)))
            except (ValueError, TypeError) as exc:
                if not skip_bad_lines:
                    raise BacktestError(f"{path}:{number}: {exc}; fix the line or pass --skip-bad-lines") from exc
                result.skipped_lines.append({"line": number, "error": str(exc)})
    return docs


def _stages(settings: Settings, result: BacktestResult) -> tuple[Any, Any, Any]:
    """(analyzers, merge, cluster) from the rooms that are present; each missing one is reported."""
    analyzers = merge = cluster = None
    try:
        from nlp import make_analyzers

        analyzers = make_analyzers(settings.nlp)
        result.steps.append("analyze: " + ", ".join(f"{a.name}@{a.version}" for a in analyzers))
    except (ImportError, ValueError) as exc:
        result.steps.append(f"analyze: unavailable ({exc})")
    try:
        from nlp.events.merge import merge_events as merge

        result.steps.append("merge events: nlp.events.merge")
    except ImportError as exc:
        result.steps.append(f"merge events: unavailable ({exc})")
    try:
        from ingest.cluster import cluster_pending
        from ingest.cluster_settings import ClusterSettings

        def cluster(store: Store) -> None:
            cluster_pending(store, ClusterSettings(embeddings=False))

        result.steps.append("cluster: MinHash near-copies (no embeddings)")
    except ImportError as exc:
        result.steps.append(f"cluster: unavailable ({exc})")
    return analyzers, merge, cluster


def _replay(store: Store, settings: Settings, by_day: dict[date, list[Document]], first: date, last: date,
            result: BacktestResult) -> None:
    from nlp import analyze_pending

    analyzers, merge, cluster = _stages(settings, result)
    store.upsert_sources([Source(id=s, name=s) for s in sorted({d.source_id for v in by_day.values() for d in v})])
    day = first
    while day <= last:
        todays = by_day.get(day, [])
        if todays:
            up = store.upsert_documents(todays)
            result.documents += up.inserted
            result.duplicates += up.duplicates
            if cluster:
                cluster(store)
            if analyzers:
                report = analyze_pending(store, analyzers)
                for name, n in report.analysed.items():
                    result.analysed[name] = result.analysed.get(name, 0) + n
            if merge:
                merge(store)
        run_alerts(store, settings.alerts, now=datetime.combine(day, time(23, 59, 59), tzinfo=UTC))
        result.days += 1
        day += timedelta(days=1)


def run_backtest(path: Path, settings: Settings, day_from: date | None = None, day_to: date | None = None,
                 skip_bad_lines: bool = False, workdir: Path | None = None) -> BacktestResult:
    """Replay ``path`` in a fresh temporary store and return every alert opened, with its evidence links."""
    if not path.exists():
        raise BacktestError(f"{path} does not exist; give a JSONL stream with --data")
    result = BacktestResult()
    docs = load_stream(path, skip_bad_lines, result)
    if not docs:
        raise BacktestError(f"{path} has no usable line; nothing to replay")
    by_day: dict[date, list[Document]] = {}
    for d in docs:
        day = d.published_at.date() if d.published_at else None
        if day is None or (day_to and day > day_to):
            result.outside_range += 1
            continue
        by_day.setdefault(day, []).append(d)
    first = day_from or min(by_day)
    last = day_to or max(by_day)
    with tempfile.TemporaryDirectory(prefix="tocsin-backtest-", dir=workdir) as tmp:
        store = SQLiteStore(Path(tmp) / "backtest.db")
        try:
            early = [d for day, ds in by_day.items() if day < first for d in ds]
            if early:  # history before --from is analysed on the first day, as the detectors' baseline
                by_day = {k: v for k, v in by_day.items() if k >= first}
                by_day.setdefault(first, [])
                by_day[first] = early + by_day[first]
            _replay(store, settings, by_day, first, last, result)
            links = {d.id: d.url for d in docs}
            for a in sorted(store.list_alerts(), key=lambda a: (a.opened_at, a.id)):
                result.alerts.append({"id": a.id, "country": a.country, "kind": a.kind, "severity": a.severity,
                                      "opened_at": a.opened_at.isoformat(), "detector": a.detector,
                                      "window_start": str(a.window_start), "window_end": str(a.window_end),
                                      "observed": a.observed, "expected": a.expected, "explanation": a.explanation,
                                      "evidence": [links.get(i, i) for i in a.evidence_document_ids]})
        finally:
            store.close()
    return result
