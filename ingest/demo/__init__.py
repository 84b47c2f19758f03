"""Offline demo: illustrative feeds and pages written for Tocsin, served on 127.0.0.1.

``serve_demo()`` serves this folder on a random loopback port (feeds get ``{base}`` replaced by
the server's address, with ETag and 304 support); ``demo_sources(base_url)`` returns the three
demo sources pointing at it. Every file here is marked illustrative: it is not real news.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ingest.registry import parse_sources
from store import Source

__all__ = ["DEMO_DIR", "demo_sources", "serve_demo"]

log = logging.getLogger(__name__)

DEMO_DIR = Path(__file__).parent
_FEED_TYPES = {".rss": "application/rss+xml; charset=utf-8", ".atom": "application/atom+xml; charset=utf-8"}


class _DemoHandler(SimpleHTTPRequestHandler):
    base_url = ""

    def log_message(self, format: str, *args: object) -> None:
        log.debug("demo server: " + format, *args)

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.suffix in _FEED_TYPES and path.is_file():
            self._send_feed(path)
            return
        super().do_GET()

    def _send_feed(self, path: Path) -> None:
        body = path.read_text(encoding="utf-8").replace("{base}", self.base_url).encode("utf-8")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", _FEED_TYPES[path.suffix])
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_demo(directory: Path = DEMO_DIR) -> Iterator[str]:
    """Serve the demo folder on 127.0.0.1 (random port) in a thread; yields the base URL."""
    handler = type("DemoHandler", (_DemoHandler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(directory)))
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    handler.base_url = base
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              name="tocsin-demo-server", daemon=True)
    thread.start()
    log.info("demo server at %s serving %s", base, directory)
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def demo_sources(base_url: str) -> list[Source]:
    """The illustrative demo sources, their feed URLs under ``base_url``."""
    text = (DEMO_DIR / "sources.yaml").read_text(encoding="utf-8")
    return parse_sources(text, str(DEMO_DIR / "sources.yaml"), {"base": base_url.rstrip("/")})
