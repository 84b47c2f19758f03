"""Alert feed: open alerts by severity and recency; acknowledge, escalate or dismiss with a reason."""

from __future__ import annotations

import streamlit as st

from store import AlertStatus
from ui import cache
from ui.actions import change_alert_status
from ui.auth import Action, AuthError
from ui.highlight import escape_markdown
from ui.queries import OPEN_STATUSES, AlertFilter
from ui.session import current_user

user = current_user()
st.header("Alert feed")
with st.sidebar:
    countries = st.multiselect("Country", cache.known_countries(), key="feed_countries")
    kinds = st.multiselect("Kind", cache.alert_kinds(), key="feed_kinds")
    statuses = st.multiselect("Status", [s.value for s in AlertStatus],
                              default=[s.value for s in OPEN_STATUSES], key="feed_statuses")
    dates = st.date_input("Opened between", value=(), key="feed_dates")
day_from, day_to = (dates[0], dates[-1]) if isinstance(dates, (tuple, list)) and dates else (None, None)
flt = AlertFilter(tuple(countries), tuple(kinds), tuple(statuses), day_from, day_to)
feed = cache.alert_feed(flt)
st.caption(f"{len(feed)} alerts · most severe first, then most recent")
if feed.empty:
    st.info("No alert matches these filters.")
    st.stop()
st.dataframe(feed.drop(columns=["id"]), hide_index=True, width="stretch")

labels = {r.id: f"{r.severity.upper()} · {r.country} · {r.kind} · {r.status} · {r.opened_at:%Y-%m-%d}"
          for r in feed.itertuples()}
alert_id = st.selectbox("Alert", list(labels), format_func=labels.__getitem__, key="alert_pick")
store = cache.get_store()
alert = store.get_alert(alert_id)
if alert is None:
    st.warning("This alert is gone; reload the feed.")
    st.stop()
st.subheader(f"{alert.country} · {alert.kind} · {alert.severity}")
st.text(alert.explanation)
st.caption(f"detector {alert.detector} · observed {alert.observed} · expected {alert.expected} · "
           f"window {alert.window_start} .. {alert.window_end}")
st.markdown("**Evidence**")
for doc in store.get_documents(alert.evidence_document_ids[:20]):
    if st.button(escape_markdown(doc.title or doc.url), key=f"ev_{alert.id}_{doc.id}"):
        st.session_state["document_id"] = doc.id
        st.switch_page("views/document.py")

with st.form("status_form"):
    to_status = st.radio("Set status", ["acknowledged", "escalated", "dismissed"], horizontal=True, key="to_status")
    reason = st.text_area("Reason (recorded in the audit trail)", key="reason")
    submitted = st.form_submit_button("Apply", disabled=not user.can(Action.ACKNOWLEDGE))
if submitted:
    try:
        change_alert_status(store, user, alert.id, AlertStatus(to_status), reason)
    except (AuthError, ValueError, LookupError) as exc:
        st.error(str(exc))
    else:
        cache.clear()
        st.success(f"alert set to {to_status}")
st.markdown("**Audit trail**")
trail = store.audit_trail(alert.id)
st.dataframe([{"at": e.at, "actor": e.actor, "action": e.action, "from": e.from_status, "to": e.to_status,
               "reason": e.reason} for e in trail], hide_index=True, width="stretch")
