"""The lexicon file schema (one YAML or JSON file per language; see docs/dehumanization.md)."""

from __future__ import annotations

import re
from typing import Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["METAPHOR_CATEGORIES", "Cues", "GroupEntry", "Inflection", "Lexicon", "LexiconEntry"]

METAPHOR_CATEGORIES = ("vermin_insects", "animals", "disease_contamination", "filth", "plants_weeds",
                       "subhuman_demonic")
MatchKind = Literal["word", "prefix", "infix"]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Inflection(_Strict):
    """How a listed form may vary: regexes allowed before/after a ``word`` match, and the default match."""

    prefix: str = ""
    suffix: str = ""
    default_match: MatchKind = "word"
    geez_plural: bool = Field(False, description="also match each form's Ge'ez plural: the last syllable in its "
                                                 "o-order plus ች (አይጥ -> አይጦች, ውሻ -> ውሾች)")

    def variants(self, form: str) -> list[str]:
        """``form`` and the forms this inflection derives from it."""
        last = form[-1:]
        if self.geez_plural and "\u1200" <= last <= "\u1357" and (ord(last) - 0x1200) % 8 != 6 \
                and not form.endswith("ች"):
            o_order = chr(ord(last) - (ord(last) - 0x1200) % 8 + 6)
            return [form, form[:-1] + o_order + "ች"]
        return [form]


class LexiconEntry(_Strict):
    term: str = Field(min_length=1)
    kind: Literal["metaphor", "eliminationist", "coded"]
    category: str | None = None
    forms: list[str] = Field(default_factory=list, description="extra surface forms (inflections, variants)")
    match: MatchKind | None = Field(None, description="word (default), prefix (stem) or infix (affixed stem)")
    country: str | None = Field(None, description="ISO 3166 alpha-3, required for coded terms")
    meaning: str | None = Field(None, description="what the coded term means, required for coded terms")
    source: str = Field(min_length=1, description="a key of the file's `sources`")

    @model_validator(mode="after")
    def _check_kind(self) -> LexiconEntry:
        if self.kind == "metaphor" and self.category not in METAPHOR_CATEGORIES:
            raise ValueError(f"metaphor {self.term!r} needs a category in {list(METAPHOR_CATEGORIES)}, "
                             f"got {self.category!r}")
        if self.kind == "eliminationist" and self.category not in (None, "threat", "death_to"):
            raise ValueError(f"eliminationist {self.term!r}: category is empty, 'threat' (a violence verb that "
                             f"counts only as a threat or a call: 'will kill', 'should be shot') or 'death_to' (a "
                             f"death word that counts only right before a group in `cues.death_to_endings`: "
                             f"'Смерть евреям!'), got {self.category!r}")
        if self.kind == "coded":
            if self.category not in (*METAPHOR_CATEGORIES, "eliminationist"):
                raise ValueError(f"coded term {self.term!r} needs a category in "
                                 f"{[*METAPHOR_CATEGORIES, 'eliminationist']}, got {self.category!r}")
            if not self.country or not self.meaning:
                raise ValueError(f"coded term {self.term!r} needs `country` (ISO alpha-3) and `meaning`")
        if self.country and pycountry.countries.get(alpha_3=self.country.upper()) is None:
            raise ValueError(f"{self.term!r}: country {self.country!r} is not an ISO 3166 alpha-3 code")
        return self

    def surface_forms(self) -> list[str]:
        return [self.term, *self.forms]


class GroupEntry(_Strict):
    term: str = Field(min_length=1)
    normalized: str = Field(min_length=1, description="canonical English group name recorded in findings")
    type: Literal["ethnic", "religious", "national", "political", "social"]
    forms: list[str] = Field(default_factory=list)
    match: MatchKind | None = None

    def surface_forms(self) -> list[str]:
        return [self.term, *self.forms]


