"""A real OpenID Connect login round trip: Streamlit's ``st.login`` against a provider on 127.0.0.1.

The app runs as ``tocsin ui`` runs it (``streamlit run ui/app.py`` with ``ui.auth = 'oidc'`` in the
environment and ``[auth]`` in ``.streamlit/secrets.toml`` of its working directory). Debian's
chromium (headless, as in ``test_browser.py``) clicks "Log in"; the browser follows Streamlit's
``/auth/login`` redirect to the provider's ``/authorize``, comes back to ``/oauth2callback`` with a
code, Streamlit (Authlib) exchanges it at ``/token`` with PKCE, checks the RS256 id_token against
the provider's JWKS, sets its signed cookie, and the app maps the claims to a role:

* an address in ``ui.oidc_roles`` gets its role (case-insensitive: the map says ``Ana@Example.org``);
* an address not in it, or one the provider marks ``email_verified = false``, is a viewer
  (docs/ui.md) and has no Users page;
* an id_token signed with a key the provider did not publish logs nobody in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import build_store
from tests.ui.oidc_provider import OidcProvider
from tests.ui.test_browser import _chromium, _free_port, _Page

REPO = Path(__file__).resolve().parents[2]
CLIENT_ID, CLIENT_SECRET = "tocsin-test-client", "a-client-secret-for-the-test"


def _write_secrets(folder: Path, redirect_uri: str, metadata_url: str) -> None:
    (folder / ".streamlit").mkdir()
    (folder / ".streamlit" / "secrets.toml").write_text(
        "[auth]\n"
        f'redirect_uri = "{redirect_uri}"\n'
        'cookie_secret = "a-long-random-cookie-secret-for-the-oidc-test-0123456789"\n'
        f'client_id = "{CLIENT_ID}"\nclient_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{metadata_url}"\n', encoding="utf-8")


def _wait_healthy(base: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(160):
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    proc.terminate()
    pytest.fail("streamlit did not start: " + proc.communicate(timeout=10)[0].decode(errors="replace"))


@pytest.fixture
def oidc_app(tmp_path: Path) -> Iterator[tuple[str, OidcProvider]]:
    pytest.importorskip("authlib", reason="st.login needs Authlib (a dependency in pyproject.toml)")
    pytest.importorskip("websockets.sync.client", reason="needs the websockets package (a Streamlit dependency)")
    build_store(tmp_path / "o.db")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with OidcProvider(CLIENT_ID, CLIENT_SECRET, f"{base}/oauth2callback") as provider:
        _write_secrets(tmp_path, provider.redirect_uri, provider.metadata_url)
        env = {**os.environ, "TOCSIN_STORE__PATH": str(tmp_path / "o.db"), "TOCSIN_UI__AUTH": "oidc",
               "TOCSIN_UI__OIDC_ROLES": json.dumps({"Ana@Example.org": "analyst", "boss@example.org": "admin"})}
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(REPO / "ui" / "app.py"),
                                 "--server.address", "127.0.0.1", "--server.port", str(port),
                                 "--server.headless", "true", "--browser.gatherUsageStats", "false",
                                 "--global.developmentMode", "false"],
                                cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(base, proc)
            yield base, provider
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _login(page: _Page, base: str, provider: OidcProvider, claims: dict[str, object]) -> str:
    """Log in from a fresh browser state as ``claims``; the page's text afterwards."""
    provider.next_user = claims
    page.call("Network.clearBrowserCookies")
    page.open(f"{base}/", 1400, 1000, wait_for="Log in")
    assert not page.evaluate("document.body.innerText.includes('Alert feed')"), "content shown before login"
    before = page.evaluate("performance.timeOrigin")
    page.evaluate("[...document.querySelectorAll('button')].find(b => b.innerText.trim() === 'Log in').click()")
    page.wait_until(f"performance.timeOrigin !== {before} && document.readyState === 'complete' && "
                    "(document.body.innerText.includes('Audit trail') || document.body.innerText.includes('Log in'))",
                    "the app after the provider's redirect", timeout=60)
    return str(page.evaluate("document.body.innerText"))


def test_oidc_round_trip_maps_roles(oidc_app, tmp_path) -> None:
    base, provider = oidc_app
    page = _Page(_chromium(), tmp_path / "profile")
    try:
        analyst = _login(page, base, provider, {"sub": "u1", "email": "ana@example.org", "email_verified": True})
        stranger = _login(page, base, provider, {"sub": "u3", "email": "stranger@example.org",
                                                 "email_verified": True})
        unverified = _login(page, base, provider, {"sub": "u4", "email": "ana@example.org",
                                                   "email_verified": False})
        provider.sign_with_wrong_key = True
        forged = _login(page, base, provider, {"sub": "u5", "email": "boss@example.org", "email_verified": True})
    finally:
        page.close()
    assert provider.errors == [], provider.errors
    assert provider.calls.count("GET /authorize") == 4 and provider.calls.count("POST /token") == 4
    assert "GET /jwks" in provider.calls
    assert "ana@example.org · analyst" in analyst and "Dehumanization surge in SDN" in analyst
    assert "Users" not in analyst  # the Users page is listed for admins only
    assert "stranger@example.org · viewer" in stranger and "Users" not in stranger
    assert "ana@example.org · viewer" in unverified
    assert " · " not in forged and "Log in" in forged and "Alert feed" not in forged
    outside = [u for u in page.requests if not u.startswith((base, provider.issuer, "data:", "blob:", "about:",
                                                             "ws://127.0.0.1"))]
    assert outside == [], f"requests left the machine: {outside[:5]}"
