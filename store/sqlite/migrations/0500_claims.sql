-- Work claims of analysis workers (store/claims.py): one live claim per task and document.
CREATE TABLE claims (
    task TEXT NOT NULL,
    document_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (task, document_id)
);
CREATE INDEX claims_worker ON claims(worker_id);
