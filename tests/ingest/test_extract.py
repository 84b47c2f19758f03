"""Article extraction: behaviour on small pages, and the evaluation gate on the shared gold sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest import ExtractionError, extract_article
from ingest.extraction_eval import EXTRACTION_SETS, score_set, token_prf
from tests.conftest import REPO, shared_path

FLOORS = json.loads((REPO / "tests" / "eval" / "extraction_floors.json").read_text(encoding="utf-8"))


def test_token_scores() -> None:
    assert token_prf("a b c", "a b c") == (1.0, 1.0, 1.0)
    assert token_prf("", "a b") == (0.0, 0.0, 0.0)
    precision, recall, _ = token_prf("a b c d", "a b")
    assert precision == 0.5 and recall == 1.0


def test_extracts_text_title_and_date_without_boilerplate() -> None:
    body = "".join(f"<p>Paragraph {i} tells what the aid convoy found in the valley on day {i}.</p>" for i in range(8))
    html = (f"<html lang='en'><head><title>Convoy reaches valley</title>"
            f"<meta property='article:published_time' content='2024-03-05T10:00:00Z'></head>"
            f"<body><nav>Home | Sport | Weather</nav><article><h1>Convoy reaches valley</h1>{body}</article>"
            f"<footer>Copyright and cookie settings</footer></body></html>")
    article = extract_article(html.encode(), "https://example.org/convoy")
    assert article.title == "Convoy reaches valley"
    assert "Paragraph 7" in article.text and "cookie" not in article.text and "Weather" not in article.text
    assert article.published_at is not None and article.published_at.isoformat().startswith("2024-03-05")


@pytest.mark.parametrize("html", [b"", b"   ", b"<html><body></body></html>"])
def test_empty_pages_raise(html: bytes) -> None:
    with pytest.raises(ExtractionError):
        extract_article(html, "https://example.org/empty")


@pytest.mark.shared_data
@pytest.mark.parametrize("name", EXTRACTION_SETS)
def test_extraction_does_not_drop_below_floor(name: str) -> None:
    shared_path(f"article_extraction_{name}")
    score = score_set(Path(shared_path()), name)
    floor = FLOORS[name]
    assert score.pages == floor["pages"], "the shared set changed: re-measure and update the floors"
    assert score.f1 >= floor["f1"], f"{name}: F1 {score.f1:.3f} < floor {floor['f1']}"
    assert score.recall >= floor["recall"], f"{name}: recall {score.recall:.3f} < floor {floor['recall']}"
