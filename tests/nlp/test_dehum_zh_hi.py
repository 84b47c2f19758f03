"""Behaviour in Mandarin Chinese (zh) and Hindi (hi): the classic forms fire with label and target; threats and calls
are eliminationist; literal uses, reports of killings, negated terms and counter-speech are no findings.

The sentences below were WRITTEN BY THE TOCSIN TEAM from general linguistic knowledge (no dataset text, not
native-speaker reviewed). They are a small behaviour check per language, not a training or evaluation set.
Chinese is segmented into words by jieba before the scan (``nlp.dehumanization.obfuscation.readable``), and findings
point back into the original, unspaced text.
"""

from __future__ import annotations

import pytest

from nlp import NlpSettings, TextContext
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer
from nlp.dehumanization.obfuscation import readable

D, E = "dehumanization", "eliminationist"

# (language, text, label that must be among the finding's labels, normalized target group)
POSITIVE: list[tuple[str, str, str, str]] = [
    ("zh", "穆斯林都是害虫", D, "Muslims"),
    ("zh", "黑人就是一群畜生", D, "Black people"),
    ("zh", "维吾尔人不是人", D, "Uyghurs"),
    ("zh", "外国人是社会的毒瘤", D, "foreigners"),
    ("zh", "移民像蝗虫一样涌进来", D, "immigrants"),
    ("zh", "藏人是劣等民族", D, "Tibetans"),
    ("zh", "這些穆斯林都是蟑螂", D, "Muslims"),  # traditional characters
    ("zh", "同性恋就是一种病毒，必须铲除", E, "gay people"),
    ("zh", "消灭同性恋！", E, "gay people"),
    ("zh", "犹太人该死", E, "Jews"),
    ("hi", "मुसलमान कीड़े हैं", D, "Muslims"),
    ("hi", "सारे मुल्ले जानवर हैं", D, "Muslims"),
    ("hi", "घुसपैठिए दीमक हैं जो देश को खा रहे हैं", D, "immigrants"),
    ("hi", "रोहिंग्या इस देश के लिए नासूर हैं", D, "Rohingya"),
    ("hi", "हिजड़े इंसान नहीं हैं", D, "trans people"),
    ("hi", "बांग्लादेशी घुसपैठिए कॉकरोच की तरह हैं", D, "Bangladeshis"),
    ("hi", "दलित गंदगी हैं", D, "Dalits"),
    ("hi", "रोहिंग्याओं का सफाया करना चाहिए", E, "Rohingya"),
]

# threats and calls to kill a group: eliminationist
THREATS: list[tuple[str, str, str]] = [
    ("zh", "应该杀光所有穆斯林", "Muslims"),
    ("zh", "把绿绿都杀了！", "Muslims"),
    ("zh", "我要烧死这些穆斯林", "Muslims"),
    ("zh", "台独分子都该被枪毙", "Taiwan independence supporters"),
    ("zh", "日本鬼子都去死吧", "Japanese"),
    ("hi", "मुसलमानों को मार डालो", "Muslims"),
    ("hi", "इन कटुओं को गोली मार दो", "Muslims"),
    ("hi", "दलितों को फांसी पर लटका दो", "Dalits"),
    ("hi", "मैं इन मुसलमानों को मार डालूँगा", "Muslims"),
    ("hi", "समलैंगिकों को मर जाना चाहिए", "gay people"),
]

# literal uses of the same words
BENIGN: list[tuple[str, str]] = [
    ("zh", "厨房里有蟑螂"),
    ("zh", "灭鼠公司消灭了老鼠"),
    ("zh", "癌症病人需要更多关怀"),
    ("zh", "他在医院接受癌症治疗"),
    ("zh", "花园里的杂草太多了"),
    ("zh", "我们必须消灭贫困"),
    ("hi", "रसोई में कॉकरोच हैं"),
    ("hi", "पेस्ट कंट्रोल वालों ने चूहों को मार दिया"),
    ("hi", "मेरे पिता का कैंसर का इलाज अस्पताल में चल रहा है"),
    ("hi", "खेत में बहुत खरपतवार है"),
    ("hi", "मेरा कुत्ता बहुत प्यारा है"),
    ("hi", "पुलिस ने घर-घर तलाशी ली"),
]

# reports of killings: a violence verb without intent is no rhetoric
REPORTS: list[tuple[str, str]] = [
    ("zh", "士兵杀死了三名平民"),
    ("zh", "武装分子昨天枪杀了二十名穆斯林"),
    ("zh", "日本人在南京屠杀了三十万中国人"),
    ("hi", "सैनिकों ने तीन नागरिकों को मार डाला"),
    ("hi", "दंगों में बीस मुसलमान मारे गए"),
    ("hi", "मुसलमानों की हत्या की जांच होनी चाहिए"),
]

