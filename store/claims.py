"""Work claims: several analysis workers share the pending documents without analysing one twice.

A worker claims a batch for one task (``analyzer@version``) with a lease. A claim is taken
only for a document with no stored analysis for that task and no live claim; an expired
claim (its worker died) may be taken over. ``complete_claims`` stores an analysis only while
the claim is still the worker's (or, if it was released, while no analysis exists), so once
an analysis is stored no other worker stores another for the same document and task.

Backends: SQLite does it in one ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` statement
under the write lock (``store.sqlite.claims``); Elasticsearch creates claim documents with
create-if-absent and takes expired ones over with ``if_seq_no``/``if_primary_term``
(``store.elastic.claims``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from store.models import Analysis, Document, UtcDatetime

__all__ = ["Claim", "ClaimStore", "claim_task"]


def claim_task(analyzer: str, version: str) -> str:
    return f"{analyzer}@{version}"


class Claim(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    task: str
    document_id: str
    worker_id: str
    claimed_at: UtcDatetime
    expires_at: UtcDatetime


@runtime_checkable
class ClaimStore(Protocol):
    def claim_documents(self, analyzer: str, version: str, worker_id: str, limit: int = 16,
                        lease_s: float = 300.0) -> list[Document]: ...
    def complete_claims(self, worker_id: str, analyses: Sequence[Analysis]) -> int: ...
    def release_claims(self, analyzer: str, version: str, worker_id: str, document_ids: Sequence[str]) -> None: ...
    def list_claims(self, task: str | None = None) -> list[Claim]: ...
