"""Event behaviours added in session 14 (event-rules.v20, geo-gazetteer.v14): ranges read as their lower bound,
ordinals and unit, road, resolution and flight numbers that are no tolls, towns named like another country
("Argelia, Cauca"), verdicts about past attacks, sport metaphors, naval and air drills, and a toll told in the next
sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.events.rules import fold_text, mask_benign, non_event_reason
from nlp.geo import load_gazetteer
from nlp.numbers import extract_counts
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _events(analyzer, text: str, lang: str | None = None):
    return sorted(analyzer.analyze(text, TextContext(language=lang)).events, key=lambda e: e.evidence.start)


def _reason(text: str) -> str | None:
    return non_event_reason(mask_benign(fold_text(text)))


# 1. a range is its lower bound (ACLED), never the sum of its ends
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Between 30 and 40 people were killed in the attack on the village."),
    ("en", "Between thirty and forty people were killed in the attack on the village."),
    ("en", "Gunmen killed 30 to 40 villagers overnight."),
    ("fr", "Entre 30 et 40 morts dans l'attaque jihadiste."),
    ("fr", "Entre trente et quarante personnes ont été tuées."),
    ("es", "Entre treinta y cuarenta personas murieron en el ataque."),
    ("pt", "Entre trinta e quarenta mortos no ataque à aldeia."),
    ("it", "Tra 30 e 40 morti negli scontri a Tripoli."),
    ("it", "Fra 30 e 40 persone sono state uccise."),
    ("de", "Zwischen 30 und 40 Menschen wurden bei dem Angriff getötet."),
    ("de", "Von 30 bis 40 Menschen wurden getötet."),
    ("nl", "Tussen de 30 en 40 doden bij de aanval."),
    ("pl", "Od 30 do 40 osób zginęło w ataku."),
    ("ru", "От 30 до 40 человек погибли при обстреле."),
    ("uk", "Від 30 до 40 людей загинули під час обстрілу."),
    ("ar", "قتل ما بين 30 و40 شخصا في الهجوم."),
    ("ar", "قتل من 30 إلى 40 شخصا في الهجوم."),
])
def test_a_range_is_its_lower_bound(lang: str, text: str) -> None:
    dead = extract_counts(text).fatalities
    assert (dead.best, dead.low, dead.high) == (30, 30, 40), lang


@pytest.mark.parametrize(("text", "dead"), [
    ("twenty-five people were killed", 25),
    ("treinta y cinco muertos", 35),
    ("vingt et un morts", 21),
    ("soixante et onze morts", 71),
    ("quatre-vingts morts", 80),
    ("quatre-vingt-dix morts", 90),
    ("one hundred and five people were killed", 105),
    ("two soldiers and three civilians were killed", 5),  # a list still sums
    ("Seize personnes ont été tuées.", 16),
])
def test_compound_number_words_still_join(text: str, dead: int) -> None:
    assert extract_counts(text).fatalities.best == dead


def test_the_analyzer_reports_the_lower_bound(analyzer) -> None:
    (event,) = _events(analyzer, "Tra 30 e 40 morti negli scontri a Tripoli.", "it")
    assert (event.fatalities.best, event.fatalities.low, event.fatalities.high) == (30, 30, 40)


# 2. ordinals and counts of incidents are no tolls
@pytest.mark.parametrize(("lang", "text", "dead"), [
    ("en", "The 20th attack this year killed 3 people in Kabul.", 3),
    ("en", "The third bombing in a week killed five people in Baghdad.", 5),
    ("en", "It was the 2nd such raid on the town; 4 villagers were killed.", 4),
    ("fr", "La 20e attaque de l'année a tué trois personnes.", 3),
    ("fr", "Vingt attaques ont fait trois morts cette semaine.", 3),
    ("es", "El 20º ataque del año mató a tres personas.", 3),
    ("es", "Es el tercer atentado en una semana: murieron cinco personas.", 5),
    ("pt", "O 20º ataque do ano matou três pessoas.", 3),
    ("it", "Il 20° attacco dell'anno ha ucciso tre persone.", 3),
    ("de", "Bei 20 Anschlägen in diesem Jahr wurden drei Menschen getötet.", 3),
    ("ru", "20-я атака за год: погибли три человека.", 3),
])
def test_ordinals_and_incident_counts_are_no_tolls(lang: str, text: str, dead: int) -> None:
    assert extract_counts(text).fatalities.best == dead, lang


# 3. a number that names a unit, a road, a resolution or a flight is no count
@pytest.mark.parametrize(("lang", "text", "dead"), [
    ("en", "Soldiers of Brigade 444 clashed with militants in Tripoli, killing 5.", 5),
    ("en", "Fighters of the 444 Brigade killed five people in Tripoli.", 5),
    ("en", "The 93rd Brigade repelled an attack near Bakhmut; two soldiers were killed.", 2),
    ("en", "Battalion 7 lost two soldiers killed in the ambush.", 2),
    ("en", "A bomb on Route 60 killed two Israeli settlers in the West Bank.", 2),
    ("en", "A roadside bomb on Highway 1 killed four soldiers.", 4),
    ("en", "Resolution 2334 condemned the killing of 12 civilians.", 12),
    ("en", "Flight 370 crash killed 239 people.", 239),
    ("en", "A marble trader of MQM, Unit 190, was shot dead in Karachi.", 1),
    ("es", "Combatientes de la Brigada 444 mataron a cinco personas.", 5),
    ("fr", "Des combattants de la brigade 444 ont tué cinq personnes.", 5),
    ("ru", "Рейс 370 разбился, погибли 239 человек.", 239),
    ("ar", "قتل خمسة أشخاص في اشتباكات مع اللواء 444 في طرابلس.", 5),
    # a lower-case noun, then people, is a count: "on the highway 20 people were killed"
    ("en", "On the highway 20 people were killed when gunmen opened fire.", 20),
    ("en", "Three brigade commanders were killed in the strike.", 3),
])
def test_unit_and_identifier_numbers_are_no_counts(lang: str, text: str, dead: int) -> None:
    assert extract_counts(text).fatalities.best == dead, lang


def test_a_unit_number_is_no_count_of_the_injured() -> None:
    text = "Three troopers were injured; they belong to the 64 Battalion of the BSF."
    assert extract_counts(text).injured.best == 3


# 4. a town named like another country, followed by a region of its own country
@pytest.mark.parametrize(("text", "country", "admin1", "place"), [
    ("Three soldiers were killed in an ambush in Argelia, Cauca.", "COL", "Cauca", "Argelia"),
    ("Tres soldados murieron en una emboscada en Argelia (Cauca).", "COL", "Cauca", "Argelia"),
    ("Disidencias de las FARC atacaron una estación de policía en Argelia, Cauca, y mataron a dos policías.", "COL",
     "Cauca", "Argelia"),
    ("Gunmen shot dead two people in Armenia, Quindío, on Friday.", "COL", "Quindío", "Armenia"),
    ("Two people were shot dead in Lebanon, Tennessee, police said.", "USA", "Tennessee", "Lebanon"),
])
def test_town_named_like_a_country_next_to_its_region(analyzer, text: str, country: str, admin1: str, place: str) -> None:
    event = _events(analyzer, text)[0]
    assert (event.country, event.admin1, event.place) == (country, admin1, place)


@pytest.mark.parametrize(("text", "expected"), [
    # a list of countries stays countries
    ("Delegates from Armenia, Colombia and Peru met in Geneva.", ["ARM", "COL", "PER", "CHE"]),
    ("Algeria, Georgia and Ukraine signed the deal.", ["DZA", "GEO", "UKR"]),
    ("The army killed 20 militants in Algeria on Monday.", ["DZA"]),
    # no town named Cuba in Nuevo León in the data: Cuba stays the country
    ("Cuba, Nuevo León", ["CUB", "MEX"]),
])
def test_country_names_stay_countries_without_their_region(text: str, expected: list[str]) -> None:
    gazetteer = load_gazetteer()
    assert [p.country for p in gazetteer.resolve(gazetteer.find(text))] == expected


def test_a_country_reading_borrows_no_admin1() -> None:
    gazetteer = load_gazetteer()
    (mexico,) = gazetteer.resolve(gazetteer.find("Soldiers massacred a dozen people in Mexico."))
    assert (mexico.country, mexico.admin1) == ("MEX", None)


# 5. a verdict or trial about a past attack is no new event
@pytest.mark.parametrize(("lang", "text"), [
    ("en", ("A court in Paris sentenced Salah Abdeslam to life in prison for the November 2015 attacks which killed 130 "
           "people.")),
    ("en", "The trial of eight men accused over the 2016 Nice truck attack, which killed 86 people, opened on Monday."),
    ("en", ("A Nigerian court sentenced five Boko Haram members to death for the 2014 bombing that killed 20 worshippers in "
           "Kano.")),
    ("en", "The gunman who killed 51 worshippers in Christchurch was sentenced to life without parole."),
    ("fr", "Le procès de l'attentat de Nice, qui avait fait 86 morts, s'est ouvert lundi à Paris."),
    ("fr", "La cour d'assises a condamné l'accusé à la perpétuité pour l'attaque qui avait fait 12 morts à Ouagadougou."),
    ("es", "Un tribunal condenó a 40 años de prisión a un exparamilitar por la masacre que dejó 20 muertos en Cauca."),
    ("es", "Comenzó el juicio contra los acusados del atentado que dejó 22 muertos en Bogotá."),
    ("pt", "O tribunal condenou o réu a 30 anos pelo ataque que deixou 10 mortos em Suzano."),
    ("it", "Il tribunale ha condannato all'ergastolo l'uomo che aveva ucciso sei persone a Macerata."),
    ("de", ("Ein Gericht hat den Attentäter zu lebenslanger Haft verurteilt, bei dem Anschlag waren 12 Menschen getötet "
           "worden.")),
    ("ru", "Суд приговорил к пожизненному заключению организатора теракта, в результате которого погибли 37 человек."),
    ("ar", "قضت محكمة بالإعدام على منفذ الهجوم الذي أسفر عن مقتل 20 شخصا في الإسكندرية."),
])
def test_verdicts_about_past_attacks_are_no_events(analyzer, lang: str, text: str) -> None:
    assert _events(analyzer, text, lang) == []


@pytest.mark.parametrize(("lang", "text", "dead"), [
    ("en", "Gunmen killed five people in Kano on Monday, a week after a court sentenced their leader to death.", 5),
    ("en", "Militants attacked a court in Quetta that sentenced their commander, killing 12 people.", 12),
    ("en", "Five people were killed in an attack on a court in which a trial of militants was under way.", 5),
    # "condemn" is no verdict: condamner, condenar, condannare, verurteilen and осудить without a penalty
    ("fr", "Le gouvernement a condamné l'attaque qui a fait 12 morts à Bamako.", 12),
    ("es", "El gobierno condenó el ataque que dejó 20 muertos en Cauca.", 20),
    ("pt", "O governo condenou o ataque que deixou 10 mortos em Cabo Delgado.", 10),
    ("it", "Il governo ha condannato l'attacco che ha ucciso sei persone a Tripoli.", 6),
    ("de", "Die Regierung verurteilte den Anschlag, bei dem 12 Menschen getötet wurden.", 12),
    ("ru", "Президент осудил теракт, в результате которого погибли 20 человек.", 20),
    # nor are an opinion or a direction
    ("es", "A juicio de las autoridades, el ataque que dejó 20 muertos fue obra del ELN.", 20),
    ("de", "Der Angriff, bei dem 12 Menschen getötet wurden, war gegen Schiiten gerichtet.", 12),
])
def test_a_killing_in_the_main_clause_stays_an_event(analyzer, lang: str, text: str, dead: int) -> None:
    events = _events(analyzer, text, lang)
    assert events and events[0].fatalities.best == dead


# 6. sport
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Lions slaughtered the visitors 4-0 on Saturday."),
    ("en", "Arsenal massacred Chelsea in the derby, a real bloodbath for the visitors."),
    ("en", "It was a bloodbath in the derby as United were destroyed by City."),
    ("en", "The two clubs will battle for the title until the last day."),
    ("en", "The Chiefs crushed the Eagles in a brutal battle at the Super Bowl."),
    ("en", "Federer destroyed Nadal in the final in straight sets."),
    ("fr", "Le PSG a massacré l'OM dans le derby, une vraie boucherie."),
    ("es", "El Barça masacró al Madrid en el derbi con una goleada histórica."),
    ("pt", "O Flamengo massacrou o Vasco por 5 a 1 no Maracanã."),
    ("it", "La Juventus ha massacrato l'Inter nel derby d'Italia."),
])
def test_sport_metaphors_are_no_events(analyzer, lang: str, text: str) -> None:
    assert _reason(text) == "metaphor"
    assert _events(analyzer, text, lang) == []


@pytest.mark.parametrize(("text", "dead"), [
    ("A bomb exploded at a cafe where fans watched the World Cup final, killing 12 people.", 12),
    ("Gunmen opened fire on fans after the derby in Lagos, killing three.", 3),
])
def test_violence_at_a_match_stays_an_event(analyzer, text: str, dead: int) -> None:
    events = _events(analyzer, text, "en")
    assert events and events[0].fatalities.best == dead


# 7. naval, air and joint drills are exercises
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "China launched naval drills near Taiwan on Monday, firing missiles into the sea."),
    ("en", "Russia and China held joint naval exercises in the Sea of Japan, with warships firing artillery."),
    ("en", "The US and South Korea began joint air drills with fighter jets and bombers."),
    ("en", "Iran's navy conducted live-fire drills at sea in the Strait of Hormuz, launching cruise missiles."),
    ("fr", "La Chine a lancé des exercices navals autour de Taïwan avec des tirs de missiles."),
    ("es", "La Armada realizó ejercicios navales con fuego real frente a la costa, disparando misiles."),
    ("es", "China inició maniobras navales con misiles cerca de Taiwán."),
    ("pt", "A Marinha realizou exercícios navais com disparos de mísseis."),
    ("it", "La marina ha condotto esercitazioni navali con missili nel Mediterraneo."),
    ("de", "Die Marine hielt ein Seemanöver mit scharfen Raketen ab."),
    ("ru", "Флот провел морские учения с боевыми стрельбами ракетами в Черном море."),
    ("ar", "أجرت البحرية الإيرانية مناورات بحرية بالذخيرة الحية وأطلقت صواريخ."),
])
def test_naval_and_air_drills_are_exercises(analyzer, lang: str, text: str) -> None:
    assert _events(analyzer, text, lang) == []


def test_an_armed_group_during_drills_stays_an_event(analyzer) -> None:
    events = _events(analyzer, "Houthi rebels fired missiles at ships during naval drills, killing two sailors.", "en")
    assert events and events[0].fatalities.best == 2


# 8. a toll told in the next sentence
@pytest.mark.parametrize(("lang", "text", "type_", "country"), [
    ("en", "Gunmen attacked the village of Kukawa in Borno on Sunday. Twelve people died.",
     "violence_against_civilians", "NGA"),
    ("en", "Gunmen attacked a church in Owo on Sunday. At least 12 people were killed and 20 wounded.",
     "violence_against_civilians", "NGA"),
    ("en", "Gunmen attacked a village in Borno on Sunday. The attack killed 12 people.", "violence_against_civilians",
     "NGA"),
    ("en", "Russian forces shelled Kharkiv overnight. Twelve civilians were killed, the governor said.",
     "remote_violence", "UKR"),
    ("en", "Militants stormed an army base in Borno. Twelve soldiers were killed.", "battle", "NGA"),
    ("fr", "Des hommes armés ont attaqué le village de Solhan dimanche. Douze personnes ont été tuées.",
     "violence_against_civilians", "BFA"),
    ("es", "Hombres armados atacaron una comunidad en Cauca el domingo. Doce personas murieron.",
     "violence_against_civilians", "COL"),
    ("pt", "Homens armados atacaram uma aldeia em Cabo Delgado no domingo. Doze pessoas morreram.",
     "violence_against_civilians", "MOZ"),
    ("ar", "هاجم مسلحون قرية في ولاية بورنو يوم الأحد. قتل اثنا عشر شخصا.", "violence_against_civilians", "NGA"),
])
def test_a_toll_in_the_next_sentence_is_the_events(analyzer, lang: str, text: str, type_: str, country: str) -> None:
    (event,) = _events(analyzer, text, lang)
    assert (event.type, event.country, event.fatalities.best) == (type_, country, 12)
    assert event.evidence.start == 0 and event.evidence.end == len(text)


@pytest.mark.parametrize("text", [
    # a perpetrator of its own: another incident
    ("Gunmen attacked a police post in Zamfara. The attack comes two weeks after bandits killed 30 people in a nearby "
    "village."),
    # another country, another incident
    "Gunmen attacked a village in Borno on Sunday. Five people died in Mombasa, Kenya.",
    "Gunmen attacked a village in Borno on Sunday. In Kenya, five people died in a separate attack.",
])
def test_another_incidents_toll_is_not_joined(analyzer, text: str) -> None:
    events = _events(analyzer, text, "en")
    assert events[0].fatalities.best is None


def test_a_dropped_accident_sentence_is_no_toll(analyzer) -> None:
    text = "Gunmen attacked a bus near Kaduna on Sunday. Twelve people died when the bus crashed into a ravine."
    events = _events(analyzer, text, "en")
    assert len(events) == 1 and events[0].fatalities.best is None
