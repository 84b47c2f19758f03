from nlp.lexicons import LexiconMatcher, load_lexicons
from nlp.targets import find_targets, is_place_name, normalize_group


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


def test_place_names_are_not_groups_but_their_inhabitants_are() -> None:
    comp = LexiconMatcher(load_lexicons()).languages["en"]
    # spaCy tags "Ituri" NORP in "the Ituri rebels": a province, not a group (the rebels are the group)
    sentence = "The Ituri rebels are rats."
    names = [t.normalized for t in find_targets(sentence, comp, norp=[(4, 9, "Ituri")])]
    assert names == ["rebels"]
    inhabitants = "The people of Kivu are vermin."
    targets = find_targets(inhabitants, comp, places=[(14, 18, "Kivu")])
    assert [(t.text, t.normalized) for t in targets] == [("people of Kivu", "people of Kivu")]
    assert find_targets("Ituri is a plague on this country.", comp, places=[(0, 5, "Ituri")]) == []


def test_demonyms_stay_groups() -> None:
    comp = LexiconMatcher(load_lexicons()).languages["en"]
    targets = find_targets("The Congolese are a disease.", comp, norp=[(4, 13, "Congolese")])
    assert [t.normalized for t in targets] == ["Congolese"]
    assert is_place_name("Ituri") and is_place_name("Kivu") and not is_place_name("Congolese")
