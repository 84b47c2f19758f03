"""Fetch safety: decide whether a URL may be fetched, before any connection is made.

Anything that fetches a URL given by a source file, a feed or a redirect (feed polling,
the crawler, webhook notifiers) calls ``check_url`` first, and again on every redirect hop.

Rules:

* only ``http`` and ``https``; ``file:``, ``data:``, ``ftp:``, ``gopher:``... are refused;
* the host is resolved (DNS) and EVERY address it resolves to must be public: private,
  loopback, link-local, shared (CGNAT), multicast, reserved and unspecified addresses are
  refused unless ``allow_private`` (tests, intranet sources);
* cloud metadata endpoints (169.254.169.254, fd00:ec2::254, 100.100.100.200) are refused
  always, even with ``allow_private``;
* multicast and unspecified addresses are refused always (nothing legitimate serves there).

``check_url`` returns the vetted addresses so the caller can verify that the connection it
made went to one of them. ``resolve_checked`` is what the fetcher's connection layer calls: it
resolves and vets at connect time and the socket is opened to a vetted address, so a DNS answer
that changes between the check and the connection (rebinding) never reaches an internal address.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
from urllib.parse import urlsplit

__all__ = ["ALLOWED_SCHEMES", "METADATA_ADDRESSES", "NAT64_PREFIX", "IPAddress", "UnsafeURLError", "check_address",
           "check_url", "defuse_xml", "resolve_checked"]

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = frozenset({"http", "https"})
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset({
    ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack...
    ipaddress.ip_address("fd00:ec2::254"),  # AWS IPv6
    ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
})


class UnsafeURLError(ValueError):
    """The URL may not be fetched: bad scheme, unresolvable host or a forbidden address."""


NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052 well-known prefix: 64:ff9b::a9fe:a9fe = 169.254.169.254


def _unwrap(ip: IPAddress) -> IPAddress:
    """IPv4 hidden in IPv6 (::ffff:127.0.0.1, NAT64, 6to4, Teredo...) is judged as the IPv4 address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip in NAT64_PREFIX:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if ip.sixtofour is not None:
            return ip.sixtofour
        if ip.teredo is not None:
            return ip.teredo[1]
    return ip


def check_address(ip: IPAddress, *, allow_private: bool = False) -> None:
    """Raise ``UnsafeURLError`` when ``ip`` may not be connected to."""
    inner = _unwrap(ip)
    for candidate in {ip, inner}:
        if candidate in METADATA_ADDRESSES:
            raise UnsafeURLError(f"{ip} is a cloud metadata address; it is never fetched")
        if candidate.is_multicast or candidate.is_unspecified:
            raise UnsafeURLError(f"{ip} is a multicast or unspecified address; it is never fetched")
    if allow_private:
        return
    for candidate in {ip, inner}:
        if candidate.is_loopback or candidate.is_link_local or candidate.is_private or candidate.is_reserved \
                or not candidate.is_global:
            raise UnsafeURLError(
                f"{ip} is a private, loopback, link-local or reserved address; refused. If this source is "
                "on your own network, set allow_private_addresses: true on it")


def _resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeURLError(f"cannot resolve host {host!r}: {exc}; check the URL") from exc
    found: list[IPAddress] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        ip = ipaddress.ip_address(address)
        if ip not in found:
            found.append(ip)
    if not found:
        raise UnsafeURLError(f"host {host!r} resolves to no address")
    return found


def resolve_checked(host: str, port: int, *, allow_private: bool = False) -> list[IPAddress]:
    """Resolve ``host`` and vet every address; used at connect time so the address connected to is the
    address checked (a DNS answer that changes between the URL check and the connection cannot slip by)."""
    try:
        addresses = [ipaddress.ip_address(host.strip("[]").split("%", 1)[0])]
    except ValueError:
        addresses = _resolve(host, port)
    for ip in addresses:
        try:
            check_address(ip, allow_private=allow_private)
        except UnsafeURLError as exc:
            raise UnsafeURLError(f"host {host!r} -> {exc}") from exc
    return addresses


