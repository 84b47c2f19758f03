"""Atom feed (RFC 4287) of alerts per watchlist, for any feed reader.

Entry ids are stable (``urn:tocsin:alert:<id>``) and ``updated`` follows the alert, so readers show
an updated alert once, not as a new item.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import datetime

from alerts.settings import Watchlist
from store import Alert

__all__ = ["atom_feed", "watchlist_alerts"]

ATOM = "http://www.w3.org/2005/Atom"


def watchlist_alerts(alerts: Sequence[Alert], watchlist: Watchlist) -> list[Alert]:
    return [a for a in alerts if (not watchlist.countries or a.country in watchlist.countries)
            and (not watchlist.kinds or a.kind in watchlist.kinds)]


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    el.text = text
    return el


def atom_feed(alerts: Sequence[Alert], watchlist: Watchlist, base_url: str, now: datetime) -> str:
    ET.register_namespace("", ATOM)
    base = base_url.rstrip("/")
    chosen = sorted(watchlist_alerts(alerts, watchlist), key=lambda a: a.updated_at, reverse=True)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", f"urn:tocsin:feed:{watchlist.name}")
    _text(feed, "title", f"Tocsin alerts: {watchlist.name}")
    _text(feed, "updated", (chosen[0].updated_at if chosen else now).isoformat())
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": f"{base}/feeds/{watchlist.name}.atom"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": f"{base}/alerts"})
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Tocsin")
    _text(feed, "generator", "Tocsin")
    for a in chosen:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"urn:tocsin:alert:{a.id}")
        _text(entry, "title", f"[{a.severity}] {a.kind} in {a.country} ({a.status.value})")
        _text(entry, "updated", a.updated_at.isoformat())
        _text(entry, "published", a.opened_at.isoformat())
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": f"{base}/alerts/{a.id}"})
        ET.SubElement(entry, f"{{{ATOM}}}category", {"term": a.kind})
        ET.SubElement(entry, f"{{{ATOM}}}category", {"term": a.country, "scheme": "urn:iso:std:iso:3166"})
        numbers = f" Observed {a.observed:g} vs expected {a.expected:g}." if a.observed is not None and \
            a.expected is not None else ""
        _text(entry, "summary", f"{a.explanation}{numbers} Window {a.window_start} to {a.window_end}. "
                                f"Detector {a.detector}. {len(a.evidence_document_ids)} evidence document(s).")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode")
