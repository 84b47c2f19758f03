"""Local receivers on 127.0.0.1 for notification tests: a webhook server and an SMTP server with STARTTLS."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

__all__ = ["SmtpReceiver", "WebhookReceiver", "self_signed_cert", "smtp_server", "webhook_server"]


@dataclass
class WebhookReceiver:
    secret: str
    fail_next: int = 0
    status_on_fail: int = 500
    raw: list[dict] = field(default_factory=list)
    bad_signatures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def keys(self) -> list[str]:
        return [r["key"] for r in self.raw]


def _handler(receiver: WebhookReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            expected = "sha256=" + hmac.new(receiver.secret.encode(), body, hashlib.sha256).hexdigest()
            with receiver.lock:
                if receiver.fail_next > 0:
                    receiver.fail_next -= 1
                    self.send_response(receiver.status_on_fail)
                    self.end_headers()
                    return
                if not hmac.compare_digest(expected, self.headers.get("X-Tocsin-Signature", "")):
                    receiver.bad_signatures += 1
                    self.send_response(401)
                    self.end_headers()
                    return
                receiver.raw.append({"key": self.headers["X-Tocsin-Idempotency-Key"], "body": json.loads(body)})
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    return Handler


@contextmanager
def webhook_server(secret: str = "s3cret") -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(secret=secret)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(receiver))
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1/localhost and its key, generated here (never downloaded)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class SmtpReceiver:
    port: int = 0
    messages: list = field(default_factory=list)
    tls_sessions: int = 0

    def keys(self) -> list[str]:
        return [m["X-Tocsin-Idempotency-Key"] for m in self.messages]


class _Handler:
    def __init__(self, receiver: SmtpReceiver) -> None:
        self.receiver = receiver

    async def handle_DATA(self, server, session, envelope):
        if session.ssl is not None:
            self.receiver.tls_sessions += 1
        self.receiver.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        return "250 OK"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_server(folder: Path, require_starttls: bool = True) -> Iterator[tuple[SmtpReceiver, Path]]:
    from aiosmtpd.controller import Controller

    cert, key = self_signed_cert(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    receiver = SmtpReceiver()
    controller = Controller(_Handler(receiver), hostname="127.0.0.1", port=_free_port(), tls_context=context,
                            require_starttls=require_starttls)
    controller.start()
    receiver.port = controller.port
    try:
        yield receiver, cert
    finally:
        controller.stop()
