"""Export round trips for every format, the data card, rehydration and CSV formula neutralization."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from store import Review
from store.sqlite import SQLiteStore
from tests.ui.conftest import PAYLOAD, build_store
from ui.export import ExportFilter, export_corpus, neutralize_formula


@pytest.fixture
def store(tmp_path: Path):
    build_store(tmp_path / "x.db")
    s = SQLiteStore(tmp_path / "x.db")
    yield s
    s.close()


def _export(store, tmp_path, fmt, **flt):
    out = tmp_path / f"out.{fmt}"
    progress: list[tuple[int, int]] = []
    card = export_corpus(store, fmt, out, ExportFilter(**flt), on_progress=lambda d, t: progress.append((d, t)))
    assert progress[-1] == (card.documents, card.documents)
    return out, card


def test_jsonl_round_trip_with_offsets_and_reviews(store, tmp_path):
    doc_id = store.list_alerts()[0].evidence_document_ids[0]
    store.add_review(Review(id="r1", target_kind="finding", target_id=f"{doc_id}:dehumanization@t1:finding:0",
                            verdict="confirm", reviewer="ana"))
    out, card = _export(store, tmp_path, "jsonl")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == card.documents == 6
    for r in records:
        for span in r["spans"]:
            assert r["analysis_text"][span["start"]:span["end"]] == span["text"]
    assert sum(len(r["reviews"]) for r in records) == card.reviews == 1
    assert pd.read_json(out, lines=True).shape[0] == 6


def test_filters_country_and_days(store, tmp_path):
    _, card = _export(store, tmp_path, "jsonl", countries=("MMR",))
    assert card.documents == 2 and card.sources == {"demo-news": 2}
    _, card = _export(store, tmp_path, "jsonl", day_from=date(2026, 1, 2), day_to=date(2026, 1, 3))
    assert card.documents == 2 and (card.published_from, card.published_to) == ("2026-01-02", "2026-01-03")


def test_data_card_contents(store, tmp_path):
    out, _ = _export(store, tmp_path, "jsonl")
    saved = json.loads(Path(f"{out}.datacard.json").read_text(encoding="utf-8"))
    assert saved["documents"] == 6 and saved["findings"] == 6 and saved["events"] == 5
    assert saved["languages"] == {"en": 6} and saved["analyzers"] == {"dehumanization@t1": 6}
    assert saved["component_versions"]["lexicon"] == ["en:2025.1"]
    assert saved["published_from"] == "2026-01-01" and saved["published_to"] == "2026-01-06"
    assert "documents: 6" in Path(f"{out}.datacard.md").read_text(encoding="utf-8")
    assert store.list_exports()[0].documents == 6


def test_csv_round_trip_neutralizes_formulas(store, tmp_path, make_document):
    evil = make_document(url="https://news.example.org/evil", title="=HYPERLINK(\"http://x\")", text="@SUM(A1)",
                         country_focus=["SDN"])
    store.upsert_documents([evil])
    out, _ = _export(store, tmp_path, "csv")
    frame = pd.read_csv(out, keep_default_na=False)
    row = frame[frame["id"] == evil.id].iloc[0]
    assert row["title"] == "'=HYPERLINK(\"http://x\")" and row["text"] == "'@SUM(A1)"
    assert PAYLOAD in set(frame["title"].str.replace("Payload ", "", regex=False))
    assert json.loads(frame[frame["n_findings"] > 0].iloc[0]["spans"])[0]["label"] == "dehumanization"
    for cell in ("-1+2", "+x", "\tx", "\rx", "=x", "@x"):
        assert neutralize_formula(cell) == "'" + cell
    assert neutralize_formula("plain") == "plain"


def test_parquet_round_trip(store, tmp_path):
    out, _ = _export(store, tmp_path, "parquet")
    table = pq.read_table(out)
    assert table.num_rows == 6
    spans = table.column("spans").to_pylist()
    assert all(s["label"] for row in spans for s in row) and sum(len(r) for r in spans) == 11


def test_docbin_round_trip(store, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    out, _ = _export(store, tmp_path, "docbin")
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("en").vocab))
    assert len(docs) == 6
    labels = {s.label_ for d in docs for s in d.spans["sc"]}
    assert labels == {"dehumanization", "violence_against_civilians"}
    assert any(s.text == "cockroaches" for d in docs for s in d.spans["sc"])
    assert docs[0].user_data["tocsin"]["url"].startswith("https://news.example.org/")


def test_labelstudio_structure(store, tmp_path):
    out, _ = _export(store, tmp_path, "labelstudio")
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert len(tasks) == 6
    for task in tasks:
        text = task["data"]["text"]
        for result in task["predictions"][0]["result"]:
            assert result["type"] == "labels" and result["to_name"] == "text"
            v = result["value"]
            assert text[v["start"]:v["end"]] == v["text"] and len(v["labels"]) == 1


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_rehydration_has_no_text(store, tmp_path, fmt):
    out, card = _export(store, tmp_path, fmt, rehydrate=True)
    raw = out.read_bytes()
    assert b"cockroaches" not in raw and b"commander" not in raw and b"Report 1" not in raw
    assert b"https://news.example.org/" in raw and card.rehydrate


@pytest.mark.parametrize("fmt", ["docbin", "labelstudio"])
def test_rehydration_refused_where_text_is_needed(store, tmp_path, fmt):
    with pytest.raises(ValueError, match="needs the text"):
        export_corpus(store, fmt, tmp_path / "x", ExportFilter(rehydrate=True))
    assert not (tmp_path / "x").exists()


def test_unknown_format(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export_corpus(store, "xlsx", tmp_path / "x", ExportFilter())
