"""Session 17: GeoNames towns and other-script names (nlp/geo/more_places.py), regions named with the word for their
kind in any of our languages, namesake towns next to another country's region, borders and launch sites in more
languages."""

from __future__ import annotations

import gzip

import pytest

from nlp.events import make_analyzer
from nlp.geo import load_gazetteer
from nlp.geo.gazetteer import fold
from nlp.geo.more_places import TABLE, WORLD_CITIES, load_rows, script_of, usable_alias, zipf_limit
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _countries(gazetteer, text: str) -> set[str]:
    return {c.country for m in gazetteer.find(text) for c in m.candidates if c.country}


@pytest.mark.parametrize("text, country", [
    ("Zehntausende Menschen sind vor den Gefechten in Las Anod geflohen", "SOM"),  # Latin other name of Laascaanood
    ("В Узгене толпа забросала камнями здание мэрии", "KGZ"),  # Cyrillic other name, with its case form
    ("कोकराझार में हिंसा के बाद", "IND"),  # Devanagari other name
    ("ألقت قوات الأمن القبض على 12 شخصاً بمحافظة الجيزة", "EGY"),  # a big city's name, frequent for being one
    ("Des hommes armés ont attaqué Mongo dans la nuit", "TCD"),
    ("Un dron con explosivos cayó en Aguililla", "MEX"),  # a town of 1,000-5,000 people in a conflict-heavy country
    ("Productores de coca y policías se enfrentaron en Chulumani", "BOL"),
])
def test_towns_and_other_names_are_found(gazetteer, text, country):
    assert country in _countries(gazetteer, text)


@pytest.mark.parametrize("text", [
    "He said Mir was wrong about the budget",  # a common word in every list
    "خلال اشتباكات في الزاوية الشمالية من الملعب",  # "the corner" (also Zawiya): too common to read
    "сообщает сирийское агентство САНА",  # a short name only as written: САНА is the agency, Сана Sanaa
    "La police a trouvé un corps près du lac",  # Laç (Albania) folds to a French word
])
def test_common_words_are_no_new_places(gazetteer, text):
    assert not {c.kind for m in gazetteer.find(text) for c in m.candidates} & {"gcity", "town"}


def test_tables_are_folded_rows_of_known_kinds():
    for path in (TABLE, WORLD_CITIES):
        rows = load_rows(path)
        assert len(rows) > 50_000, path
        assert {r[3] for r in rows} <= {"gcity", "town"}
        assert all(len(r) == 4 and len(r[2]) == 3 and r[2].isupper() for r in rows)
        sample = rows[:: max(1, len(rows) // 2000)]
        assert all(r[0] == fold(r[1]) or r[0] == fold(r[1]).strip() for r in sample if not r[1][0].islower())
    with gzip.open(TABLE, "rt", encoding="utf-8") as fh:
        assert fh.readline().startswith("# GeoNames")


def test_missing_table_adds_nothing(tmp_path, caplog):
    assert load_rows(tmp_path / "none.tsv.gz") == []
    assert "missing" in caplog.text


@pytest.mark.parametrize("name, script, usable", [
    ("Las Anod", "latin", True), ("abese", "latin", False), ("AEH", "latin", False), ("Узген", "cyrillic", True),
    ("اسکالدس", "arabic", False),  # a Persian spelling (کـ)
    ("لاسكانود", "arabic", True), ("जनकपुर", "devanagari", True), ("ギーザ", None, False), ("Oš", "latin", False),
])
def test_alias_filter(name, script, usable):
    assert script_of(name) == script
    assert usable_alias(name) is usable


def test_zipf_limit_grows_with_population():
    assert zipf_limit(5000) == zipf_limit(15000) == 3.0
    assert 4.1 < zipf_limit(4_300_000) < 4.3


@pytest.mark.parametrize("text, country", [
    ("Bei einem Angriff auf ein Dorf im Bundesstaat Plateau", "NGA"),
    ("zaatakowali w nocy bazę wojskową w prowincji Lac", "TCD"),
    ("Tijdens een aanval op dorpen in de staat Unity", "SSD"),
    ("Hakkari ilinde çatışma çıktı", "TUR"),
    ("the state of Zamfara", "NGA"),
    ("mkoa wa Tanga", "TZA"),
])
def test_region_with_its_kind_word(gazetteer, text, country):
    regions = [m for m in gazetteer.find(text) if m.admin_word]
    assert regions and {c.country for c in regions[0].candidates} == {country}


@pytest.mark.parametrize("text", [
    "in the Central district on Monday",  # a name many countries give a region, with no other place: not read
    "la région du Centre a été touchée",
])
def test_shared_region_names_need_another_place(gazetteer, text):
    assert not [m for m in gazetteer.find(text) if m.admin_word]


def test_kind_word_keeps_known_readings_and_longer_names(gazetteer):
    found = gazetteer.find("à Bamenda, dans la région du Nord-Ouest, ont indiqué")
    assert "CMR" in {c.country for m in found if m.text == "Nord-Ouest" for c in m.candidates}
    found = gazetteer.find("à Mokolo, dans le département du Mayo-Tsanaga")
    assert not [m for m in found if m.admin_word]  # not Mayo, Ireland


@pytest.mark.parametrize("text, country", [
    # a small town of another country, next to a region of this one (session 17)
    ("Armed men set fire to more than 60 houses in the village of Kpata in Ouham-Pendé overnight.", "CAF"),
    # the border in Italian; the region's Italian name
    (("Due missionari italiani sono stati sequestrati da uomini armati nella regione dell'Estremo Nord, vicino al "
     "confine con la Nigeria."), "CMR"),
    # where rockets were fired from, in Turkish, through a place in that country
    ("Suriye'deki Tel Rıfat bölgesinden atılan roketler Kilis kent merkezine düştü; bir kişi hayatını kaybetti.",
     "TUR"),
    ("Boko Haram zaatakowali w nocy bazę wojskową w prowincji Lac. Zginęło co najmniej czterdziestu żołnierzy.",
     "TCD"),
])
def test_event_country(analyzer, text, country):
    events = analyzer.analyze(text, TextContext()).events
    assert events and events[0].country == country


@pytest.mark.parametrize("text, country", [
    ("A polícia deteve 37 garimpeiros na Lunda Norte, segundo o comando provincial.", "AGO"),  # ISO's "Lunda-Norte"
    ("Bij nieuwe rellen in het Noord-Ierse Ballymena zijn opnieuw huizen in brand gestoken.", "GBR"),  # no Noord, Aruba
    ("Miles de estudiantes marcharon de forma pacífica por la Alameda de Santiago.", "CHL"),  # no Alameda, California
    ("Lazkiye kırsalında silahlı grupların köylere düzenlediği saldırıda 14 sivil öldürüldü.", "SYR"),
])
def test_compass_words_streets_and_spelling_variants(analyzer, text, country):
    events = analyzer.analyze(text, TextContext()).events
    assert events and events[0].country == country
