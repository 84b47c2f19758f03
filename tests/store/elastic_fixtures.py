"""Fixtures for the Elasticsearch backend tests.

Two kinds of server:
- ``osmem-server`` (a PyPI package bundling an in-memory imitation of the OpenSearch API),
  started once per session on 127.0.0.1; each test gets a fresh copy-on-write clone. It is an
  imitation, not a substitute for a real cluster: it checks that we speak the API, nothing more.
- a real Elasticsearch at ``TOCSIN_ES_URL`` (skipped when unset), with a fresh index prefix
  per test whose indices are deleted afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from store.factory import StoreSettings


def osmem_available() -> str | None:
    """Why osmem-server cannot run here, or None when it can."""
    try:
        from osmem_server import resolve_binary

        resolve_binary()
    except Exception as exc:  # noqa: BLE001 - missing package or binary: skip with the reason
        return f"osmem-server is not usable here ({exc}); pip install osmem-server"
    return None


@pytest.fixture(scope="session")
def osmem_base():
    reason = osmem_available()
    if reason:
        pytest.skip(reason)
    from osmem_server import OsmemServer

    from store.elastic import ElasticStore

    server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
    # create the templates and indices once: every clone starts from them (a store opens in ~0.1 s, not ~1 s)
    ElasticStore.from_settings(elastic_settings(server.url)).close()
    yield server
    server.close()


@pytest.fixture
def osmem_url(osmem_base) -> Iterator[str]:
    clone = osmem_base.clone()
    yield clone.url
    clone.close()


def elastic_settings(url: str, prefix: str = "tocsin", **fields) -> StoreSettings:
    return StoreSettings(backend="elasticsearch", url=url, index_prefix=prefix, replicas=0, **fields)


@pytest.fixture
def osmem_store(osmem_url: str) -> Iterator:
    from store.elastic import ElasticStore

    store = ElasticStore.from_settings(elastic_settings(osmem_url))
    yield store
    store.close()


@pytest.fixture
def real_es_store() -> Iterator:
    from store.elastic import ElasticStore

    url = os.environ.get("TOCSIN_ES_URL")
    if not url:
        pytest.skip("set TOCSIN_ES_URL (e.g. http://127.0.0.1:9200) to run the contract on a real Elasticsearch")
    prefix = f"tocsin-test-{uuid.uuid4().hex[:8]}"
    store = ElasticStore.from_settings(elastic_settings(
        url, prefix, username=os.environ.get("TOCSIN_ES_USERNAME"), password=os.environ.get("TOCSIN_ES_PASSWORD")))
    yield store
    store.client.indices.delete(index=f"{prefix}-*", ignore_unavailable=True)
    store.client.indices.delete_index_template(name=f"{prefix}-documents")
    store.close()
