"""Compiled fast matching of lexicon terms, group names and cue words: one regex per language.

This is the first, cheap stage of the cascade: it runs on every sentence of every document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.lexicons.fastscan import FastScanner
from nlp.lexicons.loader import LexiconSet
from nlp.lexicons.model import GroupEntry, Inflection, Lexicon, LexiconEntry

__all__ = ["CompiledLanguage", "GroupHit", "LexiconHit", "LexiconMatcher"]


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
    return list(dict.fromkeys(v for f in forms for v in infl.variants(f)))


def _keyed(items: list[tuple[str, str, int]], named: dict, lexicons: list[Lexicon]) -> list[tuple[str, str, set[str]]]:
    """(group name, regex, keys of its forms' first words) of each alternative, in ``_alternation``'s order: what a
    ``FastScanner`` needs to try only the alternatives that can start with a given word."""
    out = []
    for name, regex, _ in sorted(items, key=lambda it: -it[2]):
        lex = lexicons[int(name[1:].split("_")[0])]
        keys = set()
        for form in _forms(named[name].surface_forms(), lex.inflection):
            first = next(iter(re.findall(r"\w+", form.lower())), form.lower().split()[0])
            keys.add(first[:4] if len(first) >= 4 else first)
        out.append((name, regex, keys))
    return out


def _alternation(items: list[tuple[str, str, int]]) -> re.Pattern[str] | None:
    """items: (group name, pattern, longest form length); longest forms first so phrases beat words."""
    if not items:
        return None
    items = sorted(items, key=lambda it: -it[2])
    return re.compile("|".join(f"(?P<{name}>{pat})" for name, pat, _ in items), re.IGNORECASE)


def _cue_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = sorted((r"\s+".join(map(re.escape, w.split())) for w in words), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})\w*", re.IGNORECASE)




class CompiledLanguage:
    """Everything the rules need for one language, compiled once."""

    def __init__(self, language: str, lexicons: list[Lexicon]) -> None:
        self.language = language
        self.entries: dict[str, LexiconEntry] = {}
        self.groups: dict[str, GroupEntry] = {}
        term_items: list[tuple[str, str, int]] = []
        group_items: list[tuple[str, str, int]] = []
        for li, lex in enumerate(lexicons):
            for ei, entry in enumerate(lex.entries):
                name = f"t{li}_{ei}"
                self.entries[name] = entry
                match = entry.match or lex.inflection.default_match
                forms = sorted(_forms(entry.surface_forms(), lex.inflection), key=len, reverse=True)  # longest first
                pats = [_form_pattern(f, match, lex.inflection) for f in forms]
                term_items.append((name, "|".join(f"(?:{p})" for p in pats), max(map(len, forms))))
            for gi, group in enumerate(lex.groups):
                name = f"g{li}_{gi}"
                self.groups[name] = group
                match = group.match or lex.inflection.default_match
                forms = sorted(_forms(group.surface_forms(), lex.inflection), key=len, reverse=True)  # "gay people"
                pats = [_form_pattern(f, match, lex.inflection) for f in forms]
                group_items.append((name, "|".join(f"(?:{p})" for p in pats), max(map(len, forms))))
        self._terms = _alternation(term_items)
        self._groups = _alternation(group_items)
        self._term_items, self._group_items = term_items, group_items
        self._build_scanners(lexicons)
        cues = [lex.cues for lex in lexicons]
        self.demonstratives = {w.lower() for c in cues for w in c.demonstratives}
        self.pronouns = {w.lower() for c in cues for w in c.pronouns}
        self.copulas = {w.lower() for c in cues for w in c.copulas}
        self.copulas_after = {w.lower() for c in cues for w in c.copulas_after}
        self.zero_copula = any(c.zero_copula for c in cues)
        self.comparison = {w.lower() for c in cues for w in c.comparison}
        self.naming = {w.lower() for c in cues for w in c.naming}
        self.literal = _cue_pattern([w for c in cues for w in c.literal])
        self.distancing = _cue_pattern([w for c in cues for w in c.distancing])
        self.counter = _cue_pattern([w for c in cues for w in c.counter])
        self.condemnation = _cue_pattern([w for c in cues for w in c.condemnation])
        self.intent = _cue_pattern([w for c in cues for w in c.intent])
        self.negation = {w.lower() for c in cues for w in c.negation}
        self.death_to_endings = tuple(sorted({w.lower() for c in cues for w in c.death_to_endings}))
        self.abstract_objects = tuple(sorted({w.lower() for c in cues for w in c.abstract_objects}))

    def _build_scanners(self, lexicons: list[Lexicon]) -> None:
        """Fast whole-text scanners for terms and groups (see ``fastscan``)."""
        clitics = any(lex.inflection.prefix for lex in lexicons)
        terms = [(f, e.match or lex.inflection.default_match) for lex in lexicons for e in lex.entries
                 for f in _forms(e.surface_forms(), lex.inflection)]
        groups = [(f, g.match or lex.inflection.default_match) for lex in lexicons for g in lex.groups
                  for f in _forms(g.surface_forms(), lex.inflection)]
        self._term_scanner = FastScanner(self._terms, terms, clitics, _keyed(self._term_items, self.entries, lexicons))
        self._group_scanner = FastScanner(self._groups, groups, clitics,
                                          _keyed(self._group_items, self.groups, lexicons))

    def might_match(self, text: str) -> bool:
        return self._term_scanner.might_match(text)

    def terms(self, text: str) -> list[LexiconHit]:
        """Every lexicon hit in ``text`` (a sentence or a whole document)."""
        return [self._hit(m) for m in self._term_scanner.scan(text)]

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
        return [m.group() for m in self.counter.finditer(text)] if self.counter else []

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
