"""Captures, documents and full-text search on SQLite."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence

from store.models import Capture, Document, DocumentFilter, SearchHit, UpsertResult
from store.sqlite.codec import from_ts, to_ts
from store.sqlite.connection import SqliteConnections

_DOC_COLUMNS = ("id, source_id, url, canonical_url, title, text, summary, language, language_score, "
                "published_at, fetched_at, content_hash, capture_id, cluster_id, country_focus")
_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def _doc_row(d: Document) -> tuple:
    return (d.id, d.source_id, d.url, d.canonical_url, d.title, d.text, d.summary, d.language,
            d.language_score, to_ts(d.published_at), to_ts(d.fetched_at), d.content_hash, d.capture_id,
            d.cluster_id, json.dumps(d.country_focus))


def _row_doc(r: sqlite3.Row | tuple) -> Document:
    return Document(id=r[0], source_id=r[1], url=r[2], canonical_url=r[3], title=r[4], text=r[5], summary=r[6],
                    language=r[7], language_score=r[8], published_at=from_ts(r[9]), fetched_at=from_ts(r[10]),
                    content_hash=r[11], capture_id=r[12], cluster_id=r[13], country_focus=json.loads(r[14]))


def _where(flt: DocumentFilter | None, alias: str = "") -> tuple[str, list]:
    if flt is None:
        return "", []
    p = f"{alias}." if alias else ""
    clauses: list[str] = []
    params: list = []
    for column, values in ((f"{p}source_id", flt.source_ids), (f"{p}language", flt.languages)):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    for column, op, value in ((f"{p}published_at", ">=", flt.published_from), (f"{p}published_at", "<", flt.published_to),
                              (f"{p}fetched_at", ">=", flt.fetched_from), (f"{p}fetched_at", "<", flt.fetched_to)):
        if value is not None:
            clauses.append(f"{column} {op} ?")
            params.append(to_ts(value))
    if flt.countries:
        clauses.append(f"EXISTS (SELECT 1 FROM json_each({p}country_focus) WHERE value IN "
                       f"({','.join('?' * len(flt.countries))}))")
        params.extend(flt.countries)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def fts_query(text: str) -> str:
    """Turn free text into a safe FTS5 query: every word must match (prefix on the last one)."""
    tokens = _FTS_TOKEN.findall(text)
    if not tokens:
        return ""
    quoted = [f'"{t}"' for t in tokens]
    quoted[-1] += "*"
    return " AND ".join(quoted)


class DocumentsMixin:
    db: SqliteConnections

    def put_capture(self, capture: Capture) -> bool:
        with self.db.write() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO captures(id, url, fetched_at, status_code, headers, size, content) "
                "VALUES (?,?,?,?,?,?,?)",
                (capture.id, capture.url, to_ts(capture.fetched_at), capture.status_code,
                 json.dumps(capture.headers), capture.size, capture.content))
            return cur.rowcount == 1

    def get_capture(self, capture_id: str) -> Capture | None:
        r = self.db.conn.execute("SELECT id, url, fetched_at, status_code, headers, size, content FROM captures "
                                 "WHERE id=?", (capture_id,)).fetchone()
        if r is None:
            return None
        return Capture(id=r[0], url=r[1], fetched_at=from_ts(r[2]), status_code=r[3], headers=json.loads(r[4]),
                       size=r[5], content=r[6])

    def upsert_documents(self, documents: Sequence[Document]) -> UpsertResult:
        """Insert new documents, update changed ones; a new URL with known content is a duplicate."""
        inserted: list[str] = []
        updated = unchanged = duplicates = 0
        with self.db.write() as conn:
            for doc in documents:
                row = conn.execute("SELECT content_hash FROM documents WHERE id=?", (doc.id,)).fetchone()
                if row is not None:
                    if row[0] == doc.content_hash:
                        unchanged += 1
                        continue
                    conn.execute(
                        "UPDATE documents SET title=?, text=?, summary=?, language=?, language_score=?, "
                        "published_at=coalesce(?, published_at), content_hash=?, capture_id=?, url=? WHERE id=?",
                        (doc.title, doc.text, doc.summary, doc.language, doc.language_score,
                         to_ts(doc.published_at), doc.content_hash, doc.capture_id, doc.url, doc.id))
                    updated += 1
                    continue
                if conn.execute("SELECT 1 FROM documents WHERE content_hash=? LIMIT 1",
                                (doc.content_hash,)).fetchone():
                    duplicates += 1
                    continue
                conn.execute(f"INSERT INTO documents({_DOC_COLUMNS}) VALUES ({','.join('?' * 15)})", _doc_row(doc))
                inserted.append(doc.id)
        return UpsertResult(inserted=len(inserted), updated=updated, unchanged=unchanged, duplicates=duplicates,
                            inserted_ids=inserted)

    def get_document(self, document_id: str) -> Document | None:
        r = self.db.conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id=?", (document_id,)).fetchone()
        return _row_doc(r) if r else None

    def get_documents(self, document_ids: Sequence[str]) -> list[Document]:
        found: dict[str, Document] = {}
        ids = list(dict.fromkeys(document_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self.db.conn.execute(
                    f"SELECT {_DOC_COLUMNS} FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                found[r[0]] = _row_doc(r)
        return [found[i] for i in ids if i in found]

    def find_by_content_hash(self, content_hash: str) -> str | None:
        r = self.db.conn.execute("SELECT id FROM documents WHERE content_hash=? LIMIT 1", (content_hash,)).fetchone()
        return r[0] if r else None

    def iter_documents(self, flt: DocumentFilter | None = None, batch_size: int = 500) -> Iterator[Document]:
        where, params = _where(flt)
        last = 0
        while True:
            sep = " AND " if where else " WHERE "
            rows = self.db.conn.execute(
                f"SELECT rowid, {_DOC_COLUMNS} FROM documents{where}{sep}rowid > ? ORDER BY rowid LIMIT ?",
                [*params, last, batch_size]).fetchall()
            if not rows:
                return
            for r in rows:
                yield _row_doc(tuple(r)[1:])
            last = rows[-1][0]

    def count_documents(self, flt: DocumentFilter | None = None) -> int:
        where, params = _where(flt)
        return int(self.db.conn.execute(f"SELECT count(*) FROM documents{where}", params).fetchone()[0])

    def count_documents_by_source(self) -> dict[str, int]:
        rows = self.db.conn.execute("SELECT source_id, count(*) FROM documents GROUP BY source_id").fetchall()
        return {r[0]: r[1] for r in rows}

    def search(self, query: str, flt: DocumentFilter | None = None, limit: int = 20) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        where, params = _where(flt, alias="d")
        extra = where.replace(" WHERE ", " AND ", 1)
        cols = ", ".join(f"d.{c.strip()}" for c in _DOC_COLUMNS.split(","))
        rows = self.db.conn.execute(
            f"SELECT {cols}, bm25(documents_fts) AS rank, "
            f"snippet(documents_fts, 1, '[', ']', ' … ', 16) FROM documents_fts "
            f"JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?{extra} "
            f"ORDER BY rank LIMIT ?", [match, *params, limit]).fetchall()
        return [SearchHit(document=_row_doc(tuple(r)[:15]), score=-float(r[15]), snippet=r[16]) for r in rows]

    def set_clusters(self, assignments: dict[str, str]) -> None:
        with self.db.write() as conn:
            conn.executemany("UPDATE documents SET cluster_id=? WHERE id=?",
                             [(c, d) for d, c in assignments.items()])
