"""Fetch safety: refused schemes and addresses are decided before any connection."""

from __future__ import annotations

import ipaddress

import pytest

from ingest.fetch import SafeFetcher
from ingest.safety import UnsafeURLError, check_address, check_url
from tests.ingest.conftest import LocalServer, Route


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "data:text/plain,hello", "ftp://example.org/feed.xml", "gopher://example.org/",
    "javascript:alert(1)", "/relative/path", "http:///no-host",
])
def test_refuses_non_http_schemes_and_hostless_urls(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        check_url(url)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://127.8.9.10:8080/x", "http://10.1.2.3/", "http://192.168.0.1/",
    "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fe80::1]/",
    "http://[fc00::5]/", "http://0.0.0.0/", "http://100.64.0.1/", "http://224.0.0.1/",
    "http://[::ffff:127.0.0.1]/", "http://localhost:8000/", "http://2130706433/", "http://0x7f000001/",
])
def test_refuses_internal_addresses(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        check_url(url)


def test_public_literal_address_is_allowed() -> None:
    assert check_url("https://8.8.8.8/feed") == [ipaddress.ip_address("8.8.8.8")]
    assert check_url("http://[2606:4700:4700::1111]/") == [ipaddress.ip_address("2606:4700:4700::1111")]


def test_allow_private_lifts_private_but_never_metadata_multicast_unspecified() -> None:
    assert check_url("http://127.0.0.1:9/", allow_private=True)
    assert check_url("http://10.0.0.7/", allow_private=True)
    for url in ("http://169.254.169.254/", "http://[fd00:ec2::254]/", "http://100.100.100.200/",
                "http://224.0.0.1/", "http://0.0.0.0/", "http://[::ffff:169.254.169.254]/"):
        with pytest.raises(UnsafeURLError):
            check_url(url, allow_private=True)


def test_check_address_unwraps_ipv4_mapped() -> None:
    with pytest.raises(UnsafeURLError):
        check_address(ipaddress.ip_address("::ffff:10.0.0.1"))


def test_fetch_of_loopback_is_refused_without_connecting(local_server: LocalServer) -> None:
    local_server.routes["/feed"] = Route(body=b"<rss/>")
    with SafeFetcher() as fetcher, pytest.raises(UnsafeURLError):
        fetcher.fetch(local_server.url("/feed"))
    assert local_server.requests == []
    with SafeFetcher() as fetcher:  # the same server is reachable when explicitly allowed
        assert fetcher.fetch(local_server.url("/feed"), allow_private=True).body == b"<rss/>"
    assert local_server.paths_requested() == ["/feed"]


@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/iam/", "file:///etc/passwd", "http://[fd00:ec2::254]/",
])
def test_redirect_to_forbidden_target_is_refused(local_server: LocalServer, target: str) -> None:
    local_server.routes["/start"] = Route(status=302, headers={"Location": target})
    with SafeFetcher() as fetcher, pytest.raises(UnsafeURLError):
        fetcher.fetch(local_server.url("/start"), allow_private=True)
    assert local_server.paths_requested() == ["/start"]


def test_redirect_to_loopback_refused_when_private_not_allowed_for_the_hop(local_server: LocalServer) -> None:
    # each hop is vetted with the source's own policy: a relative redirect stays on the allowed server,
    # an absolute one to another loopback port is vetted again (and allowed only with allow_private)
    local_server.routes["/a"] = Route(status=301, headers={"Location": "/b"})
    local_server.routes["/b"] = Route(status=307, headers={"Location": local_server.url("/c")})
    local_server.routes["/c"] = Route(body=b"done")
    with SafeFetcher() as fetcher:
        result = fetcher.fetch(local_server.url("/a"), allow_private=True)
    assert result.body == b"done" and result.final_url == local_server.url("/c")
    assert result.redirects == (local_server.url("/a"), local_server.url("/b"))


def test_redirect_loop_is_bounded(local_server: LocalServer) -> None:
    from ingest.fetch import TooManyRedirects

    local_server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    with SafeFetcher(max_redirects=3) as fetcher, pytest.raises(TooManyRedirects):
        fetcher.fetch(local_server.url("/loop"), allow_private=True)
    assert len(local_server.requests) == 4
