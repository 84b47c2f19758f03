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
