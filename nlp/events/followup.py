"""A toll told in the next sentence: "Gunmen attacked Kukawa on Sunday. Twelve people died." is one report of an
attack that killed twelve, not an attack with no toll and a separate death report.

``join_tolls`` folds such a follow-up sentence into the event sentence before it: the evidence spans both, the
counts are the follow-up's, and the type is read again over both ("Russian forces shelled Kharkiv overnight. Five
civilians were killed." is a strike that killed five). The follow-up must state deaths and nothing else: no
perpetrator of its own, no other violence word (unless it opens with the attack it refers to: "The blast killed
12"), no sign of another incident ("another", "earlier", "last year") and no place in another country.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from nlp.events.actors import find_actors, trigger_position
from nlp.events.rules import RuleMatch, candidate_cues, cue_flags, fold_text, mask_benign, type_sentence
from nlp.numbers import CountMentions, dead_sides, extract_counts, later_victim, parse_quantities
from store import Count

__all__ = ["join_tolls"]

_LETHAL = {"violence_against_civilians", "battle", "remote_violence", "riot"}
# what a death report may hold besides the dead: the wounded ("attack" holds "wounded"), and combatants as victims
_TOLL_FLAGS = {"kill", "attack", "combatant"}
# a follow-up that names the attack it refers to: "The attack killed 12", "L'attaque a fait 12 morts"
_ANAPHOR = re.compile(r"^\W*(?:the|this|that|l'|le|la|cette|cet|ce|el|la|este|esta|o|a|esse|essa|este|il|lo|der|die|das|"
                      r"dieser|diese)\s*(?:[\w'-]+\s+)?(?:attack|assault|raid|ambush|blast|bomb(?:ing)?|explosion|strike|"
                      r"airstrike|shelling|clash(?:es)?|fighting|violence|attaque|attentat|explosion|frappe|embuscade|"
                      r"ataque|atentado|explosion|bombardeo|emboscada|enfrentamiento|explosao|bombardeio|attacco|"
                      r"attentato|esplosione|bombardamento|angriff|anschlag|explosion|luftangriff)\b")
# another incident, or an earlier one: "Another attack last week killed 12", "Twelve people also died in Kano"
_OTHER_INCIDENT = re.compile(r"\b(?:another|other|separate|separately|earlier|previous|previously|last (?:week|month|year)|"
                             r"ago|since|meanwhile|elsewhere|also|similar|autre|autres|separee?s?|precedente?|depuis|"
                             r"par ailleurs|otro|otra|otros|otras|separado|anterior|desde|outro|outra|outros|altro|altra|"
                             r"altri|precedente|andere[nmrs]?|weitere[nmrs]?|fruher)\b"
                             r"|(?<![^\W\d_])(?:другом|другои|другие|ранее|еще|также)(?![^\W\d_])")


# people died: a verb or participle, not a noun ("these killings", "a death pose"), in the languages whose death words
# are count cues but no triggers (nlp/numbers.py)
_DIED = re.compile(r"\b(?:died|dead|killed|perished|succumbed|lost their lives|morreram|morrerem|morreu|faleceram|"
                   r"perderam a vida|sono morti|sono morte|morirono|hanno perso la vita|sont morts|sont mortes|ont peri|"
                   r"fallecieron|perdieron la vida|starben|ums leben|kwamen om|zgineli|zgineło|zginelo|"
                   # and in Swahili, Indonesian and Turkish, and French "succumbed" (session 16b): "Watu wawili
                   # walifariki kwa majeraha ya risasi", "Dua warga tewas", "iki kişi hayatını kaybetti"
                   r"walifariki|wamefariki|alifariki|amefariki|waliuawa|wameuawa|tewas|meninggal dunia|"
                   r"hayatını kaybetti|hayatlarını kaybetti|oldu|olduruldu|a succombe|ont succombe|sont decedes|"
                   r"est decede|est decedee|"
                   # the dead as a noun, like "dead": "las autoridades cifraron en seis los fallecidos", "deux morts"
                   # (session 17b)
                   r"fallecidos|fallecidas|muertos|muertas|morts|mortos|mortas|morti|tote|toten)\b"
                   r"|(?<![^\W\d_])(?:погибл\w*|погиб|загинул\w*|загинув|убит\w*|вбит\w*|لقي|لقوا|قتل|مقتل|توفي)")


class _Candidate(Protocol):
    start: int
    end: int
    folded: str
    counts: CountMentions
    rule: RuleMatch


class _Place(Protocol):
    start: int
    end: int
    country: str


C = TypeVar("C", bound=_Candidate)


@dataclass(frozen=True)
class _Sentence:
    """A follow-up sentence with no trigger word ("Doze pessoas morreram.": the count cue is wider than the triggers)."""

    start: int
    end: int
    folded: str
    counts: CountMentions


def join_tolls(kept: list[tuple[C, float]], candidates: Sequence[C], text: str, sentences: list[tuple[int, int]],
               places: Sequence[_Place] = ()) -> list[tuple[C, float]]:
    """``kept`` (in text order) with each toll-less lethal event joined to the death report right after it, which
    leaves ``kept`` if it was there. ``sentences``: the text's sentence spans; ``places``: the resolved places."""
    by_start = {c.start: c for c, _ in kept}
    judged = {c.start for c in candidates}
    starts = [s for s, _ in sentences]
    consumed: set[int] = set()
    out: list[tuple[C, float]] = []
    for c, p in kept:
        if c.start in consumed:
            continue
        nxt = _follow_up(c.end, by_start, judged, sentences, starts, text)
        if nxt is not None and _aside(nxt, by_start) \
                and (after := _follow_up(nxt.end, by_start, judged, sentences, starts, text)) is not None \
                and _reports_its_toll(c, after, places):
            # a harm with no dead told between the incident and its toll is part of it: "De violents heurts ont
            # opposé ... Des pneus ont été incendiés. Un étudiant a succombé dans la nuit." (session 17b)
            consumed.add(nxt.start)
            nxt = after
        if nxt is not None and _reports_its_toll(c, nxt, places):
            consumed.add(nxt.start)
            c = _joined(c, nxt, text)
        elif (raw := nxt or _next_sentence(c.end, sentences, starts, text)) is not None \
                and (toll := _raised_toll(c, raw, places)) is not None:
            consumed.add(raw.start)
            c = _joined(c, raw, text, toll)
        out.append((c, p))
    return out


