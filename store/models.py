"""The data model of Tocsin (see DESIGN.md), as frozen pydantic models.

Every record that crosses a room boundary is one of these. Times are timezone-aware
UTC (``*_at``), days are ``datetime.date`` (``day``), countries ISO 3166 alpha-3.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

import pycountry
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

__all__ = [
    "Alert",
    "AlertStatus",
    "Analysis",
    "AuditEntry",
    "Capture",
    "Count",
    "CountryCode",
    "CrawlConfig",
    "Document",
    "DocumentFilter",
    "Event",
    "EventMention",
    "FeedState",
    "Finding",
    "OutboxItem",
    "Quarantined",
    "Review",
    "SearchHit",
    "Signal",
    "SignalValue",
    "Snooze",
    "Source",
    "SourceHealth",
    "SourceKind",
    "Span",
    "Speaker",
    "UpsertResult",
    "document_id_for",
    "sha256_hex",
    "utc_now",
]


def utc_now() -> datetime:
    return datetime.now(UTC)


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def document_id_for(canonical_url: str) -> str:
    """Deterministic document id: first 32 hex digits of sha256(canonical URL)."""
    return sha256_hex(canonical_url)[:32]


def _check_country(code: str) -> str:
    code = code.upper()
    if pycountry.countries.get(alpha_3=code) is None and code != "XKX":  # Kosovo: user-assigned code
        raise ValueError(f"{code!r} is not an ISO 3166 alpha-3 country code (e.g. 'SDN', 'MMR')")
    return code


def _check_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime: Tocsin stores timezone-aware UTC times only")
    return value.astimezone(UTC)


CountryCode = Annotated[str, AfterValidator(_check_country)]
UtcDatetime = Annotated[datetime, AfterValidator(_check_utc)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- sources ---------------------------------------------------------------------------------


class SourceKind(StrEnum):
    NEWS = "news"
    OFFICIAL = "official"
    NGO = "ngo"
    SOCIAL = "social"


class CrawlConfig(_Frozen):
    """How to crawl a source that has no feed (used by ``ingest/crawl``)."""

    start_urls: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list, description="news sitemap URLs")
    listing_link_pattern: str | None = Field(None, description="regex of listing/pagination links to follow")
    article_url_pattern: str | None = Field(None, description="regex of article URLs to extract")
    max_pages: int = Field(200, ge=1)
    title_selector: str | None = None
    date_selector: str | None = None


class Source(_Frozen):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{1,63}$")
    name: str
    kind: SourceKind = SourceKind.NEWS
    languages: list[str] = Field(default_factory=list, description="ISO 639-1 codes")
    country_focus: list[CountryCode] = Field(default_factory=list)
    feeds: list[str] = Field(default_factory=list)
    pages: list[str] = Field(default_factory=list, description="article pages to fetch directly")
    poll_interval_minutes: int = Field(60, ge=1)
    crawl: CrawlConfig | None = None
    allow_private_addresses: bool = Field(
        False, description="allow loopback/private targets (tests, intranet sources); off by default"
    )
    enabled: bool = True
    illustrative: bool = Field(False, description="demo content written for the project, not real news")


class FeedState(_Frozen):
    """Conditional-GET state per feed URL."""

    source_id: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    polled_at: UtcDatetime | None = None


class SourceHealth(_Frozen):
    source_id: str
    last_success_at: UtcDatetime | None = None
    last_error_at: UtcDatetime | None = None
    last_error: str | None = None
    documents_total: int = 0
    items_last_24h: int = 0


# --- captures and documents -------------------------------------------------------------------


class Capture(_Frozen):
    """What was fetched, for chain of custody. ``id`` is the sha256 of the body."""

    id: str
    url: str
    fetched_at: UtcDatetime
    status_code: int
    headers: dict[str, str] = Field(default_factory=dict)
    size: int
    content: bytes | None = Field(None, description="raw body; None when only the digest is kept")


class Document(_Frozen):
    id: str = Field(description="document_id_for(canonical url)")
    source_id: str
    url: str
    canonical_url: str
    title: str = ""
    text: str = ""
    summary: str = ""
    language: str | None = None
    language_score: float | None = None
    published_at: UtcDatetime | None = None
    fetched_at: UtcDatetime
    content_hash: str = Field(description="sha256 of normalized title+text")
    capture_id: str | None = None
    cluster_id: str | None = None
    country_focus: list[CountryCode] = Field(default_factory=list)


class DocumentFilter(_Frozen):
    source_ids: list[str] | None = None
    languages: list[str] | None = None
    published_from: UtcDatetime | None = None
    published_to: UtcDatetime | None = None
    fetched_from: UtcDatetime | None = None
    fetched_to: UtcDatetime | None = None
    countries: list[str] | None = Field(None, description="match a document's country_focus")


class UpsertResult(_Frozen):
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = Field(0, description="skipped: same content hash as a stored document")
    inserted_ids: list[str] = Field(default_factory=list)


class SearchHit(_Frozen):
    document: Document
    score: float
    snippet: str


# --- analysis ---------------------------------------------------------------------------------


class Span(_Frozen):
    """Evidence: character offsets into the analysed text, ``nlp.analysis_text(document)``
    (title, blank line, body) for stored documents, or the text given to ``analyze-text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str
    text: str = ""
    score: float | None = None
    producer: str = Field("", description="rule or model (with version) that produced this span")
    document_id: str | None = Field(None, description="the document the offsets point into (set for stored analyses)")


