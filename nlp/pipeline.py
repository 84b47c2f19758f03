"""The analysis stage: run every configured analyzer over text or stored documents.

An analyzer is anything with ``name``, ``version`` and ``analyze(text, context)``. Offsets in
its spans refer to ``analysis_text(document)``: the title, a blank line, then the body, so a
headline's evidence can be shown too. Analyzers are created by ``make_analyzers`` from settings,
never at import time.

Across cores: ``AnalyzerPool(settings, workers=2)`` starts worker processes that each build the
analyzers once; its ``analyzers`` stand in for local ones, and ``analyze_pending`` hands them
whole batches, which the pool spreads over its workers. Store reads, writes and quarantine stay
in the calling process.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, Self

from pydantic import BaseModel, ConfigDict, Field

from nlp.settings import NlpSettings
from store import Analysis, Document, EventMention, Finding, Quarantined, Span, Store, sha256_hex

__all__ = ["AnalysisFailure", "AnalyzeReport", "Analyzer", "AnalyzerOutput", "AnalyzerPool", "PooledAnalyzer",
           "TextAnalysis", "TextContext", "analysis_text", "analyze_document", "analyze_pending", "analyze_text",
           "make_analyzers", "register_analyzer"]

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


@dataclass(frozen=True)
class AnalysisFailure:
    """An analyzer raised on a document; the caller quarantines it."""

    document_id: str
    error: str


def _analyze_or_fail(doc: Document, analyzer: Analyzer, source_kind: str | None) -> Analysis | AnalysisFailure:
    try:
        return analyze_document(doc, analyzer, source_kind)
    except Exception as exc:  # one bad document must not stop the stage
        log.exception("analyzer %s failed on document %s", analyzer.name, doc.id)
        return AnalysisFailure(document_id=doc.id, error=f"{type(exc).__name__}: {exc}")


def _analyze_batch(analyzer: Analyzer, batch: Sequence[Document],
                   kinds: Sequence[str | None]) -> list[Analysis | AnalysisFailure]:
    if isinstance(analyzer, PooledAnalyzer):
        return analyzer.analyze_documents(batch, kinds)
    return [_analyze_or_fail(doc, analyzer, kind) for doc, kind in zip(batch, kinds, strict=True)]


def analyze_pending(store: Store, analyzers: Sequence[Analyzer], batch_size: int = 64,
                    on_batch: Callable[[int], None] | None = None) -> AnalyzeReport:
    """Analyse every stored document that lacks an analysis by each analyzer at its current version.

    A document an analyzer fails on is quarantined (stage ``analyze:<name>``) with an empty
    analysis recorded, so it is not retried forever and nothing is silently dropped. With the
    ``analyzers`` of an ``AnalyzerPool``, each batch is analysed across the pool's processes.
    """
    report = AnalyzeReport()
    kinds = {s.id: s.kind.value for s in store.list_sources()}
    for analyzer in analyzers:
        done = 0
        while batch := store.documents_needing_analysis(analyzer.name, analyzer.version, limit=batch_size):
            by_id = {doc.id: doc for doc in batch}
            results: list[Analysis] = []
            for outcome in _analyze_batch(analyzer, batch, [kinds.get(doc.source_id) for doc in batch]):
                if isinstance(outcome, AnalysisFailure):
                    doc = by_id[outcome.document_id]
                    store.quarantine(Quarantined(stage=f"analyze:{analyzer.name}", ref=doc.id, error=outcome.error,
                                                 digest=sha256_hex(analysis_text(doc))))
                    report.quarantined += 1
                    outcome = Analysis(document_id=doc.id, analyzer=analyzer.name, version=analyzer.version,
                                       language=doc.language)
                results.append(outcome)
            store.put_analyses(results)
            report.findings += sum(len(a.findings) for a in results)
            report.events += sum(len(a.events) for a in results)
            done += len(batch)
            if on_batch:
                on_batch(len(batch))
        report.analysed[analyzer.name] = done
        log.info("analyzer %s@%s analysed %d documents", analyzer.name, analyzer.version, done)
    return report


# ---- worker processes -------------------------------------------------------------------------
# Process-global by necessity: a pool worker builds its analyzers once (in the initializer) and
# every task it runs reuses them. Only ever filled inside worker processes.
_WORKER_ANALYZERS: dict[str, Analyzer] = {}


def _init_worker(settings: NlpSettings, factories: dict[str, Callable[[NlpSettings], Analyzer]]) -> None:
    from nlp.threads import one_thread_per_library

    one_thread_per_library()  # the workers themselves use the cores
    for name, factory in factories.items():
        register_analyzer(name, factory)
    for analyzer in make_analyzers(settings):
        _WORKER_ANALYZERS[analyzer.name] = analyzer


def _worker_versions() -> dict[str, str]:
    return {name: analyzer.version for name, analyzer in _WORKER_ANALYZERS.items()}


def _worker_analyze_documents(name: str, docs: list[Document],
                              kinds: list[str | None]) -> list[Analysis | AnalysisFailure]:
    analyzer = _WORKER_ANALYZERS[name]
    return [_analyze_or_fail(doc, analyzer, kind) for doc, kind in zip(docs, kinds, strict=True)]


def _worker_analyze_text(name: str, text: str, context: TextContext) -> AnalyzerOutput:
    return _WORKER_ANALYZERS[name].analyze(text, context)


class PooledAnalyzer:
    """Stands in for the analyzer ``name`` of an ``AnalyzerPool``: same name and version, the work
    done in the pool's processes."""

    def __init__(self, name: str, version: str, pool: AnalyzerPool) -> None:
        self.name, self.version, self._pool = name, version, pool

    def analyze(self, text: str, context: TextContext) -> AnalyzerOutput:
        return self._pool.run(_worker_analyze_text, self.name, text, context)

    def analyze_documents(self, docs: Sequence[Document],
                          kinds: Sequence[str | None]) -> list[Analysis | AnalysisFailure]:
        return self._pool.map_documents(self.name, list(docs), list(kinds))


