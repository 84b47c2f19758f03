"""Lexicons: browse every term; admins add or edit terms (validated, version bumped, user folder)."""

from __future__ import annotations

import streamlit as st
from pydantic import ValidationError

from nlp.lexicons import METAPHOR_CATEGORIES, LexiconEntry, LexiconError
from ui import cache
from ui.auth import Action, AuthError
from ui.lexicons import browse_lexicons, save_term
from ui.session import current_user

user = current_user()
settings = cache.get_settings()
extra_dir = settings.ui.extra_lexicon_dir
st.header("Lexicons")
try:
    table = browse_lexicons(extra_dir)
except LexiconError as exc:
    st.error(str(exc))
    st.stop()
c1, c2, c3 = st.columns(3)
language = c1.selectbox("Language", sorted(table["language"].unique()), key="lex_lang")
kind = c2.selectbox("Kind", ["all", "metaphor", "eliminationist", "coded"], key="lex_kind")
needle = c3.text_input("Contains", key="lex_find")
shown = table[table["language"] == language]
if kind != "all":
    shown = shown[shown["kind"] == kind]
if needle:
    shown = shown[shown["term"].str.contains(needle, case=False, regex=False)]
st.dataframe(shown, hide_index=True, width="stretch")
if extra_dir.resolve() not in [p.resolve() for p in settings.nlp.extra_lexicons]:
    st.caption(f"Terms saved here go to {extra_dir}; add that folder to nlp.extra_lexicons so the analyzer uses them.")

st.subheader("Add or edit a term")
with st.form("lexicon_form"):
    term = st.text_input("Term", key="lex_term")
    entry_kind = st.selectbox("Kind", ["metaphor", "eliminationist", "coded"], key="lex_entry_kind")
    category = st.selectbox("Category", ["", *METAPHOR_CATEGORIES, "eliminationist"], key="lex_category")
    forms = st.text_input("Other forms (comma separated)", key="lex_forms")
    country = st.text_input("Country (ISO alpha-3, coded terms)", key="lex_country")
    meaning = st.text_input("Meaning (coded terms)", key="lex_meaning")
    submitted = st.form_submit_button("Save term", disabled=not user.can(Action.EDIT_LEXICON))
if submitted:
    try:
        entry = LexiconEntry(term=term.strip(), kind=entry_kind, category=category or None,
                             forms=[f.strip() for f in forms.split(",") if f.strip()], country=country.strip() or None,
                             meaning=meaning.strip() or None, source="tocsin-ui")
        saved = save_term(user, extra_dir, language, entry)
    except (ValidationError, LexiconError, AuthError) as exc:
        st.error(f"not saved: {exc}")
    else:
        st.success(f"saved {term!r} in {language} user lexicon, version {saved.version}")
