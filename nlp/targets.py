"""Target groups: which human groups a sentence is about, with normalized names.

Sources: the group gazetteer in each lexicon file (refugees, Tutsi, opposition, "those people"...)
and, for en/fr, spaCy NORP entities (nationalities, religious and political groups). A place name is
not a group: a NORP entity that is a known place (spaCy tags "Ituri" NORP in "the Ituri rebels") is
dropped unless it is a demonym, and a place counts only as its inhabitants ("the people of Ituri" ->
"people of Ituri").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from nlp.lexicons import CompiledLanguage

__all__ = ["TargetMention", "demonym_mentions", "find_targets", "is_place_name", "normalize_group"]


@dataclass(frozen=True)
class TargetMention:
    start: int
    end: int
    text: str
    normalized: str
    type: str


def normalize_group(name: str) -> str:
    """Canonical spelling of a free-text group name: collapsed spaces, leading article dropped, plural
    capitalized proper names kept ("the Rohingyas" -> "Rohingya" stays as given minus article)."""
    words = name.strip().split()
    if words and words[0].lower() in {"the", "les", "la", "le", "los", "las", "die", "os", "as"}:
        words = words[1:]
    text = " ".join(words).strip(" ,.;:'\"")
    return text[:1].upper() + text[1:] if text and text[0].isalpha() and text[0].isupper() else text


_INHABITANTS = re.compile(r"(?:\b(?:people|peoples|inhabitants|residents|population|populations|citizens|natives|"
                          r"habitants|population|populations|gens|peuple|ressortissants)\s+(?:of|from|in|de|du|des|d['’])"
                          r"\s*(?:the\s+|la\s+|l['’]\s*)?)$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def is_place_name(text: str) -> bool:
    """Is ``text`` (a whole entity) a place in the geo gazetteer, and not a demonym ("Congolese")?"""
    from nlp.geo import load_gazetteer

    for mention in load_gazetteer().find(text):
        if mention.start == 0 and mention.end >= len(text.rstrip()) - 1:
            kinds = {c.kind for c in mention.candidates}
            return "demonym" not in kinds
    return False


def demonym_mentions(sentence: str, offset: int = 0) -> list[TargetMention]:
    """Nationality words from the geo gazetteer ("Rwandan", "Congolais"): a cheap stand-in for spaCy NORP,
    used to decide whether a sentence is worth parsing at all."""
    from nlp.geo import load_gazetteer

    out = []
    for m in load_gazetteer().find(sentence):
        if any(c.kind == "demonym" for c in m.candidates):
            out.append(TargetMention(offset + m.start, offset + m.end, m.text, normalize_group(m.text), "national"))
    return out


def _inhabitants(sentence: str, places: list[tuple[int, int, str]], offset: int) -> list[TargetMention]:
    out = []
    for start, end, text in places:
        m = _INHABITANTS.search(sentence[:start])
        if m:
            phrase = sentence[m.start():end]
            out.append(TargetMention(offset + m.start(), offset + end, phrase, f"people of {text}", "national"))
    return out


def find_targets(sentence: str, compiled: CompiledLanguage, offset: int = 0,
                 norp: list[tuple[int, int, str]] | None = None,
                 places: list[tuple[int, int, str]] | None = None) -> list[TargetMention]:
    """Group mentions in ``sentence``. ``norp`` and ``places`` (GPE/LOC) are (start, end, text) entities from
    spaCy, relative to it; a place is a target only as "people of <place>"."""
    out = [TargetMention(offset + g.start, offset + g.end, g.text, g.normalized, g.type)
           for g in compiled.group_mentions(sentence)]
    places = list(places or [])
    for start, end, text in norp or []:
        if is_place_name(text):
            places.append((start, end, text))
            continue
        if not any(s < offset + end and offset + start < e for s, e in [(t.start, t.end) for t in out]):
            out.append(TargetMention(offset + start, offset + end, text, normalize_group(text), "ethnic_national"))
    for mention in _inhabitants(sentence, sorted(places), offset):
        if not any(t.start < mention.end and mention.start < t.end for t in out):
            out.append(mention)
    return sorted(out, key=lambda t: t.start)
