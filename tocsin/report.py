"""What ``tocsin run`` prints: a cycle's outcome and what the store now holds."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, is_dataclass

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from store import AlertStatus, Store
from tocsin.settings import Settings
from tocsin.stages import CycleReport

__all__ = ["print_cycle", "print_store_summary"]


def print_cycle(console: Console, report: CycleReport, before: int, after: int) -> None:
    table = Table("stage", "seconds", "outcome", title=f"cycle: {after - before} new documents ({after} stored)")
    for name, seconds in report.seconds.items():
        outcome = report.errors.get(name) or _describe(report.stages.get(name))
        table.add_row(name, f"{seconds:.2f}", outcome, style="red" if name in report.errors else None)
    console.print(table)


def _describe(result: object) -> str:
    if result is None:
        return "done"
    summary = getattr(result, "summary", None)
    if callable(summary):
        return str(summary())
    if is_dataclass(result) or isinstance(result, BaseModel):
        fields = asdict(result) if is_dataclass(result) else result.model_dump()  # type: ignore[arg-type]
        return ", ".join(f"{k}={v}" for k, v in fields.items() if not isinstance(v, (list, tuple)))[:300]
    return str(result)[:300]


def print_store_summary(console: Console, store: Store, settings: Settings, limit: int = 15) -> None:
    docs = list(store.iter_documents())
    table = Table("source", "lang", "published", "title", title=f"{len(docs)} documents stored")
    for d in sorted(docs, key=lambda d: (d.published_at or d.fetched_at), reverse=True)[:limit]:
        table.add_row(d.source_id, d.language or "?",
                      (d.published_at or d.fetched_at).strftime("%Y-%m-%d"), d.title[:80])
    console.print(table)
    findings: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for analysis in store.iter_analyses():
        for f in analysis.findings:
            findings["+".join(f.labels)] += 1
        for e in analysis.events:
            events[e.type] += 1
    if findings or events:
        console.print(f"findings: {dict(findings) or 'none'}; event reports: {dict(events) or 'none'}; "
                      f"merged events: {len(store.list_events())}")
    open_alerts = store.list_alerts(status=[AlertStatus.NEW, AlertStatus.ACKNOWLEDGED, AlertStatus.ESCALATED])
    for alert in open_alerts[:limit]:
        console.print(f"[bold red]ALERT[/] {alert.country} {alert.kind} ({alert.severity}, {alert.detector}): "
                      f"{alert.explanation}")
    console.print(f"database: {settings.store.path}  (explore: tocsin search WORDS, tocsin status, tocsin ui)")
