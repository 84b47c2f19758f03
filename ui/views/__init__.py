"""Pages of the app, each run by ``st.navigation`` from ``ui/app.py``."""
