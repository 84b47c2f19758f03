"""The realistic stream of bench/stream.py: deterministic, mostly benign, several languages."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import shared_path


@pytest.mark.shared_data
def test_stream_is_deterministic_and_realistic() -> None:
    shared_path("un_general_debate_1990_2024")
    from bench.stream import build_stream, to_documents

    articles = build_stream(300, seed=13)
    assert articles == build_stream(300, seed=13)
    planted = Counter(a.planted for a in articles)
    assert planted["neither"] / len(articles) > 0.7
    assert planted["violence"] > planted["dehumanization"] > 0
    languages = Counter(a.language for a in articles)
    assert languages["en"] / len(articles) < 0.8 and len(languages) >= 6
    assert len({d.content_hash for d in to_documents(articles)}) == len(articles)  # no exact duplicates
    words = sorted(len(a.text.split()) for a in articles)
    assert words[len(words) // 2] > 150  # whole articles, not sentences
