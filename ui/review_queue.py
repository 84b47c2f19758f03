"""What the review queue offers: findings and events behind open alerts, not yet reviewed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from store import Store
from ui.actions import event_target_id, finding_target_id
from ui.queries import OPEN_STATUSES

__all__ = ["ReviewItem", "review_items"]


@dataclass(frozen=True)
class ReviewItem:
    kind: str
    target_id: str
    document_id: str
    analyzer: str
    summary: str
    evidence: str
    details: dict[str, Any] = field(default_factory=dict)


def review_items(store: Store, limit: int = 200, include_reviewed: bool = False) -> list[ReviewItem]:
    """Findings and event mentions from the evidence of open alerts (most severe alerts first)."""
    reviewed = {r.target_id for r in store.list_reviews()}
    doc_ids: list[str] = []
    for alert in store.list_alerts(status=list(OPEN_STATUSES)):
        doc_ids.extend(d for d in alert.evidence_document_ids if d not in doc_ids)
    items: list[ReviewItem] = []
    for doc_id in doc_ids:
        for a in store.get_analyses(doc_id):
            for i, f in enumerate(a.findings):
                tid = finding_target_id(doc_id, a.analyzer, a.version, i)
                if include_reviewed or tid not in reviewed:
                    items.append(ReviewItem("finding", tid, doc_id, f"{a.analyzer}@{a.version}",
                                            f"{'+'.join(f.labels)} → {', '.join(f.target_groups) or '?'}",
                                            f.sentence.text or " | ".join(s.text for s in f.evidence),
                                            f.model_dump(mode="json")))
            for i, e in enumerate(a.events):
                tid = event_target_id(doc_id, a.analyzer, a.version, i)
                if include_reviewed or tid not in reviewed:
                    items.append(ReviewItem("event", tid, doc_id, f"{a.analyzer}@{a.version}",
                                            f"{e.type} in {e.country or '?'} ({e.fatalities.best} killed)",
                                            e.evidence.text, e.model_dump(mode="json")))
            if len(items) >= limit:
                return items[:limit]
    return items
