-- 0005 article_sources keyed by (path, locator, article): the same columns and rows, the key reordered.
-- DuckDB keeps a primary-key index in memory for every key a write touches. Keyed by the random
-- article id first, every ingest batch touched the whole index (44 MB pinned per 300,000 rows);
-- keyed by path first, a walk in path order touches only its newest branch (2 MB). See
-- docs/decisions.md, "Ingest memory".
ALTER TABLE article_sources RENAME TO article_sources_0001;

-- Every place an article was found: the same text in two files is one article, found twice.
CREATE TABLE article_sources (
    article_id      VARCHAR NOT NULL,              -- articles.article_id
    source_path     VARCHAR NOT NULL,              -- file it was found in
    source_locator  VARCHAR NOT NULL DEFAULT '',   -- line/item/record/member within the file ('' for a whole file)
    first_seen      TIMESTAMP NOT NULL,            -- when this occurrence was first read (UTC)
    PRIMARY KEY (source_path, source_locator, article_id)
);

INSERT INTO article_sources
SELECT article_id, source_path, source_locator, first_seen FROM article_sources_0001
ORDER BY source_path, source_locator, article_id;

DROP TABLE article_sources_0001;
