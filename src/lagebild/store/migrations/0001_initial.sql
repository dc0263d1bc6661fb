-- Articles with every fact found in them; each fact keeps its article id and character span.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,          -- ISO 8601 with offset, as given by the source
    published_utc TEXT,      -- the same instant in UTC, for range queries
    text TEXT NOT NULL,
    paragraphs TEXT NOT NULL,  -- JSON list of {start, end, kind}
    extraction TEXT NOT NULL,  -- JSON object in the export format (the scorer's per-article format)
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_utc);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    roles TEXT NOT NULL,     -- JSON list of role records
    mentions TEXT NOT NULL,  -- JSON list of spans
    UNIQUE (article_id, eid)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_entity TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue TEXT,
    channel TEXT,
    headline INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE timexes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT
);
CREATE INDEX timexes_article ON timexes(article_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    date TEXT,
    place TEXT,
    participants TEXT NOT NULL,  -- JSON list of names
    trigger TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    sentence_start INTEGER,
    sentence_end INTEGER,
    data TEXT NOT NULL           -- JSON: the full event record
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);

-- Inputs that could not be read, so a batch run reports them and nothing is lost silently.
CREATE TABLE ingest_errors (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

-- Full-text search over quotes and article texts; kept in step by triggers.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, coalesce(new.speaker, ''));
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, coalesce(old.speaker, ''));
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text);
END;
