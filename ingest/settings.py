"""Settings of the ingest room (section ``[ingest]`` of tocsin.toml)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["DEFAULT_SOURCES", "DEFAULT_SOURCES_DIR", "IngestSettings"]

DEFAULT_SOURCES_DIR = Path(__file__).parent / "sources"
DEFAULT_SOURCES = DEFAULT_SOURCES_DIR / "default.yaml"


class IngestSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sources: list[Path] = Field(default_factory=lambda: [DEFAULT_SOURCES_DIR],
                                description="YAML source files (or folders of them) to load; default: every "
                                            "*.yaml in ingest/sources/")
    timeout_s: float = Field(20.0, gt=0, description="connect+read timeout per request, seconds")
    max_bytes: int = Field(10_000_000, gt=0, description="size cap per response body, after decompression")
    user_agent: str = Field("Tocsin/0.1 (early-warning research monitor)", description="User-Agent header")
    fetch_articles: bool = Field(True, description="fetch the article page when a feed entry has no full text")
    min_full_text_chars: int = Field(600, ge=0, description="entry text shorter than this is not full text")
    max_entries_per_feed: int = Field(500, gt=0, description="entries taken from one feed per poll")
    keep_raw_captures: bool = Field(True, description="store raw fetched bytes (else only sha256 and size)")
    max_redirects: int = Field(5, ge=0, le=20, description="redirect hops followed per fetch (each one vetted)")
    concurrency: int = Field(4, ge=1, description="sources polled at once")
    processes: int = Field(1, ge=1, description="worker processes for feed parsing, document drafting and storing, "
                                                "and article extraction (1: in the polling threads; 2 on a 2-core "
                                                "machine)")
