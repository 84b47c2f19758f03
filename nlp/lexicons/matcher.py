"""Compiled fast matching of lexicon terms, group names and cue words: one regex per language.

This is the first, cheap stage of the cascade: it runs on every sentence of every document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


_WORD = re.compile(r"\w+", re.UNICODE)


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
                pats = [_form_pattern(f, match, lex.inflection) for f in entry.surface_forms()]
                term_items.append((name, "|".join(f"(?:{p})" for p in pats), max(map(len, entry.surface_forms()))))
            for gi, group in enumerate(lex.groups):
                name = f"g{li}_{gi}"
                self.groups[name] = group
                match = group.match or lex.inflection.default_match
                pats = [_form_pattern(f, match, lex.inflection) for f in group.surface_forms()]
                group_items.append((name, "|".join(f"(?:{p})" for p in pats), max(map(len, group.surface_forms()))))
        self._terms = _alternation(term_items)
        self._build_prefilter(lexicons)
        self._groups = _alternation(group_items)
        cues = [lex.cues for lex in lexicons]
        self.demonstratives = {w.lower() for c in cues for w in c.demonstratives}
        self.pronouns = {w.lower() for c in cues for w in c.pronouns}
        self.copulas = {w.lower() for c in cues for w in c.copulas}
        self.comparison = {w.lower() for c in cues for w in c.comparison}
        self.naming = {w.lower() for c in cues for w in c.naming}
        self.literal = _cue_pattern([w for c in cues for w in c.literal])
        self.distancing = _cue_pattern([w for c in cues for w in c.distancing])

    def _build_prefilter(self, lexicons: list[Lexicon]) -> None:
        """Cheap token test run before the regex: the first 3-4 letters of every form's first word, plus
        substring stems for infix entries. Python's regex alternation is slow; this keeps it off most text."""
        self._keys: set[str] = set()
        self._word_patterns: dict[str, re.Pattern[str]] = {}
        self._firsts: dict[str, set[str]] = {}  # key -> full first words of forms (a word starts with one)
        self._infixes: list[str] = []
        self._strip_clitics = any(lex.inflection.prefix for lex in lexicons)
        for lex in lexicons:
            for entry in lex.entries:
                for form in entry.surface_forms():
                    first = form.lower().split()[0]
                    if (entry.match or lex.inflection.default_match) == "infix":
                        self._infixes.append(first)
                    else:
                        key = first[:4] if len(first) >= 4 else first
                        self._keys.add(key)
                        self._firsts.setdefault(key, set()).add(first)

    def might_match(self, text: str) -> bool:
        low = text.lower()
        if any(stem in low for stem in self._infixes):
            return True
        keys = self._keys
        for tok in _WORD.findall(low):
            variants = (tok, tok[1:], tok[2:], tok[3:]) if self._strip_clitics else (tok,)
            if any(v[:3] in keys or v[:4] in keys for v in variants):
                return True
        return False

    def terms(self, text: str) -> list[LexiconHit]:
        if self._terms is None or not self.might_match(text):
            return []
        return [self._hit(m) for m in self._terms.finditer(text)]

    def _hit(self, m: re.Match[str]) -> LexiconHit:
        entry = self.entries[m.lastgroup or ""]
        return LexiconHit(m.start(), m.end(), m.group(), entry.term, entry.kind, entry.category,
                          self.language, entry.country, entry.meaning)

    def _is_key(self, tok: str) -> bool:
        """Could a term start at this word? It (or, after clitics, its rest) starts with a form's first word."""
        variants = (tok, tok[1:], tok[2:], tok[3:]) if self._strip_clitics else (tok,)
        for v in variants:
            for key in (v[:3], v[:4]):
                if key in self._keys and any(v.startswith(first) for first in self._firsts[key]):
                    return True
        return any(stem in tok for stem in self._infixes)

    def _word_pattern(self, word: str) -> re.Pattern[str]:
        pattern = self._word_patterns.get(word)
        if pattern is None:
            if len(self._word_patterns) > 5000:
                self._word_patterns.clear()
            pattern = self._word_patterns[word] = re.compile(rf"{re.escape(word)}(?!\w)")
        return pattern

    def scan(self, text: str) -> list[LexiconHit]:
        """Every hit in a whole document, same hits as ``terms`` but fast on long text: the words of the
        document are checked against the prefilter keys once (unique words only), and the term regex is
        tried, anchored, only where a candidate word starts."""
        if self._terms is None:
            return []
        low = text.lower()
        words = set(_WORD.findall(low))
        if not self._strip_clitics and not any(stem in low for stem in self._infixes):
            # set algebra in C first: only words whose 3-4 letter prefix is a key get the full check
            keys = ({w[:3] for w in words} | {w[:4] for w in words}) & self._keys
            words = {w for w in words if w[:3] in keys or w[:4] in keys}
        candidates = {tok for tok in words if self._is_key(tok)}
        if not candidates:
            return []
        hits: list[LexiconHit] = []
        end = 0
        # A literal-first pattern lets the regex engine search fast; the word-start check is done here.
        starts = sorted(m.start() for word in candidates for m in self._word_pattern(word).finditer(low)
                        if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_"))
        for start in starts:
            if start < end:
                continue
            found = self._terms.match(text, start)
            if found is not None and found.end() > found.start():
                hits.append(self._hit(found))
                end = found.end()
        return hits

    def group_mentions(self, text: str) -> list[GroupHit]:
        if self._groups is None:
            return []
        out = []
        for m in self._groups.finditer(text):
            group = self.groups[m.lastgroup or ""]
            out.append(GroupHit(m.start(), m.end(), m.group(), group.normalized, group.type))
        return out

    def literal_cues(self, text: str) -> list[str]:
        return [m.group() for m in self.literal.finditer(text)] if self.literal else []

    def distancing_cues(self, text: str) -> list[str]:
        return [m.group() for m in self.distancing.finditer(text)] if self.distancing else []


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
