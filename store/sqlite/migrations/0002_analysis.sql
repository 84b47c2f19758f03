-- Analyses, merged events, signals, alerts with their audit trail, reviews.
CREATE TABLE analyses (
    document_id TEXT NOT NULL,
    analyzer TEXT NOT NULL,
    version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    n_findings INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (document_id, analyzer, version)
);
CREATE INDEX analyses_analyzer ON analyses(analyzer, version);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    country TEXT,
    event_date TEXT,
    type TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX events_country_date ON events(country, event_date);
CREATE TABLE signals (
    country TEXT NOT NULL,
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    value REAL NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (country, day, kind)
);
CREATE INDEX signals_kind ON signals(kind, day);
CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    severity TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX alerts_status ON alerts(status, updated_at);
CREATE TABLE alert_audit (
    id INTEGER PRIMARY KEY,
    alert_id TEXT NOT NULL,
    at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX alert_audit_alert ON alert_audit(alert_id);
CREATE TRIGGER alert_audit_no_update BEFORE UPDATE ON alert_audit BEGIN
    SELECT RAISE(ABORT, 'alert_audit is append-only');
END;
CREATE TRIGGER alert_audit_no_delete BEFORE DELETE ON alert_audit BEGIN
    SELECT RAISE(ABORT, 'alert_audit is append-only');
END;
CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    at TEXT NOT NULL,
    data TEXT NOT NULL
);
