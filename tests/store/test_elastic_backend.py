"""What only the Elasticsearch backend promises: media-type compatibility, monthly indices behind
an alias, per-item bulk outcomes with dead letters, 429 backoff, timelines.

Server: osmem-server (an in-memory imitation of the OpenSearch API; an API-level check, not a
substitute for a real cluster) and, for 429 handling, a scripted HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from store import BackendUnavailable, Document, document_id_for, open_store, sha256_hex
from store.elastic.bulk import BulkAction, run_bulk
from store.elastic.client import make_client
from tests.store.elastic_fixtures import elastic_settings, osmem_base, osmem_store, osmem_url  # noqa: F401


def _doc(i: int, published: datetime, country: str = "SDN") -> Document:
    url = f"https://e.org/{i}"
    return Document(id=document_id_for(url), source_id="s", url=url, canonical_url=url, title=f"t{i}",
                    text=f"body {i}", fetched_at=published, published_at=published, country_focus=[country],
                    content_hash=sha256_hex(f"{i}"))


def test_opensearch_needs_plain_json_and_auto_finds_it(osmem_url: str) -> None:  # noqa: F811
    client, server = make_client(osmem_url, compatibility="elasticsearch-9", username=None, password=None,
                                 api_key=None, timeout_s=10, max_retries=0)
    assert server.is_opensearch
    with pytest.raises(Exception, match="406|not supported"):
        client.indices.create(index="x", mappings={"properties": {"a": {"type": "keyword"}}})
    client, _ = make_client(osmem_url, compatibility="auto", username=None, password=None, api_key=None,
                            timeout_s=10, max_retries=0)
    assert client.indices.create(index="x")["acknowledged"]


def test_unreachable_cluster_says_what_to_do() -> None:
    with pytest.raises(BackendUnavailable, match="TOCSIN_STORE__URL"):
        open_store(elastic_settings("http://127.0.0.1:9", request_timeout_s=2))


def test_monthly_indices_behind_one_alias(osmem_store) -> None:  # noqa: F811
    docs = [_doc(1, datetime(2026, 2, 10, tzinfo=UTC)), _doc(2, datetime(2026, 3, 5, tzinfo=UTC))]
    assert osmem_store.upsert_documents(docs).inserted == 2
    indices = {i["index"] for i in osmem_store.client.cat.indices(format="json")}
    assert {"tocsin-documents-2026.02", "tocsin-documents-2026.03"} <= indices
    assert [d.id for d in osmem_store.iter_documents()] == [d.id for d in docs]
    changed = docs[0].model_copy(update={"text": "new body", "content_hash": sha256_hex("new")})
    assert osmem_store.upsert_documents([changed]).updated == 1
    assert osmem_store.count_documents() == 2 and osmem_store.get_document(changed.id).text == "new body"
    assert osmem_store.upsert_documents(docs[1:]).unchanged == 1, "a replayed batch is harmless"


def test_bulk_keeps_good_items_and_dead_letters_bad_ones(osmem_store) -> None:  # noqa: F811
    good = _doc(1, datetime(2026, 3, 1, tzinfo=UTC))
    index = osmem_store.names.documents_for(good.fetched_at)
    actions = [BulkAction("create", index, good.id, {**good.model_dump(mode="json"), "seq": 1}),
               BulkAction("create", index, "bad", {"no_such_field": 1}),
               BulkAction("create", index, good.id, {**good.model_dump(mode="json"), "seq": 1})]
    outcome = osmem_store.bulk(actions)
    assert [a.id for a, _ in outcome.written] == [good.id]
    assert [a.id for a in outcome.conflicts] == [good.id], "a replayed create is a conflict, not a failure"
    assert [a.id for a, _ in outcome.failed] == ["bad"]
    quarantined = osmem_store.list_quarantine(f"store:{index}")
    assert [q.ref for q in quarantined] == ["bad"] and "strict" in quarantined[0].error
    letters = osmem_store.client.search(index=osmem_store.names.dead_letter)["hits"]["hits"]
    assert json.loads(letters[0]["_source"]["payload"]) == {"no_such_field": 1}


class _Scripted(BaseHTTPRequestHandler):
    """Answers like an Elasticsearch node; the first _bulk rejects its second item with 429."""

    bulks: ClassVar[list[list[dict]]] = []

    def log_message(self, *args) -> None:
        pass

    def _send(self, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._send({"version": {"number": "9.1.0"}, "tagline": "You Know, for Search"})

    def do_POST(self) -> None:
        lines = [json.loads(x) for x in self.rfile.read(int(self.headers["Content-Length"])).splitlines() if x]
        heads = lines[0::2]
        type(self).bulks.append(heads)
        statuses = [201, 429] if len(type(self).bulks) == 1 else [201] * len(heads)
        self._send({"errors": 429 in statuses, "items": [
            {"create": {"_id": h["create"]["_id"], "status": s,
                        **({"error": {"type": "es_rejected_execution_exception", "reason": "queue full"}}
                           if s == 429 else {})}} for h, s in zip(heads, statuses, strict=True)]})

    do_PUT = do_POST  # the client sends _bulk as PUT


def test_items_rejected_with_429_are_retried_with_backoff() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        client, info = make_client(url, compatibility="auto", username=None, password=None, api_key=None,
                                   timeout_s=5, max_retries=0)
        assert info.major == 9
        actions = [BulkAction("create", "i", "a", {"x": 1}), BulkAction("create", "i", "b", {"x": 2})]
        outcome = run_bulk(client, actions, backoff_s=0.01)
        assert sorted(a.id for a, _ in outcome.written) == ["a", "b"] and not outcome.failed
        assert [[h["create"]["_id"] for h in b] for b in _Scripted.bulks] == [["a", "b"], ["b"]]
    finally:
        server.shutdown()
        server.server_close()


def test_timeline_counts_every_day(osmem_store) -> None:  # noqa: F811
    days = [datetime(2026, 3, d, 12, tzinfo=UTC) for d in (1, 1, 3)]
    osmem_store.upsert_documents([_doc(i, at) for i, at in enumerate(days)] +
                                 [_doc(9, datetime(2026, 3, 2, tzinfo=UTC), country="MMR")])
    assert osmem_store.timeline("SDN", "documents", date(2026, 3, 1), date(2026, 3, 4)) == [
        (date(2026, 3, 1), 2), (date(2026, 3, 2), 0), (date(2026, 3, 3), 1), (date(2026, 3, 4), 0)]
    with pytest.raises(ValueError, match="unknown timeline kind"):
        osmem_store.timeline("SDN", "nope", date(2026, 3, 1), date(2026, 3, 4))


def test_indices_of_an_older_schema_are_upgraded_in_place(osmem_url: str) -> None:  # noqa: F811
    from store.elastic import ElasticStore
    from store.elastic.schema import SCHEMA_VERSION

    first = ElasticStore.from_settings(elastic_settings(osmem_url))
    first.upsert_documents([_doc(1, datetime(2026, 3, 1, tzinfo=UTC))])
    first.client.indices.delete(index=[first.names.outbox, first.names.audit_log])  # what schema 1 lacked
    first.client.index(index=first.names.meta, id="schema", refresh=True,
                       document={"key": "schema", "data": {"version": 1, "languages": ["en"]}})
    first.close()
    again = ElasticStore.from_settings(elastic_settings(osmem_url))
    assert again.client.indices.exists(index=again.names.outbox)
    assert again.client.get(index=again.names.meta, id="schema")["_source"]["data"]["version"] == SCHEMA_VERSION
    assert again.languages == ["en"] and again.count_documents() == 1, "data and languages are kept"
    assert again.list_outbox() == [] and list(again.iter_audit_records()) == []
    again.close()
