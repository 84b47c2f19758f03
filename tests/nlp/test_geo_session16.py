"""Session 16: where an incident happened. A country where a statement was made or from where attackers came is no
place of the incident; a compass word between a city and its country ("Tripoli, northern Lebanon"); Russian and
Ukrainian region adjectives in every case; transliterated names with an apostrophe ("Sa'ada"); Arabic seats with
مدينة; Kazakhstan's oblasts; Hindi districts of Jammu and Kashmir; an armed actor's nationality adjective as the last
resort; an Indonesian people noun before a country's name ("nelayan Indonesia")."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.settings import NlpSettings
from tests.nlp.events_helpers import first_event, resolved_places


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


@pytest.mark.parametrize(("text", "country"), [
    # a statement's place, attackers' origin
    (("In a statement from London, the Foreign Office condemned Monday's attack in Borno, in which gunmen killed "
      "twelve villagers."), "NGA"),
    ("Speaking at a press conference in Paris, the minister condemned the attack in Kidal that killed six soldiers.",
     "MLI"),
    ("Gunmen who crossed from Burkina Faso killed seven soldiers at a checkpoint in northern Togo on Sunday.", "TGO"),
    ("Militants who came over from Afghanistan attacked a police post in Bajaur, killing four policemen.", "PAK"),
    ("Des assaillants venus du Niger ont tué cinq soldats dans le nord du Bénin.", "BEN"),
    # a nationality as the side of a border
    ("Bandits who crossed over from Nigeria shot dead six farmers on the Nigerien side of the border.", "NER"),
    # a compass word between a city and its country; a city's quarter
    ("Clashes in Tripoli, northern Lebanon, killed two men and wounded 14.", "LBN"),
    ("قتل شخصان في اشتباكات في طرابلس شمال لبنان.", "LBN"),
    ("Gunmen from Jabal Mohsen fired on Bab al-Tabbaneh in Tripoli, killing one man.", "LBN"),
    ("A mob beat a man to death in Qasimabad, Hyderabad, police said.", "PAK"),
    # an armed actor's nationality adjective, with no place found
    ("L'armée nigérienne a tué dix terroristes lors d'une opération, selon un communiqué.", "NER"),
    ("Pirati somali hanno sequestrato un peschereccio prendendo in ostaggio 12 marinai.", "SOM"),
    # a GeoNames town that begins a longer name is no place of its own; written alone it still is
    ("Des affrontements près de Kouri Bougoudi entre l'armée tchadienne et des orpailleurs ont fait 9 morts.", "TCD"),
    ("Gunmen killed four soldiers in Kérou on Tuesday, the army said.", "BEN"),
    ("Bewaffnete haben in Kérou Soldaten getötet, wie die Armee mitteilte.", "BEN"),
    # an Indonesian people noun before a country's name is a nationality, not the place
    ("Kelompok bersenjata menculik empat nelayan Malaysia di perairan Sulu, Filipina.", "PHL"),
])
def test_event_country(analyzer, text: str, country: str) -> None:
    event = first_event(analyzer, text)
    assert event is not None and event.country == country


@pytest.mark.parametrize(("text", "country"), [
    # unchanged: the incident's own place wins, with or without a statement elsewhere
    ("Gunmen killed eight passengers in an attack on a bus in Manipur, police said.", "IND"),
    ("Rockets fired from Lebanon struck Kiryat Shmona, killing two people.", "ISR"),
    # reports coming from a place are about it; people who fled came from where it happened
    ("Reports coming from Gaza say an Israeli strike killed 20 people.", "PSE"),
    ("Some 3,000 refugees crossed from Sudan into Chad this week after fleeing attacks in El Geneina.", "SDN"),
    ("Clashes in Tripoli killed five fighters, a Libyan official said.", "LBY"),
    ("اشتباكات في طرابلس أسفرت عن مقتل خمسة مسلحين.", "LBY"),
    # a victim group's nationality does not beat a place named with a preposition
    ("Pirates killed two Indonesian fishermen off Sulu in the southern Philippines.", "PHL"),
    ("Des hommes armés ont tué trois pêcheurs sénégalais près de Bissau.", "GNB"),
])
def test_event_country_unchanged(analyzer, text: str, country: str) -> None:
    event = first_event(analyzer, text)
    assert event is not None and event.country == country


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # Russian and Ukrainian region adjectives and town adjectives in every case
    ("На Запорізькому напрямку ворог атакував позиції.", "UKR", "Zaporizka oblast"),
    ("Бои на Запорожском направлении продолжаются.", "UKR", "Zaporizka oblast"),
    ("Жителів Краматорської громади евакуюють.", "UKR", "Donetska oblast"),
    ("Обстрел Покровского района.", "UKR", "Donetska oblast"),
    ("В Курском районе сбит беспилотник.", "RUS", "Kurskaya oblast'"),
    # Kazakhstan's oblasts in Russian, declined
    ("В Жамбылской области произошли беспорядки.", "KAZ", "Zhambyl oblysy"),
    ("В Восточно-Казахстанской области задержаны трое.", "KAZ", "Shyghys Qazaqstan oblysy"),
    ("В Мангистауской области прошли протесты.", "KAZ", "Mangghystaū oblysy"),
    # an apostrophe for an ayn or a hamza
    ("Un attacco a Sa'ada ha ucciso tre persone.", "YEM", "Şāʻdah"),
    ("A strike on Ma'rib killed four.", "YEM", None),
    # Arabic seats with مدينة
    ("اعتقل مسلحون ناشطاً في مدينة إب.", "YEM", "Ibb"),
    ("اشتباكات في مدينة الزاوية غرب طرابلس.", "LBY", "Az Zāwiyah"),
    # every district of Jammu and Kashmir in Hindi
    ("रियासी जिले में मुठभेड़ हुई।", "IND", "Jammu and Kashmīr"),
    ("बडगाम में आतंकी मारे गए।", "IND", "Jammu and Kashmīr"),
    ("Kontak tembak terjadi di Puncak, Papua Tengah.", "IDN", "Papua Tengah"),
])
def test_places_found(text: str, country: str, admin1: str | None) -> None:
    places = resolved_places(text)
    assert places and places[0][1] == country
    if admin1 is not None:
        assert places[0][2] == admin1


@pytest.mark.parametrize("text", [
    "Московская патриархия выступила с заявлением.",  # no region without область
    "Côte d'Ivoire",  # an elided article keeps its apostrophe
    "تقع المدرسة في الزاوية الشمالية من الحي.",  # "the corner": no Libyan town without مدينة
    "Российской армии не хватает людей.",  # no place
    "Переговоры в рамках Минского формата и Мінські угоди.",  # the talks, not the city
])
def test_no_new_place(text: str) -> None:
    places = resolved_places(text)
    assert all(c not in {"KAZ", "LBY", "YEM", "BLR"} for _, c, _ in places)
    assert "Московская" not in {t for t, _, _ in places}
    assert "Côte d'Ivoire" not in text or places == [("Côte d'Ivoire", "CIV", None)]
