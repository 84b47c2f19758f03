"""The fast whole-text scanner finds exactly what the plain regex finds, in every lexicon language."""

from __future__ import annotations

import json

import pytest

from nlp.lexicons import LexiconMatcher, load_lexicons
from tests.conftest import shared_path

TEXTS = [
    "These cockroaches must be crushed, said the minister. Rats live in the sewers; the rebels' supporters were rats.",
    "We will purge the city of this filth, street by street, until not one of them is left. Every last one.",
    "Les réfugiés sont des cafards. Ces rats doivent quitter notre terre ou périr. Écrasez-les maison par maison.",
    "هؤلاء الكلاب يجب إبادتهم والكلاب في الشوارع",
    "Эти крысы должны быть уничтожены. Diese Leute sind Parasiten, die man ausrotten muss.",
    "Watu hawa ni nyoka, lazima tuwaangamize. Inyenzi zose zigomba kurimburwa. Essa gente é uma praga.",
    "Ratification of the treaty is rather overdue; democracy must not be demonstrated with demons.",
    "Jews are sub-human, gay people belong in a zoo; Los inmigrantes están infestando el país.",
    "",
]


@pytest.fixture(scope="module")
def matcher() -> LexiconMatcher:
    return LexiconMatcher(load_lexicons())


@pytest.mark.parametrize("text", TEXTS)
def test_scan_equals_regex_finditer(matcher: LexiconMatcher, text: str) -> None:
    for comp in matcher.languages.values():
        fast = [(m.start(), m.end(), m.lastgroup) for m in comp._term_scanner.scan(text)]
        plain = [(m.start(), m.end(), m.lastgroup) for m in comp._terms.finditer(text)] if comp._terms else []
        assert fast == plain, comp.language
        fast_groups = [(g.start, g.end, g.normalized) for g in comp.group_mentions(text)]
        plain_groups = [(m.start(), m.end(), comp.groups[m.lastgroup].normalized)
                        for m in comp._groups.finditer(text)] if comp._groups else []
        assert fast_groups == plain_groups, comp.language


def test_scan_equals_regex_on_the_behaviour_examples(matcher: LexiconMatcher) -> None:
    path = shared_path("tocsin_examples", "dehumanization_examples.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for comp in matcher.languages.values():
            assert [(h.start, h.end) for h in comp.scan(text)] == \
                [(m.start(), m.end()) for m in comp._terms.finditer(text)], (comp.language, text)


def test_a_hyphenated_form_is_found_and_the_longest_group_form_wins(matcher: LexiconMatcher) -> None:
    comp = matcher.languages["en"]
    assert [h.text for h in comp.scan("They said Jews are sub-human.")] == ["sub-human"]
    assert [g.text for g in comp.group_mentions("Gay people belong in a zoo.")] == ["Gay people"]


def test_trying_only_the_entries_a_word_can_start_finds_what_the_whole_pattern_finds() -> None:
    from nlp.lexicons import LexiconMatcher, load_lexicons

    comp = LexiconMatcher(load_lexicons()).for_language("en")[0]
    text = ("A stain on the nation: these migrants are rats, a different species, and must die. Muslims should all "
            "be dead, and it is not one of them but every last one. Refugees belong in mass graves; they are vermin.")
    for scanner in (comp._term_scanner, comp._group_scanner):
        fast = [(m.start(), m.end(), m.lastgroup) for m in scanner.scan(text)]
        whole = [(m.start(), m.end(), m.lastgroup) for m in scanner.pattern.finditer(text)]
        assert fast == whole and fast
