"""Session 16b: where an incident happened, in local outlets' languages. Russian and Ukrainian case forms of every
Cyrillic country and town name; a country adjective before a word for its regions ("в эквадорской провинции",
"the Mexican state of"); Turkish exonyms with their case suffixes; Hindi names of countries, conflict regions and
districts; Russian and Ukrainian names of conflict countries' regions and of Russia's krais; Arabic names of Tunisia's
governorates; "baku tembak" is no Baku; a country a weapon was fired from in Turkish; the place of a protest beats
the place it is about; a capitalized dateline and a province's seat name the article's country."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.settings import NlpSettings
from tests.nlp.events_helpers import first_event, resolved_places


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # Cyrillic case forms derived from the nominative
    ("Боевики убили 21 мирного жителя, сообщили власти Нигера.", "NER", None),
    ("Обстріл у Нігері забрав життя п'ятьох людей.", "NER", None),
    ("Погромы в посёлке под Петербургом.", "RUS", "Sankt-Peterburg"),
    ("В Оромии сожгли десятки домов.", "ETH", "Oromia"),
    ("В Оромії спалили школу.", "ETH", "Oromia"),
    ("Бои в Судане продолжаются.", "SDN", None),
    # Russian and Ukrainian names of regions of conflict countries, indeclinable or declined
    ("В регионе Тиллабери боевики напали на деревню.", "NER", "Tillabéri"),
    ("В департаменте Каука убиты трое.", "COL", "Cauca"),
    ("Нападение в департаменте Антьокия.", "COL", "Antioquia"),
    ("Атака в префектуре Уам.", "CAF", "Ouham"),
    ("Напад на базу в регіоні Середня Шабелле.", "SOM", "Shabeellaha Dhexe"),
    ("Стрельба в штате Синалоа.", "MEX", "Sinaloa"),
    # Russia's krais by their adjective, in every case
    ("Сотрудники ФСБ задержали в Ставропольском крае шестерых.", "RUS", "Stavropol'skiy kray"),
    ("Пожар в Краснодарском крае.", "RUS", "Krasnodarskiy kray"),
    # Turkish exonyms with a case suffix after the apostrophe
    ("Harkiv'e düzenlenen füze saldırısında 9 kişi öldü.", "UKR", "Kharkivska oblast"),
    ("Mogadişu'da bombalı saldırı.", "SOM", "Banaadir"),
    ("Han Yunus'ta hava saldırısı.", "PSE", "Gaza"),
    ("Refah'a düzenlenen saldırı.", "PSE", "Gaza"),
    ("Hartum'da çatışmalar sürüyor.", "SDN", "Khartoum"),
    ("Nijerya'da silahlı saldırı.", "NGA", None),
    # Hindi names of countries, regions abroad and Indian districts
    ("नाइजीरिया के कडुना राज्य में अपहरण।", "NGA", None),
    ("दक्षिण किवु प्रांत के एक गांव में हमला।", "COD", "Sud-Kivu"),
    ("रखाइन प्रांत में लड़ाई।", "MMR", "Rakhine"),
    ("कांगपोकपी जिले में घरों को आग लगाई।", "IND", "Manipur"),
    ("चाईबासा में आईईडी विस्फोट।", "IND", "Jhārkhand"),
    ("अंबाला में किसानों ने धरना दिया।", "IND", "Haryāna"),
    # Arabic names of Tunisia's governorates, with and without a clitic
    ("وقفة احتجاجية أمام مقر الولاية في قفصة.", "TUN", "Gafsa"),
    ("احتجاجات في سيدي بوزيد.", "TUN", "Sidi Bouzid"),
    ("مواجهات بالقصرين.", "TUN", "Kasserine"),
])
def test_places_found(text: str, country: str, admin1: str | None) -> None:
    places = resolved_places(text)
    assert places and places[0][1] == country
    if admin1 is not None:
        assert places[0][2] == admin1


@pytest.mark.parametrize(("text", "country"), [
    # a country adjective before a word for its regions or towns names the country
    ("У мексиканському штаті Гуанахуато невідомі відкрили вогонь.", "MEX"),
    ("В эквадорской провинции похищены четверо подростков.", "ECU"),
    ("В нигерийском городе похищены школьники.", "NGA"),
    ("Gunmen killed twelve people in a bar in the Mexican state of Guanajuato.", "MEX"),
])
def test_country_adjective_before_unit(text: str, country: str) -> None:
    places = resolved_places(text)
    assert places and places[0][1] == country


@pytest.mark.parametrize("text", [
    "мексиканские картели расширяют влияние.",  # an adjective alone places nothing
    "Мексиканская кухня популярна.",
    "Колумбийская певица дала концерт.",
    "Baku tembak antara militer dan kelompok bersenjata.",  # an exchange of fire, not Baku
    "Terjadi baku hantam antarwarga.",
])
def test_no_new_place(text: str) -> None:
    assert resolved_places(text) == []


@pytest.mark.parametrize(("text", "country"), [
    # Indonesian "baku tembak" no longer hides the place
    ("Baku tembak antara militer dan kelompok pro-ISIS di Lanao del Sur menewaskan lima militan.", "PHL"),
    ("Baku tembak antara TNI dan KKB di Intan Jaya menewaskan dua prajurit.", "IDN"),
    # a dateline town names the country; the Turkish one not outweighed by Israel's name
    ("CENİN (AA) - İsrail askerlerinin Cenin'e düzenlediği baskında iki Filistinli hayatını kaybetti.", "PSE"),
    # a country a weapon was fired from, in Turkish, is not where it struck
    ("Kilis'e Suriye tarafından atılan roketlerden biri bir evin bahçesine düştü, bir kişi öldü.", "TUR"),
    ("Hatay'a Suriye'den atılan havan mermisi bir kişiyi öldürdü.", "TUR"),
    # a protest abroad: the place it is held beats the place it is about
    ("Decine di migliaia di persone hanno sfilato pacificamente a Roma per chiedere il cessate il fuoco a Gaza.", "ITA"),
    ("Thousands marched peacefully in London calling for a ceasefire in Gaza.", "GBR"),
    ("Miles de personas se manifestaron en Madrid en solidaridad con Palestina.", "ESP"),
])
def test_event_country(analyzer, text: str, country: str) -> None:
    event = first_event(analyzer, text)
    assert event is not None and event.country == country


@pytest.mark.parametrize(("text", "country"), [
    # unchanged: a weapon fired onto a country from its own town; a protest in the place it is about
    ("Rockets fired from Lebanon struck Kiryat Shmona, killing two people.", "ISR"),
    ("Thousands protested in Gaza City demanding an end to the blockade.", "PSE"),
    ("Manifestantes em Lisboa exigiram aumento salarial; a marcha seguiu pacífica.", "PRT"),
    ("Suriye'de bir saldırıda 5 kişi öldü.", "SYR"),
])
def test_event_country_unchanged(analyzer, text: str, country: str) -> None:
    event = first_event(analyzer, text)
    assert event is not None and event.country == country


def test_gulf_alone_is_no_province() -> None:
    from nlp.geo import load_gazetteer

    gazetteer = load_gazetteer()
    found = gazetteer.resolve(gazetteer.find("Monterrey Massacre Comes Amid Gulf-Zetas Battles."))
    assert [(p.text, p.country) for p in found] == [("Monterrey", "MEX")]
    found = gazetteer.resolve(gazetteer.find("Clashes in Kikori, Gulf Province, left three dead."))
    assert ("PNG", "Gulf") in [(p.country, p.admin1) for p in found]


@pytest.mark.parametrize(("text", "country"), [
    # a province seat's name inside a person's or an outlet's name names no country
    (("In some of the cases in Guatemala, witnesses had been killed, including Rivera Azuaje, who was gunned down by "
      "police."), "GTM"),
    ("An investigation by Salvadoran news outlet El Faro found that the men were shot dead by police in El Salvador.",
     "SLV"),
])
def test_a_seat_name_inside_a_name(text: str, country: str) -> None:
    from nlp.events import make_analyzer
    from nlp.pipeline import TextContext
    from nlp.settings import NlpSettings

    events = make_analyzer(NlpSettings()).analyze(text, TextContext()).events
    assert events and events[0].country == country
