"""Offline language identification with py3langid (normalized probabilities).

The identifier (about 2 MB of model) is loaded once, on first use, not at import.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from dataclasses import dataclass
from typing import Any

__all__ = ["MIN_CHARS", "LanguageGuess", "identify_language"]

log = logging.getLogger(__name__)

MIN_CHARS = 20  # fewer letters than this: no guess (short titles are misclassified too often)
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_lock = threading.Lock()


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None
    score: float


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    log.debug("loading the py3langid model")
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str, *, max_chars: int = 5000) -> LanguageGuess:
    """ISO 639-1 code and probability, or ``LanguageGuess(None, 0.0)`` for text too short to tell."""
    sample = text[:max_chars]
    if len(_LETTERS.findall(sample)) < MIN_CHARS:
        return LanguageGuess(None, 0.0)
    with _lock:  # the identifier is not documented as thread-safe; classification is fast
        language, score = _identifier().classify(sample)
    return LanguageGuess(str(language), float(score))
