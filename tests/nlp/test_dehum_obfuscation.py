"""Character-substitution obfuscation is undone without moving offsets or touching ordinary numbers."""

from __future__ import annotations

import pytest

from nlp.dehumanization.obfuscation import deobfuscate, readable


@pytest.mark.parametrize(("text", "readable"), [
    ("sp4ts ar3 m0nk3ys", "spats are monkeys"),
    ("Br3ck g1rls sh0uld b3 el1m1n4t3d", "Breck girls should be eliminated"),
    ("D34th t0 4ll musl!ms", "Death to all muslims"),
    ("f4gg0ts", "faggots"),
    ("W00t", "Woot"),
])
def test_substitutes_inside_words_are_read_as_letters(text: str, readable: str) -> None:
    assert deobfuscate(text) == readable
    assert len(deobfuscate(text)) == len(text)


@pytest.mark.parametrize("text", [
    "a 4x4 in the G20 in the 1990s, COVID-19!", "Hello! World", "I have 3 dogs", "the 1st and 3rd of May",
    "cost $5 or 5$", "B2B SaaS", "yes!!", "G7 summit, Q3 results, 5G", "Мігранти 2024",
])
def test_numbers_codes_and_punctuation_stay(text: str) -> None:
    assert deobfuscate(text) is text


@pytest.mark.parametrize(("text", "copy", "word", "original"), [
    ("Muslims are v e r m i n.", "Muslims are vermin.", "vermin", "v e r m i n"),
    ("ggggayyyys r ffffffffilllllllllllthhhhhh", "gays r filth", "filth", "ffffffffilllllllllllthhhhhh"),
    ("Refugees are parasitesssss!!!", "Refugees are parasites!!!", "parasites", "parasitesssss"),
    ("I hate w o m e n", "I hate women", "women", "w o m e n"),
])
def test_spaced_and_drawn_out_letters_are_read_as_words(text: str, copy: str, word: str, original: str) -> None:
    got, offsets = readable(text)
    assert got == copy and offsets is not None
    i = copy.index(word)
    assert text[offsets.start(i):offsets.end(i + len(word))] == original


@pytest.mark.parametrize("text", ["Hello world", "the U S A and the U K", "call 1-800-555 or 1000"])
def test_ordinary_text_keeps_its_offsets(text: str) -> None:
    assert readable(text) == (text, None)


def test_arabic_laughter_and_drawn_out_words_stay_as_written() -> None:
    text = "هههههه انت غبي خاااااروف"
    assert readable(text) == (text, None)
