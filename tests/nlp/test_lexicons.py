"""Lexicon files: the bundled ones validate, broken ones give clear errors, morphology matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.lexicons import WISH_FRAME, LexiconError, LexiconMatcher, builtin_dir, check_paths, load_lexicons
from tocsin.cli import app

REQUIRED = {"en", "fr", "ar", "es", "pt", "sw", "ru", "uk", "de", "am", "ha", "rw", "it", "nl", "pl", "zh", "hi"}
GOOD = """language: en
version: "ngo-1"
sources: {ngo: "Field monitors, 2025"}
entries:
  - {term: termite brigade, kind: metaphor, category: vermin_insects, source: ngo}
"""


def test_bundled_lexicons_are_valid_and_cover_required_languages() -> None:
    lexicons, problems = check_paths([builtin_dir()])
    assert problems == []
    assert REQUIRED <= {lx.language for lx in lexicons}
    for lex in lexicons:
        assert lex.version and lex.sources
        assert {e.kind for e in lex.entries} >= {"metaphor", "eliminationist"}, lex.language


@pytest.mark.parametrize(("body", "message"), [
    (GOOD.replace("source: ngo}", "source: nobody}"), "undeclared source"),
    (GOOD.replace("category: vermin_insects", "category: bugs"), "needs a category"),
    (GOOD.replace("language: en", "language: zz"), "ISO 639-1"),
    (GOOD.replace("kind: metaphor, category: vermin_insects", "kind: coded, category: vermin_insects"),
     "needs `country`"),
    (GOOD + "  - {term: Termite Brigade, kind: metaphor, category: vermin_insects, source: ngo}\n", "duplicate"),
    (GOOD.replace('version: "ngo-1"\n', ""), "version"),
    (GOOD + "  - {term: lynch, kind: eliminationist, category: violence, source: ngo}\n", "category is empty, 'threat'"),
    (GOOD + "  - {term: smert, kind: eliminationist, category: death_to, source: ngo}\n", "need `cues.death_to_endings`"),
    (GOOD + "  - {term: \"'yan iska\", kind: metaphor, category: filth, source: ngo}\n", "must start with a letter"),
    ("language: en\nentries: [", "not valid YAML"),
    (GOOD + "cues:\n  wish_frames: ['the only good (\\w+ is']\n", "not a valid regular expression"),
])
def test_broken_lexicon_reports_clear_problem(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(body, encoding="utf-8")
    lexicons, problems = check_paths([path])
    assert not lexicons
    assert any(message in str(p) for p in problems), problems
    with pytest.raises(LexiconError, match="tocsin lexicon check"):
        load_lexicons([tmp_path])


def test_cli_lexicon_check_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["lexicon", "check"])
    assert ok.exit_code == 0, ok.output
    (tmp_path / "bad.yaml").write_text(GOOD.replace("source: ngo}", "source: nobody}"), encoding="utf-8")
    bad = runner.invoke(app, ["lexicon", "check", str(tmp_path)])
    assert bad.exit_code == 1
    assert "undeclared source" in bad.output


def test_extra_lexicon_folder_adds_terms_and_version(tmp_path: Path) -> None:
    (tmp_path / "ngo.yaml").write_text(GOOD, encoding="utf-8")
    lexset = load_lexicons([tmp_path])
    assert "ngo-1" in lexset.versions["en"]
    hits = LexiconMatcher(lexset).languages["en"].terms("They are a termite brigade.")
    assert [h.term for h in hits] == ["termite brigade"]


@pytest.mark.parametrize(("lang", "text", "term"), [
    ("en", "The cockroaches", "cockroach"),
    ("en", "they were exterminated", "exterminat"),
    ("ar", "هؤلاء الكلاب", "كلاب"),
    ("ar", "هؤلاء كلاب", "كلاب"),
    ("ar", "والكلاب", "كلاب"),
    ("ru", "Эти крысами", "крыс"),
    ("sw", "lazima tuwaangamize", "angamiz"),
    ("de", "Diese Parasiten", "Parasit"),
    ("fr", "des cafards", "cafard"),
    ("am", "አይጦች ናቸው", "አይጥ"),  # Ge'ez plural: the last syllable changes order (ጥ -> ጦ) before ች
    ("am", "ውሾች", "ውሻ"),
    ("ru", "Оппозицию надо раздавить", "раздав"),
    ("pl", "Imigranci są szczurami", "szczur"),  # instrumental case
    ("pl", "są pasożytami", "pasożyt"),
    ("pl", "Uchodźcy są zarazą", "zaraza"),
    ("nl", "Het zijn kakkerlakken", "kakkerlak"),
    ("it", "Sono scarafaggi", "scarafaggio"),
])
def test_morphology_variants_match(lang: str, text: str, term: str) -> None:
    hits = LexiconMatcher(load_lexicons()).languages[lang].terms(text)
    assert term in [h.term for h in hits]


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Zaraz wracam, to plagiat."),  # "zaraz" (at once) is not "zaraza", "plagiat" is not "plaga"
    ("pl", "Demonstracja zwierzchników: zwierzają się."),  # not "demon", not "zwierzę"
    ("nl", "De ratificatie van het verdrag."),  # "rat" does not grow into "ratificatie"
    ("it", "Il rattoppo della cantina."),
])
def test_stems_do_not_swallow_unrelated_words(lang: str, text: str) -> None:
    hits = LexiconMatcher(load_lexicons()).languages[lang].terms(text)
    assert hits == []


def test_word_match_does_not_fire_inside_other_words() -> None:
    comp = LexiconMatcher(load_lexicons()).languages["en"]
    assert comp.terms("The ratification of the treaty") == []
    assert comp.terms("A rat.") != []


def test_a_wish_frame_is_an_eliminationist_hit_in_place_of_the_words_inside_it(tmp_path: Path) -> None:
    (tmp_path / "ngo.yaml").write_text(GOOD + "cues:\n  wish_frames: ['the only good \\w+ is a dead \\w+']\n",
                                      encoding="utf-8")
    matcher = LexiconMatcher(load_lexicons([tmp_path]))
    text = "They said the only good termite is a dead termite, again."
    hits = [h for comp in matcher.for_language("en") for h in comp.terms(text)]
    frames = [h for h in hits if h.category == WISH_FRAME]
    assert [h.text for h in frames] == ["the only good termite is a dead termite"]
    assert frames[0].kind == "eliminationist"
    assert not [h for h in hits if h.category != WISH_FRAME and frames[0].start <= h.start < frames[0].end]
