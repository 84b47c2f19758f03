"""Role-by-action matrix: viewer, analyst and admin against every action that changes data.

* Data layer (``ui.actions``, ``ui.lexicons``): each role tries each action on a real store; a
  denied action raises ``PermissionDenied`` and changes nothing (records, audit chain); an allowed
  one changes what it should and, for decisions, appends to the hash-chained audit log.
* Views (``AppTest``): each role opens each view that changes data; the submit button is disabled
  exactly when the role may not act (a browser cannot submit a disabled form; a forged request
  meets the data layer above), and submitting as an allowed role changes the data. Every
  read-only view opens for the lowest role.
* CLI: commands have no login; they act with the database file's permissions, i.e. as the
  operator (admin). Every command is classified here as read-only or changing data, and the
  analyst decisions among them must name their actor; a new command fails this test until it is
  classified.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from streamlit.testing.v1 import AppTest

from nlp.lexicons import LexiconEntry
from store import AlertStatus
from store.sqlite import SQLiteStore
from tests.ui.conftest import build_store
from tocsin.cli import app
from ui.actions import add_user, change_alert_status, record_review
from ui.auth import Action, PermissionDenied, Role, User
from ui.lexicons import save_term

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")
ROLES = [Role.VIEWER, Role.ANALYST, Role.ADMIN]
MINIMUM = {"acknowledge": Role.ANALYST, "escalate": Role.ANALYST, "dismiss": Role.ANALYST, "review": Role.ANALYST,
           "manage_users": Role.ADMIN, "edit_lexicon": Role.ADMIN}


def _act(action: str, store: SQLiteStore, user: User, tmp: Path) -> None:
    if action in ("acknowledge", "escalate", "dismiss"):
        to = {"acknowledge": AlertStatus.ACKNOWLEDGED, "escalate": AlertStatus.ESCALATED,
              "dismiss": AlertStatus.DISMISSED}[action]
        change_alert_status(store, user, "a-sdn-crit", to, "matrix test")
    elif action == "review":
        record_review(store, user, "finding", "doc:dehumanization@t1:finding:0", "reject", note="matrix")
    elif action == "manage_users":
        add_user(store, user, "newcomer", "a long enough password", "analyst")
    elif action == "edit_lexicon":
        save_term(user, tmp / "lexicons", "en", LexiconEntry(term="vermine", kind="metaphor",
                                                             category="vermin_insects", source="tocsin-ui"))


def _state(store: SQLiteStore, tmp: Path) -> tuple:
    lexicon_files = sorted(p.name for p in (tmp / "lexicons").glob("*")) if (tmp / "lexicons").exists() else []
    return (store.get_alert("a-sdn-crit").status, len(store.list_reviews()), len(store.list_users()),
            len(list(store.iter_audit_records())), tuple(lexicon_files))


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.name.lower())
@pytest.mark.parametrize("action", list(MINIMUM))
def test_data_layer_matrix(tmp_path: Path, role: Role, action: str) -> None:
    build_store(tmp_path / "m.db")
    user = User(f"{role.name.lower()}-user", role)
    with SQLiteStore(tmp_path / "m.db") as store:
        before = _state(store, tmp_path)
        if role < MINIMUM[action]:
            with pytest.raises(PermissionDenied, match=role.name.lower()):
                _act(action, store, user, tmp_path)
            assert _state(store, tmp_path) == before, "a denied action changed something"
            return
        _act(action, store, user, tmp_path)
        after = _state(store, tmp_path)
        assert after != before, "an allowed action did nothing"
        if action != "edit_lexicon":  # lexicon files are versioned on disk (see docs/dehumanization.md)
            chained = list(store.iter_audit_records())
            assert len(chained) == before[3] + 1 and chained[-1].record.actor == user.name


def test_matrix_covers_every_action_that_changes_data() -> None:
    assert {a.value for a in Action} - {"view", "export"} == set(MINIMUM)
    assert all(User("x", Role.VIEWER).can(a) for a in (Action.VIEW, Action.EXPORT))


# --- views ---------------------------------------------------------------------------------------

WRITE_VIEWS = {  # view -> (action it performs, how to select something to act on)
    "alerts": Action.ACKNOWLEDGE, "review": Action.REVIEW, "lexicons": Action.EDIT_LEXICON, "export": Action.EXPORT}
READ_VIEWS = ["country", "document", "map", "trends", "sources"]


def _open(page: str, role: Role, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    import streamlit as st

    monkeypatch.setenv("TOCSIN_UI__ANONYMOUS_ROLE", role.name.lower())
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    if page != "alerts":
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _submit(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    buttons = [b for b in at.button if b.label == label]
    assert buttons, f"no {label!r} button: {[b.label for b in at.button]}"
    return buttons[0]


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.name.lower())
@pytest.mark.parametrize("view", ["alerts", "review", "lexicons"])
def test_view_matrix(ui_db, monkeypatch, role: Role, view: str) -> None:
    path, _ = ui_db
    at = _open(view, role, monkeypatch)
    label = {"alerts": "Apply", "review": "Save review", "lexicons": "Save term"}[view]
    allowed = User("u", role).can(WRITE_VIEWS[view])
    if view == "alerts":
        at.text_area(key="reason").input("matrix")
    elif view == "lexicons":
        at.text_input(key="lex_term").input("vermine")
        at.selectbox(key="lex_category").select("vermin_insects")
    button = _submit(at, label)
    assert button.disabled is (not allowed), f"{role.name} {view}: disabled={button.disabled}"
    if not allowed:  # AppTest, like a browser, cannot click a disabled button; a forged request meets the data
        return       # layer, which refuses it (test_data_layer_matrix)
    with SQLiteStore(path) as store:
        before = (store.get_alert("a-sdn-crit").status, len(store.list_reviews()), len(list(store.iter_audit_records())))
    button.click().run()
    assert not at.exception, [e.value for e in at.exception]
    with SQLiteStore(path) as store:
        after = (store.get_alert("a-sdn-crit").status, len(store.list_reviews()), len(list(store.iter_audit_records())))
    if view == "lexicons":
        assert any((Path(path).parent / "lexicons").glob("*")), [e.value for e in at.error]
    else:
        assert after != before, [e.value for e in at.error]


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.name.lower())
def test_export_view_is_open_to_every_role_with_pseudonymization(ui_db, monkeypatch, role: Role) -> None:
    at = _open("export", role, monkeypatch)  # exporting (plain or pseudonymized): test_export_pseudonymize.py
    assert not _submit(at, "Export").disabled
    assert not at.checkbox(key="export_pseudonymize").disabled


@pytest.mark.parametrize("view", READ_VIEWS)
def test_read_only_views_open_for_viewers(ui_db, monkeypatch, view: str) -> None:
    at = _open(view, Role.VIEWER, monkeypatch)
    assert not at.exception


# --- CLI ------------------------------------------------------------------------------------------

READ_ONLY = {"status", "search", "analyze-text", "ui", "sources", "config show", "evaluate dehumanization",
             "evaluate events", "lexicon check", "lexicon list", "users list", "alerts list", "alerts show",
             "alerts risk", "alerts feed", "alerts digest", "alerts outbox", "store info", "audit verify", "audit list",
             "backtest"}
# data-changing commands run as the operator (file-system access to the database = admin); what records them
CHANGES_DATA = {
    "init": "store", "run": "store", "analyze": "store", "ingest": "store", "crawl": "store", "cluster": "store",
    "alerts run": "alert audit trail + hash chain", "store copy": "destination store",
    "export": "export log + hash chain", "purge": "hash chain (retention.purge)", "users add": "ui_users",
    "alerts ack": "hash chain (actor)", "alerts escalate": "hash chain (actor)", "alerts dismiss": "hash chain (actor)",
    "alerts snooze": "alert_snoozes (actor)", "audit purge": "hash chain (audit.purge)",
}
ANALYST_DECISIONS = {"alerts ack", "alerts escalate", "alerts dismiss", "alerts snooze"}


def _commands() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}

    def walk(command, prefix: str = "") -> None:  # type: ignore[no-untyped-def]
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                walk(sub, f"{prefix} {name}".strip())
        else:
            found[prefix] = [p.name for p in command.params if p.required]

    walk(typer.main.get_command(app))
    return found


def test_every_cli_command_is_classified() -> None:
    commands = _commands()
    unclassified = set(commands) - READ_ONLY - set(CHANGES_DATA)
    assert not unclassified, f"classify these commands in tests/ui/test_roles_matrix.py and SECURITY.md: {unclassified}"
    assert not READ_ONLY & set(CHANGES_DATA)


def test_cli_analyst_decisions_name_their_actor() -> None:
    commands = _commands()
    for name in ANALYST_DECISIONS:
        assert "actor" in commands[name], f"`tocsin {name}` must require --actor: the audit trail records who"
