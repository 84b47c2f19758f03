"""Behaviours added in session 15b (event-rules.v24, geo-gazetteer.v18): AP datelines and other places a report is
written from, flights that are the news, clan and tribal clashes as riots, tolls raised in the next sentence, ages and
running totals that are no tolls, Arabic duals, non-events (parades, collisions, advisories, series) and missed events
(a vehicle seized for ransom, drones that struck, rapes by armed men, marches, a journalist detained). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.numbers import extract_counts
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings
from tests.nlp.events_helpers import first_event, resolved_places


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())




# --- places -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "country"), [
    ("PERU, Ind. — Two men were shot dead outside a bar on Saturday night, police said.", "USA"),
    ("MEXICO, Mo. (AP) — A man was shot dead outside a gas station on Sunday night, police said.", "USA"),
    ("PARIS, Tenn. — Police arrested 14 people after a brawl outside the county courthouse on Friday.", "USA"),
    ("Gunmen killed two border guards near Tabriz in Iran's East Azerbaijan province on Monday.", "IRN"),
    (("ANKARA — Turkish jets struck PKK positions in northern Iraq's Gara region on Tuesday, killing 9 militants, "
      "the defence ministry said."), "IRQ"),
    ("LUANDA — Police detained 12 activists gathered in the Largo da Independência on Saturday, their movement said.",
     "AGO"),
    ("Tres policías murieron en un ataque de disidentes en el municipio de Argelia, en el norte del Cauca.", "COL"),
    ("УФА — Полиция задержала в Уфе 30 участников несанкционированного митинга.", "RUS"),
    ("MÜNCHEN — Rund 20.000 Menschen haben am Sonntag friedlich gegen den Krieg demonstriert.", "DEU"),
])
def test_event_countries(analyzer, text, country):
    event = first_event(analyzer, text)
    assert event is not None
    assert event.country == country


def test_ap_dateline_and_county_named_like_countries():
    places = resolved_places("LEBANON, Pa. — Workers marched from the Lebanon County courthouse on Monday.")
    assert [(name, country) for name, country, _ in places] == [("LEBANON", "USA")]
    assert resolved_places("Mexico, Colombia and Peru sent observers.")[0][1] == "MEX"  # no state after the comma


def test_dateline_city_loses_to_a_place_named_elsewhere_but_not_to_a_namesake_town(analyzer):
    # a GeoNames town of another country named in the report does not outweigh the dateline
    event = first_event(analyzer, "TEGUCIGALPA — Pandilleros asesinaron a dos comerciantes en la colonia Villa Nueva, "
                             "informó la policía.")
    assert event is not None and event.country == "HND"


def test_country_across_the_border_is_no_country_of_the_article(analyzer):
    event = first_event(analyzer, "NIAMEY — Six soldats nigériens ont été tués lors de l'attaque d'un poste à Torodi, près "
                             "de la frontière avec le Burkina Faso, a indiqué l'armée.")
    assert event is not None and event.country == "NER"


# --- displacement -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "country"), [
    (("Some 5,000 residents crossed into Niger last week after fleeing attacks by jihadists on villages near Ménaka "
      "in Mali, the UNHCR said."), "MLI"),
    (("Fighting between the army and the RSF has forced more than 40,000 people from their homes around El Fasher in "
      "ten days, the IOM said."), "SDN"),
    ("Через постійні обстріли з Покровська за тиждень виїхали понад 2000 людей, повідомила обласна адміністрація.",
     "UKR"),
    (("NOUAKCHOTT — Plus de 2 500 Maliens ont franchi la frontière cette semaine, fuyant des combats dans la région de "
      "Tombouctou, selon le HCR."), "MLI"),
    ("Более 20 тысяч жителей Шуши покинули регион после военной операции, заявили власти Армении.", None),
])
def test_flight_that_is_the_news_is_displacement(analyzer, text, country):
    event = first_event(analyzer, text)
    assert event is not None
    assert event.type == "displacement"
    if country:
        assert event.country == country


@pytest.mark.parametrize("text", [
    "Brazilian hit men had reportedly crossed into Paraguay to carry out the attack, officials said.",
    "Some 65,000 people were displaced worldwide by violence last year, the report said.",
])
def test_no_displacement_without_a_flight_of_an_incident(analyzer, text):
    event = first_event(analyzer, text)
    assert event is None or event.type != "displacement"


# --- types --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "type_"), [
    ("Fighting between rival clans in Hela Province killed at least 12 people on Sunday, police said.", "riot"),
    ("قتل ثلاثة أشخاص وأصيب أربعة في نزاع عشائري في محافظة ميسان.", "riot"),
    ("Столкновения между жителями двух сёл в Чуйской области переросли в погромы, погибли трое.", "riot"),
    ("Bandits kidnapped 40 worshippers from a church in Zamfara on Sunday and killed a pastor, police said.",
     "abduction"),
    ("Gang members hijacked a minibus with 18 passengers near Mirebalais on Friday and are demanding a ransom.",
     "abduction"),
    ("Militiamen raped at least 15 women in a village near Bunia last week, a rights group said.", "sexual_violence"),
    ("Three drones struck near the airport in Erbil late on Sunday, causing no casualties, officials said.",
     "remote_violence"),
    ("Two soldiers were killed on Friday when Afghan and Pakistani border guards exchanged heavy fire near Torkham.",
     "battle"),
    (("Soldiers killed at least twenty civilians in house-to-house searches in Bahir Dar after clashes with Fano "
      "militiamen, witnesses said."), "violence_against_civilians"),
    ("Cerca de 3 mil professores marcharam pelo centro do Recife nesta quarta-feira.", "protest"),
    ("Кілька сотень студентів вийшли на мирну акцію у Львові. Акція минула без затримань.", "protest"),
    ("تظاهر المئات في صفاقس للمطالبة بالإفراج عن الناشطين المعتقلين.", "protest"),
    ("Ein Journalist ist in Minsk von der Polizei festgenommen worden.", "arrest"),
    ("Mwandishi wa habari ametekwa na watu wasiojulikana jijini Nairobi usiku wa kuamkia leo.", "abduction"),
])
def test_types(analyzer, text, type_):
    event = first_event(analyzer, text)
    assert event is not None
    assert event.type == type_


def test_fireworks_are_no_shelling(analyzer):
    event = first_event(analyzer, "Des voitures ont été incendiées et des tirs de mortiers d'artifice ont visé la police "
                             "à Lyon dans la nuit de samedi.")
    assert event is None or event.type != "remote_violence"


# --- non-events ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thousands of troops marched in a military parade in Pyongyang on Sunday, displaying new ballistic missiles.",
    "A gas-laden truck exploded on a highway outside Lagos on Monday, sparking a fire that killed five people.",
    "Tres trabajadores murieron al volcar el camión en el que viajaban por la autopista, informaron los bomberos.",
    "Пять человек погибли при столкновении автобуса с грузовиком под Самарой, сообщили в ГУ МЧС.",
    "Четверо людей загинули внаслідок зіткнення автобуса з вантажівкою на Львівщині, повідомили в поліції.",
    "В Москве прошли траурные мероприятия в память о жертвах теракта на Дубровке.",
    "The State Department advised against all travel to northern Mali because of the risk of kidnapping.",
    "Paris a placé le nord du Niger en zone rouge, en raison d'un risque élevé d'enlèvement.",
    "La nueva temporada de la serie muestra secuestros y tiroteos entre cárteles en Sinaloa.",
    "गणतंत्र दिवस परेड में सेना की टुकड़ियों और मिसाइलों ने हिस्सा लिया।",
])
def test_non_events(analyzer, text):
    assert analyzer.analyze(text, TextContext()).events == []


def test_a_series_of_shootings_is_no_tv_series(analyzer):
    event = first_event(analyzer, "At least 11 people were killed in a series of shootings in Recife on Saturday night.")
    assert event is not None and event.fatalities.best == 11


# --- tolls --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dead"), [
    (("Hitmen killed indigenous leader Luis Pérez Gómez, 47, in Tumaco on Friday, raising to 45 the number of "
      "social leaders murdered in Nariño this year."), 1),
    ("Deux lycéennes, âgées de 16 et 18 ans, ont été tuées par balles lors d'une manifestation à Bamako.", 2),
    ("Two teenagers aged 15 and 17 were shot dead at a checkpoint.", 2),
    ("قتل طفلان وأصيب أربعة آخرون في قصف على حي سكني.", 2),
    ("استشهد ثلاثة شبان، بينهم فتى في الخامسة عشرة، برصاص قوات الاحتلال.", 3),
    ("दंतेवाड़ा में नक्सली हमले में पांच जवानों और एक ड्राइवर की मौत हो गई।", 6),
    ("Dix-huit civils ont été tués dans une attaque près de Beni.", 18),
    ("Two home guards were killed in the firing.", 2),
    ("Массовые беспорядки: сожжены десятки домов и машин, погибли пять человек.", 5),
    ("Two gunmen on motorbikes shot dead a teacher outside his school.", 1),
    ("A seven-year-old boy and his 70-year-old grandfather were killed in the strike.", 2),
    ("Dix-huit déplacés, dont six femmes, ont été tués lors d'une attaque de miliciens.", 18),
])
def test_tolls(text, dead):
    assert extract_counts(text).fatalities.best == dead


def test_mato_grosso_is_no_killing():
    assert extract_counts("Homens armados queimaram uma aldeia em Mato Grosso do Sul.").fatalities.best is None


@pytest.mark.parametrize(("text", "dead"), [
    (("A car bomb exploded at a market in Baidoa on Monday, killing at least six people, police said. Three more "
      "victims died in hospital on Tuesday, bringing the toll to 9."), 9),
    (("Troops repelled an attack on a base in Borno late on Friday, killing 12 insurgents, the army said. Three soldiers "
      "were also killed in the fighting."), 15),
    (("Gunmen killed 12 villagers in Zamfara on Monday, police said. In 2021, 132 people were also killed in the "
      "state."), 12),
])
def test_toll_raised_in_the_next_sentence(analyzer, text, dead):
    event = first_event(analyzer, text)
    assert event is not None
    assert event.fatalities.best == dead
