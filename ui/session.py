"""Who is using the app: login according to ``ui.auth`` and the current ``User``."""

from __future__ import annotations

import streamlit as st

from ui.auth import LoginFailed, Role, User, check_auth_mode, verify_login
from ui.cache import get_settings, get_store

__all__ = ["current_user", "login_gate"]

_KEY = "tocsin_user"


def current_user() -> User:
    user = st.session_state.get(_KEY)
    if user is None:
        raise LoginFailed("not logged in: open the app's start page to log in")
    return user


def _oidc_user() -> User | None:
    settings = get_settings().ui
    if not st.user.is_logged_in:
        st.title("Tocsin")
        st.button("Log in", on_click=st.login, args=(settings.oidc_provider,) if settings.oidc_provider else ())
        return None
    email = str(st.user.get("email") or st.user.get("sub") or "unknown")
    return User(name=email, role=Role.parse(settings.oidc_roles.get(email, "viewer")))


def _local_user() -> User | None:
    st.title("Tocsin: log in")
    with st.form("login"):
        username = st.text_input("User name")
        password = st.text_input("Password", type="password")
        submitted = st.form_submit_button("Log in")
    if not submitted:
        return None
    try:
        return verify_login(get_store().get_user(username), password)
    except LoginFailed as exc:
        st.error(str(exc))
        return None


def login_gate() -> User | None:
    """The logged-in user, or None after drawing the login form (the caller then stops)."""
    if st.session_state.get(_KEY) is not None:
        return st.session_state[_KEY]
    settings = get_settings().ui
    if settings.auth == "none":
        check_auth_mode(settings.auth, settings.host)
        user: User | None = User(name="local", role=Role.parse(settings.anonymous_role))
    elif settings.auth == "oidc":
        user = _oidc_user()
    else:
        user = _local_user()
    if user is not None:
        st.session_state[_KEY] = user
    return user
