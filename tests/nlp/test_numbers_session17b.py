"""Tolls read in session 17b (nlp/numbers.py, nlp/sides.py): each side's own dead add up, an article before a thing
counts no one, bombers who die with their victims count, a threat of death kills no one, executions in Portuguese;
and a toll told after a harm with no dead (nlp/events/followup.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.numbers import extract_counts
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings


def dead(text: str) -> int | None:
    return extract_counts(text).fatalities.best


@pytest.mark.parametrize(("text", "best"), [
    # each side reports its own dead: they add up, even when both are soldiers
    ("Погибли четверо армянских военных; Баку сообщил о гибели одного своего солдата.", 5),
    ("Погибли трое украинских военных; Москва сообщила о гибели двух своих солдат.", 5),
    ("Загинули четверо військових; ворог повідомив про загибель трьох своїх бійців.", 7),
    ("Kyiv said five Russian soldiers were killed, while Moscow said it lost two of its own soldiers.", 7),
    # an article before a thing is no one more in the list
    ("Goma : des manifestants affrontent la police devant une base de la Monusco, deux morts", 2),
    ("Heurts devant un camp de déplacés à Bunia, trois morts", 3),
    ("Enfrentamientos frente a una comisaría de Culiacán, dos muertos", 2),
    # ... before a person it is
    ("Deux soldats et un civil ont été tués à Beni.", 3),
    ("Dos policías y un comerciante murieron en el ataque.", 3),
    ("Uomini armati hanno ucciso un sacerdote e due catechisti nei pressi di Dori.", 3),
    ("Na troca de tiros perto de uma escola, três suspeitos e um PM morreram.", 4),
    # bombers who die with their victims
    ("Deux kamikazes se sont fait exploser, tuant quatre civils en plus d'eux-mêmes.", 6),
    ("Two suicide bombers killed nine worshippers and themselves in Maiduguri.", 11),
    ("A suicide bomber blew himself up at a market, killing six people as well as himself.", 7),
    ("Un atacante suicida se inmoló matando a tres personas además de sí mismo.", 4),
    # ... first: "killing himself and", "se tuant ainsi que", "the bomber and N"
    ("A suicide bomber blew himself up at a mosque, killing himself and six worshippers, officials said.", 7),
    ("Une kamikaze s'est fait exploser au marché de Mora, se tuant ainsi que sept autres personnes.", 8),
    ("Un kamikaze s'est fait exploser sur un marché de Maiduguri, se tuant ainsi que quatre autres personnes.", 5),
    ("Der Attentäter und 17 Gläubige kamen nach Angaben der Behörden ums Leben.", 18),
    ("A suicide bomber killed himself and four others at a checkpoint.", 5),  # counted once
    # one victim with no number: the noun before the verb (ru, uk), Turkish accusative, Arabic "shot him dead",
    # English "beat a man to death"
    ("Дрон атакував автомобіль поблизу Білопілля, водій загинув на місці, пасажирку госпіталізовано.", 1),
    ("Беспилотник атаковал автомобиль: водитель погиб, ещё двое пассажиров ранены.", 1),
    ("Silahlı kişiler, tarlasında çalışan bir çiftçiyi kurşunlayarak öldürdü.", 1),
    ("أطلق مستوطنون النار على شاب فلسطيني فأردوه قتيلاً.", 1),
    ("A crowd beat a man to death in Sylhet after accusing him of theft.", 1),
    ("Villagers stabbed a suspected thief to death on Sunday.", 1),
    # the attackers are a side (ru, uk); members of the group (id); "seorang" first in a list (id)
    ("Двое полицейских погибли, трое нападавших были ликвидированы в ходе перестрелки.", 5),
    ("Загинули двоє поліцейських і троє нападників.", 5),
    ("Satu prajurit gugur, sementara dua anggota kelompok itu tewas.", 3),
    ("Baku tembak menewaskan seorang prajurit dan tiga anggota kelompok bersenjata.", 4),
    ("Penembakan menewaskan seorang guru dan 2 siswa.", 3),
    # dwellings are no people
    ("El enfrentamiento dejó dos personas fallecidas y varias viviendas quemadas.", 2),
    ("Les assaillants ont tué deux personnes et brûlé plusieurs cases.", 2),
    # executions in Portuguese
    ("Homens encapuzados executaram seis jovens em um bar na periferia de Fortaleza.", 6),
    ("Criminosos executaram a tiros três homens em Manaus.", 3),
])
def test_tolls_of_session_17b(text: str, best: int) -> None:
    assert dead(text) == best


@pytest.mark.parametrize(("text", "best"), [
    # a threat of death kills no one
    (("Más de 200 familias huyeron de sus comunidades después de que colonos armados las amenazaran de muerte, "
      "denunció un centro de derechos humanos."), None),
    ("Decenas de familias huyeron tras recibir amenazas de muerte de un grupo armado.", None),
    ("Des dizaines de familles ont fui après des menaces de mort d'un groupe armé.", None),
    ("Os camponeses foram ameaçados de morte por um grupo armado.", None),
    # ... nor a harm done without victims
    ("Des éléments armés ont incendié des cases et pillé le marché, sans faire de victimes, a indiqué un communiqué.",
     None),
    ("Hombres armados quemaron el mercado sin dejar víctimas, informó un vocero.", None),
    # ... a death still does
    ("Sicarios asesinaron a un líder social en Cauca.", 1),
    # the same side counted twice is one toll, not two
    ("Погибли четверо военных; позже сообщили о гибели двух военных.", 4),
    # bombers who are not said to have died add nothing
    ("Two suicide bombers killed nine worshippers in Maiduguri.", 9),
    ("Serangan itu menewaskan seorang warga dan melukai dua orang lainnya.", 1),  # two hurt, one dead
    ("Bir grup köylüyü öldürdüler.", None),  # a group, not one
    # warrants carried out are no executions
    ("A Polícia Federal executou 12 mandados de busca em São Paulo.", None),
])
def test_tolls_that_stay(text: str, best: int | None) -> None:
    assert dead(text) == best


# --- the next sentence (nlp/events/followup.py) ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())


def _toll(analyzer, text: str) -> int | None:
    return max((e.fatalities.best or 0 for e in analyzer.analyze(text, TextContext()).events), default=None)


@pytest.mark.parametrize(("text", "toll"), [
    # a toll told after a sentence of harm with no dead
    (("ZIGUINCHOR – De violents heurts ont opposé jeudi des jeunes manifestants aux forces de l'ordre dans plusieurs "
      "quartiers de la ville. Des pneus ont été incendiés et une station-service pillée. Un étudiant de 19 ans a "
      "succombé à ses blessures dans la nuit, selon une source hospitalière."), 1),
    ("Rioters clashed with police in Kisumu on Tuesday. Several shops were looted and set on fire. Two people died.", 2),
    # a new total for an incident told with no toll
    (("Heavily armed gang members stormed the Solino neighborhood overnight, shooting residents and setting homes "
      "ablaze, a local rights group said. By Wednesday afternoon the death toll had risen to 31, up from 19."), 31),
    # the dead as a noun (es)
    (("Reos de la Penitenciaría del Litoral protagonizaron un motín con quema de colchones y disparos. Horas después, "
      "las autoridades cifraron en seis los fallecidos."), 6),
    # the other side's dead with the source named after them
    (("Chad's army said it killed 17 Boko Haram fighters who attacked a military position on Barkaram island. Six "
      "soldiers also died in the fighting, an army spokesman said."), 23),
    # ... not a claim said before its count
    ("Troops killed 20 militants in Borno, the army said. The militants said they killed 15 soldiers.", 20),
    # no toll told: none
    ("Rioters clashed with police in Kisumu on Tuesday. Several shops were looted and set on fire.", 0),
])
def test_a_toll_after_a_harm_with_no_dead(analyzer, text: str, toll: int) -> None:
    assert _toll(analyzer, text) == toll


@pytest.mark.parametrize("text, dead", [
    # ages listed after "aged" are no dead, however many
    ("A missile hit a residential neighbourhood on Monday, killing three children aged 6, 8 and 11.", 3),
    # the article's own noun decides, not a side word further on ("une attaque jihadiste")
    ("Une trentaine de militaires ont été tués jeudi dans une attaque jihadiste contre une position de l'armée.", 30),
])
def test_ages_and_articles_of_things(text, dead):
    assert extract_counts(text).fatalities.best == dead
