"""Italian, Dutch and Polish violence reports (session 11): triggers, non-events, counts and place names.

The sentences are written for these tests (no dataset text); they are part of the probe reported in
docs/events.md.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp import TextContext
from nlp.events import make_analyzer, rules
from nlp.events.rules import candidate_cues, fold_text, non_event_reason
from nlp.numbers import extract_counts
from nlp.settings import NlpSettings
from store import Count


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


@pytest.mark.parametrize(("lang", "text", "type_", "sub_type", "country", "dead"), [
    # Italian
    ("it", ("Almeno 12 civili sono stati uccisi in un attacco di uomini armati contro un villaggio nel nord-est della "
            "Nigeria."), "violence_against_civilians", "attack", "NGA", 12),
    ("it", "Un attentato suicida in un mercato di Mogadiscio ha causato almeno 20 morti e decine di feriti.",
     "remote_violence", "suicide_bomb", "SOM", 20),
    ("it", "Raid aereo israeliano su Gaza: uccisi 15 palestinesi, tra cui cinque bambini.", "remote_violence",
     "air_drone_strike", "PSE", 15),
    ("it", ("Scontri tra l'esercito e i ribelli nel Nord Kivu, nella Repubblica Democratica del Congo: uccisi otto "
            "soldati."), "battle", "armed_clash", "COD", 8),
    ("it", "Uomini armati hanno rapito 25 studenti da una scuola nello stato di Kaduna.", "abduction",
     "abduction_forced_disappearance", "NGA", None),
    ("it", "Un palestinese è stato ucciso a colpi d'arma da fuoco dai soldati israeliani in Cisgiordania.",
     "violence_against_civilians", "attack", "PSE", 1),
    ("it", "Una folla inferocita ha linciato due presunti membri di una gang ad Haiti.", "riot", "mob_violence",
     "HTI", 2),
    ("it", "Nove soldati sono stati uccisi in un'imboscata dei jihadisti nel deserto della Siria.", "battle",
     "armed_clash", "SYR", 9),
    # arrests the sentence leads with are arrests; a protest met with them would come first
    ("it", "La polizia ha arrestato più di 40 manifestanti a Istanbul durante una protesta.", "arrest",
     "arrest", "TUR", None),
    ("it", "Migliaia di persone hanno manifestato a Istanbul; la polizia ha arrestato più di 40 manifestanti.",
     "protest", "protest_with_intervention", "TUR", None),
    # Dutch
    ("nl", "Gewapende mannen hebben in het noordoosten van Nigeria minstens 30 dorpelingen gedood.",
     "violence_against_civilians", "attack", "NGA", 30),
    ("nl", "Bij Israëlische luchtaanvallen op de Gazastrook zijn 25 Palestijnen om het leven gekomen.",
     "remote_violence", "air_drone_strike", "PSE", 25),
    ("nl", "Russische beschietingen op Charkiv hebben drie doden en twaalf gewonden geëist.", "remote_violence",
     "shelling_artillery_missile", "UKR", 3),
    ("nl", ("Bij gevechten tussen het leger en rebellen in de Democratische Republiek Congo zijn acht soldaten "
            "gesneuveld."), "battle", "armed_clash", "COD", 8),
    ("nl", "Een Palestijnse man is doodgeschoten door Israëlische soldaten op de Westelijke Jordaanoever.",
     "violence_against_civilians", "attack", "PSE", 1),
    ("nl", "Tienduizenden mensen zijn hun huizen ontvlucht in Soedan na gevechten in El Fasher.", "displacement",
     "forced_displacement", "SDN", None),
    ("nl", "In Haïti heeft een bende zeventien Amerikaanse missionarissen ontvoerd.", "abduction",
     "abduction_forced_disappearance", "HTI", None),
    ("nl", "Bij een Russische raketaanval op Kiev zijn vier mensen gedood en elf gewond.", "remote_violence",
     "shelling_artillery_missile", "UKR", 4),
    # Polish
    ("pl", "Co najmniej 30 osób zginęło w ataku uzbrojonych mężczyzn na wioskę w północno-wschodniej Nigerii.",
     "violence_against_civilians", "attack", "NGA", 30),
    ("pl", "W izraelskim nalocie na Strefę Gazy zginęło 15 Palestyńczyków, w tym pięcioro dzieci.",
     "remote_violence", "air_drone_strike", "PSE", 15),
    ("pl", "W rosyjskim ostrzale Charkowa zginęły trzy osoby, a dziesięć zostało rannych.", "remote_violence",
     "shelling_artillery_missile", "UKR", 3),
    ("pl", "W starciach między armią a rebeliantami w Demokratycznej Republice Konga zginęło ośmiu żołnierzy.",
     "battle", "armed_clash", "COD", 8),
    ("pl", "Policja zatrzymała w Stambule ponad 100 demonstrantów.", "arrest", "arrest", "TUR", None),
    ("pl", "Palestyńczyk został zastrzelony przez izraelskich żołnierzy na Zachodnim Brzegu.",
     "violence_against_civilians", "attack", "PSE", 1),
    ("pl", "Rozwścieczony tłum zlinczował dwóch mężczyzn na Haiti.", "riot", "mob_violence", "HTI", 2),
    ("pl", "Dziewięciu żołnierzy zginęło w zasadzce dżihadystów na pustyni w Syrii.", "battle", "armed_clash",
     "SYR", 9),
    ("pl", "Rosyjskie drony zaatakowały w nocy obiekty energetyczne na Ukrainie.", "remote_violence",
     "air_drone_strike", "UKR", None),
])
def test_italian_dutch_and_polish_reports(analyzer, lang: str, text: str, type_: str, sub_type: str, country: str,
                                          dead: int | None) -> None:
    event = analyzer.analyze(text, TextContext(language=lang)).events[0]
    assert (event.type, event.sub_type, event.country, event.fatalities.best) == (type_, sub_type, country, dead)


@pytest.mark.parametrize(("lang", "text"), [
    # a traffic accident, a flood, disease, a football "massacre", a commemoration, a heart attack, a cyber attack
    ("it", "Un incidente stradale sull'autostrada vicino a Bologna ha causato tre morti."),
    ("it", "Le alluvioni in Emilia-Romagna hanno ucciso 14 persone."),
    ("it", "Un'epidemia di colera ha ucciso 200 persone in Yemen."),
    ("it", "La Juventus ha massacrato l'Inter nella partita di campionato di domenica."),
    ("it", "Si celebra l'anniversario della strage di Bologna, in cui morirono 85 persone."),
    ("it", "Un uomo è morto per un attacco di cuore durante la maratona di Roma."),
    ("it", "Un attacco hacker ha paralizzato i sistemi informatici della Regione Lazio."),
    ("nl", "Bij een verkeersongeluk op de A2 bij Utrecht zijn drie mensen omgekomen."),
    ("nl", "Door de overstromingen in Limburg zijn vier mensen om het leven gekomen."),
    ("nl", "Door een uitbraak van mazelen zijn in Congo 50 kinderen overleden."),
    ("nl", "Ajax heeft PSV zondag afgeslacht in de wedstrijd in de Eredivisie."),
    ("nl", ("Bij de herdenking van het bloedbad van Srebrenica, waarbij 8000 mannen werden gedood, waren duizenden "
            "mensen aanwezig.")),
    ("nl", "Het huis vloog in brand en twee bewoners kwamen om het leven."),
    ("pl", "W wypadku drogowym pod Krakowem zginęły trzy osoby."),
    ("pl", "W powodzi na południu kraju zginęło czterech ludzi."),
    ("pl", "Epidemia cholery zabiła 200 osób w Jemenie."),
    ("pl", "Legia zmasakrowała Lecha w niedzielnym meczu ligowym."),
    ("pl", "W rocznicę rzezi wołyńskiej oddano hołd ofiarom, których zginęło około 100 tysięcy."),
    ("pl", "Mężczyzna zmarł na zawał serca podczas maratonu w Krakowie."),
    # political and sports "attacks", a stopped train, a stock market "crash"
    ("it", "Il leader dell'opposizione ha lanciato un duro attacco al governo sulla riforma delle pensioni."),
    ("nl", "De oppositie deed een felle aanval op het kabinet over de pensioenen."),
    ("pl", "Pociąg zatrzymał się na stacji w Krakowie z powodu awarii."),
])
def test_italian_dutch_and_polish_non_events(analyzer, lang: str, text: str) -> None:
    assert analyzer.analyze(text, TextContext(language=lang)).events == []


@pytest.mark.parametrize(("lang", "text", "dead", "injured"), [
    ("it", "Almeno 12 civili sono stati uccisi.", Count(best=12, low=12, high=None), None),
    ("it", "Bombardamento russo su Kharkiv: tre morti e dieci feriti.", Count(best=3, low=3, high=3), 10),
    ("it", "Ventitré persone sono morte nell'attacco.", Count(best=23, low=23, high=23), None),
    ("it", "Decine di civili sono stati uccisi.", Count(best=24, low=24, high=None), None),
    ("it", "Un drone ha ucciso sei persone e ne ha ferite undici.", Count(best=6, low=6, high=6), 11),
    ("it", "Un 23enne è stato ucciso a Napoli.", Count(best=1, low=1, high=1), None),
    ("nl", "Bij een aanslag zijn zeker 20 mensen omgekomen.", Count(best=20, low=20, high=None), None),
    ("nl", "Gewapende mannen hebben minstens 30 dorpelingen gedood.", Count(best=30, low=30, high=None), None),
    ("nl", "Beschietingen hebben drie doden en twaalf gewonden geëist.", Count(best=3, low=3, high=3), 12),
    ("nl", "Tientallen mensen zijn gedood.", Count(best=24, low=24, high=None), None),
    ("nl", "Bij het bombardement zijn vijfentwintig mensen gedood.", Count(best=25, low=25, high=25), None),
    ("nl", "Een 23-jarige man is doodgeschoten.", Count(best=1, low=1, high=1), None),
    ("pl", "Co najmniej 30 osób zginęło.", Count(best=30, low=30, high=None), None),
    ("pl", "Zginęły trzy osoby, a dziesięć zostało rannych.", Count(best=3, low=3, high=3), 10),
    ("pl", "Zginęło ośmiu żołnierzy.", Count(best=8, low=8, high=8), None),  # the form for male persons
    ("pl", "Tłum zlinczował dwóch mężczyzn.", Count(best=2, low=2, high=2), None),
    ("pl", "Zginęło pięcioro dzieci.", Count(best=5, low=5, high=5), None),  # the collective numeral
    ("pl", "Dwadzieścia pięć osób zginęło.", Count(best=25, low=25, high=25), None),
    ("pl", "Dziesiątki cywilów zostały zabite.", Count(best=24, low=24, high=None), None),
    ("pl", "Palestyńczyk został zastrzelony.", Count(best=1, low=1, high=1), None),
])
def test_italian_dutch_and_polish_counts(lang: str, text: str, dead: Count, injured: int | None) -> None:
    counts = extract_counts(text)
    assert (counts.fatalities, counts.injured.best) == (dead, injured), lang






@pytest.mark.parametrize(("text", "displaced"), [
    ("Decine di migliaia di persone sono fuggite dalle loro case.", 20_000),
    ("Tienduizenden mensen zijn gevlucht.", 20_000),
    ("Dziesiątki tysięcy ludzi uciekło ze swoich domów.", 20_000),
])
def test_tens_of_thousands_displaced(text: str, displaced: int) -> None:
    assert extract_counts(text).displaced.best == displaced


@pytest.mark.parametrize(("text", "dead"), [
    ("Five people were killed due to the firing.", 5),  # English "due" is no Italian two
    ("Eu sei que 3 pessoas morreram.", 3),  # Portuguese "sei" (I know) is no Italian six
    ("Trzech napastników zastrzeliło policjanta.", None),  # the three are the attackers
    ("Tre uomini armati hanno ucciso un poliziotto.", 1),
    ("Tre uomini hanno perso la vita nell'attacco.", 3),  # "hanno perso la vita": they died, no attackers
    ("Drie gewapende mannen hebben een agent doodgeschoten.", 1),
    ("Onze soldaten zijn gisteren gedood.", None),  # Dutch "onze" is "our", French "onze" eleven
    ("L'attaque a fait onze morts.", 11),
    ("Gewapende mannen hebben twintig vluchtelingen doodgeschoten.", 20),  # refugees shot dead are the dead
])
def test_ambiguous_number_words_and_attackers(text: str, dead: int | None) -> None:
    assert extract_counts(text).fatalities.best == dead


def test_new_cue_words_are_folded() -> None:
    for table in (rules._IT, rules._NL, rules._PL):
        for words in table.values():
            for word in words:
                assert fold_text(word.removesuffix("$")) == word.removesuffix("$"), word


@pytest.mark.parametrize("text", [
    # English words that begin like Italian, Dutch or Polish cue words ("brand", "walki", "ranny", "ranił")
    "Ranil Wickremesinghe took a walk through the brand new museum in the Rann of Kutch.",
    "The company said its new due diligence process would take six months.",
])
def test_english_words_are_no_new_triggers(text: str) -> None:
    assert not candidate_cues(fold_text(text))


def test_english_names_and_words_keep_their_reading(analyzer) -> None:
    # "Razzak" is no Italian "razzi" (rockets); "informatics" no Italian "attacco informatico"
    [event] = analyzer.analyze("Militants hurled a grenade at the shop of Abdul Razzak in Karachi, injuring two "
                               "people.", TextContext(language="en")).events
    assert event.sub_type == "grenade"
    assert non_event_reason(fold_text("Gunmen shot dead a professor of informatics in Peshawar on Monday.")) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Nel 2015 i miliziani uccisero 30 civili a Gao."),
    ("nl", "In 2015 doodden militanten 30 burgers in Gao."),
    ("pl", "W 2015 bojownicy zabili 30 cywilów w Gao."),
    ("de", "Im Jahr 2015 töteten Milizen 30 Zivilisten in Gao."),
])
def test_a_year_long_past_is_history_in_italian_dutch_polish_and_german(analyzer, lang: str, text: str) -> None:
    context = TextContext(language=lang, published_at=datetime(2026, 11, 20, tzinfo=UTC))
    assert analyzer.analyze(text, context).events == []