def _aside(event: _Candidate | _Sentence, by_start: dict[int, C]) -> bool:
    """An event of no dead and no lethal type ("Shops were looted", "Des pneus ont été incendiés")."""
    return event.start in by_start and event.counts.fatalities.best is None \
        and by_start[event.start].rule.type not in _LETHAL | {"protest"}


def _follow_up(end: int, by_start: dict[int, C], judged: set[int], sentences: list[tuple[int, int]],
               starts: list[int], text: str) -> C | _Sentence | None:
    """The sentence right after ``end``: an event itself (``by_start``), or one with no trigger word that says people
    died ("Doze pessoas morreram.": the count cues are wider than the triggers). A sentence the non-event rules or the
    classifier turned down (``judged`` but not kept) is no follow-up."""
    k = bisect.bisect_left(starts, end)
    if k >= len(sentences) or text[end:starts[k]].strip():
        return None
    start, stop = sentences[k]
    if start in by_start:
        return by_start[start]
    folded = mask_benign(fold_text(text[start:stop]))
    if start in judged or len(folded) != stop - start or candidate_cues(folded) \
            or not (_DIED.search(folded) or _TOLL_RAISED.search(folded)):
        return None
    counts = extract_counts(text[start:stop])
    if not any(not q.vague and q.best == counts.fatalities.best for q in parse_quantities(text[start:stop])):
        return None  # a number of the dead, written out: not "dozens", nor one read from a singular
    return _Sentence(start, stop, folded, counts)


