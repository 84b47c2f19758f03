"""The ``events`` analyzer: a cascade over the sentences of a text.

1. trigger words (cheap, high recall) pick candidate sentences; 2. non-event rules drop
accidents, disasters, disease, metaphors, fiction, commemorations and cyber attacks; 3. the
trained classifier scores the remaining candidates (one batched embedding call per text);
4. kept sentences get type, counts, actors, place and date.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass

import numpy as np

from nlp.dates import resolve_event_date
from nlp.events.actors import find_actors, markers_for, trigger_position
from nlp.events.classifier import (
    EventClassifier,
    load_classifier,
    looks_english,
    rule_feature_vector,
    sentence_grams,
)
from nlp.events.context import criminal_document
from nlp.events.followup import join_tolls
from nlp.events.rules import (
    ATTACKED_TARGET,
    RULES_VERSION,
    RuleMatch,
    candidate_cues,
    cue_flags,
    cue_spans,
    fold_text,
    incident_dated,
    legal_only,
    mask_benign,
    negated_only,
    non_event_reason,
    type_sentence,
)
from nlp.geo import Gazetteer, ResolvedPlace, load_gazetteer
from nlp.numbers import CountMentions, extract_counts
from nlp.pipeline import AnalyzerOutput, TextContext
from nlp.settings import NlpSettings
from store import EventMention, Span

__all__ = ["Candidate", "EventAnalyzer", "find_candidates", "make_analyzer", "split_sentences"]

log = logging.getLogger(__name__)
# Hindi ends a sentence with a danda ("।") and has no capitals: a Devanagari letter may start the next one
_SENTENCE_END = re.compile(r"(?<=[.!?؟。।])[\"»”']?\s+(?=[\"«“'(]?[A-ZÀ-Ý\u0600-\u06FF\u0900-\u097F0-9])|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences (and headline lines) in ``text``."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            spans.append(_trim(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    folded: str
    flags: dict[str, bool]
    counts: CountMentions
    rule: RuleMatch

    def features(self) -> np.ndarray:
        c = self.counts
        any_count = any(x.best for x in (c.fatalities, c.injured, c.abducted, c.displaced))
        return rule_feature_vector(self.flags, c.fatalities.best, any_count, self.rule.strength)

    def grams(self) -> np.ndarray:
        return sentence_grams(self.folded, cue_spans(self.folded))


_DEADLY = {"violence_against_civilians", "battle", "remote_violence"}


def _counted_deaths(c: Candidate) -> bool:
    """Outside English the embedding head misses reports written in an insulting or chatty register ("مقتل 16 في
    سجون ... تحت التعذيب"); a strong killing rule with a count of the dead is an event whatever it says."""
    dead = c.counts.fatalities.best or 0
    # two or more: a bare article reads as one ("on tue un être vivant"); a toll in the tens of thousands is
    # a war's, a statistic or a hypothesis ("vont faire 75 millions de morts"), not one incident
    return c.rule.type in _DEADLY and c.rule.strength >= 0.8 and 2 <= dead <= 10_000


def find_candidates(text: str) -> tuple[list[Candidate], dict[str, int]]:
    """Stages 1 and 2 of the cascade; also counts why sentences were dropped."""
    dropped: dict[str, int] = {}
    out: list[Candidate] = []
    for start, end, folded in (c for s in _cued_sentences(text) for c in _incident_clauses(text, *s)):
        if not candidate_cues(folded):
            continue
        flags = cue_flags(folded)
        reason = non_event_reason(folded, flags)
        if reason:
            dropped[reason] = dropped.get(reason, 0) + 1
            continue
        counts = extract_counts(text[start:end])
        if _weak(flags, counts, folded):
            dropped["weak_cue_only"] = dropped.get("weak_cue_only", 0) + 1
            continue
        if negated_only(folded, flags, _any_count(counts)):
            dropped["negated"] = dropped.get("negated", 0) + 1
            continue
        if legal_only(folded, flags, _any_count(counts)):
            dropped["legal"] = dropped.get("legal", 0) + 1
            continue
        rule = type_sentence(folded, flags, counts.fatalities.best, counts.displaced.best, counts.abducted.best)
        if rule is None:
            continue
        out.append(Candidate(start, end, folded, flags, counts, rule))
    return out, dropped


# where a roundup sentence passes from one incident to the next: "Gunmen killed five people in Kano, while a bomb killed
# three soldiers in Maiduguri", "... in Borno; in a separate attack, bandits killed seven farmers in Zamfara"
_NEXT_INCIDENT = re.compile(r";\s+(?:(?:and\s+)?in\s+(?:a|another)\s+separate\s+(?:attack|incident|clash)\s*,?\s+)?"
                            r"|,?\s+(?:while|whereas)\s+|,\s+and\s+(?:(?:in|at|near)\s+)?(?:a|another)\s+separate\s+"
                            r"(?:attack|incident|clash)\s*,?\s+|,?\s+and\s+(?=in\s+(?-i:[A-Z]))", re.IGNORECASE)
_PLACE_IN = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|city|village|district|state|province)\s+of\s+)?"
                       r"([A-Z][\w'-]+)")


