"""Trends for NGOs: target groups, metaphor categories and terms over time, comparable across countries."""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import streamlit as st

from ui import cache
from ui.queries import latest_signal_day

st.header("Trends")
countries = cache.known_countries()
if not countries:
    st.info("No signals yet: run `tocsin run` first.")
    st.stop()
picked = st.multiselect("Countries", countries, default=countries[:2], key="trend_countries")
labels = {"target_group": "Target groups", "category": "Metaphor categories", "term": "Terms"}
dimension = st.radio("Show", list(labels), format_func=labels.__getitem__, horizontal=True, key="trend_dim")
end = latest_signal_day(cache.get_store()) or date.today()
dates = st.date_input("Period", value=(end - timedelta(days=cache.get_settings().ui.timeline_days), end),
                      key="trend_dates")
day_from, day_to = (dates[0], dates[-1]) if isinstance(dates, (tuple, list)) and dates else (end, end)
frame = cache.trends(picked, day_from, day_to, dimension) if picked else None
if frame is None or frame.empty:
    st.info("No findings for these countries in this period.")
    st.stop()
top = frame.groupby("value")["findings"].sum().nlargest(8).index
shown = frame[frame["value"].isin(top)]
st.caption("share = findings naming it / all findings that week in that country (comparable across countries)")
chart = alt.Chart(shown).mark_line(point=True).encode(
    x=alt.X("week:T", title="week"), y=alt.Y("share:Q", axis=alt.Axis(format="%")), color="value:N",
    tooltip=["country:N", "week:T", "value:N", "findings:Q", alt.Tooltip("share:Q", format=".0%")],
).properties(height=220).facet(column=alt.Column("country:N", title=None))
st.altair_chart(chart)
st.dataframe(frame.sort_values(["country", "week", "findings"], ascending=[True, True, False]),
             hide_index=True, width="stretch")
