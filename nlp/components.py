"""Our spaCy components, registered in this one module under versioned names.

``tocsin_lexicon_v1`` adds lexicon hits to ``doc.spans["tocsin_lexicon"]`` (label = kind:category) so
a spaCy pipeline (en/fr, or a blank one elsewhere) carries the cascade's first stage.
``tocsin_dehumanization_rules_v2`` runs the dependency-parse rules (``nlp.dehumanization.deprules``) on
every parsed sentence with a lexicon hit and puts the accepted evidence in
``doc.spans["tocsin_dehumanization"]`` (label = kind, e.g. ``metaphor`` or ``eliminationist``); it needs a
parser earlier in the pipeline. Call ``register_components()`` before ``nlp.add_pipe(...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from nlp.lexicons import CompiledLanguage

__all__ = ["DehumanizationRulesComponent", "LexiconComponent", "register_components"]

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


class DehumanizationRulesComponent:
    def __init__(self, compiled: CompiledLanguage) -> None:
        self.compiled = compiled

    def __call__(self, doc: Doc) -> Doc:
        from nlp.dehumanization.deprules import dependency_verdict
        from nlp.targets import find_targets

        spans = []
        for sent in doc.sents:
            hits = self.compiled.scan(sent.text)
            if not hits:
                continue
            sub = sent.as_doc()
            norp = [(e.start_char, e.end_char, e.text) for e in sub.ents if e.label_ == "NORP"]
            places = [(e.start_char, e.end_char, e.text) for e in sub.ents if e.label_ in ("GPE", "LOC")]
            targets = find_targets(sent.text, self.compiled, offset=0, norp=norp, places=places)
            verdict = dependency_verdict(sub, sent.text, self.compiled, hits, targets, 0)
            for hit in verdict.evidence if verdict else []:
                span = doc.char_span(sent.start_char + hit.start, sent.start_char + hit.end, label=hit.kind,
                                     alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["tocsin_dehumanization"] = spans
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

    @Language.factory("tocsin_dehumanization_rules_v2", assigns=["doc.spans"], requires=["token.dep"],
                      default_config={"language": "en", "extra_lexicons": []})
    def make_rules_component(nlp: Language, name: str, language: str,
                             extra_lexicons: list[str]) -> DehumanizationRulesComponent:
        from pathlib import Path

        from nlp.lexicons import LexiconMatcher, load_lexicons

        matcher = LexiconMatcher(load_lexicons([Path(p) for p in extra_lexicons]))
        return DehumanizationRulesComponent(matcher.for_language(language)[0])

    _REGISTERED = True
