"""File writers for ``ui.export`` (each takes an iterator of document records and a path), and the
pseudonymization of person names applied to records before any writer sees them."""

from __future__ import annotations

import csv
import functools
import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["WRITERS", "Pseudonymizer", "neutralize_formula"]

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


# --- pseudonymization of person names ------------------------------------------------------------

_PERSON_LABELS = {"PERSON", "PER"}  # en_core_web_sm, fr_core_news_sm


@functools.cache
def _pipelines() -> Any:
    """spaCy pipelines, loaded on the first pseudonymized export and kept for the next ones."""
    from nlp.spacy_pipelines import PipelineCache

    return PipelineCache()


class Pseudonymizer:
    """Replaces person names with stable keyed pseudonyms (``Person-<10 hex>`` = HMAC-SHA256 of the name).

    Names are spaCy PERSON/PER entities (English and French models) and the speakers our analyzers
    attributed statements to (any language). With a configured secret key (environment only) a name
    gets the same pseudonym in every export and format; without one, a random key is drawn for the
    export, so pseudonyms are consistent within that export only and cannot be linked across exports.
    Evidence offsets are remapped so they still point at the right text."""

    def __init__(self, secret: str | None = None) -> None:
        self.key = secret.encode("utf-8") if secret else secrets.token_bytes(32)
        self.key_kind = "configured key: stable across exports" if secret else \
            "per-export random key: stable within this export only"

    def pseudonym(self, name: str) -> str:
        normalized = " ".join(name.casefold().split())
        return "Person-" + hmac.new(self.key, normalized.encode("utf-8"), hashlib.sha256).hexdigest()[:10]

    def _person_spans(self, text: str, language: str | None, speakers: set[str]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        if language in ("en", "fr") and text:
            doc = _pipelines().get(language)(text)
            spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _PERSON_LABELS]
        for name in speakers:
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
        kept: list[tuple[int, int]] = []
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
            if not kept or start >= kept[-1][1]:
                kept.append((start, end))
        return kept

    def apply(self, record: dict[str, Any]) -> dict[str, Any]:
        """Pseudonymize one export record (``ui.export.document_records``) in place and return it."""
        speakers = {f["speaker"]["name"] for f in record["findings"] if (f.get("speaker") or {}).get("name")}
        for f in record["findings"]:
            if (f.get("speaker") or {}).get("name"):
                f["speaker"]["name"] = self.pseudonym(f["speaker"]["name"])
        if "analysis_text" not in record:  # rehydration mode: no text, only names in fields
            return record
        text, title = record["analysis_text"], record.get("title") or ""
        replacements = [(s, e, self.pseudonym(text[s:e])) for s, e in self._person_spans(text, record["language"],
                                                                                         speakers)]
        if title:  # a name never straddles the title/body boundary
            replacements = [r for r in replacements if r[1] <= len(title) or r[0] >= len(title) + 2]
        new_text = _replace(text, replacements)
        for span in _all_spans(record):
            span["start"], span["end"] = _moved(span["start"], replacements, False), _moved(span["end"], replacements, True)
            if span.get("text"):
                span["text"] = new_text[span["start"]:span["end"]]
        record["analysis_text"] = new_text
        if title:
            cut = _moved(len(title), replacements, True)
            record["title"], record["text"] = new_text[:cut], new_text[cut + 2:]
        else:
            record["text"] = new_text
        return record


def _replace(text: str, replacements: list[tuple[int, int, str]]) -> str:
    parts, last = [], 0
    for start, end, new in replacements:
        parts += [text[last:start], new]
        last = end
    return "".join(parts) + text[last:]


def _moved(offset: int, replacements: list[tuple[int, int, str]], is_end: bool) -> int:
    """Where ``offset`` lands after the replacements; inside a replaced name it snaps to the pseudonym's edge."""
    shift = 0
    for start, end, new in replacements:
        if offset <= start:
            break
        if offset >= end:
            shift += len(new) - (end - start)
            continue
        return start + shift + (len(new) if is_end else 0)
    return offset + shift


def _all_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    spans = list(record["spans"])
    for f in record["findings"]:
        spans += [f["sentence"], *f["evidence"]]
        if (f.get("speaker") or {}).get("evidence"):
            spans.append(f["speaker"]["evidence"])
    spans += [e["evidence"] for e in record["events"]]
    return [s for s in spans if isinstance(s, dict)]
