"""Settings: defaults in code < ``tocsin.toml`` < ``TOCSIN_*`` environment < CLI flags.

Each room owns the model of its own section; this module composes them and records where
every resolved value came from (``tocsin config show``). Environment variables use a double
underscore between section and field: ``TOCSIN_STORE__PATH=/data/tocsin.db``. Secrets
(passwords, API keys, webhook secrets) are read from the environment only.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from alerts.settings import AlertsSettings
from ingest.crawl.options import CrawlSettings
from ingest.settings import IngestSettings
from nlp.settings import NlpSettings
from store.factory import StoreSettings
from store.retention import RetentionSettings
from ui.settings import UiSettings

__all__ = ["PSEUDONYM_KEY_ENV", "SECRET_FIELDS", "ResolvedSettings", "Settings", "SettingsError", "load_settings",
           "pseudonym_key"]

ENV_PREFIX = "TOCSIN_"
# Fields that may only come from the environment, never from a file or a log line.
SECRET_FIELDS = {"store.password", "store.api_key",
                 "alerts.notify.webhook.secret", "alerts.notify.email.password"}


# The export pseudonymization key: a secret, so environment only, and outside the settings tree so that
# `tocsin config show` never lists it.
PSEUDONYM_KEY_ENV = "TOCSIN_PSEUDONYM_KEY"


def pseudonym_key(env: Mapping[str, str] | None = None) -> str | None:
    """The configured pseudonymization key, or None (the exporter then draws a random key per export)."""
    value = (os.environ if env is None else env).get(PSEUDONYM_KEY_ENV)
    return value or None


class SettingsError(Exception):
    """A setting is invalid; the message names the setting, its origin and the fix."""


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    store: StoreSettings = Field(default_factory=StoreSettings, description="where records are kept")
    ingest: IngestSettings = Field(default_factory=IngestSettings, description="sources, fetching, extraction")
    nlp: NlpSettings = Field(default_factory=NlpSettings, description="analyzers and thresholds")
    crawl: CrawlSettings = Field(default_factory=CrawlSettings, description="crawler, clustering, source health")
    alerts: AlertsSettings = Field(default_factory=AlertsSettings, description="alert detectors, rules, notifiers")
    ui: UiSettings = Field(default_factory=UiSettings, description="the Streamlit interface and exports")
    retention: RetentionSettings = Field(default_factory=RetentionSettings,
                                         description="how long each record class is kept (`tocsin purge`)")


@dataclass(frozen=True)
class ResolvedSettings:
    settings: Settings
    origins: dict[str, str] = field(default_factory=dict)
    config_path: Path | None = None

    def rows(self) -> list[tuple[str, str, str]]:
        """(name, value, origin) for every leaf setting; secrets masked."""
        out: list[tuple[str, str, str]] = []
        for name, value in _flatten(self.settings.model_dump(mode="json")).items():
            shown = "********" if name in SECRET_FIELDS and value else json.dumps(value, ensure_ascii=False)
            out.append((name, shown, self.origins.get(name, "default")))
        return out


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value and all(isinstance(k, str) for k in value) and _is_section(name):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def _is_section(name: str) -> bool:
    target: Any = Settings
    for part in name.split("."):
        fields = getattr(target, "model_fields", None)
        if not fields or part not in fields:
            return False
        target = fields[part].annotation
    return isinstance(target, type) and issubclass(target, BaseModel)


def _set(tree: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for part in parts[:-1]:
        tree = tree.setdefault(part, {})
    tree[parts[-1]] = value


def _env_value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def load_settings(config_path: Path | None = None, env: Mapping[str, str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> ResolvedSettings:
    """Resolve settings. ``config_path`` None means ``./tocsin.toml`` when it exists."""
    env = os.environ if env is None else env
    tree: dict[str, Any] = {}
    origins: dict[str, str] = {}
    path = config_path if config_path is not None else (Path("tocsin.toml") if Path("tocsin.toml").exists() else None)
    if config_path is not None and not config_path.exists():
        raise SettingsError(f"config file {config_path} does not exist; create it or drop --config")
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"{path} is not valid TOML: {exc}") from exc
        for name, value in _flatten(data).items():
            if name in SECRET_FIELDS:
                raise SettingsError(f"{name} is a secret: remove it from {path} and set "
                                    f"{ENV_PREFIX}{name.upper().replace('.', '__')} in the environment")
            _set(tree, name, value)
            origins[name] = f"file {path}"
    for key, raw in env.items():
        if not key.startswith(ENV_PREFIX) or "__" not in key:
            continue
        name = key[len(ENV_PREFIX):].lower().replace("__", ".")
        _set(tree, name, _env_value(raw))
        origins[name] = f"env {key}"
    for name, value in (overrides or {}).items():
        if value is None:
            continue
        _set(tree, name, value)
        origins[name] = "flag"
    try:
        settings = Settings.model_validate(tree)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = ".".join(str(p) for p in err["loc"])
            problems.append(f"{name} ({origins.get(name, 'default')}): {err['msg']}")
        raise SettingsError("invalid settings:\n  " + "\n  ".join(problems)) from exc
    return ResolvedSettings(settings=settings, origins=origins, config_path=path)
