"""Hostile payloads with known worst cases: entity expansion, external entities, quadratic blowup,
very long attributes, deep nesting, wrong charsets. Each must finish within a time bound per megabyte,
keep its output bounded, read no file and make no outbound request.

The snippets here also seed the property-based fuzzing in ``test_hostile_fuzz_*.py``.
"""

from __future__ import annotations

import socket
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.extract import ExtractionError, extract_article
from ingest.feeds import parse_feed
from ingest.fetch import FetchResult, SafeFetcher, capture_of
from ingest.safety import defuse_xml
from ingest.text import html_to_text
from tests.ingest.conftest import LocalServer, Route

# seconds allowed per megabyte of input, on top of a fixed second. feedparser's fallback (loose) parser
# on tag-dense malformed XML measured ~40 s/MB on a loaded 2-core box; ingest.max_bytes caps the total.
SECONDS_PER_MB = 60.0
BIDI = "\u202e\u2066\u2067\u2068\u2069\u200f\u200e\u061c\u202a\u202b\u202c\u202d"
HOSTILE: list[bytes] = [
    b"\x00", b"\x00\x00\x00\x00", bytes(range(1, 32)), b"\xc3\x28", b"\xed\xa0\x80", b"\xff\xfe", b"\xfe\xff",
    b"\xef\xbb\xbf", b"\x80\x81\x82", BIDI.encode(), "\u202egnp.exe".encode(), b"&#x202E;&#8238;&#0;&#xD800;",
    b"&#x110000;&#99999999999;&#;&#x;", b"<![CDATA[<script>alert(1)</script><img src=x onerror=alert(1)>]]>",
    b"&lt;script&gt;alert(document.cookie)&lt;/script&gt;", b"<script>alert(1)</script>", b"]]>", b"<!--", b"-->",
    b'<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>', b'<!ENTITY y SYSTEM "http://127.0.0.1:9/">',
    b'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://169.254.169.254/"> %p;]>', b"&x;&y;&lol9;",
    b'<?xml version="1.0" encoding="utf-16"?>', b'<?xml version="1.0" encoding="shift_jis"?>',
    b'<?xml version="1.0" encoding="no-such-charset"?>', b'<meta charset="koi8-r">',
    b"<link>javascript:alert(1)</link>", b"<link>file:///etc/passwd</link>", b"<link>http://169.254.169.254/</link>",
    "<link>https://\u0430\u0440\u0440\u04cf\u0435.com/news</link>".encode(), b"<link>https://xn--80ak6aa92e.com/</link>",
    "<link>https://ex\u202eample.org/\u202e</link>".encode(), b"<link>http://%00%0d%0a/</link>", b"<link></link>",
    b"<pubDate>Mon, 31 Feb 99999 25:61:61 +9999</pubDate>", b"<pubDate>" + b"9" * 200 + b"</pubDate>",
    b'<a href="' + b"a" * 20_000 + b'">', b"<div>" * 500, b"</item></channel></rss>", b"<item>", b"<entry>",
    b"<?php system($_GET['c']); ?>", b"<!DOCTYPE html>", b"\r\n\r\n", b"=HYPERLINK(\"http://x\")", b"+cmd|' /C calc'!A0",
]


def billion_laughs(levels: int = 9) -> bytes:
    ents = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels + 1)]
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(ents)}]><rss version="2.0"><channel><title>&l{levels};'
            f'</title><item><title>&l{levels};</title><link>https://example.org/a</link><description>&l{levels};'
            "</description></item></channel></rss>").encode()


def quadratic_blowup(size: int = 100_000, refs: int = 5_000) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{"x" * size}">]><rss version="2.0"><channel>'
            f"<item><title>t</title><link>https://example.org/q</link><description>{'&a;' * refs}</description>"
            "</item></channel></rss>").encode()


def external_entities(secret: Path, port: int) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY f SYSTEM "file://{secret}"><!ENTITY h SYSTEM '
            f'"http://127.0.0.1:{port}/x"><!ENTITY % p SYSTEM "http://127.0.0.1:{port}/p"> %p;]><rss version="2.0">'
            "<channel><item><title>&f;&h;</title><link>https://example.org/e</link><description>&f;</description>"
            "</item></channel></rss>").encode()


class NoNetwork:
    """Records (and refuses) every outbound connection attempt while active."""

    def __init__(self) -> None:
        self.attempts: list[object] = []

    def guard(self, monkeypatch: pytest.MonkeyPatch) -> NoNetwork:
        def refuse(sock: socket.socket, address: object, *args: object) -> None:
            self.attempts.append(address)
            raise OSError(f"test forbids outbound connections (to {address})")

        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket.socket, "connect_ex", refuse)
        return self


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NoNetwork]:
    yield NoNetwork().guard(monkeypatch)


