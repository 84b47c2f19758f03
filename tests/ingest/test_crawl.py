"""The crawler end to end: a real Scrapy crawl (child process, as the CLI runs it) of a local server.

The server on 127.0.0.1 serves real saved article pages (../shared/data/article_extraction_*)
behind listing pages generated here, with pagination, a robots.txt, and hostile routes.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.crawl import CrawlSettings, run_crawl
from store import CrawlConfig, Source, StoreSettings
from tests.conftest import shared_path
from tests.ingest.crawl_server import CrawlServer, SilentServer, gzip_bomb, huge, page, redirect, send

FAST = CrawlSettings(download_delay_s=0, autothrottle=False, concurrency_per_domain=8, retries=0, timeout_s=10,
                     max_seconds=60)
PER_PAGE = 5


@pytest.fixture
def server() -> Iterator[CrawlServer]:
    srv = CrawlServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def store_settings(tmp_path: Path) -> StoreSettings:
    return StoreSettings(path=tmp_path / "crawl.db")


def _source(server: CrawlServer, start: str = "/news?page=1", **crawl: object) -> Source:
    config = {"start_urls": [server.url(start)], "listing_link_pattern": r"/news\?page=\d+$",
              "article_url_pattern": r"/articles/[\w-]+\.html$", **crawl}
    return Source(id="local-ministry", name="Local ministry", kind="official", languages=["en"],
                  country_focus=["SDN"], crawl=CrawlConfig(**config), allow_private_addresses=True)


def _real_pages(n: int) -> list[bytes]:
    folder = shared_path("article_extraction_scrapinghub", "html")
    truth = json.loads(shared_path("article_extraction_scrapinghub", "ground-truth.json").read_text("utf-8"))
    keys = [k for k in sorted(truth) if len(truth[k]["articleBody"]) > 1200][:n]
    return [gzip.decompress((folder / f"{k}.html.gz").read_bytes()) for k in keys]


def _publish_site(server: CrawlServer, pages: list[bytes], blocked: int = 1) -> list[str]:
    """Listings /news?page=N (PER_PAGE links each, with a next link) and the articles behind them."""
    names = [f"/articles/story-{i}.html" for i in range(len(pages))]
    blocked_names = [f"/articles/blocked-{i}.html" for i in range(blocked)]
    links = names + blocked_names
    chunks = [links[i:i + PER_PAGE] for i in range(0, len(links), PER_PAGE)]
    for n, chunk in enumerate(chunks, start=1):
        items = "".join(f'<li><a href="{href}">story</a></li>' for href in chunk)
        items += '<li><a href="/about.html">about</a> <a href="file:///etc/passwd">x</a></li>'
        nxt = f'<a rel="next" href="/news?page={n + 1}">next</a>' if n < len(chunks) else ""
        server.routes[f"/news?page={n}"] = page(f"<html><body><ul>{items}</ul>{nxt}</body></html>".encode())
    for name, body in zip(names, pages, strict=True):
        server.routes[name] = page(body)
    for name in blocked_names:
        server.routes[name] = page(pages[0])
    server.routes["/robots.txt"] = page(b"User-agent: *\nDisallow: /articles/blocked-\n", "text/plain")
    return names


@pytest.mark.shared_data
def test_crawl_finds_extracts_and_stores_every_article_once(server, store_settings, sqlite_store) -> None:
    pages = _real_pages(12)
    names = _publish_site(server, pages)
    source = _source(server)
    first = run_crawl(source, store_settings, FAST)
    assert first.ok and first.inserted == len(pages), first
    assert first.articles == len(pages)
    assert first.robots_forbidden == 1
    assert not any(p.startswith("/articles/blocked-") for p in server.requests)  # robots.txt honoured
    from store import open_store

    store = open_store(store_settings)
    try:
        docs = list(store.iter_documents())
        assert sorted(d.url for d in docs) == sorted(server.url(n) for n in names)
        assert all(len(d.text) > 200 and d.title and d.language and d.capture_id for d in docs)
        assert sum(d.language == "en" for d in docs) >= len(pages) - 2  # one of the real pages is Indonesian
        assert all(d.source_id == "local-ministry" and d.country_focus == ["SDN"] for d in docs)
        capture = store.get_capture(docs[0].capture_id)
        assert capture is not None and capture.content and capture.size == len(capture.content)
        health = {h.source_id: h for h in store.source_health()}["local-ministry"]
        assert health.last_success_at is not None
        requests_before = len(server.requests)
        second = run_crawl(source, store_settings, FAST)
        assert second.ok and second.inserted == 0 and second.known_skipped == len(pages)
        assert store.count_documents() == len(pages)
        article_hits = [p for p in server.requests[requests_before:] if p.startswith("/articles/")]
        assert article_hits == []  # known articles are not fetched again
        third = run_crawl(source, store_settings, FAST.model_copy(update={"refetch_known": True}))
        assert third.inserted == 0 and third.unchanged == len(pages)  # idempotent even when refetched
        assert store.count_documents() == len(pages)
    finally:
        store.close()


@pytest.mark.slow  # a full crawl; runs in make test-long
def test_max_pages_caps_the_crawl(server, store_settings) -> None:
    body = b"<html><head><title>T</title></head><body><article><p>" + b"Words of a statement. " * 60 + \
        b"</p></article></body></html>"
    for i in range(10):
        server.routes[f"/articles/s-{i}.html"] = page(body.replace(b"Words", f"Item {i} words".encode()))
    links = "".join(f'<a href="/articles/s-{i}.html">s</a>' for i in range(10))
    server.routes["/news?page=1"] = page(f"<html><body>{links}</body></html>".encode())
    report = run_crawl(_source(server, max_pages=4), store_settings, FAST)
    assert report.articles == 3  # the listing took one of the four requests
    assert sum(p.startswith("/articles/") for p in server.requests) == 3


def test_redirect_loops_end_cleanly(server, store_settings) -> None:
    server.routes["/loop/a"] = redirect("/loop/b")
    server.routes["/loop/b"] = redirect("/loop/a")
    for i in range(50):  # an endless chain of new URLs: only REDIRECT_MAX_TIMES stops it
        server.routes[f"/chain/{i}"] = redirect(f"/chain/{i + 1}")
    options = FAST.model_copy(update={"max_redirects": 3})
    started = time.monotonic()
    report = run_crawl(_source(server, start="/loop/a"), store_settings, options)
    assert sum(p.startswith("/loop/") for p in server.requests) == 2  # back to a: a duplicate, dropped
    assert report.inserted == 0 and report.ok is False
    report = run_crawl(_source(server, start="/chain/0"), store_settings, options)
    assert sum(p.startswith("/chain/") for p in server.requests) == 4  # first request + 3 hops, then given up
    assert report.inserted == 0 and report.ok is False and report.too_many_redirects == 1
    assert time.monotonic() - started < 40


def test_a_50_mb_body_is_cut_at_the_size_limit(server, store_settings) -> None:
    server.routes["/news?page=1"] = page(b'<a href="/articles/big.html">big</a>')
    server.routes["/articles/big.html"] = huge(50_000_000)
    started = time.monotonic()
    report = run_crawl(_source(server), store_settings, FAST.model_copy(update={"max_bytes": 1_000_000}))
    assert time.monotonic() - started < 30
    assert report.articles == 0 and report.inserted == 0 and report.too_large >= 1, report
    assert server.httpd.bytes_sent.get("/articles/big.html", 0) < 50_000_000


def test_a_gzip_bomb_is_cut_at_the_decompressed_size_limit(server, store_settings) -> None:
    server.routes["/news?page=1"] = page(b'<a href="/articles/bomb.html">bomb</a>')
    server.routes["/articles/bomb.html"] = gzip_bomb(200_000_000)  # ~200 KB on the wire, 200 MB inflated
    started = time.monotonic()
    report = run_crawl(_source(server), store_settings, FAST.model_copy(update={"max_bytes": 2_000_000}))
    assert time.monotonic() - started < 30
    assert "/articles/bomb.html" in server.requests
    assert report.articles == 0 and report.inserted == 0 and report.too_large >= 1, report


def test_a_server_that_never_answers_times_out(store_settings) -> None:
    silent = SilentServer().start()
    try:
        source = Source(id="silent-source", name="Silent", crawl=CrawlConfig(
            start_urls=[f"http://127.0.0.1:{silent.port}/news"]), allow_private_addresses=True)
        started = time.monotonic()
        report = run_crawl(source, store_settings, FAST.model_copy(update={"timeout_s": 2, "obey_robots": False}))
        assert time.monotonic() - started < 30
        assert silent.accepted >= 1
        assert not report.ok and report.request_errors == 1 and "took longer than" in report.error_samples[0]
    finally:
        silent.stop()
    from store import open_store

    store = open_store(store_settings)
    try:
        health = {h.source_id: h for h in store.source_health()}["silent-source"]
        assert health.last_error and "crawl" in health.last_error and health.last_success_at is None
    finally:
        store.close()


def test_a_redirect_to_the_metadata_address_is_refused_before_connecting(server, store_settings) -> None:
    server.routes["/news?page=1"] = page(b'<a href="/articles/evil.html">x</a>')
    server.routes["/articles/evil.html"] = redirect("http://169.254.169.254/latest/meta-data/")
    report = run_crawl(_source(server), store_settings, FAST)
    assert "/articles/evil.html" in server.requests and report.inserted == 0
    assert report.request_errors == 0  # dropped (off-site redirect), never a connection attempt
    # the metadata host made an allowed domain of the source: now fetch safety itself refuses the hop
    source = _source(server)
    config = source.crawl.model_copy(update={"start_urls": [*source.crawl.start_urls, "http://169.254.169.254/"]})
    report = run_crawl(source.model_copy(update={"crawl": config}), store_settings, FAST)
    assert report.refused_unsafe == 2  # the start URL and the redirect hop
    assert report.request_errors == 0 and report.inserted == 0


def test_a_private_address_is_refused_when_the_source_does_not_allow_it(store_settings) -> None:
    source = Source(id="private-source", name="Private", crawl=CrawlConfig(start_urls=["http://10.0.0.1/news"]))
    started = time.monotonic()
    report = run_crawl(source, store_settings, FAST.model_copy(update={"obey_robots": False}))
    assert time.monotonic() - started < 20  # no connection attempt to wait for
    assert report.refused_unsafe == 1 and report.pages == 0 and report.request_errors == 0


@pytest.mark.parametrize(("url", "allow_private"), [
    ("http://10.0.0.1/statement", False), ("http://127.0.0.1:8080/x", False), ("http://[fe80::1]/x", False),
    ("http://169.254.169.254/latest/meta-data/", True), ("file:///etc/passwd", True),
    ("data:text/html,<p>x</p>", True), ("ftp://127.0.0.1/x", True),
])
def test_fetch_safety_middleware_refuses_before_connecting(url: str, allow_private: bool) -> None:
    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.utils.test import get_crawler

    from ingest.crawl.middlewares import FetchSafetyMiddleware

    source = Source(id="s-1", name="s", allow_private_addresses=allow_private)
    crawler = get_crawler(settings_dict={"TOCSIN_SOURCE": source.model_dump_json()})
    middleware = FetchSafetyMiddleware.from_crawler(crawler)
    with pytest.raises(IgnoreRequest, match="unsafe URL refused"):
        middleware.process_request(Request(url))
    assert crawler.stats.get_value("tocsin/refused_unsafe") == 1
    if allow_private:
        assert middleware.process_request(Request("http://127.0.0.1:8080/ok")) is None


def test_retry_after_is_parsed_as_seconds_or_http_date() -> None:
    from datetime import UTC, datetime

    from ingest.crawl.middlewares import retry_after_seconds

    now = datetime(2026, 1, 1, 12, tzinfo=UTC)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def _statement(i: int) -> bytes:
    words = f"The ministry statement number {i} condemns the attack on civilians in the region. " * 30
    return f"<html><head><title>Statement {i}</title></head><body><article><h1>Statement {i}</h1><p>{words}</p>" \
        f"</article></body></html>".encode()


@pytest.mark.slow  # a full crawl; runs in make test-long
def test_retry_after_is_honoured_and_an_excessive_one_gives_up(server, store_settings) -> None:
    seen: list[float] = []

    def busy_once(handler) -> None:
        seen.append(time.monotonic())
        if len(seen) == 1:
            send(handler, b"busy", status=503, content_type="text/plain", headers={"Retry-After": "2"})
        else:
            send(handler, _statement(1))

    server.routes["/news?page=1"] = page(b'<a href="/articles/busy.html">a</a><a href="/articles/later.html">b</a>')
    server.routes["/articles/busy.html"] = busy_once
    server.routes["/articles/later.html"] = lambda h: send(h, b"later", status=429, content_type="text/plain",
                                                           headers={"Retry-After": "3600"})
    options = FAST.model_copy(update={"retries": 2, "retry_after_max_s": 10})
    started = time.monotonic()
    report = run_crawl(_source(server), store_settings, options)
    assert report.inserted == 1
    assert len(seen) == 2 and seen[1] - seen[0] >= 1.9  # waited as asked
    assert server.requests.count("/articles/later.html") == 1  # an hour is too long: given up, not retried
    assert time.monotonic() - started < 30


def test_news_sitemaps_are_followed_with_their_publication_dates(server, store_settings) -> None:
    from datetime import UTC, datetime

    from store import open_store

    server.routes["/sitemap.xml"] = page(
        f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f'<sitemap><loc>{server.url("/sitemap-news.xml")}</loc></sitemap></sitemapindex>'.encode(), "text/xml")
    entries = "".join(
        f'<url><loc>{server.url(f"/articles/statement-{i}.html")}</loc><news:news><news:publication_date>'
        f'2026-02-0{i}T10:00:00Z</news:publication_date><news:title>S{i}</news:title></news:news></url>'
        for i in range(1, 4))
    server.routes["/sitemap-news.xml"] = page(
        ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
         'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>").encode(),
        "application/xml")
    for i in range(1, 4):
        server.routes[f"/articles/statement-{i}.html"] = page(_statement(i))
    source = _source(server, start="/news?page=1", sitemaps=[server.url("/sitemap.xml")], start_urls=[])
    report = run_crawl(source, store_settings, FAST)
    assert report.ok and report.inserted == 3
    store = open_store(store_settings)
    try:
        dates = sorted(d.published_at for d in store.iter_documents())
    finally:
        store.close()
    assert dates == [datetime(2026, 2, i, 10, tzinfo=UTC) for i in range(1, 4)]


def test_sitemap_parser_refuses_entity_expansion() -> None:
    from ingest.crawl.sitemaps import SitemapError, parse_sitemap

    bomb = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>' \
        b'<urlset><url><loc>&b;</loc></url></urlset>'
    with pytest.raises(SitemapError):
        parse_sitemap(bomb)


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_tls_certificates_are_verified(server, store_settings, tmp_path) -> None:
    import ssl

    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.routes["/news?page=1"] = page(b'<a href="/articles/s-1.html">x</a>')
    server.routes["/articles/s-1.html"] = page(_statement(1))
    source = _source(server).model_copy(update={"crawl": CrawlConfig(
        start_urls=[f"https://127.0.0.1:{server.port}/news?page=1"], article_url_pattern="/articles/")})
    report = run_crawl(source, store_settings, FAST.model_copy(update={"obey_robots": False}))
    assert not report.ok and report.inserted == 0 and report.request_errors == 1, report
    assert "certificate" in report.error_samples[0].lower() or "ssl" in report.error_samples[0].lower()


_RESOLVE = """
import json, sys
from twisted.internet import reactor
from ingest.crawl.resolver import SafeResolver
results = {}
def resolve(name, allow):
    d = SafeResolver(reactor, 0, 5.0, allow).getHostByName(name)
    d.addCallbacks(lambda a: results.__setitem__(f"{name}/{allow}", a),
                   lambda f: results.__setitem__(f"{name}/{allow}", "refused: " + f.getErrorMessage()))
    return d
