"""Criminal or political violence: the ``criminal`` marker of an event mention.

ACLED records political violence and leaves ordinary crime out; an early-warning monitor should
not count a robbery, a cartel hit or a domestic murder as a sign of mass-atrocity risk. A mention
gets the ``criminal`` marker when its sentence names a criminal motive or actor (robbery, theft,
gangs, cartels, drug trafficking, extortion, score-settling, a family or personal dispute) and
nothing political (armed groups, insurgents, militias, security forces, protests, elections,
ethnic, religious or communal motives), or names neither in an article that is mostly about crime.
Alerts can then down-weight it; it stays a stored event.
Rules on folded text (lower case, Latin accents removed), en/fr/es/pt/ar.
"""

from __future__ import annotations

import functools
import re

__all__ = ["CONTEXT_VERSION", "criminal_document", "is_criminal"]

CONTEXT_VERSION = "event-context.v1"

_CRIMINAL = (
    # robbery and theft
    r"robber", r"robbing", r"burglar", r"thie(f|ves)", r"theft", r"mugg(ed|ing|er)", r"carjack", r"hold-?up",
    r"braquage", r"braqueur", r"cambriol", r"voleurs?\b", r"vol a main armee", r"atraco", r"asalt(o|ante)s? a",
    r"ladron", r"\brobo\b", r"assalto", r"ladr(ao|oes)", r"\broubo", r"سرقة", r"لصوص",
    # gangs, cartels, organised crime
    r"gang(s|ster|sters|land)?\b(?!-?rap)", r"cartel", r"narco", r"drug (traffick|deal|lord|gang|smuggl)",
    r"trafficker", r"sicario", r"pandill", r"\bmaras?\b", r"ms-13", r"barrio 18", r"\bcjng\b",
    r"comando vermelho", r"\bpcc\b", r"faccao", r"extort", r"racket", r"mafia", r"ndrangheta", r"camorra",
    r"yakuza", r"\btriads?\b", r"hit ?m[ae]n\b", r"contract killing", r"score-?settling", r"settling of scores",
    r"ajuste de cuentas", r"reglement de comptes?", r"acerto de contas", r"turf war", r"organi[sz]ed crime",
    r"crimen organizado", r"crime organise", r"crime organizado", r"trafic de drogue", r"narcotrafic",
    r"trafico de drogas", r"criminal (group|gang|organi[sz]ation|network)s?", r"تجار المخدرات", r"عصابة",
    # personal and domestic violence
    (r"(killed|murdered|stabbed|strangled|shot|beat|hacked) (his|her) (wife|husband|mother|father|son|daughter"
     r"|girlfriend|boyfriend|partner|brother|sister|neighbou?r|uncle|aunt|cousin|in-laws?)"),
    r"domestic (violence|dispute|abuse)", r"dowry", r"family (dispute|feud|quarrel)",
    r"personal (enmity|dispute|rivalry)",
    r"property dispute", r"love affair", r"honou?r killing", r"femicid", r"feminicid", r"violence conjugale",
    r"violencia (domestica|intrafamiliar)", r"violencia de genero", r"drunken (brawl|quarrel)", r"bar fight",
)
_POLITICAL = (
    r"militant", r"rebel", r"jihad", r"insurg", r"terroris", r"militia", r"guerr?ill", r"separatist", r"armed group",
    r"soldier", r"troops", r"\barmy\b", r"military", r"security forces", r"paramilitar", r"protest", r"demonstrat",
    r"election", r"electoral", r"political", r"politician", r"opposition", r"ruling party", r"party (worker|activist|supporter)s?",
    r"ethnic", r"sectarian", r"communal", r"religious", r"\bmosque", r"\bchurch", r"\btemple", r"genocid",
    r"boko haram", r"iswap", r"islamic state", r"\bisis\b", r"shabaab", r"\bjnim\b", r"taliban", r"hamas", r"houthi",
    r"\bfarc\b", r"\beln\b", r"\bm23\b", r"\badf\b", r"wagner", r"rapid support forces", r"\brsf\b", r"maoist", r"naxal",
    r"manifestant", r"manifestacion", r"rebelle", r"djihad", r"soldat", r"armee", r"ejercito", r"exercito",
    r"milic(e|ia)s?\b", r"politique", r"politic[oa]", r"etni", r"ethnique", r"مسلح", r"جيش", r"ارهاب", r"إرهاب", r"طائف",
)


@functools.cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + ")", re.UNICODE)


def is_criminal(folded: str, document_criminal: bool = False) -> bool:
    """True when the sentence gives a criminal or personal motive or actor and no political one, or
    names neither in an article that is about crime (``criminal_document``)."""
    if _pattern(_POLITICAL).search(folded) is not None:
        return False
    return document_criminal or _pattern(_CRIMINAL).search(folded) is not None


def criminal_document(folded: str) -> bool:
    """An article about crime: at least two criminal cues and at least twice as many as political
    ones ("The killing of four people may be the EPL's way..." in a story about drug corridors)."""
    criminal = len(_pattern(_CRIMINAL).findall(folded))
    return criminal >= 2 and criminal >= 2 * len(_pattern(_POLITICAL).findall(folded))
