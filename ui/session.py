"""Who is using the app: login according to ``ui.auth`` and the current ``User``."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from ui.auth import LoginFailed, Role, User, check_auth_mode, verify_login
from ui.cache import get_settings, get_store

__all__ = ["current_user", "login_gate", "logout", "oidc_role"]

_KEY = "tocsin_user"


def current_user() -> User:
    user = st.session_state.get(_KEY)
    if user is None:
        raise LoginFailed("not logged in: open the app's start page to log in")
    return user


def oidc_role(claims: Mapping[str, object], roles: Mapping[str, str]) -> User:
    """The user for an identity provider's claims: ``ui.oidc_roles`` maps e-mail addresses to roles
    (case-insensitive); anyone else, and any address the provider marks unverified, is a viewer."""
    email = str(claims.get("email") or "").strip().lower()
    name = email or str(claims.get("sub") or "unknown")
    mapped = {k.strip().lower(): v for k, v in roles.items()}
    role = mapped.get(email, "viewer") if email and claims.get("email_verified") is not False else "viewer"
    return User(name=name, role=Role.parse(role))


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except StreamlitSecretNotFoundError:  # no secrets.toml at all
        return False


def _oidc_user() -> User | None:
    settings = get_settings().ui
    if not _oidc_configured():
        st.error("ui.auth = 'oidc' needs an [auth] section (redirect_uri, cookie_secret and the provider's "
                 "client_id, client_secret, server_metadata_url) in .streamlit/secrets.toml; see docs/ui.md")
        return None
    if not st.user.is_logged_in:
        st.title("Tocsin")
        st.button("Log in", on_click=st.login, args=(settings.oidc_provider,) if settings.oidc_provider else ())
        return None
    return oidc_role(st.user.to_dict(), settings.oidc_roles)


def _still_valid(user: User) -> User | None:
    """Local accounts are re-read on every page load: a disabled account is logged out, a new role applies."""
    if get_settings().ui.auth != "local":
        return user
    account = get_store().get_user(user.name)
    if account is None or account.disabled:
        return None
    return User(name=account.username, role=Role.parse(account.role))


def logout() -> None:
    st.session_state.pop(_KEY, None)
    if get_settings().ui.auth == "oidc":
        st.logout()


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
        user = _still_valid(st.session_state[_KEY])
        st.session_state[_KEY] = user
        if user is not None:
            return user
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
