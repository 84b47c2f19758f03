r"""Words in scripts Python's ``re`` reads poorly: Chinese (no spaces between words) and the Indic scripts (vowel
signs that ``\w`` does not match, so "कीड़े" falls apart into "क", "ड").

**Indic vowel signs.** ``marks_as_letters`` swaps each combining mark of the Devanagari-Malayalam blocks
(U+0900-U+0D7F) for a letter of the Yi block, one character for one, so a Hindi word is one ``\w+`` run; lexicon
forms and cue words get the same swap (``nlp.lexicons.matcher``), the text gets it in ``readable``, and
``original_script`` swaps back (for the classifier, which must see the real text).

**Chinese.** The lexicon scan and the window rules work on words. ``cjk_word_breaks`` segments a text with jieba (its
dictionary ships in the wheel; nothing is downloaded) and returns the places between two CJK characters where a
word ends; ``nlp.dehumanization.obfuscation.readable`` puts a space there, with a map back to the original
("穆斯林都是害虫" is read "穆斯林 都 是 害虫"). Every lexicon form, group name and cue word written in CJK
characters is added to jieba's dictionary first (``add_words``), so a lexicon's own words stay whole ("杀光",
"不是人").
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable

__all__ = ["HAS_CJK", "HAS_INDIC_MARK", "add_words", "cjk_word_breaks", "marks_as_letters", "nukta_variants",
           "original_script"]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
HAS_CJK = re.compile(f"[{_CJK}]")
_RUN = re.compile(f"[{_CJK}]{{2,}}")  # two CJK characters or more in a row: where a word break can be
_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")

_INDIC = range(0x0900, 0x0D80)
_YI = 0xA000  # Yi syllables: letters (``\w``), 1,165 of them, never in our texts
_TO_LETTER = {cp: _YI + cp - _INDIC.start for cp in _INDIC if unicodedata.category(chr(cp)) in ("Mn", "Mc")}
_TO_MARK = {v: k for k, v in _TO_LETTER.items()}
HAS_INDIC_MARK = re.compile("[" + "".join(chr(cp) for cp in _TO_LETTER) + "]")
_HAS_SWAPPED = re.compile("[" + "".join(chr(cp) for cp in _TO_MARK) + "]")
# Devanagari letters with a nukta have a one-character form too (U+0958-U+095F, excluded from Unicode composition, so
# NFC does not join them): "ड़" may be typed as U+0921 U+093C or as U+095C
_NUKTA_LETTERS = {"\u0915\u093c": "\u0958", "\u0916\u093c": "\u0959", "\u0917\u093c": "\u095a",
                  "\u091c\u093c": "\u095b", "\u0921\u093c": "\u095c", "\u0922\u093c": "\u095d",
                  "\u092b\u093c": "\u095e", "\u092f\u093c": "\u095f"}


def nukta_variants(form: str) -> list[str]:
    """``form`` and, when it has a Devanagari letter with a nukta, the same with that letter's other encoding."""
    if "\u093c" not in form and not any("\u0958" <= ch <= "\u095f" for ch in form):
        return [form]
    joined, split = form, form
    for pair, single in _NUKTA_LETTERS.items():
        joined, split = joined.replace(pair, single), split.replace(single, pair)
    return list(dict.fromkeys([form, joined, split]))


def marks_as_letters(text: str) -> str:
    """``text`` with Indic vowel signs and other combining marks swapped for letters (same length)."""
    return text.translate(_TO_LETTER) if HAS_INDIC_MARK.search(text) else text


def original_script(text: str) -> str:
    """Undo ``marks_as_letters`` and the spaces put between Chinese words (what a model trained on real text
    should see)."""
    text = text.translate(_TO_MARK) if _HAS_SWAPPED.search(text) else text
    return _CJK_SPACE.sub("", text) if HAS_CJK.search(text) else text


# Words to keep whole, given by every compiled lexicon; handed to jieba when a Chinese text first needs it, so an
# analyzer that never sees Chinese never loads jieba's dictionary
_lock = threading.Lock()
_pending: set[str] = set()


def add_words(words: Iterable[str]) -> None:
    """Keep these words whole when segmenting (lexicon forms, group names, cue words in CJK characters)."""
    new = {w.replace(" ", "") for w in words if HAS_CJK.search(w)}
    if new:
        with _lock:
            _pending.update(new)


@functools.cache
def _tokenizer():
    import jieba  # imported on first CJK text only (0.4 s to load its dictionary)

    jieba.setLogLevel(logging.WARNING)
    return jieba.Tokenizer()


def _segmenter():
    """jieba's tokenizer, with every word given to ``add_words`` so far in its dictionary."""
    tok = _tokenizer()
    if _pending:
        with _lock:
            for word in _pending:
                tok.add_word(word, freq=100_000)  # high enough to win over the dictionary's own splits
            _pending.clear()
    return tok


def cjk_word_breaks(text: str) -> list[int]:
    """Offsets in ``text`` between two CJK characters where one word ends and the next begins."""
    breaks: list[int] = []
    tok = _segmenter()
    for run in _RUN.finditer(text):
        pos = run.start()
        for word in tok.cut(run.group(), HMM=True):
            pos += len(word)
            if pos < run.end():
                breaks.append(pos)
    return breaks
