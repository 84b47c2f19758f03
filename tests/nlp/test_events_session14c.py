"""Count and place behaviours added in session 14c (event-rules.v22, geo-gazetteer.v16): a count joined by a hyphen
to a singular unit and the low end of a range over a unit are no tolls; Kazan and Tatarstan are in Russia.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.geo import load_gazetteer
from nlp.numbers import parse_quantities
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _countries(text: str) -> list[str]:
    gazetteer = load_gazetteer()
    return [p.country for p in gazetteer.resolve(gazetteer.find(text))]


def _values(text: str) -> list[int]:
    return [q.best for q in parse_quantities(text)]


# --- counts -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a count joined to a singular unit by a hyphen is a duration, not people
    ("Troops killed three gunmen after a 45-minute gun battle near the border.", [3]),
    ("Two soldiers died during a 12-week siege of the town.", [2]),
    ("A 6-month curfew followed the killing of four villagers.", [4]),
    # the low end of a range over years is an age
    ("Tres hombres de entre 19 y 25 años fueron asesinados en la calle.", [3]),
    ("Five men aged between 20 and 30 years were shot dead.", [5]),
    # controls: ranges of people and lists of counts stay
    ("Between 12 and 15 people were killed in the attack.", [12]),
    ("Gunmen killed 6 and wounded 9 passengers.", [6, 9]),
    ("Entre 10 y 12 personas murieron en el ataque.", [10]),
])
def test_unit_counts_are_no_tolls(text, expected):
    assert _values(text) == expected


def test_range_over_people_keeps_its_bounds():
    q = parse_quantities("between 17 and 22 people were killed")[0]
    assert (q.low, q.high) == (17, 22)


def test_firefight_duration_is_not_the_toll(analyzer):
    events = analyzer.analyze("Soldiers killed four rebels in a 40-minute firefight in Mindanao, the army said.",
                              TextContext()).events
    assert events
    assert max(e.fatalities.best or 0 for e in events) == 4


# --- places -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police detained two men in Kazan on Tuesday.",
    "Полиция задержала трёх человек в Казани.",
    "Жители Татарстана вышли на акцию протеста.",
    "Протест відбувся в Казані.",
    "Unrest was reported in Tatarstan.",
])
def test_kazan_and_tatarstan_are_russia(text):
    assert "RUS" in _countries(text)


def test_control_other_russian_city_unchanged():
    assert _countries("Полиция задержала трёх человек в Курске.") == ["RUS"]
