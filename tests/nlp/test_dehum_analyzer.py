"""The dehumanization analyzer end to end: behaviour examples, rules vs literal, CLI, evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from nlp import NlpSettings, TextContext
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer, split_sentences
from tests.conftest import shared_path
from tocsin.cli import app


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


def _findings(analyzer: DehumanizationAnalyzer, text: str, lang: str = "en"):
    return analyzer.analyze(text, TextContext(language=lang)).findings


def test_tocsin_examples_behaviour(analyzer: DehumanizationAnalyzer) -> None:
    path = shared_path("tocsin_examples", "dehumanization_examples.jsonl")
    wrong = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        found = bool(_findings(analyzer, row["text"], row["lang"]))
        if found != bool(row["label"]):
            wrong.append(row["text"])
    assert wrong == []


def test_un_condemned_minister_case(analyzer: DehumanizationAnalyzer) -> None:
    text = "The UN condemned the minister for calling refugees cockroaches."
    (finding,) = _findings(analyzer, text)
    assert finding.speaker is not None
    assert (finding.speaker.name, finding.speaker.role, finding.speaker.is_official) == ("minister", "minister", True)
    assert finding.target_groups == ["refugees"]
    assert [e.text for e in finding.evidence] == ["cockroaches"]
    assert text[finding.evidence[0].start:finding.evidence[0].end] == "cockroaches"
    assert set(finding.versions) == {"lexicon", "rules", "model", "screen", "speakers", "spelling"}


@pytest.mark.parametrize("text", [
    "These cockroaches must be crushed.",
    "The refugees are rats, the governor said.",
    "They breed like rats and must be wiped out.",
    "The opposition are a cancer on this nation.",
])
def test_metaphor_about_people_is_found(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert _findings(analyzer, text)


@pytest.mark.parametrize("text", [
    "Cockroaches were found in a restaurant kitchen.",
    "Locusts destroyed the crops across the province.",
    "The virus was isolated in a lab in 2019.",
    "Police carried out a house by house search for the suspect.",
    "The champions crushed them 5-0 in the final.",
    "Pest control officers removed rats from the market.",
    "Doctors said the cancer had spread to the patient's liver.",
])
def test_literal_use_is_not_found(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert _findings(analyzer, text) == []


def test_eliminationist_severity_and_official_speaker(analyzer: DehumanizationAnalyzer) -> None:
    text = "These cockroaches must be crushed, said Interior Minister John Kamau."
    (finding,) = _findings(analyzer, text)
    assert finding.labels == ["dehumanization", "eliminationist"]
    assert finding.speaker is not None and finding.speaker.is_official
    plain = _findings(analyzer, "The refugees are rats.")[0]
    assert finding.severity > plain.severity


def test_article_offsets_point_into_the_text(analyzer: DehumanizationAnalyzer) -> None:
    text = ("Parliament met on Tuesday.\n\nThe budget passed after a long debate. "
            "A regional governor said the rebels' supporters were rats. Markets were calm.")
    assert len(split_sentences(text)) == 4
    (finding,) = _findings(analyzer, text)
    assert text[finding.sentence.start:finding.sentence.end].startswith("A regional governor")


def test_cli_analyze_text_json() -> None:
    result = CliRunner().invoke(app, ["analyze-text", "Ces rats doivent quitter notre terre ou périr.",
                                      "--lang", "fr", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    dehum = [f for f in data["findings"] if "dehumanization" in f["labels"]]
    assert dehum and dehum[0]["evidence"][0]["text"] == "rats"


def test_cli_evaluate_dehumanization(tmp_path: Path) -> None:
    rows = [("These cockroaches must be crushed.", 1, "en"), ("The refugees are vermin.", 1, "en"),
            ("Cockroaches were found in the kitchen.", 0, "en"), ("Eso es todo por hoy.", 0, "es"),
            ("Эти крысы должны быть уничтожены.", 1, "ru")]
    path = tmp_path / "eval.jsonl"
    path.write_text("".join(json.dumps({"text": t, "label": y, "lang": lang}) + "\n" for t, y, lang in rows),
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "dehumanization", "--data", str(path), "--lang-col", "lang",
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output.strip().splitlines()[-1])
    assert data["n"] == 5 and data["precision"] == 1.0 and data["recall"] == 1.0 and data["f1"] == 1.0
    assert set(data["per_language"]) == {"en", "es", "ru"} and 0 < data["threshold"] < 1


def test_cli_evaluate_dehumanization_reads_a_language_column_by_name_and_normalizes_it(tmp_path: Path) -> None:
    rows = [("These cockroaches must be crushed.", 1, "English"), ("Cockroaches were found in the kitchen.", 0, "en-GB"),
            ("Эти крысы должны быть уничтожены.", 1, "rus")]
    path = tmp_path / "eval.csv"
    pd.DataFrame(rows, columns=["text", "label", "language"]).to_csv(path, index=False)
    result = CliRunner().invoke(app, ["evaluate", "dehumanization", "--data", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output.strip().splitlines()[-1])
    assert set(data["per_language"]) == {"en", "ru"} and data["per_language"]["en"]["n"] == 2
    assert data["f1"] == 1.0


def test_classifier_path_needs_no_lexicon_hit(analyzer: DehumanizationAnalyzer) -> None:
    # a plain insult ("Immigrants are disgusting and evil.") is not dehumanization; a denial of humanity in words no
    # lexicon lists is (session 15: the classifier path of dehum-e5mlp-v2)
    text = "Immigrants are not fully human, they multiply and take over every street."
    assert not analyzer.matcher.languages["en"].scan(text)  # no lexicon word at all
    (finding,) = _findings(analyzer, text)
    assert finding.target_groups == ["immigrants"]
    assert finding.evidence and {e.label for e in finding.evidence} == {"salient"}
    assert all(text[e.start:e.end] == e.text for e in finding.evidence)
    assert finding.versions["screen"] == "dehum-screen-v2"


def test_a_call_to_kill_a_group_is_eliminationist_with_the_verb_as_evidence(analyzer: DehumanizationAnalyzer) -> None:
    (finding,) = _findings(analyzer, "Kill all the immigrants.")
    assert finding.labels == ["eliminationist"] and finding.target_groups == ["immigrants"]
    assert [e.text for e in finding.evidence] == ["Kill"]


@pytest.mark.parametrize("text", [
    "No one should say that refugees must be exterminated.",
    "If you call refugees parasites, you are a bigot.",
    "Statements like 'Muslims are vermin' are deeply hurtful.",
    "Refugees are not vermin.",  # negated: the classifier is kept off too
    "Immigrants should never be killed.",
    "Calling refugees rats is dehumanizing and wrong.",
    "Saying that women are scum is disgusting.",
    "The committee discussed the rights of refugees and migrants.",
    "Detainees said they were treated like animals by the guards.",
    # quoted and condemned (session 7): the words outside the quotation marks condemn it
    '"Immigrants are vermin" - statements like that make me so angry.',
    'If you say "Muslims should all be killed", you are a disgusting bigot.',
    '"Jews are a cancer"? That is the kind of hate we need to fight.',
    "Anyone who thinks gay people are animals is an idiot.",
    "People who call refugees pests should be ashamed of themselves.",
    "We must stand up against those who call migrants a plague.",
])
def test_counter_speech_and_ordinary_group_mentions_are_not_found(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert _findings(analyzer, text) == []


def test_hard_wrapped_lines_stay_one_sentence() -> None:
    text = "First, we must strengthen cooperation to eradicate\npoverty in the world.\nAfrica needs peace."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", '"Les musulmans sont des rats" : ce genre de propos est inacceptable.'),
    ("es", '"Los inmigrantes son ratas": frases como esa me dan asco.'),
    ("pt", "Quem chama os judeus de baratas deveria ter vergonha."),
    ("de", '"Muslime sind Ratten" – solche Aussagen sind widerlich.'),
])
def test_condemned_quotations_in_other_languages_are_not_found(analyzer: DehumanizationAnalyzer, lang: str,
                                                                text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).findings == []


def test_a_quotation_with_a_speaker_is_the_speakers_finding_even_when_condemned(
        analyzer: DehumanizationAnalyzer) -> None:
    text = 'The minister said "the refugees are cockroaches", and the UN condemned him.'
    findings = analyzer.analyze(text, TextContext(language="en")).findings
    assert len(findings) == 1 and findings[0].speaker is not None and findings[0].speaker.role == "minister"


def test_a_quotation_nobody_condemns_is_still_a_finding(analyzer: DehumanizationAnalyzer) -> None:
    assert _findings(analyzer, '"Immigrants are vermin" - finally someone says what we all think.')


@pytest.mark.parametrize(("lang", "text", "labels", "group"), [
    ("en", "Jews are bloodsuckers who feed on honest workers, the pamphlet claimed.", ["dehumanization"], "Jews"),
    ("en", "The only good Fulani is a dead Fulani, the militia leader shouted.", ["eliminationist"], "Fulani"),
    ("en", "The commander told his men that not one Masalit should be left alive.", ["eliminationist"], "Masalit"),
    ("en", "They breed like rabbits, the mayor said of the Roma families in the camp.", ["dehumanization"], "Roma"),
    ("pt", "Esses índios são uma praga, disse o fazendeiro.", ["dehumanization"], "indigenous people"),
    ("ar", "الموت لـ اليهود", ["eliminationist"], "Jews"),  # "death to" with the preposition apart
    ("ar", "اللاجئ حشرة", ["dehumanization"], "refugees"),  # a group named in the singular
])
def test_session9_forms_are_found(analyzer: DehumanizationAnalyzer, lang: str, text: str, labels: list[str],
                                  group: str) -> None:
    [finding] = analyzer.analyze(text, TextContext(language=lang)).findings
    assert finding.labels == labels and group in finding.target_groups


@pytest.mark.parametrize("text", [
    pytest.param("He was the only Tutsi left alive in the village.", marks=pytest.mark.xfail(
        reason="known gap since session 15: dehum-e5mlp-v2 gives 0.65 to this survivor's sentence (identity-term "
               "bias on 'Tutsi'); the classifier path has no reading of survival", strict=False)),
    "The only good thing about the Fulani festival is the music.",
    "Not one refugee was left alive after the boat sank.",
    "Their dogs barked at the Roma children all night.",
])
def test_survivors_and_possessives_are_not_found(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language="en")).findings == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "They treated us like dogs, said a Rohingya refugee."),
    ("en", "Migrants are treated like cattle at the border."),
    ("en", "Palestinians in Gaza are starving like animals, aid workers warn."),
    ("en", "Muslim leaders urged the government to eradicate poverty."),  # the verb's object is poverty
    ("es", "Los migrantes fueron tratados como animales en el centro de detención, según un informe."),
    ("pt", "Os indígenas denunciaram que foram tratados como animais pelos garimpeiros."),
    ("de", "Die Flüchtlinge wurden wie Tiere behandelt, kritisierte die Organisation."),
    ("fr", "Les migrants sont traités comme des chiens."),
])
def test_mistreatment_compared_is_not_dehumanization(analyzer: DehumanizationAnalyzer, lang: str, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).findings == []


def test_a_trait_said_of_the_group_still_counts_beside_a_treatment(analyzer: DehumanizationAnalyzer) -> None:
    [finding] = analyzer.analyze("Refugees are animals and should be treated like animals.",
                                 TextContext(language="en")).findings
    assert finding.labels == ["dehumanization"] and finding.evidence[0].start == 13


@pytest.mark.parametrize(("lang", "text", "group", "speaker"), [
    # condemned, convicted or criticized for the words: the words are that person's (like "the UN condemned the
    # minister for calling refugees cockroaches")
    ("en", "The mayor was convicted for calling the Roma rats.", "Roma", "mayor"),
    ("fr", "Le maire a été condamné pour avoir traité les Roms de rats.", "Roma", "maire"),
    ("pt", "O vereador foi condenado por chamar os haitianos de praga.", "Haitians", "vereador"),
    ("es", "El alcalde fue condenado por llamar ratas a los gitanos.", "Roma", "alcalde"),
    ("de", "Der Politiker wurde kritisiert, weil er Flüchtlinge als Ungeziefer bezeichnet hatte.", "refugees",
     "Politiker"),
    # the naming verb a little further back, an invasion of locusts likened, germs
    ("es", "El diputado calificó a los venezolanos de cucarachas que hay que sacar del país.", "Venezuelans", None),
    ("fr", "Le député a comparé les migrants à une invasion de sauterelles.", "migrants", None),
    ("ar", "قال النائب إن اللاجئين السوريين جراثيم يجب تنظيف البلد منها.", "refugees", None),
])
def test_condemned_speakers_and_more_naming_forms(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                                  group: str, speaker: str | None) -> None:
    [finding] = analyzer.analyze(text, TextContext(language=lang)).findings
    assert group in finding.target_groups
    if speaker is not None:
        assert finding.speaker is not None and finding.speaker.name == speaker


def test_an_invasion_of_locusts_likened_to_damage_is_literal(analyzer: DehumanizationAnalyzer) -> None:
    assert analyzer.analyze("The farmer compared the damage to an invasion of locusts.",
                            TextContext(language="en")).findings == []


@pytest.mark.parametrize(("text", "group"), [
    ("Le chef de guerre a appelé ses hommes à exterminer les Hema jusqu'au dernier.", "Hema"),
    ("Dans un message vocal, le pasteur traite les homosexuels de « vermine » à éliminer.", "gay people"),
    ("Le candidat a comparé les migrants subsahariens à une horde de sauterelles.", "migrants"),
])
def test_french_peoples_quoted_terms_and_misparsed_comparisons(analyzer: DehumanizationAnalyzer, text: str,
                                                               group: str) -> None:
    findings = analyzer.analyze(text, TextContext(language="fr")).findings
    assert findings and group in findings[0].target_groups


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("es", "Los tutsis son cucarachas que hay que aplastar.", "Tutsi"),
    ("pt", "Os curdos são ratos.", "Kurds"),
    ("de", "Die Jesiden sind Ungeziefer.", "Yazidis"),
])
def test_peoples_named_in_spanish_portuguese_german(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                                    group: str) -> None:
    [finding] = analyzer.analyze(text, TextContext(language=lang)).findings
    assert group in finding.target_groups


@pytest.mark.parametrize(("lang", "text", "group", "speaker"), [
    ("ru", "Правозащитники осудили депутата, назвавшего мигрантов тараканами.", "migrants", "депутата"),
    ("uk", "Блогер порівняв біженців із сараною.", "refugees", None),
    ("ru", "Чеченцы — звери, сказал командир батальона.", "Chechens", "командир батальона"),
])
def test_russian_and_ukrainian_condemned_speakers_comparisons_and_roles(analyzer: DehumanizationAnalyzer, lang: str,
                                                                      text: str, group: str,
                                                                      speaker: str | None) -> None:
    [finding] = analyzer.analyze(text, TextContext(language=lang)).findings
    assert group in finding.target_groups
    if speaker is not None:
        assert finding.speaker is not None and finding.speaker.name == speaker


def test_ukrainian_migrants_kept_like_animals_is_mistreatment(analyzer: DehumanizationAnalyzer) -> None:
    text = "Мігрантів тримали в умовах, як тварин, заявили правозахисники."
    assert analyzer.analyze(text, TextContext(language="uk")).findings == []


@pytest.mark.parametrize(("text", "group", "label"), [
    ("the vermin gypsies are everywhere", "Roma", "dehumanization"),
    ("all the wetbacks need to die", "Mexicans", "eliminationist"),
    ("the muzzies should all be exterminated", "Muslims", "eliminationist"),
    ("we need to eliminate the gypsies from this town", "Roma", "eliminationist"),
    ("we should rid the country of every last muslim", "Muslims", "eliminationist"),
    ("Africans are not the same species as us", "Africans", "dehumanization"),
    ("Roma are a pestilence", "Roma", "dehumanization"),
    ("those muslims are like cobras, waiting to strike", "Muslims", "dehumanization"),
    ("Muslims belong in mass graves", "Muslims", "eliminationist"),
    ("Send the illegals to the gas chambers", "immigrants", "eliminationist"),
])
def test_social_media_forms_slurs_and_modifiers(analyzer: DehumanizationAnalyzer, text: str, group: str,
                                                label: str) -> None:
    [finding] = _findings(analyzer, text)
    assert group in finding.target_groups and label in finding.labels


@pytest.mark.parametrize("text", [
    "The Nazis sent Jews to the gas chambers.",
    "The Jews were sent to the gas chambers in 1943",
    "Archaeologists exhumed a mass grave of Muslim men near Srebrenica.",
    "The army vowed to eliminate the rebels in the north.",
    "The government must eliminate barriers that keep disabled people out of work.",
    "Firefighters extinguished the blaze at the mosque.",
    "The new law aims to rid the city of slums where migrants live.",
    "The chimps and gorillas at the zoo were moved.",
    "Pest control workers sprayed the plague refugees' camp",
])
def test_reports_and_literal_uses_of_the_new_words_do_not_fire(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert _findings(analyzer, text) == []


def test_obfuscated_words_are_read_and_spans_keep_the_original_text(analyzer: DehumanizationAnalyzer) -> None:
    text = "Honestly, muzz1es ar3 v3rm1n."
    [finding] = _findings(analyzer, text)
    assert finding.target_groups == ["Muslims"]
    [evidence] = [sp for sp in finding.evidence if sp.label == "metaphor"]
    assert evidence.text == "v3rm1n" == text[evidence.start:evidence.end]
    assert finding.sentence.text == text


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("de", "Zigeuner sind Ungeziefer.", "Roma"),
    ("de", "Die Kanaken sind Ratten und Parasiten.", "immigrants"),
    ("fr", "Les bougnoules sont des rats.", "Arabs"),
    ("es", "Los sudacas son ratas.", "South Americans"),
])
def test_slurs_name_their_group_in_other_languages(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                                   group: str) -> None:
    [finding] = analyzer.analyze(text, TextContext(language=lang)).findings
    assert group in finding.target_groups


def test_a_call_inside_what_is_said_and_the_animals_they_are(analyzer: DehumanizationAnalyzer) -> None:
    [said] = _findings(analyzer, "Just seen graffiti saying niggers are repulsive and should be shot.")
    assert said.labels == ["eliminationist"] and said.target_groups == ["Black people"]
    [trait] = _findings(analyzer, "I saw pictures of the wogs devouring them like the animals they are")
    assert trait.labels == ["dehumanization"]
    assert _findings(analyzer, "We must stop people who want to kill Jews.") == []
    assert _findings(analyzer, "He fed the pigs like the animals they are.") == []


@pytest.mark.parametrize(("lang", "text", "flagged"), [
    ("es", "La campaña busca erradicar la malaria entre los migrantes.", False),
    ("es", "Debemos erradicar la pobreza de los gitanos", False),
    ("es", "Hay que erradicar a los gitanos de este país", True),
    ("ar", "يجب القضاء على الفقر بين اللاجئين السوريين", False),
    ("ar", "يجب القضاء على اللاجئين السوريين", True),
])
def test_an_elimination_verb_about_a_thing_is_not_about_the_group(analyzer: DehumanizationAnalyzer, lang: str,
                                                                  text: str, flagged: bool) -> None:
    assert bool(analyzer.analyze(text, TextContext(language=lang)).findings) == flagged


def test_spaced_and_drawn_out_words_are_found_and_spans_point_at_the_original(
        analyzer: DehumanizationAnalyzer) -> None:
    text = "Honestly, Muslims are v e r m i n and should be exterminated."
    [finding] = _findings(analyzer, text)
    assert [sp.text for sp in finding.evidence if sp.label == "metaphor"] == ["v e r m i n"]
    assert all(text[sp.start:sp.end] == sp.text for sp in finding.evidence)
    assert finding.sentence.text == text


@pytest.mark.parametrize("text", [
    "Muslims should all be put down.",
    "I will strangle every immigrant I meet.",
    "I will slit the throats of those gay people.",
    "Women should be dumped in the sea.",
    "Time to start hunting trans people.",
    "Disabled people deserve a bullet.",
    "All immigrants should be lined up against a wall.",
    "Black people should be wiped off the face of the earth.",
])
def test_threats_with_more_verbs(analyzer: DehumanizationAnalyzer, text: str) -> None:
    [finding] = _findings(analyzer, text)
    assert finding.labels == ["eliminationist"]


@pytest.mark.parametrize("text", [
    "Nobody should ever poison Muslims.",
    "Police say the suspect poisoned three migrants at the shelter.",
    "Our team will smash the Lions on Saturday.",
    "Refugees will starve if aid is cut, the UN warned.",
    "Gay couples will put down roots in the suburbs.",
    "Police fired on the protesters.",
])
def test_the_new_threat_verbs_in_reports_warnings_and_negations(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert _findings(analyzer, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Je vais tirer sur le prochain juif que je vois."),
    ("fr", "Il faut noyer tous ces migrants."),
    ("es", "Voy a apuñalar al próximo negro que vea."),
    ("pt", "Os gays deviam ser enforcados."),
    ("ru", "Я убью всех мигрантов."),
])
def test_threats_in_other_languages(analyzer: DehumanizationAnalyzer, lang: str, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).findings


def test_a_pronoun_takes_the_group_of_the_sentence_before(analyzer: DehumanizationAnalyzer) -> None:
    [finding] = _findings(analyzer, "Gay people are everywhere. They are vermin.")
    assert finding.target_groups == ["gay people"]
    [unnamed] = _findings(analyzer, "Nice weather today. They are vermin.")
    assert unnamed.target_groups == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("المهاجرين مجرد حيوانات", True),
    ("اليهود لا يستحقون الحياة", True),
    ("لا يجوز أن نسمي المهاجرين حشرات", False),
])
def test_arabic_mere_animals_no_right_to_life_and_counter_speech(analyzer: DehumanizationAnalyzer, text: str,
                                                                 flagged: bool) -> None:
    assert bool(analyzer.analyze(text, TextContext(language="ar")).findings) == flagged


@pytest.mark.parametrize(("text", "lang", "flagged"), [
    ("These dogs are cute.", "en", False),
    ("Those rats in the cellar are huge.", "en", False),
    ("These cockroaches came out of the drain last night.", "en", False),
    ("Estos perros son muy bonitos.", "es", False),
    ("这些狗很可爱", "zh", False),
    ("These cockroaches must be crushed.", "en", True),
    ("These animals do not deserve to breathe the same air as our children.", "en", True),
    ("These vermin are taking over our neighbourhoods.", "en", True),
])
def test_a_demonstrative_metaphor_needs_a_call_or_us(analyzer: DehumanizationAnalyzer, text: str, lang: str,
                                                     flagged: bool) -> None:
    assert bool(_findings(analyzer, text, lang)) is flagged


def test_a_demonstrative_takes_the_group_of_the_sentence_before(analyzer: DehumanizationAnalyzer) -> None:
    [finding] = _findings(analyzer, "The Tutsi are everywhere. These cockroaches are taking our land.")
    assert finding.target_groups == ["Tutsi"]


@pytest.mark.parametrize("text", [
    "Jews aren't a monolith.",
    "Immigrants aren't stealing your jobs.",
    "Jews are not the enemy.",
    "Aren't Muslims people too, not rats?",
    "Roma are human beings, not pests.",
    ("Catholics, Muslims, or people without religion, Czechs, Slovaks, Americans, Chinese, Arabs or Jews, rich or "
     "poor, Westerners or Easterners."),
    "Politicians force working men and women to pay taxes at higher rates than need be.",  # "rates" is no "rat"
])
def test_denials_contrasts_and_roll_calls_of_groups_are_not_found(analyzer: DehumanizationAnalyzer,
                                                                  text: str) -> None:
    assert not _findings(analyzer, text)


@pytest.mark.parametrize("text", [
    "Refugees are not people, they are rats.",
    "Muslims aren't human, they are animals.",
    "Jews are not people but vermin.",
    "Immigrants are not welcome here, these parasites must be crushed.",
])
def test_a_negation_beside_the_claim_takes_nothing_back(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert _findings(analyzer, text)
