-- Criminal or political violence: event mentions with the `criminal` marker (nlp/events/context.py)
-- are counted apart from political violence. Existing mention facts are re-derived on the next run.
ALTER TABLE alert_mention_facts ADD COLUMN criminal INTEGER NOT NULL DEFAULT 0;
INSERT INTO alert_dirty_docs(document_id)
    SELECT DISTINCT m.document_id FROM alert_mention_facts m
    WHERE NOT EXISTS (SELECT 1 FROM alert_dirty_docs d WHERE d.document_id = m.document_id);
