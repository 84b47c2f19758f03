"""Count expressions in several languages (nlp/numbers.py)."""

from __future__ import annotations

import pytest

from nlp.numbers import extract_counts, parse_number, parse_quantities
from store import Count


@pytest.mark.parametrize(("text", "best", "low", "high"), [
    ("Jihadists killed at least 17 soldiers in an ambush.", 17, 17, None),
    ("Dozens were killed when shells hit a camp.", 24, 24, None),
    ("Scores of people were killed in the raid.", 40, 40, None),
    ("Hundreds were killed in the massacre.", 200, 200, None),
    ("More than 100 people were killed.", 100, 100, None),
    ("Up to 30 people may have died.", 30, None, 30),
    ("Between 10 and 15 people were killed.", 10, 10, 15),
    ("Twenty-three villagers were killed.", 23, 23, 23),
    ("a hundred and twelve people killed", 112, 112, 112),
    ("1,200 people were killed", 1200, 1200, 1200),
    ("Des hommes armés ont tué douze personnes.", 12, 12, 12),
    ("L'attaque a fait au moins vingt-trois morts.", 23, 23, None),
    ("Des dizaines de civils ont été tués.", 24, 24, None),
    ("Un atentado con coche bomba dejó cuatro muertos.", 4, 4, 4),
    ("La masacre dejó al menos 35 muertos.", 35, 35, None),
    ("Veintitrés muertos en el ataque.", 23, 23, 23),
    ("Pelo menos vinte e dois mortos em ataque.", 22, 22, None),
    ("O ataque deixou dezenas de mortos.", 24, 24, None),
    ("قتل 12 شخصا في الهجوم", 12, 12, 12),
    ("مقتل ١٥ مدنيا", 15, 15, 15),
    ("أسفر الهجوم عن مقتل عشرات المدنيين", 24, 24, None),
    ("قُتل 15 شخصًا على الأقل", 15, 15, 15),
    ("Tens of thousands have died in the war.", 20000, 20000, None),
    ("Two dozen people were killed.", 24, 24, 24),  # vowel marks do not hide the cue word
    ("Une attaque a fait une vingtaine de morts.", 20, 20, None),
])
def test_fatality_expressions(text: str, best: int, low: int | None, high: int | None) -> None:
    assert extract_counts(text).fatalities == Count(best=best, low=low, high=high)


@pytest.mark.parametrize("text", ["A police officer was killed in the attack.", "Gunmen shot dead a priest.",
                                  "Un soldat a été tué dans l'embuscade.", "Un civil murió en el ataque."])
def test_one_victim_without_a_number_word(text: str) -> None:
    assert extract_counts(text).fatalities == Count(best=1, low=1, high=1)


def test_counts_go_to_the_right_category() -> None:
    counts = extract_counts("Attackers torched 40 homes, killed nine villagers, wounded 15 and abducted 30 women.")
    assert counts.fatalities.best == 9
    assert counts.injured.best == 15
    assert counts.abducted.best == 30
    assert counts.displaced.best is None


def test_decimal_millions() -> None:
    assert extract_counts("The fighting has displaced 1.5 million people.").displaced.best == 1_500_000
    assert extract_counts("About 2,5 millones de desplazados.").displaced.best == 2_500_000


def test_displaced_and_injured_in_other_languages() -> None:
    assert extract_counts("Around 15,000 people fled Kidal after clashes.").displaced.best == 15000
    assert extract_counts("Veintitrés muertos y cien heridos").injured.best == 100
    assert extract_counts("قتل 12 شخصا وأصيب ٢٠ آخرون").injured.best == 20


def test_years_units_and_ages_are_not_counts() -> None:
    assert extract_counts("In 2002, 40 homes were burned.").fatalities.best is None
    assert [q.best for q in parse_quantities("It happened 28 years ago, 5 km away, at 10:30")] == []
    assert extract_counts("No one was killed.").fatalities.best == 0


@pytest.mark.parametrize(("token", "value"), [("1,200", 1200), ("1.200", 1200), ("١٢", 12), ("17", 17),
                                              ("abc", None)])
def test_parse_number(token: str, value: int | None) -> None:
    assert parse_number(token) == value


def test_others_go_with_the_following_cue() -> None:
    counts = extract_counts("Two troopers were killed and three others were injured when Maoists triggered an explosive.")
    assert counts.fatalities.best == 2 and counts.injured.best == 3
    counts = extract_counts("Un soldat a été tué et quatre autres blessés.")
    assert counts.injured.best == 4
