"""The sources registry: YAML files (or folders of them), one entry per source.

A file holds either a list of entries or a mapping with a ``sources:`` list. Each entry has
the fields of ``store.Source``. Errors name the file, the entry and the field, and duplicate
ids (within or across files) are an error.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import ValidationError

from store import Source

__all__ = ["SourcesError", "load_sources", "parse_sources"]

log = logging.getLogger(__name__)

YAML_SUFFIXES = (".yaml", ".yml")


class SourcesError(ValueError):
    """A sources file is missing or invalid; the message names the file, entry and field to fix."""


def _files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise SourcesError(f"sources path {path} does not exist; fix ingest.sources in tocsin.toml")
    return found


def _entries(data: Any, origin: str) -> list[Any]:
    if data is None:
        return []
    if isinstance(data, Mapping):
        unknown = set(data) - {"sources"}
        if unknown:
            raise SourcesError(f"{origin}: unknown top-level keys {sorted(unknown)}; put entries under 'sources:'")
        data = data.get("sources") or []
    if not isinstance(data, list):
        raise SourcesError(f"{origin}: expected a list of source entries (or 'sources:' with a list)")
    return data


def _check_urls(source: Source, where: str) -> None:
    for field in ("feeds", "pages"):
        for i, url in enumerate(getattr(source, field)):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise SourcesError(f"{where}, field '{field}[{i}]': {url!r} is not an absolute http(s) URL")


def _entry(raw: Any, origin: str, index: int) -> Source:
    ident = raw.get("id") if isinstance(raw, Mapping) else None
    where = f"{origin}, entry {index + 1}" + (f" (id {ident!r})" if ident else "")
    if not isinstance(raw, Mapping):
        raise SourcesError(f"{where}: an entry must be a mapping of fields, got {type(raw).__name__}")
    try:
        source = Source.model_validate(dict(raw))
    except ValidationError as exc:
        problems = "; ".join(f"field '{'.'.join(str(p) for p in e['loc']) or '(entry)'}': {e['msg']}"
                             for e in exc.errors())
        raise SourcesError(f"{where}: {problems}") from exc
    _check_urls(source, where)
    return source


def parse_sources(text: str, origin: str, substitutions: Mapping[str, str] | None = None) -> list[Source]:
    """Sources from YAML text; ``{name}`` placeholders are replaced from ``substitutions``."""
    for name, value in (substitutions or {}).items():
        text = text.replace("{" + name + "}", value)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{origin}: not valid YAML: {exc}") from exc
    return [_entry(raw, origin, i) for i, raw in enumerate(_entries(data, origin))]


def load_sources(paths: Iterable[Path]) -> list[Source]:
    """Every source in the given YAML files and folders (recursively), in file order."""
    sources: list[Source] = []
    seen: dict[str, str] = {}
    for file in _files(paths):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SourcesError(f"cannot read sources file {file}: {exc}") from exc
        for source in parse_sources(text, str(file)):
            if source.id in seen:
                raise SourcesError(f"{file}: source id {source.id!r} is already defined in {seen[source.id]}; "
                                   "ids must be unique")
            seen[source.id] = str(file)
            sources.append(source)
    log.info("loaded %d sources", len(sources))
    return sources
