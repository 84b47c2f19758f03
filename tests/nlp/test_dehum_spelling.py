"""Misspelt terms and groups are read as the words they stand for; real words, names and other scripts are not
(nlp/dehumanization/spelling.py)."""

from __future__ import annotations

import pytest

from nlp import NlpSettings, TextContext
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer
from nlp.dehumanization.obfuscation import OffsetMap, readable
from nlp.dehumanization.spelling import SpellingRepair, compose
from nlp.lexicons import LexiconMatcher, load_lexicons


@pytest.fixture(scope="module")
def matcher() -> LexiconMatcher:
    return LexiconMatcher(load_lexicons())


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


@pytest.mark.parametrize(("lang", "word", "fixed"), [
    ("en", "rtas", "rats"),  # two letters swapped
    ("en", "vremin", "vermin"),
    ("en", "mulsims", "muslims"),
    ("en", "cockroches", "cockroaches"),  # one letter missing
    ("en", "vermn", "vermin"),
    ("en", "refugess", "refugees"),  # one letter changed
    ("en", "parasitess", "parasites"),  # one letter too many
    ("en", "vermiin", "vermin"),
    ("en", "muslimsare", "muslims are"),  # two words run together
    ("en", "disgustingvermin", "disgusting vermin"),
    ("fr", "cafrads", "cafards"),
    ("es", "cucarcahas", "cucarachas"),
    ("de", "ungezifer", "ungeziefer"),
    ("pl", "karaulchy", "karaluchy"),
    ("ru", "мусульамне", "мусульмане"),
])
def test_a_misspelt_term_or_group_is_read_as_the_word(matcher: LexiconMatcher, lang: str, word: str,
                                                      fixed: str) -> None:
    assert SpellingRepair(matcher.languages[lang]).word(word).sure == fixed


@pytest.mark.parametrize("word", [
    "rates", "arts", "brats", "pets", "pests", "rats", "vermin",  # real words, and the terms themselves
    "rast", "ratss",  # "last" and "rates" are far likelier than "rats"
    "vermis",  # a rare real word: read as another only when two letters were swapped
    "peope",  # a typo, but not of a term or a group
])
def test_real_words_and_other_typos_stay(matcher: LexiconMatcher, word: str) -> None:
    assert SpellingRepair(matcher.languages["en"]).word(word).sure is None


def test_a_name_inside_a_sentence_is_read_as_a_group_but_never_as_a_term(matcher: LexiconMatcher) -> None:
    repair = SpellingRepair(matcher.languages["en"])
    assert repair.repair("Goals: Javier Gonzales 1, Vremin Saint 2.")[0] == "Goals: Javier Gonzales 1, Vremin Saint 2."
    assert repair.repair("I hate Muslmis.")[0] == "I hate Muslims."
    assert repair.repair("Vremin, all of them.")[0] == "Vermin, all of them."  # a sentence's first word


def test_the_copy_maps_back_to_the_original_characters(matcher: LexiconMatcher) -> None:
    text = "İstanbul: Muslmis are disgustingvermin, REFUGESS too."
    copy, offsets = SpellingRepair(matcher.languages["en"]).repair(text)
    assert copy == "İstanbul: Muslims are disgusting vermin, REFUGEES too."
    assert offsets is not None
    for word, original in [("Muslims", "Muslmis"), ("vermin", "disgustingvermin"), ("REFUGEES", "REFUGESS"),
                           ("too", "too"), ("İstanbul", "İstanbul")]:
        i = copy.index(word)
        assert text[offsets.start(i):offsets.end(i + len(word))] == original


def test_ordinary_text_is_returned_as_it_is(matcher: LexiconMatcher) -> None:
    text = "The rates of rats in the city rose, officials said on Tuesday."
    copy, offsets = SpellingRepair(matcher.languages["en"]).repair(text)
    assert copy is text and offsets is None