from twisted.internet.defer import gatherResults
gatherResults([resolve("localhost", False), resolve("localhost", True)]).addBoth(lambda _: reactor.stop())
reactor.run()
print(json.dumps(results))
"""


def test_connection_time_dns_answers_are_vetted() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _RESOLVE], capture_output=True, text=True, timeout=60, check=True)
    results = json.loads(out.stdout.strip().splitlines()[-1])
    assert results["localhost/False"].startswith("refused:") and "127.0.0.1" in results["localhost/False"]
    assert results["localhost/True"] == "127.0.0.1"


@pytest.mark.slow  # a full crawl; runs in make test-long
def test_tocsin_crawl_command_crawls_one_source(server, tmp_path) -> None:
    from typer.testing import CliRunner

    from store.sqlite import SQLiteStore
    from tocsin.cli import app

    server.routes["/news?page=1"] = page(b'<a href="/articles/s-1.html">a</a><a href="/articles/s-2.html">b</a>')
    server.routes["/articles/s-1.html"] = page(_statement(1))
    server.routes["/articles/s-2.html"] = page(_statement(2))
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: local-ministry\n    name: Local ministry\n    kind: official\n    languages: [en]\n"
        "    allow_private_addresses: true\n    crawl:\n"
        f"      start_urls: ['{server.url('/news?page=1')}']\n      article_url_pattern: '/articles/'\n"
        "  - id: feed-only\n    name: Feed only\n    feeds: ['https://example.org/rss.xml']\n", encoding="utf-8")
    (tmp_path / "tocsin.toml").write_text(
        f"[ingest]\nsources = ['{tmp_path / 'sources.yaml'}']\n[crawl]\ndownload_delay_s = 0\nautothrottle = false\n",
        encoding="utf-8")
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["--config", str(tmp_path / "tocsin.toml"), "--db", str(db), "crawl"])
    assert result.exit_code == 0, result.output
    assert "local-ministry" in result.output and "feed-only" not in result.output
    store = SQLiteStore(db)
    try:
        assert store.count_documents() == 2
        assert {s.id for s in store.list_sources()} == {"local-ministry"}
    finally:
        store.close()


@pytest.mark.shared_data
def test_an_extraction_pool_stores_the_same_articles(server, store_settings, sqlite_store) -> None:
    pages = _real_pages(6)
    names = _publish_site(server, pages)
    server.routes[names[-1]] = page(b"<html><body><nav>menu</nav></body></html>")  # no article text
    pooled = run_crawl(_source(server), store_settings, FAST.model_copy(update={"extract_processes": 2}))
    assert pooled.ok and pooled.inserted == len(pages) - 1 and pooled.not_article == 1, pooled
    from ingest import extract_article
    from store import open_store

    store = open_store(store_settings)
    try:
        texts = {d.url: d.text for d in store.iter_documents()}
    finally:
        store.close()
    assert texts == {server.url(n): extract_article(body, server.url(n)).text for n, body in zip(names[:-1],
                                                                                               pages, strict=False)}
