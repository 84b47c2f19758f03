"""The CLI against the Elasticsearch backend chosen by environment (``TOCSIN_STORE__BACKEND``/``URL``), on
osmem-server (an in-memory imitation of the OpenSearch API; an API-level check, not a real cluster)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from store import Review, open_store
from tests.store.elastic_fixtures import elastic_settings, osmem_base, osmem_url  # noqa: F401
from tocsin.cli import app


def test_cli_commands_work_on_elasticsearch(osmem_url: str, tmp_path: Path,  # noqa: F811
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name, value in {"BACKEND": "elasticsearch", "URL": osmem_url, "REPLICAS": "0"}.items():
        monkeypatch.setenv(f"TOCSIN_STORE__{name}", value)
    store = open_store(elastic_settings(osmem_url))
    store.add_review(Review(id="r1", target_kind="finding", target_id="d1:0", verdict="confirm", reviewer="amina",
                            at=datetime(2026, 3, 1, tzinfo=UTC)))
    store.close()
    runner = CliRunner()
    info = runner.invoke(app, ["store", "info"])
    assert info.exit_code == 0 and "backend: elasticsearch" in info.output and "opensearch" in info.output, info.output
    assert "capabilities: AlertingStore, AccountsStore, ClusteringStore, AuditLogStore, RetentionStore" in info.output
    verify = runner.invoke(app, ["audit", "verify"])
    assert verify.exit_code == 0 and "audit chain OK: 1 records" in verify.output, verify.output
    listed = runner.invoke(app, ["audit", "list", "--actor", "amina"])
    assert "review.confirm" in listed.output, listed.output
    alerts = runner.invoke(app, ["alerts", "run", "--no-notify"])
    assert alerts.exit_code == 0, alerts.output
    purge = runner.invoke(app, ["purge", "--dry-run"])
    assert purge.exit_code == 0, purge.output
