"""Connecting to Elasticsearch or OpenSearch with the official ``elasticsearch`` client.

The 9.x client sends ``Accept``/``Content-Type: application/vnd.elasticsearch+json;
compatible-with=9``. Elasticsearch 9 wants exactly that, Elasticsearch 8 accepts only
``compatible-with=8`` (or 7), and OpenSearch rejects the vendor media type with 406. The
``api_compatibility`` setting picks what is sent; ``auto`` asks the server (``GET /``) first.
The rewrite happens in a transport node class, the client's documented extension point.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from elastic_transport import Urllib3HttpNode

from store.errors import BackendUnavailable

__all__ = ["ServerInfo", "compat_node_class", "detect_server", "make_client"]

log = logging.getLogger(__name__)

_VENDOR = re.compile(r"application/vnd\.elasticsearch\+([a-z-]+);\s*compatible-with=\d+")


@dataclass(frozen=True)
class ServerInfo:
    distribution: str  # "elasticsearch" or "opensearch"
    version: str

    @property
    def major(self) -> int:
        try:
            return int(self.version.split(".")[0])
        except ValueError:
            return 0

    @property
    def is_opensearch(self) -> bool:
        return self.distribution == "opensearch"


class _CompatNode(Urllib3HttpNode):
    """Rewrites the vendor media type to plain JSON (``None``) or another compatible-with version."""

    compatible_with: int | None = None

    def perform_request(self, method: str, target: str, body: bytes | None = None,
                        headers: Any = None, **kwargs: Any) -> Any:
        if headers:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                value = headers.get(name)
                if value:
                    headers[name] = self._rewrite(value)
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)

    def _rewrite(self, value: str) -> str:
        if self.compatible_with is None:
            return _VENDOR.sub(r"application/\1", value)
        return _VENDOR.sub(rf"application/vnd.elasticsearch+\1; compatible-with={self.compatible_with}", value)


def compat_node_class(compatible_with: int | None) -> type[Urllib3HttpNode]:
    return type(f"CompatNode{compatible_with or 'Plain'}", (_CompatNode,), {"compatible_with": compatible_with})


def detect_server(url: str, headers: dict[str, str], timeout_s: float, ca_certs: str | None = None) -> ServerInfo:
    """``GET /`` with plain JSON headers: which product and version answers at ``url``."""
    import ssl

    request = urllib.request.Request(url.rstrip("/") + "/", headers={"Accept": "application/json", **headers})
    context = ssl.create_default_context(cafile=ca_certs) if url.startswith("https://") else None
    try:
        with urllib.request.urlopen(request, timeout=timeout_s, context=context) as response:
            info = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise BackendUnavailable(f"{url} answered HTTP {exc.code} to GET /; check TOCSIN_STORE__URL and the "
                                 f"credentials (TOCSIN_STORE__USERNAME/PASSWORD or API_KEY)") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise BackendUnavailable(f"cannot reach Elasticsearch at {url}: {exc}; is the cluster up and "
                                 f"TOCSIN_STORE__URL right?") from exc
    version = info.get("version", {})
    return ServerInfo(distribution=version.get("distribution", "elasticsearch"), version=version.get("number", "0"))


def _auth_headers(username: str | None, password: str | None, api_key: str | None) -> dict[str, str]:
    import base64

    if api_key:
        return {"Authorization": f"ApiKey {api_key}"}
    if username:
        token = base64.b64encode(f"{username}:{password or ''}".encode()).decode()
        return {"Authorization": f"Basic {token}"}
    return {}


def make_client(url: str, *, compatibility: str, username: str | None, password: str | None,
                api_key: str | None, timeout_s: float, max_retries: int,
                ca_certs: str | None = None) -> tuple[Any, ServerInfo]:
    """A client for ``url`` and what the server is. ``compatibility``: auto, elasticsearch-9,
    elasticsearch-8 or plain-json."""
    from elasticsearch import Elasticsearch

    auth = _auth_headers(username, password, api_key)
    info = detect_server(url, auth, timeout_s, ca_certs)
    if compatibility == "auto":
        compatible_with = None if info.is_opensearch else (8 if info.major == 8 else 9)
    else:
        compatible_with = {"elasticsearch-9": 9, "elasticsearch-8": 8, "plain-json": None}[compatibility]
    client = Elasticsearch(url, headers=auth or None, node_class=compat_node_class(compatible_with),
                           request_timeout=timeout_s, max_retries=max_retries, retry_on_status=(429, 502, 503, 504),
                           retry_on_timeout=True, ca_certs=ca_certs)
    log.info("connected to %s %s at %s (compatible-with=%s)", info.distribution, info.version, url,
             compatible_with or "plain JSON")
    return client, info
