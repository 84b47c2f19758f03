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


@pytest.mark.parametrize(("text", "fatalities", "displaced"), [
    ("Militiamen killed 18 displaced people in a camp in Ituri.", 18, None),
    ("18 displaced people were killed in Ituri.", 18, None),
    ("200 refugees were shot dead.", 200, None),
    ("5,000 displaced people arrived in the camp.", None, 5000),
    ("Some 3,000 refugees fled to Chad.", None, 3000),
    ("An attack on a camp hosting 20,000 displaced people killed 12.", 12, 20000),
])
def test_displaced_people_as_victims(text: str, fatalities: int | None, displaced: int | None) -> None:
    counts = extract_counts(text)
    assert (counts.fatalities.best, counts.displaced.best) == (fatalities, displaced)


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ('"We buried 23 bodies," a resident said, adding that dozens were still missing and at least 10 were wounded.',
     23, 10),  # the missing are no dead
    ("Gunmen killed 23 people on Monday, the latest in a wave of attacks that have killed thousands in recent years.",
     23, None),  # a toll over years is background
    ("Attacks killed 40 people in March, bringing the toll since 2023 to 1,200.", 40, None),
    ("Two more bodies were found, bringing the death toll to 41.", 41, None),  # the same incident's toll
    ("Bandits killed 12 villagers on Monday; more than 2,000 people were killed in such raids last year.", 12, None),
])
def test_background_tolls_and_missing_people_are_not_the_incidents_dead(text: str, fatalities: int,
                                                                        injured: int | None) -> None:
    counts = extract_counts(text)
    assert (counts.fatalities.best, counts.injured.best) == (fatalities, injured)


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
    # "dozens of homes": what follows "of" is what is counted
    assert extract_counts("Militiamen burned dozens of homes in Darfur and killed 12 people.").fatalities.best == 12
    assert extract_counts("Dozens of people were killed.").fatalities.best == 24
    # French "tué" is a whole word: "on Tuesday", "Tuensang" are no deaths
    assert extract_counts("Police arrested 45 opposition supporters in Kampala on Tuesday.").fatalities.best is None
    assert extract_counts("Deux civils ont été tués mardi.").fatalities.best == 2
    # a number that is part of a name: "M23", "Z-9", "AK-47"
    assert extract_counts("M23 rebels shelled Goma, killing at least six civilians.").fatalities.best == 6
    assert extract_counts("Police killed Z-9, a founder of the Zetas.").fatalities.best is None  # not 9
    assert extract_counts("قتل 5 أشخاص و12 جريحا").injured.best == 12  # Arabic "and" glued to a number


@pytest.mark.parametrize(("token", "value"), [("1,200", 1200), ("1.200", 1200), ("١٢", 12), ("17", 17),
                                              ("abc", None)])
def test_parse_number(token: str, value: int | None) -> None:
    assert parse_number(token) == value


def test_others_go_with_the_following_cue() -> None:
    counts = extract_counts("Two troopers were killed and three others were injured when Maoists triggered an explosive.")
    assert counts.fatalities.best == 2 and counts.injured.best == 3
    counts = extract_counts("Un soldat a été tué et quatre autres blessés.")
    assert counts.injured.best == 4


# Real report phrasing (SATP, InSight Crime, news wires): sums of listed groups, subsets that are
# not added, dates that are not counts, perpetrators that are not victims, one named victim.
@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ("Ten Security personnel and five Taliban militants were killed when militants attacked security posts.", 15, None),
    (("During the intense operations, one Lieutenant Colonel and seven soldiers of the Army, one Assistant Sub "
      "Inspector (ASI) and two constables of Jammu and Kashmir Police were killed."), 11, None),
    ("Gunmen killed two policemen and three civilians at a checkpoint.", 5, None),
    (("Five persons, among them three Security Force (SF) personnel, were killed in two back to back bomb "
      "explosions."), 5, None),
    ("At least 18 people, including 5 children and 3 women, were killed.", 18, None),
    ("Seven people, six from a single family, were murdered by rebels.", 7, None),
    ("A car bomb explosion in Faisalabad District on March 8 killed at least 32 persons and injured 125 others.",
     32, 125),
    ("Militants killed a civilian at Kawari village in Kupwara District on July 17, reports Daily Excelsior.", 1, None),
    ("A Policeman was killed and 19 others, mostly security personnel, were injured in twin blasts.", 1, 19),
    ("A barber named Shafiq, was shot dead and another two shopkeepers, Aslam and Sajjad, were injured.", 1, 2),
    ("Binod Roy was killed in an explosion of an Improvised Explosive Device at Singjamei.", 1, None),
    ("Arshad Khan, who was injured in a blast on December 31, succumbed to his injuries in a hospital.", 1, None),
    ("Unidentified assailants opened fire on them, leaving both dead on the spot.", 2, None),
    ("Militants killed a couple in Chirang District at around midnight on August 18.", 2, None),
    ("The attack, which left one person dead and two others injured, was blamed on two groups.", 1, 2),
    ("Two policemen were shot dead by three unidentified militants.", 2, None),
    ("The death toll from the bombing rose to 45 on Sunday.", 45, None),
    ("The blast killed 12 people and injured 30 on 3 March.", 12, 30),
    ("Deux soldats et trois civils ont été tués le 12 mars.", 5, None),
    ("Dos policías y tres civiles murieron el 5 de mayo.", 5, None),
    ("Dois soldados e quatro civis foram mortos.", 6, None),
])
def test_real_report_phrasing(text: str, fatalities: int, injured: int | None) -> None:
    counts = extract_counts(text)
    assert (counts.fatalities.best, counts.injured.best) == (fatalities, injured)


