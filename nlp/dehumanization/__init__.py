"""Dehumanizing and eliminationist rhetoric about human groups (issue 4).

Public API: ``make_analyzer(settings) -> DehumanizationAnalyzer`` (used by ``nlp.pipeline``),
``split_sentences``, ``assess_sentence`` / ``RuleVerdict`` (syntax rules), ``load_classifier``.
Exceptions: ``nlp.lexicons.LexiconError`` when a lexicon file is invalid; ``FileNotFoundError``
when the classifier artifact is missing (train it with ``python -m models.dehumanization.train``).
"""

from nlp.dehumanization.analyzer import DehumanizationAnalyzer, make_analyzer, split_sentences
from nlp.dehumanization.classifier import MODEL_NAME, SentenceClassifier, load_classifier
from nlp.dehumanization.rules import RULES_VERSION, RuleVerdict, assess_sentence

__all__ = ["MODEL_NAME", "RULES_VERSION", "DehumanizationAnalyzer", "RuleVerdict", "SentenceClassifier",
           "assess_sentence", "load_classifier", "make_analyzer", "split_sentences"]
