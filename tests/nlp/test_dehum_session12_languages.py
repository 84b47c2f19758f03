"""Session 12 in Italian, Dutch, Polish, Chinese, Hindi and Arabic: threats, wished deaths and "no different from".

The sentences below were WRITTEN BY THE TOCSIN TEAM for this check (no dataset text, not native-speaker reviewed):
cutting throats, a bullet in the head, beating to death, "the only good X is a dead X", "killing X is right /
necessary", "I want to see all X dead / burn", "X are no different from pigs" and the other forms English handles,
each carried by the lexicon files alone (threat entries, intent and counter cues, ``cues.wish_frames``). Their
negations, counter-speech, reports and literal uses must stay unflagged.
"""

from __future__ import annotations

import pytest

from nlp import NlpSettings
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer
from tests.nlp.dehum_asserts import assert_flagged, assert_not_flagged

D, E = "dehumanization", "eliminationist"

# (language, text, label that must be among the finding's labels, normalized target group)
POSITIVE: list[tuple[str, str, str, str]] = [
    ("it", "Sto per tagliare la gola a tutti gli immigrati", E, "immigrants"),
    ("it", "Qualcuno dovrebbe piantare una pallottola in testa a ogni ebreo", E, "Jews"),
    ("it", "Picchierò a morte ogni gay che incontro", E, "gay people"),
    ("it", "L'unico musulmano buono è un musulmano morto", E, "Muslims"),
    ("it", "Uccidere i rifugiati è la cosa giusta da fare", E, "refugees"),
    ("it", "Voglio vedere tutti gli zingari morti", E, "Roma"),
    ("it", "Non vedo l'ora di vedere morire ogni musulmano", E, "Muslims"),
    ("nl", "Ik ga alle moslims de keel doorsnijden", E, "Muslims"),
    ("nl", "Iemand zou elke jood een kogel door de kop moeten schieten", E, "Jews"),
    ("nl", "Ik sla elke homo die ik tegenkom dood", E, "gay people"),
    ("nl", "De enige goede vluchteling is een dode vluchteling", E, "refugees"),
    ("nl", "Marokkanen doden is noodzakelijk", E, "Moroccans"),
    ("nl", "Ik kan niet wachten om alle vrouwen te zien sterven", E, "women"),
    ("pl", "Poderżnę gardła wszystkim muzułmanom", E, "Muslims"),
    ("pl", "Ktoś powinien wpakować kulkę w łeb każdemu Żydowi", E, "Jews"),
    ("pl", "Jedyny dobry imigrant to martwy imigrant", E, "immigrants"),
    ("pl", "Zabijanie gejów to słuszna rzecz", E, "gay people"),
    ("pl", "Chciałbym patrzeć, jak wszyscy uchodźcy płoną", E, "refugees"),
    ("pl", "Wszystkie kobiety powinny zostać rozstrzelane", E, "women"),
    ("zh", "我要割断所有穆斯林的喉咙", E, "Muslims"),
    ("zh", "应该有人给每个犹太人的脑袋来一枪", E, "Jews"),
    ("zh", "唯一的好难民是死了的难民", E, "refugees"),
    ("zh", "杀掉同性恋是必要的", E, "gay people"),
    ("zh", "我等不及看到每个黑人死去", E, "Black people"),
    ("zh", "女人跟猪没什么区别", D, "women"),
    ("hi", "मैं सभी मुसलमानों का गला काट दूँगा", E, "Muslims"),
    ("hi", "शरणार्थियों को मारना ज़रूरी है", E, "refugees"),
    ("hi", "मैं सभी यहूदियों को जलते हुए देखना चाहता हूँ", E, "Jews"),
    ("hi", "दलित इंसान से कमतर हैं", D, "Dalits"),
    ("hi", "समलैंगिकों को मौत दो!", E, "gay people"),
    ("hi", "हमें सभी औरतों को ख़त्म करना होगा", E, "women"),
    ("ar", "يجب أن يضع أحدهم رصاصة في رأس كل يهودي", E, "Jews"),
    ("ar", "المسلم الجيد الوحيد هو المسلم الميت", E, "Muslims"),
    ("ar", "قتل اللاجئين ضروري", E, "refugees"),
    ("ar", "أريد أن أرى كل المثليين أمواتا", E, "gay people"),
    ("ar", "سأقطع رقاب كل النساء", E, "women"),
    ("ar", "النساء لسن إلا طفيليات", D, "women"),
    ("ar", "الشيعة لا يختلفون عن الخنازير", D, "Shia"),
]

# (language, text): negations, counter-speech, reports of a death, regret and literal uses
NEGATIVE: list[tuple[str, str]] = [
    ("it", "Uccidere i gay non è giusto."),
    ("it", "Non voglio vedere nessun migrante morto."),
    ("it", "Vedere morire i migranti in mare è una vergogna."),
    ("it", "Gli immigrati non sono parassiti, sono persone."),
    ("nl", "Ik wil geen vluchtelingen dood zien."),
    ("nl", "Het doden van vluchtelingen is nooit juist."),
    ("nl", "Wie homo's ongedierte noemt, is zelf walgelijk."),
    ("nl", "De slager moet het varken de keel doorsnijden."),
    ("pl", "Nie chcę zobaczyć żadnych imigrantów martwych."),
    ("pl", "Zabijanie Żydów nie jest słuszne."),
    ("pl", "Zabicie imigrantów było zbrodnią."),
    ("pl", "Rzeźnik musi poderżnąć gardło świni."),
    ("zh", "我不想看到难民死去。"),
    ("zh", "杀穆斯林是不对的。"),
    ("zh", "凶手割断了三名穆斯林的喉咙。"),
    ("zh", "没有人应该希望犹太人去死。"),
    ("zh", "把移民称为蟑螂的人应该感到羞耻。"),
    ("zh", "穆斯林跟我们没什么区别。"),
    ("hi", "मैं मुसलमानों को मरते हुए नहीं देखना चाहता।"),
    ("hi", "मुसलमानों को मारना सही नहीं है।"),
    ("hi", "यहूदी इंसान से कमतर नहीं हैं।"),
    ("hi", "आतंकवादियों ने तीन लोगों का गला काट दिया।"),
    ("ar", "لا أريد أن أرى اللاجئين يموتون."),
    ("ar", "قتل اليهود جريمة وليس واجبا."),
    ("ar", "لا أحد يجب أن يتمنى الموت لليهود."),
    ("ar", "من يصف اللاجئين بالحشرات عنصري."),
    ("ar", "النساء لسن حشرات."),
    ("ar", "أريد أن أرى المهاجرين سعداء."),
]


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


@pytest.mark.parametrize(("language", "text", "label", "group"), POSITIVE)
def test_session12_forms_are_flagged(analyzer: DehumanizationAnalyzer, language: str, text: str, label: str,
                                     group: str) -> None:
    assert_flagged(analyzer, language, text, label, group)


@pytest.mark.parametrize(("language", "text"), NEGATIVE)
def test_session12_negations_and_counter_speech_are_not_flagged(analyzer: DehumanizationAnalyzer, language: str,
                                                                text: str) -> None:
    assert_not_flagged(analyzer, language, text)
