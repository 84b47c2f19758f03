"""Tocsin's Streamlit app: ``streamlit run ui/app.py`` (or ``tocsin ui``).

Settings are resolved once (defaults < tocsin.toml < TOCSIN_* environment set by ``tocsin ui``);
the user logs in according to ``ui.auth``; ``st.navigation`` routes to the views in ``ui/views``.
"""

from __future__ import annotations

import streamlit as st

from ui.auth import Action
from ui.cache import get_settings
from ui.session import login_gate, logout

st.set_page_config(page_title="Tocsin", layout="wide")

user = login_gate()
if user is None:
    st.stop()

pages = {
    "Desk": [st.Page("views/alerts.py", title="Alert feed", url_path="alerts", default=True),
             st.Page("views/country.py", title="Country", url_path="country"),
             st.Page("views/document.py", title="Document", url_path="document"),
             st.Page("views/map.py", title="Map", url_path="map")],
    "Analysis": [st.Page("views/trends.py", title="Trends", url_path="trends"),
                 st.Page("views/review.py", title="Review queue", url_path="review"),
                 st.Page("views/lexicons.py", title="Lexicons", url_path="lexicons")],
    "Data": [st.Page("views/sources.py", title="Sources", url_path="sources"),
             st.Page("views/export.py", title="Export", url_path="export")],
}
if user.can(Action.MANAGE_USERS):
    pages["Admin"] = [st.Page("views/users.py", title="Users", url_path="users")]
st.sidebar.caption(f"{user.name} · {user.role.name.lower()}")
if get_settings().ui.auth != "none":
    st.sidebar.button("Log out", on_click=logout)
st.navigation(pages).run()
