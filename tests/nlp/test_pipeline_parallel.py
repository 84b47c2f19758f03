"""The analysis stage across worker processes gives the same analyses as in one process."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from nlp import NlpSettings
from nlp.pipeline import (
    AnalyzerOutput,
    AnalyzerPool,
    PooledAnalyzer,
    TextContext,
    analyze_pending,
    make_analyzers,
    register_analyzer,
)
from store import Document, Finding, Source, Span
from store.sqlite import SQLiteStore

ARTICLES = [
    ("Minister speaks", ("The interior minister told a rally that the newcomers were a swarm of locusts eating "
                        "the country alive. He promised new laws.")),
    ("Market attack", ("Gunmen killed nine villagers in an attack on a market near Djibo in northern Burkina Faso "
                      "on Monday, local officials said.")),
    ("Budget", ("The finance committee approved the budget for the coming year after a long debate about "
               "school funding and roads.")),
    ("Des hommes armés", "Des hommes armés ont tué douze personnes dans une attaque contre un marché à Ménaka."),
    ("Flooding", "Heavy rain flooded the capital's streets; no one was hurt, the city council said."),
    ("Drone strike", "A drone strike on a wedding party in Tigray killed 12 guests, doctors said."),
    ("Rhetoric", ("A regional governor said the rebels' supporters were rats who would be flushed out of every "
                 "sewer.")),
    ("Football", "The football club killed off its rival's title hopes with a late goal on Saturday."),
]


class KeywordAnalyzer:
    """Light test analyzer: a finding per 'rats', fails on 'BOOM'."""

    name = "keywords"
    version = "kw-1"

    def analyze(self, text: str, context: TextContext) -> AnalyzerOutput:
        if "BOOM" in text:
            raise ValueError("bad document")
        findings = []
        start = text.find("rats")
        if start >= 0:
            span = Span(start=start, end=start + 4, label="vermin", text="rats", producer="kw-1")
            findings.append(Finding(labels=["dehumanization"], sentence=span, evidence=[span], score=1.0))
        return AnalyzerOutput(findings=findings, countries=["BFA"] if "Burkina" in text else [])


def make_keyword_analyzer(settings: NlpSettings) -> KeywordAnalyzer:
    return KeywordAnalyzer()


def _store(path: Path, make_document: Callable[..., Document], extra: list[tuple[str, str]] = ()) -> SQLiteStore:
    store = SQLiteStore(path)
    store.upsert_sources([Source(id="demo-source", name="Demo")])
    docs = [make_document(url=f"https://example.org/{i}", title=t, text=x, language="fr" if i == 3 else "en")
            for i, (t, x) in enumerate([*ARTICLES, *extra])]
    store.upsert_documents(docs)
    return store


def _comparable(store: SQLiteStore, analyzer: str) -> dict[str, dict]:
    out = {}
    for doc in store.iter_documents():
        (analysis,) = store.get_analyses(doc.id, analyzer)
        out[doc.id] = analysis.model_dump(exclude={"created_at"})
    return out


@pytest.fixture
def keyword_analyzer() -> Iterator[None]:
    register_analyzer("keywords", make_keyword_analyzer)
    yield
    from nlp import pipeline

    pipeline._FACTORIES.pop("keywords", None)


def test_pool_matches_single_process_and_quarantines(tmp_path: Path, make_document: Callable[..., Document],
                                                    keyword_analyzer: None) -> None:
    extra = [("Broken", "This one goes BOOM in the analyzer.")]
    settings = NlpSettings(analyzers=["keywords"])
    single = _store(tmp_path / "single.db", make_document, extra)
    parallel = _store(tmp_path / "parallel.db", make_document, extra)
    one = analyze_pending(single, make_analyzers(settings), batch_size=3)
    with AnalyzerPool(settings, workers=2, chunk_size=1) as pool:
        assert isinstance(pool.analyzers[0], PooledAnalyzer)
        assert pool.run(os.getpid) in pool.pids() and len(pool.pids()) == 2  # the work happens in the workers
        two = analyze_pending(parallel, pool.analyzers, batch_size=3)
        assert pool.analyzers[0].analyze("rats", TextContext()).findings[0].evidence[0].text == "rats"
    assert one.analysed == two.analysed == {"keywords": len(ARTICLES) + 1}
    assert one.quarantined == two.quarantined == 1
    assert one.findings == two.findings == 1
    assert _comparable(single, "keywords") == _comparable(parallel, "keywords")
    (quarantined,) = parallel.list_quarantine("analyze:keywords")
    assert "ValueError: bad document" in quarantined.error
    for store in (single, parallel):
        store.close()


def _thread_pools_after_loading_spacy() -> tuple[str | None, list[tuple[str, int]]]:
    import spacy  # noqa: F401  - loads OpenMP (libgomp), as the analyzers do lazily
    from threadpoolctl import threadpool_info

    return os.environ.get("OMP_NUM_THREADS"), [(i["internal_api"], i["num_threads"]) for i in threadpool_info()]


def test_pool_workers_keep_one_thread_per_library(keyword_analyzer: None) -> None:
    # two workers each spinning two OpenMP threads on two cores made the pool 2.6x slower than one process
    with AnalyzerPool(NlpSettings(analyzers=["keywords"]), workers=2) as pool:
        for _ in range(2):
            env, pools = pool.run(_thread_pools_after_loading_spacy)
            assert env == "1"
            assert {api for api, _ in pools} >= {"openmp", "openblas"}, pools
            assert all(threads == 1 for _, threads in pools), pools


def test_pool_refuses_factories_it_cannot_send(keyword_analyzer: None) -> None:
    register_analyzer("lambda", lambda settings: KeywordAnalyzer())
    try:
        with pytest.raises(ValueError, match="module-level functions"):
            AnalyzerPool(NlpSettings(analyzers=["keywords"]), workers=2)
    finally:
        from nlp import pipeline

        pipeline._FACTORIES.pop("lambda", None)


@pytest.mark.slow  # loads every model in three processes: about a minute on a busy 2-core machine
def test_real_analyzers_same_analyses_with_two_workers(tmp_path: Path,
                                                       make_document: Callable[..., Document]) -> None:
    settings = NlpSettings()
    single = _store(tmp_path / "single.db", make_document)
    parallel = _store(tmp_path / "parallel.db", make_document)
    one = analyze_pending(single, make_analyzers(settings), batch_size=5)
    with AnalyzerPool(settings, workers=2, chunk_size=2) as pool:
        two = analyze_pending(parallel, pool.analyzers, batch_size=5)
    assert one.analysed == two.analysed == {"dehumanization": len(ARTICLES), "events": len(ARTICLES)}
    assert one.findings == two.findings and one.events == two.events
    assert one.findings >= 1 and one.events >= 2  # the fixture articles do exercise both analyzers
    for name in settings.analyzers:
        assert _comparable(single, name) == _comparable(parallel, name)
    for store in (single, parallel):
        store.close()
