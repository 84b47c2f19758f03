"""Secrets come only from the environment and are never logged, shown or stored.

A webhook secret and an SMTP password set in the environment are used (signatures, login) but
appear in no log record (DEBUG and up, every logger), no ``config show`` output, no settings
repr, no outbox row or audit record; a secret written in ``tocsin.toml`` is refused; library code
never reads ``os.environ`` (only the CLI edge and ``tocsin.settings`` do).
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from alerts import Firing, deliver_pending, make_notifiers, record_firing
from ingest.safety import check_url
from tests.alerts.receivers import webhook_server
from tocsin.cli import app
from tocsin.settings import SECRET_FIELDS, SettingsError, load_settings

REPO = Path(__file__).resolve().parents[2]
HOOK_SECRET = "hook-SECRET-5d1e9a"
SMTP_PASSWORD = "smtp-PASSWORD-77b2c0"
NOW = datetime(2026, 2, 1, 12, tzinfo=UTC)
ENV = {"TOCSIN_ALERTS__NOTIFY__WEBHOOK__SECRET": HOOK_SECRET,
       "TOCSIN_ALERTS__NOTIFY__EMAIL__PASSWORD": SMTP_PASSWORD}


def test_secret_in_the_config_file_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "tocsin.toml"
    config.write_text(f'[alerts.notify.webhook]\nsecret = "{HOOK_SECRET}"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="TOCSIN_ALERTS__NOTIFY__WEBHOOK__SECRET") as info:
        load_settings(config, env={})
    assert HOOK_SECRET not in str(info.value)


def test_config_show_and_repr_mask_secrets(monkeypatch) -> None:
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    result = CliRunner().invoke(app, ["config", "show"])
    assert result.exit_code == 0, result.output
    assert HOOK_SECRET not in result.output and SMTP_PASSWORD not in result.output
    assert "********" in result.output
    resolved = load_settings(None, env=ENV)
    assert HOOK_SECRET not in repr(resolved.settings) and SMTP_PASSWORD not in repr(resolved.settings)
    assert {"alerts.notify.webhook.secret", "alerts.notify.email.password"} <= SECRET_FIELDS


def test_delivery_uses_the_secret_but_never_logs_or_stores_it(sqlite_store, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    with webhook_server(secret=HOOK_SECRET) as hook:
        env = {**ENV, "TOCSIN_ALERTS__NOTIFY__WEBHOOK__URL": hook.url,
               "TOCSIN_ALERTS__NOTIFY__WEBHOOK__ALLOW_PRIVATE": "true"}
        notify = load_settings(None, env=env).settings.alerts.notify
        firing = Firing(country="SDN", kind="dehumanization", detector="rule", day=NOW.date(), severity="high",
                        explanation="surge", evidence=["d1"])
        record_firing(sqlite_store, firing, notify, 3, NOW)
        hook.fail_next = 1  # a failed attempt is logged and stored as last_error: the secret must not be in it
        notifiers = make_notifiers(notify, lambda u: check_url(u, allow_private=True))
        deliver_pending(sqlite_store, notifiers, notify, NOW)
        deliver_pending(sqlite_store, notifiers, notify, datetime.now(UTC))
    assert hook.raw and hook.bad_signatures == 0, "the secret signed the delivery"
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert HOOK_SECRET not in logged and SMTP_PASSWORD not in logged
    stored = [str(o) for o in sqlite_store.list_outbox()] + [r.model_dump_json() for r in
                                                               sqlite_store.iter_audit_records()]
    assert not any(HOOK_SECRET in s for s in stored)


def test_library_code_never_reads_the_environment() -> None:
    allowed = {"tocsin/settings.py", "tocsin/commands/ui.py",  # the settings edge; the CLI's password prompt
               "nlp/threads.py"}  # writes native thread limits in analysis worker processes, reads nothing
    offenders = []
    for room in ("alerts", "ingest", "nlp", "store", "ui", "tocsin"):
        for path in sorted((REPO / room).rglob("*.py")):
            rel = str(path.relative_to(REPO))
            if rel not in allowed and re.search(r"os\.environ|os\.getenv|getenv\(", path.read_text(encoding="utf-8")):
                offenders.append(rel)
    assert not offenders, f"read settings at the edge and pass them down: {offenders}"
    # the thread-limit module may write the environment only
    threads = (REPO / "nlp/threads.py").read_text(encoding="utf-8")
    assert not re.search(r"os\.environ\.get|os\.getenv|getenv\(|os\.environ\[[^\]]+\](?!\s*=)|in os\.environ", threads)
