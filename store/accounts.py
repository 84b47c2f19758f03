"""Records of the interface: local user accounts and the export log (owned by the ui room)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from store.models import UtcDatetime, utc_now

__all__ = ["ExportLogEntry", "UserAccount"]


class UserAccount(BaseModel):
    """A local account (``ui.auth = "local"``). Only a salted scrypt hash of the password is kept."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    username: str = Field(pattern=r"^[A-Za-z0-9_.@-]{2,64}$")
    role: Literal["viewer", "analyst", "admin"]
    password_hash: str = Field(repr=False, description="scrypt$n$r$p$salt_hex$hash_hex")
    created_at: UtcDatetime = Field(default_factory=utc_now)
    disabled: bool = False


class ExportLogEntry(BaseModel):
    """Who exported what: the filter, the format and how many documents."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    at: UtcDatetime = Field(default_factory=utc_now)
    actor: str
    format: str
    countries: list[str] = Field(default_factory=list)
    day_from: date | None = None
    day_to: date | None = None
    rehydrate: bool = False
    documents: int = 0
    path: str = ""
