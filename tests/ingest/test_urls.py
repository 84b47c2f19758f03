"""URL canonicalization: idempotent, stable ids, tracking parameters gone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.urls import canonicalize_url, is_tracking_param
from store import document_id_for

HOSTS = ["example.org", "EXAMPLE.org", "www.bbc.co.uk", "bücher.de", "xn--bcher-kva.de", "news.un.org.",
         "127.0.0.1", "[2001:db8::1]", "a-b.c-d.example"]
SEGMENT = st.text(alphabet=st.sampled_from(list("abcXYZ019-._~%/:@!$&'()*+,;= éü?#")), max_size=12)
PARAM = st.sampled_from(["a", "b", "id", "page", "utm_source", "UTM_Medium", "fbclid", "ref", "at_medium", "q"])
VALUE = st.text(alphabet=st.sampled_from(list("xyz09 +%&=é/")), max_size=6)


@st.composite
def urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    host = draw(st.sampled_from(HOSTS))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/".join(draw(st.lists(SEGMENT, max_size=4)))
    query = "&".join(f"{k}={v}" for k, v in draw(st.lists(st.tuples(PARAM, VALUE), max_size=4)))
    fragment = draw(st.sampled_from(["", "#top", "#!/x"]))
    return f"{scheme}://{host}{port}/{path}" + (f"?{query}" if query else "") + fragment


@settings(max_examples=400, deadline=None)
@given(urls())
def test_canonicalization_is_idempotent(url: str) -> None:
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once
    assert document_id_for(canonicalize_url(once)) == document_id_for(once)


@settings(max_examples=200, deadline=None)
@given(urls())
def test_no_tracking_params_or_fragment_survive(url: str) -> None:
    once = canonicalize_url(url)
    assert "#" not in once
    query = once.partition("?")[2]
    assert not any(is_tracking_param(pair.split("=")[0]) for pair in query.split("&") if pair)


@pytest.mark.parametrize("variant", [
    "https://www.example.org/news/story-1?b=2&a=1",
    "HTTPS://WWW.EXAMPLE.ORG:443/news/story-1/?a=1&b=2&utm_source=rss&utm_medium=feed",
    "https://www.example.org/news/./x/../story-1?fbclid=abc&a=1&b=2#comments",
    "https://www.example.org/news/story%2D1?a=1&b=2&at_medium=RSS&ocid=x",
])
def test_variants_of_one_article_share_an_id(variant: str) -> None:
    assert canonicalize_url(variant) == "https://www.example.org/news/story-1?a=1&b=2"
    assert document_id_for(canonicalize_url(variant)) == document_id_for("https://www.example.org/news/story-1?a=1&b=2")


def test_meaningful_differences_are_kept() -> None:
    assert canonicalize_url("http://example.org/a") != canonicalize_url("https://example.org/a")
    assert canonicalize_url("https://example.org/a?id=1") != canonicalize_url("https://example.org/a?id=2")
    assert canonicalize_url("https://example.org:8443/a") == "https://example.org:8443/a"
    assert canonicalize_url("https://bücher.de/") == "https://xn--bcher-kva.de/"
    assert canonicalize_url("https://example.org/caf%c3%a9") == "https://example.org/caf%C3%A9"


@pytest.mark.parametrize("bad", ["ftp://example.org/x", "/relative", "mailto:a@example.org", "https://"])
def test_non_http_urls_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        canonicalize_url(bad)


# --- for any text: ValueError, or a canonical form that is its own canonical form -----------------

HOSTISH = st.text(alphabet=st.sampled_from(list("abzAZ09-_.:[]%@!$&'()*+,;=<>\"`{}|\\^~ éü\u00ad\u200b\u202e\uff0e\u3002ß")),
                  max_size=20)
URLISH = st.one_of(
    st.text(max_size=40),
    st.builds(lambda scheme, rest: f"{scheme}://{rest}", st.sampled_from(["http", "https", "HTTP", "ftp", ""]),
              st.text(max_size=40)),
    st.builds(lambda scheme, host, port, tail: f"{scheme}://{host}{port}{tail}", st.sampled_from(["http", "https"]),
              HOSTISH, st.sampled_from(["", ":", ":0", ":80", ":8080", ":99999", ":x"]),
              st.text(alphabet=st.sampled_from(list("/?#&=%.aé \t")), max_size=12)),
)


def _assert_idempotent_or_value_error(text: str) -> None:
    try:
        once = canonicalize_url(text)
    except ValueError as exc:
        assert str(exc).startswith("not an absolute http(s) URL"), exc
        return
    assert canonicalize_url(once) == once, (text, once)


@settings(max_examples=1500, deadline=None)
@given(URLISH)
def test_any_text_raises_value_error_or_is_idempotent(text: str) -> None:
    _assert_idempotent_or_value_error(text)


@pytest.mark.parametrize("text", [
    "http://-->x.org/",  # found by fuzzing: the host used to be percent-quoted, then quoted again
    "http://a%2eb.org/", "http://ex%41mple.org/", "http://[::1%25eth0]/", "http://[fe80::zz]/", "http://1.2.3/",
    "http://127.000.0.1/", "http://x.org:99999/", "http://xn--zz.org/", "http://a..b/", "http://./",
    "http://\u202eevil.org/", "http://a b.org/", "http://x\u00b2\u00b2.org\u2024/",
])
def test_invalid_hosts_raise_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="not an absolute http\\(s\\) URL"):
        canonicalize_url(text)


@pytest.mark.parametrize(("url", "canonical"), [
    ("http://[2001:DB8:0::1]:80/a", "http://[2001:db8::1]/a"),
    ("https://ＥＸＡＭＰＬＥ．org/", "https://example.org/"),
    ("https://a_b.example.org/x", "https://a_b.example.org/x"),
    ("http://10.0.0.1:8080/", "http://10.0.0.1:8080/"),
    ("http://exa\u200bmple.org/", "http://example.org/"),  # UTS 46 drops zero-width spaces, as browsers do
])
def test_valid_unusual_hosts_are_kept(url: str, canonical: str) -> None:
    assert canonicalize_url(url) == canonical
