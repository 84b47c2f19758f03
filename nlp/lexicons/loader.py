"""Load and validate lexicon files: the bundled ones (``nlp/lexicons/data``) plus extra folders.

``load_lexicons`` merges extra files (e.g. an NGO's own terms) into the bundled language they
name; the merged version string lists every file's version so findings can be re-derived.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from nlp.lexicons.model import Lexicon

__all__ = ["LexiconError", "LexiconProblem", "LexiconSet", "builtin_dir", "check_paths", "load_lexicon",
           "load_lexicons"]

log = logging.getLogger(__name__)
SUFFIXES = (".yaml", ".yml", ".json")


class LexiconError(ValueError):
    """A lexicon file is unusable; the message names the file, the problem and the fix."""


@dataclass(frozen=True)
class LexiconProblem:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class LexiconSet:
    """Lexicons by language; ``versions`` maps language -> merged version string."""

    by_language: dict[str, list[Lexicon]]
    versions: dict[str, str]

    @property
    def languages(self) -> list[str]:
        return sorted(self.by_language)

    def version_string(self) -> str:
        return ",".join(f"{lang}:{v}" for lang, v in sorted(self.versions.items()))


def builtin_dir() -> Path:
    return Path(__file__).resolve().parent / "data"


def _read(path: Path) -> object:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.safe_load(text)


def load_lexicon(path: Path) -> Lexicon:
    try:
        data = _read(path)
    except (yaml.YAMLError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: not valid YAML/JSON ({exc}); fix the syntax") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: top level must be a mapping with language, version, sources, entries")
    try:
        return Lexicon.model_validate(data)
    except ValidationError as exc:
        lines = [f"{'.'.join(str(p) for p in e['loc']) or '(file)'}: {e['msg']}" for e in exc.errors()]
        raise LexiconError(f"{path}: invalid lexicon:\n  " + "\n  ".join(lines)) from exc


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())


def _semantic_problems(path: Path, lex: Lexicon) -> list[LexiconProblem]:
    problems: list[LexiconProblem] = []
    seen: dict[str, str] = {}
    for entry in lex.entries:
        for form in entry.surface_forms():
            key = " ".join(form.lower().split())
            if key in seen:
                problems.append(LexiconProblem(path, f"duplicate form {form!r} (entries {seen[key]!r} and "
                                                     f"{entry.term!r}); keep one"))
            seen[key] = entry.term
    for form in [f for e in lex.entries for f in e.surface_forms()] + [f for g in lex.groups for f in g.surface_forms()]:
        if not (form[:1].isalnum() or form[:1] == "ʼ"):
            problems.append(LexiconProblem(path, f"form {form!r} starts with {form[:1]!r}: forms must start with a "
                                                 f"letter (write \"yan gudun hijira\", not \"'yan gudun hijira\")"))
    seen_groups: set[str] = set()
    for group in lex.groups:
        for form in group.surface_forms():
            if form.lower() in seen_groups:
                problems.append(LexiconProblem(path, f"duplicate group form {form!r}; keep one"))
            seen_groups.add(form.lower())
    for name, pattern in (("inflection.prefix", lex.inflection.prefix), ("inflection.suffix", lex.inflection.suffix)):
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(LexiconProblem(path, f"{name} is not a valid regex ({exc})"))
    return problems


def check_paths(paths: list[Path]) -> tuple[list[Lexicon], list[LexiconProblem]]:
    """Validate files or folders of lexicons; returns the valid lexicons and every problem found."""
    lexicons: list[Lexicon] = []
    problems: list[LexiconProblem] = []
    for root in paths:
        if not root.exists():
            problems.append(LexiconProblem(root, "does not exist; give a lexicon file or folder"))
            continue
        files = _files(root) if root.is_dir() else [root]
        if root.is_dir() and not files:
            problems.append(LexiconProblem(root, "contains no .yaml/.yml/.json lexicon files"))
        for path in files:
            try:
                lex = load_lexicon(path)
            except (LexiconError, OSError) as exc:
                problems.append(LexiconProblem(path, str(exc).split(": ", 1)[-1]))
                continue
            file_problems = _semantic_problems(path, lex)
            problems += file_problems
            if not file_problems:
                lexicons.append(lex)
    return lexicons, problems


def load_lexicons(extra_dirs: list[Path] | tuple[Path, ...] = ()) -> LexiconSet:
    """Bundled lexicons plus ``extra_dirs``; any invalid file raises ``LexiconError`` listing all problems."""
    lexicons, problems = check_paths([builtin_dir(), *extra_dirs])
    if problems:
        raise LexiconError("lexicon problems (run `tocsin lexicon check`):\n  " + "\n  ".join(map(str, problems)))
    by_language: dict[str, list[Lexicon]] = {}
    for lex in lexicons:
        by_language.setdefault(lex.language, []).append(lex)
    versions = {lang: "+".join(lx.version for lx in lexes) for lang, lexes in by_language.items()}
    log.debug("loaded lexicons %s", versions)
    return LexiconSet(by_language=by_language, versions=versions)