def check_url(url: str, *, allow_private: bool = False) -> list[IPAddress]:
    """Vet ``url`` and return the addresses its host resolves to (all of them allowed).

    Raises ``UnsafeURLError`` without connecting when the URL must not be fetched.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise UnsafeURLError(f"malformed URL {url!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"scheme {scheme or '(none)'!r} of {url!r} is not allowed; only http and https are")
    host = parts.hostname
    if not host:
        raise UnsafeURLError(f"URL {url!r} has no host")
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        addresses = _resolve(host, port or (443 if scheme == "https" else 80))
    for ip in addresses:
        try:
            check_address(ip, allow_private=allow_private)
        except UnsafeURLError as exc:
            raise UnsafeURLError(f"{url!r}: host {host!r} -> {exc}") from exc
    return addresses


# --- XML entity bombs -------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"), (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"), (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00!", "utf-16-be"), (b"<\x00!\x00", "utf-16-le"),
)
_DOCTYPE = "<!DOCTYPE"
_PROLOG_CHARS = 65_536  # a DOCTYPE starts in the prolog, before the root element


def _wide_codec(body: bytes) -> str | None:
    for prefix, codec in _BOMS:
        if body.startswith(prefix):
            return codec
    return None


def _internal_subset_end(text: str, open_at: int) -> int | None:
    """Index just past the ``]...>`` closing the internal subset opened at ``open_at`` (quotes respected)."""
    quote, depth = "", 0
    for i in range(open_at, len(text)):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == ">" and depth <= 0:
            return i + 1
    return None


def _defuse_text(text: str) -> str | None:
    start = text.find(_DOCTYPE, 0, _PROLOG_CHARS)
    if start < 0:
        return None
    bracket = text.find("[", start, start + 1024)
    close = text.find(">", start)
    if bracket < 0 or (0 <= close < bracket):
        return None  # no internal subset (an external DTD reference is never fetched by our parsers)
    end = _internal_subset_end(text, bracket)
    subset = text[bracket:end] if end else text[bracket:]
    if "<!ENTITY" not in subset:
        return None
    name = text[start + len(_DOCTYPE):bracket].split()
    return text[:start] + f"{_DOCTYPE} {name[0] if name else 'x'}>" + (text[end:] if end else "")


# C0 controls other than tab, LF and CR: never valid in XML, and lxml refuses text holding them. In an
# ASCII-compatible encoding (UTF-8, Latin-*, Shift-JIS, GB18030...) these bytes only ever stand for themselves.
_C0_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 13))
_C0_TABLE = {b: None for b in _C0_CONTROLS}
_CHARREF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _valid_xml_char(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or \
        0x10000 <= code <= 0x10FFFF


def _fix_charrefs(text: str) -> str:
    """``&#xD800;``, ``&#0;``, ``&#99999999999;``... (no such character) become U+FFFD: parsers crash on them."""
    def fix(match: re.Match[str]) -> str:
        digits = match.group(1) or match.group(2)
        code = int(digits, 16 if match.group(1) else 10) if len(digits) <= 8 else -1
        return match.group(0) if _valid_xml_char(code) else "&#xFFFD;"

    return _CHARREF.sub(fix, text)


_XML_DECL_ENCODING = re.compile(rb"""\A(\xef\xbb\xbf)?(\s*<\?xml[^>]{0,200}?)\s+encoding\s*=\s*(["'])(.{0,100}?)\3""",
                                re.DOTALL)
_ENCODING_NAME = re.compile(rb"\A[A-Za-z][A-Za-z0-9._-]{0,39}\Z")


def _clean_declared_encoding(body: bytes) -> bytes:
    """Drop an XML declaration's encoding name that is not a plain ASCII name (feedparser raised on one)."""
    match = _XML_DECL_ENCODING.match(body)
    if match is None or _ENCODING_NAME.match(match.group(4)):
        return body
    log.warning("dropped a malformed encoding name from an XML declaration: %r", match.group(4)[:40])
    return (match.group(1) or b"") + match.group(2) + body[match.end():]


def defuse_xml(body: bytes) -> bytes:
    """``body`` made safe to hand to an XML or feed parser.

    * entity declarations of an internal DTD subset (entity bombs, external entities) are removed;
      ``&name;`` references to removed entities stay as text (feeds never need them);
    * numeric character references to code points that are not characters (surrogates, NUL, beyond
      U+10FFFF) become U+FFFD: one such reference made feedparser raise and lose the whole feed;
    * raw C0 control characters (other than tab, LF, CR) are removed: one in a feed entry made
      ``html_to_text`` raise;
    * an XML declaration's encoding name that is not plain ASCII is dropped (feedparser raised).

    Bodies that need neither are returned unchanged (the same object). UTF-16/32 bodies are handled."""
    codec = _wide_codec(body)
    if codec is None:
        body = _clean_declared_encoding(body)
        stripped = body.translate(None, _C0_CONTROLS)
        if len(stripped) != len(body):
            log.warning("removed %d control bytes (invalid in XML and HTML text)", len(body) - len(stripped))
            return defuse_xml(stripped)
        if b"<!ENTITY" not in body and b"&#" not in body:
            return body
    try:
        text = body.decode(codec or "latin-1")  # latin-1 maps bytes 1:1, so ASCII markup is found in any 8-bit text
    except UnicodeDecodeError:
        return body
    defused = _defuse_text(text)
    if defused is not None:
        log.warning("removed an internal DTD subset with entity declarations (%d bytes)", len(text) - len(defused))
    fixed = _fix_charrefs(defused if defused is not None else text)
    if codec is not None:
        fixed = fixed.translate(_C0_TABLE)
    if fixed == text:
        return body
    return fixed.encode(codec or "latin-1")  # "utf-16"/"utf-32" write a BOM again; -le/-be had none