def test_compose_chains_two_copies() -> None:
    disguised = "Musl1ms are rtas"
    first, first_map = readable(disguised)
    assert first == "Muslims are rtas" and first_map is None  # one character for one
    shifted = OffsetMap(origin=(0, 0, 1, 2), until=(1, 1, 2, 3))  # a copy with a character inserted at the start
    both = compose(OffsetMap(origin=(5, 6, 7), until=(6, 7, 9)), shifted)
    assert both is not None and both.origin == (5, 5, 6, 7) and both.until == (6, 6, 7, 9)
    assert compose(None, shifted) is shifted and compose(shifted, None) is shifted


@pytest.mark.parametrize(("lang", "text", "evidence"), [
    ("en", "Muslims are rtas.", "rtas"),
    ("en", "Refugess are parasits and should be treated as such.", "parasits"),
    ("en", "Jews are cockroches.", "cockroches"),
    ("en", "Muslimsare vermin.", "vermin"),
    ("en", "Th3 mulsims are vremin.", "vremin"),  # a look-alike substitute and a swap in one post
    ("fr", "Les musulamns sont des cafrads.", "cafrads"),
    ("de", "Flüchtlnige sind Ungezifer.", "Ungezifer"),
    ("es", "Los musulamnes son cucarcahas.", "cucarcahas"),
])
def test_misspelt_posts_are_flagged_with_evidence_from_the_original(analyzer: DehumanizationAnalyzer, lang: str,
                                                                    text: str, evidence: str) -> None:
    findings = analyzer.analyze(text, TextContext(language=lang)).findings
    assert findings, text
    assert evidence in [e.text for f in findings for e in f.evidence]
    for f in findings:
        for e in f.evidence:
            assert text[e.start:e.end] == e.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rates of rats in the city rose, officials said."),
    ("en", "Brats and pets: the arts festival opens on Friday."),
    ("en", "Starven Saint Hilare scored one goal."),
])
def test_ordinary_text_near_terms_is_not_flagged(analyzer: DehumanizationAnalyzer, lang: str, text: str) -> None:
    assert not analyzer.analyze(text, TextContext(language=lang)).findings


@pytest.mark.parametrize(("word", "fixed"), [
    ("refugeees", "refugees"), ("killl", "kill"), ("trashhhh", "trash"), ("ggggayyyys", "gays"),
    ("ffffffffilllllllllllthhhhhh", "filth"),
])
def test_drawn_out_letters_are_read_as_one_or_two_whichever_makes_a_word(matcher: LexiconMatcher, word: str,
                                                                         fixed: str) -> None:
    assert SpellingRepair(matcher.languages["en"]).word(word).sure == fixed
    copy, _ = readable(word, drawn_out=False)
    assert copy == word  # left to the repair, which knows the words
    assert readable(word)[0] != word  # without it, every run is read as one letter


def test_a_term_nearly_as_likely_as_another_word_is_read_in_a_text_about_a_group(matcher: LexiconMatcher) -> None:
    repair = SpellingRepair(matcher.languages["en"])
    assert repair.repair("Muslims are sucm.")[0] == "Muslims are scum."
    assert repair.repair("It was sucm a day.")[0] == "It was such a day."
    assert repair.repair("Jews dserve to die.")[0] == "Jews deserve to die."


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("en", "muslims r rats", "dehumanization"),
    ("en", "gays shud all b shot", "eliminationist"),
    ("en", "we gonna kill all muslims", "eliminationist"),
    ("es", "los judíos son ratas q deben morir", "eliminationist"),
])
def test_chat_spellings_are_read_as_the_words(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                              label: str) -> None:
    findings = analyzer.analyze(text, TextContext(language=lang)).findings
    assert findings and label in findings[0].labels, text


def test_chat_spellings_are_lower_case_whole_words_only(matcher: LexiconMatcher) -> None:
    repair = SpellingRepair(matcher.languages["en"])
    assert repair.repair("U Thant met R. Kelly; Plan B failed.")[0] == "U Thant met R. Kelly; Plan B failed."
    copy, offsets = repair.repair("they r rats, n u know it")
    assert copy == "they are rats, and you know it"
    assert offsets is not None and "they r rats"[offsets.start(5):offsets.end(8)] == "r"
