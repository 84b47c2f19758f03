"""The read layer of the interface: plain functions over a ``Store`` that return typed records or
DataFrames. The views call the cached wrappers in ``ui.cache``; the benchmark calls these directly.

Country profiles and trends read only the evidence behind the country's signals (each signal keeps
its contributing document ids), capped at ``max_docs``, so a view never scans the whole corpus.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd

from alerts import AlertsSettings, RiskIndex, risk_index, risk_indices
from store import Alert, AlertingStore, AlertStatus, Analysis, Document, Event, Store

__all__ = [
    "SEVERITY_RANK",
    "AlertFilter",
    "CountryProfile",
    "DocumentDetail",
    "alert_feed",
    "alert_kinds",
    "alert_table",
    "country_alerts",
    "country_events",
    "country_profile",
    "country_risk",
    "country_risk_index",
    "country_timeline",
    "document_detail",
    "filter_feed",
    "known_countries",
    "latest_signal_day",
    "risk_as_of",
    "signal_evidence",
    "source_table",
    "trends",
]

SEVERITY_RANK = {"critical": 4, "high": 3, "medium": 2, "low": 1}
OPEN_STATUSES = (AlertStatus.NEW, AlertStatus.ACKNOWLEDGED, AlertStatus.ESCALATED)
FINDING_KINDS = ("dehumanization", "dehumanization_official")


@dataclass(frozen=True)
class AlertFilter:
    countries: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = tuple(s.value for s in OPEN_STATUSES)
    day_from: date | None = None
    day_to: date | None = None


_ALERT_COLUMNS = ["id", "severity", "country", "kind", "status", "opened_at", "updated_at", "detector",
                  "explanation", "observed", "expected", "evidence"]


def alert_table(store: Store) -> pd.DataFrame:
    """Every alert as one feed row, in the store's order. Read once and shared (``ui.cache``) by the
    feed and its country and kind lists, so a cold feed parses each alert once, not three times."""
    rows = [[a.id, a.severity, a.country, a.kind, a.status.value, a.opened_at, a.updated_at, a.detector,
             a.explanation, a.observed, a.expected, len(a.evidence_document_ids)] for a in store.list_alerts()]
    return pd.DataFrame(rows, columns=_ALERT_COLUMNS)


def filter_feed(table: pd.DataFrame, flt: AlertFilter, limit: int = 500) -> pd.DataFrame:
    """The rows of ``alert_table`` matching ``flt``, most severe first, then most recent."""
    keep = pd.Series(True, index=table.index)
    if flt.statuses:
        keep &= table["status"].isin([AlertStatus(s).value for s in flt.statuses])
    if flt.countries:
        keep &= table["country"].isin(flt.countries)
    if flt.kinds:
        keep &= table["kind"].isin(flt.kinds)
    if (flt.day_from or flt.day_to) and not table.empty:
        days = table["opened_at"].map(lambda t: t.date())
        keep &= days.map(lambda d: (not flt.day_from or d >= flt.day_from) and (not flt.day_to or d <= flt.day_to))
    frame = table[keep]
    if frame.empty:
        return frame.reset_index(drop=True)
    frame = frame.assign(rank=frame["severity"].map(SEVERITY_RANK).fillna(0))
    frame = frame.sort_values(["rank", "opened_at"], ascending=[False, False]).drop(columns="rank")
    return frame.head(limit).reset_index(drop=True)


def alert_feed(store: Store, flt: AlertFilter, limit: int = 500) -> pd.DataFrame:
    """Alerts matching ``flt``, most severe first, then most recent."""
    return filter_feed(alert_table(store), flt, limit)


def alert_kinds(store: Store, table: pd.DataFrame | None = None) -> list[str]:
    """The kinds of alert in the store (from ``table`` when the caller has already read it)."""
    return sorted(set((alert_table(store) if table is None else table)["kind"]))


def known_countries(store: Store, table: pd.DataFrame | None = None) -> list[str]:
    """Countries that have signals or alerts, sorted (alerts from ``table`` when given)."""
    found = set((alert_table(store) if table is None else table)["country"])
    found.update(s.country for s in store.list_signals(kind="volume"))
    if not found:
        found.update(s.country for s in store.list_signals())
    return sorted(found)


def latest_signal_day(store: Store, country: str | None = None) -> date | None:
    days = [s.day for s in store.list_signals(country=country, kind="volume")]
    return max(days) if days else None


def country_timeline(store: Store, country: str, day_from: date, day_to: date) -> pd.DataFrame:
    """One row per (day, signal kind): value and how many documents contribute."""
    rows = [(s.day, s.kind, s.value, len(s.document_ids))
            for s in store.list_signals(country=country, day_from=day_from, day_to=day_to)]
    frame = pd.DataFrame(rows, columns=["day", "kind", "value", "documents"])
    frame["day"] = pd.to_datetime(frame["day"])
    return frame


def country_alerts(store: Store, country: str, day_from: date, day_to: date) -> pd.DataFrame:
    """Alert markers for a timeline: the alert's window end (or opening day), kind and severity."""
    rows = []
    for a in store.list_alerts(country=country):
        day = a.window_end or a.opened_at.date()
        if day_from <= day <= day_to:
            rows.append((day, a.kind, a.severity, a.status.value, a.id, a.explanation))
    frame = pd.DataFrame(rows, columns=["day", "kind", "severity", "status", "id", "explanation"])
    frame["day"] = pd.to_datetime(frame["day"])
    return frame


