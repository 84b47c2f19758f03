"""Export the annotated corpus for a filter: JSONL, CSV, Parquet, spaCy DocBin, Label Studio JSON.

Used by the Export view and by ``tocsin export``; no Streamlit here. Every export writes a data
card beside the file (``<out>.datacard.json`` and ``.md``). The rehydration mode keeps only ids,
URLs, content hashes and offsets (no title, text or span text) for copyright-restricted sources;
DocBin and Label Studio need the text, so they refuse it. CSV cells that a spreadsheet would run
as a formula (starting with = + - @ tab or CR) get a leading apostrophe. Person names can be
replaced by keyed pseudonyms (``Pseudonymizer``), consistently in every format. Every export is
recorded in the export log and in the hash-chained audit log (with the file's sha256).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from nlp.pipeline import analysis_text
from store import Document, DocumentFilter, Review, Store, utc_now
from store.accounts import ExportLogEntry
from store.audit import AuditLogStore, AuditRecord
from ui.export_formats import WRITERS, Pseudonymizer, neutralize_formula

__all__ = [
    "FORMATS",
    "DataCard",
    "ExportFilter",
    "ExportFormat",
    "Pseudonymizer",
    "document_records",
    "export_corpus",
    "neutralize_formula",
]

log = logging.getLogger(__name__)

ExportFormat = Literal["jsonl", "csv", "parquet", "docbin", "labelstudio"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "docbin", "labelstudio")
_NEEDS_TEXT = ("docbin", "labelstudio")


class ExportFilter(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    countries: tuple[str, ...] = ()
    day_from: date | None = Field(None, description="published on or after this day (UTC)")
    day_to: date | None = Field(None, description="published on or before this day (UTC)")
    rehydrate: bool = Field(False, description="URLs, hashes and offsets only: no text")

    def document_filter(self) -> DocumentFilter:
        start = datetime.combine(self.day_from, time(), UTC) if self.day_from else None
        end = datetime.combine(self.day_to + timedelta(days=1), time(), UTC) if self.day_to else None
        return DocumentFilter(countries=list(self.countries) or None, published_from=start, published_to=end)


class DataCard(BaseModel):
    model_config = ConfigDict(frozen=True)

    created_at: datetime
    format: str
    filter: ExportFilter
    documents: int
    findings: int
    events: int
    spans: int
    reviews: int
    published_from: str | None
    published_to: str | None
    languages: dict[str, int]
    sources: dict[str, int]
    analyzers: dict[str, int] = Field(description="analyzer@version -> documents analysed")
    component_versions: dict[str, list[str]] = Field(description="lexicon, rule and model versions seen")
    offsets: str = "character offsets into title + blank line + text (nlp.analysis_text)"
    rehydrate: bool
    pseudonymized: str | None = Field(None, description="how person names were pseudonymized, if they were")

    def markdown(self) -> str:
        lines = [f"# Data card: Tocsin export ({self.format})", "", f"- created: {self.created_at.isoformat()}",
                 f"- filter: {self.filter.model_dump_json()}", f"- documents: {self.documents}",
                 (f"- findings: {self.findings}, events: {self.events}, spans: {self.spans}, "
                  f"reviews: {self.reviews}"),
                 f"- published: {self.published_from} .. {self.published_to}",
                 f"- languages: {json.dumps(self.languages)}", f"- sources: {json.dumps(self.sources)}",
                 f"- analyzers: {json.dumps(self.analyzers)}",
                 f"- component versions: {json.dumps(self.component_versions)}", f"- offsets: {self.offsets}",
                 f"- rehydration mode: {'yes: no text included, fetch it from the URLs' if self.rehydrate else 'no'}",
                 f"- person names: {('pseudonymized, ' + self.pseudonymized) if self.pseudonymized else 'as published'}"]
        return "\n".join(lines) + "\n"


def _reviews_by_document(store: Store) -> dict[str, list[Review]]:
    out: dict[str, list[Review]] = {}
    for review in store.list_reviews():
        if review.target_kind in ("finding", "event", "span"):
            out.setdefault(review.target_id.split(":", 1)[0], []).append(review)
    return out


def _record(store: Store, doc: Document, reviews: list[Review], rehydrate: bool) -> dict[str, Any]:
    analyses = store.get_analyses(doc.id)
    spans: list[dict[str, Any]] = []
    for a in analyses:
        for f in a.findings:
            spans.extend({**s.model_dump(mode="json"), "analyzer": a.analyzer, "kind": "finding"} for s in f.evidence)
        spans.extend({**e.evidence.model_dump(mode="json"), "label": e.type, "analyzer": a.analyzer, "kind": "event"}
                     for e in a.events)
    findings = [f.model_dump(mode="json") for a in analyses for f in a.findings]
    events = [e.model_dump(mode="json") for a in analyses for e in a.events]
    record: dict[str, Any] = {
        "id": doc.id, "url": doc.url, "canonical_url": doc.canonical_url, "source_id": doc.source_id,
        "language": doc.language, "published_at": doc.published_at.isoformat() if doc.published_at else None,
        "fetched_at": doc.fetched_at.isoformat(), "content_hash": doc.content_hash, "capture_id": doc.capture_id,
        "countries": sorted({*doc.country_focus, *(c for a in analyses for c in a.countries)}),
        "analyzers": {a.analyzer: a.version for a in analyses},
        "spans": spans, "findings": findings, "events": events,
        "reviews": [r.model_dump(mode="json") for r in reviews]}
    if rehydrate:
        for item in [*spans, *(s for f in findings for s in [f["sentence"], *f["evidence"]]),
                     *(e["evidence"] for e in events)]:
            item.pop("text", None)
        for f in findings:
            if f.get("speaker") and f["speaker"].get("evidence"):
                f["speaker"]["evidence"].pop("text", None)
    else:
        record["title"], record["text"] = doc.title, doc.text
        record["analysis_text"] = analysis_text(doc)
    return record


def document_records(store: Store, flt: ExportFilter,
                     pseudonymizer: Pseudonymizer | None = None) -> Iterator[dict[str, Any]]:
    """One JSON-ready record per matching document, with its findings, events, spans and reviews
    (person names replaced by keyed pseudonyms when a ``pseudonymizer`` is given)."""
    reviews = _reviews_by_document(store)
    for doc in store.iter_documents(flt.document_filter()):
        record = _record(store, doc, reviews.get(doc.id, []), flt.rehydrate)
        yield pseudonymizer.apply(record) if pseudonymizer is not None else record


class _CardBuilder:
    def __init__(self) -> None:
        self.counts = {"documents": 0, "findings": 0, "events": 0, "spans": 0, "reviews": 0}
        self.languages: dict[str, int] = {}
        self.sources: dict[str, int] = {}
        self.analyzers: dict[str, int] = {}
        self.versions: dict[str, set[str]] = {}
        self.days: list[str] = []

    def add(self, record: dict[str, Any]) -> None:
        self.counts["documents"] += 1
        for key in ("findings", "events", "spans", "reviews"):
            self.counts[key] += len(record[key])
        lang = record["language"] or "unknown"
        self.languages[lang] = self.languages.get(lang, 0) + 1
        self.sources[record["source_id"]] = self.sources.get(record["source_id"], 0) + 1
        for name, version in record["analyzers"].items():
            key = f"{name}@{version}"
            self.analyzers[key] = self.analyzers.get(key, 0) + 1
        for item in [*record["findings"], *record["events"]]:
            for name, version in item.get("versions", {}).items():
                self.versions.setdefault(name, set()).add(version)
        if record["published_at"]:
            self.days.append(record["published_at"][:10])

    def card(self, fmt: str, flt: ExportFilter, pseudonymized: str | None = None) -> DataCard:
        return DataCard(created_at=utc_now(), format=fmt, filter=flt, **self.counts,
                        published_from=min(self.days, default=None), published_to=max(self.days, default=None),
                        languages=self.languages, sources=self.sources, analyzers=self.analyzers,
                        component_versions={k: sorted(v) for k, v in self.versions.items()},
                        rehydrate=flt.rehydrate, pseudonymized=pseudonymized)


def _chain_export(store: Store, entry: ExportLogEntry, out: Path, pseudonymized: str | None) -> None:
    """Exports go to the hash-chained audit log too (who took which data out, and its digest)."""
    if not isinstance(store, AuditLogStore):
        log.warning("%s has no audit chain: export of %s logged in the export log only", type(store).__name__, out)
        return
    details = entry.model_dump(mode="json", exclude={"at", "actor", "path"})
    details["sha256"] = _file_digest(out)
    details["pseudonymized"] = pseudonymized
    store.append_audit_record(AuditRecord(at=entry.at, actor=entry.actor, action="export", subject=str(out),
                                          details=details))


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def export_corpus(store: Store, fmt: str, out: Path, flt: ExportFilter, actor: str = "cli",
                  on_progress: Callable[[int, int], None] | None = None,
                  pseudonymizer: Pseudonymizer | None = None) -> DataCard:
    """Write the corpus for ``flt`` to ``out`` in ``fmt`` plus its data card; log the export (export log and
    hash-chained audit log). With a ``pseudonymizer``, person names are replaced in every format."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if flt.rehydrate and fmt in _NEEDS_TEXT:
        raise ValueError(f"{fmt} needs the text; use --format jsonl, csv or parquet with --rehydrate")
    total = store.count_documents(flt.document_filter())
    builder = _CardBuilder()

    def counted() -> Iterator[dict[str, Any]]:
        for record in document_records(store, flt, pseudonymizer):
            builder.add(record)
            if on_progress and (builder.counts["documents"] % 100 == 0 or builder.counts["documents"] == total):
                on_progress(builder.counts["documents"], total)
            yield record

    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    WRITERS[fmt](counted(), partial, flt.rehydrate)
    os.replace(partial, out)
    card = builder.card(fmt, flt, pseudonymizer.key_kind if pseudonymizer is not None else None)
    out.with_name(out.name + ".datacard.json").write_text(card.model_dump_json(indent=2), encoding="utf-8")
    out.with_name(out.name + ".datacard.md").write_text(card.markdown(), encoding="utf-8")
    entry = ExportLogEntry(actor=actor, format=fmt, countries=list(flt.countries), day_from=flt.day_from,
                           day_to=flt.day_to, rehydrate=flt.rehydrate, documents=card.documents, path=str(out))
    store.log_export(entry)
    _chain_export(store, entry, out, card.pseudonymized)
    log.info("exported %d documents as %s to %s", card.documents, fmt, out)
    return card
