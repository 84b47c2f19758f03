"""Export: the annotated corpus for a filter in five formats, with a data card and progress."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import streamlit as st

from tocsin.settings import pseudonym_key
from ui import cache
from ui.auth import Action, require
from ui.export import FORMATS, ExportFilter, Pseudonymizer, export_corpus
from ui.session import current_user

user = current_user()
require(user, Action.EXPORT)
st.header("Export")
with st.form("export_form"):
    fmt = st.selectbox("Format", FORMATS, key="export_format")
    countries = st.multiselect("Countries (none: all)", cache.known_countries(), key="export_countries")
    dates = st.date_input("Published between (empty: all)", value=(), key="export_dates")
    rehydrate = st.checkbox("Rehydration mode (URLs and offsets only, no text)", key="export_rehydrate")
    pseudonymize = st.checkbox(
        "Pseudonymize person names", key="export_pseudonymize",
        help="replace person names (spaCy PERSON entities and attributed speakers) with keyed pseudonyms; "
             "the key comes from TOCSIN_PSEUDONYM_KEY in the server's environment (stable across exports), "
             "else a random key per export")
    submitted = st.form_submit_button("Export")
if submitted:
    day_from, day_to = (dates[0], dates[-1]) if isinstance(dates, (tuple, list)) and dates else (None, None)
    flt = ExportFilter(countries=tuple(countries), day_from=day_from, day_to=day_to, rehydrate=rehydrate)
    suffix = {"docbin": "spacy", "labelstudio": "json"}.get(fmt, fmt)
    out = Path("var/exports") / f"tocsin-{datetime.now():%Y%m%d-%H%M%S-%f}.{suffix}"
    bar = st.progress(0.0, text="exporting")
    # the app's settings edge, like `tocsin export --pseudonymize`: the secret lives only in the environment
    pseudonymizer = Pseudonymizer(pseudonym_key()) if pseudonymize else None
    try:
        card = export_corpus(cache.get_store(), fmt, out, flt, actor=user.name, pseudonymizer=pseudonymizer,
                             on_progress=lambda done, total: bar.progress(done / max(total, 1),
                                                                          text=f"{done} / {total} documents"))
    except ValueError as exc:
        st.error(str(exc))
    else:
        bar.progress(1.0, text=f"{card.documents} documents")
        st.success(f"wrote {out}")
        st.download_button("Download export", out.read_bytes(), file_name=out.name, key="export_download")
        st.download_button("Download data card", card.markdown(), file_name=out.name + ".datacard.md",
                           key="card_download")
        st.json(card.model_dump(mode="json"))
st.subheader("Recent exports")
st.dataframe([e.model_dump(mode="json") for e in cache.get_store().list_exports(20)], hide_index=True,
             width="stretch")
