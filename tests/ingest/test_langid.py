"""Offline language identification."""

from __future__ import annotations

import pytest

from ingest import identify_language


@pytest.mark.parametrize(("text", "language"), [
    ("Armed men attacked the village on Tuesday, killing at least twenty people.", "en"),
    ("Des hommes armés ont attaqué le village mardi, tuant au moins vingt personnes.", "fr"),
    ("Hombres armados atacaron la aldea el martes y mataron al menos a veinte personas.", "es"),
    ("هاجم مسلحون القرية يوم الثلاثاء وقتلوا ما لا يقل عن عشرين شخصا", "ar"),
])
def test_identifies_language_with_normalized_score(text: str, language: str) -> None:
    guess = identify_language(text)
    assert guess.language == language
    assert 0.5 < guess.score <= 1.0


@pytest.mark.parametrize("text", ["", "OK", "12345 67890 !!!", "Breaking"])
def test_too_short_text_gets_no_guess(text: str) -> None:
    guess = identify_language(text)
    assert guess.language is None and guess.score == 0.0