# a negation before the term takes it back
NEGATED: list[tuple[str, str]] = [
    ("zh", "难民不是害虫"),
    ("zh", "穆斯林不该死"),
    ("zh", "不要把穆斯林称为蟑螂"),
    ("hi", "मुसलमानों को मत मारो"),
    ("hi", "हमें दलितों को नहीं मारना चाहिए"),
]

# counter-speech with nobody quoted
COUNTER: list[tuple[str, str]] = [
    ("zh", "说难民是害虫是种族主义"),
    ("zh", "把难民比作老鼠是非人化的言论，令人愤怒"),
    ("hi", "मुसलमानों को कीड़े कहना गलत है"),
]


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


def _findings(analyzer: DehumanizationAnalyzer, text: str, lang: str):
    return analyzer.analyze(text, TextContext(language=lang)).findings


def test_both_languages_are_covered() -> None:
    for cases in (POSITIVE, THREATS, BENIGN, REPORTS, NEGATED, COUNTER):
        assert {c[0] for c in cases} == {"zh", "hi"}


@pytest.mark.parametrize(("lang", "text", "label", "target"), POSITIVE)
def test_classic_forms_fire_with_label_and_target(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                                  label: str, target: str) -> None:
    findings = _findings(analyzer, text, lang)
    assert len(findings) == 1, f"{lang}: no finding for {text!r}"
    assert label in findings[0].labels
    assert target in findings[0].target_groups


@pytest.mark.parametrize(("lang", "text", "target"), THREATS)
def test_threats_and_calls_are_eliminationist(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                              target: str) -> None:
    findings = _findings(analyzer, text, lang)
    assert len(findings) == 1, f"{lang}: no finding for {text!r}"
    assert "eliminationist" in findings[0].labels and target in findings[0].target_groups


@pytest.mark.parametrize(("lang", "text"), BENIGN + REPORTS + NEGATED + COUNTER)
def test_literal_reported_negated_and_counter_speech_do_not_fire(analyzer: DehumanizationAnalyzer, lang: str,
                                                                 text: str) -> None:
    assert _findings(analyzer, text, lang) == [], f"{lang}: {text!r}"


@pytest.mark.parametrize("text", ["मुसलमान कीड़े नहीं हैं", "मुसलमान इंसान हैं, कीड़े नहीं", "मुसलमान सुअर नहीं खाते"])
def test_hindi_negation_after_the_predicate_takes_the_term_back(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert _findings(analyzer, text, "hi") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "我的穆斯林邻居人很好。厨房里的蟑螂是害虫。"),
    ("hi", "मेरे मुसलमान पड़ोसी अच्छे हैं। रसोई में कॉकरोच कीड़े हैं।"),
])
def test_chinese_and_hindi_full_stops_end_sentences(analyzer: DehumanizationAnalyzer, lang: str, text: str) -> None:
    assert _findings(analyzer, text, lang) == []


def test_a_hindi_word_with_a_one_character_nukta_letter_matches(analyzer: DehumanizationAnalyzer) -> None:
    text = "मुसलमान की\u095c\u0947 हैं"  # ड़ typed as one character (U+095C)
    [finding] = _findings(analyzer, text, "hi")
    assert finding.evidence[0].text == "की\u095c\u0947"


def test_chinese_is_read_as_words_and_evidence_maps_back_to_the_original(analyzer: DehumanizationAnalyzer) -> None:
    # the analyzer's matcher has added the lexicon's words to jieba's dictionary
    copy, offsets = readable("穆斯林都是害虫")
    assert copy.split() == ["穆斯林", "都是", "害虫"]
    assert offsets is not None and copy.replace(" ", "") == "穆斯林都是害虫"
    start = copy.index("害虫")
    assert (offsets.start(start), offsets.end(start + 2)) == (5, 7)

    text = "我告诉你，维吾尔人都是寄生虫，必须消灭！"
    (finding,) = _findings(analyzer, text, "zh")
    assert set(finding.labels) == {D, E} and finding.target_groups == ["Uyghurs"]
    assert [ev.text for ev in finding.evidence] == ["寄生虫", "消灭"]
    for ev in finding.evidence:
        assert text[ev.start:ev.end] == ev.text  # the original, unspaced text
    assert finding.sentence.text == text[finding.sentence.start:finding.sentence.end] == text
