"""A scripted HTTP server on 127.0.0.1 for the crawler tests (and bench/crawl.py).

Routes are functions of the request path that write the whole response, so a test can
serve listings, real article pages, redirect loops, huge bodies and gzip bombs. Every
request is recorded. ``SilentServer`` accepts connections and never answers.
"""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Handler = Callable[[BaseHTTPRequestHandler], None]


def send(handler: BaseHTTPRequestHandler, body: bytes, *, status: int = 200, content_type: str = "text/html",
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    try:
        handler.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):  # the client gave up: that is the point of some tests
        pass


def redirect(location: str) -> Handler:
    return lambda h: send(h, b"", status=302, headers={"Location": location})


def page(body: bytes, content_type: str = "text/html") -> Handler:
    return lambda h: send(h, body, content_type=content_type)


def huge(size: int, chunk: int = 1 << 20) -> Handler:
    """A body of ``size`` bytes streamed in chunks (never held in memory)."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(size))
        h.end_headers()
        block = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
        sent = 0
        try:
            while sent < size:
                part = block[:min(chunk, size - sent)]
                h.wfile.write(part)
                sent += len(part)
        except (BrokenPipeError, ConnectionResetError):
            pass
        h.server.bytes_sent[h.path] = sent  # type: ignore[attr-defined]
    return handle


def gzip_bomb(decompressed: int) -> Handler:
    """A small gzip body that inflates to ``decompressed`` bytes, sent with Content-Encoding: gzip."""
    body = gzip.compress(b"<html><body>" + b" " * decompressed + b"</body></html>", compresslevel=9)
    return lambda h: send(h, body, headers={"Content-Encoding": "gzip"})


class CrawlServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[str] = []
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path) or server.routes.get(urlsplit(self.path).path)
                if route is None:
                    send(self, b"not found", status=404, content_type="text/plain")
                    return
                route(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.bytes_sent = {}  # type: ignore[attr-defined]
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> CrawlServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class SilentServer:
    """Accepts TCP connections and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.accepted += 1
            self._held.append(conn)

    def start(self) -> SilentServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.thread.join(timeout=2)
        for conn in self._held:
            conn.close()
        self.sock.close()
