"""Event behaviours added in session 13 (event-rules.v19): arrests a sentence leads with, non-events that
name weapons or deaths (warnings, fires, cyclones, mine accidents, exercises), mob killings, communal clashes,
attacks on military posts, flights told first, and the counts behind them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.numbers import extract_counts
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _first(analyzer, text: str, lang: str | None = None):
    events = analyzer.analyze(text, TextContext(language=lang)).events
    return min(events, key=lambda e: e.evidence.start) if events else None


@pytest.mark.parametrize(("lang", "text", "type_"), [
    # the arrests lead: arrest
    ("en", "Police in Harare detained 45 opposition supporters at a rally on Saturday, their lawyers said.", "arrest"),
    ("en", "Security forces arrested more than 300 students after protests at the university in Khartoum.", "arrest"),
    ("fr", "La police a interpellé une trentaine de manifestants à Conakry lors d'une marche interdite.", "arrest"),
    ("es", "La policía detuvo a 60 manifestantes en La Paz durante una protesta contra el gobierno.", "arrest"),
    ("pt", "A polícia deteve 20 estudantes em Maputo que protestavam contra as propinas.", "arrest"),
    ("de", "Die Polizei hat in Tiflis mehr als 50 Demonstranten festgenommen.", "arrest"),
    # a protest told first, or met with force: a protest with intervention
    ("en", "Thousands marched in Nairobi on Tuesday; police detained 30 of the protesters.", "protest"),
    ("en", "Police fired tear gas and arrested 12 demonstrators in Kampala.", "protest"),
])
def test_arrests_the_sentence_leads_with(analyzer, lang: str, text: str, type_: str) -> None:
    event = _first(analyzer, text, lang)
    assert event is not None and event.type == type_


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Officials warned of a possible attack on polling stations in Kano; no incidents had been reported by noon."),
    ("en", "Intelligence services said militants were planning to attack churches in the capital during Easter."),
    ("en", "A fire tore through a textile factory in Karachi, killing 12 workers, rescue officials said."),
    ("en", "A fire broke out at a market in Onitsha overnight, killing three traders."),
    ("pt", "O ciclone Freddy matou mais de 400 pessoas no Malawi e em Moçambique."),
    ("es", "Los incendios forestales en el sur de Chile dejaron 24 muertos, informó el gobierno."),
    ("ru", "Взрыв газа в жилом доме в Магнитогорске унёс жизни 39 человек."),
    ("ru", "Армия провела учения с пуском крылатых ракет в Баренцевом море."),
    ("ar", "اندلع حريق في مستشفى بالناصرية بسبب انفجار أسطوانات أكسجين، ما أسفر عن مقتل 60 شخصا."),
])
def test_warnings_fires_disasters_and_exercises_are_no_events(analyzer, lang: str, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).events == []


@pytest.mark.parametrize(("lang", "text", "type_", "dead"), [
    ("es", "Una turba linchó a un hombre acusado de robo en una comunidad de Puebla.", "riot", None),
    ("fr", "À Beni, des habitants en colère ont battu à mort un homme soupçonné d'être un rebelle.", "riot", None),
    ("en", "An angry crowd dragged two men from a police van in Kasur and beat them to death, police said.", "riot",
     None),
    ("en", "Muslim and Hindu groups clashed in Khargone after a procession, leaving four people dead.", "riot", 4),
    ("sw", "Waandamanaji walichoma moto magari na kupambana na polisi mjini Kisumu; watu watatu waliuawa.", "riot", 3),
    ("en", "Al-Shabaab fighters attacked a military base in Lower Shabelle on Friday, the army said.", "battle", None),
    ("en", "More than 5,000 people fled their homes in Ituri after militiamen attacked three villages, the UN said.",
     "displacement", None),
    ("en", ("Gunmen set fire to 150 houses in a village in Plateau State, forcing residents to flee; nobody was "
           "reported killed."), "destruction", None),
    ("en", "Thousands of residents fled on foot towards El Obeid as RSF fighters advanced on the town.",
     "displacement", None),
    ("de", "Bei einem Selbstmordanschlag auf einen Markt in Mogadischu wurden 14 Menschen getötet.", "remote_violence",
     14),
    ("ar", "أعدم مسلحون 12 مدنيا في قرية بريف حلب.", "violence_against_civilians", 12),
    ("ar", "أفادت منظمات بأن مسلحين اغتصبوا نساء في قرى بولاية سنار.", "sexual_violence", None),
    ("es", "Miembros de un grupo armado violaron a dos mujeres en una vereda del Cauca.", "sexual_violence", None),
    ("pt", "Homens armados raptaram três comerciantes na província de Cabo Delgado.", "abduction", None),
    ("sw", "Watu wenye silaha waliwateka nyara wanafunzi wanne katika kaunti ya Garissa.", "abduction", None),
    ("sw", "Polisi waliwakamata wanaharakati kumi mjini Arusha.", "arrest", None),
])
def test_types_of_session_13(analyzer, lang: str, text: str, type_: str, dead: int | None) -> None:
    event = _first(analyzer, text, lang)
    assert event is not None and event.type == type_
    if dead is not None:
        assert max(e.fatalities.best or 0 for e in analyzer.analyze(text, TextContext(language=lang)).events) == dead


@pytest.mark.parametrize(("text", "dead", "injured"), [
    ("Hombres armados mataron a cinco personas e hirieron a otras tres en un bar de Zacatecas.", 5, 3),
    ("Um ataque matou quatro pessoas e feriu 15 em Pemba.", 4, 15),
    ("Homens armados atacaram a aldeia, matando dois agricultores e ferindo outros três.", 2, 3),
    ("Sicarios asesinaron a siete personas, entre ellas tres niños, en Celaya.", 7, None),
    ("Bei dem Angriff wurden zwölf Menschen getötet, darunter vier Kinder.", 12, None),
    ("Des hommes armés ont tué 21 civils dans le village, selon un communiqué de l'armée.", 21, None),
    ("قتل خمسة من الجنود وثلاثة من المسلحين في الاشتباكات.", 8, None),
    ("Protesters clashed with police in Kano, leaving a policeman dead.", 1, None),
    ("A crowd beat him to death outside the mosque.", 1, None),
    ("A girl was raped and killed by two men in uniform near the camp.", 1, None),
    ("Une soixantaine de personnes ont été tuées dans l'attaque.", 60, None),
])
def test_counts_of_session_13(text: str, dead: int, injured: int | None) -> None:
    counts = extract_counts(text)
    assert counts.fatalities.best == dead
    assert counts.injured.best == injured


@pytest.mark.parametrize(("lang", "text", "type_"), [
    ("en", "Clashes between police and students in Dhaka left two people dead, officials said.", "riot"),
    ("en", "At least 30 inmates were killed in fighting between rival gangs at a prison in Esmeraldas.", "riot"),
    ("pt", "Rebelião em presídio de Manaus termina com 15 mortos.", "riot"),
    ("en", "Five police officers were killed when a mob attacked a police station in Kishoreganj.", "riot"),
    ("en", "At least 15 civilians were killed after militiamen overran a neighbourhood of Bambari, the UN said.",
     "violence_against_civilians"),
    ("en", "Four people were shot dead when soldiers opened fire on a crowd of opposition supporters in Bulawayo.",
     "violence_against_civilians"),
    ("fr", "Au moins huit soldats ont été tués dans l'attaque d'un poste militaire près de Diffa.", "battle"),
    ("es", "Las autoridades capturaron a 300 presuntos pandilleros en San Miguel.", "arrest"),
])
def test_riots_victims_and_arrests_of_session_13(analyzer, lang: str, text: str, type_: str) -> None:
    event = _first(analyzer, text, lang)
    assert event is not None and event.type == type_


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le tribunal de Bria a condamné deux chefs de milice à perpétuité pour le massacre de 2018."),
    ("en", "A court sentenced three former officers to life for the killing of 12 villagers in 2016."),
    ("en", "At least 40 pilgrims died in a stampede at a temple festival in Andhra Pradesh."),
    ("en", "A massive fire at a chemical plant in Gujarat killed nine workers."),
    ("ru", "В результате взрыва бытового газа в доме в Нижнем Тагиле погибли 10 человек."),
    ("ru", "Из-за паводков в Оренбургской области эвакуированы тысячи человек."),
])
def test_verdicts_and_accidents_of_session_13_are_no_events(analyzer, lang: str, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).events == []
