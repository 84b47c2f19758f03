"""events: violence events in text (cascade of trigger rules and a trained classifier) and their
merging across reports. See docs/events.md for the taxonomy."""

from nlp.events.analyzer import EventAnalyzer, make_analyzer
from nlp.events.rules import RULES_VERSION

__all__ = ["RULES_VERSION", "EventAnalyzer", "make_analyzer"]
