"""Local accounts and the export log (``AccountsStore``) on Elasticsearch.

Accounts are keyed by user name (``index`` replaces); the export log is append-only by
construction: every entry is written with ``create`` under a fresh id and never updated.
"""

from __future__ import annotations

import uuid

from store.accounts import ExportLogEntry, UserAccount
from store.elastic.base import ElasticBase

__all__ = ["ElasticAccountsMixin"]


class ElasticAccountsMixin(ElasticBase):
    def upsert_user(self, account: UserAccount) -> None:
        self.es.index(index=self.names.users, id=account.username, refresh=self.refresh, document={
            "username": account.username, "seq": self.next_seq(), "data": account.model_dump(mode="json")})

    def get_user(self, username: str) -> UserAccount | None:
        found = self.fetch_source(self.names.users, username)
        return UserAccount.model_validate(found["data"]) if found else None

    def list_users(self) -> list[UserAccount]:
        rows = self.search_sources(self.names.users, {"match_all": {}}, [{"username": "asc"}])
        return [UserAccount.model_validate(r["data"]) for r in rows]

    def log_export(self, entry: ExportLogEntry) -> None:
        self.es.create(index=self.names.export_log, id=uuid.uuid4().hex, refresh=self.refresh, document={
            "actor": entry.actor, "seq": self.next_seq(), "data": entry.model_dump(mode="json")})

    def list_exports(self, limit: int = 100) -> list[ExportLogEntry]:
        rows = self.search_sources(self.names.export_log, {"match_all": {}}, [{"seq": "desc"}], int(limit))
        return [ExportLogEntry.model_validate(r["data"]) for r in rows]
