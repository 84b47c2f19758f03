"""Pay the interface's one-time costs before the first visitor does.

The first page a Streamlit server process renders imports pandas, altair, pyarrow, the store, the
alerts room and the views' modules, and loads pycountry's country table (every ``Alert`` and
``Signal`` validates its country code): about 1-2 CPU seconds that would land on the first user's
page load. ``warm_up()`` does it in the background as soon as the server starts (``python -m
ui.serve`` runs it in a thread, then Streamlit). Nothing here reads the store or the settings.
"""

from __future__ import annotations

import importlib
import logging
import time

__all__ = ["WARM_MODULES", "warm_up"]

log = logging.getLogger(__name__)

WARM_MODULES = ("pandas", "pyarrow", "altair", "pycountry", "store.sqlite", "alerts", "tocsin.settings",
                "ui.cache", "ui.queries", "ui.session", "ui.actions", "ui.highlight", "ui.map", "ui.review_queue",
                "ui.lexicons")


def warm_up() -> float:
    """Import what the views use and load pycountry's table; the seconds it took."""
    started = time.perf_counter()
    for name in WARM_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:  # a view that needs it will say so; the warm-up only saves time
            log.warning("warm-up could not import %s: %s", name, exc)
    import pycountry

    pycountry.countries.get(alpha_3="SDN")  # loads the ISO 3166 table once
    elapsed = time.perf_counter() - started
    log.info("interface warmed up in %.2f s", elapsed)
    return elapsed
