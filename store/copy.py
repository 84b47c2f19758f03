"""Copy every record from one store to another (SQLite <-> Elasticsearch), resumably.

Order: sources, feed conditional-GET state, source health, documents (with the captures they
name), analyses, merged events, signals, alerts with their audit trails, the notification outbox
with its delivery state, snoozes, reviews, accounts (salted hashes only), the export log,
near-duplicate cluster signatures, quarantine. Documents and analyses are copied in batches;
after each batch a checkpoint (records copied so far and the key of the last one) is saved to a
local JSON state file, so an interrupted copy resumes where it stopped. Every write is
idempotent (upserts, create-if-absent), so a batch replayed after a crash does no harm;
append-only records (audit trails, snoozes, the export log, quarantine) are extended only by
the entries the destination lacks. The alerting fact index is not copied: the destination
derives it from the copied documents and analyses (``refresh_alert_facts``).

The hash-chained audit log (``store/audit.py``) is carried record for record: the destination
rebuilds each link from the same sequence number and record, so every hash (and the head that
``tocsin audit verify`` prints) is the source's; a chain whose oldest records were purged starts
from the same anchor. Reviews are then copied without chaining them again (their records are in
the carried chain). A destination that already has a different chain of its own keeps it: the
source's chain is then not carried (the report says so) and copied reviews are chained there anew.

Not carried: captures no document names (raw feed bodies) and work claims.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from store.audit import AuditChainError, AuditLogStore
from store.models import Document, OutboxItem
from store.protocol import AccountsStore, AlertingStore, ClusteringStore, Store

__all__ = ["CopyCheckpoint", "CopyReport", "copy_store"]

log = logging.getLogger(__name__)

STEPS = ("sources", "feed_state", "source_health", "documents", "analyses", "events", "signals", "alerts", "outbox",
         "snoozes", "audit_chain", "reviews", "accounts", "exports", "clusters", "quarantine")
STREAMED = ("documents", "analyses")


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
    not_copied: dict[str, str] = field(default_factory=dict)  # step -> why (a side lacks the capability)


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
        for batch in _batches(records, 5000):
            dst.put_signals(batch)
    elif step == "alerts":
        records = src.list_alerts()
        for alert in records:
            dst.upsert_alert(alert)
            have = len(dst.audit_trail(alert.id))
            for entry in src.audit_trail(alert.id)[have:]:  # append-only: add what is missing
                dst.append_audit(entry)
    elif step == "reviews":  # only new or changed ones: a backend with an audit chain chains every review written
        have = {r.id: r for r in dst.list_reviews()}
        records = [r for r in src.list_reviews() if have.get(r.id) != r]
        carried = _chain_carried(src, dst)
        for review in records:
            dst.add_review(review, chain=not carried)
    else:
        have = len(dst.list_quarantine())
        records = src.list_quarantine()[have:]
        for item in records:
            dst.quarantine(item)
    return len(records)


def _copy_feed_state(src: Store, dst: Store) -> int:
    """Conditional-GET state of every feed of every source (the protocol looks states up by feed URL)."""
    n = 0
    for source in src.list_sources():
        for url in source.feeds:
            state = src.get_feed_state(source.id, url)
            if state is not None:
                dst.put_feed_state(state)
                n += 1
    return n


def _copy_source_health(src: Store, dst: Store) -> int:
    """Last success and last error per source (counts are derived from the documents)."""
    n = 0
    for health in src.source_health():
        if health.last_success_at:
            dst.record_source_success(health.source_id, health.last_success_at, 0)
        if health.last_error_at:
            dst.record_source_error(health.source_id, health.last_error_at, health.last_error or "")
        n += bool(health.last_success_at or health.last_error_at)
    return n


def _replay_outbox_state(dst: AlertingStore, item: OutboxItem, target: OutboxItem) -> None:
    """Bring a destination entry to the source entry's state with the protocol's own transitions
    (delivered, dead, waiting for a retry); attempt counts and the time of death are not carried."""
    if item.delivered_at and not target.delivered_at:
        dst.mark_notification_delivered(target.id, item.delivered_at)
    elif item.dead_at and not (target.dead_at or target.delivered_at):
        dst.mark_notification_failed(target.id, item.last_error or "dead letter (copied)", None)
    elif item.attempts and not target.attempts and not (item.delivered_at or item.dead_at):
        dst.mark_notification_failed(target.id, item.last_error or "failed attempt (copied)", item.next_attempt_at)


def _copy_outbox(src: AlertingStore, dst: AlertingStore) -> int:
    """Outbox entries with their delivery state: a notification delivered before the copy is never
    sent again from the destination."""
    items = src.list_outbox()
    have = {(i.alert_id, i.channel) for i in dst.list_outbox()}
    for item in items:
        if (item.alert_id, item.channel) not in have:
            alert = src.get_alert(item.alert_id)
            if alert is None:
                log.warning("copy: outbox entry %s names a missing alert %s; not copied", item.id, item.alert_id)
                continue
            dst.upsert_alert_notify(alert, None, [item.channel], item.payload, item.created_at)
    targets = {(i.alert_id, i.channel): i for i in dst.list_outbox()}
    copied = 0
    for item in items:
        target = targets.get((item.alert_id, item.channel))
        if target is not None:
            _replay_outbox_state(dst, item, target)
            copied += 1
    return copied


def _copy_snoozes(src: AlertingStore, dst: AlertingStore) -> int:
    have = len(dst.snooze_history())  # append-only: add what is missing
    records = src.snooze_history()[have:]
    for snooze in records:
        dst.add_snooze(snooze)
    return len(records)


def _copy_accounts(src: AccountsStore, dst: AccountsStore) -> int:
    users = src.list_users()  # UserAccount holds the salted scrypt hash only, never a password
    for user in users:
        dst.upsert_user(user)
    return len(users)


def _copy_exports(src: AccountsStore, dst: AccountsStore) -> int:
    have = len(dst.list_exports(limit=_ALL))  # append-only: add what is missing, oldest first
    records = list(reversed(src.list_exports(limit=_ALL)))[have:]
    for entry in records:
        dst.log_export(entry)
    return len(records)


def _copy_clusters(src: ClusteringStore, dst: ClusteringStore) -> int:
    signatures = src.cluster_signatures_since()
    for batch in _batches(signatures, 500):
        dst.put_cluster_signatures(batch)
    return len(signatures)


def _chain_carried(src: Any, dst: Any) -> bool:
    """Whether ``dst``'s audit chain is ``src``'s (same root, same head): then reviews are not chained twice."""
    if not (isinstance(src, AuditLogStore) and isinstance(dst, AuditLogStore)):
        return False
    return src.audit_anchor().hash == dst.audit_anchor().hash and _head_hash(src) == _head_hash(dst)


def _head_hash(store: AuditLogStore) -> str:
    newest = store.list_audit_records(limit=1)
    return newest[0].hash if newest else store.audit_anchor().hash


def _copy_audit_chain(src: AuditLogStore, dst: AuditLogStore) -> int:
    """Carry the chain record for record; resumes after the records an interrupted copy already carried.

    ``AuditChainError`` when the destination has a chain of its own (its records are never rewritten)."""
    anchor = src.audit_anchor()
    if _is_empty(dst):
        dst.adopt_audit_anchor(anchor)
    if dst.audit_anchor().hash != anchor.hash:
        raise AuditChainError("the destination's audit chain starts elsewhere: it has a chain of its own")
    mine = dst.iter_audit_records()
    copied = 0
    for record in src.iter_audit_records(after_seq=anchor.seq):
        already = next(mine, None)
        if already is not None:
            if already.hash != record.hash:
                raise AuditChainError(f"the destination's audit record {already.seq} differs from the source's: "
                                      "it has a chain of its own")
            continue
        linked = dst.append_audit_record(record.record)
        if (linked.seq, linked.hash) != (record.seq, record.hash):
            raise AuditChainError(f"audit record {record.seq} did not link as in the source (got {linked.seq}); "
                                  "another writer is using the destination: stop it and copy again")
        copied += 1
    return copied


def _is_empty(store: AuditLogStore) -> bool:
    return not store.list_audit_records(limit=1) and store.audit_anchor().seq == 0


_ALL = 10**12
# step -> (the protocol both sides need, copy function)
EXTENSION_STEPS: dict[str, tuple[type, Callable[[Any, Any], int]]] = {
    "outbox": (AlertingStore, _copy_outbox), "snoozes": (AlertingStore, _copy_snoozes),
    "accounts": (AccountsStore, _copy_accounts), "exports": (AccountsStore, _copy_exports),
    "clusters": (ClusteringStore, _copy_clusters), "audit_chain": (AuditLogStore, _copy_audit_chain),
}
CORE_EXTRAS: dict[str, Callable[[Store, Store], int]] = {"feed_state": _copy_feed_state,
                                                         "source_health": _copy_source_health}


def copy_store(src: Store, dst: Store, *, state_path: Path | None = None, batch_size: int = 500,
               progress: Progress | None = None) -> CopyReport:
    """Copy ``src`` into ``dst``; with ``state_path``, resume an interrupted copy."""
    checkpoint = CopyCheckpoint.load(state_path)
    report = CopyReport(resumed=bool(checkpoint.done or checkpoint.finished))
    for step in STEPS:
        if step in checkpoint.finished:
            continue
        if step in STREAMED:
            _stream(src, dst, step, checkpoint, batch_size, progress, report)
        elif step in EXTENSION_STEPS:
            needs, copy = EXTENSION_STEPS[step]
            missing = [name for name, s in (("source", src), ("destination", dst)) if not isinstance(s, needs)]
            if missing:
                report.not_copied[step] = f"the {' and '.join(missing)} store is no {needs.__name__}"
                log.warning("copy: %s not copied: %s", step, report.not_copied[step])
            else:
                try:
                    report.copied[step] = copy(src, dst)
                except AuditChainError as exc:  # the destination's own chain is kept, never rewritten
                    report.not_copied[step] = str(exc)
                    log.warning("copy: %s not copied: %s; verify each store's chain on its own", step, exc)
        elif step in CORE_EXTRAS:
            report.copied[step] = CORE_EXTRAS[step](src, dst)
        else:
            report.copied[step] = _copy_small(src, dst, step)
        if progress and step in report.copied and step not in STREAMED:
            progress(step, report.copied[step], report.copied[step])
        checkpoint.finished.append(step)
        checkpoint.save()
    return report