def _next_sentence(end: int, sentences: list[tuple[int, int]], starts: list[int], text: str) -> _Sentence | None:
    """The sentence right after ``end``, whatever the classifier made of it (for a toll raised: "Two more victims
    died in hospital, bringing the toll to 10" reads as a killing of two)."""
    k = bisect.bisect_left(starts, end)
    if k >= len(sentences) or text[end:starts[k]].strip():
        return None
    start, stop = sentences[k]
    folded = mask_benign(fold_text(text[start:stop]))
    if len(folded) != stop - start:
        return None
    return _Sentence(start, stop, folded, extract_counts(text[start:stop]))


def _reports_its_toll(c: _Candidate, nxt: _Candidate | _Sentence, places: Sequence[_Place]) -> bool:
    """``nxt`` states the deaths of the incident ``c`` reports, which has no toll of its own."""
    if c.rule.type not in _LETHAL | {"protest"} or c.counts.fatalities.best is not None:
        return False
    if not nxt.counts.fatalities.best or _OTHER_INCIDENT.search(nxt.folded):
        return False
    flags = {k for k, v in cue_flags(nxt.folded).items() if v}
    if not flags <= _TOLL_FLAGS and not _ANAPHOR.match(nxt.folded):
        return False
    actor = find_actors(nxt.folded, trigger_position(nxt.folded))[0]
    if actor is not None and actor != find_actors(c.folded, trigger_position(c.folded))[0]:
        # "Bandits killed 30 people in a nearby village": a perpetrator of its own, another incident; the same
        # perpetrator named again is the same incident: "Gunmen stormed a village in Zamfara. The gunmen killed nine
        # villagers." (session 16b)
        return False
    here, there = _countries(c, places), _countries(nxt, places)
    return not (here and there and not there & here)


# the same incident's toll raised in the next sentence: "Two more victims died in hospital, bringing the toll to 10",
# "Four soldiers were also killed in the gunfight", "Le bilan s'est alourdi à 12 morts" (session 15b)
_TOLL_RAISED = re.compile(r"\b(?:bringing|raising|taking|pushing) the (?:death |overall |final )?toll to\b|\b(?:death )?toll "
                          # "By Wednesday the death toll had risen to 31" (session 17b)
                          r"(?:rose|climbed|has risen|had risen|rises|jumped|had climbed|has climbed|increased) to\b|\bportant le bilan a\b|\ble bilan "
                          r"(?:s'est alourdi|est passe) a\b|\belevando (?:el|o) (?:saldo|balance|numero de (?:muertos|mortos)) "
                          r"a\b|\b(?:el|o) (?:saldo|balance) (?:subio|aumento|subiu) (?:a|para)\b"
                          # a new total that replaces the first (session 17): "Le bilan a été porté à trente-cinq",
                          # "Am Abend stieg die Zahl der Toten auf neun", "Кількість загиблих зросла до 21"
                          r"|\ble bilan (?:a ete |a )?(?:porte|passe|grimpe) a\b|\bzahl der (?:toten|todesopfer)\b"
                          r"[^.;]{0,60}?\bauf\b|(?<!\w)(?:кількість|число|количество) (?:загиблих|погибших)[^.;]{0,60}?"
                          r"(?<!\w)до(?!\w)")
