"""The lxml fast path of ``parse_feed`` gives what feedparser gives, and hands it anything unusual."""

from __future__ import annotations

import pytest

from ingest.feeds import _parse_tolerant, _parse_well_formed, parse_feed
from tests.conftest import REPO, SHARED_DATA
from tests.ingest.test_feeds import BILLION_LAUGHS

URL = "https://feeds.example/news/feed.xml"
EDGE = {
    "rss_content_only": b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><language>fr-FR</language>
<item><title>A &amp; B</title><link>/rel/a</link><content:encoded><![CDATA[<p>Body <b>x</b></p>]]></content:encoded>
<pubDate>Mon, 05 Jun 2017 17:01:00 EST</pubDate></item>
<item><title><![CDATA[<i>C</i>]]></title><guid>https://g.example/1</guid><description>plain</description>
<pubDate>Tue, 6 Jun 2017 08:00:00 +0200</pubDate></item>
<item><title>no link</title></item>
<item><title>D</title><link>https://d.example/x</link><pubDate>2017-06-05</pubDate></item></channel></rss>""",
    "atom": b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"
 xml:base="https://base.example/news/"><title type="html">F &lt;b&gt;x&lt;/b&gt;</title>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <b>y</b></div></title><link href="item1"/>
<id>tag:1</id><updated>2017-06-05T17:01:00.250+02:00</updated><content type="xhtml">
<div xmlns="http://www.w3.org/1999/xhtml"><p>Para one</p><p>two</p></div></content></entry>
<entry xml:lang="fr"><title>E2</title><link rel="self" href="https://x/self"/><link rel="alternate" href="https://x/alt"/>
<id>https://x/id</id><summary>S</summary><content type="html">&lt;p&gt;C&lt;/p&gt;</content>
<published>2017-06-05T17:01:00Z</published></entry>
<entry><title>E3</title><id>https://only.example/id</id></entry></feed>""",
    "rss1": b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>R</title>
<dc:language>pt</dc:language></channel><item rdf:about="https://r.example/1"><title>R1</title>
<link>https://r.example/1</link><description>d</description><dc:date>2017-06-05T17:01:00-05:00</dc:date></item>
</rdf:RDF>""",
}


def _feeds() -> list[tuple[str, bytes]]:
    paths = sorted((REPO / "ingest" / "demo" / "feeds").glob("*.*"))
    shared = SHARED_DATA / "news_feeds_rss_parser"
    if shared.is_dir():
        paths += [p for p in sorted(shared.glob("*.*")) if p.suffix != ".md"]
    return [(p.name, p.read_bytes()) for p in paths] + list(EDGE.items())


@pytest.mark.parametrize(("name", "body"), _feeds(), ids=[n for n, _ in _feeds()])
def test_fast_path_equals_feedparser(name: str, body: bytes) -> None:
    fast = _parse_well_formed(body, url=URL, headers={"Content-Type": "application/rss+xml"}, max_entries=None)
    tolerant = _parse_tolerant(body, url=URL)
    assert fast is not None, f"{name} should take the fast path"
    assert fast == tolerant
    assert fast.entries


def test_fast_path_respects_max_entries() -> None:
    parsed = parse_feed(EDGE["rss_content_only"], url=URL, max_entries=2)
    assert [e.title for e in parsed.entries] == ["A & B", "C"]


@pytest.mark.parametrize("body", [
    BILLION_LAUGHS,  # a DTD: only the tolerant path (behind defuse_xml) reads those
    EDGE["atom"].replace(b"</feed>", b""),  # not well-formed
    EDGE["rss1"].replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="KOI8-R"?>'),
    EDGE["rss1"].replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="ISO-8859-1"?>')
    .replace(b"<title>R1", b"<title>\x93R1\x94"),  # C1 bytes: windows-1252 in disguise, feedparser decides
    EDGE["atom"].replace(b"2017-06-05T17:01:00Z", b"the fifth of June"),  # a date only feedparser may know
    b"<html><body>Just a page</body></html>",
])
def test_unusual_feeds_go_to_feedparser(body: bytes) -> None:
    assert _parse_well_formed(body, url=URL, headers={}, max_entries=None) is None
    parse_feed(body, url=URL)  # and the tolerant path still answers


def test_charset_in_headers_that_differs_goes_to_feedparser() -> None:
    headers = {"Content-Type": "application/xml; charset=windows-1252"}
    assert _parse_well_formed(EDGE["rss1"], url=URL, headers=headers, max_entries=None) is None
    assert _parse_well_formed(EDGE["rss1"], url=URL, headers={"content-type": "text/xml; charset=UTF-8"},
                              max_entries=None) is not None


def test_fast_path_reads_fields_as_expected() -> None:
    parsed = parse_feed(EDGE["atom"], url=URL)
    first, second, third = parsed.entries
    assert parsed.title == "F x" and parsed.language == "de"
    assert first.link == "https://base.example/news/item1" and first.title == "X y"
    assert first.content == "Para one\n\ntwo" and first.summary == first.content
    assert first.published_at is not None and first.published_at.isoformat() == "2017-06-05T15:01:00+00:00"
    assert second.link == "https://x/alt" and second.language == "fr" and second.content == "C"
    assert third.link == "https://only.example/id"
