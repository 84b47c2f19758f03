"""The YAML sources registry: default sources load; errors name file, entry and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import SourcesError, load_sources
from ingest.settings import DEFAULT_SOURCES, IngestSettings
from store import SourceKind


def test_default_sources_are_real_and_varied() -> None:
    sources = load_sources(IngestSettings().sources)
    from_default = load_sources([DEFAULT_SOURCES])
    assert len(from_default) >= 15
    assert {s.id for s in from_default} <= {s.id for s in sources}
    assert {SourceKind.NEWS, SourceKind.OFFICIAL, SourceKind.NGO} <= {s.kind for s in from_default}
    assert len({lang for s in from_default for lang in s.languages}) >= 4
    assert all(s.feeds and all(f.startswith("https://") for f in s.feeds) for s in from_default)
    assert not any(s.illustrative or s.allow_private_addresses for s in from_default)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_loads_every_yaml_file_in_order(tmp_path: Path) -> None:
    _write(tmp_path, "b.yaml", "- {id: bee, name: B, feeds: ['https://b.example/rss']}\n")
    _write(tmp_path, "a.yml", "sources:\n  - {id: ay, name: A, kind: ngo, country_focus: [sdn]}\n")
    _write(tmp_path, "notes.txt", "not yaml")
    sources = load_sources([tmp_path])
    assert [s.id for s in sources] == ["ay", "bee"]
    assert sources[0].country_focus == ["SDN"] and sources[0].kind is SourceKind.NGO


@pytest.mark.parametrize(("text", "expected"), [
    ("- {id: ok-one, name: A, kind: blog}\n", ["bad.yaml", "entry 1", "'ok-one'", "field 'kind'"]),
    ("- {id: x1, name: A}\n- {id: x2, name: B, country_focus: [ZZZ]}\n",
     ["entry 2", "'x2'", "field 'country_focus.0'", "ISO 3166"]),
    ("- {id: x1, name: A, feeds: ['file:///etc/passwd']}\n", ["field 'feeds[0]'", "http(s)"]),
    ("- {id: x1, name: A, colour: red}\n", ["field 'colour'"]),
    ("- {name: no id}\n", ["entry 1", "field 'id'"]),
    ("- just a string\n", ["entry 1", "mapping"]),
    ("feeds: [1, 2\n", ["not valid YAML"]),
    ("srcs: []\n", ["unknown top-level keys"]),
])
def test_errors_name_file_entry_and_field(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = _write(tmp_path, "bad.yaml", text)
    with pytest.raises(SourcesError) as info:
        load_sources([path])
    for part in expected:
        assert part in str(info.value)
    assert str(path) in str(info.value)


def test_duplicate_ids_across_files_are_an_error(tmp_path: Path) -> None:
    first = _write(tmp_path, "one.yaml", "- {id: same, name: A}\n")
    second = _write(tmp_path, "two.yaml", "- {id: same, name: B}\n")
    with pytest.raises(SourcesError, match="already defined") as info:
        load_sources([first, second])
    assert "one.yaml" in str(info.value) and "two.yaml" in str(info.value)


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="does not exist"):
        load_sources([tmp_path / "nope.yaml"])
