"""Read misspelt lexicon and group words as what they stand for, before the lexicon scan: letters swapped
("Muslims are rtas", "mulsims"), one letter missing or extra ("cockroches", "vermn", "parasitess"), two words run
together ("Muslimsare vermin", "disgustingvermin").

Posts misspell by accident and on purpose (a filter looks for "vermin", not "vremin"). A word is repaired only when
all of these hold:

- it is rare in the language: under ``RARE_ZIPF`` on wordfreq's Zipf scale (a word seen less than once in ten
  million), so "rates", "arts", "brats" and "pets" are never read as "rats" or "pests";
- one edit (a swap of two neighbouring letters, one letter deleted, added or changed) turns it into a word far more
  frequent than itself, and the most likely such word (by frequency, swaps first) is a lexicon term or a group name;
  a word in the list ("vermis", a rare name) only by a swap;
- or, in a text that names a group or uses a term, a term (else a cue word of the rules: "deserve", "must") is
  nearly as likely as the likeliest word ("Muslims are a plage on our society": "place" alone, "plague" here);
- letters drawn out ("refugeees", "killl", "trashhhh") are read as one or two, whichever makes a word;
- or, for a run-together word, it is unknown and splits into two known words, one of them a term or a group;
- a capitalised word inside a sentence is a name ("Starven Saint Hilare"): it is read as a group ("I hate
  Muslmis") but never as a term (except in German, which capitalises every noun).

Word frequencies come from the ``wordfreq`` package's bundled lists (nothing is downloaded), loaded the first time
a text in that language needs them (0.2-0.6 s; 16 MB kept for English, 40 MB for Russian). Arabic, Amharic, Hausa, Kinyarwanda,
Swahili, Chinese and Hindi are left as they are: no large word list, or short words whose one-edit neighbours
are mostly real words.

``repair`` returns the copy and an ``OffsetMap`` back to the text it was given, so that evidence spans point at the
original characters.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from nlp.dehumanization.obfuscation import OffsetMap
from nlp.lexicons import CompiledLanguage

__all__ = ["CHAT", "LANGUAGES", "RARE_ZIPF", "SPELLING_VERSION", "SpellingRepair", "compose"]

log = logging.getLogger(__name__)

SPELLING_VERSION = "tocsin-spelling-v3+wordfreq-3.1.1"  # v3: contractions written without the apostrophe ("arent", "dont"), French "c" for "c'est"; v2: chat spellings ("r", "shud", "vc")
# languages with a large wordfreq list and an alphabet where one edit rarely lands on another real word
LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "it", "nl", "pl", "ru", "uk"})
RARE_ZIPF = 2.0  # a word rarer than this may be a misspelling ("rtas" 1.7; "brats" 2.9, "rates" 4.9)
GAIN_ZIPF = 1.0  # ... of a word at least ten times as frequent
KNOWN_ZIPF = 3.0  # each half of a run-together word must be at least this common ("are", "disgusting")
SHORT_ZIPF = 5.5  # ... and a half of one or two letters this common ("on", "of", "is")
CONTEXT_ZIPF = 2.5  # an unknown word is read as a term up to this much less likely than the likeliest word, when
# the text names a group ("a plage on our society": "plague", not "place")
MIN_LETTERS = 4
MAX_LETTERS = 24
_WORD = re.compile(r"[^\W\d_]+")
_APOSTROPHES = {"'", "’", "ʼ", "`"}
_APOSTROPHE_WORD = re.compile(r"[^\W\d_]*['’ʼ`][^\W\d_]*")
_CACHE = 8192
_RUN = re.compile(r"([^\W\d_])\1{2,}")  # three or more of one letter: "trashhhh"
_MAX_RUNS = 4
# chat spellings read as the words (lower case, whole words only): short forms the rules' cues and copulas miss
CHAT: dict[str, dict[str, str]] = {
    "en": {"r": "are", "u": "you", "ur": "your", "b": "be", "shud": "should", "shld": "should", "shoud": "should",
           "wud": "would", "cud": "could", "gonna": "going to", "wanna": "want to", "gotta": "got to", "em": "them",
           "dem": "them", "dey": "they", "ppl": "people", "n": "and", "luv": "love", "wat": "what", "dat": "that",
           "dis": "this", "arent": "aren't", "isnt": "isn't", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
           "cant": "can't", "wont": "won't", "shouldnt": "shouldn't", "wouldnt": "wouldn't", "werent": "weren't",
           "wasnt": "wasn't", "theyre": "they're", "thats": "that's",
           # chat interjections carry nothing and break the parse ("they aren't even human lol, subhuman trash"):
           # blanked
           "lol": "", "lmao": "", "lmfao": "", "rofl": "", "smh": "", "tbh": "", "imo": "", "imho": ""},
    "fr": {"c": "c'est", "ki": "qui", "ds": "dans", "pr": "pour", "ts": "tous", "tjs": "toujours", "koi": "quoi", "bcp": "beaucoup",
           "jvais": "je vais", "doivt": "doivent"},
    "es": {"q": "que", "k": "que", "xq": "porque", "pq": "porque", "tb": "también", "d": "de", "x": "por",
           "tmb": "también"},
    "pt": {"vc": "você", "vcs": "vocês", "q": "que", "pq": "porque", "tb": "também", "mto": "muito", "td": "todo",
           "tds": "todos"},
    "it": {"nn": "non", "ke": "che", "cmq": "comunque", "tt": "tutti", "sn": "sono", "xké": "perché"},
}
_SWAPPED, _DROPPED = 1.0, 0.5  # priors of one edit (``_one_edit``)
_NOUNS_CAPITALISED = {"de"}  # a capital letter is no sign of a name ("Flüchtlinge sind Ungezifer")


@dataclass(frozen=True)
class _Fix:
    """What a rare word stands for: ``sure`` whatever the text, ``about_a_group`` in a text that names a group or
    uses a term."""

    sure: str | None = None
    about_a_group: str | None = None


_NO_FIX = _Fix()


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str


def _buckets(language: str) -> list[list[str]]:
    """wordfreq's list for ``language`` as it is stored: bucket ``i`` holds the words of frequency 10^(-i/100)
    (Zipf 9 - i/100). Read straight from the package's file, so that wordfreq keeps no cached copy of its own."""
    import wordfreq

    wordlist = "large" if language in wordfreq.available_languages("large") else "small"
    log.info("spelling: loading wordfreq's %s list for %s", wordlist, language)
    return wordfreq.read_cBpack(str(wordfreq.DATA_PATH / f"{wordlist}_{language}.msgpack.gz"))


