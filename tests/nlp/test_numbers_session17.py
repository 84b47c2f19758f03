"""Tolls read in session 17 (nlp/numbers.py, nlp/sides.py): the dead counted among the wounded, lives taken or
lost, number words in the genitive, Arabic one and two after their noun, a victim who died later in the same
sentence, Indonesian "termasuk", a new total in more languages, compounds of people with an adjective, Polish "no
one died"; and more dead in the next sentence (nlp/events/followup.py): who died later, other bodies, the dead of
the other side, a later victim by ordinal with no noun or as a body, a new total that replaces the first.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.numbers import extract_counts, later_victim
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings


def dead(text: str) -> int | None:
    return extract_counts(text).fatalities.best


# --- one sentence ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "best"), [
    # the dead counted among the wounded
    ("Three of the wounded died overnight at the general hospital.", 3),
    ("Dos de los heridos murieron en el hospital.", 2),
    ("घायलों में से तीन ने बाद में अस्पताल में दम तोड़ दिया।", 3),
    # lives taken or lost; Swahili "to kill"
    ("L'embuscade a coûté la vie à douze soldats, selon l'armée.", 12),
    ("El ataque costó la vida a seis policías en Michoacán.", 6),
    ("Shambulio hilo lilitokea na kuua askari wanne, huku wengine watatu wakijeruhiwa.", 4),
    # genitive tens and teens after "до" (a new total)
    ("Кількість загиблих унаслідок удару по Дніпру зросла до двадцяти одного.", 21),
    ("Число погибших в результате обстрела возросло до двенадцати.", 12),
    # a new total in French, German, Spanish
    ("Le bilan a été porté à dix-huit mardi soir.", 18),
    ("Später stieg die Zahl der Toten auf acht, nachdem zwei weitere Leichen geborgen wurden.", 8),
    # Arabic one and two after their noun, joined by "و"
    ("أسفرت المواجهات عن مقتل سبعة مسلحين ومدنيين اثنين.", 9),
    ("أسفرت الاشتباكات عن مقتل خمسة عناصر ومدني واحد.", 6),
    # one more who died later, in a later clause
    ("Police said four robbers were killed and that a passer-by hit by a stray bullet later died in hospital.", 5),
    ("Sicarios mataron a tres personas y un vecino murió horas después en el hospital.", 4),
    ("Zwei Menschen kamen bei dem Angriff ums Leben, ein dritter erlag am Abend seinen Verletzungen.", 3),
    # two sides in two clauses: attackers in Hindi, rangers in English
    ("मुठभेड़ में चार जवान शहीद हो गए, जबकि दो हमलावर भी मारे गए।", 6),
    ("One ranger died at the scene; the bodies of four insurgents were found the next morning.", 5),
    # a part is no more dead: Indonesian "termasuk" (including)
    ("Serangan udara menewaskan sembilan orang, termasuk empat anak-anak.", 9),
    # an adjective and a noun before the people counted
    ("Troops killed 14 armed cattle rustlers in Karamoja.", 14),
    # a headline's present "dejan" ends a list
    ("Sicarios atacan a empleados de una empresa minera y dejan 7 muertos.", 7),
    ("Diez personas murieron en el ataque y otras dos fallecieron horas después.", 12),
])
def test_tolls_of_one_sentence(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    ("Two of the wounded were airlifted to Abuja.", None),  # the wounded who did not die
    ("أسفرت الاشتباكات عن مقتل ثلاثة مسلحين وإصابة اثنين.", 3),  # two wounded, not two more dead
    ("Raiders stole 300 cattle from herders in Turkana.", None),  # cattle are no people
    ("Ninety percent of officers were still not trained.", None),  # a share of the officers, nobody dead
    ("Sprawcy podpalili domy; mieszkańcy uciekli i nikt nie zginął.", None),  # pl: no one died
    ("Jan Kowalski zginął na miejscu.", 1),  # ... one did
    ("Police said four robbers were killed and that a passer-by was hurt.", 4),  # hurt, not dead
    ("Two died hours later.", 2),  # "hours" after a verb counts no hours
])
def test_tolls_that_stay(text: str, best: int | None) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    # headlines and death nouns: Turkish "ölü" (dead), Russian and Ukrainian "гибель" (death), Swahili "alifariki"
    ("İzmir'de silahlı saldırı: dört ölü", 4),
    ("Saldırıda beş yolcu öldü, yedi kişi yaralandı.", 5),
    ("Минобороны сообщило о гибели трёх военнослужащих.", 3),
    ("У штабі повідомили про загибель двох військових.", 2),
    ("Mtu mmoja alifariki kwa jeraha la risasi.", 1),
    # Indonesian beheading
    ("Kelompok bersenjata memenggal sedikitnya tujuh warga desa.", 7),
    # one victim with no number: who succumbed, an assassination, a bullet wound in Hindi
    ("Un étudiant de 19 ans a succombé à ses blessures dans la nuit.", 1),
    ("Um jovem de 17 anos morreu no hospital.", 1),
    ("اغتال مسلحون مجهولون ناشطاً مدنياً أمام منزله.", 1),
    ("भीड़ ने वाहनों में आग लगा दी और एक युवक की गोली लगने से मौत हो गई।", 1),
    # a victim named with "the killing of", then more
    ("The minister condemned the killing of a journalist and two colleagues near Gao.", 3),
    ("Le ministre a condamné l'assassinat d'un chef de village et ses deux fils.", 3),
    # a running total of many incidents is no toll of this one
    (("Three activists were shot dead in Nariño on Monday, bringing the number of social leaders killed in the "
      "region this year to 41."), 3),
])
def test_more_words_for_the_dead(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize("text", [
    "Un étudiant de 19 ans a été blessé par balle.",
    "Nairobi'de protestocular polisle çatıştı.",
    "Mtu mmoja alijeruhiwa vibaya.",
])
def test_no_dead_from_these(text: str) -> None:
    assert dead(text) is None


@pytest.mark.parametrize(("text", "nth"), [
    ("Hours later rescuers pulled a second body from the rubble.", 2),
    ("Um quinto corpo foi encontrado no rio.", 5),
    ("Un cinquième, grièvement blessé, a succombé dans la nuit.", 5),
    ("Un cuarto militar murió durante la evacuación.", 4),
    ("ein dritter erlag seinen Verletzungen", 3),
    ("A second attack was reported two days later.", None),  # an attack, not a victim
    ("Ein zweiter Angriff traf das Dorf.", None),
])
def test_a_later_victim_by_ordinal(text: str, nth: int | None) -> None:
    assert later_victim(text) == nth


# --- the next sentence (nlp/events/followup.py) ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _toll(analyzer, text: str) -> int | None:
    return max((e.fatalities.best or 0 for e in analyzer.analyze(text, TextContext()).events), default=None)


@pytest.mark.parametrize(("text", "toll"), [
    # who died later adds to the toll
    (("Gunmen opened fire on a market in Plateau state, killing six people. Three of the wounded died overnight in "
      "hospital."), 9),
    (("Sicarios atacaron un bar en Irapuato y mataron a cinco personas. Otras dos murieron horas después en el "
      "hospital."), 7),
    (("Homens armados invadiram uma aldeia em Cabo Delgado e mataram quatro pessoas. Um agricultor ferido morreu "
      "horas depois no hospital."), 5),
    ("Унаслідок обстрілу Херсона загинули двоє людей. Згодом у лікарні помер ще один чоловік.", 3),
    ("नक्सलियों ने गांव पर हमला किया, जिसमें तीन ग्रामीणों की मौत हो गई। घायलों में से दो ने बाद में दम तोड़ दिया।", 5),
    # other bodies
    (("Insurgentes atacaram a aldeia de Mucojo e decapitaram quatro homens. Outros três corpos foram encontrados "
      "na mata."), 7),
    # the dead of the other side
    (("Des jihadistes ont tué six civils lors d'une attaque contre un marché près de Gao. Trois assaillants ont été "
      "abattus par les militaires."), 9),
    (("Soldiers repelled an attack on their base in Diffa, killing 15 assailants. Three soldiers were killed and "
      "seven wounded."), 18),
    (("La riposte a permis de neutraliser quinze assaillants. Malheureusement, deux Volontaires pour la défense de "
      "la patrie sont tombés au cours des combats."), 17),
    # a later victim by ordinal
    (("Shelling killed a woman in her garden in Nikopol on Friday. Rescuers later pulled a second body from the "
      "rubble."), 2),
    (("Un engin explosif a sauté au passage d'un bus près de Mora, tuant trois passagers. Un quatrième, grièvement "
      "blessé, a succombé."), 4),
    # a new total replaces the first
    (("Des sources locales avaient d'abord fait état de douze morts après l'attaque de miliciens contre un village. "
      "Le bilan a été porté à dix-huit mardi."), 18),
    (("Bei einem Raketenangriff auf Sumy wurden zunächst fünf Menschen getötet. Am Abend stieg die Zahl der Toten auf "
      "acht, nachdem Helfer drei weitere Leichen geborgen hatten."), 8),
])
def test_more_dead_in_the_next_sentence(analyzer, text: str, toll: int) -> None:
    assert _toll(analyzer, text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    # the wounded who live are no dead
    ("Gunmen killed four people in a village in Kaduna. Two of the wounded were airlifted to Abuja.", 4),
    # each side's claim: the larger stands
    ("Troops killed 20 militants in Borno, the army said. The militants said they killed 15 soldiers.", 20),
    # bodies found later may be all the dead: no second toll over a death that set things off
    (("Gangs burned dozens of homes in Cité Soleil after the killing of one of their leaders. Six bodies were later "
      "found in the streets."), 6),
    # the other side's dead at another place
    ("Troops killed 12 militants near Gwoza in Borno on Monday. Two soldiers were killed in Damaturu.", 12),
    # another incident is no more dead of this one
    ("Gunmen killed five people in Zamfara on Sunday. In a separate attack, three soldiers were killed in Katsina.",
     5),
])
def test_dead_in_the_next_sentence_that_add_nothing(analyzer, text: str, toll: int) -> None:
    assert _toll(analyzer, text) == toll
