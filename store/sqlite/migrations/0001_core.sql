-- Core tables: sources, feed state, captures, documents with FTS5, quarantine.
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL
);
CREATE TABLE source_health (
    source_id TEXT PRIMARY KEY,
    last_success_at TEXT,
    last_error_at TEXT,
    last_error TEXT
);
CREATE TABLE feed_state (
    source_id TEXT NOT NULL,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    polled_at TEXT,
    PRIMARY KEY (source_id, url)
);
CREATE TABLE captures (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    status_code INTEGER NOT NULL,
    headers TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BLOB
);
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    summary TEXT NOT NULL,
    language TEXT,
    language_score REAL,
    published_at TEXT,
    fetched_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    capture_id TEXT,
    cluster_id TEXT,
    country_focus TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX documents_source ON documents(source_id);
CREATE INDEX documents_hash ON documents(content_hash);
CREATE INDEX documents_published ON documents(published_at);
CREATE INDEX documents_fetched ON documents(fetched_at);
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY,
    stage TEXT NOT NULL,
    ref TEXT NOT NULL,
    error TEXT NOT NULL,
    digest TEXT,
    at TEXT NOT NULL
);
