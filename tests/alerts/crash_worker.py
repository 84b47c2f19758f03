"""Subprocess for the kill -9 test: open alerts and deliver them, as a real run would.

Usage: python -m tests.alerts.crash_worker DB HOOK_URL SMTP_PORT CA_FILE N
Prints 'ready' once imports are done, then works; safe to kill at any point and rerun.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, date, datetime, timedelta

from alerts import Firing, deliver_pending, make_notifiers, record_firing
from alerts.settings import EmailSettings, NotifySettings, WebhookSettings
from ingest.safety import check_url
from store.sqlite import SQLiteStore

NOW = datetime(2026, 2, 1, 12, tzinfo=UTC)


def main(db: str, hook_url: str, smtp_port: int, ca_file: str, n: int) -> None:
    notify = NotifySettings(webhook=WebhookSettings(url=hook_url, secret="s3cret", allow_private=True),
                            email=EmailSettings(host="127.0.0.1", port=smtp_port, ca_file=ca_file,
                                                recipients=["desk@example.org"]),
                            backoff_base_s=0.001, max_attempts=50)
    notifiers = make_notifiers(notify, lambda url: check_url(url, allow_private=True))
    store = SQLiteStore(db)
    print("ready", flush=True)
    for i in range(n):
        f = Firing(country="SDN", kind="dehumanization", detector="glm", day=date(2026, 1, 1) + timedelta(days=10 * i),
                   severity="medium", explanation=f"firing {i}", evidence=[f"doc{i}"], observed=5.0, expected=1.0,
                   score=4.0)
        record_firing(store, f, notify, 3, NOW)
        deliver_pending(store, notifiers, notify, datetime.now(UTC))
    for _ in range(100):  # drain retries (backoff is 1 ms here)
        if not any(o.delivered_at is None and o.dead_at is None for o in store.list_outbox()):
            break
        time.sleep(0.01)
        deliver_pending(store, notifiers, notify, datetime.now(UTC))
    store.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5]))
