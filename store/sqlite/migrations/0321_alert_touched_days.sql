-- Days whose signals are stale: every day a re-derived document had facts on (before or after the
-- change), written in the same transaction as the facts and cleared once those days are recomputed,
-- so a run killed between the two recomputes them on the next run (a watermark per day).
CREATE TABLE alert_touched_days (
    day TEXT PRIMARY KEY
) WITHOUT ROWID;
