"""The safe fetcher: every byte Tocsin downloads goes through ``SafeFetcher.fetch``.

* ``check_url`` on the first URL and on every redirect hop (redirects are followed here,
  by hand, up to ``max_redirects``);
* the connection itself is pinned: the client's network backend resolves the host again at
  connect time, vets every address (``resolve_checked``) and opens the socket to a vetted one,
  so a DNS answer that changes after the check (rebinding) cannot reach an internal address and
  no request byte is sent there; the peer address is checked once more after connecting;
* timeouts on connect and read; a size cap enforced while streaming, counted AFTER
  decompression (we inflate gzip/deflate ourselves with a bounded output, so a small
  compressed bomb cannot expand in memory); only ``gzip`` and ``deflate`` are accepted;
* conditional GET headers are passed through and a 304 is returned, not raised;
* entity declarations in an internal DTD subset (billion laughs, quadratic blowup, external
  entities) are removed from ``body`` before any parser sees it (``defuse_xml``); the capture
  keeps the bytes as received.

Exceptions::

    FetchError
    ├── HTTPStatusError        (4xx/5xx; ``status_code``)
    ├── ResponseTooLarge
    ├── TooManyRedirects
    └── UnsupportedEncoding
    UnsafeURLError (ingest.safety; a ValueError): refused before connecting
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import ssl
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any, Self
from urllib.parse import urljoin

import httpcore
import httpx

from ingest.safety import IPAddress, UnsafeURLError, check_address, check_url, defuse_xml, resolve_checked
from ingest.settings import IngestSettings
from store import Capture, sha256_hex, utc_now

__all__ = ["FetchError", "FetchResult", "HTTPStatusError", "ResponseTooLarge", "SafeFetcher", "TooManyRedirects",
           "UnsupportedEncoding", "capture_of", "safe_transport"]

log = logging.getLogger(__name__)

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A fetch failed after the URL was found safe (network, status, size, encoding)."""


class HTTPStatusError(FetchError):
    def __init__(self, url: str, status_code: int) -> None:
        super().__init__(f"{url} answered HTTP {status_code}")
        self.status_code = status_code


class ResponseTooLarge(FetchError):
    """The body (after decompression) exceeded ``max_bytes``; raise ``ingest.max_bytes`` if it is legitimate."""


class TooManyRedirects(FetchError):
    pass


class UnsupportedEncoding(FetchError):
    pass


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    status_code: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    redirects: tuple[str, ...] = field(default_factory=tuple)
    raw_body: bytes | None = field(default=None, repr=False)  # as received, when ``body`` was defused

    @property
    def received(self) -> bytes:
        """The bytes exactly as received (what the capture records)."""
        return self.body if self.raw_body is None else self.raw_body

    @property
    def not_modified(self) -> bool:
        return self.status_code == 304


def capture_of(result: FetchResult, *, keep_content: bool) -> Capture:
    """The chain-of-custody record of a fetched body (id = sha256 of the body)."""
    raw = result.received
    return Capture(id=sha256_hex(raw), url=result.final_url, fetched_at=result.fetched_at,
                   status_code=result.status_code, headers=result.headers, size=len(raw),
                   content=raw if keep_content else None)


class _Inflater:
    """Bounded decompression of one Content-Encoding (identity, gzip, deflate)."""

    def __init__(self, encoding: str, url: str) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._d = None
        elif encoding in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._d = zlib.decompressobj(zlib.MAX_WBITS)
            self._raw_fallback = True
        else:
            raise UnsupportedEncoding(f"{url} sent Content-Encoding {encoding!r}; only gzip and deflate are accepted")
        self._started = False

    def feed(self, chunk: bytes, room: int) -> bytes:
        """Decompress ``chunk``; raise ``ResponseTooLarge`` if the output would exceed ``room`` bytes."""
        if self._d is None:
            out = chunk
        else:
            try:
                out = self._d.decompress(chunk, room + 1)
            except zlib.error:
                if self._started or not getattr(self, "_raw_fallback", False):
                    raise
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent as raw deflate
                out = self._d.decompress(chunk, room + 1)
            self._started = True
            if self._d.unconsumed_tail:
                raise ResponseTooLarge("decompressed body exceeds the size cap")
        if len(out) > room:
            raise ResponseTooLarge("body exceeds the size cap")
        return out


