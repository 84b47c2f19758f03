"""The date of an event, resolved against the publication date of the report.

Conventions (docs/events.md): "yesterday"/"last night"/"overnight" = the day before publication;
"today"/"this morning" = the publication day; a weekday ("on Tuesday") = the latest such day on or
before publication; "last week" = seven days before publication; an explicit day without a year
takes the year that puts it on or before publication. Without any expression the event date is
unknown (None); callers may fall back to the publication day and say so.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

__all__ = ["resolve_event_date"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    # German (folded: "März" -> "marz")
    "januar": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    # Russian and Ukrainian, the genitive of a date ("12 марта", "12 березня")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12, "січня": 1, "лютого": 2, "березня": 3, "квітня": 4,
    "травня": 5, "червня": 6, "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
    "segunda-feira": 0, "terca-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
    "الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
    "الاحد": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5,
    "sonntag": 6,
    # Russian and Ukrainian after "в"/"у" (accusative), folded ("й" -> "и", "ї" -> "і")
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6,
    "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4, "суботу": 5, "неділю": 6,
    "jumatatu": 0, "jumanne": 1, "jumatano": 2, "alhamisi": 3, "ijumaa": 4, "jumamosi": 5, "jumapili": 6,
    "litinin": 0, "talata": 1, "laraba": 2, "alhamis": 3, "asabar": 5, "lahadi": 6,
}
_RELATIVE = [  # (pattern on folded text, days before publication)
    (r"\b(the day before yesterday|avant-hier|anteayer|anteontem|vorgestern|позавчера|позавчора)\b", 2),
    ((r"\b(yesterday|last night|overnight|hier|la nuit derniere|ayer|anoche|ontem|"
     r"durante la noche|pendant la nuit|gestern|in der nacht|вчера|вчора|ночью|вночі|jana|jiya)\b|أمس|البارحة"), 1),
    ((r"\b(today|this morning|earlier today|this afternoon|this evening|tonight|aujourd'hui|ce matin|hoy|"
     r"esta manana|hoje|esta manha|heute|сегодня|сьогодні|leo|yau)\b|اليوم"), 0),
    ((r"\b(last week|la semaine derniere|la semana pasada|a semana passada|na semana passada|letzte woche|"
      r"vergangene woche|на прошлой неделе|минулого тижня)\b|الأسبوع الماضي"), 7),
]
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?({_MONTH_NAMES})\.?(?:\s+(?:de\s+)?(\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", re.sub("[\u0640\u064B-\u0652\u0670]", "", text.lower()))
    kept = "".join(ch for ch in text if not unicodedata.combining(ch) or "\u0600" <= ch <= "\u06ff")
    return unicodedata.normalize("NFC", kept)


def _explicit(folded: str, published: date | None) -> date | None:
    for rx, order in ((_ISO, "ymd"), (_DAY_MONTH, "dmy"), (_MONTH_DAY, "mdy")):
        m = rx.search(folded)
        if not m:
            continue
        try:
            if order == "ymd":
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            day, month, year = ((m.group(1), m.group(2), m.group(3)) if order == "dmy"
                                else (m.group(2), m.group(1), m.group(3)))
            return _with_year(int(day), _MONTHS[month], int(year) if year else None, published)
        except ValueError:
            continue
    return None


def _with_year(day: int, month: int, year: int | None, published: date | None) -> date | None:
    if year is not None:
        return date(year, month, day)
    if published is None:
        return None
    candidate = date(published.year, month, day)
    return candidate if candidate <= published + timedelta(days=1) else date(published.year - 1, month, day)


# the day something was said, not done: "killed five people on Friday, police said on Monday"
_SAID_ON = re.compile(r"\b(?:said|says|told \w+|announced|reported|added|confirmed|stated|a declare|a indique|ont indique|"
                      r"a annonce|dijo|dijeron|informo|anuncio|disse|disseram|afirmou|informou)\s+(?:on |le |el |na |no |o )?$")


def _weekday(folded: str, published: date) -> date | None:
    """The first weekday named in ``folded`` that is not the day of a statement, as the last such day on or before
    publication ("last Tuesday" in a Tuesday article is a week back)."""
    found: list[tuple[int, str, int]] = []
    for name, index in _WEEKDAYS.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            if not _SAID_ON.search(folded[max(0, m.start() - 30):m.start()]):
                found.append((m.start(), name, index))
    if not found:
        return None
    _, name, index = min(found)
    back = (published.weekday() - index) % 7
    if re.search(rf"(last|dernier|pasado|passad[oa])\s+{re.escape(name)}", folded) and back == 0:
        back = 7
    return published - timedelta(days=back)


def resolve_event_date(text: str, published_at: datetime | date | None) -> date | None:
    """The event date stated or implied in ``text``, or None when it says nothing about when."""
    published = published_at.date() if isinstance(published_at, datetime) else published_at
    folded = _fold(text)
    explicit = _explicit(folded, published)
    if explicit is not None:
        return explicit
    if published is None:
        return None
    for pattern, days in _RELATIVE:
        if re.search(pattern, folded):
            return published - timedelta(days=days)
    ago = _DAYS_AGO.search(folded)
    if ago:
        return published - timedelta(days=_FEW[next(g for g in ago.groups() if g)])
    return _weekday(folded, published)


# "two days ago", "il y a trois jours", "hace dos días", "há dois dias", "vor drei Tagen" (folded: no accents)
_FEW = {"a": 1, "one": 1, "un": 1, "une": 1, "uno": 1, "um": 1, "einem": 1, "two": 2, "deux": 2, "dos": 2, "dois": 2,
        "zwei": 2, "three": 3, "trois": 3, "tres": 3, "drei": 3, "four": 4, "quatre": 4, "cuatro": 4, "quatro": 4,
        "vier": 4, "five": 5, "cinq": 5, "cinco": 5, "funf": 5, "six": 6, "seis": 6, "sechs": 6,
        **{str(n): n for n in range(1, 7)}}
_FEW_WORDS = "|".join(sorted(_FEW, key=len, reverse=True))
_DAYS_AGO = re.compile(rf"\b({_FEW_WORDS}) days? ago\b|\bil y a ({_FEW_WORDS}) jours?\b|\bhace ({_FEW_WORDS}) dias?\b"
                       rf"|\bha ({_FEW_WORDS}) dias?\b|\bvor ({_FEW_WORDS}) tag(?:en)?\b")
