"""Undo character-substitution obfuscation ("m0nk3ys", "3l1m1n4t3d", "musl!ms") before the lexicon scan.

Posts that know a filter is reading them swap letters for look-alike digits and symbols. The substitution is
one character for one, so the readable copy has the same length and every offset found in it points at the same
characters of the original: spans keep their positions and take their text from the original.

Only words that mix letters with substitutes are touched: "4x4", "G20", "1990s", "1st", "COVID-19" and "Hello!" stay
as they are.
"""

from __future__ import annotations

import re

__all__ = ["deobfuscate"]

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
