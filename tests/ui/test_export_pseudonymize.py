"""The Export view's "Pseudonymize person names" option: names in stored documents (spaCy PERSON
entities and attributed speakers) never reach the exported bytes when it is checked, do when it is
not, and the export is audited either way (hash chain records how names were treated). Open to every
role, like exports."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from store import Analysis, Document, Finding, Span, Speaker, document_id_for, sha256_hex
from store.sqlite import SQLiteStore
from ui.auth import Role

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")
NAME = "Musa Hilal"
TITLE = "Militia leader speaks in Geneina"
TEXT = f"{NAME} told the crowd that the Masalit are cockroaches. Reporters saw Fatima Adam leave the square."


def _add_named_document(path: Path) -> str:
    url = "https://news.example.org/sdn/named"
    at = datetime(2026, 1, 3, 9, tzinfo=UTC)
    doc = Document(id=document_id_for(url), source_id="demo-news", url=url, canonical_url=url, title=TITLE,
                   text=TEXT, language="en", published_at=at, fetched_at=at,
                   content_hash=sha256_hex(TITLE + "\n" + TEXT), country_focus=["SDN"])
    full = f"{TITLE}\n\n{TEXT}"
    start = full.index("cockroaches")
    finding = Finding(labels=["dehumanization"], sentence=Span(start=0, end=len(full), label="sentence", text=full),
                      target_groups=["Masalit"], categories=["vermin_insects"],
                      evidence=[Span(start=start, end=start + 11, label="dehumanization", text="cockroaches")],
                      speaker=Speaker(name=NAME, role="militia"), score=0.9)
    with SQLiteStore(path) as store:
        store.upsert_documents([doc])
        store.put_analyses([Analysis(document_id=doc.id, analyzer="dehumanization", version="t1", language="en",
                                     findings=[finding], countries=["SDN"])])
    return doc.id


def _export(role: Role, pseudonymize: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    import streamlit as st

    monkeypatch.setenv("TOCSIN_UI__ANONYMOUS_ROLE", role.name.lower())
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("views/export.py").run()
    before = set((tmp_path / "var" / "exports").glob("*.jsonl"))
    at.selectbox(key="export_format").select("jsonl")
    at.checkbox(key="export_pseudonymize").set_value(pseudonymize)
    button = next(b for b in at.button if b.label == "Export")
    assert not button.disabled, f"{role.name} cannot export"
    button.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    written = set((tmp_path / "var" / "exports").glob("*.jsonl")) - before
    assert len(written) == 1, written
    return written.pop()


@pytest.mark.parametrize("role", [Role.VIEWER, Role.ANALYST, Role.ADMIN], ids=lambda r: r.name.lower())
def test_pseudonymize_checkbox_removes_person_names(ui_db, monkeypatch, tmp_path, role: Role) -> None:
    path, _ = ui_db
    doc_id = _add_named_document(path)
    out = _export(role, True, monkeypatch, tmp_path)
    raw = out.read_bytes()
    assert NAME.encode() not in raw and b"Hilal" not in raw and b"Fatima Adam" not in raw
    record = next(r for r in map(json.loads, raw.decode("utf-8").splitlines()) if r["id"] == doc_id)
    assert record["findings"][0]["speaker"]["name"].startswith("Person-")
    assert record["text"].startswith(record["findings"][0]["speaker"]["name"])  # same pseudonym in text and field
    assert "cockroaches" in record["text"]  # only names are replaced
    for span in record["spans"]:  # offsets remapped onto the pseudonymized text
        assert record["analysis_text"][span["start"]:span["end"]] == span["text"]
    card = json.loads(Path(f"{out}.datacard.json").read_text(encoding="utf-8"))
    assert card["pseudonymized"].startswith("per-export random key")
    with SQLiteStore(path) as store:
        chained = list(store.iter_audit_records())[-1].record
    assert chained.action == "export" and chained.actor == "local" and chained.details["pseudonymized"]


def test_names_kept_when_unchecked_and_key_from_environment(ui_db, monkeypatch, tmp_path) -> None:
    path, _ = ui_db
    _add_named_document(path)
    plain = _export(Role.VIEWER, False, monkeypatch, tmp_path).read_bytes()
    assert NAME.encode() in plain and b"Fatima Adam" in plain
    with SQLiteStore(path) as store:
        assert list(store.iter_audit_records())[-1].record.details["pseudonymized"] is None
    monkeypatch.setenv("TOCSIN_PSEUDONYM_KEY", "a configured secret for the test")
    first = _export(Role.VIEWER, True, monkeypatch, tmp_path)
    second = _export(Role.VIEWER, True, monkeypatch, tmp_path)
    assert NAME.encode() not in first.read_bytes()
    assert first.read_bytes() == second.read_bytes()  # configured key: the same pseudonyms in every export
    assert b"a configured secret" not in first.read_bytes()
    card = json.loads(Path(f"{first}.datacard.json").read_text(encoding="utf-8"))
    assert card["pseudonymized"].startswith("configured key")