_ALSO_KILLED = re.compile(r"\b(?:were|was|have been|had been) also (?:\w+ )?(?:killed|shot dead)\b|\balso (?:died|perished|"
                          r"succumbed|killed in)\b|\b(?:\w+) more (?:\w+ )?(?:died|were killed|succumbed|bodies)\b|"
                          r"\b(?:ont egalement ete tues|ont aussi ete tues|sont egalement morts|tambien murieron|tambien "
                          r"fueron asesinados|tambem morreram|tambem foram mortos)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ONLY_ALSO = re.compile(r"\b(?:also|more|further)\b")

# more dead of the same incident told after its toll, which they add to (session 17): one who died later ("Two of
# the wounded died overnight", "Um policial baleado ... morreu horas depois", "Згодом у лікарні помер ще один
# чоловік", "घायलों में से दो ने बाद में अस्पताल में दम तोड़ दिया", "Un blessé a succombé"), or other bodies found
# ("Outros dois corpos foram encontrados no dia seguinte"; not "Eight bodies were later found": maybe all the dead)
_LATER = (r"(?:later|subsequently|overnight|afterwards|hours after|the next (?:day|morning)|the following (?:day|morning)|"
          r"plus tard|dans la nuit|le lendemain|par la suite|horas despues|mas tarde|al dia siguiente|posteriormente|"
          r"horas depois|mais tarde|no dia seguinte|dias depois|spater|in der nacht|am nachsten tag|piu tardi|"
          r"in seguito|позже|позднее|впоследствии|згодом|пізніше|наступного дня|на следующии день)")
_LATE_DEATH = (r"(?:died|perished|passed away|decede|decedee|decedes|sont morts|est mort|est morte|murio|murieron|"
               r"fallecio|fallecieron|morreu|morreram|faleceu|faleceram|starb|starben|gestorben|e morto|e morta|"
               r"sono morti|помер|померла|померли|умер|умерла|умерли|скончал\w*)")
_LATER_DIED = re.compile(r"(?<!\w)(?:" + _LATER + r"(?!\w)[^.;]{0,60}?(?<!\w)" + _LATE_DEATH + "|" + _LATE_DEATH
                         + r"(?!\w)[^.;]{0,60}?(?<!\w)" + _LATER + r"|succumbed|a succombe|ont succombe|sucumbio|"
                         r"sucumbieron|sucumbiu|sucumbiram|erlag|erlagen|of the (?:wounded|injured) (?:[\w-]+ )?died)"
                         r"(?!\w)|बाद म[^.;।]{0,40}?(?:दम तोड|मौत)|(?:لاحقا|متأثرا بجراحه|متأثرين بجراحهم|متاثرا بجراحه)")
# one more victim, no number: "Um policial ... morreu horas depois", "ще один чоловік", "Un blessé a succombé"
_ONE_LATER = re.compile(r"^\W*(?:a|an|one|un|une|uno|una|um|uma|ein|eine)\s|(?<!\w)(?:ще|еще|іще) (?:один|одна)(?!\w)")
# the words that count more of the same dead, no other incident: "Outros dois corpos", "otras dos", "ще один"
_MORE_OF_THEM = re.compile(r"(?<!\w)(?:outros|outras|otros|otras|autres|others|weitere|ще|еще|іще)(?=(?:\s+\S+)?\s+"
                           r"(?:corpos|cuerpos|corps|bodies|leichen|pessoas|personas|personnes|people|один|одна)|\s+"
                           r"(?:dois|duas|dos|deux|two|zwei|один|одна|двоє|двое)(?!\w))")
# each side claims what it did: "The rebels said they killed 15 soldiers" adds to no toll
_CLAIM = re.compile(r"\b(?:said|say|says|claimed|claims|affirme\w*|revendique\w*|aseguro|aseguran|afirmo|afirmaron|"
                    r"afirmou|afirmaram|erklarte\w*)\b")


def _raised_toll(c: _Candidate, nxt: _Candidate | _Sentence, places: Sequence[_Place]) -> Count | None:
    """The incident's toll when ``nxt`` raises it: a new total ("bringing the toll to 10") or more dead of the same
    incident ("Four soldiers were also killed"), with no other incident and no place in another country."""
    have, more = c.counts.fatalities, nxt.counts.fatalities
    if c.rule.type not in _LETHAL:
        return None
    head = nxt.folded.split(";")[0]  # "...; al-Shabab claimed responsibility": the claim is no other incident
    if _OTHER_INCIDENT.search(_ONLY_ALSO.sub(" ", _MORE_OF_THEM.sub(" ", head))) or _YEAR.search(head) \
            or "another" in head:
        return None  # "132 police officers killed in 2014": no more dead of this incident
    here, there = _countries(c, places), _countries(nxt, places)
    if here and there and not there & here:
        return None
    raised = _TOLL_RAISED.search(head)
    if raised:  # a new total ("Le bilan a été porté à trente-cinq"): it replaces the first, whoever gave it
        after = parse_quantities(head[raised.end():raised.end() + 24])
        new = after[0].best if after else more.best
        # ... also of an incident told with no toll: "Gang members stormed Solino overnight, shooting residents. By
        # Wednesday the death toll had risen to 31" (session 17b)
        return Count(best=new, low=new, high=new) if new is not None and new > (have.best or 0) else None
    if not have.best:
        return None
    if (nth := later_victim(head)) is not None:
        # a later victim by ordinal: "Gunmen killed four people at a bar. A fifth victim died in hospital." (5),
        # "Una quinta víctima murió en el hospital" (session 16b); not one who was hurt ("resultó herida")
        return Count(best=nth, low=nth, high=nth) if nth > have.best else None
    later = _LATER_DIED.search(head) is not None or _MORE_OF_THEM.search(head) is not None
    n_more = more.best or (1 if later and _ONE_LATER.search(head) else None)
    if not n_more:
        return None
    mine, theirs = dead_sides(c.folded), dead_sides(head)
    # a claim is said before its count ("The rebels said they killed 15 soldiers"); "Six soldiers also died, an army
    # spokesman said" only names the source (session 17b)
    claim = _CLAIM.search(head)
    first = parse_quantities(head)
    claimed = claim is not None and (not first or claim.start() < first[0].start)
    other_side = bool(mine and theirs and not mine & theirs) and not claimed \
        and not _new_place(c, nxt, places)  # "Two soldiers were killed by a bomb in Yobe": another place, incident
    if find_actors(head, trigger_position(head))[0] is not None and not other_side:
        return None  # "we killed 12 soldiers": no more dead of this incident
    flags = {k for k, v in cue_flags(head).items() if v}
    if (later or other_side) and flags <= _TOLL_FLAGS | {"battle"}:
        # the dead of the other side ("killing 21 assailants. Four soldiers were killed and nine wounded": 25;
        # "ont tué sept civils ... Deux assaillants ont été abattus": 9), or more who died later (session 17)
        total = have.best + n_more
        return Count(best=total, low=total, high=total)
    if not more.best:
        return None
    if _ALSO_KILLED.search(head) and flags <= _TOLL_FLAGS | {"battle"} and _DIED.search(head):
        total = have.best + more.best
        return Count(best=total, low=total, high=total)
    return None


def _new_place(c: _Candidate, nxt: _Candidate | _Sentence, places: Sequence[_Place]) -> bool:
    """``nxt`` names a place that ``c`` does not."""
    return any(nxt.start <= p.start and p.end <= nxt.end
               and nxt.folded[p.start - nxt.start:p.end - nxt.start] not in c.folded for p in places)


def _countries(span: _Candidate | _Sentence, places: Sequence[_Place]) -> set[str]:
    return {p.country for p in places if span.start <= p.start and p.end <= span.end}


def _joined(c: C, nxt: _Candidate | _Sentence, text: str, toll: Count | None = None) -> C:
    folded = c.folded + text[c.end:nxt.start] + nxt.folded
    counts = CountMentions(toll or nxt.counts.fatalities, _either(c.counts.injured, nxt.counts.injured),
                           _either(c.counts.abducted, nxt.counts.abducted),
                           _either(c.counts.displaced, nxt.counts.displaced))
    flags = cue_flags(folded)
    rule = type_sentence(folded, flags, counts.fatalities.best, counts.displaced.best, counts.abducted.best) or c.rule
    rule = replace(rule, stated=rule.stated or c.rule.stated)
    return replace(c, end=nxt.end, folded=folded, flags=flags, counts=counts, rule=rule)  # type: ignore[call-arg]


def _either(a: Count, b: Count) -> Count:
    return a if a.best is not None else b