class Cues(_Strict):
    """Words the rules use: demonstratives/pronouns/copulas/comparison/naming mark predication of people;
    literal and distancing words mark literal use or historical analysis."""

    demonstratives: list[str] = Field(default_factory=list)
    pronouns: list[str] = Field(default_factory=list)
    copulas: list[str] = Field(default_factory=list)
    copulas_after: list[str] = Field(default_factory=list, description="copulas that follow the predicate "
                                                                       "(Amharic ናቸው, Hausa ne/ce)")
    zero_copula: bool = Field(False, description="a group noun right before a metaphor predicates it "
                                                 "(Arabic nominal sentences, Russian/Ukrainian dash)")
    comparison: list[str] = Field(default_factory=list)
    naming: list[str] = Field(default_factory=list)
    literal: list[str] = Field(default_factory=list)
    distancing: list[str] = Field(default_factory=list)
    negation: list[str] = Field(default_factory=list, description="words that take back a term said after them "
                                                                  "('are not rats', 'no son ratas'); single words")
    negation_after: list[str] = Field(default_factory=list, description="words after a term that take it back when "
                                                                        "the language writes its negation after the "
                                                                        "predicate (Hindi नहीं: 'कीड़े नहीं हैं'); "
                                                                        "single words")
    intent: list[str] = Field(default_factory=list, description="words before a 'threat' verb that make it a threat "
                                                                "or a call (will, should, going to, let's, "
                                                                "deserve to): 'they killed' is a report")
    counter: list[str] = Field(default_factory=list, description="counter-speech: the sentence condemns the words "
                                                                 "it quotes ('is dehumanizing', 'stop calling')")
    condemnation: list[str] = Field(default_factory=list, description="words that condemn a quotation when they are "
                                                                      "outside its quotation marks ('angry', 'vile', "
                                                                      "'bigot'): '\"X are rats\" makes me angry'")
    abstract_objects: list[str] = Field(default_factory=list, description="word starts of what an elimination verb "
                                                                          "is about when they follow it ('eradicate "
                                                                          "poverty', 'erradicar la malaria'): then it "
                                                                          "is not about the sentence's group (window "
                                                                          "rules; single words, matched as prefixes)")
    wish_frames: list[str] = Field(default_factory=list, description="regular expressions (Python syntax, matched "
                                                                    "case-insensitively) of whole wordings that wish "
                                                                    "death on whoever they are about: 'le seul bon "
                                                                    r"\w+ est un \w+ mort', 'quiero ver (?:\w+ )"
                                                                    r"{0,4}?muertos'. A match counts as an "
                                                                    "eliminationist phrase in a sentence that names "
                                                                    "a group")
    mention_openings: list[str] = Field(default_factory=list, description="regular expressions (Python syntax, "
                                                                         "matched case-insensitively as the "
                                                                         "sentence's first words) that make the "
                                                                         "sentence talk about a wording, not use "
                                                                         "it: 'calling', 'llamar', 'kuwaita' "
                                                                         "('Calling refugees vermin is how it "
                                                                         "starts'). With nobody quoted, such a "
                                                                         "sentence is counter-speech")
    death_to_endings: list[str] = Field(default_factory=list, description="endings of a group word right after a "
                                                                          "'death_to' entry that make it 'death to "
                                                                          "the group' (Russian/Ukrainian dative "
                                                                          "plural -ам/-ям: 'Смерть мигрантам!', "
                                                                          "not 'смерть мигрантов', their death)")


    @field_validator("wish_frames", "mention_openings")
    @classmethod
    def _frames_compile(cls, frames: list[str]) -> list[str]:
        for frame in frames:
            try:
                re.compile(frame)
            except re.error as exc:
                raise ValueError(f"{frame!r} is not a valid regular expression: {exc}") from exc
        return frames


class Lexicon(_Strict):
    language: str = Field(description="ISO 639-1 code")
    version: str = Field(min_length=1)
    description: str = ""
    sources: dict[str, str] = Field(min_length=1, description="source id -> citation")
    inflection: Inflection = Field(default_factory=Inflection)
    entries: list[LexiconEntry] = Field(min_length=1)
    groups: list[GroupEntry] = Field(default_factory=list)
    cues: Cues = Field(default_factory=Cues)

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        if pycountry.languages.get(alpha_2=value.lower()) is None:
            raise ValueError(f"{value!r} is not an ISO 639-1 language code (e.g. 'en', 'sw')")
        return value.lower()

    @model_validator(mode="after")
    def _check_sources(self) -> Lexicon:
        unknown = sorted({e.source for e in self.entries} - set(self.sources))
        if unknown:
            raise ValueError(f"entries cite undeclared source(s) {unknown}; add them under `sources`")
        death_to = [e.term for e in self.entries if e.category == "death_to"]
        if death_to and not self.cues.death_to_endings:
            raise ValueError(f"'death_to' entries {death_to} need `cues.death_to_endings` (the endings of the "
                             f"group word after them, e.g. [ам, ям] for the Russian dative plural)")
        return self
