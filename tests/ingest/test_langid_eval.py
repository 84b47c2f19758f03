"""Language ID on real labelled text from ../shared/data: the hybrid keeps py3langid's quality or better."""

from __future__ import annotations

from functools import partial

import pytest

from ingest.langid import identify_language_with
from ingest.langid_eval import labelled_texts, score_identifier, unlabelled_texts
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, dict]]:
    data = shared_path()
    texts = labelled_texts(data, per_set=150)
    return {b: score_identifier(texts, partial(identify_language_with, backend=b, max_chars=1000))
            for b in ("hybrid", "py3langid")}


@pytest.mark.parametrize("corpus", ["mlma_en", "mlma_fr", "mlma_ar", "amharic_ranlp_dev", "l_hsab_levantine",
                                    "dynahate_en", "tocsin_examples", "un_speeches_200"])
def test_hybrid_is_at_least_as_accurate_as_py3langid(scores: dict, corpus: str) -> None:
    hybrid, baseline = scores["hybrid"][corpus], scores["py3langid"][corpus]
    assert hybrid["n"] > 0 and hybrid["abstained"] == baseline["abstained"]
    assert hybrid["correct"] >= baseline["correct"] - 0.01, (corpus, hybrid, baseline)
    assert hybrid["correct"] >= 0.93, (corpus, hybrid)


def test_feed_entries_get_their_feeds_languages() -> None:
    """The shared feeds are English, and one Portuguese (encoding.rss); short science titles may go astray."""
    texts = [t for t in unlabelled_texts(shared_path()) if t.corpus == "feed_entries"]
    guesses = [identify_language_with(t.text, "hybrid", max_chars=1000).language for t in texts]
    decided = [g for g in guesses if g is not None]
    assert len(decided) >= 0.95 * len(texts) and {"en", "pt"} <= set(decided)
    assert sum(g in {"en", "pt"} for g in decided) >= 0.98 * len(decided)
