-- 0001 core: articles as ingested, their sources, rejected input, and the bookkeeping that makes
-- `tidings run` incremental (which stage processed which article at which version).

CREATE TABLE articles (
    article_id        VARCHAR PRIMARY KEY,   -- 'a' + 20 hex of sha256(normalised raw text): same text, same id
    external_id       VARCHAR,               -- id given by the input (manifest id, feed guid, WARC record id)
    url               VARCHAR,
    outlet            VARCHAR,               -- from metadata, else the URL's host
    title             VARCHAR,
    author            VARCHAR,
    published         VARCHAR,               -- ISO 8601 date or timestamp with offset, as found
    published_date    DATE,                  -- calendar date of `published` in its own offset (anchor for relative dates)
    published_source  VARCHAR NOT NULL,      -- metadata|manifest|dateline|feed|filename|file_mtime|unknown
    language          VARCHAR,               -- ISO 639-1
    raw_text          VARCHAR NOT NULL,      -- decoded input before cleaning (text or HTML)
    text              VARCHAR NOT NULL,      -- cleaned article body
    word_count        INTEGER NOT NULL,
    source_path       VARCHAR NOT NULL,      -- first file it was found in
    source_locator    VARCHAR,               -- line N / item N / record N / archive member
    ingested_at       TIMESTAMP NOT NULL,
    run_id            VARCHAR
);

-- Every place an article was found (the same text in two files is one article, found twice).
CREATE TABLE article_sources (
    article_id      VARCHAR NOT NULL,
    source_path     VARCHAR NOT NULL,
    source_locator  VARCHAR NOT NULL DEFAULT '',
    first_seen      TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, source_path, source_locator)
);

-- Input files seen, so a re-run skips files already ingested whole (same path, size, mtime).
CREATE TABLE source_files (
    source_path   VARCHAR PRIMARY KEY,
    size          BIGINT NOT NULL,
    mtime_ns      BIGINT NOT NULL,
    sha256        VARCHAR,
    n_articles    INTEGER NOT NULL,
    n_rejects     INTEGER NOT NULL,
    ingested_at   TIMESTAMP NOT NULL,
    run_id        VARCHAR
);

CREATE TABLE rejects (
    reject_id       VARCHAR PRIMARY KEY,     -- hash of (source_path, source_locator, reason): re-runs add nothing
    source_path     VARCHAR NOT NULL,
    source_locator  VARCHAR,
    reason          VARCHAR NOT NULL,
    excerpt         VARCHAR,
    stage           VARCHAR NOT NULL DEFAULT 'ingest',
    created_at      TIMESTAMP NOT NULL,
    run_id          VARCHAR
);

-- Which stage processed which item at which version: `tidings run` does only what is new.
CREATE TABLE stage_state (
    stage          VARCHAR NOT NULL,
    item_id        VARCHAR NOT NULL,
    version        VARCHAR NOT NULL,
    processed_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (stage, item_id)
);

-- Per-item failures inside a stage: recorded, never a crashed run.
CREATE TABLE stage_errors (
    stage       VARCHAR NOT NULL,
    item_id     VARCHAR NOT NULL,
    version     VARCHAR NOT NULL,
    error       VARCHAR NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (stage, item_id)
);

CREATE TABLE runs (
    run_id       VARCHAR PRIMARY KEY,
    command      VARCHAR NOT NULL,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    summary      JSON
);
