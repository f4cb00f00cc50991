-- 0001 core: articles as ingested, where they were found, rejected input, and the bookkeeping
-- that makes `tidings run` incremental.

-- One row per distinct article text. Cleaned text is what every later stage reads.
CREATE TABLE articles (
    article_id        VARCHAR PRIMARY KEY,   -- 'a' + 20 hex of sha256(normalised raw text): same text, same id
    external_id       VARCHAR,               -- id given by the input (manifest id, feed guid, WARC record id)
    url               VARCHAR,               -- canonical URL from metadata, manifest, feed or WARC target
    outlet            VARCHAR,               -- publisher name from metadata, else the URL's host
    title             VARCHAR,               -- headline from metadata or the text's header block
    author            VARCHAR,               -- byline from metadata or the header block
    published         VARCHAR,               -- ISO 8601 date or timestamp with offset, as found
    published_date    DATE,                  -- calendar date of `published` in its own offset (anchor for relative dates)
    published_source  VARCHAR NOT NULL,      -- where the date came from: metadata|manifest|dateline|feed|filename|url|file_mtime|unknown
    language          VARCHAR,               -- ISO 639-1 code detected with lingua (restricted set)
    raw_text          VARCHAR NOT NULL,      -- decoded input before cleaning (text or HTML)
    text              VARCHAR NOT NULL,      -- cleaned article body: furniture removed, every body sentence kept
    word_count        INTEGER NOT NULL,      -- words in `text`
    source_path       VARCHAR NOT NULL,      -- first file it was found in
    source_locator    VARCHAR,               -- where in that file: line N / item N / record N / archive member path
    ingested_at       TIMESTAMP NOT NULL,    -- when it was first stored (UTC)
    run_id            VARCHAR                -- the run that stored it (runs.run_id)
);

-- Every place an article was found: the same text in two files is one article, found twice.
CREATE TABLE article_sources (
    article_id      VARCHAR NOT NULL,              -- articles.article_id
    source_path     VARCHAR NOT NULL,              -- file it was found in
    source_locator  VARCHAR NOT NULL DEFAULT '',   -- line/item/record/member within the file ('' for a whole file)
    first_seen      TIMESTAMP NOT NULL,            -- when this occurrence was first read (UTC)
    PRIMARY KEY (article_id, source_path, source_locator)
);

-- Input files read whole, so a re-run skips files already ingested (same path, size and mtime).
CREATE TABLE source_files (
    source_path   VARCHAR PRIMARY KEY,   -- path as given or found by recursion (absolute)
    size          BIGINT NOT NULL,       -- bytes when read
    mtime_ns      BIGINT NOT NULL,       -- modification time when read (ns)
    sha256        VARCHAR,               -- content hash when read
    n_articles    INTEGER NOT NULL,      -- articles found in it (new or already known)
    n_rejects     INTEGER NOT NULL,      -- rejects recorded for it
    ingested_at   TIMESTAMP NOT NULL,    -- when it was read (UTC)
    run_id        VARCHAR                -- the run that read it
);

-- Input that could not become an article, with the reason. Good records of the same file are kept.
CREATE TABLE rejects (
    reject_id       VARCHAR PRIMARY KEY,          -- hash of (source_path, source_locator, reason): re-runs add nothing
    source_path     VARCHAR NOT NULL,             -- the file (or container) concerned
    source_locator  VARCHAR,                      -- line N / item N / record N / archive member, if not the whole file
    reason          VARCHAR NOT NULL,             -- what is wrong, in words a user can act on
    excerpt         VARCHAR,                      -- up to 200 printable characters of the offending input
    stage           VARCHAR NOT NULL DEFAULT 'ingest',  -- the stage that rejected it
    created_at      TIMESTAMP NOT NULL,           -- when it was recorded (UTC)
    run_id          VARCHAR                       -- the run that recorded it
);

-- Which stage processed which item at which version: `tidings run` does only what is new.
CREATE TABLE stage_state (
    stage          VARCHAR NOT NULL,     -- stage name (nlp, enrich, dedup, ...)
    item_id        VARCHAR NOT NULL,     -- the item processed (an article_id for article stages)
    version        VARCHAR NOT NULL,     -- the stage version that processed it; a new version re-processes
    processed_at   TIMESTAMP NOT NULL,   -- when (UTC)
    PRIMARY KEY (stage, item_id)
);

-- Per-item failures inside a stage: recorded, never a crashed run. Cleared when the item succeeds.
CREATE TABLE stage_errors (
    stage       VARCHAR NOT NULL,    -- stage name
    item_id     VARCHAR NOT NULL,    -- the item that failed
    version     VARCHAR NOT NULL,    -- stage version that failed on it
    error       VARCHAR NOT NULL,    -- exception type and message
    created_at  TIMESTAMP NOT NULL,  -- when (UTC)
    PRIMARY KEY (stage, item_id)
);

-- One row per `tidings run`/`demo` invocation, with its summary.
CREATE TABLE runs (
    run_id       VARCHAR PRIMARY KEY,   -- UTC timestamp + random suffix
    command      VARCHAR NOT NULL,      -- run | demo | api
    started_at   TIMESTAMP NOT NULL,    -- UTC
    finished_at  TIMESTAMP,             -- UTC; NULL if the run was killed
    summary      JSON                   -- counts per stage, as printed at the end of the run
);
