"""Work claims on Elasticsearch (see ``store.claims``).

A claim is a document in the ``claims`` index with id ``hash(task, document id)``: a new one
is written with ``create`` (exactly one of two racing workers gets it), an expired one is taken
over with ``index`` + ``if_seq_no``/``if_primary_term`` of the version that was read (again,
exactly one wins). Claims are read with real-time GETs, so no refresh is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from store.claims import Claim, claim_task
from store.elastic.base import ElasticBase, key_id
from store.elastic.bulk import BulkAction
from store.elastic.documents import to_document
from store.models import Analysis, Document, utc_now

__all__ = ["ElasticClaimsMixin"]


class ElasticClaimsMixin(ElasticBase):
    put_analyses: Any  # AnalysesMixin.put_analyses

    def _claims(self, task: str, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
        if not doc_ids:
            return {}
        found = self.es.mget(index=self.names.claims, ids=[key_id(task, d) for d in doc_ids])["docs"]
        return {e["_source"]["document_id"]: e for e in found if e.get("found")}

    def _analysed(self, analyzer: str, version: str, doc_ids: list[str]) -> set[str]:
        if not doc_ids:
            return set()
        found = self.es.mget(index=self.names.analyses, ids=[key_id(d, analyzer, version) for d in doc_ids],
                             _source=["document_id"])["docs"]
        return {e["_source"]["document_id"] for e in found if e.get("found")}

    def _try_claim(self, task: str, worker_id: str, hits: list[dict[str, Any]], room: int, now: datetime,
                   lease_s: float) -> list[str]:
        claims = self._claims(task, [h["_id"] for h in hits])
        body = {"task": task, "worker_id": worker_id, "claimed_at": now.isoformat(),
                "expires_at": (now + timedelta(seconds=lease_s)).isoformat()}
        actions = []
        for hit in hits:
            if len(actions) >= room:
                break
            current = claims.get(hit["_id"])
            doc_body = {**body, "document_id": hit["_id"]}
            if current is None:
                actions.append(BulkAction("create", self.names.claims, key_id(task, hit["_id"]), doc_body))
            elif datetime.fromisoformat(current["_source"]["expires_at"]) <= now:
                actions.append(BulkAction("index", self.names.claims, key_id(task, hit["_id"]), doc_body,
                                          if_seq_no=current["_seq_no"], if_primary_term=current["_primary_term"]))
        outcome = self.bulk(actions, refresh="false")
        return [a.source["document_id"] for a, _ in outcome.written if a.source]

    def claim_documents(self, analyzer: str, version: str, worker_id: str, limit: int = 16,
                        lease_s: float = 300.0) -> list[Document]:
        """Claim up to ``limit`` documents lacking an ``analyzer@version`` analysis and a live claim."""
        task = claim_task(analyzer, version)
        now = utc_now()
        claimed: dict[str, Document] = {}
        after: list[Any] | None = None
        page_size = max(4 * limit, 64)
        while len(claimed) < limit:
            body: dict[str, Any] = {"size": page_size, "sort": [{"seq": "asc"}, {"id": "asc"}],
                                    "query": {"bool": {"must_not": [{"term": {"analyzed": task}}]}}}
            if after:
                body["search_after"] = after
            hits = self.es.search(index=self.names.documents, **body)["hits"]["hits"]
            if not hits:
                break
            won = self._try_claim(task, worker_id, hits, limit - len(claimed), now, lease_s)
            done = self._analysed(analyzer, version, won)  # stored between our search and our claim
            if done:
                self.release_claims(analyzer, version, worker_id, sorted(done))
            by_id = {h["_id"]: h for h in hits}
            claimed.update({d: to_document(by_id[d]["_source"]) for d in won if d not in done})
            if len(hits) < page_size:
                break
            after = hits[-1]["sort"]
        return list(claimed.values())

    def complete_claims(self, worker_id: str, analyses: Sequence[Analysis]) -> int:
        """Store the analyses this worker still holds claims for, then release those claims."""
        keep: list[Analysis] = []
        by_task: dict[tuple[str, str], list[Analysis]] = {}
        for a in analyses:
            by_task.setdefault((a.analyzer, a.version), []).append(a)
        for (analyzer, version), group in by_task.items():
            ids = [a.document_id for a in group]
            claims = self._claims(claim_task(analyzer, version), ids)
            analysed = self._analysed(analyzer, version, [d for d in ids if d not in claims])
            keep += [a for a in group if (claims[a.document_id]["_source"]["worker_id"] == worker_id
                                          if a.document_id in claims else a.document_id not in analysed)]
        self.put_analyses(keep)  # stored (and marked) before the claims go: a re-claim then sees them
        for (analyzer, version), group in by_task.items():
            mine = [a.document_id for a in group if a in keep]
            self.release_claims(analyzer, version, worker_id, mine)
        return len(keep)

    def release_claims(self, analyzer: str, version: str, worker_id: str, document_ids: Sequence[str]) -> None:
        task = claim_task(analyzer, version)
        claims = self._claims(task, list(document_ids))
        self.bulk([BulkAction("delete", self.names.claims, key_id(task, d), if_seq_no=c["_seq_no"],
                              if_primary_term=c["_primary_term"])
                   for d, c in claims.items() if c["_source"]["worker_id"] == worker_id], refresh="false")

    def list_claims(self, task: str | None = None) -> list[Claim]:
        query = {"term": {"task": task}} if task else {"match_all": {}}
        self.es.indices.refresh(index=self.names.claims)
        rows = self.search_sources(self.names.claims, query, [{"claimed_at": "asc"}, {"document_id": "asc"}])
        return [Claim.model_validate(r) for r in rows]
