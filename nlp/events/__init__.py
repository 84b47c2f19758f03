"""events: violence events in text (cascade of trigger rules and a trained classifier) and their
merging across reports. See docs/events.md for the taxonomy."""

from nlp.events.analyzer import EventAnalyzer, make_analyzer
from nlp.events.merge import MERGE_VERSION, MergeReport, merge_events
from nlp.events.rules import RULES_VERSION

__all__ = ["MERGE_VERSION", "RULES_VERSION", "EventAnalyzer", "MergeReport", "make_analyzer", "merge_events"]
