"""Streamlit side of the read layer: settings and the store behind ``st.cache_resource``, query
results behind ``st.cache_data`` (keyed by the database path, cleared after every change)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from alerts import RiskIndex
from store import Store, open_store
from tocsin.settings import Settings, load_settings
from ui import queries
from ui.queries import AlertFilter, CountryProfile

__all__ = ["alert_feed", "alert_kinds", "clear", "country_alerts", "country_events", "country_profile",
           "country_risk", "country_risk_index", "country_timeline", "get_settings", "get_store", "known_countries", "trends"]


@st.cache_resource(show_spinner=False)
def get_settings() -> Settings:
    """Resolved once per server process: defaults < tocsin.toml < TOCSIN_* (set by `tocsin ui`)."""
    return load_settings().settings


@st.cache_resource(show_spinner=False)
def _open(db_key: str) -> Store:
    return open_store(get_settings().store)


def _db_key() -> str:
    s = get_settings().store
    return f"{s.backend}:{s.path if s.backend == 'sqlite' else s.url}"


def get_store() -> Store:
    return _open(_db_key())


def clear() -> None:
    """Drop cached query results (after the user changed something)."""
    st.cache_data.clear()


@st.cache_data(show_spinner=False, ttl=60)
def _alert_table(db_key: str) -> pd.DataFrame:
    return queries.alert_table(get_store())


def alert_feed(flt: AlertFilter) -> pd.DataFrame:
    return queries.filter_feed(_alert_table(_db_key()), flt, get_settings().ui.feed_limit)


def alert_kinds() -> list[str]:
    return queries.alert_kinds(get_store(), _alert_table(_db_key()))


@st.cache_data(show_spinner=False, ttl=60)
def _known_countries(db_key: str) -> list[str]:
    return queries.known_countries(get_store(), _alert_table(db_key))


def known_countries() -> list[str]:
    return _known_countries(_db_key())


@st.cache_data(show_spinner=False, ttl=60)
def _country_timeline(db_key: str, country: str, day_from: date, day_to: date) -> pd.DataFrame:
    return queries.country_timeline(get_store(), country, day_from, day_to)


def country_timeline(country: str, day_from: date, day_to: date) -> pd.DataFrame:
    return _country_timeline(_db_key(), country, day_from, day_to)


@st.cache_data(show_spinner=False, ttl=60)
def _country_alerts(db_key: str, country: str, day_from: date, day_to: date) -> pd.DataFrame:
    return queries.country_alerts(get_store(), country, day_from, day_to)


def country_alerts(country: str, day_from: date, day_to: date) -> pd.DataFrame:
    return _country_alerts(_db_key(), country, day_from, day_to)


@st.cache_data(show_spinner=False, ttl=60)
def _country_events(db_key: str, country: str, day_from: date, day_to: date) -> pd.DataFrame:
    return queries.country_events(get_store(), country, day_from, day_to)


def country_events(country: str, day_from: date, day_to: date) -> pd.DataFrame:
    return _country_events(_db_key(), country, day_from, day_to)


@st.cache_data(show_spinner=False, ttl=60)
def _country_profile(db_key: str, country: str, day_from: date, day_to: date, max_docs: int) -> CountryProfile:
    return queries.country_profile(get_store(), country, day_from, day_to, max_docs)


def country_profile(country: str, day_from: date, day_to: date) -> CountryProfile:
    return _country_profile(_db_key(), country, day_from, day_to, get_settings().ui.evidence_docs)


@st.cache_data(show_spinner=False, ttl=60)
def _trends(db_key: str, countries: tuple[str, ...], day_from: date, day_to: date, dimension: str,
            max_docs: int) -> pd.DataFrame:
    return queries.trends(get_store(), list(countries), day_from, day_to, dimension, max_docs)


def trends(countries: list[str], day_from: date, day_to: date, dimension: str) -> pd.DataFrame:
    return _trends(_db_key(), tuple(countries), day_from, day_to, dimension, get_settings().ui.evidence_docs)


@st.cache_data(show_spinner=False, ttl=60)
def _country_risk(db_key: str) -> pd.DataFrame:
    return queries.country_risk(get_store(), get_settings().alerts)


def country_risk() -> pd.DataFrame:
    """The alerts room's risk index of every country (as of the latest indexed day)."""
    return _country_risk(_db_key())


@st.cache_data(show_spinner=False, ttl=60)
def _country_risk_index(db_key: str, country: str) -> RiskIndex | None:
    return queries.country_risk_index(get_store(), get_settings().alerts, country)


def country_risk_index(country: str) -> RiskIndex | None:
    return _country_risk_index(_db_key(), country)
