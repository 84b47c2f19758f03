"""Index names, templates and mappings, and creating them on first use.

Documents live in monthly indices ``<prefix>-documents-YYYY.MM`` (month of ``published_at``,
else ``fetched_at``), created from an index template that also adds them to the read alias
``<prefix>-documents``. Everything else is small enough for one index per record class.
Text is indexed once with a language-neutral folding analyzer (lowercase + ASCII folding, so
``incendie`` finds ``incendié``) and once per configured language as a multi-field
(``text.en`` with the ``english`` analyzer, ``text.fr`` with ``french``...).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from store.errors import BackendUnavailable, SchemaError

__all__ = ["LANGUAGE_ANALYZERS", "SCHEMA_VERSION", "IndexNames", "ensure_schema"]

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3  # 2: indices of the extension protocols (alerting, accounts, clustering); 3: audit chain

# ISO 639-1 -> built-in analyzer of Elasticsearch/OpenSearch.
LANGUAGE_ANALYZERS = {
    "en": "english", "fr": "french", "ar": "arabic", "es": "spanish", "pt": "portuguese", "ru": "russian",
    "de": "german", "it": "italian", "tr": "turkish", "hi": "hindi", "fa": "persian", "id": "indonesian",
}

_KW = {"type": "keyword"}
_DATE = {"type": "date"}
_OPAQUE = {"type": "object", "enabled": False}


@dataclass(frozen=True)
class IndexNames:
    prefix: str

    def __getattr__(self, name: str) -> str:  # sources, analyses, claims... -> "<prefix>-<name>"
        if name.startswith("_"):
            raise AttributeError(name)
        return f"{self.prefix}-{name.replace('_', '-')}"

    def documents_for(self, when: datetime) -> str:
        return f"{self.prefix}-documents-{when:%Y.%m}"


def _text(languages: list[str]) -> dict[str, Any]:
    fields = {lang: {"type": "text", "analyzer": LANGUAGE_ANALYZERS[lang]} for lang in languages}
    return {"type": "text", "analyzer": "folding", "fields": fields}


def document_mappings(languages: list[str]) -> dict[str, Any]:
    text = _text(languages)
    return {"dynamic": "strict", "properties": {
        "id": _KW, "source_id": _KW, "url": _KW, "canonical_url": _KW, "title": text, "text": text,
        "summary": {"type": "text", "analyzer": "folding"}, "language": _KW, "language_score": {"type": "float"},
        "published_at": _DATE, "fetched_at": _DATE, "day": _DATE, "content_hash": _KW, "capture_id": _KW,
        "cluster_id": _KW, "country_focus": _KW, "seq": {"type": "long"}, "analyzed": _KW}}


_FOLDING = {"analysis": {"analyzer": {"folding": {"type": "custom", "tokenizer": "standard",
                                                  "filter": ["lowercase", "asciifolding"]}}}}


def _record(properties: dict[str, Any]) -> dict[str, Any]:
    """A record index: a few searchable keys, the full record as an opaque ``data`` object."""
    return {"dynamic": "strict", "properties": {**properties, "data": _OPAQUE, "seq": {"type": "long"}}}


def fixed_indices() -> dict[str, dict[str, Any]]:
    """Mappings of every non-time-based index, by name suffix."""
    return {
        "meta": _record({"key": _KW}),
        "sources": _record({"id": _KW}),
        "source-health": _record({"source_id": _KW}),
        "feed-state": _record({"source_id": _KW, "url": _KW}),
        "captures": {"dynamic": "strict", "properties": {
            "id": _KW, "url": _KW, "fetched_at": _DATE, "status_code": {"type": "integer"}, "headers": _OPAQUE,
            "size": {"type": "long"}, "content": {"type": "binary"}}},
        "hashes": {"dynamic": "strict", "properties": {"document_id": _KW}},
        "analyses": _record({"key": _KW, "document_id": _KW, "analyzer": _KW, "version": _KW, "marker": _KW,
                             "created_at": _DATE, "day": _DATE, "countries": _KW, "n_findings": {"type": "integer"},
                             "n_events": {"type": "integer"}}),
        "events": _record({"id": _KW, "country": _KW, "event_date": _DATE, "type": _KW}),
        "signals": _record({"key": _KW, "country": _KW, "day": _DATE, "kind": _KW, "value": {"type": "double"}}),
        "alerts": _record({"id": _KW, "country": _KW, "kind": _KW, "status": _KW, "updated_at": _DATE}),
        "audit": _record({"alert_id": _KW}),
        "reviews": _record({"id": _KW, "target_kind": _KW, "at": _DATE}),
        "quarantine": _record({"stage": _KW}),
        "dead-letter": {"dynamic": "strict", "properties": {
            "index": _KW, "doc_id": _KW, "error": {"type": "text"}, "at": _DATE,
            "payload": {"type": "keyword", "index": False, "doc_values": False}}},
        "claims": {"dynamic": "strict", "properties": {
            "task": _KW, "document_id": _KW, "worker_id": _KW, "claimed_at": _DATE, "expires_at": _DATE}},
        **extension_indices(),
    }


def extension_indices() -> dict[str, dict[str, Any]]:
    """Indices of the extension protocols (schema 2): alerting facts, outbox, snoozes, accounts, clusters."""
    fact = {"document_id": _KW, "country": _KW, "day": _DATE, "story": _KW}
    return {
        "alert-dirty": {"dynamic": "strict", "properties": {"document_id": _KW}},
        "alert-doc-facts": {"dynamic": "strict", "properties": fact},
        "alert-finding-facts": {"dynamic": "strict", "properties": {
            **fact, "idx": {"type": "integer"}, "eliminationist": {"type": "boolean"}, "official": {"type": "boolean"},
            "score": {"type": "double"}, "severity": {"type": "double"}}},
        "alert-mention-facts": {"dynamic": "strict", "properties": {
            **fact, "idx": {"type": "integer"}, "type": _KW, "fatalities": {"type": "long"},
            "score": {"type": "double"}}},
        "outbox": {"dynamic": "strict", "properties": {
            "item_id": {"type": "long"}, "alert_id": _KW, "channel": _KW, "idempotency_key": _KW,
            "payload": {"type": "keyword", "index": False, "doc_values": False}, "attempts": {"type": "integer"},
            "created_at": _DATE, "next_attempt_at": _DATE, "delivered_at": _DATE, "dead_at": _DATE,
            "last_error": {"type": "keyword", "index": False, "doc_values": False}, "seq": {"type": "long"}}},
        "snoozes": _record({"country": _KW, "kind": _KW}),
        "users": _record({"username": _KW}),
        "export-log": _record({"actor": _KW}),
        "cluster-signatures": _record({"document_id": _KW, "at": _DATE}),
        "audit-log": _record({"at": _DATE, "actor": _KW, "action": _KW, "subject": _KW, "prev_hash": _KW,
                              "hash": _KW}),
    }


_MISSING_ANALYZER = re.compile(r"analyzer \[([a-z]+)\] (?:has not been configured|not found)")


def usable_languages(client: Any, names: IndexNames, wanted: list[str], shards: dict[str, Any]) -> list[str]:
    """The configured languages whose analyzer this server has: probe with a throwaway index."""
    unknown = [lang for lang in wanted if lang not in LANGUAGE_ANALYZERS]
    if unknown:
        raise SchemaError(f"store.text_languages has {unknown}; supported: {sorted(LANGUAGE_ANALYZERS)}")
    languages = list(wanted)
    import uuid

    probe = f"{names.prefix}-probe-{uuid.uuid4().hex[:8]}"
    for _ in range(len(languages) + 1):
        try:
            client.indices.create(index=probe, settings={**_FOLDING, **shards},
                                  mappings=document_mappings(languages))
        except Exception as exc:
            missing = _MISSING_ANALYZER.search(str(exc))
            if not missing or "resource_already_exists" in str(exc):
                raise
            drop = [lang for lang in languages if LANGUAGE_ANALYZERS[lang] == missing.group(1)]
            log.warning("this server lacks the %s analyzer; text in %s is searched with the folding analyzer only",
                        missing.group(1), drop)
            languages = [lang for lang in languages if lang not in drop]
            continue
        client.indices.delete(index=probe)
        return languages
    raise BackendUnavailable("could not create a documents index on this server; check the server log")


def _create_index(client: Any, index: str, **body: Any) -> None:
    """Create an index unless another process just did."""
    try:
        client.indices.create(index=index, **body)
    except Exception as exc:
        if "resource_already_exists" not in str(exc):
            raise


def stored_schema(client: Any, names: IndexNames) -> dict[str, Any] | None:
    if not client.indices.exists(index=names.meta):
        return None
    found = client.options(ignore_status=404).get(index=names.meta, id="schema")
    return found["_source"]["data"] if found.get("found") else None


def ensure_schema(client: Any, names: IndexNames, languages: list[str], shards: dict[str, Any]) -> list[str]:
    """Create templates and indices that are missing; check the stored schema version.
    Returns the languages indexed with their own analyzer."""
    stored = stored_schema(client, names)
    if stored is not None:
        if stored["version"] > SCHEMA_VERSION:
            raise SchemaError(f"the indices under prefix {names.prefix!r} were made by a newer Tocsin (schema "
                              f"{stored['version']} > {SCHEMA_VERSION}); upgrade Tocsin or use another index_prefix")
        if stored["version"] < SCHEMA_VERSION:
            _create_fixed(client, names, shards)  # an upgrade only adds indices
            _store_schema(client, names, list(stored["languages"]))
            log.info("upgraded the indices under prefix %r to schema %d", names.prefix, SCHEMA_VERSION)
        return list(stored["languages"])
    languages = usable_languages(client, names, languages, shards)
    client.indices.put_index_template(
        name=f"{names.prefix}-documents", index_patterns=[f"{names.prefix}-documents-*"], priority=100,
        template={"settings": {**_FOLDING, **shards}, "mappings": document_mappings(languages),
                  "aliases": {names.documents: {}}})
    _create_fixed(client, names, shards)
    # an always-present member of the read alias, so reads work before the first document
    if not client.indices.exists(index=f"{names.documents}-empty"):
        _create_index(client, f"{names.documents}-empty")
    _store_schema(client, names, languages)
    return languages


def _create_fixed(client: Any, names: IndexNames, shards: dict[str, Any]) -> None:
    for suffix, mappings in fixed_indices().items():
        index = f"{names.prefix}-{suffix}"
        if not client.indices.exists(index=index):
            _create_index(client, index, settings=shards, mappings=mappings)


def _store_schema(client: Any, names: IndexNames, languages: list[str]) -> None:
    client.index(index=names.meta, id="schema", refresh=True,
                 document={"key": "schema", "data": {"version": SCHEMA_VERSION, "languages": languages}})
