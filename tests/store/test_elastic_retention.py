"""Retention purges on Elasticsearch (osmem-server: an in-memory imitation of the OpenSearch API,
an API-level check, not a real cluster): the same scenario and the same outcome as on SQLite
(tests/store/test_retention.py)."""

from __future__ import annotations

from store.audit import verify_chain
from store.retention import RetentionSettings, purge
from tests.store.elastic_fixtures import osmem_base, osmem_store, osmem_url  # noqa: F401
from tests.store.test_retention import NOW, SETTINGS, _fill


def test_purge_on_elasticsearch_keeps_ids_links_and_labels(osmem_store, make_document) -> None:  # noqa: F811
    store = osmem_store
    _fill(store, make_document)
    dry = purge(store, SETTINGS, NOW, actor="root", dry_run=True)
    assert dry.counts == {"captures": 1, "document_text": 1, "analysis_text": 1, "dismissed_alerts": 1,
                          "quarantine": 1}
    assert dry.audit_seq is None and store.get_capture("c0").content == b"<p>"
    store.upsert_alert_notify(store.get_alert("al0"), None, ["webhook"], "{}", NOW)
    report = purge(store, SETTINGS, NOW, actor="root")
    assert report.counts == dry.counts and report.audit_seq == 1
    old, recent = (make_document(url=f"https://x.org/{i}", text=f"General Kharuun called them rats. Report {i}.")
                   for i in (0, 1))
    capture = store.get_capture("c0")
    assert capture.content is None and capture.size == 4
    assert store.get_capture("c1").content == b"<p>"
    doc = store.get_document(old.id)
    assert (doc.title, doc.text) == ("", "") and doc.url == old.url and doc.content_hash == old.content_hash
    assert [h.document.id for h in store.search("Kharuun")] == [recent.id]
    finding = store.get_analyses(old.id)[0].findings[0]
    assert finding.evidence[0].text == "" and finding.evidence[0].start == 28 and finding.speaker.name is None
    assert store.get_analyses(recent.id)[0].findings[0].speaker.name == "General Kharuun"
    assert [a.id for a in store.list_alerts()] == ["al1"] and store.list_outbox() == []
    assert len(store.list_quarantine()) == 1
    again = purge(store, SETTINGS, NOW, actor="root")
    assert set(again.counts.values()) == {0}
    chain = list(store.iter_audit_records())
    assert [r.record.action for r in chain] == ["retention.purge", "retention.purge"]
    assert verify_chain(chain, store.audit_anchor()).ok


def test_unset_classes_are_kept_forever(osmem_store, make_document) -> None:  # noqa: F811
    _fill(osmem_store, make_document)
    assert purge(osmem_store, RetentionSettings(quarantine_days=30), NOW, actor="root").counts == {"quarantine": 1}
    assert osmem_store.get_capture("c0").content == b"<p>"
