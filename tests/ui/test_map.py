"""Country shapes from the shipped Natural Earth file: valid, keyed by ISO alpha-3, drawable by d3."""

from __future__ import annotations

import pandas as pd
from shapely.geometry import shape

from ui.map import country_shapes, risk_map_chart


def test_shapes_are_valid_clockwise_and_keyed_by_iso3():
    shapes = country_shapes()
    codes = {f["properties"]["iso3"] for f in shapes["features"]}
    assert {"SDN", "SSD", "MMR", "ETH", "COD", "FRA", "NOR", "PSE", "XKX", "UKR"} <= codes
    assert len(shapes["features"]) > 150
    for feature in shapes["features"]:
        geom = shape(feature["geometry"])
        assert geom.is_valid and geom.area > 0, feature["properties"]
        for poly in getattr(geom, "geoms", [geom]):
            assert not poly.exterior.is_ccw, f"{feature['properties']['iso3']}: d3 would fill the globe"


def test_chart_carries_risk_values_inline():
    chart = risk_map_chart(pd.DataFrame({"country": ["SDN"], "risk": [3.5]})).to_dict()
    values = chart["data"]["values"] if "data" in chart else chart["layer"][0]["data"]["values"]
    risks = {f["properties"]["iso3"]: f["properties"]["risk"] for f in values}
    assert risks["SDN"] == 3.5 and risks["MMR"] is None
    assert "url" not in str(chart.get("data", {})), "no remote data"
