"""geo: an offline gazetteer of countries, admin1 regions and conflict places, with ambiguity resolution."""

from nlp.geo.gazetteer import Gazetteer, PlaceCandidate, PlaceMention, ResolvedPlace, load_gazetteer

__all__ = ["Gazetteer", "PlaceCandidate", "PlaceMention", "ResolvedPlace", "load_gazetteer"]