def _incident_clauses(text: str, start: int, end: int, folded: str) -> list[tuple[int, int, str]]:
    """A sentence that reports several incidents, each with its own toll and its own place, as one clause each;
    any other sentence as it is. "Five soldiers were killed in Kano, while three others were wounded" is one
    incident (one toll, one place)."""
    sentence = text[start:end]
    cuts = list(_NEXT_INCIDENT.finditer(sentence)) if len(folded) == len(sentence) else []
    if not cuts:
        return [(start, end, folded)]
    bounds = [0, *(x for m in cuts for x in m.span()), len(sentence)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    places = []
    for a, b in parts:
        clause = sentence[a:b]
        place = _PLACE_IN.search(clause)
        if place is None or extract_counts(clause).fatalities.best is None:
            return [(start, end, folded)]
        places.append(place.group(1))
    if len(set(places)) < len(places):
        return [(start, end, folded)]
    return [(start + a, start + b, folded[a:b]) for a, b in parts]


def _cued_sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded text) of the sentences that may hold a trigger word. One regex pass over
    the folded document finds the triggers; only their sentences are kept (most news has none).
    When folding changes the text's length (rare decomposed characters), every sentence is kept."""
    folded = fold_text(text)
    if not candidate_cues(folded):  # most news: no trigger word at all, so nothing to mask either
        return []
    folded = mask_benign(folded)
    hits = [start for start, _ in cue_spans(folded)]
    if not hits:
        return []
    if len(folded) != len(text):
        return [(s, e, mask_benign(fold_text(text[s:e]))) for s, e in split_sentences(text)]
    return [(s, e, folded[s:e]) for s, e in _sentences_with(text, hits)]


def _sentences_with(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """The sentences of ``split_sentences(text)`` that contain one of the sorted offsets ``hits``,
    without trimming every sentence of a long text (a speech has hundreds)."""
    bounds = [m.span() for m in _SENTENCE_END.finditer(text)]
    starts = [0] + [end for _, end in bounds]
    ends = [start for start, _ in bounds] + [len(text)]
    out: list[tuple[int, int]] = []
    for i in dict.fromkeys(bisect.bisect_right(starts, h) - 1 for h in hits):
        if ends[i] > starts[i] and text[starts[i]:ends[i]].strip():
            out.append(_trim(text, starts[i], ends[i]))
    return out


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
           "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
           "janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro")
# "in 2009", "since 2009" (nel, dal, sinds, w, od, im, seit, im Jahr), a date with a month ("in April 2015", "on
# November 29, 2019", "le 3 mars 2016", "el 15 de marzo de 2019") and "the 2002 FARC bombing" (not "the 2021 report", "the 2019 law")
_YEAR = re.compile(r"\b(?:in|of|since|during|after|en|desde|em|depuis|nel|dal|sinds|w|od|im|seit) (?:the )?(20\d\d)\b"
                   r"|\b(?:im jahre?|nell'anno|in het jaar|w roku) (20\d\d)\b"
                   r"|\b(?:\d{1,2}(?:st|nd|rd|th|er)? (?:de )?)?(?:" + _MONTHS + r")(?: \d{1,2}(?:st|nd|rd|th)?,?)? "
                   r"(?:de |of )?(20\d\d)\b"
                   r"|\bthe (20\d\d) (?!(?:\w+ )?(?:election|budget|census|season|world cup|olympics|report|law|act|"
                   r"constitution|agreement|accord|peace|deal|survey|study|data|figures|edition)\b)")


def _years_ago(folded: str, published_year: int) -> bool:
    """"was killed in 2009 in a shootout" in a 2015 article: a historical reference (the 19xx case is
    a rule in rules.py; a 20xx year needs the publication year). Two or more years back counts."""
    return any(int(next(g for g in m.groups() if g)) <= published_year - 2 for m in _YEAR.finditer(folded))


def _any_count(counts: CountMentions) -> bool:
    return any(c.best for c in (counts.fatalities, counts.injured, counts.abducted, counts.displaced))


def _weak(flags: dict[str, bool], counts: CountMentions, folded: str) -> bool:
    """Only a generic "attack/shot/beat" word, no number and no armed actor: "a heart attack",
    "he shot a film", "attacked the policy". Measured on dev: 1 event lost, about 20 of 33 such
    sentences in benign news spared the embedding."""
    if [k for k, v in flags.items() if v] != ["attack"]:
        return False
    if _any_count(counts) or _GUNFIRE.search(folded) or _TERROR.search(folded) or ATTACKED_TARGET.search(folded):
        return False
    return find_actors(folded, 0)[0] is None


# firing with live rounds is not a figurative "shot": "some 20 rounds were fired"
_TERROR = re.compile(r"terror|ارهاب|إرهاب|attentat|atentado")  # "une attaque terroriste", "un attentat": no figure of speech
_GUNFIRE = re.compile(r"\brounds (?:were |had been )?fired\b|\bfired \d+ rounds\b|\brounds of fire\b"
                      # a shot in Hindi or Indonesian is one fired ("को गोली मार दी", "ditembak"): no figure of speech
                      r"|गोली मार|गोलियां|गोलियाँ|गोली चला|\b(?:ditembak|menembak|penembakan|dibacok|ditikam)\b")


