"""Compiled fast matching of lexicon terms, group names and cue words: one regex per language.

This is the first, cheap stage of the cascade: it runs on every sentence of every document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.lexicons.fastscan import FastScanner
from nlp.lexicons.loader import LexiconSet
from nlp.lexicons.model import GroupEntry, Inflection, Lexicon, LexiconEntry
from nlp.lexicons.scripts import add_words, marks_as_letters, nukta_variants

__all__ = ["WISH_FRAME", "CompiledLanguage", "GroupHit", "LexiconHit", "LexiconMatcher"]


WISH_FRAME = "wish_frame"  # the category of a hit from ``cues.wish_frames``


@dataclass(frozen=True)
class LexiconHit:
    start: int
    end: int
    text: str
    term: str
    kind: str  # metaphor | eliminationist | coded
    category: str | None
    language: str
    country: str | None = None
    meaning: str | None = None


@dataclass(frozen=True)
class GroupHit:
    start: int
    end: int
    text: str
    normalized: str
    type: str


def _form_pattern(form: str, match: str, infl: Inflection) -> str:
    body = r"\s+".join(re.escape(part) for part in form.split())
    if match == "prefix":
        return rf"(?<!\w){infl.prefix and f'(?:{infl.prefix})'}{body}\w*(?!\w)"
    if match == "infix":
        return rf"(?<!\w)\w*{body}\w*(?!\w)"
    suffix = f"(?:{infl.suffix})" if infl.suffix else ""
    prefix = f"(?:{infl.prefix})" if infl.prefix else ""
    return rf"(?<!\w){prefix}{body}{suffix}(?!\w)"


def _forms(forms: list[str], infl: Inflection) -> list[str]:
    # Hindi vowel signs read as letters, as in the scanned text (``nlp.lexicons.scripts``), and a letter with a
    # nukta written either way (ड़ as ड + ़ or as one character)
    return list(dict.fromkeys(marks_as_letters(w) for f in forms for v in infl.variants(f) for w in nukta_variants(v)))


@dataclass(frozen=True)
class _Alternative:
    """One entry or group of a language as a named alternative of its big regex."""

    name: str
    regex: str
    forms: list[str]  # longest first
    match: str


def _alternation(items: list[_Alternative]) -> re.Pattern[str] | None:
    """Longest forms first, so phrases beat words (``items`` are in that order)."""
    if not items:
        return None
    return re.compile("|".join(f"(?P<{it.name}>{it.regex})" for it in items), re.IGNORECASE)


def _alternative(name: str, surface_forms: list[str], match: str, infl: Inflection) -> _Alternative:
    forms = sorted(_forms(surface_forms, infl), key=len, reverse=True)  # longest first: "gay people" before "gay"
    regex = "|".join(f"(?:{_form_pattern(f, match, infl)})" for f in forms)
    return _Alternative(name, regex, forms, match)


def _cue_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = sorted((r"\s+".join(map(re.escape, marks_as_letters(w).split())) for w in words), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})\w*", re.IGNORECASE)




def _cue_words(value: object) -> list[str]:
    return [w for w in value if isinstance(w, str)] if isinstance(value, list) else []


class CompiledLanguage:
    """Everything the rules need for one language, compiled once."""

    def __init__(self, language: str, lexicons: list[Lexicon]) -> None:
        self.language = language
        self.entries: dict[str, LexiconEntry] = {}
        self.groups: dict[str, GroupEntry] = {}
        term_items: list[_Alternative] = []
        group_items: list[_Alternative] = []
        for li, lex in enumerate(lexicons):
            for ei, entry in enumerate(lex.entries):
                self.entries[name := f"t{li}_{ei}"] = entry
                term_items.append(_alternative(name, entry.surface_forms(), entry.match or lex.inflection.default_match,
                                               lex.inflection))
            for gi, group in enumerate(lex.groups):
                self.groups[name := f"g{li}_{gi}"] = group
                group_items.append(_alternative(name, group.surface_forms(), group.match or lex.inflection.default_match,
                                                lex.inflection))
        term_items.sort(key=lambda it: -len(it.forms[0]))  # longest forms first, so phrases beat words
        group_items.sort(key=lambda it: -len(it.forms[0]))
        self._terms = _alternation(term_items)
        self._groups = _alternation(group_items)
        clitics = any(lex.inflection.prefix for lex in lexicons)
        self._term_scanner = _scanner(self._terms, term_items, clitics)
        self._group_scanner = _scanner(self._groups, group_items, clitics)
        cues = [lex.cues for lex in lexicons]
        # Chinese text is segmented into words before the scan: the lexicon's own words must stay whole
        cue_words = [w for c in cues for field in type(c).model_fields for w in _cue_words(getattr(c, field))]
        add_words([f for it in term_items + group_items for f in it.forms] + cue_words)
        self.cue_words = frozenset(cue_words)  # every cue word and phrase, as listed
        self.demonstratives = {marks_as_letters(w.lower()) for c in cues for w in c.demonstratives}
        self.pronouns = {marks_as_letters(w.lower()) for c in cues for w in c.pronouns}
        self.copulas = {marks_as_letters(w.lower()) for c in cues for w in c.copulas}
        self.copulas_after = {marks_as_letters(w.lower()) for c in cues for w in c.copulas_after}
        self.zero_copula = any(c.zero_copula for c in cues)
        self.comparison = {marks_as_letters(w.lower()) for c in cues for w in c.comparison}
        self.naming = {marks_as_letters(w.lower()) for c in cues for w in c.naming}
        self.literal = _cue_pattern([w for c in cues for w in c.literal])
        self.distancing = _cue_pattern([w for c in cues for w in c.distancing])
        self.counter = _cue_pattern([w for c in cues for w in c.counter])
        self.condemnation = _cue_pattern([w for c in cues for w in c.condemnation])
        self.intent = _cue_pattern([w for c in cues for w in c.intent])
        self.negation = {marks_as_letters(w.lower()) for c in cues for w in c.negation}
        self.negation_after = {marks_as_letters(w.lower()) for c in cues for w in c.negation_after}
        frames = [marks_as_letters(f) for c in cues for f in c.wish_frames]  # as the scanned text reads Hindi
        self._frames = re.compile("|".join(f"(?:{f})" for f in frames), re.IGNORECASE) if frames else None
        openings = [marks_as_letters(f) for c in cues for f in c.mention_openings]
        self._openings = re.compile(r"^[\W_]*(?:" + "|".join(f"(?:{f})" for f in openings) + r")(?!\w)",
                                    re.IGNORECASE) if openings else None
        self.death_to_endings = tuple(sorted({marks_as_letters(w.lower()) for c in cues for w in c.death_to_endings}))
        self.abstract_objects = tuple(sorted({marks_as_letters(w.lower()) for c in cues for w in c.abstract_objects}))

    def reads_whole(self, word: str) -> bool:
        """Is ``word`` by itself, whole, a form of a term or a group ("cockroaches", "infestation", "Muslims")?"""
        return any(p is not None and p.fullmatch(word) for p in (self._terms, self._groups))

    def might_match(self, text: str) -> bool:
        return self._term_scanner.might_match(text) or (self._frames is not None and bool(self._frames.search(text)))

    def terms(self, text: str) -> list[LexiconHit]:
        """Every lexicon hit in ``text`` (a sentence or a whole document), and every wish frame ("le seul bon X est
        un X mort") as an eliminationist hit of category ``wish_frame``."""
        hits = [self._hit(m) for m in self._term_scanner.scan(text)]
        if self._frames is not None:
            frames = [LexiconHit(m.start(), m.end(), m.group(), m.group(), "eliminationist", WISH_FRAME, self.language)
                      for m in self._frames.finditer(text) if m.end() > m.start()]
            if frames:
                hits = sorted([h for h in hits if not any(f.start <= h.start and h.end <= f.end for f in frames)]
                              + frames, key=lambda h: h.start)
        return hits

    scan = terms

    def _hit(self, m: re.Match[str]) -> LexiconHit:
        entry = self.entries[m.lastgroup or ""]
        return LexiconHit(m.start(), m.end(), m.group(), entry.term, entry.kind, entry.category,
                          self.language, entry.country, entry.meaning)

    def group_mentions(self, text: str) -> list[GroupHit]:
        out = []
        for m in self._group_scanner.scan(text):
            group = self.groups[m.lastgroup or ""]
            out.append(GroupHit(m.start(), m.end(), m.group(), group.normalized, group.type))
        return out

    def literal_cues(self, text: str) -> list[str]:
        return [m.group() for m in self.literal.finditer(text)] if self.literal else []

    def distancing_cues(self, text: str) -> list[str]:
        return [m.group() for m in self.distancing.finditer(text)] if self.distancing else []

    def intent_cue(self, text: str) -> str | None:
        """An intent word in ``text`` (the words before a threat verb), or None."""
        found = self.intent.search(text) if self.intent else None
        return found.group() if found else None

    def counter_cues(self, text: str) -> list[str]:
        """Counter-speech cues anywhere in ``text``, and a mention opening at its start ("Calling X rats is ...")."""
        found = [m.group() for m in self.counter.finditer(text)] if self.counter else []
        opening = self._openings.match(text) if self._openings else None
        return found + [opening.group().strip()] if opening else found

    def condemnation_cues(self, text: str) -> list[str]:
        return [m.group() for m in self.condemnation.finditer(text)] if self.condemnation else []


class LexiconMatcher:
    """Per-language compiled matchers; unknown languages fall back to every language's lexicon."""

    def __init__(self, lexicons: LexiconSet) -> None:
        self.lexicons = lexicons
        self.languages = {lang: CompiledLanguage(lang, lexes) for lang, lexes in lexicons.by_language.items()}

    def for_language(self, language: str | None) -> list[CompiledLanguage]:
        if language and language in self.languages:
            return [self.languages[language]]
        return list(self.languages.values())

    def quick_scan(self, text: str, language: str | None) -> list[tuple[CompiledLanguage, list[LexiconHit]]]:
        """Lexicon hits in ``text`` for each language that has any."""
        out = []
        for compiled in self.for_language(language):
            hits = compiled.terms(text)
            if hits:
                out.append((compiled, hits))
        return out


def _scanner(pattern: re.Pattern[str] | None, items: list[_Alternative], strip_clitics: bool) -> FastScanner:
    """A fast whole-text scanner for ``pattern`` (see ``fastscan``), told which forms each alternative has."""
    return FastScanner(pattern, [(f, it.match) for it in items for f in it.forms], strip_clitics,
                       [(it.name, it.regex, it.forms) for it in items])
