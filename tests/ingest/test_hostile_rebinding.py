"""DNS answers that change between the safety check and the connection (rebinding), and redirects to
internal addresses: the request never reaches the internal server.

The resolver is the operating system's ``socket.getaddrinfo``; here it is replaced (stdlib, not our
code) by one that answers a public address first and loopback afterwards, as a rebinding attacker's
DNS server would. The "internal" service is a real HTTP server on 127.0.0.1 that counts requests.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import httpx
import pytest

from ingest.fetch import SafeFetcher, safe_transport
from ingest.safety import UnsafeURLError
from tests.ingest.conftest import LocalServer, Route

_REAL = socket.getaddrinfo
PUBLIC = "93.184.215.14"


def _answers(port: int, sequence: list[str]) -> Callable[..., list]:
    """getaddrinfo that answers ``sequence`` in turn for *.rebind.test (last answer repeats)."""
    calls = {"n": 0}

    def fake(host: object, *args: object, **kwargs: object) -> list:
        if not (isinstance(host, str) and host.endswith("rebind.test")):
            return _REAL(host, *args, **kwargs)
        ip = sequence[min(calls["n"], len(sequence) - 1)]
        calls["n"] += 1
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    return fake


@pytest.fixture
def internal(local_server: LocalServer) -> Iterator[LocalServer]:
    local_server.routes["/admin"] = Route(body=b"internal secrets")
    yield local_server


def _port(server: LocalServer) -> int:
    return int(server.url("/").rsplit(":", 1)[1].split("/", 1)[0])


def test_rebinding_after_the_check_never_reaches_the_internal_server(internal: LocalServer, monkeypatch) -> None:
    port = _port(internal)
    monkeypatch.setattr(socket, "getaddrinfo", _answers(port, [PUBLIC, "127.0.0.1"]))
    with SafeFetcher(timeout_s=5) as fetcher, pytest.raises(UnsafeURLError, match="127.0.0.1"):
        fetcher.fetch(f"http://evil.rebind.test:{port}/admin")
    assert internal.requests == [], "no request byte may reach the internal address"


def test_pinned_connection_goes_to_the_vetted_address(internal: LocalServer, monkeypatch) -> None:
    # allowed intranet source: a hostname that resolves to loopback is fetched through the pinned backend
    port = _port(internal)
    monkeypatch.setattr(socket, "getaddrinfo", _answers(port, ["127.0.0.1"]))
    with SafeFetcher(timeout_s=5) as fetcher:
        assert fetcher.fetch(f"http://intranet.rebind.test:{port}/admin", allow_private=True).body == \
            b"internal secrets"
    assert internal.paths_requested() == ["/admin"]


def test_rebinding_to_the_metadata_address_is_refused_even_for_intranet_sources(monkeypatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _answers(80, [PUBLIC, "169.254.169.254"]))
    with SafeFetcher(timeout_s=5) as fetcher, pytest.raises(UnsafeURLError, match="metadata"):
        fetcher.fetch("http://meta.rebind.test/latest/meta-data/", allow_private=True)


def test_safe_transport_guards_other_clients_too(internal: LocalServer, monkeypatch) -> None:
    """What webhook notifiers should use: a plain httpx client over ``safe_transport`` refuses rebinding."""
    port = _port(internal)
    monkeypatch.setattr(socket, "getaddrinfo", _answers(port, ["127.0.0.1"]))
    with httpx.Client(transport=safe_transport(), trust_env=False) as client, pytest.raises(UnsafeURLError):
        client.post(f"http://hook.rebind.test:{port}/admin", content=b"{}")
    assert internal.requests == []
