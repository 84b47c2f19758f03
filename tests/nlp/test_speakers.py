import pytest

from nlp.dehumanization.obfuscation import readable
from nlp.lexicons.scripts import original_script
from nlp.speakers import attribute_speaker, role_of


def test_condemned_for_calling_attributes_to_the_original_speaker() -> None:
    sp = attribute_speaker("The UN condemned the minister for calling refugees cockroaches.")
    assert sp is not None
    assert sp.name == "minister" and sp.role == "minister" and sp.is_official


@pytest.mark.parametrize(("sentence", "role", "official"), [
    ("The interior minister told a rally that the newcomers were locusts.", "minister", True),
    ("A regional governor said the rebels' supporters were rats.", "official", True),
    ("Opposition leaders condemned the general for describing the minority as a disease.", "military", True),
    ("The preacher called the converts snakes in the grass.", "cleric", False),
    ("The militia's radio station described the clan as hyenas.", "media", False),
    ("Le chef de la milice a traité les villageois de cafards.", "militia_leader", False),
    ("These people are rats, according to President Ada Obi.", "head_of_state", True),
    # session 7: "According to" opening the sentence, compounds and role words in other languages, chants
    ("According to the interior minister, the refugees are cockroaches.", "minister", True),
    ("Der Innenminister sagte, Flüchtlinge seien Ungeziefer.", "minister", True),
    ("El portavoz dijo que los inmigrantes son ratas.", "official", True),
    ("Mbunge huyo alisema kwamba wakimbizi ni mende.", "politician", False),
    ("Militia leader Joseph Kony told his fighters the Acholi were snakes.", "militia_leader", False),
    # session 8: a generic head takes its institution's role
    ("A senior police officer called the Kurds subhuman.", "police", True),
    ("The army spokesman called the Rohingya vermin.", "military", True),
    ("Militia leaders told villagers to kill every Hutu they could find.", "militia_leader", False),
])
def test_roles(sentence: str, role: str, official: bool) -> None:
    sp = attribute_speaker(sentence)
    assert sp is not None and sp.role == role and sp.is_official is official


def test_person_name_and_offsets() -> None:
    sentence = '"They are vermin," said General Tom Bako.'
    sp = attribute_speaker(sentence, offset=100, person_names=["Tom Bako"])
    assert sp is not None and sp.name == "Tom Bako" and sp.role == "military"
    assert sp.evidence is not None and sp.evidence.start >= 100


def test_no_speaker_in_unattributed_sentence() -> None:
    assert attribute_speaker("They multiply like flies, and flies must be swatted.") is None
    assert role_of("some blogger") == "unknown"


def test_apposition_role_and_evidence_source_is_not_the_speaker() -> None:
    from nlp.speakers import attribute_speaker

    sentence = ("A provincial minister of security, Jean-Baptiste Mwamba, told a rally on Wednesday that herders "
                "were cockroaches who must be cleansed, according to recordings of the speech.")
    speaker = attribute_speaker(sentence)
    assert speaker is not None
    assert (speaker.name, speaker.role, speaker.is_official) == ("Jean-Baptiste Mwamba", "minister", True)


def test_speaker_after_closing_quote_and_comma() -> None:
    """“..., ” the minister said — the closing quote sits between the comma and the speaker."""
    sentence = ("“They are cockroaches who must be cleansed,” the minister said to a crowd, "
                "according to the recordings.")
    speaker = attribute_speaker(sentence)
    assert speaker is not None and speaker.role == "minister" and speaker.is_official


def test_a_chant_has_its_chanters_as_speaker() -> None:
    sp = attribute_speaker("Protesters chanted that Jews are rats.")
    assert sp is not None and sp.name == "Protesters"


@pytest.mark.parametrize(("sentence", "name"), [
    # who called the group names is the speaker, not who reports it
    ("Activists said the police chief called the Kurds subhuman.", "police chief"),
    ('Activists reported that a senior police officer had called the Kurds "subhuman".', "senior police officer"),
    ("Witnesses told reporters that a militia commander had described the villagers as vermin.", "militia commander"),
    # a speaker after the quotation, in other languages
    ("«Los gitanos son ratas», dijo el alcalde.", "alcalde"),
    ('"Os ciganos são ratos", disse o prefeito.', "prefeito"),
    ("„Die Flüchtlinge sind Ratten“, sagte der Bürgermeister.", "Bürgermeister"),
    ("«Мигранты — крысы», — заявил депутат.", "депутат"),
])
def test_speaker_names_in_reported_speech(sentence: str, name: str) -> None:
    sp = attribute_speaker(sentence)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize(("text", "name", "role"), [
    ('Governor Ali Musa addressed a rally in Kano on Sunday. "These traders are cockroaches," he said.',
     "Governor Ali Musa", "official"),
    ("The interior minister spoke to reporters on Monday. She said the migrants were a plague.",
     "interior minister", "minister"),
])
def test_a_pronoun_speaker_is_the_subject_of_an_earlier_sentence(text: str, name: str, role: str) -> None:
    cut = text.index(". ") + 2
    sp = attribute_speaker(text[cut:], offset=cut, before=text[:cut])
    assert sp is not None and (sp.name, sp.role) == (name, role)
    assert sp.evidence is not None and text[sp.evidence.start:sp.evidence.end].endswith(name)


