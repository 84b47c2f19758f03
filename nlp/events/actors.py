"""Perpetrator and victim group of an event sentence, and the atrocity markers.

A lexicon approach: the first perpetrator term before the violence verb, the first victim term
after it (or the subject of a passive "villagers were killed"). Names are normalized to short
snake_case-free labels ("gunmen", "security forces", "Boko Haram", "civilians", "Muslims").
"""

from __future__ import annotations

import functools
import re

from nlp.events.context import is_criminal

__all__ = ["find_actors", "markers_for", "trigger_position"]

_PERPETRATORS = {
    "security forces": ("security forces", "forces de securite", "fuerzas de seguridad", "forcas de seguranca",
                        "قوات الأمن"),
    "military": ("soldiers", "troops", "army", "military", "armee", "soldats", "ejercito", "militares",
                 "exercito", "الجيش", "جنود", "idf", "air force", "navy"),
    "police": ("police", "policemen", "police officers", "policia", "الشرطة", "polis", "jandarma"),
    "gunmen": ("gunmen", "gunman", "armed men", "hommes armes", "hombres armados", "homens armados", "مسلحون"),
    "jihadists": ("jihadists", "jihadist", "islamists", "djihadistes"),
    "militants": ("militants", "insurgents", "terrorists", "terroristes", "terroristas", "إرهابيون", "teroristler"),
    "rebels": ("rebels", "rebelles", "rebeldes", "separatist rebels", "guerrillas", "guerrilleros"),
    "militia": ("militia", "militiamen", "milices", "milicia", "ميليشيا"),
    "bandits": ("bandits", "bandidos"),
    "mob": ("mob", "mobs", "rioters", "turba"),
    "attackers": ("attackers", "assailants", "assaillants", "atacantes", "agresores"),
    "gang": ("gang", "gangs", "cartel", "pandilla", "gangue", "faccao"),
    "Boko Haram": ("boko haram",), "ISWAP": ("iswap",), "Islamic State": ("islamic state", "isis", "daesh"),
    "al-Shabaab": ("al-shabaab", "al shabaab", "shabaab"), "JNIM": ("jnim",),
    "Rapid Support Forces": ("rapid support forces", "rsf"), "M23": ("m23",), "ADF": ("adf",),
    "Taliban": ("taliban",), "Hamas": ("hamas",), "Hezbollah": ("hezbollah",), "Houthis": ("houthi",),
    "FARC dissidents": ("farc",), "ELN": ("eln",), "Wagner": ("wagner",), "junta": ("junta",),
}
_VICTIMS = {
    "civilians": ("civilians", "civils", "civiles", "civis", "مدنيين", "مدنيون"),
    "villagers": ("villagers", "villageois", "aldeanos", "aldeoes", "residents", "habitants", "pobladores"),
    "protesters": ("protesters", "demonstrators", "manifestants", "manifestantes", "متظاهرين"),
    "soldiers": ("soldiers", "troops", "soldats", "soldados", "جنود"),
    "police": ("police officers", "policemen", "policiers", "policias"),
    "passengers": ("passengers", "passagers", "pasajeros", "passageiros"),
    "students": ("students", "schoolchildren", "schoolgirls", "schoolboys", "eleves", "estudiantes"),
    "children": ("children", "enfants", "ninos", "criancas", "أطفال"),
    "women": ("women", "girls", "femmes", "mujeres", "mulheres"),
    "worshippers": ("worshippers", "fideles", "congregation"),
    "farmers": ("farmers", "herders", "agriculteurs", "campesinos", "agricultores"),
    "journalists": ("journalists", "journalistes", "periodistas", "jornalistas", "صحفيين"),
    "aid workers": ("aid workers", "humanitarian workers", "humanitaires"),
    "displaced people": ("displaced people", "idps", "refugees", "deplaces", "desplazados"),
    "guests": ("guests", "wedding party", "invites"),
    "activists": ("activists", "opposition activists", "militants des droits", "activistas", "lideres sociales"),
}
IDENTITY_GROUPS = {
    "Muslims": ("muslims", "muslim", "musulmans", "musulmanes", "مسلمين"), "Christians": ("christians", "christian", "chretiens",
                                                                                        "cristianos", "مسيحيين"),
    "Hindus": ("hindus",), "Rohingya": ("rohingya",), "Tutsi": ("tutsi",), "Hutu": ("hutu",),
    "Fulani": ("fulani", "peul", "peuls"), "Yazidis": ("yazidi",), "Uyghurs": ("uyghur", "uighur"),
    "Jews": ("jews", "jewish", "juifs"), "Kurds": ("kurds", "kurdish"), "Masalit": ("masalit",),
    "Amhara": ("amhara",), "Tigrayans": ("tigrayan",), "Alawites": ("alawite",), "Druze": ("druze",),
    "Shia": ("shia", "shiite"), "Sunni": ("sunni",), "Ahmadis": ("ahmadi",), "Dalits": ("dalit",),
    "Hazara": ("hazara",), "Dogon": ("dogon",), "Hema": ("hema",), "Lendu": ("lendu",), "Banyamulenge": ("banyamulenge",),
}
_IDENTITY_PHRASES = ("ethnic", "religious", "sectarian", "because of their faith", "because of their religion",
                     "because of their ethnicity", "owned by", "ethnique", "etnic", "genocid")


