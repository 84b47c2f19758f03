"""html_to_text's fast paths give exactly the text of the straightforward definitions they replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.text import _tidy, html_to_text

_RUN = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


def _reference_tidy(text: str) -> str:
    """The definition: each line's runs of spaces (tabs, no-break and zero-width spaces) become one space,
    lines are stripped, at most one empty line in a row, the whole stripped."""
    lines = (_RUN.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" \t\r\n\f\v\u00a0\u200b\u2028\u3000\x85ab", max_size=40))
def test_tidy_matches_its_definition(text: str) -> None:
    assert _tidy(text) == _reference_tidy(text)


def test_block_elements_in_any_case_start_lines() -> None:
    fragment = "<DIV>One<BR>two</DIV><p>Three  \u00a0 four</p><Li>five</Li><span>six</span>\tseven"
    assert html_to_text(fragment) == "One\ntwo\n\nThree four\n\nfive\nsix seven"