class EventAnalyzer:
    name = "events"

    def __init__(self, classifier: EventClassifier, gazetteer: Gazetteer, threshold: float | None = None) -> None:
        self._classifier = classifier
        self._gazetteer = gazetteer
        self.threshold = classifier.threshold if threshold is None else threshold
        self._override = threshold is not None  # a configured threshold holds for every language
        self.version = f"events.v1+{RULES_VERSION}+{classifier.version}+{gazetteer.version}"
        self.scored_sentences = 0  # counters for benchmarks and logs: how often the embedding ran
        self.embedded_sentences = 0

    def _is_english(self, text: str, language: str | None) -> bool:
        # one guess per text (articles are monolingual; short sentences are poor evidence)
        return language.lower().startswith("en") if language else looks_english(fold_text(text[:4000]))

    def threshold_for(self, text: str, language: str | None) -> float:
        return self._threshold(self._is_english(text, language))

    def _threshold(self, english: bool) -> float:
        return self.threshold if self._override else self._classifier.threshold_for(english)

    def score(self, candidates: list[Candidate], text: str, language: str | None = None,
              english: bool | None = None) -> np.ndarray:
        """P(event) per candidate: the fast head, and the embedding head where it is unsure. ``english``: the
        caller's guess for the text, when it has one (else guessed here)."""
        if not candidates:
            return np.zeros(0)
        features = np.vstack([c.features() for c in candidates])
        is_english = self._is_english(text, language) if english is None else english
        probabilities, embedded = self._classifier.probabilities(
            features, [c.grams() for c in candidates], [text[c.start:c.end] for c in candidates],
            np.full(len(candidates), is_english))
        self.scored_sentences += len(candidates)
        self.embedded_sentences += embedded
        return probabilities

    def analyze(self, text: str, context: TextContext) -> AnalyzerOutput:
        focus = tuple(context.country_focus)
        places = [p for p in self._gazetteer.resolve(self._gazetteer.find(text), focus) if not _speaks_or_hosts(p, text)]
        countries = _document_countries(places, text)
        candidates, dropped = find_candidates(text)
        if context.published_at is not None:
            recent = [c for c in candidates if not _years_ago(c.folded, context.published_at.year)]
            dropped["historical"] = dropped.get("historical", 0) + len(candidates) - len(recent)
            candidates = recent
        if dropped and context.document_id:
            log.debug("document %s: non-event sentences %s", context.document_id, dropped)
        kept = self._decide(candidates, text, context.language) if candidates else []
        if kept:
            # "Gunmen attacked Kukawa on Sunday. Twelve people died.": one report, with its toll; "... killing eight.
            # Two more died in hospital, bringing the toll to 10": the toll raised
            kept = join_tolls(kept, candidates, text, split_sentences(text), places)
        crime_story = bool(kept) and criminal_document(fold_text(text))
        events = [self._mention(c, p, text, places, countries, context, crime_story) for c, p in kept]
        return AnalyzerOutput(events=events, countries=countries)

    def _decide(self, candidates: list[Candidate], text: str, language: str | None) -> list[tuple[Candidate, float]]:
        """The candidates that are events, with their probability. A stated report (RuleMatch.stated: a counted
        protest, displacement or arrest, an armed actor's past-tense killing) is no general statement and is held
        to the model's own threshold, not the higher English one chosen against speeches; outside English a
        strong killing rule with counted dead, or a stated report ("قصفت إسرائيل دمشق أمس": a past-tense strike),
        is an event whatever the head says (scored at the threshold)."""
        english = self._is_english(text, language)  # one guess per text
        probabilities = self.score(candidates, text, language, english=english)
        threshold = self._threshold(english)
        stated_threshold = threshold if self._override else min(threshold, self._classifier.threshold)
        kept: list[tuple[Candidate, float]] = []
        for c, p in zip(candidates, probabilities, strict=True):
            if p >= (stated_threshold if c.rule.stated else threshold):
                kept.append((c, float(p)))
            elif not english and (_counted_deaths(c) or c.rule.stated):
                kept.append((c, threshold))
            elif english and not self._override and c.rule.stated and c.rule.type == "remote_violence" \
                    and incident_dated(c.folded):
                # a dated strike that took place ("Two explosive-laden drones struck near Erbil airport late on
                # Tuesday, causing no casualties"): a report, even with no one hurt (session 15b)
                kept.append((c, stated_threshold))
            elif english and not self._override and c.rule.stated and c.rule.type in ("abduction", "sexual_violence"):
                # an armed actor's past-tense abduction or rape ("Separatist fighters seized a school principal and 11
                # pupils in Kumbo"): a report, however the head reads it (session 17)
                kept.append((c, stated_threshold))
            elif english and not self._override and c.rule.stated and _counted_deaths(c):
                # an armed actor's past-tense killing with its dead counted ("... clashed overnight in fighting that
                # killed 32 Houthis and 11 pro-government fighters"): a report, however the head reads its wording
                kept.append((c, stated_threshold))
        return kept

    def _mention(self, c: Candidate, probability: float, text: str, places: list[ResolvedPlace],
                 countries: list[str], context: TextContext, crime_story: bool = False) -> EventMention:
        country, admin1, place = _locate(places, c, countries, tuple(context.country_focus), text)
        trigger_at = trigger_position(c.folded)
        perpetrator, victim = find_actors(c.folded, trigger_at)
        fatalities = c.counts.fatalities.best
        return EventMention(
            type=c.rule.type, sub_type=c.rule.sub_type,
            markers=markers_for(c.folded, c.rule.type, c.rule.sub_type, fatalities, crime_story),
            perpetrator=perpetrator, victim_group=victim, fatalities=c.counts.fatalities,
            injured=c.counts.injured, abducted=c.counts.abducted, displaced=c.counts.displaced,
            country=country, admin1=admin1, place=place,
            event_date=resolve_event_date(text[c.start:c.end], context.published_at),
            evidence=Span(start=c.start, end=c.end, label=f"event:{c.rule.type}", text=text[c.start:c.end],
                          score=round(probability, 4), producer=self.version),
            score=round(probability, 4), versions={"events": self.version})


