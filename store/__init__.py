"""store: the spine of Tocsin. Data model, ``Store`` protocol, backends.

Exceptions (``store.errors``)::

    StoreError
    ├── SchemaError
    ├── StoreClosedError
    ├── BackendUnavailable
    └── RecordNotFound
"""

from store.errors import BackendUnavailable, RecordNotFound, SchemaError, StoreClosedError, StoreError
from store.factory import StoreSettings, open_store
from store.models import (
    Alert,
    AlertStatus,
    Analysis,
    AuditEntry,
    Capture,
    Count,
    CrawlConfig,
    Document,
    DocumentFilter,
    Event,
    EventMention,
    FeedState,
    Finding,
    OutboxItem,
    Quarantined,
    Review,
    SearchHit,
    Signal,
    SignalValue,
    Snooze,
    Source,
    SourceHealth,
    SourceKind,
    Span,
    Speaker,
    UpsertResult,
    document_id_for,
    sha256_hex,
    utc_now,
)
from store.protocol import AccountsStore, AlertingStore, ClusteringStore, Store

__all__ = [
    "AccountsStore",
    "Alert",
    "AlertStatus",
    "AlertingStore",
    "Analysis",
    "AuditEntry",
    "BackendUnavailable",
    "Capture",
    "ClusteringStore",
    "Count",
    "CrawlConfig",
    "Document",
    "DocumentFilter",
    "Event",
    "EventMention",
    "FeedState",
    "Finding",
    "OutboxItem",
    "Quarantined",
    "RecordNotFound",
    "Review",
    "SchemaError",
    "SearchHit",
    "Signal",
    "SignalValue",
    "Snooze",
    "Source",
    "SourceHealth",
    "SourceKind",
    "Span",
    "Speaker",
    "Store",
    "StoreClosedError",
    "StoreError",
    "StoreSettings",
    "UpsertResult",
    "document_id_for",
    "open_store",
    "sha256_hex",
    "utc_now",
]
