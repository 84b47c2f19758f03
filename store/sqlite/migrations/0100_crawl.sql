-- Crawl room: near-duplicate cluster signatures (MinHash, embedding) kept so that new
-- documents can join existing clusters without recomputing old ones.
CREATE TABLE cluster_signatures (
    document_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    language TEXT,
    at TEXT NOT NULL,
    minhash BLOB,
    embedding BLOB,
    version TEXT NOT NULL
);
CREATE INDEX cluster_signatures_at ON cluster_signatures(at);
CREATE INDEX cluster_signatures_cluster ON cluster_signatures(cluster_id);
CREATE INDEX documents_unclustered ON documents(cluster_id) WHERE cluster_id IS NULL;