def country_events(store: Store, country: str, day_from: date, day_to: date) -> pd.DataFrame:
    rows = [(e.event_date, e.type, e.sub_type or "", e.fatalities.best, e.place or e.admin1 or "",
             len(e.document_ids), e.id, ",".join(e.markers))
            for e in store.list_events(country=country, day_from=day_from, day_to=day_to) if e.event_date]
    frame = pd.DataFrame(rows, columns=["day", "type", "sub_type", "fatalities", "place", "reports", "id",
                                        "markers"])
    frame["day"] = pd.to_datetime(frame["day"])
    return frame


def signal_evidence(store: Store, country: str, kind: str, day: date, limit: int = 50) -> list[Document]:
    """The documents behind one signal point (what a click on the timeline shows)."""
    signals = store.list_signals(country=country, kind=kind, day_from=day, day_to=day)
    ids = [i for s in signals for i in s.document_ids][:limit]
    return store.get_documents(ids)


def _evidence_ids(store: Store, country: str, day_from: date, day_to: date, max_docs: int) -> dict[str, date]:
    """Document id -> signal day for the finding signals of a country, newest first, capped."""
    out: dict[str, date] = {}
    signals = [s for kind in FINDING_KINDS
               for s in store.list_signals(country=country, kind=kind, day_from=day_from, day_to=day_to)]
    for s in sorted(signals, key=lambda s: s.day, reverse=True):
        for doc_id in s.document_ids:
            if len(out) >= max_docs:
                return out
            out.setdefault(doc_id, s.day)
    return out


def _analyses_for(store: Store, document_ids: list[str]) -> dict[str, list[Analysis]]:
    return {doc_id: store.get_analyses(doc_id) for doc_id in document_ids}


@dataclass(frozen=True)
class CountryProfile:
    speakers: pd.DataFrame
    targets: pd.DataFrame
    terms: pd.DataFrame
    categories: pd.DataFrame
    documents_read: int


def _top(counter: Counter[str], column: str, n: int = 15) -> pd.DataFrame:
    return pd.DataFrame(counter.most_common(n), columns=[column, "findings"])


def country_profile(store: Store, country: str, day_from: date, day_to: date, max_docs: int = 2000
                    ) -> CountryProfile:
    """Top speakers, target groups, terms and metaphor categories behind a country's signals."""
    ids = _evidence_ids(store, country, day_from, day_to, max_docs)
    speakers: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    terms: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    for analyses in _analyses_for(store, list(ids)).values():
        for finding in (f for a in analyses for f in a.findings):
            if finding.speaker and finding.speaker.name:
                speakers[f"{finding.speaker.name} ({finding.speaker.role})"] += 1
            targets.update(finding.target_groups)
            categories.update(finding.categories)
            terms.update(s.text.lower() for s in finding.evidence if s.text)
    return CountryProfile(_top(speakers, "speaker"), _top(targets, "target_group"), _top(terms, "term"),
                          _top(categories, "category"), len(ids))