class AnalyzerPool:
    """``workers`` processes, each with the analyzers of ``settings`` built once.

    Workers are spawned (no state of the parent is inherited), so each loads its own models:
    memory grows by one analyzer set per worker, and the parent needs none. Analyzers added with
    ``register_analyzer`` are re-registered in the workers and must be module-level functions.
    A worker that dies breaks the pool (``RuntimeError``); the batch in hand is not stored, so
    its documents stay pending and nothing is lost. Use as a context manager, or ``close()``.
    """

    def __init__(self, settings: NlpSettings, workers: int = 2, chunk_size: int = 4) -> None:
        import multiprocessing

        factories = dict(_FACTORIES)
        try:
            pickle.dumps(factories)
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            raise ValueError(f"analyzer factories {sorted(factories)} cannot be sent to worker processes ({exc}); "
                             "register module-level functions, or use workers=1") from exc
        self.workers, self.chunk_size = workers, chunk_size
        self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_init_worker, initargs=(settings, factories))
        try:  # one task per worker at once: every worker starts (and loads its models) now, not mid-batch
            futures = [self._executor.submit(_worker_versions) for _ in range(workers)]
            every = [self._result(f) for f in futures]
            versions = every[0]
        except BaseException:
            self.close()
            raise
        self.analyzers: list[PooledAnalyzer] = [PooledAnalyzer(n, versions[n], self) for n in settings.analyzers]
        log.info("analyzer pool: %d workers with %s", workers, versions)

    def run(self, fn: Callable[..., Any], *args: object) -> Any:
        return self._result(self._executor.submit(fn, *args))

    @staticmethod
    def _result(future: Any) -> Any:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise RuntimeError(f"an analysis worker process died ({exc}); see its log above, and check memory "
                               "(each worker loads every model) or run with nlp.workers = 1") from exc

    def map_documents(self, name: str, docs: list[Document],
                      kinds: list[str | None]) -> list[Analysis | AnalysisFailure]:
        # Longest documents first, in small chunks (longest-processing-time-first scheduling): a long
        # UN speech submitted last would leave one core idle while the other finishes it.
        order = sorted(range(len(docs)), key=lambda i: -len(docs[i].text))
        size = max(1, min(self.chunk_size, -(-len(docs) // self.workers)))
        chunks = [order[i:i + size] for i in range(0, len(order), size)]
        try:
            futures = [self._executor.submit(_worker_analyze_documents, name, [docs[i] for i in chunk],
                                             [kinds[i] for i in chunk]) for chunk in chunks]
            outcomes: list[Analysis | AnalysisFailure | None] = [None] * len(docs)
            for chunk, future in zip(chunks, futures, strict=True):
                for i, outcome in zip(chunk, future.result(), strict=True):
                    outcomes[i] = outcome
        except BrokenProcessPool as exc:
            raise RuntimeError(f"an analysis worker process died ({exc}); the batch was not stored and stays "
                               "pending; check memory or run with nlp.workers = 1") from exc
        return [o for o in outcomes if o is not None]

    def pids(self) -> list[int]:
        """Process ids of the live workers (for monitoring: CPU time, memory)."""
        return sorted(p.pid for p in (self._executor._processes or {}).values() if p.pid is not None)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
