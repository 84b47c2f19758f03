"""The sides of a fight named beside a count of the dead: "12 Naxals were killed, while one jawan was martyred",
"погибли 16 силовиков и 28 боевиков", "four militants were neutralised and a policeman died".

A sentence that counts the dead of two sides in two clauses reports one toll: their sum (ACLED counts every death of
an event). ``side_after`` names the side of the people counted right after a number (``state``, ``armed`` or
``civilian``; None for "people", "persons" and other nouns that may count everyone); ``other_side_one`` finds one more
victim of another side, named with "a"/"one" and no digit ("while one jawan was martyred").

Words are matched on text folded by ``nlp.numbers._fold`` (lower case, no Latin accents, no Devanagari virama).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SIDES", "other_side_one", "side_after", "side_before"]

_STATE = (
    # en
    r"soldiers?|troops|troopers?|servicemen|serviceman|service members?|policem[ae]n|police ?officers?|police personnel|"
    r"officers?|personnel|jawans?|commandos?|gendarmes?|guards?|paramilitar\w*|security (?:forces?|men|personnel|agents?)|"
    r"army (?:men|personnel)|marines?|sailors?|airmen|constables?|militiamen of the army|rangers?|"
    # fr, es, pt, it, de
    r"soldats?|militaires?|policiers?|agents?|gendarmes?|soldados?|militares?|policias?|agentes|uniformados|"
    # Burkina Faso's auxiliaries: "trois Volontaires pour la défense de la patrie sont tombés" (session 17)
    r"volontaires pour la defense de la patrie|volontaires|vdp|"
    r"carabineros?|guardias?|militari|poliziotti|agenti|carabinieri|soldaten|polizisten|sicherheitskrafte|"
    # ru, uk (folded: й -> и)
    r"военных|военнослужащих|военнослужащии|военныи|силовиков|силовик|полицеиских|полицеискии|сотрудник\w*|"
    r"бойцов|боец|военнослужащего|військових|військовии|військовослужбовц\w*|поліцеиських|поліцеискии|"
    r"правоохоронц\w*|силовиків|"
    # soldiers in every case: "о гибели одного своего солдата", "трьох своїх бійців" (session 17b)
    r"солдат\w*|бойц\w*|бійц\w*|боєць|вояк\w*|"
    # hi (folded: no virama), sw, id, tr, ar
    r"जवान\w*|सैनिक\w*|पुलिसकर\w*|सुरकषाकर\w*|सुरकषा ?बल\w*|askari|wanajeshi|polisi|prajurit|tentara|personel|"
    r"asker\w*|polis\w*|جنود|جنديا|جندي|عسكريين|عسكريا|عنصرا|عناصر|شرطيا|شرطيين|رجال الأمن|رجال الامن"
)
_ARMED = (
    r"militants?|insurgents?|rebels?|jihadists?|terrorists?|naxals?|naxalites?|maoists?|fighters?|gunmen|gunman|"
    r"attackers?|assailants?|bandits?|extremists?|separatists?|guerrillas?|dissidents|cadres?|raiders?|"
    r"islamists?|shabaab|militiamen|militia members|"
    r"terroristes?|assaillants?|jihadistes?|djihadistes?|insurges?|rebelles?|combattants?|bandits?|assaillants|"
    r"terroristas?|rebeldes?|guerrilleros?|disidentes|sicarios?|pandilleros?|criminosos|bandidos|traficantes|"
    r"miliziani|terroristi|jihadisti|ribelli|banditi|kampfer|terroristen|rebellen|aufstandische|"
    r"боевиков|боевик|террористов|бандитов|бойовиків|бойовик|терористів|окупантів|диверсант\w*|"
    # attackers: "трое нападавших были ликвидированы", "двоє нападників" (session 17b)
    r"нападавш\w*|нападающ\w*|нападник\w*|"
    r"नकसली|नकसलियों|माओवादी|आतंकी|आतंकवादी|आतंकियों|उगरवादी|हमलावर\w*|waasi|wanamgambo|magaidi|militan|"
    # id: "satu anggota kelompok bersenjata tewas" (a member of the armed group) (session 16b)
    r"armed (?:groups?|structures?|bands?|gangs?)|groupes? armes?|grupos? armados?|estructuras? armadas?|"
    r"kkb|teroris|kelompok bersenjata|anggota kelompok|pemberontak|gerilyawan|milisi|separatis|terörist\w*|terorist\w*|pkk'?l\w*|مسلحين|مسلحا|مسلح|إرهابيين|ارهابيين|إرهابيا|ارهابيا|متشددين|"
    r"مقاتلين|مقاتلا|عناصر من"
)
_CIVILIAN = (
    r"civilians?|villagers?|residents?|passengers?|worshippers?|farmers?|herders?|children|women|students|pupils|"
    r"civils?|villageois|habitants|civiles|pobladores|campesinos|civis|moradores|civili|abitanti|zivilisten|"
    r"мирных жителеи|мирных|жителеи|мирних жителів|мирних|цивільних|नागरिक\w*|गरामीण\w*|raia|wanakijiji|warga|"
    r"penduduk|sivil|مدنيين|مدنيا|مدني"
)


def _folded(pattern: str) -> str:
    """``pattern`` folded like the text it is matched on: Latin accents and the breve and diaeresis of Cyrillic й, ї, ё
    dropped ("бойовиків" -> "боиовиків", "terörist" -> "terorist"); Arabic marks kept. No lower-casing: ``\\W`` stays."""
    text = unicodedata.normalize("NFKD", pattern)
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch)
                                                or "\u0600" <= ch <= "\u06ff"))


SIDES = {"state": _STATE, "armed": _ARMED, "civilian": _CIVILIAN}
_SIDE_RE = {side: re.compile(r"(?:" + _folded(words) + r")(?![^\W\d_])") for side, words in SIDES.items()}


# the members of a side are of that side: "two members of the armed structure", "dos miembros del grupo armado", "trois
# membres du groupe armé" (session 16b)
_MEMBERS_OF = re.compile(r"^\s*(?:members?|membres?|miembros?|membros?|elements?|elementos?|integrantes?)\s+"
                         r"(?:of|de|du|des|del|do|da|dos|das)\s+(?:the\s+|la\s+|le\s+|les\s+|los\s+|las\s+|el\s+|"
                         r"l'|o\s+|a\s+|os\s+|as\s+)?")


def side_after(folded: str, end: int) -> str | None:
    """The side of the people counted by the number that ends at ``end`` ("12 soldiers", "28 боевиков", "four Boko
    Haram fighters"), looked for in the next three words; None when they name no side."""
    tail = _MEMBERS_OF.sub(" ", folded[end:end + 72], count=1)[:48]
    words = tail.split()[:4]
    for i in range(min(len(words), 4)):
        word = words[i].strip(",.;:()\"'")
        for side, pattern in _SIDE_RE.items():
            if pattern.fullmatch(word) or (i + 1 < len(words) and pattern.fullmatch(
                    f"{word} {words[i + 1].strip(',.;:()')}")):
                return side
        if word in {"people", "persons", "personnes", "personas", "pessoas", "persone", "menschen", "человек",
                    "людеи", "लोग", "लोगों", "orang", "watu", "kisi", "شخصا", "أشخاص", "اشخاص"}:
            return None  # "12 people": everyone, whatever follows
    return None


def side_before(folded: str, start: int) -> str | None:
    """Swahili and Indonesian put the noun first: "wanajeshi 9", "prajurit TNI 3"; the side of the word right before
    the number."""
    words = folded[max(0, start - 30):start].split()
    if not words:
        return None
    word = words[-1].strip(",.;:()")
    return next((side for side, pattern in _SIDE_RE.items() if pattern.fullmatch(word)), None)


# one more victim with no digit, by language: "(while|and) a soldier was (also) killed", "एक जवान शहीद हो गया", "погиб
# один сотрудник полиции", "un soldat a été tué", "un policía murió", "um policial morreu"
_ONE = (
    r"\b(?:a|one|an) (?:[\w-]+ ){0,2}?(?P<en>[\w-]+) (?:was|has been|had been) (?:also )?(?:killed|shot dead|martyred)\b"
    r"|\b(?:a|one) (?:[\w-]+ ){0,2}?(?P<en2>[\w-]+) (?:also )?(?:died|was martyred|lost (?:his|her) life)\b"
    r"|एक (?:\S+ ){0,2}?(?P<hi>\S+) (?:भी )?(?:शहीद|की मौत|मारा गया)"
    r"|(?<!\w)(?:погиб|погибла|убит|загинув|загинула|вбито) (?:также |також )?(?:один |одна )?(?P<ru>[\w-]+)"
    r"|\b(?:un|une) (?P<fr>[\w-]+) (?:a (?:egalement |aussi )?ete tue|a (?:egalement )?peri|a perdu la vie|est mort)\b"
    r"|\b(?:un|una|um|uma) (?P<es>[\w-]+) (?:tambien |tambem )?(?:murio|fallecio|resulto muerto|fue asesinado|morreu|"
    r"foi morto)\b"
)
_ONE_RE = re.compile(_folded(_ONE))


def other_side_one(folded: str, sides: set[str]) -> bool:
    """One more dead person of a side not in ``sides`` named in the sentence with "a"/"one"."""
    for match in _ONE_RE.finditer(folded):
        # the noun caught by the one named group that matched, and what follows it ("сотрудник полиции")
        side = next((s for s, p in _SIDE_RE.items() if p.match(folded, match.start(match.lastindex or 0))), None)
        if side is not None and side not in sides:
            return True
    return False
