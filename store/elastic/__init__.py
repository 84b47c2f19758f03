"""The Elasticsearch backend: the same ``Store`` protocol on an Elasticsearch (or, where the
APIs agree, OpenSearch) cluster, for deployments that outgrow one machine.

See ``docs/deploy.md`` for the index layout, compatibility notes and measured numbers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Self

from store.elastic.accounts import ElasticAccountsMixin
from store.elastic.alerting import ElasticAlertingMixin
from store.elastic.analyses import AnalysesMixin
from store.elastic.audit_chain import ElasticAuditChainMixin
from store.elastic.claims import ElasticClaimsMixin
from store.elastic.client import ServerInfo, make_client
from store.elastic.clustering import ElasticClusteringMixin
from store.elastic.documents import DocumentsMixin
from store.elastic.facts import ElasticFactsMixin
from store.elastic.outbox import ElasticOutboxMixin
from store.elastic.records import RecordsMixin
from store.elastic.retention import ElasticRetentionMixin
from store.elastic.schema import SCHEMA_VERSION, IndexNames, ensure_schema
from store.models import Capture, Document, FeedState, UpsertResult

__all__ = ["ElasticStore", "ServerInfo"]

log = logging.getLogger(__name__)


class ElasticStore(RecordsMixin, DocumentsMixin, AnalysesMixin, ElasticClaimsMixin, ElasticFactsMixin,
                   ElasticAlertingMixin, ElasticOutboxMixin, ElasticAccountsMixin, ElasticClusteringMixin,
                   ElasticAuditChainMixin, ElasticRetentionMixin):
    """A ``Store`` on Elasticsearch/OpenSearch, with the ``AlertingStore``, ``AccountsStore``,
    ``ClusteringStore``, ``AuditLogStore`` and ``RetentionStore`` extensions; build it with
    ``from_settings`` or ``open_store``."""

    def __init__(self, client: Any, server: ServerInfo, *, index_prefix: str = "tocsin", refresh: str = "wait_for",
                 languages: list[str] | None = None, shards: int = 1, replicas: int = 1, use_pit: bool = True,
                 url: str = "") -> None:
        self.client = client
        self.server = server
        self.names = IndexNames(index_prefix)
        self.refresh = refresh
        self.use_pit = use_pit
        self.url = url
        self._closed = False
        wanted = languages if languages is not None else ["en", "fr", "ar", "es", "pt", "ru"]
        index_settings = {"number_of_shards": shards, "number_of_replicas": replicas}
        self.languages = ensure_schema(client, self.names, wanted, index_settings)

    @classmethod
    def from_settings(cls, settings: Any) -> ElasticStore:
        """From ``store.StoreSettings`` (backend ``elasticsearch``)."""
        client, server = make_client(settings.url, compatibility=settings.api_compatibility,
                                     username=settings.username, password=settings.password,
                                     api_key=settings.api_key, timeout_s=settings.request_timeout_s,
                                     max_retries=settings.max_retries,
                                     ca_certs=str(settings.ca_certs) if settings.ca_certs else None)
        return cls(client, server, index_prefix=settings.index_prefix, refresh=settings.refresh,
                   languages=list(settings.text_languages), shards=settings.shards, replicas=settings.replicas,
                   url=settings.url)

    def schema_version(self) -> int:
        return SCHEMA_VERSION

    def record_feed_poll(self, capture: Capture, documents: Sequence[Document],
                         state: FeedState | None) -> UpsertResult:
        """One polled feed: its capture, its documents, then (when given) its new conditional-GET state.
        Elasticsearch has no transactions: the state is written last, so a failure before it leaves the
        feed to be fetched in full again, never marked seen without its documents."""
        self.put_capture(capture)
        result = self.upsert_documents(documents) if documents else UpsertResult()
        if state is not None:
            self.put_feed_state(state)
        return result

    def close(self) -> None:
        if not self._closed:
            self.client.close()
        self._closed = True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ElasticStore({self.url!r}, prefix={self.names.prefix!r}, {self.server.distribution} " \
               f"{self.server.version})"
