"""URL canonicalization: one spelling per article, so one document id per article.

Policy (stable; a change would change every document id, so version it if you must):
lowercase scheme and host; host to IDNA ASCII; no user info; no default port; no fragment;
dot segments removed; percent-escapes upper-cased, unreserved characters decoded, other
characters encoded; a trailing slash dropped except on the root path; tracking parameters
(utm_*, fbclid, gclid, ocid, at_*, ref, ref_src...) dropped; the remaining query parameters
sorted. Hosts are validated (RFC 1123 labels plus '_', IDNA A-labels, IPv4 and IPv6 literals);
an invalid host or port is a ``ValueError``, like a non-http(s) URL. For every string ``u``,
``canonicalize_url(u)`` either raises ``ValueError`` or returns ``c`` with ``canonicalize_url(c) == c``
(a hypothesis property test checks it).
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

__all__ = ["TRACKING_PARAMS", "canonicalize_url", "is_tracking_param"]

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "ocid",
    "ref", "ref_src", "ref_url", "referrer", "_ga", "_gl", "cmpid", "cmp", "s_cid", "xtor", "smid", "smtyp",
    "spm", "wt.mc_id", "mkt_tok", "oly_anon_id", "oly_enc_id", "__twitter_impression", "feature", "vero_id",
})
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "hsa_", "itm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\Z")


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def _normalize_escapes(component: str, safe: str) -> str:
    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    # a '%' that does not start an escape is a literal percent sign
    component = re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", component)
    return quote(_ESCAPE.sub(fix, component), safe=safe)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4."""
    out: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(out) > 1:
                out.pop()
        elif segment != ".":
            out.append(segment)
    if path.endswith(("/.", "/..")):
        out.append("")
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


def _ipv6(host: str) -> str:
    if "%" in host:  # a zone id names an interface of the reader's machine: never an article's address
        raise ValueError(f"IPv6 zone ids are not allowed in a URL host: {host!r}")
    return f"[{ipaddress.IPv6Address(host).compressed}]"


def _ascii_host(host: str) -> str:
    labels = host.split(".")
    if len(host) > 253 or not all(_LABEL.match(label) for label in labels):
        raise ValueError(f"invalid host name {host!r}: labels of letters, digits, '-' and '_' (1-63 each)")
    for label in labels:
        if label.startswith("xn--"):
            import idna

            try:
                idna.ulabel(label)
            except (idna.IDNAError, UnicodeError) as exc:
                raise ValueError(f"invalid IDNA label {label!r}: {exc}") from exc
    return host


def _host(hostname: str) -> str:
    """The host in canonical form (lowercase, IDNA A-labels, compressed IPv6), or ``ValueError``.

    Validated so that the result parses back to itself: ASCII names are RFC 1123 labels (plus '_',
    which real hosts use); IPv4 literals are four decimal octets; anything else goes through IDNA
    (UTS 46 mapping) and must come out as valid ASCII labels."""
    host = hostname.rstrip(".").lower()
    if ":" in host:
        return _ipv6(host)
    if not host:
        raise ValueError("empty host")
    if all(c in "0123456789." for c in host):
        return str(ipaddress.IPv4Address(host))
    if host.isascii():
        return _ascii_host(host)
    import idna

    try:
        encoded = idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        raise ValueError(f"invalid internationalized host name {host!r}: {exc}") from exc
    return _host(encoded)  # ASCII now: checked as if written so (an IPv4 literal from digits like '²')


def canonicalize_url(url: str) -> str:
    """The canonical spelling of an absolute http(s) URL; ``ValueError`` for anything else, including
    an invalid host or port (``canonicalize_url`` of its own result returns that result unchanged)."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            raise ValueError("no http(s) scheme or no host")
        netloc = _host(parts.hostname)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"not an absolute http(s) URL ({exc}): {url!r}") from None
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    path = _remove_dot_segments(_normalize_escapes(parts.path or "/", _PATH_SAFE))
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    query = urlencode(sorted(pairs), quote_via=quote, safe="-._~")
    return urlunsplit((scheme, netloc, path, query, ""))
