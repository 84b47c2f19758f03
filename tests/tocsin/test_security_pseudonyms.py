"""Pseudonymized exports: person names replaced by keyed pseudonyms, consistently in every format,
offsets still pointing at the right text; the data card and the audit chain say how it was done."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

from store import Analysis, Document, Finding, Span, Speaker, document_id_for, sha256_hex
from store.sqlite import SQLiteStore
from ui.export import ExportFilter, Pseudonymizer, export_corpus

TITLE = "Kharuun threatens the Masalit"
BODY = ("General Kharuun told a rally in Geneina that the Masalit are cockroaches. "
        "Amina Mohammed of the United Nations condemned the speech.")


def _store(path: Path) -> tuple[SQLiteStore, str]:
    store = SQLiteStore(path)
    url = "https://news.example.org/k"
    doc = Document(id=document_id_for(url), source_id="wire", url=url, canonical_url=url, title=TITLE, text=BODY,
                   language="en", fetched_at=datetime(2026, 1, 2, tzinfo=UTC), content_hash=sha256_hex(BODY),
                   country_focus=["SDN"])
    store.upsert_documents([doc])
    text = f"{TITLE}\n\n{BODY}"
    term = text.index("cockroaches")
    name = text.index("General Kharuun")
    sentence_end = text.index("cockroaches.") + len("cockroaches.")
    finding = Finding(labels=["dehumanization"], score=0.9, target_groups=["Masalit"],
                      sentence=Span(start=name, end=sentence_end, label="sentence", text=text[name:sentence_end]),
                      evidence=[Span(start=term, end=term + 11, label="dehumanization", text="cockroaches")],
                      speaker=Speaker(name="Kharuun", role="military", is_official=True,
                                      evidence=Span(start=name, end=name + 15, label="speaker", text=text[name:name + 15])))
    store.put_analyses([Analysis(document_id=doc.id, analyzer="dehumanization", version="t", language="en",
                                 findings=[finding])])
    return store, doc.id


def _jsonl(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


def test_names_are_replaced_and_offsets_still_point_at_the_evidence(tmp_path: Path) -> None:
    store, _ = _store(tmp_path / "p.db")
    pseudo = Pseudonymizer("export-secret")
    card = export_corpus(store, "jsonl", tmp_path / "out.jsonl", ExportFilter(), actor="jo", pseudonymizer=pseudo)
    record = _jsonl(tmp_path / "out.jsonl")
    dumped = json.dumps(record)
    assert "Kharuun" not in dumped and "Amina Mohammed" not in dumped, "no person name may remain"
    assert pseudo.pseudonym("Kharuun") in record["title"] and pseudo.pseudonym("Amina Mohammed") in record["text"]
    text = record["analysis_text"]
    assert text == f"{record['title']}\n\n{record['text']}"
    for span in record["spans"] + [record["findings"][0]["sentence"], record["findings"][0]["speaker"]["evidence"]]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert [s["text"] for s in record["spans"]] == ["cockroaches"]
    assert record["findings"][0]["speaker"]["name"] == pseudo.pseudonym("Kharuun")
    assert "Masalit" in text, "group names are not person names: they stay"
    assert card.pseudonymized and "stable across exports" in card.pseudonymized
    chained = list(store.iter_audit_records())[-1].record
    assert chained.action == "export" and chained.details["pseudonymized"] == card.pseudonymized
    store.close()


def test_same_key_same_pseudonyms_across_formats_and_exports(tmp_path: Path) -> None:
    store, _ = _store(tmp_path / "p.db")
    export_corpus(store, "jsonl", tmp_path / "a.jsonl", ExportFilter(), pseudonymizer=Pseudonymizer("k1"))
    export_corpus(store, "csv", tmp_path / "b.csv", ExportFilter(), pseudonymizer=Pseudonymizer("k1"))
    export_corpus(store, "jsonl", tmp_path / "c.jsonl", ExportFilter(), pseudonymizer=Pseudonymizer("k2"))
    row = next(csv.DictReader((tmp_path / "b.csv").open(encoding="utf-8")))
    assert _jsonl(tmp_path / "a.jsonl")["text"] == row["text"]
    assert _jsonl(tmp_path / "a.jsonl")["text"] != _jsonl(tmp_path / "c.jsonl")["text"], "another key, other names"
    store.close()


def test_without_a_key_each_export_gets_its_own_random_key(tmp_path: Path) -> None:
    store, _ = _store(tmp_path / "p.db")
    one = export_corpus(store, "jsonl", tmp_path / "a.jsonl", ExportFilter(), pseudonymizer=Pseudonymizer(None))
    export_corpus(store, "jsonl", tmp_path / "b.jsonl", ExportFilter(), pseudonymizer=Pseudonymizer(None))
    assert "per-export random key" in one.pseudonymized
    first, second = _jsonl(tmp_path / "a.jsonl"), _jsonl(tmp_path / "b.jsonl")
    assert "Kharuun" not in first["text"] and first["text"] != second["text"], "exports cannot be linked"
    assert "per-export random key" in (tmp_path / "a.jsonl.datacard.md").read_text(encoding="utf-8")
    store.close()


def test_rehydration_export_pseudonymizes_speaker_fields(tmp_path: Path) -> None:
    store, _ = _store(tmp_path / "p.db")
    export_corpus(store, "jsonl", tmp_path / "r.jsonl", ExportFilter(rehydrate=True),
                  pseudonymizer=Pseudonymizer("k1"))
    assert "Kharuun" not in (tmp_path / "r.jsonl").read_text(encoding="utf-8")
    store.close()


def test_cli_export_pseudonymize_flag(tmp_path: Path, monkeypatch) -> None:
    """``tocsin export --pseudonymize`` reaches the same pseudonymizer, keyed from the environment."""
    from typer.testing import CliRunner

    from tocsin.cli import app

    store, _ = _store(tmp_path / "t.db")
    store.close()
    monkeypatch.setenv("TOCSIN_PSEUDONYM_KEY", "k" * 32)
    outs = []
    for flag in (["--pseudonymize"], []):
        out = tmp_path / f"out{len(outs)}.jsonl"
        result = CliRunner().invoke(app, ["--db", str(tmp_path / "t.db"), "export", "--format", "jsonl",
                                          "--out", str(out), *flag])
        assert result.exit_code == 0, result.output
        outs.append(out.read_text(encoding="utf-8"))
    pseudonym = Pseudonymizer("k" * 32).pseudonym("Kharuun")
    assert "Kharuun" not in outs[0] and pseudonym in outs[0]
    assert "Kharuun" in outs[1]
