"""Session 13: sentences that talk about a wording ("Calling refugees vermin is how it starts"), coded terms that name
their group, shouted and chat-spelt posts, and English metaphors and groups the lexicon lacked.

The sentences below were WRITTEN BY THE TOCSIN TEAM for this check (no dataset text).
"""

from __future__ import annotations

import pytest

from nlp import NlpSettings, TextContext
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer
from nlp.dehumanization.analyzer import _cased
from nlp.lexicons import load_lexicons
from nlp.lexicons.model import Cues


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


def _findings(analyzer: DehumanizationAnalyzer, lang: str, text: str):
    return analyzer.analyze(text, TextContext(language=lang)).findings


# a sentence that opens by naming the act of calling or comparing, with nobody quoted, talks about the words
MENTIONS = [
    ("en", "Calling migrants cockroaches is how genocide starts."),
    ("en", "To call refugees rats is to deny that they are people."),
    ("en", "Comparing the Roma to vermin has a long and ugly history in Europe."),
    ("es", "Llamar cucarachas a los inmigrantes es deshumanizarlos."),
    ("pt", "Chamar os indígenas de animais é racismo e deve ser punido."),
    ("fr", "Traiter les migrants de rats, c'est préparer le terrain à la violence."),
    ("uk", "Називати біженців тарганами неприпустимо."),
    ("ru", "Называть мигрантов крысами недопустимо."),
    ("sw", "Kuwaita watu wa jamii nyingine madoadoa ni uchochezi."),
    ("rw", "Kwita Abatutsi inyenzi ni imvugo y'urwango."),
    ("pl", "Nazywanie uchodźców szczurami to mowa nienawiści."),
    ("it", "Chiamare gli immigrati ratti è disumanizzante."),
]


@pytest.mark.parametrize(("lang", "text"), MENTIONS)
def test_a_sentence_about_calling_people_names_is_no_finding(analyzer, lang: str, text: str) -> None:
    assert _findings(analyzer, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    # the same verbs with somebody who used the words, or not at the start, still report or use the rhetoric
    ("en", "The minister was filmed calling migrants cockroaches at a rally in the capital."),
    ("es", "El alcalde llamó ratas a los inmigrantes durante el pleno."),
    ("en", "Calling all patriots: these cockroaches must be crushed before they breed."),
])
def test_calling_with_a_speaker_or_a_call_still_counts(analyzer, lang: str, text: str) -> None:
    assert _findings(analyzer, lang, text)


def test_mention_openings_are_validated_regular_expressions() -> None:
    with pytest.raises(ValueError, match="not a valid regular expression"):
        Cues(mention_openings=["calling("])
    assert load_lexicons().by_language["en"][0].cues.mention_openings


@pytest.mark.parametrize("text", [
    "The inyenzi are still hiding in the plantations near the parish, the announcer said.",
    "Inyenzi are everywhere in the hills; do not let one escape.",
])
def test_a_coded_term_names_its_group_in_english(analyzer, text: str) -> None:
    findings = _findings(analyzer, "en", text)
    assert findings and "dehumanization" in findings[0].labels


def test_a_coded_term_that_is_also_a_word_keeps_its_literal_reading(analyzer) -> None:
    # Kinyarwanda "inyenzi" is also the insect: a kitchen keeps it literal there
    assert _findings(analyzer, "rw", "Inyenzi nyinshi ziri mu gikoni cyacu.") == []


@pytest.mark.parametrize(("text", "group"), [
    ("ALL JOURNALISTS ARE PARASITES. HANG EVERY LAST ONE OF THEM.", "journalists"),
    ("Women are livestock, good for breeding and nothing more.", "women"),
    ("The Igbo are vultures picking at the carcass of this nation.", "Igbo"),
    ("Russians are orcs, not people.", "Russians"),
    ("Ukrainians are a rot in the Slavic body.", "Ukrainians"),
    ("We should wipe the Rohingya off the map, every last one of them.", "Rohingya"),
    ("these ppl arent even human lol, subhuman trash from the camps", "those people"),
])
def test_english_metaphors_groups_and_spellings_of_session_13(analyzer, text: str, group: str) -> None:
    findings = _findings(analyzer, "en", text)
    assert findings and group in findings[0].target_groups


