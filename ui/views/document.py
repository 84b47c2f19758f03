"""Document view: the text with findings highlighted (escaped Markdown, never HTML), speaker,
target groups, source, fetch time and capture hash."""

from __future__ import annotations

import streamlit as st

from nlp.pipeline import analysis_text
from ui import cache
from ui.highlight import LABEL_COLORS, collect_marks, escape_markdown, highlighted_markdown
from ui.queries import document_detail

st.header("Document")
store = cache.get_store()
initial = st.session_state.get("document_id") or st.query_params.get("doc", "")
doc_id = st.text_input("Document id", value=initial, key="doc_id_input").strip()
if not doc_id:
    st.info("Open a document from the alert feed or the country view, or paste its id.")
    st.stop()
detail = document_detail(store, doc_id)
if detail is None:
    st.error(f"No document with id {doc_id!r}.")
    st.stop()
doc = detail.document
st.subheader(escape_markdown(doc.title) if doc.title else "(no title)", anchor=False)
st.caption(f"{detail.source_name} ({detail.source_kind}) · published {doc.published_at} · fetched {doc.fetched_at}")
st.text(f"URL: {doc.url}\nlanguage: {doc.language} · content hash: {doc.content_hash}\n"
        f"capture: {doc.capture_id or 'not kept'}" + (f" fetched {detail.capture_fetched_at}"
                                                        if detail.capture_fetched_at else ""))
st.markdown(" ".join(f":{color}-background[{label}]" for label, color in LABEL_COLORS.items()
                     if label != "target"))
text = analysis_text(doc)
st.markdown(highlighted_markdown(text, collect_marks(detail.analyses)))

st.subheader("Findings")
rows = []
for a in detail.analyses:
    for f in a.findings:
        rows.append({"analyzer": f"{a.analyzer}@{a.version}", "labels": ", ".join(f.labels), "score": f.score,
                     "targets": ", ".join(f.target_groups), "categories": ", ".join(f.categories),
                     "speaker": f.speaker.name if f.speaker else None, "role": f.speaker.role if f.speaker else None,
                     "official": f.speaker.is_official if f.speaker else None,
                     "evidence": " | ".join(s.text for s in f.evidence)})
st.dataframe(rows, hide_index=True, width="stretch")
st.subheader("Events")
st.dataframe([{"type": e.type, "sub_type": e.sub_type, "country": e.country, "place": e.place,
               "date": e.event_date, "fatalities": e.fatalities.best, "perpetrator": e.perpetrator,
               "victims": e.victim_group, "evidence": e.evidence.text}
              for a in detail.analyses for e in a.events], hide_index=True, width="stretch")
if detail.alerts:
    st.subheader("Alerts citing this document")
    st.dataframe([{"id": a.id, "country": a.country, "kind": a.kind, "severity": a.severity, "status": a.status}
                  for a in detail.alerts], hide_index=True, width="stretch")
