"""The faster extraction paths give what the plain path gives: lean metadata, process pool."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

from ingest.extract import ExtractionError, _date, extract_article, extract_articles
from ingest.extraction_eval import iter_gold_pages
from tests.conftest import shared_path


def _pages(n: int) -> list[tuple[bytes, str | None]]:
    folder = shared_path("article_extraction_goose3").parent
    pages = [*iter_gold_pages(folder, "goose3"), *iter_gold_pages(folder, "readability")]
    return [(p.html, p.url) for p in pages[:n]]


@pytest.mark.shared_data
def test_title_and_date_match_trafilatura_full_metadata() -> None:
    import trafilatura
    from trafilatura.utils import decode_file

    dated = 0
    for html, url in _pages(30):
        full = trafilatura.bare_extraction(decode_file(html), url=url, with_metadata=True, include_comments=False,
                                           include_tables=True, favor_recall=True, deduplicate=False)
        ours = extract_article(html, url)
        assert ours.published_at == _date(full.date), url
        assert ours.title == (full.title or "").strip(), url
        dated += ours.published_at is not None
    assert dated >= 10  # the sample does exercise date extraction


@pytest.mark.shared_data
def test_process_pool_gives_the_same_articles_in_order() -> None:
    pages = [*_pages(8), (b"<html><body></body></html>", "https://example.org/empty")]
    local = extract_articles(pages)
    with ProcessPoolExecutor(2) as pool:
        pooled = extract_articles(pages, executor=pool, chunksize=2)
    assert isinstance(local[-1], ExtractionError) and isinstance(pooled[-1], ExtractionError)
    assert local[:-1] == pooled[:-1]
    assert all(a.text for a in pooled[:-1])
