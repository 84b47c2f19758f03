"""Feed parsing: hostile XML does nothing harmful; HTML content is stripped to text."""

from __future__ import annotations

import time
from pathlib import Path

from ingest.feeds import parse_feed
from ingest.text import content_hash, html_to_text
from tests.ingest.conftest import LocalServer, Route

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>https://example.org/a</link><description>&lol9;</description></item>
</channel></rss>"""


def test_billion_laughs_is_bounded() -> None:
    started = time.perf_counter()
    parsed = parse_feed(BILLION_LAUGHS, url="https://example.org/feed")
    assert time.perf_counter() - started < 5
    total = sum(len(e.title) + len(e.summary) + len(e.content) for e in parsed.entries) + len(parsed.title)
    assert total < 100_000  # nothing expanded to a billion "lol"s


def test_external_entities_read_no_file_and_make_no_request(tmp_path: Path, local_server: LocalServer) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    local_server.routes["/evil.dtd"] = Route(body=b'<!ENTITY leak "FROM-SERVER">', content_type="text/plain")
    body = f"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY file SYSTEM "file://{secret}">
 <!ENTITY remote SYSTEM "{local_server.url('/evil.dtd')}">
 <!ENTITY % dtd SYSTEM "{local_server.url('/evil.dtd')}"> %dtd;
]>
<rss version="2.0"><channel><title>x</title>
<item><title>a &file; b &remote; &leak;</title><link>https://example.org/a</link>
<description>&file;</description></item></channel></rss>""".encode()
    parsed = parse_feed(body, url="https://example.org/feed")
    text = repr(parsed)
    assert "TOP-SECRET-TOKEN" not in text and "FROM-SERVER" not in text
    assert local_server.requests == []


def test_content_encoded_html_is_stripped_and_longest_block_kept() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>t</title><item><title>T &amp; <b>bold</b></title><link>https://example.org/a</link>
<description>&lt;p&gt;teaser&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>First&nbsp;paragraph.</p><script>steal()</script><style>p{}</style>
<ul><li>one</li><li>two</li></ul><p>Last <a href="x">link</a>.</p>]]></content:encoded></item></channel></rss>"""
    entry = parse_feed(body, url="https://example.org/feed").entries[0]
    assert entry.title == "T & bold" and entry.summary == "teaser"
    assert entry.content == "First paragraph.\n\none\n\ntwo\n\nLast link."


def test_not_a_feed_is_an_error() -> None:
    parsed = parse_feed(b"<html><body>Just a page</body></html>", url="https://example.org/")
    assert parsed.entries == () and parsed.error


def test_html_to_text_and_content_hash() -> None:
    assert html_to_text("plain &amp; simple") == "plain & simple"
    assert html_to_text("<div>a<br>b</div><!-- note -->") == "a\nb"
    assert content_hash("Title", "Some  text") == content_hash(" title ", "some text")
    assert content_hash("Title", "Some text") != content_hash("Title", "Other text")
