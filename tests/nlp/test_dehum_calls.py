"""Calls, threats, comparisons and counter-speech phrased as posts phrase them, in English, French, Spanish, Portuguese,
Arabic and German (and counter-speech in Italian, Dutch and Polish):
conditional calls ("il faudrait", "habría que"), "X deserve to die" with an infinitive, "no better than", verb-final
threats, "not human beings". Sentences WRITTEN BY THE TOCSIN TEAM (no dataset text, not native-speaker reviewed)."""

from __future__ import annotations

import pytest

from nlp import NlpSettings, TextContext
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer

D, E = "dehumanization", "eliminationist"

FIRES = [
    ("en", "Muslims aren't human.", D, "Muslims"),
    ("en", "I'm going to shoot every one of those women.", E, "women"),
    ("en", "I'd happily murder any of these immigrants.", E, "immigrants"),
    ("en", "The world would be better if Jews were all dead.", E, "Jews"),
    ("fr", "Il faudrait tuer tous les musulmans.", E, "Muslims"),
    ("fr", "Les juifs méritent de mourir.", E, "Jews"),
    ("fr", "Les musulmans ne valent pas mieux que des cafards.", D, "Muslims"),
    ("fr", "Les migrants sont un fléau pour notre pays.", D, "migrants"),
    ("es", "Habría que matar a todos los gitanos.", E, "Roma"),
    ("es", "Hay que eliminar a los inmigrantes.", E, "immigrants"),
    ("es", "Los judíos no son seres humanos.", D, "Jews"),
    ("pt", "É preciso eliminar os ciganos.", E, "Roma"),
    ("pt", "Vou dar um tiro em cada um dos refugiados.", E, "refugees"),
    ("pt", "Está na hora de nos livrarmos dos imigrantes.", E, "immigrants"),
    ("ar", "سأطلق النار على كل اللاجئين.", E, "refugees"),
    ("ar", "المهاجرون يجب أن يشنقوا.", E, "migrants"),
    ("ar", "حان الوقت للتخلص من اليهود نهائيا.", E, "Jews"),
    ("de", "Ich werde jeden dieser Flüchtlinge erschießen.", E, "refugees"),
]

SILENT = [
    ("en", "Women aren't human punching bags, stop the violence."),
    ("en", "Saying that Muslims aren't human is disgusting."),
    ("en", "The world would be better if poverty were gone."),
    ("en", "The soldiers shot every one of the villagers, survivors said."),
    ("en", "It would be better if refugees were all housed before winter."),
    ("en", "If you think Muslims deserve to die, you're sick."),
    ("en", "'Jews are a plague' is the kind of thing racists say."),
    ("en", "Why would anyone say that gay people should be exterminated?"),
    ("en", "Do you really believe immigrants are a disease?"),
    ("fr", "Il faudrait tuer les rats qui infestent la cave."),
    ("fr", "Les réfugiés ne valent pas mieux que nous, ni moins."),
    ("fr", "Le fléau de la drogue frappe aussi les jeunes réfugiés."),
    ("es", "Hay que eliminar las cucarachas de la cocina."),
    ("es", "Habría que eliminar la pobreza entre los migrantes."),
    ("pt", "Dizer que os ciganos são lixo é racismo."),
    ("pt", "É preciso eliminar a pobreza entre os imigrantes."),
    ("ar", "وصف اللاجئين بالحشرات عنصرية."),
    ("ar", "يجب التخلص من الصراصير في المطبخ."),
    ("de", "Die Soldaten haben gestern in dem Dorf viele Muslime erschossen."),
    ("de", "Wir werden die Armut unter den Migranten ausrotten."),
    ("de", "Ich werde die Ratten im Keller vergiften lassen."),
    # counter-speech: the sentence quotes the words to reject them
    ("fr", "Si tu penses que les femmes méritent de mourir, tu es malade."),
    ("es", "¿Por qué alguien diría que los refugiados deberían ser exterminados?"),
    ("de", "Zu sagen, dass Muslime Ratten sind, ist widerlich."),
    ("pt", "Pare de chamar os judeus de parasitas."),
    ("ar", "إذا كنت تعتقد أن النساء يستحقون الموت فأنت مريض."),
    ("it", "Dire che i musulmani sono ratti è disgustoso."),
    ("nl", "Waarom zou iemand zeggen dat vluchtelingen uitgeroeid moeten worden?"),
    ("pl", "Mówienie, że muzułmanie to szczury, jest obrzydliwe."),
]


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


@pytest.mark.parametrize(("lang", "text", "label", "target"), FIRES)
def test_posted_calls_threats_and_comparisons_fire(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                                   label: str, target: str) -> None:
    [finding] = analyzer.analyze(text, TextContext(language=lang)).findings
    assert label in finding.labels
    assert target in finding.target_groups


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_pests_poverty_reports_and_counter_speech_stay_silent(analyzer: DehumanizationAnalyzer, lang: str,
                                                              text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).findings == []


