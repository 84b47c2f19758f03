"""Shared checks for the per-language dehumanization sentence tables (test_dehum_session1*.py)."""

from __future__ import annotations

from nlp import TextContext
from nlp.dehumanization import DehumanizationAnalyzer


def assert_flagged(analyzer: DehumanizationAnalyzer, language: str, text: str, label: str, group: str) -> None:
    """One finding at least, with ``label`` among its labels, ``group`` among its targets and evidence spans."""
    findings = analyzer.analyze(text, TextContext(language=language)).findings
    assert findings, f"{language}: no finding for {text!r}"
    assert label in findings[0].labels
    assert group in findings[0].target_groups
    assert findings[0].evidence, "a finding must point at the words it rests on"


def assert_not_flagged(analyzer: DehumanizationAnalyzer, language: str, text: str) -> None:
    findings = analyzer.analyze(text, TextContext(language=language)).findings
    assert findings == [], f"{language}: {text!r} flagged as {[f.labels for f in findings]}"
