"""Immediate rules (``[[alerts.rules]]``): one finding or one merged event is enough to alert.

Schema (``alerts.settings.RuleSpec``): ``name``, ``on`` (``finding`` | ``event``), ``kind``,
``severity`` and conditions, all of which must hold:

- on findings: ``labels_all`` (e.g. ``["eliminationist"]``), ``official`` (true/false), ``roles``
  (speaker role in list), ``min_score``, ``min_severity``;
- on events: ``event_types``, ``markers_all`` (e.g. ``["mass_killing"]``), ``min_fatalities``
  (best estimate), ``min_score``.

Merged events (``store.Event``) are used when any exist; otherwise event mentions of analyses.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from alerts.lifecycle import Firing
from alerts.settings import RuleSpec
from store import AlertingStore, Analysis, Finding

__all__ = ["evaluate_rules", "event_matches", "finding_matches"]


def finding_matches(rule: RuleSpec, f: Finding) -> bool:
    speaker = f.speaker
    if any(label not in f.labels for label in rule.labels_all):
        return False
    if rule.official is not None and bool(speaker and speaker.is_official) != rule.official:
        return False
    if rule.roles and (speaker is None or speaker.role not in rule.roles):
        return False
    return f.score >= rule.min_score and f.severity >= rule.min_severity


def event_matches(rule: RuleSpec, event_type: str, markers: Sequence[str], fatalities: int | None,
                  score: float | None = None) -> bool:
    if rule.event_types and event_type not in rule.event_types:
        return False
    if any(m not in markers for m in rule.markers_all):
        return False
    if rule.min_fatalities is not None and (fatalities or 0) < rule.min_fatalities:
        return False
    return score is None or score >= rule.min_score


def _latest(analyses: list[Analysis]) -> list[Analysis]:
    best: dict[str, Analysis] = {}
    for a in analyses:
        if a.analyzer not in best or a.created_at > best[a.analyzer].created_at:
            best[a.analyzer] = a
    return list(best.values())


def _params(rule: RuleSpec) -> dict[str, Any]:
    return rule.model_dump(mode="json", exclude_defaults=True)


def _finding_firings(store: AlertingStore, rules: list[RuleSpec], day_from: date, day_to: date) -> list[Firing]:
    grouped: dict[tuple[str, str, date], list[tuple[float, str, str]]] = {}
    for doc_id, country, day in store.findings_in_window(day_from, day_to):
        for analysis in _latest(store.get_analyses(doc_id)):
            for f in analysis.findings:
                for rule in rules:
                    if finding_matches(rule, f):
                        who = f"{f.speaker.name or 'unnamed'} ({f.speaker.role})" if f.speaker else "unattributed"
                        quote = f.sentence.text[:160]
                        grouped.setdefault((rule.name, country, date.fromisoformat(day)), []).append(
                            (f.score, doc_id, f"{'+'.join(f.labels)} by {who}, score {f.score:.2f}: \"{quote}\""))
    return _to_firings(grouped, {r.name: r for r in rules}, "finding(s)")


def _event_firings(store: AlertingStore, rules: list[RuleSpec], day_from: date, day_to: date) -> list[Firing]:
    grouped: dict[tuple[str, str, date], list[tuple[float, str, str]]] = {}
    if store.has_merged_events():
        candidates: list[tuple[str, str, list[str], int | None, None | float, list[str], date]] = []
        for e in store.list_events(day_from=day_from, day_to=day_to):
            if e.country and e.event_date:
                candidates.append((e.country, e.type, e.markers, e.fatalities.best, None, e.document_ids,
                                   e.event_date))
    else:
        candidates = _mention_candidates(store, day_from, day_to)
    for country, etype, markers, fatalities, score, doc_ids, day in candidates:
        for rule in rules:
            if event_matches(rule, etype, markers, fatalities, score):
                what = f"{etype} [{', '.join(markers)}], fatalities {fatalities if fatalities is not None else '?'}"
                for doc_id in doc_ids:
                    grouped.setdefault((rule.name, country, day), []).append((float(fatalities or 0), doc_id, what))
    return _to_firings(grouped, {r.name: r for r in rules}, "event(s)")


def _mention_candidates(store: AlertingStore, day_from: date, day_to: date) -> list:
    out = []
    seen: set[str] = set()
    for _key, country, day, _type, _fat, ids_json in store.mention_event_rows(day_from, day_to):
        for doc_id in json.loads(ids_json):
            if doc_id in seen:
                continue
            seen.add(doc_id)
            for analysis in _latest(store.get_analyses(doc_id)):
                for m in analysis.events:
                    out.append((m.country or country, m.type, m.markers, m.fatalities.best, m.score, [doc_id],
                                date.fromisoformat(day)))
    return out


def _to_firings(grouped: dict[tuple[str, str, date], list[tuple[float, str, str]]], rules: dict[str, RuleSpec],
                noun: str) -> list[Firing]:
    out = []
    for (name, country, day), hits in grouped.items():
        rule = rules[name]
        hits.sort(key=lambda h: -h[0])
        evidence = list(dict.fromkeys(doc for _, doc, _ in hits))
        explanation = (f"rule {name} ({rule.on}): {len(hits)} matching {noun} in {country} on {day}; strongest: "
                       f"{hits[0][2]}")
        out.append(Firing(country=country, kind=rule.kind, detector=f"rule:{name}", day=day, severity=rule.severity,
                          explanation=explanation, evidence=evidence, parameters=_params(rule),
                          observed=float(len(hits)), score=hits[0][0]))
    return out


def evaluate_rules(store: AlertingStore, rules: Sequence[RuleSpec], day_from: date, day_to: date) -> list[Firing]:
    finding_rules = [r for r in rules if r.on == "finding"]
    event_rules = [r for r in rules if r.on == "event"]
    out = _finding_firings(store, finding_rules, day_from, day_to) if finding_rules else []
    if event_rules:
        out += _event_firings(store, event_rules, day_from, day_to)
    return out
