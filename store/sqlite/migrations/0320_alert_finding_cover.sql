-- Finding signals aggregate (country, day, story, document, weight) over days: a covering index lets
-- SQLite read them from the index alone instead of looking up every finding row.
CREATE INDEX IF NOT EXISTS alert_finding_facts_cover
    ON alert_finding_facts(day, country, story, document_id, official, severity);
