"""Event dates resolved against the publication date (nlp/dates.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.dates import resolve_event_date

PUBLISHED = datetime(2024, 3, 14, 9, 30, tzinfo=UTC)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed five people on Tuesday.", date(2024, 3, 12)),
    ("Gunmen killed five people on Thursday.", date(2024, 3, 14)),
    ("Gunmen killed five people last Thursday.", date(2024, 3, 7)),
    ("Five people were killed yesterday.", date(2024, 3, 13)),
    ("An overnight attack killed five.", date(2024, 3, 13)),
    ("Fighting resumed last night.", date(2024, 3, 13)),
    ("Police said today that 3 were shot.", date(2024, 3, 14)),
    ("Clashes broke out last week.", date(2024, 3, 7)),
    ("The attack on 3 March killed 12.", date(2024, 3, 3)),
    ("The attack on March 20 killed 12.", date(2023, 3, 20)),  # a future day means last year
    ("The attack on March 20, 2022 killed 12.", date(2022, 3, 20)),
    ("Des hommes armés ont tué dix personnes hier.", date(2024, 3, 13)),
    ("L'attaque du 12 mars 2023 a fait dix morts.", date(2023, 3, 12)),
    ("Hombres armados mataron a cinco personas el lunes.", date(2024, 3, 11)),
    ("Ataque deixou cinco mortos ontem.", date(2024, 3, 13)),
    ("قتل خمسة أشخاص أمس", date(2024, 3, 13)),
    ("Report dated 2024-02-01 lists the attack.", date(2024, 2, 1)),
])
def test_relative_and_explicit_dates(text: str, expected: date) -> None:
    assert resolve_event_date(text, PUBLISHED) == expected


def test_no_date_expression_gives_none() -> None:
    assert resolve_event_date("Gunmen killed five people in the village.", PUBLISHED) is None


def test_relative_dates_need_a_publication_date() -> None:
    assert resolve_event_date("Five people were killed yesterday.", None) is None
    assert resolve_event_date("The attack on 3 March 2024 killed 12.", None) == date(2024, 3, 3)


def test_late_on_a_weekday_is_that_weekday() -> None:
    assert resolve_event_date("Gunmen killed 5 people late on Saturday.", date(2026, 3, 10)) == date(2026, 3, 7)


def test_the_day_a_statement_was_made_is_not_the_event_date() -> None:
    text = "Gunmen killed 5 people on Friday, police said on Monday."
    assert resolve_event_date(text, date(2026, 3, 10)) == date(2026, 3, 6)
    assert resolve_event_date("La police a déclaré lundi que des hommes armés ont tué 5 personnes vendredi.",
                              date(2026, 3, 10)) == date(2026, 3, 6)


@pytest.mark.parametrize(("text", "expected"), [
    ("Bewaffnete töteten am Samstag 30 Menschen.", date(2026, 3, 7)),
    ("Am 3. März wurden zehn Soldaten getötet.", date(2026, 3, 3)),
    ("В субботу боевики убили 12 человек.", date(2026, 3, 7)),
    ("Вчора внаслідок обстрілу загинули двоє людей.", date(2026, 3, 9)),
    ("Watu 20 waliuawa Jumamosi mjini Beni.", date(2026, 3, 7)),
    ("'Yan bindiga sun kashe mutane 15 ranar Asabar.", date(2026, 3, 7)),
])
def test_german_russian_ukrainian_swahili_hausa_dates(text: str, expected: date) -> None:
    assert resolve_event_date(text, datetime(2026, 3, 10, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "day"), [
    ("Gunmen killed 12 people two days ago.", date(2026, 11, 17)),
    ("Des hommes armés ont tué 12 personnes il y a trois jours.", date(2026, 11, 16)),
    ("Hombres armados mataron a 12 personas hace dos días.", date(2026, 11, 17)),
    ("Bewaffnete töteten vor zwei Tagen zwölf Menschen.", date(2026, 11, 17)),
])
def test_a_few_days_ago(text: str, day: date) -> None:
    assert resolve_event_date(text, date(2026, 11, 19)) == day
