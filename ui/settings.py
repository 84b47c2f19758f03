"""Settings of the Streamlit interface (section ``[ui]`` of ``tocsin.toml``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["UiSettings"]


class UiSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    host: str = Field("127.0.0.1", description="address `tocsin ui` binds to; 'none' auth only on loopback")
    port: int = Field(8501, ge=1, le=65535, description="port `tocsin ui` listens on")
    auth: Literal["none", "local", "oidc"] = Field(
        "none", description="none: no login (loopback only); local: accounts from `tocsin users add`; "
                            "oidc: Streamlit's st.login with [auth] in .streamlit/secrets.toml")
    anonymous_role: Literal["viewer", "analyst", "admin"] = Field(
        "analyst", description="role of the single local user when auth = 'none'")
    oidc_provider: str | None = Field(None, description="provider name under [auth.<name>] for st.login (oidc)")
    oidc_roles: dict[str, Literal["viewer", "analyst", "admin"]] = Field(
        default_factory=dict, description="e-mail -> role for OIDC users; others are viewers")
    feed_limit: int = Field(500, ge=1, description="most alerts the alert feed loads")
    timeline_days: int = Field(180, ge=7, description="default length of country timelines, in days")
    evidence_docs: int = Field(2000, ge=10, description="most evidence documents a country/trends view reads")
    extra_lexicon_dir: Path = Field(Path("var/lexicons"), description="where terms added in the UI are written")
