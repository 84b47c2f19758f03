"""Our spaCy components, registered in this one module under versioned names.

``tocsin_lexicon_v1`` adds lexicon hits to ``doc.spans["tocsin_lexicon"]`` (label = kind:category) so
a spaCy pipeline (en/fr, or a blank one elsewhere) carries the cascade's first stage. Call
``register_components()`` before ``nlp.add_pipe("tocsin_lexicon_v1", config={...})``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from nlp.lexicons import CompiledLanguage

__all__ = ["LexiconComponent", "register_components"]

_REGISTERED = False


class LexiconComponent:
    def __init__(self, compiled: CompiledLanguage) -> None:
        self.compiled = compiled

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for hit in self.compiled.terms(doc.text):
            span = doc.char_span(hit.start, hit.end, label=f"{hit.kind}:{hit.category or '-'}",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["tocsin_lexicon"] = spans
        return doc


def register_components() -> None:
    """Register the factories once (idempotent); spaCy is imported here, not at module import."""
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language

    @Language.factory("tocsin_lexicon_v1", assigns=["doc.spans"], default_config={"language": "en",
                                                                                  "extra_lexicons": []})
    def make_lexicon_component(nlp: Language, name: str, language: str, extra_lexicons: list[str]) -> LexiconComponent:
        from pathlib import Path

        from nlp.lexicons import LexiconMatcher, load_lexicons

        matcher = LexiconMatcher(load_lexicons([Path(p) for p in extra_lexicons]))
        return LexiconComponent(matcher.for_language(language)[0])

    _REGISTERED = True
