-- Which articles cross-article resolution has folded in, so a store filled without the save hook
-- (or by an older lagebild) is caught up by resolve.catch_up instead of being resolved twice.
CREATE TABLE resolved_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);
INSERT INTO resolved_articles(article_id)
    SELECT DISTINCT article_id FROM actor_mentions
    UNION SELECT DISTINCT article_id FROM event_sources
    UNION SELECT DISTINCT article_id FROM quote_sources;
