"""Exactly-once notification per alert and channel when the deliverer is killed with SIGKILL and restarted.

The receivers run here, on 127.0.0.1; the deliverer is a subprocess killed at random times. After
deduplication by idempotency key each alert arrives exactly once per channel; raw duplicates (sent,
then killed before the delivery was recorded) are at most one per kill and channel.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from store.sqlite import SQLiteStore
from tests.alerts.receivers import smtp_server, webhook_server

REPO = Path(__file__).resolve().parents[2]


def _start(args: list[str]) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "tests.alerts.crash_worker", *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "ready", (line, proc.stderr.read() if proc.poll() is not None else "")
    return proc


def _crash_run(tmp_path: Path, n_alerts: int, kills: int, seed: int) -> dict:
    rng = random.Random(seed)
    db = tmp_path / "crash.db"
    with webhook_server() as hook, smtp_server(tmp_path) as (smtp, cert):
        hook.fail_next = 2  # some retries on top of the kills
        args = [str(db), hook.url, str(smtp.port), str(cert), str(n_alerts)]
        killed = 0
        for _ in range(kills):
            proc = _start(args)
            time.sleep(rng.uniform(0.05, 0.5))  # a child delivers the 12 alerts in well under a second on a fast machine
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                killed += 1
            proc.wait(timeout=30)
            proc.stdout.close()
            proc.stderr.close()
        proc = _start(args)
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0 and "done" in out, err
        webhook_keys, email_keys = Counter(hook.keys()), Counter(smtp.keys())
    store = SQLiteStore(db)
    try:
        assert store.integrity_check() == "ok"
        outbox = store.list_outbox()
        alerts = store.list_alerts()
    finally:
        store.close()
    expected = {f"{a.id}:webhook" for a in alerts}
    assert len(alerts) == n_alerts
    assert set(webhook_keys) == expected, "every alert reached the webhook receiver"
    assert set(email_keys) == {f"{a.id}:email" for a in alerts}, "every alert reached the mailbox"
    assert all(o.delivered_at for o in outbox) and len(outbox) == 2 * n_alerts
    dup_webhook = sum(webhook_keys.values()) - len(webhook_keys)
    dup_email = sum(email_keys.values()) - len(email_keys)
    assert dup_webhook <= killed and dup_email <= killed, (dup_webhook, dup_email, killed)
    return {"killed": killed, "raw_webhook": sum(webhook_keys.values()), "raw_email": sum(email_keys.values()),
            "duplicates_webhook": dup_webhook, "duplicates_email": dup_email}


def test_exactly_once_after_dedup_under_sigkill(tmp_path):
    stats = _crash_run(tmp_path, n_alerts=12, kills=4, seed=11)
    print("crash stats", stats)
    assert stats["killed"] >= 1


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_exactly_once_under_many_sigkills(tmp_path, seed):
    stats = _crash_run(tmp_path, n_alerts=40, kills=15, seed=seed)
    print("crash stats", stats)
