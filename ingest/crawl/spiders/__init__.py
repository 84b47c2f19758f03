"""Spiders of the Tocsin crawler: one generic spider driven by each source's ``crawl`` section."""
