"""DNS resolver that vets the addresses Scrapy will actually connect to.

``FetchSafetyMiddleware`` resolves a host and checks its addresses before the request is
sent; Twisted resolves the host again to connect. A DNS answer that changes in between (DNS
rebinding) would slip through, so this resolver applies ``ingest.safety.check_address`` to
the connection-time answer too. IP-literal hosts never reach a resolver (Twisted connects to
them directly); they are fully vetted by the middleware.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import Any

from scrapy.crawler import Crawler
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.base import ReactorBase
from twisted.internet.defer import Deferred

from ingest.safety import UnsafeURLError, check_address
from store import Source

__all__ = ["SafeResolver"]


class SafeResolver(CachingThreadedResolver):
    def __init__(self, reactor: ReactorBase, cache_size: int, timeout: float, allow_private: bool) -> None:
        super().__init__(reactor, cache_size, timeout)
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: ReactorBase) -> SafeResolver:
        raw = crawler.settings.get("TOCSIN_SOURCE")
        allow = bool(raw and Source.model_validate_json(raw).allow_private_addresses)
        size = crawler.settings.getint("DNSCACHE_SIZE") if crawler.settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, size, crawler.settings.getfloat("DNS_TIMEOUT"), allow)

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        return super().getHostByName(name, timeout).addCallback(self._vet, name)

    def _vet(self, address: Any, name: str) -> Any:
        try:
            check_address(ipaddress.ip_address(str(address)), allow_private=self.allow_private)
        except ValueError as exc:  # UnsafeURLError is a ValueError; so is a malformed address
            raise UnsafeURLError(f"host {name!r} resolved at connection time to {address}: {exc}") from exc
        return address
