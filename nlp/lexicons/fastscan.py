"""Fast whole-text matching of a big alternation regex (lexicon terms, group names).

Python's ``re`` tries every alternative at every position of the text, which is slow for long documents.
``FastScanner`` first finds the words that can start a form (a set lookup on 3-4 letter keys, then a
``startswith`` check against the forms' first words), then tries the regex, anchored, only there.
The hits equal ``pattern.finditer(text)`` for forms that start at a word boundary, as ours do.

Given the named alternatives the pattern was built from (``entries``), the anchored try uses only those whose
forms can start with the word found there (built once per pair of 3- and 4-letter keys): at "a", "is" or "must"
it tries the few entries that begin with them, not every entry of the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["FastScanner"]

_WORD = re.compile(r"\w+", re.UNICODE)


def _first_word(form: str) -> str:
    """The first run of word characters: "sub-human" starts with the word "sub"."""
    return next(iter(_WORD.findall(form.lower())), form.lower().split()[0])


def _key(first: str) -> str:
    """A form's lookup key: its first word's first four letters, or the whole word when shorter."""
    return first[:4] if len(first) >= 4 else first


class FastScanner:
    def __init__(self, pattern: re.Pattern[str] | None, forms: Iterable[tuple[str, str]], strip_clitics: bool,
                 entries: Iterable[tuple[str, str, Iterable[str]]] = ()) -> None:
        """``forms``: (surface form, match kind) pairs; ``strip_clitics``: words may carry a 1-3 letter prefix;
        ``entries``: (group name, regex, its surface forms) of each alternative of ``pattern``, in its order."""
        self.pattern = pattern
        self._entries = [(name, regex, {_key(_first_word(f)) for f in entry_forms})
                         for name, regex, entry_forms in entries]
        self._by_keys: dict[tuple[str, ...], re.Pattern[str] | None] = {}
        self._keys: set[str] = set()
        self._firsts: dict[str, set[str]] = {}  # key -> full first words of forms (a word starts with one)
        self._infixes: list[str] = []
        self._strip_clitics = strip_clitics
        self._word_patterns: dict[str, re.Pattern[str]] = {}
        for form, match in forms:
            first = _first_word(form)
            if match == "infix":
                self._infixes.append(first)
            else:
                self._keys.add(key := _key(first))
                self._firsts.setdefault(key, set()).add(first)

    def _is_key(self, tok: str) -> bool:
        """Could a form start at this word? It (or, after clitics, its rest) starts with a form's first word."""
        variants = (tok, tok[1:], tok[2:], tok[3:]) if self._strip_clitics else (tok,)
        for v in variants:
            for key in (v[:3], v[:4]):
                if key in self._keys and any(v.startswith(first) for first in self._firsts[key]):
                    return True
        return any(stem in tok for stem in self._infixes)

    def _candidates(self, low: str) -> set[str]:
        words = set(_WORD.findall(low))
        if not self._strip_clitics and not any(stem in low for stem in self._infixes):
            # set algebra in C first: only words whose 3-4 letter prefix is a key get the full check
            keys = ({w[:3] for w in words} | {w[:4] for w in words}) & self._keys
            words = {w for w in words if w[:3] in keys or w[:4] in keys}
        return {tok for tok in words if self._is_key(tok)}

    def might_match(self, text: str) -> bool:
        return self.pattern is not None and bool(self._candidates(text.lower()))

    def _word_pattern(self, word: str) -> re.Pattern[str]:
        pattern = self._word_patterns.get(word)
        if pattern is None:
            if len(self._word_patterns) > 5000:
                self._word_patterns.clear()
            # literal first, so the engine searches fast; the word-start check is done by the caller
            pattern = self._word_patterns[word] = re.compile(rf"{re.escape(word)}(?!\w)")
        return pattern

    def scan(self, text: str) -> list[re.Match[str]]:
        if self.pattern is None:
            return []
        low = text.lower()
        candidates = self._candidates(low)
        if not candidates:
            return []
        starts = sorted(m.start() for word in candidates for m in self._word_pattern(word).finditer(low)
                        if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_"))
        found: list[re.Match[str]] = []
        end = 0
        for start in starts:
            if start < end:
                continue
            m = self._pattern_at(low, start).match(text, start)
            if m is not None and m.end() > m.start():
                found.append(m)
                end = m.end()
        return found

    def _pattern_at(self, low: str, start: int) -> re.Pattern[str]:
        """The alternatives that can match at ``start``: those with a form keyed by the word's first 1 to 4 letters
        (the whole pattern when clitics may come first, or no entries were given)."""
        if self._strip_clitics or not self._entries or self._infixes:
            return self.pattern
        word = _WORD.match(low, start)
        token = word.group() if word else low[start:start + 4]
        keys = (token[:1], token[:2], token[:3], token[:4])
        if keys not in self._by_keys:
            wanted = {k for k in keys if k in self._keys}
            chosen = [(name, regex) for name, regex, entry_keys in self._entries if wanted & set(entry_keys)]
            self._by_keys[keys] = re.compile("|".join(f"(?P<{name}>{regex})" for name, regex in chosen),
                                             re.IGNORECASE) if chosen else None
        return self._by_keys[keys] or self.pattern