def test_a_pronoun_speaker_without_an_antecedent_is_nobody() -> None:
    assert attribute_speaker('"They are rats," he said.', before="It rained all day. ") is None


def test_a_possessor_is_not_the_speaker() -> None:
    sp = attribute_speaker("President Kagame's rival described the opposition as snakes.")
    assert sp is not None and sp.role != "head_of_state"


@pytest.mark.parametrize(("sentence", "role"), [
    ("Em vídeo, o pastor chamou os muçulmanos de vermes.", "cleric"),  # after an opening phrase
    ("Der AfD-Politiker bezeichnete Flüchtlinge als Ungeziefer.", "politician"),
    ("O vereador disse que os haitianos são uma praga.", "politician"),
])
def test_speakers_in_portuguese_and_german_news(sentence: str, role: str) -> None:
    sp = attribute_speaker(sentence)
    assert sp is not None and sp.role == role


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Minister: 'Migrants are locusts devouring our country'", "Minister", "minister"),  # a headline
    ("'They are rats,' President Ndayishimiye said of the Tutsi.", "President Ndayishimiye", "head_of_state"),
    ("In a video posted on Facebook, militia leader Jean Bosco called the Hema cockroaches.",
     "militia leader Jean Bosco", "militia_leader"),  # the opening phrase is no subject
    ("According to witnesses, the police chief described the Oromo protesters as vermin.", "police chief",
     "police"),  # the witnesses are the source; the chief did the naming
    ("Kill every last one of the Hazara dogs, the commander ordered.", "commander", "military"),
])
def test_headlines_single_quotes_openers_sources_and_orders(sentence: str, name: str, role: str) -> None:
    speaker = attribute_speaker(sentence)
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ('El ministro del Interior, Juan Pérez, calificó a los migrantes de "plaga" durante un mitin.', "Juan Pérez",
     "minister"),
    ('"Son ratas y hay que exterminarlas", dijo el alcalde de la ciudad sobre los gitanos.', "alcalde de la ciudad",
     "official"),
    ("„Diese Leute sind Ungeziefer“, sagte der Bürgermeister über die Roma.", "Bürgermeister", "official"),
])
def test_spanish_naming_verbs_and_what_the_words_were_about(sentence: str, name: str, role: str) -> None:
    sp = attribute_speaker(sentence)
    assert sp is not None and (sp.name, sp.role) == (name, role)


@pytest.mark.parametrize(("sentence", "name"), [
    ("The minister denied calling the protesters rats.", "minister"),
    ("The mayor has denied having called the Roma vermin.", "mayor"),
    ("Le ministre a nié avoir traité les manifestants de rats.", "ministre"),
])
def test_a_denial_names_who_is_said_to_have_spoken(sentence: str, name: str) -> None:
    sp = attribute_speaker(sentence)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Il ministro dell'Interno ha detto che i migranti sono parassiti.", "Il ministro dell'Interno", "minister"),
    ("I migranti sono parassiti, ha detto il sindaco.", "il sindaco", "official"),
    ("De minister zei dat moslims ongedierte zijn.", "De minister", "minister"),
    ("Minister spraw wewnętrznych powiedział, że imigranci to robactwo.", "Minister spraw wewnętrznych", "minister"),
    ("内政部长说，穆斯林都是害虫。", "内政部长", "minister"),
    ("गृह मंत्री ने कहा कि मुसलमान कीड़े हैं।", "गृह मंत्री", "minister"),
])
def test_italian_dutch_polish_chinese_and_hindi_speakers(text: str, name: str, role: str) -> None:
    copy, _ = readable(text)  # what the analyzer reads: Chinese words spaced, Hindi vowel signs as letters
    speaker = attribute_speaker(copy)
    assert speaker is not None
    assert (original_script(speaker.name), speaker.role, speaker.is_official) == (name, role, True)
