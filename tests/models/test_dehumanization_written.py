"""The team-written training sentences (``models/dehumanization/written``) and their loader."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from models.dehumanization.datasets import WRITTEN_DIR, load_written

LEXICON_LANGUAGES = {"en", "fr", "ar", "es", "pt", "sw", "ru", "uk", "de", "am", "ha", "rw"}


def test_written_sentences_cover_every_lexicon_language_with_both_labels() -> None:
    rows = load_written()
    assert len(rows) >= 2500 and {r.dataset for r in rows} == {"written"}
    per = Counter((r.lang, r.label) for r in rows)
    for lang in LEXICON_LANGUAGES:
        assert per[(lang, 1)] >= 30 and per[(lang, 0)] >= 30, lang
    assert len({r.text for r in rows}) == len(rows)  # no duplicates


def test_every_written_line_has_a_kind_that_agrees_with_its_label() -> None:
    positive = {"metaphor", "eliminationist", "both", "reported", "implied", "question", "coded"}
    for path in sorted(WRITTEN_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert (row["kind"] in positive) == (row["label"] == 1), (path.name, row)


def test_a_malformed_line_names_its_file_and_line(tmp_path: Path) -> None:
    good = {"text": "Rats were found in the kitchen.", "lang": "en", "label": 0, "kind": "literal"}
    (tmp_path / "a.jsonl").write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.jsonl:2"):
        load_written(tmp_path)
    (tmp_path / "a.jsonl").write_text(json.dumps({**good, "label": 2}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.jsonl:1: label must be 0 or 1"):
        load_written(tmp_path)


def test_loaded_rows_keep_text_language_and_label(tmp_path: Path) -> None:
    rows = [{"text": "  The refugees are cockroaches.  ", "lang": "en", "label": 1, "kind": "metaphor"},
            {"text": "Les cafards envahissent la cuisine.", "lang": "fr", "label": 0, "kind": "literal"}]
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    loaded = load_written(tmp_path)
    assert [(r.text, r.lang, r.label) for r in loaded] == [("The refugees are cockroaches.", "en", 1),
                                                          ("Les cafards envahissent la cuisine.", "fr", 0)]
