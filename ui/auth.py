"""Roles and who may do what, enforced in the data layer, plus salted password hashing.

Every function that changes something calls ``require(user, action)`` first, so a viewer cannot
change anything whatever the page shows. Roles are ordered: viewer < analyst < admin.

Exceptions::

    AuthError
    ├── PermissionDenied   (the user's role does not allow the action)
    └── LoginFailed        (unknown user, wrong password, disabled account, unsafe auth mode)
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from store.accounts import UserAccount

__all__ = [
    "Action",
    "AuthError",
    "LoginFailed",
    "PermissionDenied",
    "Role",
    "User",
    "check_auth_mode",
    "hash_password",
    "is_loopback",
    "make_account",
    "require",
    "verify_login",
    "verify_password",
]

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class AuthError(Exception):
    """Base of the interface's access errors."""


class PermissionDenied(AuthError):
    """The user's role does not allow this action."""


class LoginFailed(AuthError):
    """The credentials were not accepted, or the configured auth mode is unsafe."""


class Role(IntEnum):
    VIEWER = 1
    ANALYST = 2
    ADMIN = 3

    @classmethod
    def parse(cls, name: str) -> Role:
        try:
            return cls[name.upper()]
        except KeyError as exc:
            raise ValueError(f"unknown role {name!r}; use viewer, analyst or admin") from exc


class Action(StrEnum):
    VIEW = "view"
    EXPORT = "export"
    ACKNOWLEDGE = "acknowledge"
    ESCALATE = "escalate"
    DISMISS = "dismiss"
    REVIEW = "review"
    EDIT_LEXICON = "edit_lexicon"
    MANAGE_USERS = "manage_users"


_MINIMUM: dict[Action, Role] = {
    Action.VIEW: Role.VIEWER, Action.EXPORT: Role.VIEWER,
    Action.ACKNOWLEDGE: Role.ANALYST, Action.ESCALATE: Role.ANALYST, Action.DISMISS: Role.ANALYST,
    Action.REVIEW: Role.ANALYST,
    Action.EDIT_LEXICON: Role.ADMIN, Action.MANAGE_USERS: Role.ADMIN,
}


@dataclass(frozen=True)
class User:
    name: str
    role: Role

    def can(self, action: Action) -> bool:
        return self.role >= _MINIMUM[action]


def require(user: User, action: Action) -> None:
    """Raise ``PermissionDenied`` unless ``user`` may perform ``action``."""
    if not user.can(action):
        needed = _MINIMUM[action].name.lower()
        raise PermissionDenied(f"{user.name} ({user.role.name.lower()}) may not {action.value}; "
                               f"it needs the {needed} role: ask an admin (`tocsin users add --role {needed}`)")


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("password too short: use at least 8 characters")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(digest.hex(), hash_hex)


def make_account(username: str, password: str, role: str) -> UserAccount:
    return UserAccount(username=username, role=Role.parse(role).name.lower(), password_hash=hash_password(password))


def verify_login(account: UserAccount | None, password: str) -> User:
    """The user for these credentials, or ``LoginFailed`` (same message for every failure)."""
    if account is None or account.disabled or not verify_password(password, account.password_hash):
        raise LoginFailed("unknown user or wrong password")
    return User(name=account.username, role=Role.parse(account.role))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_auth_mode(auth: str, host: str) -> None:
    """Refuse the unauthenticated mode on anything but a loopback address."""
    if auth == "none" and not is_loopback(host):
        raise LoginFailed(f"ui.auth = 'none' is only allowed on 127.0.0.1/localhost, not {host!r}: "
                          "set ui.auth = 'local' (and `tocsin users add`) or 'oidc'")
