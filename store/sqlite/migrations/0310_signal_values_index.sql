-- Detectors and the risk index read (country, day, kind, value) of many signals at once: a covering
-- index lets SQLite answer from the index alone, without reading the JSON payload pages.
CREATE INDEX IF NOT EXISTS signals_kind_day_value ON signals(kind, day, country, value);