class Speaker(_Frozen):
    name: str | None = None
    role: str = Field("unknown", description="head_of_state, minister, military, police, militia_leader, "
                      "cleric, journalist, politician, official, media, unknown")
    is_official: bool = False
    evidence: Span | None = None


class Finding(_Frozen):
    """One dehumanizing and/or eliminationist statement about a human group."""

    labels: list[str] = Field(description="'dehumanization' and/or 'eliminationist'")
    sentence: Span
    evidence: list[Span]
    target_groups: list[str] = Field(default_factory=list, description="normalized group names")
    categories: list[str] = Field(default_factory=list, description="metaphor categories, e.g. vermin")
    speaker: Speaker | None = None
    score: float = Field(ge=0.0, le=1.0)
    severity: float = Field(1.0, ge=0.0, description="weight for signals (eliminationist > metaphor)")
    versions: dict[str, str] = Field(default_factory=dict, description="lexicon/rules/model versions")


class Count(_Frozen):
    best: int | None = None
    low: int | None = None
    high: int | None = None


class EventMention(_Frozen):
    """A violence event as one document reports it."""

    type: str
    sub_type: str | None = None
    markers: list[str] = Field(default_factory=list, description="atrocity markers: mass_killing, identity_targeted")
    perpetrator: str | None = None
    victim_group: str | None = None
    fatalities: Count = Field(default_factory=Count)
    injured: Count = Field(default_factory=Count)
    abducted: Count = Field(default_factory=Count)
    displaced: Count = Field(default_factory=Count)
    country: CountryCode | None = None
    admin1: str | None = None
    place: str | None = None
    event_date: date | None = None
    evidence: Span
    score: float = Field(ge=0.0, le=1.0)
    versions: dict[str, str] = Field(default_factory=dict)


class Analysis(_Frozen):
    """The output of one analyzer (``dehumanization``, ``events``...) at one version on one document."""

    document_id: str
    analyzer: str
    version: str
    created_at: UtcDatetime = Field(default_factory=utc_now)
    language: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    events: list[EventMention] = Field(default_factory=list)
    countries: list[CountryCode] = Field(default_factory=list, description="countries the text is about")


class Event(_Frozen):
    """One incident, merged from every report of it."""

    id: str
    type: str
    sub_type: str | None = None
    markers: list[str] = Field(default_factory=list)
    perpetrator: str | None = None
    victim_group: str | None = None
    fatalities: Count = Field(default_factory=Count)
    injured: Count = Field(default_factory=Count)
    abducted: Count = Field(default_factory=Count)
    displaced: Count = Field(default_factory=Count)
    country: CountryCode | None = None
    admin1: str | None = None
    place: str | None = None
    event_date: date | None = None
    evidence: list[Span] = Field(default_factory=list)
    document_ids: list[str]
    version: str
    updated_at: UtcDatetime = Field(default_factory=utc_now)


# --- alerts -----------------------------------------------------------------------------------


class Signal(_Frozen):
    country: CountryCode
    day: date
    kind: str
    value: float
    document_ids: list[str] = Field(default_factory=list)
    version: str = ""


@dataclass(frozen=True, slots=True)
class SignalValue:
    """A signal value on the bulk path (``replace_signals``): ``Signal`` without validation cost, for
    10^5-10^6 values computed from our own validated records. ``day`` is ISO 8601."""

    country: str
    day: str
    kind: str
    value: float
    document_ids: tuple[str, ...] = ()
    version: str = ""


@dataclass(frozen=True)
class OutboxItem:
    """One notification of one alert on one channel (webhook, email), with its delivery state."""

    id: int
    alert_id: str
    channel: str
    idempotency_key: str
    payload: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    delivered_at: datetime | None = None
    dead_at: datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class Snooze:
    """No notifications for a country and kind (``*``: all kinds) until a time; audited."""

    country: str
    kind: str
    until: datetime
    actor: str
    reason: str
    at: datetime


class AlertStatus(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    ESCALATED = "escalated"
    DISMISSED = "dismissed"


class AuditEntry(_Frozen):
    alert_id: str
    at: UtcDatetime = Field(default_factory=utc_now)
    actor: str
    action: str
    from_status: AlertStatus | None = None
    to_status: AlertStatus | None = None
    reason: str = ""


class Alert(_Frozen):
    id: str
    country: CountryCode
    kind: str
    severity: str = Field(description="low | medium | high | critical")
    opened_at: UtcDatetime
    updated_at: UtcDatetime
    detector: str = Field(description="detector or immediate rule that fired")
    parameters: dict[str, Any] = Field(default_factory=dict)
    explanation: str
    observed: float | None = None
    expected: float | None = None
    score: float | None = None
    window_start: date | None = None
    window_end: date | None = None
    evidence_document_ids: list[str] = Field(min_length=1, description="no alert without evidence")
    status: AlertStatus = AlertStatus.NEW
    version: str = ""


class Review(_Frozen):
    id: str
    target_kind: str = Field(description="finding | event | alert | span")
    target_id: str
    verdict: str = Field(description="confirm | reject | correct")
    correction: dict[str, Any] = Field(default_factory=dict)
    reviewer: str
    at: UtcDatetime = Field(default_factory=utc_now)
    note: str = ""


class Quarantined(_Frozen):
    """A record a stage could not process, kept so nothing is silently lost."""

    stage: str
    ref: str = Field(description="URL, document id or other key of the failing item")
    error: str
    digest: str | None = None
    at: UtcDatetime = Field(default_factory=utc_now)
