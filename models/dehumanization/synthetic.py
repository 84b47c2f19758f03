"""Generated sentences that teach the head the difference between metaphor about people and literal use.

Positives: a group noun predicated with a metaphor ("the refugees are cockroaches"), in every lexicon
language that declares copulas. Hard negatives: literal uses of the same words (pest control, farming,
medicine, sports, administration) in English, French and Spanish. Their dev split is reported
separately as "hard negatives" precision, never mixed into the real-data metrics.
"""

from __future__ import annotations

import itertools
import random

from models.dehumanization.datasets import Example
from nlp.lexicons import LexiconSet

__all__ = ["generate"]

_LITERAL_EN = [
    "{m} were found in the restaurant kitchen during the health inspection.",
    "Farmers are spraying the fields to stop the {m} from destroying the harvest.",
    "The pest control company removed the {m} from the warehouse.",
    "Researchers in the lab studied how the {m} spread in the samples.",
    "A documentary about {m} in the wild won an award.",
    "The vet said the {m} at the shelter were healthy.",
]
_ELIM_LITERAL_EN = [
    "The team crushed their rivals in the final.", "The council will purge old files from the archive.",
    "Police carried out a house to house search for the missing child.",
    "Volunteers went door to door to register voters.", "The new vaccine could eradicate polio.",
    "Engineers plan to wipe out the backlog of repairs by June.", "The software cleanses duplicate records.",
    "The drug kills cancer cells while sparing healthy tissue.", "Doctors warned of a virus outbreak in the ward.",
]
_LITERAL_OTHER = [
    ("fr", "Les services d'hygiène ont trouvé des {m} dans la cuisine du restaurant."),
    ("es", "Los técnicos encontraron {m} en la cocina del restaurante."),
    ("de", "Die Kammerjäger fanden {m} in der Küche des Restaurants."),
]
_METAPHORS_EN = ["rats", "cockroaches", "locusts", "snakes", "dogs", "parasites", "lice", "termites", "maggots",
                 "weeds", "pests", "vermin"]


def _positives(lexicons: LexiconSet, rng: random.Random, per_language: int) -> list[Example]:
    out: list[Example] = []
    for lang, lexes in sorted(lexicons.by_language.items()):
        copulas = [c for lx in lexes for c in lx.cues.copulas if c.isalpha()]
        groups = [g.term for lx in lexes for g in lx.groups if len(g.term) > 3]
        metaphors = [e.term for lx in lexes for e in lx.entries if e.kind == "metaphor" and len(e.term) > 3]
        elim = [e.term for lx in lexes for e in lx.entries if e.kind == "eliminationist" and len(e.term) > 4]
        if not (copulas and groups and metaphors):
            continue
        combos = list(itertools.product(groups, metaphors))
        rng.shuffle(combos)
        for group, metaphor in combos[:per_language]:
            tail = f" {rng.choice(elim)}" if elim and rng.random() < 0.4 else ""
            out.append(Example(f"{group} {copulas[0]} {metaphor}{tail}", 1, "synthetic_pos", lang))
    return out


def generate(lexicons: LexiconSet, seed: int = 13, per_language: int = 25) -> list[Example]:
    rng = random.Random(seed)
    out = _positives(lexicons, rng, per_language)
    for template, metaphor in itertools.product(_LITERAL_EN, _METAPHORS_EN):
        out.append(Example(template.format(m=metaphor).capitalize(), 0, "synthetic_neg", "en"))
    out += [Example(t, 0, "synthetic_neg", "en") for t in _ELIM_LITERAL_EN]
    for lang, template in _LITERAL_OTHER:
        metaphors = [e.term for lx in lexicons.by_language.get(lang, []) for e in lx.entries
                     if e.kind == "metaphor" and e.category == "vermin_insects"]
        out += [Example(template.format(m=m), 0, "synthetic_neg", lang) for m in metaphors[:6]]
    return out
