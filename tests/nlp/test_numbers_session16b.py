"""Tolls read in session 16b (nlp/numbers.py, nlp/sides.py): verbs of killing in headline tenses and more languages,
number words before adjectives and in compounds (Turkish, Indonesian, Russian), one or two victims with no number
(Arabic, Russian, Turkish, French, English "both"), an earlier toll that is no second toll, ages that count no one,
the next clause of a verb-final language, members of an armed group as a side, Devanagari cues that start a word;
and tolls in the next sentence (nlp/events/followup.py): a later victim by ordinal, the same perpetrator named again.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.numbers import extract_counts
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings


def dead(text: str) -> int | None:
    return extract_counts(text).fatalities.best


# --- verbs of killing ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("غارة جوية تقتل خمسة مدنيين في ريف إدلب.", 5),  # ar: present tense of a headline
    ("هجوم بطائرة مسيرة يقتل ثلاثة جنود ويصيب 12 آخرين.", 3),  # ... and the wounded in the present too
    ("انفجار لغم يودي بحياة أربعة أطفال في درعا.", 4),  # "claims the lives of"
    ("مسلحون ينفذون إعدام تسعة أسرى في البادية.", 9),  # "the execution of"
    ("Shambulio la bomu limeua watu 12 mjini Mogadishu.", 12),  # sw: "it has killed", no object marker
    ("Mlipuko huo umeua watu sita na kujeruhi wengine 30.", 6),  # ... "na kujeruhi" (and to injure) is a new clause
    ("सड़क किनारे धमाके में पांच लोगों की जान चली गई।", 5),  # hi: "lost their lives"
    ("हमले में मरने वालों की संख्या बढ़कर 14 हो गई।", 14),  # hi: "the number of those who died"
    ("Боевики застрелили шестерых полицейских.", 6),  # ru: "shot dead"
    ("Боевики убили восьмерых мирных жителей.", 8),  # ru: a collective numeral to ten
    ("Homens armados matam cinco pessoas em um bar.", 5),  # pt: present tense
    ("Ataque aéreo mata 9 civis no norte do país.", 9),
    ("Des hommes armés ont abattu quatre villageois.", 4),  # fr: "abattre" people
    ("Tres jóvenes fueron ultimados a balazos en San Pedro Sula.", 3),  # es (Central America): "ultimar"
    ("Trois soldats sont tombés au combat dans le Nord.", 3),  # fallen in combat
    ("Dos policías cayeron en combate con la guerrilla.", 2),
])
def test_verbs_of_killing(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize("text", [
    "Trois soldats sont tombés dans une embuscade près de la frontière.",  # fell into an ambush
    "L'armée a abattu deux drones au-dessus de la ville.",  # things shot down
    "Polisi menembakkan gas air mata untuk membubarkan ribuan mahasiswa.",  # id "air mata": tears, not pt/es "kills"
    "Dua mata-mata asing ditangkap di perbatasan.",  # id "mata-mata": spies
    "Cinco homens armados se esconderam na mata perto da aldeia.",  # pt "na mata": in the forest
])
def test_verbs_of_killing_that_count_no_dead(text: str) -> None:
    assert dead(text) is None


# --- number words ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("Kazada on iki kişi öldü.", 12),  # tr: "on" (ten) in a compound number before the noun
    ("Çatışmada on bir asker şehit oldu.", 11),
    ("Operasyonda dört DEAŞ'lı terörist öldürüldü.", 4),  # tr: an adjective of allegiance before the noun
    ("Saldırıda beş Suriyeli işçi hayatını kaybetti.", 5),
    ("Delapan nelayan tewas ditembak di perairan itu.", 8),  # id: a sentence opens with the number
    ("Tujuh pedagang tewas dalam serangan di pasar.", 7),
    ("Bentrokan itu menewaskan tiga militan dan seorang polisi.", 4),  # id: a count and "seorang" (one)
])
def test_number_words(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("Lima Peru'nun başkentidir.", None),  # Lima, the city: no Indonesian number before a noun for people
    ("Gunmen stormed the town on Tuesday.", None),  # en "on": no Turkish ten
    ("Seorang warga tewas dalam kebakaran itu.", 1),  # "seorang" alone: one victim, as before
])
def test_number_words_that_stay(text: str, best: int | None) -> None:
    assert dead(text) == best


# --- one or two victims with no number ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("استشهد طفل برصاص الاحتلال في جنين.", 1),  # ar: a singular noun after the verb
    ("اشتباكات تسفر عن مقتل شرطي وإصابة 5 آخرين.", 1),  # ... after the noun "مقتل"
    ("اشتباكات تسفر عن مقتل شرطيين وإصابة 5 آخرين.", None),  # the dual is no one victim (no number word here)
    ("Неизвестные застрелили главу поселка.", 1),  # ru: one person in the accusative
    ("В Херсоне оккупанты убили женщину.", 1),
    ("Bir polis memuru silahlı saldırıda hayatını kaybetti.", 1),  # tr
    ("Un policier de 32 ans a succombé à ses blessures.", 1),  # fr; the age counts no one
    ("A 40-year-old farmer died after the attack on his village.", 1),  # en
    ("Una mujer de 40 años falleció tras el ataque.", 1),  # es
    ("Both men inside the car were killed in the strike.", 2),  # en "both"
    ("Ambos jóvenes murieron en el lugar.", 2),  # es
    ("Tous les deux ont été tués par balles.", 2),  # fr
    ("Ledakan itu menewaskan pelaku dan seorang petugas keamanan.", 2),  # id: two singulars
])
def test_one_or_two_victims_with_no_number(text: str, best: int | None) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("Боевики убили мирных жителей деревни.", None),  # ru: a plural, no count
    ("Both sides accused each other of violating the truce.", None),  # "both" with no death
    ("A day after 12 people died in the blast, protests spread.", 12),  # the count stays
])
def test_no_one_victim_from_these(text: str, best: int | None) -> None:
    assert dead(text) == best


# --- ages, earlier tolls, clause order ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("Nablus'ta 19 yaşındaki bir genç hayatını kaybetti.", 1),  # tr: an age, then one victim
    ("हमले में 17 वर्षीय एक किशोर की मौत हो गई।", 1),  # hi: an age
    ("The death toll from the ambush has risen to 31, up from 20 on Friday.", 31),  # en: an earlier toll
    ("The toll climbed to 15 from an earlier figure of 9.", 15),
    ("Le bilan est passé à 26 morts, contre 18 précédemment.", 26),  # fr
    ("El saldo subió a 12 muertos, frente a los 7 anteriores.", 12),  # es
    ("Yetkililere göre yedi kişi öldü, 30'dan fazla kişi yaralandı.", 7),  # tr: the next clause has its own verb
    ("Police said 26 people were killed and 18 wounded.", 26),  # en: as before
])
def test_ages_earlier_tolls_and_clauses(text: str, best: int) -> None:
    assert dead(text) == best


def test_dead_and_wounded_in_verb_final_clauses() -> None:
    counts = extract_counts("Patlamada dokuz kişi öldü, 25 kişi yaralandı.")
    assert (counts.fatalities.best, counts.injured.best) == (9, 25)


# --- sides and joined groups --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    ("In the firefight two soldiers were killed; three members of the armed group also died.", 5),
    ("Murieron dos soldados y tres miembros del grupo armado.", 5),  # es
    ("Dua prajurit gugur dan tiga anggota kelompok bersenjata tewas.", 5),  # id
    ("Turkish forces said four PKK'lı teröristin öldürüldüğünü, bir askerin de şehit olduğunu açıkladı.", 5),  # tr
    ("Twelve people were killed, including two members of the armed group.", 12),  # a part, not another side
    ("Fighters from the 3R armed group killed five herders.", 5),  # "3R": a name, no count of the armed side
    ("दो जवान और एक ड्राइवर की मौत हो गई।", 3),  # hi: a group in the direct case and one more by role
])
def test_sides_and_joined_groups_add_up(text: str, best: int) -> None:
    assert dead(text) == best


# --- Devanagari cues start a word ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "पुलिस ने छापेमारी कर 12 लोगों को गिरफ्तार किया।",  # "छापेमारी" (a raid) holds no "मारी" (killed)
    "एजेंसी ने कई राज्यों में छापेमारी कर छह संदिग्धों को गिरफ्तार किया।",
])
def test_a_raid_is_no_killing(text: str) -> None:
    assert dead(text) is None


# --- a toll in the next sentence (nlp/events/followup.py) --------------------------------------------------------------

@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _tolls(analyzer, text: str) -> list[int | None]:
    return [e.fatalities.best for e in analyzer.analyze(text, TextContext()).events]


@pytest.mark.parametrize(("text", "tolls"), [
    # a later victim by ordinal raises the toll
    ("Gunmen killed four people at a bar in Celaya, Guanajuato. A fifth victim died later in hospital.", [5]),
    ("Hombres armados mataron a cuatro personas en un bar de Celaya. Una quinta víctima murió en el hospital.", [5]),
    # the same perpetrator named again reports the toll of the same incident
    ("Gunmen stormed a village in Zamfara state on Sunday. The gunmen killed nine villagers before fleeing.", [9]),
    # a death report in Swahili after clashes at a protest
    (("Vijana waliokuwa wakiandamana mjini Kisumu walikabiliana na polisi kwa mawe. Watu watatu walifariki kwa "
      "majeraha ya risasi."), [3]),
])
def test_a_toll_in_the_next_sentence_is_joined(analyzer, text: str, tolls: list[int | None]) -> None:
    assert _tolls(analyzer, text) == tolls


@pytest.mark.parametrize(("text", "tolls"), [
    # a later victim who was hurt is no toll
    ("Hombres armados mataron a cuatro personas en un bar de Celaya. Una quinta víctima resultó herida.", [4, None]),
    # another perpetrator is another incident
    ("Gunmen stormed a village in Zamfara state on Sunday. Bandits killed 30 people in a nearby village.", [None, 30]),
    # a peaceful march and deaths of another cause stay apart
    ("Thousands marched peacefully through Nairobi on Saturday. Two people died in a stampede near the stadium.",
     [None]),
])
def test_a_toll_in_the_next_sentence_that_stays_apart(analyzer, text: str, tolls: list[int | None]) -> None:
    assert _tolls(analyzer, text) == tolls
