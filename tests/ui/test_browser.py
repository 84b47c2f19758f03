"""A real browser against the running app: Debian's chromium, headless, on 127.0.0.1 only.

Installs chromium with apt-get when missing, but only when running as root with apt-get
available (CI machines); otherwise the test skips and says why.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.ui.conftest import build_store

REPO = Path(__file__).resolve().parents[2]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("chromium is not installed and cannot be (needs root and apt-get): apt-get install chromium")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        if subprocess.run(cmd, env=env, capture_output=True, timeout=600, check=False).returncode != 0:
            pytest.skip(f"could not install chromium ({' '.join(cmd)} failed)")
    found = shutil.which("chromium")
    if not found:
        pytest.skip("apt-get installed no chromium binary")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def running_app(tmp_path):
    db = tmp_path / "b.db"
    built = build_store(db)
    port = _free_port()
    env = {**os.environ, "TOCSIN_STORE__PATH": str(db), "TOCSIN_UI__ANONYMOUS_ROLE": "analyst"}
    proc = subprocess.Popen([sys.executable, "-m", "ui.serve", "run", str(REPO / "ui" / "app.py"),
                             "--server.address", "127.0.0.1", "--server.port", str(port), "--server.headless",
                             "true", "--browser.gatherUsageStats", "false", "--global.developmentMode", "false"],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("streamlit did not start: " + proc.stdout.read1(10_000).decode(errors="replace"))
        yield base, built
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


class _Page:
    """A minimal Chrome DevTools Protocol client (websockets' sync client) for one headless tab."""

    def __init__(self, binary: str, profile: Path) -> None:
        from websockets.sync.client import connect

        self.proc = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
             "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        browser_url = ""
        for line in self.proc.stderr:  # "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID"
            if "DevTools listening on" in line:
                browser_url = line.split("on ", 1)[1].strip()
                break
        assert browser_url.startswith("ws://127.0.0.1:"), "chromium did not open its debugging port"
        with connect(browser_url, max_size=None) as browser:
            target = self._call(browser, "Target.createTarget", url="about:blank")["targetId"]
        self.ws = connect(browser_url.split("/devtools/")[0] + f"/devtools/page/{target}", max_size=None)
        self._id = 0
        self.requests: list[str] = []
        self.call("Network.enable")

    def _call(self, ws, method: str, **params):
        self._id = getattr(self, "_id", 0) + 1
        ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            msg = json.loads(ws.recv(timeout=60))
            if msg.get("method") == "Network.requestWillBeSent":
                self.requests.append(msg["params"]["request"]["url"])
            if msg.get("id") == self._id:
                assert "error" not in msg, msg
                return msg["result"]

    def call(self, method: str, **params):
        return self._call(self.ws, method, **params)

    def open(self, url: str, width: int, height: int, wait_for: str, timeout: float = 30) -> None:
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=False)
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(f"document.body && document.body.innerText.includes({json.dumps(wait_for)})"):
                time.sleep(1.5)  # let charts finish drawing
                return
            time.sleep(0.25)
        raise AssertionError(f"{wait_for!r} never appeared on {url}")

    def wait_until(self, expression: str, what: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(expression):
                time.sleep(1.0)
                return
            time.sleep(0.25)
        raise AssertionError(f"{what} never appeared")

    def evaluate(self, expression: str):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        self.ws.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _png_ok(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 30_000, f"{path} is missing or blank"


def test_browser_shows_feed_timeline_and_escapes_payload(running_app, tmp_path):
    pytest.importorskip("websockets.sync.client", reason="needs the websockets package (a Streamlit dependency)")
    chromium = _chromium()
    base, built = running_app
    page = _Page(chromium, tmp_path / "profile")
    try:
        page.open(f"{base}/", 1400, 1300, wait_for="Dehumanization surge in SDN")
        page.wait_until("!document.querySelector('[data-testid=stSkeleton]') && "
                        "document.querySelectorAll('[data-testid=stDataFrame]').length >= 2", "the feed tables")
        assert not page.evaluate("document.body.innerText.includes('Page not found')")
        page.screenshot(tmp_path / "feed.png")
        page.open(f"{base}/country?country=SDN", 1400, 1800, wait_for="Merged events")
        page.wait_until("document.querySelectorAll('.vega-embed canvas, .vega-embed svg').length > 0", "a chart")
        page.screenshot(tmp_path / "country.png")
        page.open(f"{base}/map", 1400, 1000, wait_for="Risk map")
        page.wait_until("document.querySelectorAll('.vega-embed canvas, .vega-embed svg').length > 0", "the map",
                        timeout=60)
        page.screenshot(tmp_path / "map.png")
        page.open(f"{base}/document?doc={built['payload_doc'].id}", 1400, 1300, wait_for="cockroaches")
        dom = page.evaluate("document.documentElement.outerHTML")
        shown = page.evaluate("document.body.innerText")
        injected = page.evaluate("[document.getElementById('pwn'), window.pwned, "
                                 "document.querySelector('img[src=\"x\"]')].filter(Boolean).length")
    finally:
        page.close()
    _png_ok(tmp_path / "feed.png")
    _png_ok(tmp_path / "country.png")
    _png_ok(tmp_path / "map.png")
    outside = [u for u in page.requests if not u.startswith((base, "data:", "blob:", "about:", "ws://127.0.0.1"))]
    assert page.requests and outside == [], f"requests left the machine: {outside[:5]}"
    assert injected == 0, "the payload created an element or ran"
    assert '<script id="pwn">alert(1)</script>' in shown, "the payload is shown as text"
    assert "&lt;script id=\"pwn\"&gt;" in dom
    if os.environ.get("TOCSIN_UI_SHOTS"):  # keep the screenshots to look at them
        for name in ("feed.png", "country.png", "map.png"):
            shutil.copy(tmp_path / name, Path(os.environ["TOCSIN_UI_SHOTS"]) / name)