def _document_countries(places: list[ResolvedPlace], text: str = "") -> list[str]:
    weights: dict[str, float] = {}
    for p in places:
        if text and (_street(p, text) or _place_weight(p, text) < p.weight - 2.0):
            continue  # "Largo da Independência", "near the border with Burkina Faso": no country of the article
        weak = p.kind in {"demonym", "gcity", "town"} and not _capital_dateline(p, text) and not _province_seat(p, text)
        weights[p.country] = weights.get(p.country, 0.0) + (0.5 if weak else 1.0)
    return [c for c, w in sorted(weights.items(), key=lambda kv: -kv[1]) if w >= 1.0]


def _capital_dateline(p: ResolvedPlace, text: str) -> bool:
    """A town written in capitals as the report's first word ("LEIPZIG. Nach einer Demonstration ...", "KILIS (AA) -")
    is a dateline: the article's country even as a GeoNames city (session 16b)."""
    return p.kind == "gcity" and not text[:p.start].strip() and p.text.isupper() and len(p.text) >= 3 \
        and bool(re.match(r"\s*(?:[.,:—–-]|\()", text[p.end:p.end + 3]))


def _province_seat(p: ResolvedPlace, text: str) -> bool:
    """A GeoNames city named like the first-level region it lies in ("Kilis'e ... roketler", "Gafsa", "Kaduna"): the
    seat of a province, known well enough to name the article's country (session 16b); not a word of a person's or an
    outlet's name ("Kamilo Rivera", "Rivera Azuaje", "El Faro")."""
    if not (p.kind == "gcity" and p.admin1 is not None and p.admin1.casefold() == p.text.casefold()):
        return False
    return not (_NAME_BEFORE.search(text, max(0, p.start - 24), p.start) or _NAME_AFTER.match(text, p.end))


# a capitalised word or a Spanish, Portuguese, Italian or French article right before, a capitalised word right after
_NAME_BEFORE = re.compile(r"(?:(?<![.!?:]\s)(?<!^)\b[A-Z][\w'-]+|\b(?:El|La|Los|Las|Le|Les|O|A|Il|Lo))\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


_WEAK_KINDS = {"gcity", "town", "demonym"}  # read on the name alone: no match for a dateline
_PLACE_RANK = {"city": 4, "district": 4, "gcity": 3, "town": 3, "area": 2, "region": 2, "subdivision": 1}


_PLACE_WORD = re.compile(r"\s+(district|province|state|region|county|governorate|division|department|municipality"
                         r"|prefecture|town|city|village|area|sector|camp|neighbou?rhood|suburb)\b", re.IGNORECASE)
# an admin area named before its name ("no distrito de Mocímboa da Praia", "province du Koulpélogo", "the district of
# Kupwara") is the area the smaller places of the sentence lie in (session 15b)
_ADMIN_BEFORE = re.compile(r"\b(?:district|province|state|region|governorate|department|municipality|county|distrito|"
                           r"provincia|província|estado|región|região|departamento|municipio|município|région|"
                           r"préfecture|territoire|wilaya|commune)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l')?|du\s+|"
                           r"do\s+|da\s+|del\s+|d')?$", re.IGNORECASE)
# a street or square named after a place ("Largo da Independência", "Plaza de Bolivia", "Avenue de France") is no place
# (Romance names only: "the Ring Road of Peshawar" is in Peshawar)
_STREET_BEFORE = re.compile(r"\b(?:largo|praça|praca|rua|avenida|avenue|av\.|rue|place|plaza|calle|paseo|boulevard|"
                            r"bd|pont|ponte|puente)\s+(?:(?:de|do|da|dos|das|del|de la|du|des)\s+)?(?:l'|la\s+|el\s+)?$",
                            re.IGNORECASE)
_STREET_WORD = re.compile(r"(?:largo|praca|plaza|avenida|rua|calle|paseo)\s+(?:de|do|da|dos|das|del)\b", re.IGNORECASE)


def _street(p: ResolvedPlace, text: str) -> bool:
    """A street or square: named after a place ("Largo da Independência", "Plaza de Bolivia"), or a place whose
    name is a street word ("Largo" in "Largo da Independência" is no town in Florida)."""
    return bool(_STREET_BEFORE.search(text[max(0, p.start - 24):p.start]) or _STREET_WORD.match(text, p.start))


# a dateline ("ANKARA —", "ARAUCA, Colombia —", "MAIDUGURI, Nigeria (Reuters) -"): where the report was written
_DATELINE = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ\u0400-\u042f'’. -]{3,}(?:\s*\([^)]{1,40}\))?(?:,\s*[^—–\-(\n]{2,30})?"
                       r"(?:\s*\([^)]{1,40}\))?\s*[—–-]\s")
# a place named where people fled from ("fleeing attacks ... in the province of X", "huyendo de combates en Apure")
_FLED_FROM = re.compile(r"\b(?:fleeing|fled from|after fleeing|escaping|fuyant|fui|huyendo|huyeron de|fugindo|"
                        r"fugiram de|bežící|fliehend|geflohen|تفرّ|فرارا|هربا)\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(in|at|near|from|outside|of|district of|town of|city of|village of|en|a|à|cerca de|"
                           r"pres de|près de|perto de|em|no|na|di|dekat)\s+"
                           # "in northern Benin", "in north-eastern Nigeria" (session 16)
                           r"(?:(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)"
                           r"\s+)?$", re.IGNORECASE)


