"""The dead of two sides counted in two clauses add up (nlp/sides.py, used by nlp.numbers.extract_counts)."""

from __future__ import annotations

import pytest

from nlp.numbers import extract_counts
from nlp.sides import other_side_one, side_after


@pytest.mark.parametrize(("text", "best"), [
    ("В столкновениях в провинции Латакия погибли 16 силовиков и 28 боевиков, сообщает обсерватория.", 44),
    ("छत्तीसगढ़ के बीजापुर जिले में मुठभेड़ में 12 नक्सली मारे गए, जबकि डीआरजी का एक जवान शहीद हो गया।", 13),
    ("कुलगाम जिले में मुठभेड़ में दो आतंकी मारे गए, जबकि एक जवान शहीद हो गया।", 3),
    ("В ходе операции в Дагестане ликвидированы четверо боевиков, погиб один сотрудник полиции.", 5),
    ("Troops killed 20 militants in the clash; a soldier was also killed.", 21),
    ("Clashes killed 14 soldiers and 9 insurgents on Tuesday.", 23),
    # Ukrainian side nouns with й, ї fold like the text ("бойовиків" is "боиовиків" there)
    ("На Донеччині за добу загинули 5 військових і 12 бойовиків.", 17),
])
def test_the_dead_of_two_sides_add_up(text: str, best: int) -> None:
    assert extract_counts(text).fatalities.best == best


@pytest.mark.parametrize(("text", "best"), [
    ("Gunmen killed 12 people, including 5 soldiers.", 12),  # a part of the whole
    ("The attack killed 12 civilians and wounded 3 soldiers.", 12),  # the soldiers were hurt
    ("Troops killed 20 militants in Sagaing, while rebels said they killed 15 soldiers in Sagaing.", 20),  # claims
    ("Gunmen killed 12 people in the market; one soldier was also wounded.", 12),
    ("Twelve people were killed, among them a policeman.", 12),
])
def test_parts_claims_and_the_hurt_are_no_second_toll(text: str, best: int) -> None:
    assert extract_counts(text).fatalities.best == best


def test_a_side_is_read_from_the_noun_after_the_number() -> None:
    assert side_after(" soldiers were killed", 0) == "state"
    assert side_after(" boko haram fighters", 0) == "armed"
    assert side_after(" people, including soldiers", 0) is None
    assert other_side_one("while a soldier was also killed", {"armed"})
    assert not other_side_one("while a soldier was also killed", {"state"})


@pytest.mark.parametrize(("text", "dead"), [
    # "N others" whose first harm is no death are no dead (real SATP wording)
    ("Two persons were killed and 18 others, including a Policeman, women and some children, injured in a blast.", 2),
    ("We have killed 12 FC soldiers and captured four others alive, he said.", 12),
    # ... and others who died add up
    ("Three people were killed and two others died later in hospital, while five were injured.", 5),
    ("Gunmen killed seven herders, and the bodies of two others were found the next day.", 9),
])
def test_others_add_up_only_when_they_died(text: str, dead: int) -> None:
    assert extract_counts(text).fatalities.best == dead


@pytest.mark.parametrize(("text", "displaced"), [
    ("Zaidi ya familia 3,000 zimekimbia makazi yao.", 3000),
    ("Combates obligaron a unas 400 familias a abandonar sus veredas.", 400),
    ("Через обстріли евакуювали понад 5000 мешканців.", 5000),
    ("Mais de 5 mil pessoas fogem do bairro.", 5000),
])
def test_people_made_to_leave_are_counted_displaced(text: str, displaced: int) -> None:
    assert extract_counts(text).displaced.best == displaced


def test_a_rifle_model_is_no_toll() -> None:
    assert extract_counts("Militants killed 12 soldiers; one AK 56 rifle was seized from them.").fatalities.best == 12
