"""Scripts Python's regex reads poorly: Hindi vowel signs and Chinese words without spaces (nlp/lexicons/scripts.py)."""

from __future__ import annotations

import re

from nlp.dehumanization.obfuscation import readable
from nlp.lexicons.scripts import add_words, cjk_word_breaks, marks_as_letters, original_script


def test_a_hindi_word_with_vowel_signs_is_one_word() -> None:
    text = "मुसलमानों को मार देना चाहिए"
    assert re.findall(r"\w+", text) != text.split()  # Python's \w alone breaks the words at their vowel signs
    swapped = marks_as_letters(text)
    assert len(swapped) == len(text)
    assert re.findall(r"\w+", swapped) == swapped.split()
    assert original_script(swapped) == text


def test_latin_text_is_left_as_it_is() -> None:
    text = "Refugees are vermin."
    assert marks_as_letters(text) is text
    assert original_script(text) is text


def test_chinese_is_cut_into_words_and_a_lexicon_word_stays_whole() -> None:
    text = "我们应该杀光所有的敌人"
    add_words(["杀光所有"])
    breaks = cjk_word_breaks(text)
    words = [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]
    assert "".join(words) == text
    assert "杀光所有" in words
    assert "我们" in words


def test_readable_spaces_chinese_words_and_maps_every_word_back() -> None:
    text = "他说：穆斯林都是害虫！"
    copy, offsets = readable(text)
    assert offsets is not None
    assert copy.replace(" ", "") == text
    for m in re.finditer(r"\w+", copy):
        assert text[offsets.start(m.start()):offsets.end(m.end())] == m.group()


def test_readable_keeps_japanese_kana_text_readable_and_ascii_untouched() -> None:
    assert readable("Hello world")[0] == "Hello world"
    copy, _ = readable("東京で地震")
    assert copy.replace(" ", "") == "東京で地震"
