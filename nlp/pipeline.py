"""The analysis stage: run every configured analyzer over text or stored documents.

An analyzer is anything with ``name``, ``version`` and ``analyze(text, context)``. Offsets in
its spans refer to ``analysis_text(document)``: the title, a blank line, then the body, so a
headline's evidence can be shown too. Analyzers are created by ``make_analyzers`` from settings,
never at import time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from nlp.settings import NlpSettings
from store import Analysis, Document, EventMention, Finding, Quarantined, Span, Store, sha256_hex

__all__ = ["AnalyzeReport", "Analyzer", "AnalyzerOutput", "TextAnalysis", "TextContext", "analysis_text",
           "analyze_document", "analyze_pending", "analyze_text", "make_analyzers", "register_analyzer"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TextContext:
    """What an analyzer may know about a text besides the text itself."""

    language: str | None = None
    published_at: datetime | None = None
    country_focus: tuple[str, ...] = ()
    source_kind: str | None = None
    document_id: str | None = None


class AnalyzerOutput(BaseModel):
    model_config = ConfigDict(frozen=True)

    findings: list[Finding] = Field(default_factory=list)
    events: list[EventMention] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)


class Analyzer(Protocol):
    name: str
    version: str

    def analyze(self, text: str, context: TextContext) -> AnalyzerOutput: ...


class TextAnalysis(BaseModel):
    """The result of every analyzer on one text (``tocsin analyze-text --json``)."""

    model_config = ConfigDict(frozen=True)

    language: str | None
    findings: list[Finding]
    events: list[EventMention]
    countries: list[str]
    versions: dict[str, str]


# name -> factory(settings) -> Analyzer. Rooms register their analyzer in one place: _builtin_factories.
_FACTORIES: dict[str, Callable[[NlpSettings], Analyzer]] = {}


def register_analyzer(name: str, factory: Callable[[NlpSettings], Analyzer]) -> None:
    _FACTORIES[name] = factory


def _builtin_factories() -> dict[str, Callable[[NlpSettings], Analyzer]]:
    factories: dict[str, Callable[[NlpSettings], Analyzer]] = {}
    try:
        from nlp.dehumanization import make_analyzer as make_dehumanization
        factories["dehumanization"] = make_dehumanization
    except ImportError as exc:  # pragma: no cover - only while the room is being built
        log.debug("dehumanization analyzer unavailable: %s", exc)
    try:
        from nlp.events import make_analyzer as make_events
        factories["events"] = make_events
    except ImportError as exc:  # pragma: no cover
        log.debug("events analyzer unavailable: %s", exc)
    return {**factories, **_FACTORIES}


def make_analyzers(settings: NlpSettings) -> list[Analyzer]:
    factories = _builtin_factories()
    missing = [n for n in settings.analyzers if n not in factories]
    if missing:
        raise ValueError(f"unknown analyzer(s) {missing} in nlp.analyzers; available: {sorted(factories)}")
    return [factories[name](settings) for name in settings.analyzers]


def analysis_text(document: Document) -> str:
    return f"{document.title}\n\n{document.text}" if document.title else document.text


def detect_language(text: str) -> str | None:
    from ingest.langid import identify_language  # ingest owns language ID

    return identify_language(text).language


def analyze_text(text: str, analyzers: Sequence[Analyzer], context: TextContext | None = None) -> TextAnalysis:
    context = context or TextContext()
    if context.language is None:
        context = TextContext(language=detect_language(text), published_at=context.published_at,
                              country_focus=context.country_focus, source_kind=context.source_kind,
                              document_id=context.document_id)
    findings: list[Finding] = []
    events: list[EventMention] = []
    countries: list[str] = []
    for analyzer in analyzers:
        out = analyzer.analyze(text, context)
        findings.extend(out.findings)
        events.extend(out.events)
        countries.extend(c for c in out.countries if c not in countries)
    return TextAnalysis(language=context.language, findings=findings, events=events, countries=countries,
                        versions={a.name: a.version for a in analyzers})


def analyze_document(document: Document, analyzer: Analyzer, source_kind: str | None = None) -> Analysis:
    context = TextContext(language=document.language, published_at=document.published_at or document.fetched_at,
                          country_focus=tuple(document.country_focus), source_kind=source_kind,
                          document_id=document.id)
    out = analyzer.analyze(analysis_text(document), context)
    return Analysis(document_id=document.id, analyzer=analyzer.name, version=analyzer.version,
                    language=document.language, countries=out.countries,
                    findings=[_finding_with_document(f, document.id) for f in out.findings],
                    events=[e.model_copy(update={"evidence": _span_in(e.evidence, document.id)}) for e in out.events])


def _span_in(span: Span, document_id: str) -> Span:
    return span if span.document_id == document_id else span.model_copy(update={"document_id": document_id})


def _finding_with_document(finding: Finding, document_id: str) -> Finding:
    """Stamp every evidence span with its document, so merged events and exports can trace it back."""
    speaker = finding.speaker
    if speaker is not None and speaker.evidence is not None:
        speaker = speaker.model_copy(update={"evidence": _span_in(speaker.evidence, document_id)})
    return finding.model_copy(update={"sentence": _span_in(finding.sentence, document_id),
                                      "evidence": [_span_in(s, document_id) for s in finding.evidence],
                                      "speaker": speaker})


@dataclass
class AnalyzeReport:
    analysed: dict[str, int] = field(default_factory=dict)
    findings: int = 0
    events: int = 0
    quarantined: int = 0


def analyze_pending(store: Store, analyzers: Sequence[Analyzer], batch_size: int = 64,
                    on_batch: Callable[[int], None] | None = None) -> AnalyzeReport:
    """Analyse every stored document that lacks an analysis by each analyzer at its current version.

    A document an analyzer fails on is quarantined (stage ``analyze:<name>``) with an empty
    analysis recorded, so it is not retried forever and nothing is silently dropped.
    """
    report = AnalyzeReport()
    kinds = {s.id: s.kind.value for s in store.list_sources()}
    for analyzer in analyzers:
        done = 0
        while batch := store.documents_needing_analysis(analyzer.name, analyzer.version, limit=batch_size):
            results: list[Analysis] = []
            for doc in batch:
                try:
                    results.append(analyze_document(doc, analyzer, kinds.get(doc.source_id)))
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop the stage
                    log.exception("analyzer %s failed on document %s", analyzer.name, doc.id)
                    store.quarantine(Quarantined(stage=f"analyze:{analyzer.name}", ref=doc.id,
                                                 error=f"{type(exc).__name__}: {exc}",
                                                 digest=sha256_hex(analysis_text(doc))))
                    report.quarantined += 1
                    results.append(Analysis(document_id=doc.id, analyzer=analyzer.name, version=analyzer.version,
                                            language=doc.language))
            store.put_analyses(results)
            report.findings += sum(len(a.findings) for a in results)
            report.events += sum(len(a.events) for a in results)
            done += len(batch)
            if on_batch:
                on_batch(len(batch))
        report.analysed[analyzer.name] = done
        log.info("analyzer %s@%s analysed %d documents", analyzer.name, analyzer.version, done)
    return report
