"""Dependency-parse rules (en, fr: languages with a spaCy parser): is a lexicon hit said *of a human group*?

``dehum-deprules-v3`` fires when a metaphor is
- predicated of a group: the metaphor is the copula's attribute ("the refugees are (nothing but) rats";
  UD: "les réfugiés sont des rats", metaphor with ``cop`` and ``nsubj`` children) and the subject is a group
  or a pronoun/demonstrative for people;
- in apposition to a group ("the Hutu, those snakes"), or a group noun's modifier ("the Tutsi cockroaches");
- the complement of a naming verb about a group ("called the refugees rats", "traité les villageois de cafards");
- compared: object of "like"/"as"/"comme" in a clause whose subject is a group or people pronoun;
- introduced by a demonstrative ("these cockroaches"; a disease word only with people tied to it: "this
  plague" is mostly a disease, "this plague of migrants" is not).
An eliminationist verb fires when its object, or its passive subject ("must be crushed"), is a group, a
people pronoun or a metaphor (a disease metaphor only with people tied to it: "eradicate the cancer of
corruption" is no finding). Literal and distancing cues weaken a verdict as in the window rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.dehumanization.rules import RuleVerdict, weigh
from nlp.lexicons import CompiledLanguage, LexiconHit
from nlp.targets import TargetMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["DEP_RULES_VERSION", "dependency_verdict"]

DEP_RULES_VERSION = "dehum-deprules-v3"  # v3: disease metaphors need people tied to them for "this X" and elimination
_COPULAS = {"be", "is", "are", "was", "were", "been", "being", "'re", "remain", "remains", "become", "becomes",
            "sont", "est", "était", "étaient", "être", "restent", "deviennent"}
_CLIMB = {"prep", "pobj", "conj", "appos", "compound", "amod", "det", "nmod", "case", "flat"}
_SUBJ = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_OBJ = {"dobj", "obj", "nsubjpass", "nsubj:pass", "iobj", "oprd", "conj"}
_COMPARE = {"like", "as", "than", "comme"}
_LITERAL_PRONE = {"disease_contamination"}
_NOUN_PARTS = {"flat", "flat:name"}  # parts of one name; "Palestinian land" is land, not a group
_PEOPLE = {"people", "gens", "them", "eux", "persons", "personnes"}


class _Context:
    def __init__(self, doc: Doc, comp: CompiledLanguage, hits: list[LexiconHit], targets: list[TargetMention],
                 offset: int) -> None:
        self.doc = doc
        self.comp = comp
        self.groups = [(t.start - offset, t.end - offset) for t in targets]
        self.metaphors = [(h.start, h.end) for h in hits if h.kind in ("metaphor", "coded")
                          and h.category != "eliminationist"]
        # disease words name diseases far more often than people ("this plague", "eradicate the scourge")
        self.diseases = [(h.start, h.end) for h in hits if h.category in _LITERAL_PRONE]

    def is_people(self, tok: Token) -> bool:
        """Does this token's phrase name a group, or is it a pronoun/demonstrative for people?"""
        # the head noun itself, not its modifiers or possessors ("the rebels' weapons" is no group)
        phrase = [tok, *(c for c in tok.children if c.dep_ in _NOUN_PARTS)]
        if any(s < t.idx + len(t) and t.idx < e for t in phrase for s, e in self.groups):
            return True
        return tok.lower_ in self.comp.pronouns or tok.lower_ in _PEOPLE or \
            (tok.lower_ in self.comp.demonstratives and tok.dep_ in _SUBJ)

    def is_metaphor(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.metaphors)

    def is_disease(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.diseases)

    def tied_to_people(self, tok: Token) -> bool:
        """A metaphor noun with a group or people word attached: "the Tutsi plague", "this cancer of
        migrants", "the vermin, the refugees" (not "the cancer of corruption", "this disease")."""
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "appos") and self.is_people(child):
                return True
            if child.dep_ in ("prep", "case") and child.lower_ in ("of", "de", "des", "du") and \
                    any(g.dep_ in ("pobj", "nmod") and self.is_people(g) for g in child.children):
                return True
        return tok.dep_ in ("appos", "nmod") and self.is_people(tok.head)

    def is_target(self, tok: Token) -> bool:
        """An elimination target: a group or metaphor; a bare pronoun only when the sentence names a group
        or uses a metaphor ("eradicate them" about threats is no target). A disease metaphor is a target
        only when tied to people ("wipe out the cancer of corruption", "eradicate that plague": no)."""
        if self.is_metaphor(tok) and (not self.is_disease(tok) or self.tied_to_people(tok)):
            return True
        if self.is_people(tok) and tok.lower_ not in self.comp.pronouns:
            return True
        return tok.lower_ in self.comp.pronouns and bool(self.groups or self.metaphors)


def _token_at(doc: Doc, hit: LexiconHit) -> Token | None:
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _clause_verb(tok: Token) -> Token:
    while tok.dep_ in _CLIMB and tok.head is not tok:
        tok = tok.head
    return tok.head if tok.dep_ in ("attr", "oprd", "acomp", "dobj", "obj", "xcomp") and tok.head is not tok else tok


