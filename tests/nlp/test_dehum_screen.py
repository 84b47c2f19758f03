"""The first-stage screen ``dehum-screen-v2``: artifact, scores, salient words, and what it lets through."""

from __future__ import annotations

import numpy as np
import pytest

from nlp.dehumanization.screen import SCREEN_NAME, SentenceScreen, load_screen, save_screen, tokenize


@pytest.fixture(scope="module")
def screen() -> SentenceScreen:
    return load_screen()


def test_artifact_is_small_and_versioned(screen: SentenceScreen) -> None:
    assert screen.name == SCREEN_NAME and 0 < screen.threshold < 1
    assert 1_000 < len(screen.weights) < 200_000
    assert screen.meta["dev"]["dataset:un_speeches"]["pass_rate"] < 0.1  # few ordinary sentences go on


def test_hateful_sentences_outscore_ordinary_ones(screen: SentenceScreen) -> None:
    hateful = ["Kill all the immigrants.", "Muslims need to be removed from this earth."]
    ordinary = ["The committee adopted the budget after a long debate.", "Rain is expected in the north on Monday."]
    scores = screen.score(hateful + ordinary)
    assert min(scores[:2]) > max(scores[2:])
    assert all(s < screen.threshold for s in scores[2:])


def test_salient_tokens_are_spans_of_the_sentence(screen: SentenceScreen) -> None:
    text = "Kill all the immigrants now."
    spans = screen.salient_tokens(text)
    assert spans and all(text[s:e] == t and len(t) >= 4 for s, e, t in spans)


def test_save_and_load_round_trip(tmp_path) -> None:
    save_screen(tmp_path, "toy", ["rats", "are rats", "the"], np.array([2.0, 1.0, -0.5]), -1.0, {"threshold": 0.4})
    toy = load_screen("toy", tmp_path)
    # binary word 1-2 grams, l2-normalized over known features: (2 + 1 - 0.5) / sqrt(3) - 1
    assert toy.logit("The refugees are rats") == pytest.approx((2.0 + 1.0 - 0.5) / np.sqrt(3) - 1.0, rel=1e-3)
    assert toy.logit("nothing known") == -1.0 and tokenize("Are RATS!") == ["are", "rats"]


def test_missing_artifact_says_how_to_build_it(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="models.dehumanization.train"):
        load_screen("absent", tmp_path)
