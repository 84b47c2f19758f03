"""Findings highlighted in document text, rendered as *escaped* Markdown (never HTML).

External text goes through ``escape_markdown`` (every ASCII punctuation character backslash-
escaped, which CommonMark turns back into the literal character), so ``<script>``, links,
images or Streamlit directives in a document are shown as text. Highlights use Streamlit's own
``:color-background[...]`` directive around escaped text.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from store import Analysis

__all__ = ["LABEL_COLORS", "Mark", "Segment", "collect_marks", "escape_markdown", "highlighted_markdown",
           "segments"]

LABEL_COLORS = {"eliminationist": "red", "dehumanization": "orange", "event": "blue", "speaker": "violet",
                "target": "green"}
_ESCAPE = {ord(c): "\\" + c for c in string.punctuation}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Segment:
    text: str
    label: str | None


def escape_markdown(text: str) -> str:
    """Escape every Markdown/HTML special character so the text renders literally."""
    return text.translate(_ESCAPE)


def collect_marks(analyses: list[Analysis]) -> list[Mark]:
    marks: list[Mark] = []
    for analysis in analyses:
        for finding in analysis.findings:
            label = "eliminationist" if "eliminationist" in finding.labels else "dehumanization"
            marks.extend(Mark(s.start, s.end, label) for s in finding.evidence)
            if finding.speaker and finding.speaker.evidence:
                ev = finding.speaker.evidence
                marks.append(Mark(ev.start, ev.end, "speaker"))
        marks.extend(Mark(e.evidence.start, e.evidence.end, "event") for e in analysis.events)
    return marks


_PRIORITY = {"eliminationist": 0, "dehumanization": 1, "speaker": 2, "event": 3}


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Split ``text`` into plain and labelled segments; overlaps go to the higher-priority label."""
    owner: list[str | None] = [None] * len(text)
    for mark in sorted(marks, key=lambda m: _PRIORITY.get(m.label, 9), reverse=True):
        start, end = max(0, mark.start), min(len(text), mark.end)
        for i in range(start, end):
            owner[i] = mark.label
    out: list[Segment] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and owner[j] == owner[i]:
            j += 1
        out.append(Segment(text[i:j], owner[i]))
        i = j
    return out


def _render(segment: Segment) -> str:
    """One segment as Markdown; line breaks stay outside directives so paragraphs survive."""
    pieces = segment.text.split("\n")
    rendered = []
    for piece in pieces:
        escaped = escape_markdown(piece)
        if segment.label and piece.strip():
            rendered.append(f":{LABEL_COLORS.get(segment.label, 'gray')}-background[{escaped}]")
        else:
            rendered.append(escaped)
    return "  \n".join(rendered)


def highlighted_markdown(text: str, marks: list[Mark]) -> str:
    return "".join(_render(s) for s in segments(text, marks))
