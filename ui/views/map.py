"""Map: risk by country, drawn offline from Natural Earth shapes shipped in a wheel."""

from __future__ import annotations

import streamlit as st

from ui import cache
from ui.map import risk_map_chart

st.header("Risk map")
risk = cache.country_risk()
if risk.empty:
    st.info("No risk yet: no country has indexed documents or an open alert.")
else:
    measure, as_of = risk["measure"].iloc[0], risk["day"].iloc[0]
    st.caption(f"risk index 0-100 as of {as_of} over the last {cache.get_settings().alerts.risk.window_days} days, "
               f"with the points of each component (`tocsin alerts risk --day {as_of}` prints the same numbers)"
               if measure == "risk_index" else
               "this store cannot compute the risk index: severity-weighted open alerts (critical 4, high 3, "
               "medium 2, low 1)")
with st.spinner("drawing country shapes"):
    st.altair_chart(risk_map_chart(risk), width="stretch")
st.dataframe(risk.sort_values("risk", ascending=False), hide_index=True, width="stretch")
