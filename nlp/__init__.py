"""nlp: dehumanization and eliminationist rhetoric, violence events, targets, speakers, places."""

from nlp.pipeline import (
    Analyzer,
    AnalyzeReport,
    AnalyzerOutput,
    TextAnalysis,
    TextContext,
    analysis_text,
    analyze_document,
    analyze_pending,
    analyze_text,
    make_analyzers,
)
from nlp.settings import NlpSettings

__all__ = ["AnalyzeReport", "Analyzer", "AnalyzerOutput", "NlpSettings", "TextAnalysis", "TextContext",
           "analysis_text", "analyze_document", "analyze_pending", "analyze_text", "make_analyzers"]
