-- (Triggers avoid OR IGNORE: an outer UPSERT's conflict policy would override it.)
-- Alerting: a compact per-document index for signals (maintained incrementally through a dirty
-- queue fed by triggers), the notification outbox with dead letters, and snoozes.
CREATE TABLE alert_dirty_docs (
    document_id TEXT PRIMARY KEY
);
CREATE TRIGGER alert_dirty_analyses_ai AFTER INSERT ON analyses BEGIN
    INSERT INTO alert_dirty_docs(document_id) SELECT new.document_id WHERE NOT EXISTS (SELECT 1 FROM alert_dirty_docs WHERE document_id = new.document_id);
END;
CREATE TRIGGER alert_dirty_analyses_au AFTER UPDATE ON analyses BEGIN
    INSERT INTO alert_dirty_docs(document_id) SELECT new.document_id WHERE NOT EXISTS (SELECT 1 FROM alert_dirty_docs WHERE document_id = new.document_id);
END;
CREATE TRIGGER alert_dirty_documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO alert_dirty_docs(document_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM alert_dirty_docs WHERE document_id = new.id);
END;
CREATE TRIGGER alert_dirty_documents_au AFTER UPDATE OF cluster_id, published_at, country_focus ON documents BEGIN
    INSERT INTO alert_dirty_docs(document_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM alert_dirty_docs WHERE document_id = new.id);
END;
CREATE TABLE alert_doc_facts (
    document_id TEXT NOT NULL,
    country TEXT NOT NULL,
    day TEXT NOT NULL,
    story TEXT NOT NULL,
    PRIMARY KEY (document_id, country)
) WITHOUT ROWID;
CREATE INDEX alert_doc_facts_day ON alert_doc_facts(day, country, story);
CREATE TABLE alert_finding_facts (
    document_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    country TEXT NOT NULL,
    day TEXT NOT NULL,
    story TEXT NOT NULL,
    eliminationist INTEGER NOT NULL,
    official INTEGER NOT NULL,
    score REAL NOT NULL,
    severity REAL NOT NULL,
    PRIMARY KEY (document_id, idx, country)
) WITHOUT ROWID;
CREATE INDEX alert_finding_facts_day ON alert_finding_facts(day, country);
CREATE TABLE alert_mention_facts (
    document_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    country TEXT NOT NULL,
    day TEXT NOT NULL,
    story TEXT NOT NULL,
    type TEXT NOT NULL,
    fatalities INTEGER NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE INDEX alert_mention_facts_day ON alert_mention_facts(day, country);
CREATE TABLE alert_outbox (
    id INTEGER PRIMARY KEY,
    alert_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    delivered_at TEXT,
    dead_at TEXT,
    last_error TEXT,
    UNIQUE (alert_id, channel)
);
CREATE INDEX alert_outbox_pending ON alert_outbox(channel, delivered_at, dead_at, next_attempt_at);
CREATE TABLE alert_snoozes (
    id INTEGER PRIMARY KEY,
    country TEXT NOT NULL,
    kind TEXT NOT NULL,
    until TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX alert_snoozes_key ON alert_snoozes(country, kind, id);
CREATE TRIGGER alert_snoozes_no_update BEFORE UPDATE ON alert_snoozes BEGIN
    SELECT RAISE(ABORT, 'alert_snoozes is append-only: add a new snooze (until now) to lift one');
END;
CREATE TRIGGER alert_snoozes_no_delete BEFORE DELETE ON alert_snoozes BEGIN
    SELECT RAISE(ABORT, 'alert_snoozes is append-only: add a new snooze (until now) to lift one');
END;
