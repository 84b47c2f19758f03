-- The interface: local user accounts (salted scrypt hashes only) and an append-only export log.
CREATE TABLE ui_users (
    username TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE ui_export_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TRIGGER ui_export_log_no_update BEFORE UPDATE ON ui_export_log BEGIN
    SELECT RAISE(ABORT, 'ui_export_log is append-only');
END;
