"""Everything the interface changes, each guarded by ``ui.auth.require`` (the data layer decides,
not the page). Alert status changes are audited; reviews are stored for training data."""

from __future__ import annotations

import logging
from typing import Any

from store import Alert, AlertStatus, Review, Store, sha256_hex, utc_now
from store.accounts import UserAccount
from store.audit import AuditLogStore, AuditRecord
from ui.auth import Action, User, make_account, require

__all__ = ["add_user", "change_alert_status", "event_target_id", "finding_target_id", "record_review"]

log = logging.getLogger(__name__)

_ACTIONS = {AlertStatus.ACKNOWLEDGED: Action.ACKNOWLEDGE, AlertStatus.ESCALATED: Action.ESCALATE,
            AlertStatus.DISMISSED: Action.DISMISS}


def change_alert_status(store: Store, user: User, alert_id: str, to_status: AlertStatus, reason: str) -> Alert:
    """Acknowledge, escalate or dismiss an alert with a reason, through the alerts room's lifecycle
    (allowed transitions, audit entry with who and why)."""
    from alerts.lifecycle import change_status

    to_status = AlertStatus(to_status)
    if to_status not in _ACTIONS:
        raise ValueError(f"cannot set an alert to {to_status.value!r}; use acknowledged, escalated or dismissed")
    require(user, _ACTIONS[to_status])
    if not reason.strip():
        raise ValueError("give a reason: the audit trail records why the status changed")
    updated = change_status(store, alert_id, to_status, actor=user.name, reason=reason.strip(), now=utc_now())
    log.info("alert %s -> %s by %s", alert_id, to_status.value, user.name)
    return updated


def finding_target_id(document_id: str, analyzer: str, version: str, index: int) -> str:
    return f"{document_id}:{analyzer}@{version}:finding:{index}"


def event_target_id(document_id: str, analyzer: str, version: str, index: int) -> str:
    return f"{document_id}:{analyzer}@{version}:event:{index}"


def record_review(store: Store, user: User, target_kind: str, target_id: str, verdict: str,
                  correction: dict[str, Any] | None = None, note: str = "") -> Review:
    """Store an analyst's verdict (confirm, reject or correct) on a finding, event, span or alert."""
    require(user, Action.REVIEW)
    if verdict not in ("confirm", "reject", "correct"):
        raise ValueError(f"unknown verdict {verdict!r}; use confirm, reject or correct")
    if verdict == "correct" and not correction:
        raise ValueError("a correction needs the corrected fields (e.g. labels, target_groups, type)")
    review = Review(id=sha256_hex(f"{target_kind}|{target_id}|{user.name}")[:32], target_kind=target_kind,
                    target_id=target_id, verdict=verdict, correction=correction or {}, reviewer=user.name,
                    note=note)
    store.add_review(review)
    return review


def add_user(store: Store, user: User, username: str, password: str, role: str) -> UserAccount:
    require(user, Action.MANAGE_USERS)
    account = make_account(username, password, role)
    store.upsert_user(account)
    if isinstance(store, AuditLogStore):  # who granted which role is an access decision: chain it
        store.append_audit_record(AuditRecord(actor=user.name, action="user.upsert", subject=account.username,
                                              details={"role": account.role, "disabled": account.disabled}))
    return account
