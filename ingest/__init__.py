"""ingest: sources, feed polling, fetching, extraction, language ID, URL canonicalization."""