@functools.cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def _first(folded: str, lexicon: dict[str, tuple[str, ...]], start: int = 0, end: int | None = None
           ) -> tuple[str, int] | None:
    best: tuple[str, int] | None = None
    for label, words in lexicon.items():
        m = _pattern(words).search(folded, start, len(folded) if end is None else end)
        if m and (best is None or m.start() < best[1]):
            best = (label, m.start())
    return best


def _last(folded: str, lexicon: dict[str, tuple[str, ...]], end: int) -> tuple[str, int] | None:
    """The lexicon term that starts last before ``end``."""
    found = [(m.start(), label) for label, words in lexicon.items() for m in _pattern(words).finditer(folded, 0, end)]
    if not found:
        return None
    start, label = max(found)
    return label, start


def trigger_position(folded: str) -> int:
    """Where the violence word of a folded sentence is (0 when none is found): actors are read around it."""
    m = re.search(r"kill|dead|attack|tue|muert|mort|قتل|shot|bomb|strike|clash|kidnap|abduct|arrest|fled", folded)
    return m.start() if m else 0


_PASSIVE_BEFORE = re.compile(r"[^,;]*?\b(?:were|was|have been|had been|has been|got)\s+(?:\w+\s+)?$")
_BY_AGENT = re.compile(r"\bby\b")


def find_actors(folded: str, trigger_at: int) -> tuple[str | None, str | None]:
    """(perpetrator, victim group) around the trigger position in the folded sentence."""
    perpetrator = _first(folded, _PERPETRATORS, 0, trigger_at) or _first(folded, _PERPETRATORS, trigger_at)
    nearest = _last(folded, _PERPETRATORS, trigger_at)
    if nearest and _PASSIVE_BEFORE.fullmatch(folded, nearest[1], trigger_at):
        # "two police officers were killed when ...": the passive subject is who was harmed; the perpetrator, if
        # any, is the agent after the verb ("by militants")
        by = _BY_AGENT.search(folded, trigger_at)
        agent = _first(folded, _PERPETRATORS, by.end()) if by else None
        return (agent[0] if agent else None), nearest[0]
    victims = {**IDENTITY_GROUPS, **_VICTIMS}
    victim = (_first(folded, IDENTITY_GROUPS, trigger_at) or _first(folded, victims, trigger_at)
              or _first(folded, victims, 0, trigger_at))
    if perpetrator and victim and perpetrator[1] == victim[1]:
        victim = _first(folded, victims, perpetrator[1] + 1)
    return (perpetrator[0] if perpetrator else None), (victim[0] if victim else None)


def markers_for(folded: str, type_: str, sub_type: str | None, fatalities: int | None,
                criminal_document: bool = False) -> list[str]:
    """Atrocity markers: ``mass_killing`` (a massacre, or 10+ killed in an attack on civilians) and
    ``identity_targeted`` (victims named by ethnicity or religion, or the text says so); and the
    context marker ``criminal`` (robbery, gangs, cartels, domestic murder: see nlp/events/context.py)."""
    markers: list[str] = []
    civilian_attack = type_ in {"violence_against_civilians", "remote_violence", "riot"}
    if sub_type == "massacre" or (civilian_attack and (fatalities or 0) >= 10):
        markers.append("mass_killing")
    identity = _first(folded, IDENTITY_GROUPS) is not None or any(p in folded for p in _IDENTITY_PHRASES)
    if identity and type_ not in {"protest", "arrest", "battle"}:
        markers.append("identity_targeted")
    if type_ != "protest" and not identity and is_criminal(folded, criminal_document):
        markers.append("criminal")
    return markers
