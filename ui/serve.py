"""``python -m ui.serve run ui/app.py [streamlit options]``: Streamlit's own command line, with the
interface's one-time imports (``ui.warmup``) started in a background thread as the server starts,
so the first visitor's page load costs what every later cold load costs."""

from __future__ import annotations

import sys
import threading


def main() -> None:
    from ui.warmup import warm_up

    threading.Thread(target=warm_up, name="tocsin-ui-warm-up", daemon=True).start()
    from streamlit.web.cli import main as streamlit_main

    sys.argv = ["streamlit", *sys.argv[1:]]
    streamlit_main()


if __name__ == "__main__":
    main()
