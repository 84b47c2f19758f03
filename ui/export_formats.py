"""File writers for ``ui.export``: each takes an iterator of document records and a path."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["WRITERS", "neutralize_formula"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ["id", "url", "source_id", "language", "published_at", "fetched_at", "content_hash", "countries",
               "title", "text", "labels", "target_groups", "categories", "event_types", "n_findings", "n_events",
               "spans", "reviews"]


def neutralize_formula(value: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would evaluate as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    findings, events = record["findings"], record["events"]
    return {
        "id": record["id"], "url": record["url"], "source_id": record["source_id"],
        "language": record["language"] or "", "published_at": record["published_at"] or "",
        "fetched_at": record["fetched_at"], "content_hash": record["content_hash"],
        "countries": ";".join(record["countries"]), "title": record.get("title", ""), "text": record.get("text", ""),
        "labels": ";".join(sorted({lb for f in findings for lb in f["labels"]})),
        "target_groups": ";".join(sorted({g for f in findings for g in f["target_groups"]})),
        "categories": ";".join(sorted({c for f in findings for c in f["categories"]})),
        "event_types": ";".join(sorted({e["type"] for e in events})),
        "n_findings": len(findings), "n_events": len(events),
        "spans": json.dumps(record["spans"], ensure_ascii=False),
        "reviews": json.dumps(record["reviews"], ensure_ascii=False)}


def write_jsonl(records: Iterable[dict[str, Any]], path: Path, rehydrate: bool) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(records: Iterable[dict[str, Any]], path: Path, rehydrate: bool) -> None:
    columns = [c for c in CSV_COLUMNS if not (rehydrate and c in ("title", "text"))]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            row = _flat(record)
            writer.writerow({k: neutralize_formula(v) if isinstance(v, str) else v for k, v in row.items()})


_SPAN_FIELDS = (("start", "int64"), ("end", "int64"), ("label", "string"), ("text", "string"),
                ("score", "float64"), ("producer", "string"), ("analyzer", "string"), ("kind", "string"))


def _parquet_schema(rehydrate: bool) -> Any:
    import pyarrow as pa

    types = {"int64": pa.int64(), "string": pa.string(), "float64": pa.float64()}
    span = pa.struct([(n, types[t]) for n, t in _SPAN_FIELDS if not (rehydrate and n == "text")])
    fields = [(c, pa.int64() if c.startswith("n_") else pa.string()) for c in CSV_COLUMNS
              if c not in ("spans",) and not (rehydrate and c in ("title", "text"))]
    return pa.schema([*fields, ("spans", pa.list_(span)), ("findings", pa.string()), ("events", pa.string())])


def write_parquet(records: Iterable[dict[str, Any]], path: Path, rehydrate: bool, batch: int = 2000) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema(rehydrate)
    span_names = [f.name for f in schema.field("spans").type.value_type]
    with pq.ParquetWriter(str(path), schema) as writer:
        rows: list[dict[str, Any]] = []
        for record in records:
            row = _flat(record)
            row["spans"] = [{n: s.get(n) for n in span_names} for s in record["spans"]]
            row["findings"] = json.dumps(record["findings"], ensure_ascii=False)
            row["events"] = json.dumps(record["events"], ensure_ascii=False)
            rows.append({f.name: row.get(f.name) for f in schema})
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def _blank(language: str | None, cache: dict[str, Any]) -> Any:
    import spacy

    code = language or "xx"
    if code not in cache:
        try:
            cache[code] = spacy.blank(code)
        except (ImportError, KeyError, ValueError):  # a language spaCy has no tokenizer for
            cache[code] = cache.get("xx") or spacy.blank("xx")
    return cache[code]


def write_docbin(records: Iterable[dict[str, Any]], path: Path, rehydrate: bool) -> None:
    """spaCy DocBin: the analysed text with every span in ``doc.spans["sc"]`` (overlaps allowed)."""
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=True)
    blanks: dict[str, Any] = {}
    for record in records:
        nlp = _blank(record["language"], blanks)
        doc = nlp.make_doc(record["analysis_text"])
        spans = [doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="expand")
                 for s in record["spans"]]
        doc.spans["sc"] = [s for s in spans if s is not None]
        doc.user_data["tocsin"] = {"id": record["id"], "url": record["url"], "source_id": record["source_id"],
                                   "published_at": record["published_at"], "countries": record["countries"]}
        docbin.add(doc)
    docbin.to_disk(path)


def _labelstudio_task(record: dict[str, Any]) -> dict[str, Any]:
    results = [{"id": f"s{i}", "from_name": "label", "to_name": "text", "type": "labels",
                "value": {"start": s["start"], "end": s["end"], "text": s.get("text", ""), "labels": [s["label"]]},
                "score": s.get("score")} for i, s in enumerate(record["spans"])]
    versions = ",".join(f"{k}@{v}" for k, v in sorted(record["analyzers"].items()))
    return {"data": {"text": record["analysis_text"], "id": record["id"], "url": record["url"],
                     "source_id": record["source_id"], "published_at": record["published_at"],
                     "countries": record["countries"]},
            "predictions": [{"model_version": versions or "none", "result": results}]}


def write_labelstudio(records: Iterable[dict[str, Any]], path: Path, rehydrate: bool) -> None:
    """Label Studio JSON tasks (a list), spans as pre-annotations on the ``text`` field."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write("[\n")
        for i, record in enumerate(records):
            fh.write((",\n" if i else "") + json.dumps(_labelstudio_task(record), ensure_ascii=False))
        fh.write("\n]\n")


WRITERS: dict[str, Callable[[Iterator[dict[str, Any]], Path, bool], None]] = {
    "jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet, "docbin": write_docbin,
    "labelstudio": write_labelstudio}
