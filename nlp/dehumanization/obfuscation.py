"""Undo the disguises posts use against filters before the lexicon scan: look-alike substitutes ("m0nk3ys",
"3l1m1n4t3d", "musl!ms"), letters spaced out ("v e r m i n") and letters drawn out ("ggggays", "trashhhh").

``deobfuscate`` swaps substitutes one character for one: the readable copy has the same length. ``readable`` also
joins spaced letters and shortens drawn-out runs, and returns an ``OffsetMap`` from the readable copy back to the
original, so that every span found in the copy points at the original's characters and takes its text from it.

Only words that mix letters with substitutes are touched: "4x4", "G20", "1990s", "1st", "COVID-19" and "Hello!" stay
as they are; spaced letters need four in a row ("U S A" stays), drawn-out runs three of one letter ("Hello" stays),
and both only in Latin script. Chinese words are spaced apart, and Hindi vowel signs read as letters
(``nlp.lexicons.scripts``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.lexicons.scripts import HAS_CJK, cjk_word_breaks, marks_as_letters

__all__ = ["OffsetMap", "deobfuscate", "readable"]

_SUBSTITUTES = {"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", "$": "s", "7": "t"}
_TABLE = str.maketrans(_SUBSTITUTES)
_CHARS = re.escape("".join(_SUBSTITUTES))
_DIGITS = "013457"
_W = rf"[\w{_CHARS}]"
# a substitute between two letters ("m0nk3ys", "n!gg3rs"); digits ending a word of two letters or a lower-case one
# ("b3", "t0"; not "G7", "Q3"); digits opening a word of two letters more ("4ll", "3rs"; not "1st", "3rd")
_CORE = re.compile(rf"[^\W\d_][{_CHARS}]+[^\W\d_]")
_WORD = re.compile(rf"(?<!{_W})(?={_W}*[^\W\d_][{_CHARS}]+[^\W\d_]){_W}+(?!{_W})"
                   rf"|(?<!{_W})(?:[^\W\d_]{{2,}}|[a-z])[{_DIGITS}]+(?!{_W})"
                   rf"|(?<!{_W})[{_DIGITS}]+(?!(?:st|nd|rd|th)\b)[^\W\d_]{{2,}}(?!{_W})")


def deobfuscate(text: str) -> str:
    """``text`` with look-alike substitutes inside words read as letters; the same length, and ``text`` itself
    (the same object) when there is nothing to undo. A text is read so only when some word in it has a substitute
    between letters: "t0" or "4ll" alone is a typo or a code, among "m0nk3ys" a disguise."""
    if not _CORE.search(text):  # no substitute between letters anywhere: ordinary text, left alone
        return text
    out = _WORD.sub(lambda m: m.group().translate(_TABLE), text)
    return out if out != text else text


# four or more single letters, one space apart ("w o m e n", "v e r m i n"); three or more of one letter in a row.
# Latin letters only: in Arabic posts "هههههه" (laughter) and drawn-out words are the register itself, and reading
# them shorter changed what the classifier saw (5 of 286 L-HSAB train-split positives lost their finding)
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_SPACED = re.compile(rf"(?<![\w])(?:[{_LATIN}] ){{3,}}[{_LATIN}](?![\w])")
_DRAWN_OUT = re.compile(rf"([{_LATIN}])\1{{2,}}")
# a letter followed by a substitute and a letter, by two more of itself, or by three spaced letters: a loose
# first look for any of the three, half the cost of looking for each in turn
_ANY_DISGUISE = re.compile(rf"([^\W\d_])(?:[{_CHARS}]+[^\W\d_])|([{_LATIN}])(?:\2\2| [{_LATIN}] [{_LATIN}] [{_LATIN}](?!\w))")


@dataclass(frozen=True)
class OffsetMap:
    """Where each character of a readable copy came from: ``origin[i]`` is the original offset of copy offset ``i``,
    ``until[i]`` the end of what it stands for (a whole drawn-out run: "sssss" read as "s")."""

    origin: tuple[int, ...]
    until: tuple[int, ...]

    def start(self, offset: int) -> int:
        return self.origin[offset] if offset < len(self.origin) else (self.until[-1] if self.until else 0)

    def end(self, offset: int) -> int:
        """The original end of a span that ends at copy offset ``offset``."""
        return self.until[offset - 1] if offset > 0 else 0


def readable(text: str, *, drawn_out: bool = True) -> tuple[str, OffsetMap | None]:
    """``text`` with substitutes read as letters, spaced letters joined and drawn-out runs shortened to one letter,
    Chinese words spaced apart, and the map back to ``text`` (None when the copy lines up with ``text`` character
    for character). ``text`` itself (the same object) when there is nothing to undo. ``drawn_out=False`` leaves
    drawn-out runs to a caller that knows the language's words ("refugeees" is "refugees", not "refuges":
    ``nlp.dehumanization.spelling``)."""
    copy, offsets = _undisguised(text, drawn_out)
    copy = marks_as_letters(copy)  # one character for one: the offsets stay
    if not HAS_CJK.search(copy):
        return copy, offsets
    return _cjk_words(copy, offsets)


def _cjk_words(copy: str, offsets: OffsetMap | None) -> tuple[str, OffsetMap]:
    """``copy`` with a space between CJK words; an inserted space stands for nothing between its neighbours."""
    origin = offsets.origin if offsets else range(len(copy))
    until = offsets.until if offsets else range(1, len(copy) + 1)
    out: list[str] = []
    new_origin: list[int] = []
    new_until: list[int] = []
    gaps = set(cjk_word_breaks(copy))
    for i, ch in enumerate(copy):
        if i in gaps:
            out.append(" ")
            new_origin.append(origin[i])
            new_until.append(until[i - 1])
        out.append(ch)
        new_origin.append(origin[i])
        new_until.append(until[i])
    return "".join(out), OffsetMap(tuple(new_origin), tuple(new_until))


def _undisguised(text: str, drawn_out: bool) -> tuple[str, OffsetMap | None]:
    if not _ANY_DISGUISE.search(text):  # one pass: most texts have none of the three
        return text, None
    copy = deobfuscate(text)
    if not (_SPACED.search(copy) or (drawn_out and _DRAWN_OUT.search(copy))):
        return copy, None
    origin: list[int] = []
    until: list[int] = []
    pos = 0
    for start, end, kept in _merged_edits(copy, drawn_out):
        origin.extend(range(pos, start))
        until.extend(range(pos + 1, start + 1))
        origin.extend(i for i, _ in kept)
        until.extend(j for _, j in kept)
        pos = end
    origin.extend(range(pos, len(copy)))
    until.extend(range(pos + 1, len(copy) + 1))
    return "".join(copy[i] for i in origin), OffsetMap(tuple(origin), tuple(until))


def _merged_edits(copy: str, drawn_out: bool) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, kept (offset, end) pairs) of each spaced-letter run and drawn-out run, in order, not
    overlapping."""
    edits = [(m.start(), m.end(), [(i, i + 1) for i in range(m.start(), m.end(), 2)]) for m in _SPACED.finditer(copy)]
    taken = [(a, b) for a, b, _ in edits]
    for m in _DRAWN_OUT.finditer(copy) if drawn_out else ():
        if not any(a < m.end() and m.start() < b for a, b in taken):
            edits.append((m.start(), m.end(), [(m.start(), m.end())]))
    return sorted(edits)
