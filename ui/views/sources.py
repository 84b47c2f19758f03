"""Sources: health of every source (last success, errors, silent sources)."""

from __future__ import annotations

import streamlit as st

from store import utc_now
from ui import cache
from ui.queries import source_table

st.header("Sources")
table = source_table(cache.get_store(), utc_now())
if table.empty:
    st.info("No source configured: `tocsin init` loads them.")
    st.stop()
counts = table["status"].value_counts()
cols = st.columns(len(counts))
for col, (status, n) in zip(cols, counts.items(), strict=True):
    col.metric(status, int(n))
st.dataframe(table, hide_index=True, width="stretch")
