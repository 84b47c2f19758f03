"""Account management (admin only, data layer), the Users page, re-checked sessions, OIDC login offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from store.sqlite import SQLiteStore
from tests.ui.conftest import build_store
from ui.accounts import AccountError, add_account, reset_password, set_disabled, set_role
from ui.auth import LoginFailed, PermissionDenied, Role, User, make_account, verify_login
from ui.session import oidc_role

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")
ADMIN = User("root", Role.ADMIN)


@pytest.fixture
def store(tmp_path):
    build_store(tmp_path / "a.db")
    s = SQLiteStore(tmp_path / "a.db")
    s.upsert_user(make_account("root", "rootpass1", "admin"))
    yield s
    s.close()


def test_only_admins_manage_accounts(store):
    for role in (Role.VIEWER, Role.ANALYST):
        with pytest.raises(PermissionDenied, match="needs the admin role"):
            add_account(store, User("x", role), "mallory", "admin", "password1")
        with pytest.raises(PermissionDenied):
            set_role(store, User("x", role), "root", "viewer")
    assert store.get_user("mallory") is None and store.get_user("root").role == "admin"


def test_add_role_reset_disable(store):
    add_account(store, ADMIN, "desk1", "viewer", "first-pass")
    with pytest.raises(AccountError, match="exists"):
        add_account(store, ADMIN, "desk1", "admin", "other-pass")
    with pytest.raises(AccountError, match="too short"):
        add_account(store, ADMIN, "desk2", "viewer", "short")
    assert verify_login(store.get_user("desk1"), "first-pass") == User("desk1", Role.VIEWER)
    set_role(store, ADMIN, "desk1", "analyst")
    reset_password(store, ADMIN, "desk1", "second-pass")
    with pytest.raises(LoginFailed):
        verify_login(store.get_user("desk1"), "first-pass")
    assert verify_login(store.get_user("desk1"), "second-pass").role is Role.ANALYST
    set_disabled(store, ADMIN, "desk1", True)
    with pytest.raises(LoginFailed):
        verify_login(store.get_user("desk1"), "second-pass")
    set_disabled(store, ADMIN, "desk1", False)
    assert verify_login(store.get_user("desk1"), "second-pass").name == "desk1"
    chained = [(r.action, r.actor, r.subject) for r in (c.record for c in store.iter_audit_records())
               if r.subject == "desk1"]
    assert chained == [("user.upsert", "root", "desk1"), ("user.role", "root", "desk1"),
                       ("user.password_reset", "root", "desk1"), ("user.disable", "root", "desk1"),
                       ("user.enable", "root", "desk1")]


def test_no_lockout(store):
    with pytest.raises(AccountError, match="your own account"):
        set_disabled(store, ADMIN, "root", True)
    add_account(store, ADMIN, "second", "viewer", "password2")
    with pytest.raises(AccountError, match="last active admin"):
        set_role(store, User("second", Role.ADMIN), "root", "viewer")  # 'second' is not really an admin yet
    set_role(store, ADMIN, "second", "admin")
    set_role(store, User("second", Role.ADMIN), "root", "viewer")
    assert store.get_user("root").role == "viewer"


def _app(monkeypatch, tmp_path, auth: str) -> AppTest:
    path = tmp_path / "ui.db"
    build_store(path)
    s = SQLiteStore(path)
    s.upsert_user(make_account("root", "rootpass1", "admin"))
    s.upsert_user(make_account("viewer1", "viewpass1", "viewer"))
    s.close()
    monkeypatch.setenv("TOCSIN_STORE__PATH", str(path))
    monkeypatch.setenv("TOCSIN_UI__AUTH", auth)
    monkeypatch.setenv("TOCSIN_UI__OIDC_ROLES", '{"Desk@NGO.example": "analyst", "boss@ngo.example": "admin"}')
    monkeypatch.chdir(tmp_path)
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    return AppTest.from_file(APP, default_timeout=90)


def _login(at: AppTest, name: str, password: str) -> AppTest:
    at.run()
    at.text_input[0].input(name)
    at.text_input[1].input(password)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_users_page_adds_an_account_and_disabled_sessions_end(monkeypatch, tmp_path):
    at = _login(_app(monkeypatch, tmp_path, "local"), "root", "rootpass1")
    assert [c.value for c in at.sidebar.caption] == ["root · admin"], [t.value for t in at.title]
    at.switch_page("views/users.py").run()
    assert not at.exception and at.header[0].value == "Users"
    at.text_input(key="new_user").input("analyst7")
    at.selectbox(key="new_role").select("analyst")
    at.text_input(key="new_password").input("analyst-pass")
    next(b for b in at.button if b.label == "Add user").click().run()
    assert not at.exception and any(s.value == "saved" for s in at.success)
    store = SQLiteStore(tmp_path / "ui.db")
    assert verify_login(store.get_user("analyst7"), "analyst-pass").role is Role.ANALYST
    # a viewer has no Users page (and ui.accounts refuses them anyway: test_only_admins_manage_accounts)
    viewer = _login(AppTest.from_file(APP, default_timeout=90), "viewer1", "viewpass1")
    assert [c.value for c in viewer.sidebar.caption] == ["viewer1 · viewer"]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        viewer.switch_page("views/users.py")
    # disabling an account ends its open session on the next page load
    set_disabled(store, ADMIN, "viewer1", True)
    store.close()
    viewer.run()
    assert any("log in" in t.value.lower() for t in viewer.title)


def test_oidc_login_required_and_roles_mapped(monkeypatch, tmp_path):
    at = _app(monkeypatch, tmp_path, "oidc")
    at.run()
    assert any("[auth] section" in e.value for e in at.error), "no identity provider configured: clear error"
    at.secrets["auth"] = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32,
                          "client_id": "tocsin", "client_secret": "s", "server_metadata_url":
                          "http://127.0.0.1:9/.well-known/openid-configuration"}
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception and [b.label for b in at.button] == ["Log in"] and not at.dataframe
    at.user = {"is_logged_in": True, "email": "desk@ngo.example", "email_verified": True}
    at.run()
    assert not at.exception
    assert any("desk@ngo.example · analyst" in c.value for c in at.sidebar.caption)


def test_oidc_role_mapping():
    roles = {"Desk@NGO.example": "analyst", "boss@ngo.example": "admin"}
    assert oidc_role({"email": "DESK@ngo.example"}, roles) == User("desk@ngo.example", Role.ANALYST)
    assert oidc_role({"email": "boss@ngo.example", "email_verified": False}, roles).role is Role.VIEWER
    assert oidc_role({"email": "someone@else.example"}, roles).role is Role.VIEWER
    assert oidc_role({"sub": "abc123"}, roles) == User("abc123", Role.VIEWER)
