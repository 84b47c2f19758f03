"""Session 17 (event-rules.v26): enforced disappearances, people seized by armed groups, executions by hooded men,
bodies found (ar), neuter arrests (pl), strikes that killed one counted person, rapes committed by an armed group
written as a noun, arrests that also seized boats; and routs of a named side, arms deals, hard landings, buses off the
road, films and series, joint drills (hi) and old years (sw, id, tr, ru, ar, hi) as no events."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _types(analyzer, text: str) -> list[str]:
    return [e.type for e in analyzer.analyze(text, TextContext()).events]


@pytest.mark.parametrize("text, kind", [
    ("Navy personnel detained 12 fishermen near the island and seized three boats, officials said.", "arrest"),
    ("A journalist has not been seen since soldiers took him from his home on Friday night.", "abduction"),
    ("Un militant n'a plus été revu depuis que des policiers l'ont emmené de son domicile dimanche.", "abduction"),
    ("Armed men seized 9 teachers from a school near Kumbo on Tuesday.", "abduction"),
    ("Gang members seized 12 missionaries on the road to the airport on Saturday.", "abduction"),
    ("Homens encapuzados executaram quatro jovens em Belém na madrugada de sábado.", "violence_against_civilians"),
    ("عثر على جثث خمسة مدنيين مقيدي الأيدي قرب المدينة صباح الأحد.", "violence_against_civilians"),
    ("ABW zatrzymało 5 osób podejrzanych o szpiegostwo.", "arrest"),
    ("Roketler ilçe merkezine düştü, bir kişi hayatını kaybetti.", "remote_violence"),
    ("MSF dénonce des viols commis par des miliciens dans le camp de Rhoe.", "sexual_violence"),
    ("Facção ateia fogo a ônibus e carros em Fortaleza; ninguém ficou ferido.", "destruction"),
    ("Funcionarios del Sebin detuvieron a 12 dirigentes opositores, denunció su partido.", "arrest"),
    # a massacre of people stays one
    ("Soldiers massacred the villagers in Mopti on Sunday.", "violence_against_civilians"),
    ("Milicianos massacraram os moradores na aldeia durante a noite.", "violence_against_civilians"),
    ("Una serie de ataques dejó 5 muertos en Culiacán el lunes.", "violence_against_civilians"),
])
def test_reports(analyzer, text, kind):
    assert _types(analyzer, text)[:1] == [kind]


@pytest.mark.parametrize("text", [
    "Flamengo massacra o Botafogo no Maracanã",
    "Bayern a massacré le PSG au Parc des Princes 5-0",
    ("The ministry signed a $900 million contract for 12 attack helicopters and guided missiles, with deliveries due "
    "in 2028."),
    "Вертолёт совершил жёсткую посадку в горах; погибли три человека.",
    "El despiste de un camión en la carretera dejó cinco fallecidos.",
    "फिल्म में आतंकवादी दस लोगों को मार देते हैं; फिल्म ने बॉक्स ऑफिस पर रिकॉर्ड बनाया।",
    "Mnamo mwaka 1917 maelfu ya watu waliuawa na wanajeshi wa kikoloni.",
    "Bij een busongeluk bij Utrecht zijn twee doden gevallen.",
    "La serie narra la guerra entre dos bandas ficticias con tiroteos cada semana.",
    "Uma minissérie da TV retrata a guerra entre facções no morro.",
    "दोनों देशों की सेनाओं ने संयुक्त सैन्य अभ्यास शुरू किया।",
])
def test_non_events(analyzer, text):
    assert _types(analyzer, text) == []


@pytest.mark.parametrize("text, kind", [
    ("Junta militer menjatuhkan bom dari pesawat ke sebuah desa, menewaskan sembilan orang.", "remote_violence"),
    ("Köy yolunda bir kara mayını patladı; iki çoban hayatını kaybetti.", "remote_violence"),
    ("Centinaia di sostenitori del partito si sono scontrati con la polizia lanciando pietre.", "riot"),
    ("Nach dem Spiel lieferten sich Hunderte Fans Straßenschlachten mit der Polizei; 9 Beamte wurden verletzt.", "riot"),
    ("De violents affrontements ont opposé des jeunes aux forces de l'ordre ; un adolescent a été tué par balle.",
     "riot"),
])
def test_types(analyzer, text, kind):
    assert _types(analyzer, text)[:1] == [kind]


@pytest.mark.parametrize("text, kind", [
    # a death word only in a denial is no killing (id, ru, tr, de)
    ("Sebanyak 15 rumah warga dibakar kelompok bersenjata di desa itu; tidak ada korban jiwa.", "destruction"),
    ("В Оше толпа громила киоски на рынке; погибших нет.", "riot"),
    # an arrest that set the unrest off is its cause (ru)
    ("Толпа забросала камнями здание полиции и подожгла машину после задержания местного жителя.", "riot"),
])
def test_denied_deaths_and_causes(analyzer, text, kind):
    assert _types(analyzer, text)[:1] == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Hundreds of nurses marched through the town on Thursday, singing and waving placards.", "protest"),  # no "placar"
    ("Около 200 шахтёров провели мирный митинг у здания акимата.", "protest"),  # miners are no mine accident
    ("Unas 3.000 personas han abandonado sus comunidades tras los ataques armados.", "displacement"),
    ("Secondo l'OIM, oltre 4.000 persone hanno lasciato le loro case in seguito agli attacchi delle bande.",
     "displacement"),
    ("Guruneti lilirushwa sokoni jioni ya Jumamosi, na kuwajeruhi watu kumi.", "remote_violence"),
    ("La Policía capturó a 9 presuntos pandilleros durante un operativo en la colonia.", "arrest"),
    ("Garimpeiros armados invadiram a aldeia e violentaram duas mulheres.", "sexual_violence"),
    ("Umati wa watu wenye hasira ulimpiga hadi kufa kijana anayetuhumiwa kuiba.", "riot"),
    ("داهمت قوات الأمن الحي فجر اليوم واعتقلت 12 مطلوباً، دون وقوع إصابات.", "arrest"),  # no injuries, arrests made
    ("Dos ingenieros fueron secuestrados por un grupo armado cuando instalaban una antena.", "abduction"),
])
def test_session17b_reports(analyzer, text, kind):
    assert _types(analyzer, text)[:1] == [kind]


@pytest.mark.parametrize("text", [
    "At least 22 people were killed when a passenger bus plunged into a river after the driver lost control.",
    ("A fire that started in a shop spread through the market overnight, killing three traders; firefighters blamed "
    "an electrical fault."),
    "Em seu novo romance, a escritora revisita o massacre de Canudos, em 1897, quando o Exército matou milhares.",
    "Dans son nouveau roman, l'auteur suit un ancien enfant-soldat dont la milice avait massacré une famille.",
    "«Шахтар» розгромив «Зорю» з рахунком 5:0 і розстріляв ворота суперника.",
])
def test_session17b_non_events(analyzer, text):
    assert _types(analyzer, text) == []


@pytest.mark.parametrize("text", [
    # police, gendarmes and soldiers killed by an armed group: a battle (ru folded like the text, de, fr)
    "Вооружённые люди открыли огонь по посту ДПС; погибли пять полицейских.",
    "Bei einem Angriff von Dschihadisten auf einen Militärstützpunkt sind neun Soldaten ums Leben gekommen.",
])
def test_combatants_killed_make_a_battle(analyzer, text):
    assert _types(analyzer, text)[:1] == ["battle"]
