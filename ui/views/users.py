"""Users (admins only): local accounts for ui.auth = 'local'; add, change role, reset password, disable."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from ui import cache
from ui.accounts import AccountError, add_account, reset_password, set_disabled, set_role
from ui.auth import Action, PermissionDenied
from ui.session import current_user

st.header("Users")
user = current_user()
if not user.can(Action.MANAGE_USERS):
    st.error("Only admins manage accounts.")
    st.stop()
store = cache.get_store()
if cache.get_settings().ui.auth != "local":
    st.caption(f"ui.auth is {cache.get_settings().ui.auth!r}: these local accounts are used only with ui.auth = 'local'.")
accounts = store.list_users()
st.dataframe(pd.DataFrame([(a.username, a.role, "disabled" if a.disabled else "active", a.created_at)
                           for a in accounts], columns=["user", "role", "status", "created"]),
             hide_index=True, width="stretch")


def _apply(fn: Callable[..., object], *args: object) -> None:
    """Run one of ui.accounts' functions as the current user; show its refusal as an error."""
    try:
        fn(store, user, *args)
    except (AccountError, PermissionDenied, ValueError) as exc:
        st.error(str(exc))
    else:
        st.success("saved")
        cache.clear()


with st.form("add_user", clear_on_submit=True):
    st.subheader("Add a user")
    c1, c2, c3 = st.columns(3)
    name = c1.text_input("User name", key="new_user")
    role = c2.selectbox("Role", ["viewer", "analyst", "admin"], key="new_role")
    password = c3.text_input("Password (8+ characters)", type="password", key="new_password")
    if st.form_submit_button("Add user"):
        _apply(add_account, name.strip(), role, password)

names = [a.username for a in accounts]
if names:
    st.subheader("Change an account")
    target = st.selectbox("User", names, key="target_user")
    c1, c2, c3 = st.columns(3)
    with c1.form("role_form"):
        new_role = st.selectbox("Role", ["viewer", "analyst", "admin"], key="change_role")
        if st.form_submit_button("Set role"):
            _apply(set_role, target, new_role)
    with c2.form("password_form", clear_on_submit=True):
        new_password = st.text_input("New password", type="password", key="reset_password")
        if st.form_submit_button("Reset password"):
            _apply(reset_password, target, new_password)
    with c3.form("disable_form"):
        disable = st.toggle("Disabled", value=next(a.disabled for a in accounts if a.username == target),
                            key="disable_toggle")
        if st.form_submit_button("Save status"):
            _apply(set_disabled, target, disable)