@dataclass(frozen=True)
class _WordList:
    """A language's word frequencies, small in memory: the common words (Zipf >= ``RARE_ZIPF``) in a dict, the rare
    ones as sorted string hashes with their Zipf values (most of a list is rare words: 225,000 of English's 321,000)."""

    common: dict[str, float]
    rare_hashes: np.ndarray  # int64, sorted
    rare_zipf: np.ndarray  # float32, aligned with rare_hashes

    @classmethod
    def of(cls, buckets: list[list[str]]) -> _WordList:
        common: dict[str, float] = {}
        first_rare = len(buckets)
        for i, bucket in enumerate(buckets):
            zipf = 9.0 - i / 100
            if zipf < RARE_ZIPF:
                first_rare = i
                break
            common.update(dict.fromkeys(bucket, zipf))
        rare = [(i, w) for i in range(first_rare, len(buckets)) for w in buckets[i]]
        hashes = np.fromiter((hash(w) for _, w in rare), dtype=np.int64, count=len(rare))
        zipfs = np.fromiter((9.0 - i / 100 for i, _ in rare), dtype=np.float32, count=len(rare))
        order = np.argsort(hashes, kind="stable")
        return cls(common, hashes[order], zipfs[order])

    def zipf_many(self, words: list[str]) -> list[float]:
        """``zipf`` of each word, the rare ones looked up together."""
        out = [self.common.get(w, 0.0) for w in words]
        missing = [i for i, z in enumerate(out) if z == 0.0]
        if missing and len(self.rare_hashes):
            hashes = np.fromiter((hash(words[i]) for i in missing), dtype=np.int64, count=len(missing))
            at = np.minimum(np.searchsorted(self.rare_hashes, hashes), len(self.rare_hashes) - 1)
            found = self.rare_hashes[at] == hashes
            for k in np.flatnonzero(found).tolist():
                out[missing[k]] = float(self.rare_zipf[at[k]])
        return out

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency, 0.0 for a word not in the list."""
        return self.zipf_many([word])[0]


@dataclass(frozen=True)
class _Index:
    """One language's word list and the forms of its terms and groups that the list holds."""

    words: _WordList
    forms: frozenset[str]  # every word form the lexicon scan reads as a term or group ("cockroaches")
    groups: frozenset[str]  # ... as a group
    cues: frozenset[str]  # the rules' cue words that are no such form
    near: frozenset[str]  # each form and each copy of it with one letter deleted
    alphabet: str


