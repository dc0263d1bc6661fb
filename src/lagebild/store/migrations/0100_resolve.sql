-- Cross-article resolution (lagebild.resolve): canonical actors, events and quotes, each linked to
-- the per-article rows that report them. Rebuilt from the per-article tables by resolve.rebuild.
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,          -- the fullest name seen
    type TEXT NOT NULL,
    surname_key TEXT NOT NULL,   -- transliteration-folded key of the surname (or whole name)
    given_key TEXT NOT NULL DEFAULT '',  -- folded given name; '' while only the surname is known
    suffix TEXT NOT NULL DEFAULT '',     -- "jr", "sr": a son is not his father
    mention_count INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX actors_surname ON actors(type, surname_key);

CREATE TABLE actor_names (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (actor_id, name)
);

-- One row per per-article entity; actor_id NULL marks a mention left unresolved on purpose
-- (a bare surname shared by several known people and no role to tell them apart).
CREATE TABLE actor_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    candidates TEXT,             -- JSON list of actor ids when unresolved
    PRIMARY KEY (article_id, eid)
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

CREATE TABLE actor_roles (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    role_key TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    published TEXT,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX actor_roles_actor ON actor_roles(actor_id);
CREATE INDEX actor_roles_key ON actor_roles(role_key);

CREATE TABLE story_events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    family TEXT NOT NULL,
    date TEXT,                   -- the date most sources give (happened reports preferred)
    anchor_day TEXT NOT NULL,    -- date, else the first report's publication day: for matching
    place TEXT,
    status TEXT NOT NULL,        -- from the latest report
    participants TEXT NOT NULL,  -- JSON list of actor ids
    first_reported TEXT,
    last_reported TEXT,
    source_count INTEGER NOT NULL DEFAULT 0,
    date_disputed INTEGER NOT NULL DEFAULT 0,
    place_disputed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_events_anchor ON story_events(family, anchor_day);
CREATE INDEX story_events_date ON story_events(anchor_day);

CREATE TABLE event_sources (
    story_event_id INTEGER NOT NULL REFERENCES story_events(id) ON DELETE CASCADE,
    event_row INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    published TEXT,
    status TEXT NOT NULL,
    date TEXT,
    place TEXT,
    PRIMARY KEY (story_event_id, event_row)
);
CREATE INDEX event_sources_article ON event_sources(article_id);

CREATE TABLE event_actors (
    story_event_id INTEGER NOT NULL REFERENCES story_events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (story_event_id, actor_id)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id, story_event_id);

CREATE TABLE story_quotes (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,          -- the wording of the earliest report
    norm TEXT NOT NULL,          -- folded wording, for exact matches
    speaker TEXT,
    actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    first_published TEXT,
    anchor_day TEXT NOT NULL,
    source_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_quotes_norm ON story_quotes(norm);
CREATE INDEX story_quotes_actor ON story_quotes(actor_id, anchor_day);
CREATE INDEX story_quotes_day ON story_quotes(anchor_day);

CREATE TABLE quote_sources (
    story_quote_id INTEGER NOT NULL REFERENCES story_quotes(id) ON DELETE CASCADE,
    quote_row INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (story_quote_id, quote_row)
);
CREATE INDEX quote_sources_row ON quote_sources(quote_row);
CREATE INDEX quote_sources_article ON quote_sources(article_id);
