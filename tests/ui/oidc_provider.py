"""A minimal OpenID Connect provider on 127.0.0.1 for the login round-trip test.

Authorization-code flow only: discovery document, ``/authorize`` (logs in whoever the test set as
``next_user`` and redirects back with a one-time code), ``/token`` (client_secret_basic or _post,
PKCE S256 checked, returns an RS256-signed id_token carrying the nonce), ``/jwks`` and
``/userinfo``. Everything it was asked is kept in ``calls`` so the test can check the flow.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlencode, urlsplit

__all__ = ["OidcProvider"]


@dataclass
class _Grant:
    claims: dict[str, Any]
    nonce: str | None
    challenge: str | None
    redirect_uri: str


@dataclass
class OidcProvider:
    client_id: str
    client_secret: str
    redirect_uri: str
    next_user: dict[str, Any] = field(default_factory=dict)
    sign_with_wrong_key: bool = False
    calls: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        from joserfc.jwk import RSAKey

        params = {"kid": "tocsin-test-key", "use": "sig", "alg": "RS256"}
        self.key = RSAKey.generate_key(2048, parameters=params)
        self.impostor_key = RSAKey.generate_key(2048, parameters=params)  # same kid, not published
        self._grants: dict[str, _Grant] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.issuer = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def metadata_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    def discovery(self) -> dict[str, Any]:
        return {"issuer": self.issuer, "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": f"{self.issuer}/token", "jwks_uri": f"{self.issuer}/jwks",
                "userinfo_endpoint": f"{self.issuer}/userinfo", "response_types_supported": ["code"],
                "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
                "scopes_supported": ["openid", "email", "profile"], "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]}

    def authorize(self, query: dict[str, str]) -> str:
        """Where the browser goes next: back to the client with a code (or an error)."""
        if query.get("client_id") != self.client_id or query.get("redirect_uri") != self.redirect_uri:
            self.errors.append(f"authorize: unknown client or redirect_uri {query}")
            raise ValueError("unknown client")
        if query.get("response_type") != "code" or "openid" not in query.get("scope", "").split():
            self.errors.append(f"authorize: not an OIDC code request {query}")
            raise ValueError("bad request")
        code = secrets.token_urlsafe(16)
        self._grants[code] = _Grant(dict(self.next_user), query.get("nonce"), query.get("code_challenge"),
                                    query["redirect_uri"])
        return f"{self.redirect_uri}?{urlencode({'code': code, 'state': query.get('state', '')})}"

    def token(self, form: dict[str, str], authorization: str | None) -> dict[str, Any]:
        client_id, secret = form.get("client_id"), form.get("client_secret")
        if authorization and authorization.startswith("Basic "):
            client_id, _, secret = base64.b64decode(authorization[6:]).decode().partition(":")
        if (client_id, secret) != (self.client_id, self.client_secret):
            raise PermissionError("invalid_client")
        grant = self._grants.pop(form.get("code", ""), None)  # one use only
        if grant is None or form.get("grant_type") != "authorization_code" or \
                form.get("redirect_uri") != grant.redirect_uri:
            raise PermissionError("invalid_grant")
        if grant.challenge is not None:
            verifier = form.get("code_verifier", "").encode()
            expected = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=").decode()
            if expected != grant.challenge:
                raise PermissionError("invalid_grant: PKCE verifier does not match")
        return {"access_token": "at-" + secrets.token_urlsafe(8), "token_type": "Bearer", "expires_in": 300,
                "id_token": self._id_token(grant), "scope": "openid email profile"}

    def _id_token(self, grant: _Grant) -> str:
        from joserfc import jwt

        now = int(time.time())
        claims = {"iss": self.issuer, "aud": self.client_id, "iat": now, "exp": now + 300, **grant.claims}
        if grant.nonce:
            claims["nonce"] = grant.nonce
        key = self.impostor_key if self.sign_with_wrong_key else self.key
        return jwt.encode({"alg": "RS256", "kid": "tocsin-test-key"}, claims, key)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                return

            def _json(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                provider.calls.append(f"GET {parts.path}")
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                if parts.path == "/.well-known/openid-configuration":
                    self._json(200, provider.discovery())
                elif parts.path == "/jwks":
                    self._json(200, {"keys": [provider.key.as_dict(private=False)]})
                elif parts.path == "/userinfo":
                    self._json(200, provider.next_user)
                elif parts.path == "/authorize":
                    try:
                        location = provider.authorize(query)
                    except ValueError as exc:
                        self._json(400, {"error": "invalid_request", "error_description": str(exc)})
                        return
                    self.send_response(302)
                    self.send_header("Location", location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    self._json(404, {"error": "not_found"})

            def do_POST(self) -> None:
                parts = urlsplit(self.path)
                provider.calls.append(f"POST {parts.path}")
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                form = {k: v[0] for k, v in parse_qs(body).items()}
                if parts.path != "/token":
                    self._json(404, {"error": "not_found"})
                    return
                try:
                    self._json(200, provider.token(form, self.headers.get("Authorization")))
                except PermissionError as exc:
                    provider.errors.append(f"token: {exc}")
                    self._json(400, {"error": str(exc).split(":")[0], "error_description": str(exc)})

        return Handler
