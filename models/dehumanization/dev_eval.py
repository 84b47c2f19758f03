"""Whole-analyzer dev scores: ``python -m models.dehumanization.dev_eval [--per-label 100] [--json]``.

Scores the full cascade (not the classifier alone) on each dataset's dev split (``split_of``, never
trained on), on the hand-written benign hard negatives (``benign_dev.jsonl``) and on the tocsin
behaviour examples. A fixed, content-ordered subsample per label keeps a run to a few minutes.
Numbers go into MODEL_CARD.md and, minus a margin, into ``tests/eval/dehumanization_floors.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path
from typing import Any

from models.dehumanization.datasets import LOADERS, Example, split_of
from nlp.evaluation.data import binary_metrics

__all__ = ["benign_rows", "dev_sample", "evaluate_analyzer"]

log = logging.getLogger(__name__)
REPO = Path(__file__).resolve().parents[2]
BENIGN = Path(__file__).resolve().parent / "benign_dev.jsonl"


def dev_sample(root: Path, dataset: str, per_label: int) -> list[Example]:
    """Up to ``per_label`` positives and negatives of ``dataset``'s dev split, in a fixed content order."""
    rows = [e for e in LOADERS[dataset](root) if split_of(e.text) == "dev"]
    rows.sort(key=lambda e: e.text[::-1])
    return [e for label in (1, 0) for e in [r for r in rows if r.label == label][:per_label]]


def benign_rows(path: Path = BENIGN) -> list[Example]:
    """Literal uses of lexicon words (pests, animals, searches, medicine, sport, admin), every one label 0."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Example(r["text"], 0, "benign_hard_negatives", r["lang"]) for r in rows]


def _examples(root: Path) -> list[Example]:
    path = root / "tocsin_examples" / "dehumanization_examples.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Example(r["text"], int(r["label"]), "tocsin_examples", r["lang"]) for r in rows]


def _scores(rows: list[Example], predicted: list[int], key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name in sorted({getattr(r, key) for r in rows}):
        idx = [i for i, r in enumerate(rows) if getattr(r, key) == name]
        out[name] = binary_metrics([rows[i].label for i in idx], [predicted[i] for i in idx])
    return out


def evaluate_analyzer(analyzer: Any, root: Path, per_label: int) -> dict[str, Any]:
    from nlp.pipeline import TextContext

    rows: list[Example] = []
    for name in sorted(LOADERS):
        rows += dev_sample(root, name, per_label)
    rows += benign_rows() + _examples(root)
    started = time.perf_counter()
    predicted = [int(bool(analyzer.analyze(r.text, TextContext(language=r.lang)).findings)) for r in rows]
    seconds = time.perf_counter() - started
    real = [i for i, r in enumerate(rows) if r.dataset not in ("benign_hard_negatives", "tocsin_examples")]
    return {"version": analyzer.version, "per_label": per_label, "seconds": round(seconds, 1),
            "per_dataset": _scores(rows, predicted, "dataset"),
            "per_language": _scores([rows[i] for i in real], [predicted[i] for i in real], "lang"),
            "errors_tocsin_examples": [r.text for r, p in zip(rows, predicted, strict=True)
                                       if r.dataset == "tocsin_examples" and p != r.label],
            "false_positives_benign": [r.text for r, p in zip(rows, predicted, strict=True)
                                       if r.dataset == "benign_hard_negatives" and p]}


def _table(result: dict[str, Any]) -> str:
    lines = ["| set | n | P | R | F1 |", "|---|---|---|---|---|"]
    for section in ("per_dataset", "per_language"):
        for name, m in result[section].items():
            lines.append(f"| {name} | {m['n']} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} |")
    return "\n".join(lines)


def main() -> None:
    from nlp.dehumanization import make_analyzer
    from nlp.settings import NlpSettings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--per-label", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    result = evaluate_analyzer(make_analyzer(NlpSettings()), args.data, args.per_label)
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else _table(result))
    if not args.json:
        print("tocsin_examples wrong:", result["errors_tocsin_examples"])
        print("benign false positives:", result["false_positives_benign"])


if __name__ == "__main__":
    main()
