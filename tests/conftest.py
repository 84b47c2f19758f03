"""Shared fixtures. Tests mirror the rooms: tests/store, tests/ingest, tests/nlp, ...

Fixtures:
- ``shared_data``: the ../shared/data folder; tests that use it skip with a reason when absent.
- ``sqlite_store``: a real SQLite store in a temporary file.
- ``make_document``: builds a valid ``Document`` from a few fields.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from store import Document, document_id_for, sha256_hex
from store.sqlite import SQLiteStore

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("TOCSIN_SHARED_DATA", REPO.parent / "shared" / "data"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test saying what is missing."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared/data folder beside the repository); not present here")
    return path


@pytest.fixture
def shared_data() -> Path:
    return shared_path()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(tmp_path / "tocsin.db")
    yield store
    store.close()


@pytest.fixture
def make_document() -> Callable[..., Document]:
    def make(url: str = "https://example.org/a", text: str = "Some text.", title: str = "A title",
             source_id: str = "demo-source", **fields) -> Document:
        fields.setdefault("fetched_at", datetime(2026, 1, 5, 12, tzinfo=UTC))
        return Document(id=document_id_for(url), source_id=source_id, url=url, canonical_url=url, title=title,
                        text=text, content_hash=sha256_hex(title + "\n" + text), **fields)

    return make
