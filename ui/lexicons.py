"""The lexicon editor's data side, on the lexicon room's loader and validator (``nlp.lexicons``).

Terms added or edited in the interface go to ``<ui.extra_lexicon_dir>/<language>.user.yaml``, never
into the shipped files; every save is validated with ``check_paths`` and ``load_lexicons`` before it
replaces the file, and bumps that file's version (``user.N``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import yaml

from nlp.lexicons import Lexicon, LexiconEntry, LexiconError, check_paths, load_lexicon, load_lexicons
from ui.auth import Action, User, require

__all__ = ["browse_lexicons", "save_term", "user_lexicon_path"]

_SOURCE_KEY = "tocsin-ui"


def browse_lexicons(extra_dir: Path) -> pd.DataFrame:
    """Every entry of the bundled and user lexicons, one row per term."""
    extra = [extra_dir] if extra_dir.is_dir() and any(extra_dir.iterdir()) else []
    rows = []
    for language, lexicons in load_lexicons(extra).by_language.items():
        for lex in lexicons:
            for e in lex.entries:
                rows.append({"language": language, "version": lex.version, "term": e.term, "kind": e.kind,
                             "category": e.category, "forms": ", ".join(e.forms), "country": e.country,
                             "meaning": e.meaning, "source": e.source})
    return pd.DataFrame(rows)


def user_lexicon_path(extra_dir: Path, language: str) -> Path:
    return extra_dir / f"{language.lower()}.user.yaml"


def _next_version(version: str) -> str:
    prefix, _, number = version.rpartition(".")
    return f"{prefix}.{int(number) + 1}" if prefix == "user" and number.isdigit() else "user.1"


def save_term(user: User, extra_dir: Path, language: str, entry: LexiconEntry) -> Lexicon:
    """Add ``entry`` (or replace the user entry with the same term) and bump the file's version."""
    require(user, Action.EDIT_LEXICON)
    path = user_lexicon_path(extra_dir, language)
    entry = entry.model_copy(update={"source": _SOURCE_KEY})
    if path.exists():
        current = load_lexicon(path)
        entries = [e for e in current.entries if e.term != entry.term] + [entry]
        version = _next_version(current.version)
    else:
        entries, version = [entry], "user.1"
    lexicon = Lexicon(language=language, version=version, description="terms added in the Tocsin interface",
                      sources={_SOURCE_KEY: f"added in the Tocsin interface (last by {user.name})"},
                      entries=entries)
    extra_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".yaml", dir=extra_dir, prefix=".saving-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yaml.safe_dump(lexicon.model_dump(mode="json", exclude_defaults=True), fh, allow_unicode=True,
                           sort_keys=False)
        _, problems = check_paths([tmp])
        if problems:
            raise LexiconError("the term was not saved:\n  " + "\n  ".join(p.message for p in problems))
        with tempfile.TemporaryDirectory() as trial:  # the merged set must still load
            (Path(trial) / path.name).write_text(tmp.read_text(encoding="utf-8"), encoding="utf-8")
            others = [p for p in extra_dir.glob("*.y*ml") if p.name != path.name and not p.name.startswith(".")]
            for other in others:
                (Path(trial) / other.name).write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
            load_lexicons([Path(trial)])
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return lexicon
