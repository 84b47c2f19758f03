"""Store errors. Every message names the cause and what to do.

    StoreError
    ├── SchemaError          the database schema is newer than this code, or a migration failed
    ├── StoreClosedError     the store was used after close()
    ├── BackendUnavailable   a backend (e.g. Elasticsearch) cannot be reached or configured
    └── RecordNotFound       an update named a record that does not exist
"""

from __future__ import annotations

__all__ = ["BackendUnavailable", "RecordNotFound", "SchemaError", "StoreClosedError", "StoreError"]


class StoreError(Exception):
    """Base class of store errors."""


class SchemaError(StoreError):
    pass


class StoreClosedError(StoreError):
    pass


class BackendUnavailable(StoreError):
    pass


class RecordNotFound(StoreError):
    pass