def _timed(fn, payload, memory: bool = False):  # type: ignore[no-untyped-def]
    """Run ``fn(payload)`` within the time budget; with ``memory``, run it again under tracemalloc for the peak
    (tracemalloc slows allocation-heavy parsing many times over, so it is never timed)."""
    started = time.process_time()  # CPU time of this process: shared CI machines inflate wall time
    result = fn(payload)
    elapsed = time.process_time() - started
    budget = 1.0 + SECONDS_PER_MB * len(payload) / 1e6
    assert elapsed < budget, f"{elapsed:.2f} CPU-s for {len(payload)} bytes (budget {budget:.2f}s)"
    peak = 0
    if memory:
        tracemalloc.start()
        try:
            fn(payload)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return result, peak


def _feed_text(parsed) -> int:  # type: ignore[no-untyped-def]
    return len(parsed.title) + sum(len(e.title) + len(e.summary) + len(e.content) for e in parsed.entries)


def _fetched(server: LocalServer, payload: bytes) -> FetchResult:
    server.routes["/feed"] = Route(body=payload, headers={"Content-Type": "application/rss+xml"})
    with SafeFetcher(timeout_s=10) as fetcher:
        return fetcher.fetch(server.url("/feed"), allow_private=True)


@pytest.mark.parametrize("levels", [3, 6, 9])
def test_entity_bombs_are_bounded_in_time_memory_and_output(levels: int, local_server: LocalServer,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    payload = billion_laughs(levels)
    result = _fetched(local_server, payload)
    guard = NoNetwork().guard(monkeypatch)
    parsed, peak = _timed(lambda b: parse_feed(b, url=result.final_url), result.body, memory=True)
    assert _feed_text(parsed) < 10_000 and peak < 50_000_000
    assert capture_of(result, keep_content=True).content == payload, "the capture keeps the bytes as received"
    assert guard.attempts == []


def test_quadratic_blowup_is_bounded(local_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    payload = quadratic_blowup()  # 100 kB entity referenced 5,000 times: 500 MB if expanded
    result = _fetched(local_server, payload)
    guard = NoNetwork().guard(monkeypatch)
    parsed, peak = _timed(lambda b: parse_feed(b, url=result.final_url), result.body, memory=True)
    assert _feed_text(parsed) < 1_000_000 and peak < 100_000_000
    assert guard.attempts == []


def test_external_entities_read_no_file_and_connect_nowhere(tmp_path: Path, local_server: LocalServer,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN", encoding="utf-8")
    payload = external_entities(secret, 9)
    result = _fetched(local_server, payload)
    guard = NoNetwork().guard(monkeypatch)
    for body in (result.body, payload):  # defused, and as received (parse_feed called on raw bytes elsewhere)
        parsed, _ = _timed(lambda b: parse_feed(b, url="https://example.org/f"), body)
        assert "TOP-SECRET-TOKEN" not in repr(parsed)
    assert guard.attempts == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1"])
def test_defuse_xml_removes_entity_declarations_in_any_encoding(encoding: str) -> None:
    payload = billion_laughs(9).decode().encode(encoding)
    defused = defuse_xml(payload)
    assert defused != payload and "ENTITY" not in defused.decode(encoding)
    assert "<!DOCTYPE rss>" in defused.decode(encoding)


@pytest.mark.parametrize("body", [
    (b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
     b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"></rss>'),
    b"<!DOCTYPE html><html><body><p>&eacute;t&eacute;</p></body></html>", b"<rss><channel></channel></rss>",
])
def test_defuse_xml_leaves_ordinary_documents_alone(body: bytes) -> None:
    assert defuse_xml(body) is body


def pathological_pages(scale: int) -> dict[str, bytes]:
    """Pages of about ``scale`` bytes each that stress HTML parsers and their regexes."""
    n = max(scale // 10, 1)
    return {"long-attribute": b'<html><body><p a="' + b"x" * scale + b'">text</p></body></html>',
            "deep-nesting": b"<html><body>" + b"<div>" * n + b"deep" + b"</div>" * n + b"</body></html>",
            "unclosed-nesting": b"<html><body>" + b"<b><i>" * n + b"</body></html>",
            "many-entities": b"<html><body><p>" + b"&amp;" * (scale // 5) + b"</p></body></html>",
            "open-comments": b"<html><body>" + b"<!--" * (scale // 4) + b"</body></html>",
            "lone-brackets": b"<html><body><p>" + b"<" * scale + b"</p></body></html>"}


def pathological_feed(scale: int) -> bytes:
    n = max(scale // 50, 1)
    item = (b"<item><title>" + b"<div>" * n + b"</title><link>https://example.org/" + b"a" * (scale // 10) +
            b"</link><description><![CDATA[" + b'<p class="' + b"x" * (scale // 2) + b'">' + b"<b>" * n +
            b"]]></description><pubDate>" + b"9" * (scale // 100) + b"</pubDate></item>")
    return b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>' + item * 2 + b"</channel></rss>"


def _extract_or_error(body: bytes) -> object:
    try:
        return extract_article(body, "https://example.org/p")
    except ExtractionError as exc:
        return exc


@pytest.mark.parametrize("name", list(pathological_pages(1)))
def test_pathological_pages_finish_within_the_time_budget(name: str, no_network: NoNetwork) -> None:
    payload = pathological_pages(200_000)[name]
    _timed(_extract_or_error, payload)
    _timed(lambda b: html_to_text(b.decode("utf-8", "replace")), payload)
    assert no_network.attempts == []


def test_pathological_feed_fields_finish_within_the_time_budget(no_network: NoNetwork) -> None:
    _timed(lambda b: parse_feed(b, url="https://example.org/f"), pathological_feed(200_000))
    assert no_network.attempts == []


@pytest.mark.slow
@pytest.mark.parametrize("name", [*pathological_pages(1), "feed"])
def test_megabyte_payloads_finish_within_the_time_budget(name: str, no_network: NoNetwork) -> None:
    payload = pathological_feed(1_000_000) if name == "feed" else pathological_pages(2_000_000)[name]
    if name == "feed":
        _timed(lambda b: parse_feed(b, url="https://example.org/f"), payload)
    else:
        _timed(_extract_or_error, payload)
    assert no_network.attempts == []


@pytest.mark.parametrize(("declared", "encoding"), [
    ("utf-8", "latin-1"), ("iso-8859-1", "utf-8"), ("utf-16", "utf-8"), ("shift_jis", "cp1252"),
    ("no-such-charset", "koi8-r"), (None, "utf-16"), (None, "gb18030"), ("windows-1256", "windows-1256"),
])
def test_wrong_or_missing_charsets_still_give_entries(declared: str | None, encoding: str) -> None:
    prolog = f'<?xml version="1.0" encoding="{declared}"?>' if declared else '<?xml version="1.0"?>'
    text = (f'{prolog}<rss version="2.0"><channel><title>Nouvelles \u00e9t\u00e9 \u0627\u0644\u062e\u0628\u0631'
            "</title><item><title>R\u00e9fugi\u00e9s \u00e0 Goma</title><link>https://example.org/r</link>"
            "<description>Des milliers de personnes d\u00e9plac\u00e9es.</description></item></channel></rss>")
    body = text.encode(encoding, errors="replace")
    parsed = parse_feed(body, url="https://example.org/f", headers={"Content-Type": "application/rss+xml"})
    assert all(isinstance(e.title, str) for e in parsed.entries)
    assert parsed.entries or parsed.error, "either entries or an error message for the source's health"


@pytest.mark.parametrize("fragment", ["<!DOCTYPE><script", "<!DOCTYPE html><?xml version='1.0'?><b>x</b>"])
def test_html_to_text_survives_doctype_fragments(fragment: str) -> None:
    """Found by fuzzing: lxml's fragment parser asserts ("too many bodies") on a nameless DOCTYPE, and
    ``html_to_text`` (ingest/text.py) let the AssertionError out, so one feed title with this CDATA lost
    the whole feed. Fix belongs in ingest/text.py (catch it like ParserError, or drop DOCTYPE/PI first)."""
    assert isinstance(html_to_text(fragment), str)


@pytest.mark.parametrize("body", [
    # found by fuzzing: a namespace URI holding U+0085 (NEL, "\x85" in ISO-8859-1) makes feedparser's strict
    # parser raise ValueError ("too many values to unpack"), and parse_feed lets it out: the source's other
    # feeds and pages are then skipped for that poll (ingest/pipeline.py catches only fetch errors per feed)
    (b'<?xml version="1.0" encoding="iso-8859-1"?><rss xmlns:dc="http://purl.org/dc/elements/1.1\x85x/" '
    b'version="2.0"><channel><title>t</title><item><title>a</title><link>https://example.org/a</link>'
    b"<dc:date>2026-01-01</dc:date></item></channel></rss>"),
])
def test_parse_feed_never_lets_a_parser_exception_out(body: bytes) -> None:
    parsed = parse_feed(defuse_xml(body), url="https://example.org/f")
    assert parsed.entries or parsed.error
