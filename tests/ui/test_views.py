"""Every view headless with AppTest against a store built by code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from store.sqlite import SQLiteStore

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")


def _open(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    if page:
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _texts(at: AppTest) -> str:
    parts = [e.value for e in [*at.markdown, *at.text, *at.caption, *at.subheader, *at.header]]
    return "\n".join(str(p) for p in parts)


def test_alert_feed_shows_open_alerts_most_severe_first(ui_db):
    at = _open()
    feed = at.dataframe[0].value
    assert list(feed["country"]) == ["SDN", "MMR"]  # the dismissed alert is hidden by default
    assert list(feed["severity"]) == ["critical", "low"]
    assert "Dehumanization surge in SDN" in _texts(at)


def test_alert_feed_filters_by_country_and_status(ui_db):
    at = _open()
    at.multiselect(key="feed_countries").select("MMR").run()
    assert list(at.dataframe[0].value["id"] if "id" in at.dataframe[0].value else at.dataframe[0].value["country"]
                ) == ["MMR"]
    at.multiselect(key="feed_countries").unselect("MMR").run()
    at.multiselect(key="feed_statuses").set_value(["dismissed"]).run()
    assert list(at.dataframe[0].value["kind"]) == ["fatalities"]


def test_acknowledge_writes_status_and_audit_entry(ui_db):
    path, _ = ui_db
    at = _open()
    at.selectbox(key="alert_pick").select("a-sdn-crit").run()
    at.radio(key="to_status").set_value("acknowledged")
    at.text_area(key="reason").input("seen, checking with the field office")
    at.button[-1].click().run()
    assert not at.exception, [e.value for e in at.exception]
    with SQLiteStore(path) as store:
        assert store.get_alert("a-sdn-crit").status == "acknowledged"
        trail = store.audit_trail("a-sdn-crit")
    assert trail[-1].actor == "local" and trail[-1].reason == "seen, checking with the field office"
    assert trail[-1].to_status == "acknowledged"


def test_viewer_cannot_dismiss(ui_db, monkeypatch):
    path, _ = ui_db
    monkeypatch.setenv("TOCSIN_UI__ANONYMOUS_ROLE", "viewer")
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.selectbox(key="alert_pick").select("a-sdn-crit").run()
    submit = at.button[-1]
    assert submit.disabled
    with SQLiteStore(path) as store:
        assert store.get_alert("a-sdn-crit").status == "new"


def test_country_view_timeline_events_and_evidence(ui_db):
    at = _open("country")
    at.selectbox(key="country_pick").select("SDN").run()
    charts = at.get("vega_lite_chart")
    assert charts and "datum.series == 'alert'" in charts[0].proto.spec, "timeline with alert markers"
    at.selectbox(key="evidence_kind").select("dehumanization").run()
    from datetime import date
    at.date_input(key="evidence_day").set_value(date(2026, 1, 2)).run()
    assert not at.exception
    assert "1 documents behind dehumanization on 2026-01-02" in _texts(at)
    assert any(b.label == "Report 1" for b in at.button)
    profile_tables = [d.value for d in at.dataframe]
    assert any("target_group" in t.columns and "Masalit" in set(t["target_group"]) for t in profile_tables)
    assert any("speaker" in t.columns and any("Kharuun" in s for s in t["speaker"]) for t in profile_tables)


def test_document_view_escapes_html_payload(ui_db):
    _, built = ui_db
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["document_id"] = built["payload_doc"].id
    at.run()
    at.switch_page("views/document.py").run()
    assert not at.exception
    body = "\n".join(m.value for m in at.markdown)
    assert re.search(r"(?<!\\)<", body) is None, "every < of the payload is escaped"
    assert r"\<script id\=\"pwn\"\>" in body
    assert ":orange-background[cockroaches]" in body
    assert all(not getattr(m.proto, "allow_html", False) for m in at.markdown)


def test_map_trends_sources_lexicons_export_render(ui_db):
    for page in ("map", "trends", "sources", "review", "lexicons", "export"):
        at = _open(page)
        assert at.header[0].value, page


def test_review_queue_stores_review(ui_db):
    path, _ = ui_db
    at = _open("review")
    at.radio(key="verdict").set_value("correct")
    at.text_area(key="correction").input('{"target_groups": ["Masalit", "Fur"]}')
    at.button[-1].click().run()
    assert not at.exception
    with SQLiteStore(path) as store:
        reviews = store.list_reviews()
    assert len(reviews) == 1 and reviews[0].verdict == "correct"
    assert reviews[0].correction == {"target_groups": ["Masalit", "Fur"]} and reviews[0].reviewer == "local"


def test_lexicon_editor_saves_validated_term(ui_db, tmp_path):
    at = _open("lexicons")
    at.selectbox(key="lex_lang").select("en").run()
    at.text_input(key="lex_term").input("grubworms")
    at.selectbox(key="lex_category").select("vermin_insects")
    at.button[-1].click().run()
    assert not at.exception
    saved = (tmp_path / "lexicons" / "en.user.yaml").read_text(encoding="utf-8")
    assert "grubworms" in saved and "version: user.1" in saved
    at.text_input(key="lex_term").input("badterm")
    at.selectbox(key="lex_category").select("")
    at.button[-1].click().run()
    assert at.error and "not saved" in at.error[0].value
    assert "badterm" not in (tmp_path / "lexicons" / "en.user.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["jsonl"])
def test_export_view_writes_file_and_logs(ui_db, tmp_path, fmt):
    path, _ = ui_db
    at = _open("export")
    at.selectbox(key="export_format").select(fmt)
    at.button[-1].click().run()
    assert not at.exception
    assert list((tmp_path / "var" / "exports").glob("*.jsonl"))
    with SQLiteStore(path) as store:
        assert store.list_exports()[0].documents == 6