_INDEXES: dict[tuple[str, frozenset[str], Callable[[str], list[list[str]]]], _Index] = {}


class SpellingRepair:
    """Misspelling repair for one language, toward that language's lexicon terms and group names."""

    def __init__(self, comp: CompiledLanguage, buckets: Callable[[str], list[list[str]]] = _buckets) -> None:
        self.comp = comp
        self._load = buckets
        bases = {f.lower() for e in comp.entries.values() for f in e.surface_forms() if " " not in f}
        groups = {f.lower() for g in comp.groups.values() for f in g.surface_forms()}
        bases |= {f for f in groups if " " not in f}
        self._bases = frozenset(b for b in bases if b.isalpha())
        # the words of group phrases ("gay people"): a misspelling of one is read as it too, though it is no
        # group alone ("Gay pepole", "Blakc people")
        self._group_parts = frozenset(w for f in groups if " " in f for w in f.split() if len(w) >= 3 and w.isalpha())
        # the words of term phrases ("house by house", "wipe out") and the rules' cue words ("going to", "should",
        # "such"): read as such only when no term is in reach ("sucm" is "scum" in a text about a group)
        phrases = [f.lower() for e in comp.entries.values() for f in e.surface_forms() if " " in f]
        self._cues = frozenset(w for f in [*phrases, *comp.cue_words] for w in f.lower().split()
                               if len(w) >= 3 and w.isalpha())
        self._index: _Index | None = None
        self._repairs: dict[str, _Fix] = {}

    @property
    def index(self) -> _Index:
        """Built the first time a text needs it, once per language and lexicon in a process."""
        if self._index is None:
            key = (self.comp.language, self._bases | self._group_parts | self._cues, self._load)
            if key not in _INDEXES:
                _INDEXES[key] = self._build()
            self._index = _INDEXES[key]
        return self._index

    def _build(self) -> _Index:
        """The forms of the terms and groups that the word list holds, found from each listed form's first letters
        and kept when the lexicon scan reads them as a term ("cockroaches", "infestation"); and the deletion keys:
        a word one edit from a form shares a key with it."""
        buckets = self._load(self.comp.language)
        words = sorted(w for bucket in buckets for w in bucket)
        found = set()
        for base in self._bases:
            stem = base[:max(3, len(base) - 1)]  # inflections keep all but the last letter of the form
            i = bisect.bisect_left(words, stem)
            while i < len(words) and words[i].startswith(stem):
                if len(words[i]) <= len(base) + 5:
                    found.add(words[i])
                i += 1
            found.add(base)
        terms = frozenset(f for f in found if len(f) >= MIN_LETTERS - 1 and self.comp.reads_whole(f))
        forms = terms | self._group_parts
        targets = forms | self._cues
        near = {key for form in targets for key in (form, *(form[:i] + form[i + 1:] for i in range(len(form))))}
        groups = frozenset(f for f in terms if self.comp.group_mentions(f)) | self._group_parts
        return _Index(words=_WordList.of(buckets), forms=forms, groups=groups, cues=self._cues - forms,
                      near=frozenset(near), alphabet="".join(sorted({ch for f in targets for ch in f if ch.isalpha()})))

    def zipf(self, word: str) -> float:
        return self.index.words.zipf(word)

    def repair(self, text: str) -> tuple[str, OffsetMap | None]:
        """``text`` with misspelt terms and run-together words repaired, and the map back to ``text`` (None, and
        ``text`` itself, when nothing was repaired)."""
        index = self.index
        raw = set(text.split())
        chat = self._chat_words(raw)
        # the words of the text less the common ones, a set difference: most texts have no rare word near a term
        rare: set[str] = set()
        for token in {t.lower() for t in raw} - index.words.common.keys():
            if token.isalpha():
                rare.add(token)
            else:  # "vermin.", "(muslmis": the runs of letters in it, not the pieces of "aren't", "Ba’athists"
                rare.update(_WORD.findall(_APOSTROPHE_WORD.sub(" ", token)))
        rare -= index.words.common.keys()
        found = {w: f for w in rare if MIN_LETTERS <= len(w) <= MAX_LETTERS and (f := self.word(w)) != _NO_FIX}
        if not found and not chat:
            return text, None
        fixes = {w: f.sure for w, f in found.items() if f.sure}
        if any(f.about_a_group for f in found.values()) and (self.comp.group_mentions(text) or self.comp.terms(text) or
                                                             any(f in index.forms for f in fixes.values())):
            fixes.update({w: f.about_a_group for w, f in found.items() if f.about_a_group})
        edits = []
        for m in _WORD.finditer(text):  # the original's offsets: lower-casing may lengthen a word ("İ")
            word = m.group()
            if text[m.start() - 1:m.start()] in _APOSTROPHES or text[m.end():m.end() + 1] in _APOSTROPHES:
                continue  # a piece of "aren't", "Ba’athists"
            if word in chat:
                edits.append(_Edit(m.start(), m.end(), chat[word]))
                continue
            fixed = fixes.get(word.lower())
            if fixed is not None and (self.comp.language in _NOUNS_CAPITALISED or fixed in index.groups or
                                      _RUN.search(word) or not _name_like(text, m.start(), word)):
                edits.append(_Edit(m.start(), m.end(), _same_case(word, fixed)))
        if not edits:
            return text, None
        log.debug("spelling: %s", ", ".join(f"{text[e.start:e.end]!r} -> {e.text!r}" for e in edits))
        return _apply(text, edits)

    def _chat_words(self, tokens: set[str]) -> dict[str, str]:
        """The chat spellings among a text's tokens ("r" for "are", "shud" for "should"), lower case only: "U Thant"
        and "R. Kelly" are names."""
        table = CHAT.get(self.comp.language)
        if not table:
            return {}
        found = tokens & table.keys()
        found |= {w for t in tokens if len(t) <= 8 and not t.isalpha() for w in _WORD.findall(t) if w in table}
        return {w: table[w] for w in found}

    def word(self, word: str) -> _Fix:
        """The repair of one lower-case word."""
        fix = self._repairs.get(word)
        if fix is None:
            fix = self._repair(word)
            if len(self._repairs) >= _CACHE:
                self._repairs.clear()
            self._repairs[word] = fix
        return fix

    def _repair(self, word: str) -> _Fix:
        if _RUN.search(word):
            return self._drawn_out(word)
        index = self.index
        zipf = index.words.zipf
        own = zipf(word)
        if own >= RARE_ZIPF or word in index.forms:
            return _NO_FIX
        if not self._near_a_form(word):
            return _Fix(self._split(word)) if own == 0.0 and len(word) >= 2 * MIN_LETTERS - 1 else _NO_FIX
        # the likeliest word it stands for, whether or not that is a term: "rast" is "last" before it is "rats".
        # A word in the list (a rare name, "vermis") is read as another only when two letters were swapped
        best: tuple[float, str, bool] | None = None
        best_form: tuple[float, str, bool] | None = None
        best_cue: tuple[float, str, bool] | None = None
        edits = list(_one_edit(word, index.alphabet))
        for (candidate, prior), z in zip(edits, index.words.zipf_many([c for c, _ in edits]), strict=True):
            if z == 0.0 or z < own + GAIN_ZIPF:
                continue
            score, swapped = z + prior, prior == _SWAPPED
            if best is None or score > best[0]:
                best = (score, candidate, swapped)
            if candidate in index.forms and (best_form is None or score > best_form[0]):
                best_form = (score, candidate, swapped)
            if candidate in index.cues and (best_cue is None or score > best_cue[0]):
                best_cue = (score, candidate, swapped)
        if best is None:
            return _NO_FIX
        sure = best[1] in index.forms or best[1] in index.cues
        if best_form is not None and best_form[1] == best[1] and (own == 0.0 or best[2]):
            return _Fix(best[1])
        # "Muslims are a plage on our society": "place" is likelier alone, "plague" in a text about a group
        # ("sucm": "such" alone, "scum" here)
        about = next((c[1] for c in (best_form, best_cue) if c is not None and c[0] >= best[0] - CONTEXT_ZIPF), None)
        return _Fix(best[1] if sure and (own == 0.0 or best[2]) else None, about)

    def _drawn_out(self, word: str) -> _Fix:
        """"refugeees" -> "refugees", "trashhhh" -> "trash", "killl" -> "kill", "ggggayyyys" -> "gays": each run of
        three or more of one letter read as one or two, whichever makes the likeliest word (one letter each when
        none is a word), then repaired as any other word."""
        runs = list(_RUN.finditer(word))[:_MAX_RUNS]
        best: tuple[float, str] | None = None
        for counts in itertools.product((1, 2), repeat=len(runs)):
            pieces, pos = [], 0
            for m, n in zip(runs, counts, strict=True):
                pieces += [word[pos:m.start()], m.group(1) * n]
                pos = m.end()
            candidate = "".join(pieces) + word[pos:]
            z = self.zipf(candidate)
            if best is None or z > best[0]:
                best = (z, candidate)
        assert best is not None
        shortened = best[1]
        if best[0] == 0.0 or len(shortened) < MIN_LETTERS:
            return _Fix(shortened)
        fix = self._repair(shortened)
        return _Fix(fix.sure or shortened, fix.about_a_group)

    def _near_a_form(self, word: str) -> bool:
        near = self.index.near
        return word in near or any(word[:i] + word[i + 1:] in near for i in range(len(word)))

    def _split(self, word: str) -> str | None:
        """"muslimsare" -> "muslims are", "disgustingvermin" -> "disgusting vermin", "plagueon" -> "plague on": a
        term or a group and a common word (or two terms)."""
        best: tuple[float, str] | None = None
        forms, cues = self.index.forms, self.index.cues
        for i in range(2, len(word) - 1):
            left, right = word[:i], word[i:]
            terms = (left in forms or left in cues, right in forms or right in cues)
            if not any(terms):
                continue
            zl, zr = self.zipf(left), self.zipf(right)
            if min(zl, zr) == 0.0 or any(not term and not _common_side(part, z)
                                         for term, part, z in ((terms[0], left, zl), (terms[1], right, zr))):
                continue
            if best is None or min(zl, zr) > best[0]:
                best = (min(zl, zr), f"{left} {right}")
        return best[1] if best else None


