"""Bulk writes with per-item outcomes.

A ``_bulk`` request can answer 200 while some items failed. Each item ends as written,
a conflict (409: expected for ``create`` on a replay, or a lost optimistic-concurrency race),
retried (429: the cluster is shedding load; exponential backoff) or dead-lettered: the
payload goes to the ``dead-letter`` index and a ``Quarantined`` record names it, so a bad
item never sinks its batch and is never silently lost.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["BulkAction", "BulkOutcome", "run_bulk"]

log = logging.getLogger(__name__)

MAX_ITEMS = 1000
MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class BulkAction:
    op: Literal["create", "index", "update", "delete"]
    index: str
    id: str | None = None
    source: dict[str, Any] | None = None
    if_seq_no: int | None = None
    if_primary_term: int | None = None

    def lines(self) -> list[dict[str, Any]]:
        meta: dict[str, Any] = {"_index": self.index}
        if self.id is not None:
            meta["_id"] = self.id
        if self.if_seq_no is not None:
            meta["if_seq_no"], meta["if_primary_term"] = self.if_seq_no, self.if_primary_term
        head = {self.op: meta}
        if self.op == "delete":
            return [head]
        return [head, {"doc": self.source} if self.op == "update" else self.source]


@dataclass
class BulkOutcome:
    written: list[tuple[BulkAction, dict[str, Any]]] = field(default_factory=list)
    conflicts: list[BulkAction] = field(default_factory=list)
    missing: list[BulkAction] = field(default_factory=list)
    failed: list[tuple[BulkAction, str]] = field(default_factory=list)

    def merge(self, other: BulkOutcome) -> None:
        self.written += other.written
        self.conflicts += other.conflicts
        self.missing += other.missing
        self.failed += other.failed


def _chunks(actions: Sequence[BulkAction]) -> list[list[BulkAction]]:
    chunks: list[list[BulkAction]] = []
    current: list[BulkAction] = []
    size = 0
    for action in actions:
        cost = len(json.dumps(action.source, default=str)) if action.source else 64
        if current and (len(current) >= MAX_ITEMS or size + cost > MAX_BYTES):
            chunks.append(current)
            current, size = [], 0
        current.append(action)
        size += cost
    if current:
        chunks.append(current)
    return chunks


def _send(client: Any, chunk: list[BulkAction], refresh: str) -> tuple[BulkOutcome, list[BulkAction]]:
    operations = [line for action in chunk for line in action.lines()]
    response = client.bulk(operations=operations, refresh=refresh)
    outcome, retry = BulkOutcome(), []
    for action, item in zip(chunk, response["items"], strict=True):
        result = next(iter(item.values()))
        status = result.get("status", 500)
        if status < 300:
            outcome.written.append((action, result))
        elif status == 409:
            outcome.conflicts.append(action)
        elif status == 404 and action.op in ("update", "delete"):
            outcome.missing.append(action)
        elif status == 429:
            retry.append(action)
        else:
            error = result.get("error", {})
            reason = f"{error.get('type')}: {error.get('reason')}" if isinstance(error, dict) else str(error)
            outcome.failed.append((action, f"HTTP {status} {reason}"))
    return outcome, retry


def run_bulk(client: Any, actions: Sequence[BulkAction], *, refresh: str = "wait_for", max_retries: int = 5,
             backoff_s: float = 0.5, dead_letter: Callable[[list[tuple[BulkAction, str]]], None] | None = None
             ) -> BulkOutcome:
    """Send ``actions`` in bounded chunks; retry items rejected with 429; dead-letter real failures."""
    total = BulkOutcome()
    for chunk in _chunks(actions):
        pending = chunk
        for attempt in range(max_retries + 1):
            outcome, pending = _send(client, pending, refresh)
            total.merge(outcome)
            if not pending:
                break
            delay = min(backoff_s * 2 ** attempt, 30.0)
            log.warning("bulk: %d items rejected with 429; retrying in %.1f s", len(pending), delay)
            time.sleep(delay)
        else:
            total.failed += [(a, f"HTTP 429: still rejected after {max_retries} retries") for a in pending]
    if total.failed:
        log.error("bulk: %d items failed and were dead-lettered", len(total.failed))
        if dead_letter is not None:
            dead_letter(total.failed)
    return total
