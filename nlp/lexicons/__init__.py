"""Lexicons of dehumanizing metaphors, eliminationist phrases and coded terms, one data file per language.

Public API:
- ``load_lexicons(extra_dirs)`` -> ``LexiconSet`` (bundled files + extra folders, e.g. an NGO's own terms)
- ``check_paths(paths)`` -> (valid lexicons, problems) for ``tocsin lexicon check``
- ``LexiconMatcher`` (compiled per-language regexes), ``LexiconHit``, ``GroupHit``

Exceptions: ``LexiconError`` (ValueError) - a file is unusable; the message says what to fix.
"""

from nlp.lexicons.loader import (
           LexiconError,
           LexiconProblem,
           LexiconSet,
           builtin_dir,
           check_paths,
           load_lexicon,
           load_lexicons,
)
from nlp.lexicons.matcher import WISH_FRAME, CompiledLanguage, GroupHit, LexiconHit, LexiconMatcher
from nlp.lexicons.model import METAPHOR_CATEGORIES, GroupEntry, Lexicon, LexiconEntry

__all__ = ["METAPHOR_CATEGORIES", "WISH_FRAME", "CompiledLanguage", "GroupEntry", "GroupHit", "Lexicon", "LexiconEntry",
           "LexiconError", "LexiconHit", "LexiconMatcher", "LexiconProblem", "LexiconSet", "builtin_dir",
           "check_paths", "load_lexicon", "load_lexicons"]
