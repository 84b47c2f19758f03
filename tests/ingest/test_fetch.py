"""The safe fetcher against a real local server: size caps, decompression bombs, statuses."""

from __future__ import annotations

import gzip

import pytest

from ingest.fetch import HTTPStatusError, ResponseTooLarge, SafeFetcher, capture_of
from tests.ingest.conftest import LocalServer, Route


def test_gzip_body_is_inflated_and_captured(local_server: LocalServer) -> None:
    local_server.routes["/f"] = Route(body=b"<rss>" + b"x" * 5000 + b"</rss>", gzip=True, etag='"v1"')
    with SafeFetcher() as fetcher:
        result = fetcher.fetch(local_server.url("/f"), allow_private=True)
    assert result.body.startswith(b"<rss>") and len(result.body) == 5011
    capture = capture_of(result, keep_content=False)
    assert capture.size == 5011 and capture.content is None and len(capture.id) == 64
    assert capture.headers["etag"] == '"v1"'


def test_size_cap_counts_decompressed_bytes(local_server: LocalServer) -> None:
    bomb = b"\0" * 50_000_000  # 50 MB of zeros gzips to about 50 KB
    local_server.routes["/bomb"] = Route(body=bomb, gzip=True)
    with SafeFetcher(max_bytes=1_000_000) as fetcher, pytest.raises(ResponseTooLarge):
        fetcher.fetch(local_server.url("/bomb"), allow_private=True)


def test_size_cap_on_plain_body(local_server: LocalServer) -> None:
    local_server.routes["/big"] = Route(body=b"a" * 20_000)
    with SafeFetcher(max_bytes=10_000) as fetcher, pytest.raises(ResponseTooLarge):
        fetcher.fetch(local_server.url("/big"), allow_private=True)
    with SafeFetcher(max_bytes=20_000) as fetcher:
        assert len(fetcher.fetch(local_server.url("/big"), allow_private=True).body) == 20_000


def test_error_status_raises_with_code(local_server: LocalServer) -> None:
    with SafeFetcher() as fetcher, pytest.raises(HTTPStatusError) as info:
        fetcher.fetch(local_server.url("/missing"), allow_private=True)
    assert info.value.status_code == 404


def test_conditional_get_returns_304(local_server: LocalServer) -> None:
    local_server.routes["/f"] = Route(body=b"<rss/>", etag='"abc"')
    with SafeFetcher() as fetcher:
        result = fetcher.fetch(local_server.url("/f"), allow_private=True, headers={"If-None-Match": '"abc"'})
    assert result.not_modified and result.body == b""


def test_unknown_content_encoding_is_refused(local_server: LocalServer) -> None:
    from ingest.fetch import UnsupportedEncoding

    local_server.routes["/br"] = Route(body=gzip.compress(b"x"), headers={"Content-Encoding": "br"})
    with SafeFetcher() as fetcher, pytest.raises(UnsupportedEncoding):
        fetcher.fetch(local_server.url("/br"), allow_private=True)
