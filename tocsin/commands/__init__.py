"""CLI command modules, one per room; each exposes ``register(app)``."""
