"""Copy every record from one store to another (SQLite <-> Elasticsearch), resumably.

Order: sources, documents (with their captures), analyses, events, signals, alerts with their
audit trails, reviews, quarantine. Documents and analyses are copied in batches; after each
batch a checkpoint (records copied so far and the key of the last one) is saved to a local
JSON state file, so an interrupted copy resumes where it stopped. Every write is idempotent
(upserts, create-if-absent), so a batch replayed after a crash does no harm; audit trails are
append-only and are extended only by the entries the destination lacks.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from store.models import Document
from store.protocol import Store

__all__ = ["CopyCheckpoint", "CopyReport", "copy_store"]

log = logging.getLogger(__name__)

STEPS = ("sources", "documents", "analyses", "events", "signals", "alerts", "reviews", "quarantine")


@dataclass
class CopyCheckpoint:
    """Progress per record class: how many were copied and the key of the last one."""

    path: Path | None
    done: dict[str, int] = field(default_factory=dict)
    last_key: dict[str, str] = field(default_factory=dict)
    finished: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None) -> CopyCheckpoint:
        if path is None or not path.exists():
            return cls(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(path, dict(data.get("done", {})), dict(data.get("last_key", {})), list(data.get("finished", [])))

    def save(self) -> None:
        if self.path is None:
            return
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        tmp.write_text(json.dumps({"done": self.done, "last_key": self.last_key, "finished": self.finished}),
                       encoding="utf-8")
        tmp.replace(self.path)  # atomic: a crash leaves the old checkpoint or the new one


@dataclass
class CopyReport:
    copied: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    resumed: bool = False


Progress = Callable[[str, int, int | None], None]  # step, records done, total if known


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _resume(items: Iterator[Any], step: str, checkpoint: CopyCheckpoint, key: Callable[[Any], str]) -> Iterator[Any]:
    """Skip what a previous run copied; restart the step if the source no longer agrees."""
    skip = checkpoint.done.get(step, 0)
    if not skip:
        return items
    skipped = list(islice(items, skip))
    if len(skipped) == skip and key(skipped[-1]) == checkpoint.last_key.get(step):
        log.info("copy: resuming %s after %d records", step, skip)
        return items
    log.warning("copy: the source changed since the checkpoint of %s; copying it again from the start", step)
    checkpoint.done[step] = 0
    return iter([*skipped, *items])


def _copy_documents(src: Store, dst: Store, batch: list[Document]) -> None:
    for capture_id in {d.capture_id for d in batch if d.capture_id}:
        capture = src.get_capture(capture_id)
        if capture is not None:
            dst.put_capture(capture)
    dst.upsert_documents(batch)


def _stream(src: Store, dst: Store, step: str, checkpoint: CopyCheckpoint, batch_size: int,
            progress: Progress | None, report: CopyReport) -> None:
    if step == "documents":
        items, total = src.iter_documents(batch_size=batch_size), src.count_documents()
        key: Callable[[Any], str] = lambda d: d.id
        write: Callable[[list[Any]], Any] = lambda b: _copy_documents(src, dst, b)
    else:
        items, total = src.iter_analyses(batch_size=batch_size), None
        key = lambda a: f"{a.document_id}|{a.analyzer}|{a.version}"
        write = dst.put_analyses
    report.skipped[step] = checkpoint.done.get(step, 0)
    done = checkpoint.done.get(step, 0)
    for batch in _batches(_resume(items, step, checkpoint, key), batch_size):
        write(batch)
        done = checkpoint.done.get(step, 0) + len(batch)
        checkpoint.done[step], checkpoint.last_key[step] = done, key(batch[-1])
        checkpoint.save()
        report.copied[step] = report.copied.get(step, 0) + len(batch)
        if progress:
            progress(step, done, total)


def _copy_small(src: Store, dst: Store, step: str) -> int:
    """Record classes small enough to copy whole every time (all writes are upserts)."""
    if step == "sources":
        records: list[Any] = src.list_sources()
        dst.upsert_sources(records)
    elif step == "events":
        records = src.list_events()
        dst.upsert_events(records)
    elif step == "signals":
        records = src.list_signals()
        dst.put_signals(records)
    elif step == "alerts":
        records = src.list_alerts()
        for alert in records:
            dst.upsert_alert(alert)
            have = len(dst.audit_trail(alert.id))
            for entry in src.audit_trail(alert.id)[have:]:  # append-only: add what is missing
                dst.append_audit(entry)
    elif step == "reviews":
        records = src.list_reviews()
        for review in records:
            dst.add_review(review)
    else:
        have = len(dst.list_quarantine())
        records = src.list_quarantine()[have:]
        for item in records:
            dst.quarantine(item)
    return len(records)


def copy_store(src: Store, dst: Store, *, state_path: Path | None = None, batch_size: int = 500,
               progress: Progress | None = None) -> CopyReport:
    """Copy ``src`` into ``dst``; with ``state_path``, resume an interrupted copy."""
    checkpoint = CopyCheckpoint.load(state_path)
    report = CopyReport(resumed=bool(checkpoint.done or checkpoint.finished))
    for step in STEPS:
        if step in checkpoint.finished:
            continue
        if step in ("documents", "analyses"):
            _stream(src, dst, step, checkpoint, batch_size, progress, report)
        else:
            report.copied[step] = _copy_small(src, dst, step)
            if progress:
                progress(step, report.copied[step], report.copied[step])
        checkpoint.finished.append(step)
        checkpoint.save()
    return report


