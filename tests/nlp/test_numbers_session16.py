"""Tolls read in session 16 (nlp/numbers.py): number words after the noun and in other cases (Swahili, Turkish,
Ukrainian and Russian), combatants "neutralised" or fallen, things and families that are no dead, and tolls put
together from parts (a bomber and the others, one victim and a counted group, a later victim by ordinal, "N others",
a toll split between the ranks, one of the wounded who died). Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp.numbers import extract_counts, parse_quantities


def dead(text: str) -> int | None:
    return extract_counts(text).fatalities.best


# --- number words ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("Watu saba wameuawa katika shambulio la usiku kijijini.", 7),  # sw: the number after the noun
    ("Wanajeshi saba waliuawa na waasi karibu na mpaka.", 7),
    ("Bomu la kutegwa barabarani lilimuua dereva mmoja.", 1),  # sw: the object marker of one person
    ("Wanamgambo walimuua mwalimu mmoja kijijini.", 1),
    ("Köyde çıkan kavgada üç kişi öldü.", 3),  # tr: "üç", "beş" before a noun for people
    ("Hava saldırısında beş kişi hayatını kaybetti.", 5),
    ("Saldırıda bir asker şehit oldu.", 1),
    ("Окупанти розстріляли двох цивільних біля Херсона.", 2),  # uk, ru: the genitive-accusative of people
    ("Боевики убили пятерых мирных жителей.", 5),
])
def test_number_words_in_other_positions_and_cases(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize("text", [
    "Rais alikutana na Saba wa chama cha upinzani.",  # sw: Saba, a name
    "Gunmen stormed the town on Tuesday.",  # en "on": no Turkish ten
    "Duhok'ta bir araca saldırı düzenlendi.",  # tr "bir araca": a vehicle, no one counted
    "Insurgents beheaded villagers and burned homes, the UN migration agency said.",  # "UN": no French "one"
])
def test_words_that_are_no_counts(text: str) -> None:
    assert dead(text) is None


# --- combatants neutralised or fallen ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("The army said 12 assailants were neutralised near the border.", 12),
    ("L'armée affirme avoir neutralisé sept terroristes.", 7),
    ("El ejército informó que fueron neutralizados cuatro guerrilleros.", 4),
    ("Çatışmada altı terörist etkisiz hale getirildi.", 6),
    ("На Бахмутському напрямку знищено 20 окупантів.", 20),
    ("Bei den Kämpfen fielen neun Soldaten und drei Kämpfer.", 12),
    ("Two soldiers were killed; the army says it neutralised five assailants.", 7),  # two sides add up
])
def test_combatants_neutralised_or_fallen_are_dead(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize("text", [
    "Soldiers neutralised three improvised explosive devices on the road.",
    "На фронті знищено 5 танків противника.",
    "In der Nacht fielen 20 Schüsse.",
])
def test_things_neutralised_are_no_dead(text: str) -> None:
    assert dead(text) is None


# --- things and households ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("Bentrokan warga menewaskan tiga orang dan membakar puluhan rumah.", 3),  # id: houses
    ("झड़प में तीन लोगों की मौत हो गई और कई वाहन जला दिए गए।", 3),  # hi: vehicles
    ("Los combates dejaron seis combatientes muertos y más de 200 familias confinadas.", 6),  # families
    ("The fighting left four fighters dead and 500 families displaced.", 4),
    ("Kelompok bersenjata menembak mati tiga pekerja bangunan.", 3),  # id: construction workers are people
])
def test_things_and_families_are_no_dead(text: str, best: int) -> None:
    assert dead(text) == best


# --- tolls put together ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("The bomber blew up his car at a checkpoint, killing himself and six others.", 7),
    ("A roadside bomb hit the convoy, killing the driver and three soldiers.", 4),
    ("Gunmen killed the imam and his two sons at the mosque.", 3),
    ("Des hommes armés ont tué le chef du village et ses trois fils.", 4),
    ("Sicarios mataron al alcalde y a sus dos escoltas.", 3),
])
def test_one_victim_and_a_counted_group(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("Gunmen killed the soldiers and two civilians.", 2),  # a plural with "the": no one more
    ("Gunmen killed the two soldiers and three civilians.", 5),
    ("Gunmen killed two civilians; the driver was wounded.", 2),
])
def test_plural_groups_add_no_one(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("A gunman shot three people at a bar; a fourth victim died later in hospital.", 4),
    ("Horas después murió en el hospital una quinta víctima.", 5),
    ("Des hommes armés ont tué quatre personnes ; une cinquième victime a succombé.", 5),
    ("Dois homens foram mortos e uma terceira vítima morreu no hospital.", 3),
])
def test_a_later_victim_by_ordinal_is_the_toll(text: str, best: int) -> None:
    assert dead(text) == best


def test_a_later_victim_hurt_is_no_toll() -> None:
    assert dead("Gunmen killed four people; a fifth person was wounded.") == 4


@pytest.mark.parametrize(("text", "best"), [
    ("Gunmen killed six herders, and the bodies of three others were found the next day.", 9),
    ("قتل مسلحون ستة من الرعاة، وعثر على جثث ثلاثة آخرين في اليوم التالي.", 9),
    ("Hombres armados mataron a cinco campesinos y hallaron los cuerpos de otros dos.", 7),
    ("L'attaque a fait 9 morts dans les rangs de l'armée et 4 parmi les assaillants.", 13),
    ("The clashes left 10 dead in the ranks of the rebels and 3 among the troops.", 13),
])
def test_others_and_split_tolls_add_up(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("Gunmen killed 12 people, including 5 soldiers and 2 others.", 12),  # a part
    ("The death toll rose to 12 after two others died in hospital.", 12),  # a new total
    ("One man was killed and three others were injured.", 1),  # the others were hurt
])
def test_others_that_are_parts_or_totals(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("Protesters clashed with police; 25 people were hurt and one of them later died.", 1),
    ("Des manifestants ont affronté la police ; 20 blessés, dont l'un d'eux est décédé à l'hôpital.", 1),
    ("اشتبك محتجون مع الشرطة وأصيب 15 شخصا، وتوفي أحدهم في المستشفى.", 1),
    ("Bom meledak di depan kantor polisi, melukai lima orang; pelaku tewas di tempat.", 1),
    ("The suicide bomber also died, and 12 people were wounded.", 1),
])
def test_one_of_the_wounded_or_the_bomber_died(text: str, best: int) -> None:
    assert dead(text) == best


def test_perpetrators_in_the_plural_are_not_one() -> None:
    assert dead("Polisi mengatakan para pelaku tewas dalam baku tembak.") is None


def test_the_injured_in_care_are_no_dead() -> None:
    text = "Four soldiers and seven civilians were killed, while 22 people were being treated for gunshot wounds."
    counts = extract_counts(text)
    assert (counts.fatalities.best, counts.injured.best) == (11, 22)


def test_ukrainian_genitive_is_parsed() -> None:
    assert [q.best for q in parse_quantities("розстріляли двох цивільних і п'ятьох військових")] == [2, 5]


@pytest.mark.parametrize(("text", "best"), [
    ("Turkish jets carried out strikes on PKK positions in northern Iraq, killing 9 militants.", 9),  # en "on": no ten
    ("Airstrikes on militant hideouts killed 12 people.", 12),
    ("Two soldiers were killed the next day and two others were wounded.", 2),  # "the next day" names no victim
])
def test_english_words_that_look_like_the_new_rules(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("Na troca de tiros, três suspeitos e um PM morreram.", 4),  # "um PM": a military policeman, no time of day
    ("Ein Polizist wurde bei dem Einsatz durch einen Schuss tödlich verletzt.", 1),  # fatally wounded: dead
    ("Bei dem Angriff wurden zwei Polizisten tödlich verletzt und drei weitere verletzt.", 2),
    ("Two people were mortally wounded and four others were hurt.", 2),
    ("Las lluvias dejaron 13 muertos y cientos de desalojados.", 13),  # the homeless are no dead
    ("Temporais deixaram 9 mortos e milhares de desabrigados.", 9),
    ("The shooting began at 5 pm and left three dead.", 3),  # "5 pm" still a time
])
def test_fatally_wounded_and_the_homeless(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("L'armée affirme avoir neutralisé une trentaine de terroristes et déplore la perte de cinq soldats.", 35),
    ("Une dizaine de personnes ont été tuées dans l'attaque.", 10),  # "une" is the article of a round number
    ("The army neutralised 12 militants and later arrested two soldiers.", 12),  # far from the verb: not neutralised
])
def test_neutralised_near_its_number_and_round_numbers(text: str, best: int) -> None:
    assert dead(text) == best


def test_arabic_died_is_a_whole_word() -> None:
    # "بتوفير" (by providing) holds the letters of "توفي" (died)
    assert dead("تظاهر مئات الأشخاص سلميا في بغداد للمطالبة بتوفير فرص عمل للخريجين.") is None
