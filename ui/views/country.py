"""Country view: signal timelines with alert markers and merged events; click a point for evidence."""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import pandas as pd
import streamlit as st

from ui import cache
from ui.highlight import escape_markdown
from ui.queries import latest_signal_day, signal_evidence

st.header("Country")
countries = cache.known_countries()
if not countries:
    st.info("No signals or alerts yet: run `tocsin run` first.")
    st.stop()
store = cache.get_store()
wanted = st.query_params.get("country", "")
country = st.selectbox("Country", countries, index=countries.index(wanted) if wanted in countries else 0,
                       key="country_pick")
end = latest_signal_day(store, country) or date.today()
days = cache.get_settings().ui.timeline_days
dates = st.date_input("Period", value=(end - timedelta(days=days), end), key="country_dates")
day_from, day_to = (dates[0], dates[-1]) if isinstance(dates, (tuple, list)) and dates else (end - timedelta(days=days), end)

timeline = cache.country_timeline(country, day_from, day_to)
alerts = cache.country_alerts(country, day_from, day_to)
events = cache.country_events(country, day_from, day_to)

st.subheader("Risk and its components")
risk = cache.country_risk_index(country)
if risk is None:
    st.caption("This store cannot compute the risk index (it needs the alerting extension, e.g. SQLite).")
else:
    cols = st.columns(1 + len(risk.components))
    cols[0].metric("risk index", f"{risk.score:.1f} / 100", help=f"as of {risk.as_of}; `tocsin alerts risk --day "
                   f"{risk.as_of}` prints the same numbers")
    for col, comp in zip(cols[1:], risk.components, strict=True):
        col.metric(comp.name.replace("_", " "), f"{comp.points:.1f} / {comp.weight:.0f} pts",
                   help=f"value {comp.value:.3g} over the last {cache.get_settings().alerts.risk.window_days} days")
latest = timeline[timeline["day"] == timeline["day"].max()] if not timeline.empty else timeline
if not latest.empty:
    st.caption("Latest signal values: " + ", ".join(f"{r.kind} {r.value:.2f}" for r in latest.itertuples()))


def _chart_frame() -> pd.DataFrame:
    parts = [timeline.assign(series="signal", label="")[["day", "kind", "value", "series", "label"]]]
    if not alerts.empty:
        parts.append(alerts.assign(value=None, series="alert", label=alerts["severity"] + ": " + alerts["explanation"])
                     [["day", "kind", "value", "series", "label"]])
    if not events.empty:
        parts.append(events.assign(kind="merged events", value=events["fatalities"].fillna(0), series="event",
                                   label=events["type"] + " " + events["place"])[["day", "kind", "value", "series",
                                                                                   "label"]])
    return pd.concat([p for p in parts if not p.empty], ignore_index=True)


frame = _chart_frame() if not (timeline.empty and events.empty) else pd.DataFrame()
st.subheader("Timeline")
selected: dict | None = None
if frame.empty:
    st.info("No signals in this period.")
else:
    pick = alt.selection_point(name="point", fields=["day", "kind"], on="click")
    base = alt.Chart().encode(x=alt.X("day:T", title=None))
    line = base.transform_filter("datum.series == 'signal'").mark_line().encode(y=alt.Y("value:Q", title=None))
    dots = base.transform_filter("datum.series != 'alert'").mark_circle(size=60).encode(
        y="value:Q", color=alt.Color("series:N", legend=None), tooltip=["day:T", "kind:N", "value:Q", "label:N"]
    ).add_params(pick)
    rules = base.transform_filter("datum.series == 'alert'").mark_rule(color="red", strokeWidth=2).encode(
        tooltip=["day:T", "label:N"])
    chart = alt.layer(line, dots, rules, data=frame).properties(height=110, width=700).facet(
        row=alt.Row("kind:N", title=None)).resolve_scale(y="independent")
    state = st.altair_chart(chart, on_select="rerun", key="timeline")
    points = (state.get("selection", {}) or {}).get("point") or [] if state else []
    if points:
        selected = points[0]

st.subheader("Evidence")
kinds = sorted(set(timeline["kind"])) + (["merged events"] if not events.empty else [])
c1, c2 = st.columns(2)
kind = c1.selectbox("Signal", kinds, key="evidence_kind") if kinds else None
day = c2.date_input("Day", value=day_to, key="evidence_day")
if selected:
    kind, day = selected["kind"], pd.to_datetime(selected["day"], unit="ms").date()
    st.caption(f"clicked: {kind} on {day}")
if kind == "merged events":
    st.dataframe(events[events["day"] == pd.Timestamp(day)], hide_index=True, width="stretch")
elif kind:
    docs = signal_evidence(store, country, kind, day)
    st.caption(f"{len(docs)} documents behind {kind} on {day}")
    for doc in docs:
        if st.button(escape_markdown(doc.title or doc.url), key=f"cev_{doc.id}"):
            st.session_state["document_id"] = doc.id
            st.switch_page("views/document.py")

st.subheader("Merged events")
st.dataframe(events, hide_index=True, width="stretch")
profile = cache.country_profile(country, day_from, day_to)
st.subheader(f"Who, whom and which words ({profile.documents_read} evidence documents)")
a, b, c = st.columns(3)
a.dataframe(profile.speakers, hide_index=True, width="stretch")
b.dataframe(profile.targets, hide_index=True, width="stretch")
c.dataframe(profile.terms, hide_index=True, width="stretch")
