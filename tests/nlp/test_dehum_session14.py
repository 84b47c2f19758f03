"""Session 14 rule and lexicon changes (``dehum-deprules-v16``, en lexicon 2025.18-19): present-tense naming verbs,
drug dealers as a social group, and animal nouns used as ordinary verbs."""

from __future__ import annotations

import pytest

from nlp import NlpSettings
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer
from tests.nlp.dehum_asserts import assert_flagged, assert_not_flagged


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


@pytest.mark.parametrize(("text", "group"), [
    ("A video attributed to a youth leader describes Fulani herders as 'two-legged locusts who strip the land'.",
     "Fulani"),
    ("The pamphlet brands the Rohingya as vermin that crossed the river.", "Rohingya"),
    ("His latest post labels refugees as parasites on the welfare system.", "refugees"),
    ("The broadcaster portrays Tutsi as cockroaches in every programme.", "Tutsi"),
    ("A leaflet in the camp depicts the Hazaras as rats that must leave.", "Hazara"),
])
def test_present_tense_naming_verbs_name_the_group(analyzer, text: str, group: str) -> None:
    assert_flagged(analyzer, "en", text, "dehumanization", group)


def test_drug_dealers_are_a_group_the_rules_read(analyzer) -> None:
    assert_flagged(analyzer, "en", "Asked about the killings, he said drug pushers were 'not human beings but walking "
                   "garbage'.", "dehumanization", "drug users")
    assert_not_flagged(analyzer, "en", "Police arrested three drug dealers in a raid on Monday.")


@pytest.mark.parametrize("text", [
    "They then fly the product from the southern Bolivian state of Santa Cruz into the Paraguayan region of Chaco.",
    "Smugglers fly the cocaine out of Venezuelan airstrips at night.",
    "Reporters dogged the minister with questions about the Syrian refugees.",
    "The traffickers snake the migrants through the mountains into Greece.",
])
def test_an_animal_noun_used_as_a_verb_says_nothing_of_its_subject(analyzer, text: str) -> None:
    assert_not_flagged(analyzer, "en", text)


@pytest.mark.parametrize(("text", "group"), [
    ("These migrants breed like rats and swarm into our towns.", "migrants"),
    ("Refugees fly in from everywhere like flies to a carcass.", "refugees"),
])
def test_verb_metaphors_of_a_group_still_count(analyzer, text: str, group: str) -> None:
    assert_flagged(analyzer, "en", text, "dehumanization", group)
