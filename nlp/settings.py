"""Settings of the nlp room (section ``[nlp]`` of tocsin.toml)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["NlpSettings"]


class NlpSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    analyzers: list[str] = Field(default_factory=lambda: ["dehumanization", "events"],
                                 description="analyzers run by `tocsin analyze` and `tocsin run`")
    batch_size: int = Field(64, ge=1, description="documents analysed per store round trip")
    workers: int = Field(1, ge=1, le=64, description="analysis processes: above 1, analyzers run in that many worker "
                         "processes (each loads the models once, about 0.7 GB each); 2 suits a 2-core machine")
    extra_lexicons: list[Path] = Field(default_factory=list,
                                       description="folders of extra lexicon files (e.g. an NGO's own terms)")
    dehumanization_threshold: float | None = Field(
        None, ge=0, le=1, description="classifier decision threshold; None uses the calibrated one in the model card")
    event_threshold: float | None = Field(None, ge=0, le=1, description="event detection threshold; None = model's")
