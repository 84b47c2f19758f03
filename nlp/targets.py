"""Target groups: which human groups a sentence is about, with normalized names.

Sources: the group gazetteer in each lexicon file (refugees, Tutsi, opposition, "those people"...)
and, for en/fr, spaCy NORP entities (nationalities, religious and political groups).
"""

from __future__ import annotations

from dataclasses import dataclass

from nlp.lexicons import CompiledLanguage

__all__ = ["TargetMention", "find_targets", "normalize_group"]


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


def find_targets(sentence: str, compiled: CompiledLanguage, offset: int = 0,
                 norp: list[tuple[int, int, str]] | None = None) -> list[TargetMention]:
    """Group mentions in ``sentence``; ``norp`` are (start, end, text) entities from spaCy, relative to it."""
    out = [TargetMention(offset + g.start, offset + g.end, g.text, g.normalized, g.type)
           for g in compiled.group_mentions(sentence)]
    taken = [(t.start, t.end) for t in out]
    for start, end, text in norp or []:
        if any(s < offset + end and offset + start < e for s, e in taken):
            continue
        out.append(TargetMention(offset + start, offset + end, text, normalize_group(text), "ethnic_national"))
    return sorted(out, key=lambda t: t.start)