def _metaphor_reason(ctx: _Context, tok: Token) -> str | None:
    head = tok.head
    if tok.dep_ == "appos" and ctx.is_people(head) or any(c.dep_ == "appos" and ctx.is_people(c) for c in tok.children):
        return "apposition"
    if any(c.dep_ == "det" and c.lower_ in ctx.comp.demonstratives for c in tok.children) and \
            (not ctx.is_disease(tok) or ctx.tied_to_people(tok)):  # "this disease", "this plague": a disease
        return "demonstrative"
    if any(c.dep_ in ("compound", "amod", "nmod") and ctx.is_people(c) and c.i < tok.i for c in tok.children):
        return "group modifier"
    if tok.dep_ in ("nmod", "obl") and ctx.is_people(head):  # "traité les villageois de cafards"
        return "named as"
    as_clause = _as_clause(ctx, tok)
    if as_clause:
        return as_clause
    subjects = [c for c in tok.children if c.dep_ in _SUBJ]
    if subjects and any(c.dep_ == "cop" for c in tok.children):  # UD copula: the metaphor heads the clause
        return "predicated of group" if any(ctx.is_people(s) for s in subjects) else None
    verb = _clause_verb(tok)
    subjects = [c for c in verb.children if c.dep_ in _SUBJ]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c is not tok]
    if verb.lower_ in _COPULAS and any(ctx.is_people(s) for s in subjects):
        return "predicated of group"
    if verb.lower_ in ctx.comp.naming and any(ctx.is_people(o) for o in [*objects, tok]):
        return "named as"
    compared = tok.head.lower_ in _COMPARE or any(c.lower_ in _COMPARE for c in tok.children)
    # "described the settlements as a cancer": with a naming verb the object is what is compared
    about = objects if verb.lower_ in ctx.comp.naming else subjects + _inherited_subjects(verb)
    if compared and any(ctx.is_people(s) for s in about):
        return "compared with"
    return None


def _as_clause(ctx: _Context, tok: Token) -> str | None:
    """"described the clan as hyenas waiting to ...": the metaphor is the subject of an "as/like" clause."""
    clause = tok.head
    if tok.dep_ not in _SUBJ or not any(c.dep_ == "mark" and c.lower_ in _COMPARE for c in clause.children):
        return None
    outer = clause.head
    if outer.lower_ in ctx.comp.naming and any(c.dep_ in ("dobj", "obj") and ctx.is_people(c) for c in outer.children):
        return "named as"
    if any(c.dep_ in _SUBJ and ctx.is_people(c) for c in outer.children):
        return "compared with"
    return None


def _inherited_subjects(verb: Token) -> list[Token]:
    """Subjects of the verb a conjoined or controlled verb depends on ("they breed ... and must be wiped out")."""
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return [c for c in verb.head.children if c.dep_ in _SUBJ]
    if verb.dep_ in ("relcl", "acl:relcl") and verb.head is not verb:  # "animals who should be wiped out"
        return [verb.head]
    return [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")]


def _elimination_reason(ctx: _Context, tok: Token) -> str | None:
    verb = tok if tok.dep_ not in ("prt", "compound:prt") else tok.head
    for child in verb.children:
        if child.dep_ in _OBJ and ctx.is_target(child):
            return f"elimination of {child.text!r}"
    passive = any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)
    if (passive or verb.dep_ == "xcomp") and any(ctx.is_target(s) for s in _inherited_subjects(verb)):
        return "elimination of the subject"
    return None


def dependency_verdict(doc: Doc | None, sentence: str, comp: CompiledLanguage, hits: list[LexiconHit],
                       targets: list[TargetMention], offset: int) -> RuleVerdict | None:
    """A verdict from the parse of ``sentence`` (``doc``), or None when the parse supports no finding.

    Hits are relative to the sentence; ``targets`` carry document offsets and ``offset`` is where the
    sentence starts in the document.
    """
    if doc is None or not hits:
        return None
    ctx = _Context(doc, comp, hits, targets, offset)
    reasons, evidence, elim = [], [], []
    for hit in hits:
        tok = _token_at(doc, hit)
        if tok is None:
            continue
        if hit.kind == "coded" and hit.category != "eliminationist":
            why: str | None = "coded term"
        elif hit.kind == "eliminationist" or hit.category == "eliminationist":
            why = _elimination_reason(ctx, tok)
            if why:
                elim.append(hit)
                reasons.append(f"{hit.text!r}: {why}")
            continue
        else:
            why = _metaphor_reason(ctx, tok)
        if why:
            evidence.append(hit)
            reasons.append(f"{hit.text!r}: {why}")
    if not evidence and not elim:
        return None
    verdict = weigh(sentence, comp, evidence, elim, bool(targets), reasons, producer=DEP_RULES_VERSION)
    return verdict if verdict.fires else None