@pytest.mark.parametrize("text", [
    "The vultures circled over the carcass of a cow near the road.",
    "The orcs storm Helm's Deep in the second film of the trilogy.",
    "Black mould spread across the walls of the flat after the flood.",
    "The new vaccine could wipe malaria off the map within a decade.",
    "Reporters covered the match between the two local teams.",
    "Farmers lost most of their livestock in the drought.",
    "There is a rot in our institutions that no election will cure.",
    "JOURNALISTS ARE NOT THE ENEMY OF THE PEOPLE.",
])
def test_benign_uses_of_the_new_words(analyzer, text: str) -> None:
    assert _findings(analyzer, "en", text) == []


def test_shouted_sentences_are_parsed_in_lower_case_with_the_same_offsets() -> None:
    shouted = "ALL JOURNALISTS ARE PARASITES."
    assert _cased(shouted) == "All journalists are parasites."
    assert _cased("The UN and NATO met.") == "The UN and NATO met."
    assert len(_cased("İSTANBUL'DA GÖSTERİ YAPILDI VE POLİS MÜDAHALE ETTİ")) == len(
        "İSTANBUL'DA GÖSTERİ YAPILDI VE POLİS MÜDAHALE ETTİ")


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("sw", "Wakimbizi si chochote ila mende.", "refugees"),
    ("ha", "Kiristoci ba komai ba ne illa kyankyasai.", "Christians"),
])
def test_nothing_but_in_swahili_and_hausa_keeps_the_metaphor(analyzer, lang: str, text: str, group: str) -> None:
    findings = _findings(analyzer, lang, text)
    assert findings and group in findings[0].target_groups


def test_an_arabic_sentence_opening_with_a_verb_of_describing_is_no_mention(analyzer) -> None:
    # "وصف" and "نعت" are also the past-tense verbs: "the MP described Syrian refugees as insects"
    assert _findings(analyzer, "ar", "وصف النائب اللاجئين السوريين بأنهم حشرات يجب طردها.")


@pytest.mark.parametrize("text", [
    "But CNN told me leftist mobs are a myth?",
    "The country will be ruined thanks to the liberals and their policies.",
])
def test_ideological_camps_do_not_lower_the_classifier_bar(analyzer, text: str) -> None:
    assert _findings(analyzer, "en", text) == []


def test_wiping_a_country_off_the_map_is_no_wish_about_a_group(analyzer) -> None:
    assert _findings(analyzer, "en", "The country was invaded by the Iraqi regime in a bid to wipe it off the map.") == []


@pytest.mark.parametrize("text", [
    ("A flyer handed out door to door described Roma families in the area as 'rats in the stairwells, gnawing at "
    "everything decent people have built'."),
    "Addressing the crowd, a preacher called Muslim traders 'leeches fattening on our blood' and left the stage.",
])
def test_a_naming_frame_the_parse_misses_still_counts(analyzer, text: str) -> None:
    findings = _findings(analyzer, "en", text)
    assert findings and "dehumanization" in findings[0].labels


@pytest.mark.parametrize("text", [
    "The report called for an end to the rats in the Roma settlement.",
    "Officials described the Roma camp as infested with rats.",
    "Residents called the Roma council to complain about rats.",
])
def test_naming_verbs_that_name_no_group_do_not_count(analyzer, text: str) -> None:
    assert _findings(analyzer, "en", text) == []


def test_single_quotation_marks_are_blanked_for_the_parse_but_apostrophes_stay() -> None:
    from nlp.dehumanization.analyzer import _single_quotes_blanked

    text = "They called refugees 'rats in the walls' and don't care."
    blanked = _single_quotes_blanked(text)
    assert len(blanked) == len(text)
    assert "'rats" not in blanked and "walls'" not in blanked and "don't" in blanked


@pytest.mark.parametrize(("text", "group"), [
    ("Landlords are ticks, sucking tenants dry.", "landlords"),
    ("Cops are pigs and belong in a slaughterhouse.", "police officers"),
    ("The settlers are a thorn bush that must be cleared.", "settlers"),
    ("The radical left is metastasizing; leftists are a cancer on this state.", "leftists"),
    ("These Armenians are not even half human.", "Armenians"),
])
def test_english_words_and_groups_added_late_in_session_13(analyzer, text: str, group: str) -> None:
    findings = _findings(analyzer, "en", text)
    assert findings and group in findings[0].target_groups


@pytest.mark.parametrize("text", [
    "The exterminator will fumigate the building on Monday.",
    "The tumour had metastasized to the liver, the doctors said.",
    "Wasps built a nest under the roof of the settlers' old barn.",
    "Cops arrested two men after the robbery, police said.",
    "Fungus spread across the homeless shelter's bathroom walls.",
])
def test_benign_uses_of_the_late_words(analyzer, text: str) -> None:
    assert _findings(analyzer, "en", text) == []