def test_listed_counts_sum_their_bounds() -> None:
    counts = extract_counts("At least two soldiers and three civilians were killed.")
    assert counts.fatalities == Count(best=5, low=5, high=None)


@pytest.mark.parametrize(("text", "fatalities", "injured"), [
    ("Six militants and a volunteer were killed in the encounter with security forces.", 7, None),
    ("Three soldiers and a civilian were killed when the convoy was ambushed.", 4, None),
    ("Gunmen killed two farmers and a herder near the village on Sunday.", 3, None),
    ("Two policemen and an army officer were injured in the blast.", None, 3),
    ("Trois soldats et un civil ont été tués dans l'embuscade.", 4, None),
    ("A police officer was killed in the attack.", 1, None),
    ("A dozen people were killed in the raid.", 12, None),
    ("Two soldiers and a dozen civilians were killed in the shelling.", 14, None),
    ("Five people were killed and a soldier was injured.", 5, 1),
])
def test_a_and_an_in_lists_count_one_person(text: str, fatalities: int | None, injured: int | None) -> None:
    counts = extract_counts(text)
    assert (counts.fatalities.best, counts.injured.best) == (fatalities, injured)


def test_a_score_of_people_is_twenty() -> None:
    assert extract_counts("Gunmen killed a score of villagers.").fatalities.best == 20
    assert extract_counts("Real Madrid won by a score of 4 to 1.").fatalities.best is None


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Un ataque armado contra un bar en Salamanca, Guanajuato, dejó 12 muertos el sábado.", 12),  # "un bar" is no one
    ("Un soldado, dos policías y tres civiles murieron en el ataque.", 6),
])
def test_an_article_before_a_place_is_not_listed_with_the_dead(text: str, fatalities: int) -> None:
    assert extract_counts(text).fatalities.best == fatalities


@pytest.mark.parametrize(("text", "fatalities", "abducted"), [
    ("Militants executed seven hostages.", 7, None),  # the hostages are the dead
    ("Gunmen killed 3 kidnapped aid workers.", 3, None),
    ("Kidnappers released 20 hostages.", None, 20),
    ("Gunmen abducted 15 passengers.", None, 15),
])
def test_hostages_killed_are_dead(text: str, fatalities: int | None, abducted: int | None) -> None:
    counts = extract_counts(text)
    assert (counts.fatalities.best, counts.abducted.best) == (fatalities, abducted)


@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen shot dead local cleric Maulana Abdul Shah in Mansehra.", 1),
    ("Militants shot dead Jamaat Ahl e Sunnat tehsil President, Maulana Mehmood Shah, in Oghi area", 1),
    ("The ambush resulted in the death of agent John Terry.", 1),
    ("Militants killed the village headman and his sons.", None),
    ("Gunmen killed police officers in Kano", None),
])
def test_one_person_named_by_a_role(text: str, dead: int | None) -> None:
    assert extract_counts(text).fatalities.best == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Російська ракета влучила в будинок у Дніпрі, загинули дев'ять людей.", 9),
    ("Загинули п’ять людей.", 5),
])
def test_ukrainian_number_words_with_an_apostrophe(text: str, dead: int) -> None:
    assert extract_counts(text).fatalities.best == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Four gunmen shot dead the Policeman, identified as Karan Singh.", 1),
    ("Two militants killed a villager", 1),
    ("Three armed men stormed the house and killed two women.", 2),
    ("Four militants killed in Kupwara", 4),
    ("Four militants were killed in the encounter.", 4),
    ("Cinco hombres armados mataron a 12 personas.", 12),
])
def test_a_number_of_attackers_who_act_is_no_toll(text: str, dead: int) -> None:
    assert extract_counts(text).fatalities.best == dead


def test_victims_listed_before_another_act_still_count() -> None:
    text = "Unidentified gunmen beheaded three men and torched a boys' school in Nangarhar province."
    assert extract_counts(text).fatalities.best == 3


@pytest.mark.parametrize("text", [
    "The two groups opened fire on each other, which resulted in the killing of a villager and his cousin.",
    "Gunmen killed a farmer and his son in Zamfara.",
    "A woman and her daughter were shot dead in Kano.",
])
def test_one_person_and_a_relative_are_two_dead(text: str) -> None:
    assert extract_counts(text).fatalities.best == 2


@pytest.mark.parametrize(("text", "best"), [
    ("The death toll from Friday's suicide attack on the mosque in Peshawar rose to 45.", 45),
    ("The death toll from the attack in Kano has risen to at least 45, police said.", 45),
    ("The toll climbed to 60 on Saturday.", 60),
    ("The toll of the stampede rose to 45 injured.", None),
])
def test_a_toll_that_rose_far_from_its_cue(text: str, best: int | None) -> None:
    assert extract_counts(text).fatalities.best == best
