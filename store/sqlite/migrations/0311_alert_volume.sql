-- Distinct stories per country and day, kept up to date by triggers on the fact index, so the volume
-- signal of three years is read from ~10^5 pre-aggregated rows instead of counting 10^6 document facts.
-- (Triggers avoid UPSERT and OR IGNORE: an outer statement's conflict policy would override them.)
CREATE TABLE alert_story_days (
    country TEXT NOT NULL,
    day TEXT NOT NULL,
    story TEXT NOT NULL,
    docs INTEGER NOT NULL,
    PRIMARY KEY (country, day, story)
) WITHOUT ROWID;
CREATE TABLE alert_volume (
    country TEXT NOT NULL,
    day TEXT NOT NULL,
    stories INTEGER NOT NULL,
    PRIMARY KEY (country, day)
) WITHOUT ROWID;
CREATE INDEX alert_volume_day ON alert_volume(day, country, stories);
INSERT INTO alert_story_days SELECT country, day, story, count(*) FROM alert_doc_facts GROUP BY country, day, story;
INSERT INTO alert_volume SELECT country, day, count(*) FROM alert_story_days GROUP BY country, day;
CREATE TRIGGER alert_story_days_fact_ai AFTER INSERT ON alert_doc_facts BEGIN
    UPDATE alert_story_days SET docs = docs + 1 WHERE country = new.country AND day = new.day AND story = new.story;
    INSERT INTO alert_story_days(country, day, story, docs) SELECT new.country, new.day, new.story, 1
        WHERE NOT EXISTS (SELECT 1 FROM alert_story_days WHERE country = new.country AND day = new.day AND story = new.story);
END;
CREATE TRIGGER alert_story_days_fact_ad AFTER DELETE ON alert_doc_facts BEGIN
    UPDATE alert_story_days SET docs = docs - 1 WHERE country = old.country AND day = old.day AND story = old.story;
    DELETE FROM alert_story_days WHERE country = old.country AND day = old.day AND story = old.story AND docs <= 0;
END;
CREATE TRIGGER alert_story_days_fact_au AFTER UPDATE ON alert_doc_facts BEGIN
    SELECT RAISE(ABORT, 'alert_doc_facts rows are deleted and re-inserted, never updated');
END;
CREATE TRIGGER alert_volume_story_ai AFTER INSERT ON alert_story_days BEGIN
    UPDATE alert_volume SET stories = stories + 1 WHERE country = new.country AND day = new.day;
    INSERT INTO alert_volume(country, day, stories) SELECT new.country, new.day, 1
        WHERE NOT EXISTS (SELECT 1 FROM alert_volume WHERE country = new.country AND day = new.day);
END;
CREATE TRIGGER alert_volume_story_ad AFTER DELETE ON alert_story_days BEGIN
    UPDATE alert_volume SET stories = stories - 1 WHERE country = old.country AND day = old.day;
    DELETE FROM alert_volume WHERE country = old.country AND day = old.day AND stories <= 0;
END;
