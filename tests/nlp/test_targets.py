from nlp.lexicons import LexiconMatcher, load_lexicons
from nlp.targets import find_targets, normalize_group


def test_gazetteer_targets_are_normalized() -> None:
    comp = LexiconMatcher(load_lexicons()).languages["en"]
    sentence = "The refugees and the Tutsi, Muslims and protesters were named."
    names = [t.normalized for t in find_targets(sentence, comp)]
    assert names == ["refugees", "Tutsi", "Muslims", "protesters"]


def test_targets_in_other_languages_map_to_english_names() -> None:
    matcher = LexiconMatcher(load_lexicons())
    assert [t.normalized for t in find_targets("Les réfugiés sont arrivés", matcher.languages["fr"])] == ["refugees"]
    assert [t.normalized for t in find_targets("Watu hawa ni nyoka", matcher.languages["sw"])] == ["those people"]


def test_norp_entities_are_added_without_duplicates() -> None:
    comp = LexiconMatcher(load_lexicons()).languages["en"]
    sentence = "The Rohingya and the Bamar"
    targets = find_targets(sentence, comp, offset=10, norp=[(4, 12, "Rohingya"), (21, 26, "Bamar")])
    assert [t.normalized for t in targets] == ["Rohingya", "Bamar"]
    assert targets[1].start == 31


def test_normalize_group_drops_article() -> None:
    assert normalize_group("the Hutu ") == "Hutu"
    assert normalize_group("les Peuls") == "Peuls"