class _VettingBackend(httpcore.NetworkBackend):
    """Connects only to addresses ``resolve_checked`` allows, resolved at connect time (no rebinding gap)."""

    def __init__(self, allow_private: bool) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        addresses = resolve_checked(host, port, allow_private=self._allow_private)
        error: Exception | None = None
        for ip in addresses:
            try:
                return self._inner.connect_tcp(str(ip), port, timeout=timeout, local_address=local_address,
                                               socket_options=socket_options)
            except httpcore.ConnectError as exc:  # try the next vetted address
                error = exc
        raise error or httpcore.ConnectError(f"no address to connect to for {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are never used for fetching")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context, built once per process (loading the CA bundle costs ~30 ms)."""
    return httpx.create_ssl_context(trust_env=False)


def safe_transport(allow_private: bool = False) -> httpx.HTTPTransport:
    """An httpx transport that connects only to vetted addresses (for any client that sends to URLs
    from configuration or the web: feeds, pages, webhooks). Use with ``trust_env=False``."""
    transport = httpx.HTTPTransport(verify=_ssl_context(), trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # httpx exposes no network_backend option; same defaults
        ssl_context=_ssl_context(), max_connections=100, max_keepalive_connections=20,
        keepalive_expiry=5.0, network_backend=_VettingBackend(allow_private))
    return transport


class SafeFetcher:
    """A thread-safe HTTP client that only fetches what ``check_url`` allows."""

    def __init__(self, *, timeout_s: float = 20.0, max_bytes: int = 10_000_000,
                 user_agent: str = "Tocsin", max_redirects: int = 5) -> None:
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        # one pinned client per policy, so a pooled connection made for an intranet source is never
        # reused for a source that may not reach private addresses
        self._clients = {allow: httpx.Client(
            timeout=httpx.Timeout(timeout_s), follow_redirects=False, trust_env=False,
            transport=safe_transport(allow), headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})
            for allow in (False, True)}

    @classmethod
    def from_settings(cls, settings: IngestSettings) -> SafeFetcher:
        return cls(timeout_s=settings.timeout_s, max_bytes=settings.max_bytes, user_agent=settings.user_agent,
                   max_redirects=settings.max_redirects)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for client in self._clients.values():
            client.close()

    def fetch(self, url: str, *, allow_private: bool = False,
              headers: Mapping[str, str] | None = None) -> FetchResult:
        """GET ``url`` safely. Raises ``UnsafeURLError`` (before connecting) or ``FetchError``."""
        current = url
        hops: list[str] = []
        for _ in range(self.max_redirects + 1):
            addresses = check_url(current, allow_private=allow_private)
            try:
                with self._clients[allow_private].stream("GET", current, headers=dict(headers or {})) as response:
                    _check_peer(response, addresses, allow_private)
                    location = response.headers.get("location")
                    if response.status_code in REDIRECT_CODES and location:
                        hops.append(current)
                        current = urljoin(current, location.strip())
                        log.debug("redirect %s -> %s", hops[-1], current)
                        continue
                    return self._finish(url, current, response, tuple(hops))
            except httpx.HTTPError as exc:
                raise FetchError(f"fetching {current} failed: {type(exc).__name__}: {exc}") from exc
        raise TooManyRedirects(f"{url}: more than {self.max_redirects} redirects (last: {current})")

    def _finish(self, url: str, current: str, response: httpx.Response, hops: tuple[str, ...]) -> FetchResult:
        status = response.status_code
        if status >= 400 or (status >= 300 and status != 304):
            raise HTTPStatusError(current, status)
        raw = b"" if status == 304 else self._read_capped(response, current)
        body = defuse_xml(raw)  # entity bombs never reach a parser; the capture keeps the bytes received
        return FetchResult(url=url, final_url=current, status_code=status, headers=dict(response.headers.items()),
                           body=body, fetched_at=utc_now(), redirects=hops, raw_body=None if body is raw else raw)

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        inflater = _Inflater(response.headers.get("content-encoding", ""), url)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise ResponseTooLarge(f"{url} declares {declared} bytes, over the cap of {self.max_bytes} "
                                   "(ingest.max_bytes)")
        parts: list[bytes] = []
        size = 0
        try:
            for chunk in _raw_chunks(response):
                out = inflater.feed(chunk, self.max_bytes - size)
                size += len(out)
                parts.append(out)
        except ResponseTooLarge as exc:
            raise ResponseTooLarge(f"{url}: {exc} of {self.max_bytes} bytes (ingest.max_bytes)") from exc
        except zlib.error as exc:
            raise FetchError(f"{url}: corrupt compressed body: {exc}") from exc
        return b"".join(parts)


def _raw_chunks(response: httpx.Response) -> Iterator[bytes]:
    yield from response.iter_raw(chunk_size=65_536)


def _check_peer(response: httpx.Response, addresses: list[IPAddress], allow_private: bool) -> None:
    """The address we actually reached must be one we vetted (DNS may have changed since)."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return
    ip = ipaddress.ip_address(str(peer[0]).split("%", 1)[0])
    if ip not in addresses:
        try:
            check_address(ip, allow_private=allow_private)
        except UnsafeURLError as exc:
            raise UnsafeURLError(f"connected to {ip}, not an address vetted for this URL: {exc}") from exc
