"""Review queue: analysts confirm, reject or correct findings and events; reviews become training data."""

from __future__ import annotations

import json

import streamlit as st

from ui import cache
from ui.actions import record_review
from ui.auth import Action, AuthError
from ui.review_queue import review_items
from ui.session import current_user

user = current_user()
st.header("Review queue")
store = cache.get_store()
show_done = st.toggle("Include already reviewed items", key="review_show_done")
items = review_items(store, limit=200, include_reviewed=show_done)
reviews = store.list_reviews()
st.download_button("Download all reviews (JSONL, training data)",
                   "".join(r.model_dump_json() + "\n" for r in reviews), file_name="tocsin-reviews.jsonl",
                   mime="application/jsonl", key="reviews_download")
if not items:
    st.info("Nothing to review: every finding and event behind open alerts has a review.")
    st.stop()
labels = {i.target_id: f"{i.kind} · {i.summary[:80]}" for i in items}
target = st.selectbox("Item", list(labels), format_func=labels.__getitem__, key="review_pick")
item = next(i for i in items if i.target_id == target)
st.caption(f"document {item.document_id} · {item.analyzer}")
st.text(item.evidence)
st.json(item.details, expanded=False)
with st.form("review_form"):
    verdict = st.radio("Verdict", ["confirm", "reject", "correct"], horizontal=True, key="verdict")
    correction = st.text_area("Correction (JSON, for 'correct'), e.g. {\"labels\": [\"dehumanization\"]}",
                              key="correction")
    note = st.text_input("Note", key="review_note")
    submitted = st.form_submit_button("Save review", disabled=not user.can(Action.REVIEW))
if submitted:
    try:
        fix = json.loads(correction) if correction.strip() else None
        if fix is not None and not isinstance(fix, dict):
            raise ValueError("the correction must be a JSON object")
        record_review(store, user, item.kind, item.target_id, verdict, fix, note)
    except json.JSONDecodeError as exc:
        st.error(f"the correction is not valid JSON: {exc}")
    except (AuthError, ValueError) as exc:
        st.error(str(exc))
    else:
        st.success(f"review saved: {verdict}")