def _common_side(part: str, zipf: float) -> bool:
    """The half of a run-together word that is no term: a common word, a short one very common ("on", "of")."""
    return zipf >= (KNOWN_ZIPF if len(part) >= 3 else SHORT_ZIPF)


def _one_edit(word: str, alphabet: str) -> Iterator[tuple[str, float]]:
    """(candidate, prior) for every string one edit from ``word``. The prior, added to a candidate's Zipf
    frequency, says how often posts make that edit: letters swapped most (1.0), one left out or typed twice (0.5),
    one changed least (0)."""
    n = len(word)
    for i in range(n - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:], _SWAPPED
    for i in range(n):
        yield word[:i] + word[i + 1:], _DROPPED
    for i in range(n + 1):
        for ch in alphabet:
            yield word[:i] + ch + word[i:], _DROPPED
    for i in range(n):
        for ch in alphabet:
            if ch != word[i]:
                yield word[:i] + ch + word[i + 1:], 0.0


def _name_like(text: str, start: int, word: str) -> bool:
    """A capitalised word inside a sentence ("Starven Saint Hilare"): a name, read as a group ("I hate Muslmis")
    but not as a term."""
    if not word[:1].isupper() or word.isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'“”«»(#@\n"


def _same_case(original: str, fixed: str) -> str:
    if original.isupper() and len(original) > 1:
        return fixed.upper()
    if original[:1].isupper():
        return fixed[:1].upper() + fixed[1:]
    return fixed


def _apply(text: str, edits: list[_Edit]) -> tuple[str, OffsetMap]:
    """The text with each edit made; every character of a replacement stands for the whole word it replaced, so
    a span that touches the word maps to all of it."""
    out: list[str] = []
    origin: list[int] = []
    until: list[int] = []
    pos = 0
    for e in edits:
        out.append(text[pos:e.start])
        origin.extend(range(pos, e.start))
        until.extend(range(pos + 1, e.start + 1))
        out.append(e.text)
        origin.extend([e.start] * len(e.text))
        until.extend([e.end] * len(e.text))
        pos = e.end
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    until.extend(range(pos + 1, len(text) + 1))
    return "".join(out), OffsetMap(tuple(origin), tuple(until))


def compose(first: OffsetMap | None, second: OffsetMap | None) -> OffsetMap | None:
    """The map of a copy of a copy: ``second`` maps the final copy to the first copy, ``first`` the first copy to
    the original."""
    if first is None or second is None:
        return second or first
    return OffsetMap(tuple(first.start(o) for o in second.origin), tuple(first.end(u) for u in second.until))
