"""Text from HTML fragments, whitespace normalization and the content hash of a document."""

from __future__ import annotations

import html
import re
import unicodedata

from store import sha256_hex

__all__ = ["content_hash", "html_to_text", "normalize_for_hash"]

_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
               "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr", "dd",
               "dt"}
_BLOCK_ITER = tuple(sorted(_BLOCK_TAGS | {tag.upper() for tag in _BLOCK_TAGS}))
_DROP_TAGS = ["script", "style", "noscript", "iframe", "object", "embed", "svg", "template", "form", "button"]
# A run of these characters becomes one space. The pattern matches only runs that are not already a single plain
# space (a space followed by more, or a run starting with another of them): a substitution per ordinary space
# between words cost more than the rest of html_to_text. Texts with none of _ODD_SPACES skip it entirely.
_SPACES = re.compile(r" [ \t\r\f\v\u00a0\u200b]+|[\t\r\f\v\u00a0\u200b][ \t\r\f\v\u00a0\u200b]*")
_ODD_SPACES = ("  ", "\t", "\r", "\f", "\v", "\u00a0", "\u200b")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_LOOKS_LIKE_HTML = re.compile(r"<[a-zA-Z!/][^>]*>")
# A fragment is not a document: DOCTYPE and processing instructions in it only confuse lxml's
# fragment parser (a nameless DOCTYPE makes it fail an internal assertion).
_DECLARATIONS = re.compile(r"<![Dd][Oo][Cc][Tt][Yy][Pp][Ee][^>]*>?|<\?[^>]*>?")


def html_to_text(fragment: str) -> str:
    """Readable text of an HTML fragment: blocks on their own lines, scripts and styles dropped."""
    if not fragment:
        return ""
    if not _LOOKS_LIKE_HTML.search(fragment):
        return _tidy(html.unescape(fragment))
    import lxml.html
    from lxml import etree

    fragment = _DECLARATIONS.sub(" ", fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on some malformed input
        return _tidy(html.unescape(_LOOKS_LIKE_HTML.sub(" ", fragment)))
    etree.strip_elements(root, *_DROP_TAGS, etree.Comment, with_tail=False)
    for element in root.iter(*_BLOCK_ITER):  # lxml picks the block elements (its HTML parser lowercases names)
        element.tail = "\n" + (element.tail or "")
        if element.tag.lower() != "br":
            element.text = "\n" + (element.text or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n")
    if any(odd in text for odd in _ODD_SPACES):
        text = _SPACES.sub(" ", text)  # once over the whole text, not once per line: it never matches a newline
    lines = text.split("\n")
    return _MANY_NEWLINES.sub("\n\n", "\n".join([line.strip() for line in lines])).strip()


def normalize_for_hash(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: cosmetic differences do not change the hash."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(title: str, text: str) -> str:
    """sha256 of normalized title and text: exact duplicates across URLs share it."""
    return sha256_hex(normalize_for_hash(title) + "\n" + normalize_for_hash(text))