@pytest.mark.parametrize("text", ["Isn't it obvious that Muslims are a disease?",
                                  "Wouldn't it be better if all Jews were dead?"])
def test_a_negative_question_that_asserts_is_no_negation(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language="en")).findings


@pytest.mark.parametrize(("text", "label"), [
    ("The only good Muslim is a dead Muslim.", "eliminationist"),
    ("The only good women are dead women.", "eliminationist"),
    ("Killing women is the right thing to do.", "eliminationist"),
    ("Killing immigrants is necessary.", "eliminationist"),
    ("I'd love to watch all women burn.", "eliminationist"),
    ("I want to see all trans people dead.", "eliminationist"),
    ("I can't wait to see every Muslim die.", "eliminationist"),
    ("I'm going to cut the throats of all women.", "eliminationist"),
    ("Someone needs to put a bullet in all Muslims.", "eliminationist"),
    ("Women are no different from swine.", "dehumanization"),
])
def test_deaths_called_good_or_wanted_to_watch_and_more_threat_phrases(analyzer, text: str, label: str) -> None:
    findings = analyzer.analyze(text, TextContext(language="en")).findings
    assert findings and label in findings[0].labels, text


@pytest.mark.parametrize("text", [
    "Seeing Muslims die in Gaza breaks my heart.",
    "I don't want to see any more immigrants die at the border.",
    "Killing Muslims is wrong and must stop.",
    "Killing refugees is never justified.",
    "The only good thing about this law is that it protects Muslims.",
    "I'd love to watch the Muslims play in the final.",
    "Protecting Muslims is the right thing to do.",
    "Refugees are no different from us.",
    "We will cut benefits for immigrants.",
])
def test_deaths_regretted_or_condemned_and_ordinary_sentences_are_not_calls(analyzer, text: str) -> None:
    assert not analyzer.analyze(text, TextContext(language="en")).findings, text


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("fr", "Le seul bon musulman est un musulman mort.", "eliminationist"),
    ("fr", "J'adorerais voir tous les réfugiés brûler.", "eliminationist"),
    ("fr", "Tuer les juifs est la bonne chose à faire.", "eliminationist"),
    ("fr", "Les homosexuels ne sont pas différents des porcs.", "dehumanization"),
    ("es", "El único judío bueno es un judío muerto.", "eliminationist"),
    ("es", "No veo la hora de ver morir a todos los musulmanes.", "eliminationist"),
    ("es", "Alguien debería meterle una bala en la cabeza a cada refugiado.", "eliminationist"),
    ("pt", "Matar os refugiados é a coisa certa a fazer.", "eliminationist"),
    ("pt", "Vou degolar todos os judeus.", "eliminationist"),
    ("pt", "Os gays não são diferentes dos porcos.", "dehumanization"),
    ("de", "Nur ein toter Jude ist ein guter Jude.", "eliminationist"),
    ("de", "Ich kann es kaum erwarten, alle Muslime sterben zu sehen.", "eliminationist"),
    ("de", "Ich werde allen Flüchtlingen die Kehle durchschneiden.", "eliminationist"),
])
def test_wish_frames_and_threat_phrases_in_other_languages(analyzer, lang: str, text: str, label: str) -> None:
    findings = analyzer.analyze(text, TextContext(language=lang)).findings
    assert findings and label in findings[0].labels, text


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Je ne veux pas voir les réfugiés mourir en mer."),
    ("fr", "Tuer des musulmans n'est jamais justifié."),
    ("es", "No quiero ver a más migrantes muertos en el mar."),
    ("es", "Matar a los migrantes es un crimen."),
    ("pt", "Não quero ver mais refugiados mortos no mar."),
    ("pt", "Os muçulmanos não são diferentes dos cristãos."),
    ("de", "Flüchtlinge zu töten ist ein Verbrechen."),
    ("de", "Muslime sind nicht anders als Christen."),
])
def test_deaths_regretted_condemned_or_denied_in_other_languages(analyzer, lang: str, text: str) -> None:
    assert not analyzer.analyze(text, TextContext(language=lang)).findings, text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", '"The only good Muslim is a dead Muslim" is a disgusting thing to say.'),
    ("en", "Saying that killing immigrants is the right thing to do makes you a monster."),
    ("en", 'People who write "cut the throats of all Jews" should be prosecuted.'),
    ("en", 'You can\'t say "women are no different from swine" and expect to be taken seriously.'),
    ("en", "Stop calling refugees vremin, they are human beings."),
    ("fr", "Dire que « le seul bon musulman est un musulman mort » est ignoble."),
    ("de", "Wer sagt „Nur ein toter Jude ist ein guter Jude“, ist ein Rassist."),
])
def test_the_new_wordings_quoted_to_be_condemned_are_counter_speech(analyzer, lang: str, text: str) -> None:
    assert not analyzer.analyze(text, TextContext(language=lang)).findings, text
