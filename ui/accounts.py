"""Local account management (``ui.auth = "local"``), admin only, enforced here in the data layer.

Every function takes the acting ``User`` and calls ``require(actor, Action.MANAGE_USERS)`` first.
Guards against locking everyone out: an admin cannot disable or demote themself, and the last
active admin cannot be disabled or demoted.
"""

from __future__ import annotations

import logging

from store import AccountsStore
from store.accounts import UserAccount
from store.audit import AuditLogStore, AuditRecord
from ui.auth import Action, Role, User, hash_password, make_account, require

__all__ = ["AccountError", "add_account", "reset_password", "set_disabled", "set_role"]

log = logging.getLogger(__name__)


def _audit(store: AccountsStore, actor: User, action: str, account: UserAccount) -> None:
    """Who granted which role, reset or disabled whom: access decisions go to the hash-chained audit log."""
    if isinstance(store, AuditLogStore):
        store.append_audit_record(AuditRecord(actor=actor.name, action=action, subject=account.username,
                                              details={"role": account.role, "disabled": account.disabled}))


class AccountError(ValueError):
    """The account change is not possible (unknown or existing user, last admin); the message says why."""


def _get(store: AccountsStore, username: str) -> UserAccount:
    account = store.get_user(username)
    if account is None:
        raise AccountError(f"no account {username!r}; add it first")
    return account


def _active_admins(store: AccountsStore) -> set[str]:
    return {a.username for a in store.list_users() if a.role == "admin" and not a.disabled}


def _keep_an_admin(store: AccountsStore, actor: User, account: UserAccount, what: str) -> None:
    if account.username == actor.name:
        raise AccountError(f"you cannot {what} your own account; ask another admin")
    if account.role == "admin" and _active_admins(store) == {account.username}:
        raise AccountError(f"{account.username} is the last active admin: make another admin before you {what} it")


def add_account(store: AccountsStore, actor: User, username: str, role: str, password: str) -> UserAccount:
    """Create a new account; an existing name is refused (use ``set_role``/``reset_password``)."""
    require(actor, Action.MANAGE_USERS)
    if store.get_user(username) is not None:
        raise AccountError(f"user {username!r} exists; change its role or reset its password instead")
    try:
        account = make_account(username, password, role)
    except ValueError as exc:  # bad name, role or too short a password
        raise AccountError(str(exc)) from exc
    store.upsert_user(account)
    _audit(store, actor, "user.upsert", account)
    log.info("%s added user %s (%s)", actor.name, username, account.role)
    return account


def set_role(store: AccountsStore, actor: User, username: str, role: str) -> UserAccount:
    require(actor, Action.MANAGE_USERS)
    account = _get(store, username)
    new_role = Role.parse(role).name.lower()
    if account.role == "admin" and new_role != "admin":
        _keep_an_admin(store, actor, account, "demote")
    updated = account.model_copy(update={"role": new_role})
    store.upsert_user(updated)
    _audit(store, actor, "user.role", updated)
    log.info("%s set the role of %s to %s", actor.name, username, new_role)
    return updated


def reset_password(store: AccountsStore, actor: User, username: str, password: str) -> UserAccount:
    require(actor, Action.MANAGE_USERS)
    account = _get(store, username)
    try:
        updated = account.model_copy(update={"password_hash": hash_password(password)})
    except ValueError as exc:
        raise AccountError(str(exc)) from exc
    store.upsert_user(updated)
    _audit(store, actor, "user.password_reset", updated)
    log.info("%s reset the password of %s", actor.name, username)
    return updated


def set_disabled(store: AccountsStore, actor: User, username: str, disabled: bool) -> UserAccount:
    """Disable (no more logins; an open session ends on its next page load) or re-enable an account."""
    require(actor, Action.MANAGE_USERS)
    account = _get(store, username)
    if disabled:
        _keep_an_admin(store, actor, account, "disable")
    updated = account.model_copy(update={"disabled": disabled})
    store.upsert_user(updated)
    _audit(store, actor, "user.disable" if disabled else "user.enable", updated)
    log.info("%s %s user %s", actor.name, "disabled" if disabled else "enabled", username)
    return updated
