"""The store contract on the Elasticsearch backend.

``TestOsmemImitationContract`` runs it against osmem-server, an in-memory imitation of the
OpenSearch API: an API-level check, not a substitute for a real cluster.
``TestRealElasticsearchContract`` runs it against a real cluster when ``TOCSIN_ES_URL`` is set.
"""

from __future__ import annotations

import pytest

from tests.store.contract import StoreContract
from tests.store.elastic_fixtures import osmem_base, osmem_store, osmem_url, real_es_store  # noqa: F401


class TestOsmemImitationContract(StoreContract):
    """Contract on osmem-server (imitation of the OpenSearch API; API-level check only)."""

    @pytest.fixture
    def store(self, osmem_store):  # noqa: F811
        return osmem_store


class TestRealElasticsearchContract(StoreContract):
    """Contract on a real Elasticsearch at TOCSIN_ES_URL."""

    @pytest.fixture
    def store(self, real_es_store):  # noqa: F811
        return real_es_store