# a country that owns a mission abroad is not where things happen at it: "the US embassy in La Paz", "diante da
# embaixada dos EUA em La Paz", "l'ambassade de France à Bamako"
_MISSION_BEFORE = re.compile(r"\b(?:embass(?:y|ies)|consulates?|high commission|embaixada|embajada|ambassade|consulado|"
                             r"consulat)\s+(?:of|do|dos|da|das|de|del|du|des)\s+(?:the\s+|la\s+|l')?$", re.IGNORECASE)
_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier)\s+with\s+(?:the\s+)?$|\bfronti[eè]re\s+avec\s+(?:le\s+|la\s+|l')?$"
                          r"|\bfrontera\s+con\s+$|\bfronteira\s+com\s+(?:o\s+|a\s+)?$|\bGrenze\s+zu[rm]?\s+$"
                          # it, nl, pl, id, sw, ru, uk, ar (session 17): "vicino al confine con la Nigeria"
                          r"|\bconfine\s+con\s+(?:il\s+|la\s+|l')?$|\bgrens\s+met\s+$|\bgranic[yae]\s+z\s+$"
                          r"|\bperbatasan\s+(?:dengan\s+)?$|\bmpaka\s+(?:na|wa)\s+$|границ[еыау]\s+с\s+$"
                          r"|кордон[іу]?\s+з\s+$|الحدود\s+مع\s+$",
                          re.IGNORECASE)
# Turkish and Hindi write the border after the country: "Nijerya sınırında" (on the Nigerian border), "नाइजीरिया की
# सीमा के पास" (session 17)
_BORDER_AFTER = re.compile(r"(?:['’]\w+)?\s+(?:sınır(?:ı|ında|ına|ındaki|ı yakınında)\b|(?:की\s+|से\s+लगी\s+)?सीमा)",
                           re.IGNORECASE)
# a country that reports or fires from afar is not where things happen: "the US military said", "rockets fired from
# Lebanon struck Majdal Shams"
_SOURCE_AFTER = re.compile(r"\s+(?:military|army|navy|officials?|government|authorities|ministry|foreign ministry|"
                           r"defen[cs]e ministry|state department|central command|embassy|diplomats?|intelligence|"
                           r"media|state media|news agency|spokes(?:man|woman|person))\s+(?:\w+\s+){0,3}?(?:said|says|"
                           r"told|reported|reports|announced|confirmed|stated)\b", re.IGNORECASE)
# Turkish and German name where a weapon was fired from before the verb: "Kilis'e Suriye tarafından atılan roketler"
# (rockets fired from the Syrian side onto Kilis), "Suriye'den atılan", "Suriye topraklarından fırlatılan", "aus dem
# Libanon abgefeuerte Raketen" (session 16b)
_ORIGIN_AFTER = re.compile(r"(?:['’](?:dan|den|tan|ten)|\s+(?:tarafından|topraklarından|yönünden|sınırından|bölgesinden|"
                           r"kentinden|ilçesinden|köyünden|mevzilerinden)"
                           # "Suriye'deki Tel Rıfat bölgesinden atılan roketler": from a place in that country (session 17)
                           r"|['’](?:da|de|ta|te)ki\s+(?:\w+\s+){0,3}?(?:\w+['’](?:dan|den|tan|ten)|\w+\s+(?:bölgesinden|"
                           r"kentinden|ilçesinden|köyünden|mevzilerinden|tarafından)))\s+"
                           r"(?:\w+\s+){0,2}?(?:atılan|ateşlenen|fırlatılan|atılmış|açılan)\b", re.IGNORECASE)
_FIRED_AFTER_DE = re.compile(r"\s+(?:\w+\s+){0,2}?abgefeuert", re.IGNORECASE)
_ORIGIN_BEFORE = re.compile(r"\b(?:fired|launched|shot)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?(?:southern\s+|northern\s+)?$",
                            re.IGNORECASE)
# where attackers came from is not where they struck (for the people who fled, it is: ``_event_place_weight``), and
# where a statement was made is not where the incident was: "Insurgents who crossed from Niger attacked ... in
# northern Benin", "des assaillants venus du Niger", "hombres armados procedentes de Venezuela"; "In a statement from
# Washington, the State Department condemned the attack in Manipur" (session 16)
_CAME_FROM = re.compile(r"\b(?:(?:crossed|came|infiltrated|sneaked|slipped|crossing)\s+(?:over\s+|in\s+)?from|"
                        r"venus?\s+(?:du|de|des|d')|venant\s+(?:du|de|des|d')|en provenance\s+(?:du|de|des|d')|"
                        r"procedentes?\s+de(?:l)?|vindos?\s+d[aeo]s?|provenienti\s+da(?:l|lla)?|giunti\s+da(?:l|lla)?)"
                        r"\s+(?:the\s+|la\s+|le\s+|l')?(?:(?:neighbou?ring|southern|northern|eastern|western)\s+)?$",
                        re.IGNORECASE)
