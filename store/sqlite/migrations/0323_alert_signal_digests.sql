-- A digest per day of the signals the alerts room computed and stored for it: a full recompute skips
-- days whose freshly computed signals have the same digest (nothing to compare or write). Any write to
-- a day's signals, by the alerts room or any other code, drops that day's digest, so a skipped day
-- is always one whose stored rows are exactly what was computed.
CREATE TABLE alert_signal_digests (
    day TEXT PRIMARY KEY,
    digest TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER alert_signal_digests_signals_ai AFTER INSERT ON signals BEGIN
    DELETE FROM alert_signal_digests WHERE day = new.day;
END;
CREATE TRIGGER alert_signal_digests_signals_au AFTER UPDATE ON signals BEGIN
    DELETE FROM alert_signal_digests WHERE day IN (old.day, new.day);
END;
CREATE TRIGGER alert_signal_digests_signals_ad AFTER DELETE ON signals BEGIN
    DELETE FROM alert_signal_digests WHERE day = old.day;
END;
