"""Open the configured backend. Configuration is passed in; nothing here reads the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from store.errors import BackendUnavailable
from store.protocol import Store

__all__ = ["StoreSettings", "open_store"]


class StoreSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    backend: Literal["sqlite", "elasticsearch"] = Field("sqlite", description="storage backend")
    path: Path = Field(Path("var/tocsin.db"), description="SQLite database file (sqlite backend)")
    synchronous: Literal["FULL", "NORMAL"] = Field(
        "FULL", description="SQLite durability: FULL survives power loss, NORMAL only a process crash")
    url: str | None = Field(None, description="Elasticsearch URL (elasticsearch backend); env TOCSIN_STORE__URL")
    index_prefix: str = Field("tocsin", description="Elasticsearch index name prefix")
    username: str | None = Field(None, description="Elasticsearch user; from the environment only")
    password: str | None = Field(None, description="Elasticsearch password; from the environment only", repr=False)
    api_key: str | None = Field(None, description="Elasticsearch API key; from the environment only", repr=False)
    api_compatibility: Literal["auto", "elasticsearch-9", "elasticsearch-8", "plain-json"] = Field(
        "auto", description="media type the Elasticsearch client sends: auto asks the server; plain-json for "
        "OpenSearch (which rejects compatible-with headers)")
    refresh: Literal["wait_for", "true", "false"] = Field(
        "wait_for", description="Elasticsearch refresh on writes: wait_for makes a write visible to the next search")
    text_languages: list[str] = Field(
        default_factory=lambda: ["en", "fr", "ar", "es", "pt", "ru"],
        description="languages indexed with their own Elasticsearch analyzer (text.<lang> multi-fields)")
    shards: int = Field(1, ge=1, description="primary shards per new Elasticsearch index")
    replicas: int = Field(1, ge=0, description="replicas per new Elasticsearch index (1 on a three-node cluster)")
    request_timeout_s: float = Field(30.0, gt=0, description="Elasticsearch request timeout in seconds")
    max_retries: int = Field(5, ge=0, description="Elasticsearch retries on 429/502/503/504 and timeouts, with backoff")
    ca_certs: Path | None = Field(None, description="CA bundle to verify the Elasticsearch TLS certificate")


def open_store(settings: StoreSettings) -> Store:
    if settings.backend == "sqlite":
        from store.sqlite import SqliteOptions, SQLiteStore

        return SQLiteStore(settings.path, SqliteOptions(synchronous=settings.synchronous))
    if settings.backend == "elasticsearch":
        try:
            from store.elastic import ElasticStore  # type: ignore[import-not-found]
        except ImportError as exc:
            raise BackendUnavailable(
                "the elasticsearch backend is not available in this build; set store.backend = \"sqlite\"") from exc
        if not settings.url:
            raise BackendUnavailable("store.backend is elasticsearch but no URL is set; set TOCSIN_STORE__URL")
        return ElasticStore.from_settings(settings)
    raise BackendUnavailable(f"unknown store backend {settings.backend!r}; use 'sqlite' or 'elasticsearch'")
