"""Reading every hit of a query in pages: point in time + ``search_after`` where the server
has it (Elasticsearch ``_pit``, OpenSearch ``_search/point_in_time``), ``search_after`` on a
live index otherwise, so an export is never cut at ``index.max_result_window``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

__all__ = ["scan_hits"]

log = logging.getLogger(__name__)


def _open_pit(client: Any, index: str, opensearch: bool, keep_alive: str) -> str | None:
    try:
        if opensearch:
            found = client.perform_request("POST", f"/{index}/_search/point_in_time",
                                           params={"keep_alive": keep_alive}, headers={"accept": "application/json"})
        else:
            found = client.open_point_in_time(index=index, keep_alive=keep_alive)
    except Exception as exc:  # noqa: BLE001 - fall back to search_after without a PIT
        log.info("point in time unavailable on %s (%s); paging with search_after on the live index", index, exc)
        return None
    body = found.body if hasattr(found, "body") else found
    return body.get("pit_id") or body.get("id")


def _close_pit(client: Any, pit: str, opensearch: bool) -> None:
    try:
        if opensearch:
            client.perform_request("DELETE", "/_search/point_in_time", body={"pit_id": [pit]},
                                   headers={"accept": "application/json", "content-type": "application/json"})
        else:
            client.close_point_in_time(id=pit)
    except Exception as exc:  # noqa: BLE001 - it expires on its own after keep_alive
        log.debug("could not close point in time: %s", exc)


def scan_hits(client: Any, index: str, query: dict[str, Any], sort: list[Any], *, batch_size: int = 500,
              opensearch: bool = False, use_pit: bool = True, keep_alive: str = "2m",
              source: Any = True) -> Iterator[dict[str, Any]]:
    """Every hit of ``query`` in ``sort`` order (the sort must end with a unique field)."""
    pit = _open_pit(client, index, opensearch, keep_alive) if use_pit else None
    after: list[Any] | None = None
    try:
        while True:
            body: dict[str, Any] = {"query": query, "sort": sort, "size": batch_size, "_source": source}
            if after is not None:
                body["search_after"] = after
            if pit:
                body["pit"] = {"id": pit, "keep_alive": keep_alive}
                page = client.search(**body)
                pit = page.get("pit_id", pit)
            else:
                page = client.search(index=index, **body)
            hits = page["hits"]["hits"]
            yield from hits
            if len(hits) < batch_size:
                return
            after = hits[-1]["sort"]
    finally:
        if pit:
            _close_pit(client, pit, opensearch)