_STATEMENT_AT = re.compile(r"\b(?:statement|remarks|briefing|news conference|press conference|communiqué|comunicado|"
                           r"déclaration)\s+(?:issued\s+|released\s+|publié\s+)?(?:from|in|à|depuis|desde|em|en)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
# a nationality named as a side of a border is where it happened: "near Adré, on the Chadian side of the border"
_SIDE_AFTER = re.compile(r"\s+side\b", re.IGNORECASE)
_MISSION_AFTER = re.compile(r"\s*(?:'s\s+)?(?:embass(?:y|ies)|consulates?|high commission)\b", re.IGNORECASE)


# Indonesian and Malay write a nationality as the country's name after the noun ("tiga nelayan Indonesia", three
# Indonesian fishermen; "warga Malaysia"): a people's nationality, weighed as a demonym (session 16)
_PEOPLE_BEFORE = re.compile(r"\b(?:nelayan|warga|warganegara|pekerja|buruh|pelaut|awak kapal|awak|turis|wisatawan|"
                            r"tentara|prajurit|pasukan|militer|polisi|pengungsi|migran|mahasiswa|anak buah kapal|"
                            r"sandera|tawanan|orang|penduduk|militan|pemberontak)\s+"
                            # "nelayan asal Indonesia", "warga negara Malaysia", "pekerja berkewarganegaraan Filipina":
                            # of that origin or citizenship, still a nationality (session 17b)
                            r"(?:(?:asal|negara|berasal dari|berkewarganegaraan|kewarganegaraan|kebangsaan)\s+)?$",
                            re.IGNORECASE)


def _speaks_or_hosts(p: ResolvedPlace, text: str) -> bool:
    """A country named as a mission's owner or a source, not as a place: "the US embassy in La Paz", "the US
    military said"."""
    return p.kind in ("country", "demonym") and bool(
        _MISSION_BEFORE.search(text[max(0, p.start - 40):p.start]) or _MISSION_AFTER.match(text, p.end)
        or _SOURCE_AFTER.match(text, p.end))


def _origin_after(p: ResolvedPlace, text: str) -> bool:
    """A country a weapon was fired from, named before the verb (``_ORIGIN_AFTER``)."""
    if text[max(0, p.start - 9):p.start].lower().rstrip().endswith(("aus", "aus dem", "aus der")):
        return bool(_FIRED_AFTER_DE.match(text, p.end))
    return bool(_ORIGIN_AFTER.match(text, p.end))


def _place_weight(p: ResolvedPlace, text: str) -> float:
    """Kind weight, plus context: "Bannu District", "in Thoubal" are places; "Dure Kamil" may be a name; a country
    across the border or a weapon was fired from counts less (a mission's or a source's country is left out before,
    ``_speaks_or_hosts``)."""
    weight = p.weight
    if p.kind == "country" and (_BORDER_WITH.search(text[max(0, p.start - 30):p.start]) or
                                _BORDER_AFTER.match(text, p.end) or
                                _ORIGIN_BEFORE.search(text[max(0, p.start - 40):p.start]) or
                                _origin_after(p, text)):
        return weight - 2.5  # "near the border with Cameroon": the other side of the border
    if p.kind != "country" and _origin_after(p, text):
        return weight - 2.5  # "Tel Rıfat bölgesinden atılan roketler": a town rockets were fired from (session 17b)
    if _STATEMENT_AT.search(text[max(0, p.start - 40):p.start]):
        return weight - 2.5  # "in a statement from Washington"
    if p.kind == "demonym" and _SIDE_AFTER.match(text, p.end):
        return 2.5  # "on the Chadian side": as its country's name
    if p.kind == "country" and _PEOPLE_BEFORE.search(text[max(0, p.start - 44):p.start]):
        return 0.5  # "nelayan Indonesia": Indonesian fishermen, no place (a demonym's weight)
    if _PLACE_WORD.match(text, p.end) or (p.kind not in ("country", "demonym")
                                           and _ADMIN_BEFORE.search(text[max(0, p.start - 24):p.start])):
        weight += 2.0
    if _PLACE_BEFORE.search(text[max(0, p.start - 16):p.start]) or _headline_place(p, text):
        weight += 0.5
    return weight


def _headline_place(p: ResolvedPlace, text: str) -> bool:
    """A place that opens a headline before a colon ("Aguililla: dron con explosivos cae sobre una vivienda", "Pataz:
    mineros ilegales atacan...", "Gaza : ...") is where the news happened, as if written "in Aguililla" (session
    17b)."""
    return not text[:p.start].strip(" \"'«“") and bool(_HEADLINE_COLON.match(text, p.end))


_HEADLINE_COLON = re.compile(r"\s?:\s")


def _event_place_weight(p: ResolvedPlace, c: Candidate, text: str, dateline_end: int = 0) -> float:
    """A place's weight for this event: a dateline is where the report was written, so a country or region named in
    the report itself outweighs it ("ANKARA — ... Kuzey Irak'ın ..."; ``dateline_end`` is 0 when the report names
    none, and a GeoNames city of the same name elsewhere does not: "TEGUCIGALPA — ... la colonia Villa Nueva"); for
    people who fled, where they fled from outweighs where they went ("crossed into Chad after fleeing attacks ... in
    West Darfur") (session 15b)."""
    weight = _place_weight(p, text)
    if p.end <= dateline_end:
        weight -= 0.75
    if c.rule.type == "displacement":
        fled = _FLED_FROM.search(text, c.start, c.end)
        if fled and p.start > fled.start():
            weight += 1.5
    elif _CAME_FROM.search(text[max(0, p.start - 48):p.start]):
        weight -= 2.5  # "gunmen who crossed from Niger attacked ... in northern Benin"
    elif c.rule.type in ("protest", "riot") and _protest_subject(p, c, text):
        weight -= 2.5  # "hanno sfilato a Roma per chiedere il cessate il fuoco a Gaza": the march is in Rome
    return weight


def _protest_subject(p: ResolvedPlace, c: Candidate, text: str) -> bool:
    """A place named after what protesters demand or support, once the protest's own clause has begun ("marched in
    London calling for a ceasefire in Gaza", "a Roma per chiedere ... a Gaza", "en Madrid en solidaridad con
    Palestina"): the protest's subject, not its place (session 16b)."""
    if p.start - c.start > 10 and _PROTEST_CAUSE_AFTER.match(text, p.end):
        return True
    cue = None
    for cue in _PROTEST_CAUSE.finditer(text, max(c.start, p.start - 80), p.start):
        pass
    return cue is not None and cue.start() - c.start > 10 and not _CLAUSE_END.search(text, cue.end(), p.start)


# what protesters demand or support ("calling for a ceasefire in Gaza", "per chiedere", "en solidaridad con", "pour
# réclamer", "für einen Waffenstillstand in", "menuntut", "с требованием")
_PROTEST_CAUSE = re.compile(
    r"\b(?:calling for|called for|call for|demanding|to demand|in solidarity with|in support of|against the war in|"
    r"chiedere|chiedendo|chiedono|in solidarietà con|contro la guerra|pedir|pidiendo|piden|exigir|exigiendo|"
    r"en solidaridad con|contra la guerra|pedindo|exigindo|em solidariedade|pour demander|pour réclamer|réclamant|"
    r"exigeant|en solidarité avec|contre la guerre|forder(?:n|ten|te|ung)|in Solidarität mit|gegen den Krieg|"
    r"menuntut|mendesak|solidaritas untuk|с требованием|требуя|в поддержку|в знак солидарности|з вимогою|вимагаючи|"
    r"на підтримку)\b", re.IGNORECASE)
# Turkish and Hindi put the cue after the name: "İstanbul'da Gazze için yürüdü", "Filistin ile dayanışma", "गाजा के
# समर्थन में"
_PROTEST_CAUSE_AFTER = re.compile(r"(?:['’][^\W\d_]+)?\s+(?:için|ile dayanışma|halkıyla dayanışma|के समर्थन में)")
_CLAUSE_END = re.compile(r"[.;!?]")


_REGION_KINDS = {"subdivision", "region", "district", "city", "area"}


def _namesake_town(p: ResolvedPlace, inside: list[ResolvedPlace], places: list[ResolvedPlace]) -> bool:
    """A GeoNames town no other place of the text agrees with, while a hand-kept place of another country is named
    in the same event."""
    if any(q is not p and q.country == p.country for q in places):
        return False
    return any(q.kind in _REGION_KINDS and q.country != p.country for q in inside)


def _locate(places: list[ResolvedPlace], c: Candidate, countries: list[str], focus: tuple[str, ...], text: str
            ) -> tuple[str | None, str | None, str | None]:
    """Country, admin1 and place name of an event: the most specific place in its sentence, else
    the article's main country, else the source's single focus country."""
    inside = [p for p in places if c.start <= p.start and p.end <= c.end and not _street(p, text)]
    if c.rule.type in ("protest", "riot"):
        # a country named here only as what a protest is about is no country of it ("se manifestaron en Madrid en
        # solidaridad con Palestina": Madrid, a GeoNames city, is kept) (session 16b)
        about = {p.country for p in inside if _protest_subject(p, c, text)}
        held = {p.country for p in inside if not _protest_subject(p, c, text)}
        countries = [k for k in countries if k not in about - held]
    # a GeoNames city alone may be a person's name ("Jackson said"): trust it only when it agrees
    # with the article's countries or the article names none
    inside = [p for p in inside if p.kind != "gcity" or not countries or p.country in countries]
    # a small town must also be written as a place ("in Khar", "Khar town") or agree with the article
    inside = [p for p in inside if p.kind != "town" or p.country in countries or _place_weight(p, text) > p.weight]
    # a GeoNames name that begins a longer proper name is no place of its own ("près de Kouri Bougoudi": Kouri is a
    # town in Mali, Kouri Bougoudi a mining site in Chad) (session 16)
    inside = [p for p in inside if p.kind not in ("gcity", "town") or not _begins_longer_name(p, places, text)]
    # a small town whose country nothing else in the text names, next to a region of another country, is a namesake
    # ("the village of Kpata in Ouham-Pendé": a Kpata is in Côte d'Ivoire, Ouham-Pendé in the CAR) (session 17)
    inside = [p for p in inside if p.kind != "town" or not _namesake_town(p, inside, places)]
    capital = _capital_nationality(text[c.start:c.end])
    if capital and all(p.kind in _WEAK_KINDS for p in inside):
        # "nella capitale somala", "en la capital somalí", "la capitale tchadienne": a capital named by its nationality
        # outweighs a GeoNames namesake ("sulla spiaggia del Lido": Lido is a town in Italy) (session 17b)
        same = [p for p in inside if p.country == capital]
        return capital, None, same[0].text if same else None
    if inside:
        dateline = _DATELINE.match(text)
        dateline_end = dateline.end() if dateline and any(
            p.start >= dateline.end() and p.kind not in _WEAK_KINDS for p in inside) else 0
        best = max(inside, key=lambda p: (_event_place_weight(p, c, text, dateline_end), -p.start))
        same = [p for p in inside if p.country == best.country]
        local = [p for p in same if p.kind in _PLACE_RANK]
        place = max(local, key=lambda p: (_PLACE_RANK[p.kind], -p.start)) if local else None
        admin1 = (place.admin1 if place and place.admin1 else None) or next((p.admin1 for p in same if p.admin1), None)
        return best.country, admin1, place.text if place else None
    if countries:
        return countries[0], None, None
    if len(focus) == 1:
        return focus[0], None, None
    return _actor_nationality(text[c.start:c.end]), None, None


# a capital named by its nationality in Romance word order ("nella capitale somala", "en la capital venezolana", "dans la
# capitale tchadienne", "na capital angolana"); English "the Somali capital" is read by the gazetteer
_CAPITAL_NATIONALITY = re.compile(r"\bcapita(?:le|l)\s+([a-zà-ÿ]{4,})\b", re.IGNORECASE)


def _capital_nationality(sentence: str) -> str | None:
    """The country of the first capital named by its nationality adjective in a sentence, or None."""
    gazetteer = load_gazetteer()  # cached, as in _actor_nationality
    for m in _CAPITAL_NATIONALITY.finditer(sentence):
        word = m.group(1).lower()
        for form in [word] + [word[: -len(a)] + b for a, b in _ADJ_ENDINGS if word.endswith(a)]:
            demonyms = {e.country for e in gazetteer.entries_for(form) if e.kind == "demonym"}
            if len(demonyms) == 1:
                return demonyms.pop()
    return None


# the next word is a capitalized name of its own: "Kouri Bougoudi" (not "Kabul Province", "Sumy Governor", "Goma
# Airport", nor a second place)
_NAME_AFTER = re.compile(r" (?!(?:Governor|Mayor|Police|Airport|Hospital|University|Prison|Jail|Market|Road|Highway|"
                         r"Bridge|Base|Mosque|Church|Stadium|Dam|Valley|Port|Station|Council|Central|Municipal|"
                         r"Regional|District|Province|State|City|Town)\b)[A-ZÀ-Ý][a-zà-ÿ'-]{2,}\b")


_GERMAN = re.compile(r"\b(?:der|die|das|und|wurden|wurde|sind|ist|nach)\b")


def _begins_longer_name(p: ResolvedPlace, places: list[ResolvedPlace], text: str) -> bool:
    """A weak place whose name goes on with a capitalized word that is no place and no place word."""
    after = _NAME_AFTER.match(text, p.end)
    if after is None or _PLACE_WORD.match(text, p.end) or _GERMAN.search(text):
        return False  # German capitalizes every noun: "in Adré Schüsse"
    return not any(q.start == p.end + 1 for q in places)


# Romance languages write a nationality in lower case after an armed actor ("l'armée tchadienne", "pirati somali",
# "las fuerzas armadas colombianas"): where nothing else places an event, the actor's nationality does (session 16).
# Only after an actor noun: "pescadores indonesios", victims abroad, place nothing.
_ACTOR_NATIONALITY = re.compile(
    r"\b(?:arm[ée]e|arm[ée]es|soldats|militaires|forces|troupes|gendarmes|gendarmerie|policiers|rebelles|pirates|"
    r"djihadistes|jihadistes|aviation|marine|ej[ée]rcito|soldados|militares|fuerzas|tropas|polic[ií]a|rebeldes|"
    r"piratas|aviaci[oó]n|armada|ex[ée]rcito|for[cç]as|pol[ií]cia|esercito|soldati|militari|forze|truppe|polizia|"
    r"ribelli|pirati|miliziani|jihadisti|aviazione|marina|carabinieri)"
    r"(?:\s+(?:arm[ée]es|armadas|armados|armate|a[ée]riennes|a[ée]reas|aeree|navales))?\s+([a-zà-ÿ]{4,})\b",
    re.IGNORECASE)
# feminine and plural endings of Romance nationality adjectives back to the masculine listed in the gazetteer
# ("tchadienne" -> "tchadien", "somali" -> "somalo", "colombianas" -> "colombiano")
_ADJ_ENDINGS = (("iennes", "ien"), ("ienne", "ien"), ("iens", "ien"), ("aises", "ais"), ("aise", "ais"),
                ("ianas", "iano"), ("ianos", "iano"), ("iana", "iano"), ("iani", "iano"), ("iane", "iano"),
                ("as", "o"), ("os", "o"), ("a", "o"), ("i", "o"), ("e", "o"), ("es", ""), ("s", ""), ("e", ""))


def _actor_nationality(sentence: str) -> str | None:
    """The country of the first armed actor's nationality adjective in a sentence, or None."""
    gazetteer = load_gazetteer()  # the process-wide one the analyzer holds (cached): _locate is given no gazetteer
    for m in _ACTOR_NATIONALITY.finditer(sentence):
        word = m.group(1).lower()
        forms = [word] + [word[: -len(a)] + b for a, b in _ADJ_ENDINGS if word.endswith(a)]
        for form in forms:
            demonyms = {e.country for e in gazetteer.entries_for(form) if e.kind == "demonym"}
            if len(demonyms) == 1:
                return demonyms.pop()
    return None


def make_analyzer(settings: NlpSettings) -> EventAnalyzer:
    """The events analyzer configured by ``settings`` (threshold override, else the model's own)."""
    return EventAnalyzer(load_classifier(), load_gazetteer(), threshold=settings.event_threshold)
