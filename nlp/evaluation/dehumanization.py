"""``tocsin evaluate dehumanization``: precision/recall/F1 of the analyzer on a labelled file.

A text is predicted positive when the analyzer yields at least one finding. Languages come from the language
column (``--lang-col``, else a column named "lang" or "language"), normalized to ISO 639-1; without one they are
detected per row (``ingest.langid``).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pycountry

from nlp.evaluation.data import EvaluationDataError, binary_metrics, read_table
from nlp.pipeline import TextContext, detect_language
from nlp.settings import NlpSettings

__all__ = ["evaluate_file", "evaluate_rows"]

log = logging.getLogger(__name__)


def _label(value: Any, row: int) -> int:
    text = str(value).strip().lower()
    if text in {"1", "1.0", "true", "yes"}:
        return 1
    if text in {"0", "0.0", "false", "no"}:
        return 0
    raise EvaluationDataError(f"row {row}: label {value!r} is not 0/1; use 1 for dehumanizing, 0 otherwise")


def evaluate_rows(texts: list[str], labels: list[int], languages: list[str | None],
                  settings: NlpSettings) -> dict[str, Any]:
    from nlp.dehumanization import make_analyzer

    analyzer = make_analyzer(settings)
    predicted = [int(bool(analyzer.analyze(t, TextContext(language=lang)).findings))
                 for t, lang in zip(texts, languages, strict=True)]
    overall = binary_metrics(labels, predicted)
    per_language: dict[str, dict[str, Any]] = {}
    for lang in sorted({lang or "unknown" for lang in languages}):
        idx = [i for i, x in enumerate(languages) if (x or "unknown") == lang]
        m = binary_metrics([labels[i] for i in idx], [predicted[i] for i in idx])
        per_language[lang] = {k: m[k] for k in ("n", "precision", "recall", "f1")}
    return {**{k: overall[k] for k in ("n", "precision", "recall", "f1", "tp", "fp", "fn")},
            "threshold": analyzer.threshold, "version": analyzer.version, "per_language": per_language}


def normalize_language(value: Any) -> str | None:
    """An ISO 639-1 code for a language column's value: "en", "EN", "en-US", "eng", "English", "Amharic"; None for
    an empty cell; the value lower-cased when it names no known language."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip():
        return None
    text = str(value).strip()
    code = re.split(r"[-_]", text)[0].lower()
    if len(code) == 2 and pycountry.languages.get(alpha_2=code) is not None:
        return code
    found = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(name=text.title())
    return found.alpha_2 if found is not None and getattr(found, "alpha_2", None) else text.lower()


def evaluate_file(path: Path, *, text_col: str, label_col: str, lang_col: str | None,
                  settings: NlpSettings) -> dict[str, Any]:
    """Without ``lang_col``, a column named "lang" or "language" gives the languages when the file has one; else
    each row's language is detected."""
    frame = read_table(Path(path), [text_col, label_col] + ([lang_col] if lang_col else []))
    texts = ["" if pd.isna(t) else str(t) for t in frame[text_col].tolist()]
    labels = [_label(v, i) for i, v in enumerate(frame[label_col].tolist())]
    lang_col = lang_col or next((c for c in ("lang", "language") if c in frame.columns), None)
    if lang_col:
        languages = [normalize_language(x) for x in frame[lang_col].tolist()]
    else:
        languages = [detect_language(t) if t.strip() else None for t in texts]
    return evaluate_rows(texts, labels, languages, settings)
