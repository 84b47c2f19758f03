"""store.copy and ``tocsin store copy``: SQLite -> osmem-server (imitation of the OpenSearch API)
-> SQLite with equal counts, and an interrupted copy that resumes from its checkpoint."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from store import (
    Alert,
    Analysis,
    AuditEntry,
    Capture,
    Document,
    Event,
    FeedState,
    Quarantined,
    Review,
    Signal,
    Snooze,
    Source,
    Store,
    document_id_for,
    sha256_hex,
)
from store.accounts import ExportLogEntry, UserAccount
from store.audit import GENESIS, AuditRecord, verify_chain
from store.copy import copy_store
from store.sqlite import SQLiteStore
from store.sqlite.crawl import ClusterSignature
from tests.store.elastic_fixtures import elastic_settings, osmem_base, osmem_url  # noqa: F401

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def _fill(store: Store, n: int) -> None:
    store.upsert_sources([Source(id="s1", name="S1"), Source(id="s2", name="S2")])
    body = b"<html>captured</html>"
    capture = Capture(id=sha256_hex(body), url="https://e.org/0", fetched_at=T0, status_code=200, size=len(body),
                      content=body)
    store.put_capture(capture)
    docs = [Document(id=document_id_for(f"https://e.org/{i}"), source_id="s1" if i % 3 else "s2",
                     url=f"https://e.org/{i}", canonical_url=f"https://e.org/{i}", title=f"Title {i}",
                     text=f"Report number {i} from the region.", fetched_at=T0,
                     published_at=T0 - timedelta(days=i % 40), country_focus=["SDN"] if i % 2 else ["MMR"],
                     content_hash=sha256_hex(f"doc {i}"), capture_id=capture.id if i == 0 else None,
                     cluster_id=f"c{i // 2}") for i in range(n)]
    for i in range(0, n, 250):
        store.upsert_documents(docs[i:i + 250])
    store.put_analyses([Analysis(document_id=d.id, analyzer="events", version="1", created_at=T0,
                                 countries=d.country_focus) for d in docs[: n // 2]])
    store.upsert_events([Event(id="e1", type="attack", country="SDN", event_date=date(2026, 2, 1),
                               document_ids=[docs[0].id], version="1", updated_at=T0)])
    store.put_signals([Signal(country="SDN", day=date(2026, 2, d), kind="violence_events", value=d)
                       for d in range(1, 4)])
    store.upsert_alert(Alert(id="a1", country="SDN", kind="violence_events", severity="high", opened_at=T0,
                             updated_at=T0, detector="ears_c2", explanation="3 vs 1", evidence_document_ids=[docs[0].id]))
    store.append_audit(AuditEntry(alert_id="a1", at=T0, actor="ana", action="acknowledge"))
    store.append_audit(AuditEntry(alert_id="a1", at=T0 + timedelta(hours=1), actor="bo", action="escalate"))
    store.add_review(Review(id="r1", target_kind="alert", target_id="a1", verdict="confirm", reviewer="ana", at=T0))
    store.append_audit_record(AuditRecord(at=T0, actor="ana", action="export", subject="sdn.csv"))
    store.quarantine(Quarantined(stage="extract", ref="https://e.org/bad", error="boom", at=T0))
    _fill_operations(store, docs)


def _fill_operations(store: Store, docs: list[Document]) -> None:
    """Feed state, health, outbox, snoozes, accounts, exports, cluster signatures."""
    store.upsert_sources([Source(id="s1", name="S1", feeds=["https://e.org/feed", "https://e.org/other"])])
    store.put_feed_state(FeedState(source_id="s1", url="https://e.org/feed", etag='"v7"', polled_at=T0))
    store.record_source_success("s1", T0, 10)
    store.record_source_error("s2", T0 + timedelta(hours=2), "HTTP 503")
    alert = store.get_alert("a1")
    for n, channel in enumerate(("webhook", "email", "slack")):
        store.upsert_alert_notify(alert.model_copy(update={"id": f"a{n}"}), None, [channel], f'{{"n": {n}}}', T0)
    webhook, email, slack = (store.list_outbox(c)[0] for c in ("webhook", "email", "slack"))
    store.mark_notification_delivered(webhook.id, T0 + timedelta(minutes=1))
    store.mark_notification_failed(email.id, "550 no such user", None)
    store.mark_notification_failed(slack.id, "HTTP 500", T0 + timedelta(hours=1))
    store.add_snooze(Snooze("SDN", "*", T0 + timedelta(days=2), "ana", "known", T0))
    store.add_snooze(Snooze("SDN", "*", T0, "bo", "lifted", T0 + timedelta(hours=1)))
    store.upsert_user(UserAccount(username="ana", role="admin", password_hash="scrypt$16384$8$1$aa$bb", created_at=T0))
    for n in range(2):
        store.log_export(ExportLogEntry(at=T0 + timedelta(minutes=n), actor="ana", format="csv", documents=n))
    store.put_cluster_signatures([ClusterSignature(document_id=d.id, cluster_id=d.cluster_id or d.id, at=T0,
                                                   minhash=bytes([i % 256] * 8), version="c1")
                                  for i, d in enumerate(docs[:20])])


def _operations(store: Store) -> dict:
    return {"feed_state": store.get_feed_state("s1", "https://e.org/feed"),
            "health": [(h.source_id, h.last_success_at, h.last_error_at, h.last_error) for h in store.source_health()],
            "outbox": sorted((i.alert_id, i.channel, i.payload, i.delivered_at, i.dead_at is not None, i.last_error,
                              i.next_attempt_at) for i in store.list_outbox()),
            "due": [(i.alert_id, i.channel) for i in store.due_notifications("slack", T0 + timedelta(days=1))],
            "snoozes": store.snooze_history(), "active": store.active_snoozes(T0 + timedelta(hours=2)),
            "users": store.list_users(), "exports": store.list_exports(),
            "signatures": store.cluster_signatures_since()}


def _summary(store: Store) -> dict:
    return {**_operations(store), "documents": store.count_documents(), "by_source": store.count_documents_by_source(),
            "analyses": len(list(store.iter_analyses())), "events": len(store.list_events()),
            "signals": len(store.list_signals()), "alerts": len(store.list_alerts()),
            "audit": [e.actor for e in store.audit_trail("a1")], "reviews": len(store.list_reviews()),
            "sources": [s.id for s in store.list_sources()], "quarantine": len(store.list_quarantine()),
            "pending": len(store.documents_needing_analysis("events", "1", limit=10_000)),
            "chain": [(r.seq, r.record.action, r.hash) for r in store.iter_audit_records()],
            "anchor": store.audit_anchor().hash}


def test_sqlite_to_osmem_and_back(tmp_path: Path, osmem_url: str) -> None:  # noqa: F811
    """Round trip through osmem-server (an imitation of the OpenSearch API, not a real cluster)."""
    from store.elastic import ElasticStore

    src = SQLiteStore(tmp_path / "src.db")
    _fill(src, 600)
    mid = ElasticStore.from_settings(elastic_settings(osmem_url))
    back = SQLiteStore(tmp_path / "back.db")
    report = copy_store(src, mid, state_path=tmp_path / "to-es.json", batch_size=200)
    assert report.copied["documents"] == 600 and report.copied["analyses"] == 300
    assert report.not_copied == {} and report.copied["outbox"] == 3 and report.copied["clusters"] == 20
    copy_store(mid, back, state_path=tmp_path / "to-sqlite.json", batch_size=200)
    expected = _summary(src)
    assert expected["pending"] == 300
    assert _summary(mid) == expected
    assert _summary(back) == expected
    first = document_id_for("https://e.org/0")
    assert back.get_document(first) == src.get_document(first)
    assert back.get_capture(src.get_document(first).capture_id).content == b"<html>captured</html>"
    for s in (src, mid, back):
        s.close()


class _Interrupt(Exception):
    pass


def test_interrupted_copy_resumes(tmp_path: Path) -> None:
    src = SQLiteStore(tmp_path / "src.db")
    _fill(src, 1000)
    dst = SQLiteStore(tmp_path / "dst.db")
    state = tmp_path / "state.json"
    seen: list[int] = []

    def stop_midway(step: str, done: int, total: int | None) -> None:
        if step == "documents" and done >= 400:
            raise _Interrupt

    with pytest.raises(_Interrupt):
        copy_store(src, dst, state_path=state, batch_size=100, progress=stop_midway)
    assert dst.count_documents() == 400

    report = copy_store(src, dst, state_path=state, batch_size=100,
                        progress=lambda step, done, total: seen.append(done) if step == "documents" else None)
    assert report.resumed and report.skipped["documents"] == 400
    assert report.copied["documents"] == 600, "only the rest was copied"
    assert seen[0] == 500
    assert _summary(dst) == _summary(src)
    again = copy_store(src, dst, state_path=state)
    assert again.copied == {}, "a finished copy has nothing left to do"
    assert _summary(dst) == _summary(src), "audit entries are not duplicated"
    chained = len(list(dst.iter_audit_records()))
    copy_store(src, dst)  # without a checkpoint: every step again
    assert _summary(dst) == _summary(src), "a repeated copy adds nothing"
    assert len(list(dst.iter_audit_records())) == chained, "reviews already there are not chained again"
    src.close()
    dst.close()


def test_cli_store_copy_and_info(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tocsin.cli import app

    monkeypatch.chdir(tmp_path)
    src = SQLiteStore(tmp_path / "a.db")
    _fill(src, 50)
    src.close()
    runner = CliRunner()
    result = runner.invoke(app, ["store", "copy", "--from", f"sqlite:{tmp_path / 'a.db'}",
                                 "--to", f"sqlite:{tmp_path / 'b.db'}"])
    assert result.exit_code == 0, result.output
    assert "'documents': 50" in result.output
    info = runner.invoke(app, ["--db", str(tmp_path / "b.db"), "store", "info"])
    assert info.exit_code == 0, info.output
    assert "documents: 50" in info.output
    bad = runner.invoke(app, ["store", "copy", "--from", "mysql:x", "--to", f"sqlite:{tmp_path / 'c.db'}"])
    assert bad.exit_code != 0 and "sqlite:PATH" in bad.output


def test_a_purged_audit_chain_is_carried_from_its_anchor_with_the_same_head(tmp_path: Path,
                                                                             osmem_url: str) -> None:  # noqa: F811
    """The chain after an audited purge verifies on the destination from the same anchor to the same head,
    on SQLite and on osmem-server (an imitation of the OpenSearch API, not a real cluster)."""
    from store.elastic import ElasticStore

    src = SQLiteStore(tmp_path / "src.db")
    _fill(src, 20)
    for n in range(5):
        src.append_audit_record(AuditRecord(at=T0 + timedelta(days=30 + n), actor="bo", action="alert.dismissed",
                                            subject=f"a{n}", details={"reason": "duplicate"}))
    assert src.purge_audit_records(T0 + timedelta(days=20), "admin", "retention", T0 + timedelta(days=40)) == 2
    assert src.audit_anchor().hash != GENESIS
    head = verify_chain(src.iter_audit_records(), src.audit_anchor()).head_hash
    for dst in (SQLiteStore(tmp_path / "dst.db"), ElasticStore.from_settings(elastic_settings(osmem_url))):
        report = copy_store(src, dst)
        assert report.copied["audit_chain"] == 6 and "audit_chain" not in report.not_copied
        carried = verify_chain(dst.iter_audit_records(), dst.audit_anchor(), expect_head=head)
        assert carried.ok and carried.records == 6, carried.problem
        assert _summary(dst)["chain"] == _summary(src)["chain"], "same records, same hashes"
        assert copy_store(src, dst).copied["audit_chain"] == 0, "a repeated copy carries nothing twice"
        dst.close()
    src.close()


def test_a_destination_with_its_own_chain_keeps_it(tmp_path: Path) -> None:
    src = SQLiteStore(tmp_path / "src.db")
    _fill(src, 10)
    dst = SQLiteStore(tmp_path / "dst.db")
    own = dst.append_audit_record(AuditRecord(at=T0, actor="eve", action="export", subject="mine.csv"))
    report = copy_store(src, dst)
    assert "own" in report.not_copied["audit_chain"]
    records = list(dst.iter_audit_records())
    assert records[0] == own, "the destination's records are never rewritten"
    assert [r.record.action for r in records[1:]] == ["review.confirm"], "the copied review is chained there anew"
    assert verify_chain(records, dst.audit_anchor()).ok
    src.close()
    dst.close()