def trends(store: Store, countries: list[str], day_from: date, day_to: date, dimension: str,
           max_docs: int = 2000) -> pd.DataFrame:
    """Weekly counts of target groups, metaphor categories or terms per country, with the share of
    that week's findings (comparable across countries whatever their news volume)."""
    if dimension not in ("target_group", "category", "term"):
        raise ValueError(f"unknown trend dimension {dimension!r}; use target_group, category or term")
    rows = []
    for country in countries:
        ids = _evidence_ids(store, country, day_from, day_to, max_docs)
        for doc_id, analyses in _analyses_for(store, list(ids)).items():
            week = ids[doc_id] - timedelta(days=ids[doc_id].weekday())
            for finding in (f for a in analyses for f in a.findings):
                values = (finding.target_groups if dimension == "target_group" else finding.categories
                          if dimension == "category" else [s.text.lower() for s in finding.evidence if s.text])
                rows.extend((country, week, v) for v in set(values))
                rows.append((country, week, None))
    frame = pd.DataFrame(rows, columns=["country", "week", "value"])
    totals = frame[frame["value"].isna()].groupby(["country", "week"]).size().rename("week_findings")
    counts = frame.dropna().groupby(["country", "week", "value"]).size().rename("findings").reset_index()
    counts = counts.join(totals, on=["country", "week"])
    counts["share"] = counts["findings"] / counts["week_findings"]
    counts["week"] = pd.to_datetime(counts["week"])
    return counts


def risk_as_of(store: Store) -> date | None:
    """The day the risk index is computed for: the latest day with indexed documents, else with signals."""
    span = store.fact_day_range() if isinstance(store, AlertingStore) else None
    return span[1] if span else latest_signal_day(store)


def country_risk(store: Store, settings: AlertsSettings, as_of: date | None = None) -> pd.DataFrame:
    """Risk per country for the map and its table: the alerts room's risk index (0-100, the numbers of
    ``tocsin alerts risk --day AS_OF``) with every component's points; where the store cannot compute
    it, the severity-weighted count of open alerts (critical 4, high 3, medium 2, low 1)."""
    as_of = as_of or risk_as_of(store)
    if isinstance(store, AlertingStore) and as_of is not None:
        risks = risk_indices(store, settings.risk, settings.signals, as_of)
        rows = [{"country": r.country, "risk": r.score, "measure": "risk_index", "day": as_of,
                 **{f"{c.name} (pts)": round(c.points, 2) for c in r.components}} for r in risks]
        return pd.DataFrame(rows, columns=["country", "risk", "measure", "day",
                                           *(f"{n} (pts)" for n in settings.risk.weights)])
    score: Counter[str] = Counter()
    for a in store.list_alerts(status=list(OPEN_STATUSES)):
        score[a.country] += SEVERITY_RANK.get(a.severity, 1)
    rows = [{"country": c, "risk": float(v), "measure": "open_alerts_weighted", "day": None} for c, v in score.items()]
    return pd.DataFrame(rows, columns=["country", "risk", "measure", "day"])


def country_risk_index(store: Store, settings: AlertsSettings, country: str, as_of: date | None = None
                       ) -> RiskIndex | None:
    """One country's risk index with its components (None where the store cannot compute it)."""
    as_of = as_of or risk_as_of(store)
    if not isinstance(store, AlertingStore) or as_of is None:
        return None
    return risk_index(store, settings.risk, settings.signals, country, as_of)


@dataclass(frozen=True)
class DocumentDetail:
    document: Document
    analyses: list[Analysis]
    source_name: str
    source_kind: str
    capture_fetched_at: str | None
    events: list[Event]
    alerts: list[Alert]


def document_detail(store: Store, document_id: str) -> DocumentDetail | None:
    doc = store.get_document(document_id)
    if doc is None:
        return None
    source = store.get_source(doc.source_id)
    capture = store.get_capture(doc.capture_id) if doc.capture_id else None
    countries = doc.country_focus or []
    events = [e for c in countries for e in store.list_events(country=c) if doc.id in e.document_ids]
    alerts = [a for c in countries for a in store.list_alerts(country=c) if doc.id in a.evidence_document_ids]
    return DocumentDetail(doc, store.get_analyses(doc.id), source.name if source else doc.source_id,
                          source.kind.value if source else "unknown",
                          capture.fetched_at.isoformat() if capture else None, events, alerts)


def source_table(store: Store, now: datetime) -> pd.DataFrame:
    """Health of every source from the crawl room's ``ingest.health.source_states``."""
    from ingest.health import source_states

    rows = [{"source": s.source_id, "name": s.name, "status": s.status.value, "silent": s.silent,
             "last_item_at": s.last_item_at, "last_success_at": s.last_success_at,
             "last_error_at": s.last_error_at, "last_error": s.last_error, "documents": s.documents_total,
             "items_per_day": round(s.items_per_day, 2), "explanation": s.explanation}
            for s in source_states(store, now)]
    return pd.DataFrame(rows)
