-- 0003 dedup and stories: copies of one report (exact, near, rewrite), the independent source
-- groups they form, and stories (articles reporting the same real-world happening).

-- One row per article processed by the dedup stage.
CREATE TABLE duplicates (
    article_id    VARCHAR PRIMARY KEY,   -- articles.article_id
    duplicate_of  VARCHAR,               -- canonical article of its source group (earliest published, then article_id); NULL for the canonical itself
    dup_kind      VARCHAR,               -- exact | near | rewrite (NULL for a canonical or lone article)
    similarity    DOUBLE,                -- the score that decided it: 1.0 exact, shingle containment for near, sentence alignment coverage for rewrite
    method        VARCHAR,               -- how it was found and verified (e.g. 'minhash-lsh+containment', 'minilm-align')
    source_group  VARCHAR NOT NULL       -- 'g' + canonical article_id: articles copying one another; a lone article is its own group
);

-- What dedup keeps per article so later batches compare against it without recomputation.
CREATE TABLE dedup_signatures (
    article_id      VARCHAR PRIMARY KEY,  -- articles.article_id
    exact_key       VARCHAR NOT NULL,     -- sha1 (20 hex) of the case/whitespace/punctuation-folded body paragraphs (furniture lines left out)
    published_date  DATE,                 -- copied from articles, for time-window blocking
    n_words         INTEGER NOT NULL,     -- words in the cleaned text
    n_anchors       INTEGER NOT NULL,     -- anchor shingles (hash = 0 mod 8) in the text
    minhash         BLOB NOT NULL,        -- 128 uint32 MinHash values of 5-word shingles (datasketch affine32, seed 1)
    embedding       BLOB,                 -- float16 (n_sentences x 384) MiniLM sentence embeddings, once computed (rewrite candidates only)
    n_sentences     INTEGER               -- rows in `embedding`
);

-- Blocking keys: LSH band keys (kind 1 near, kind 3 topic) and anchor shingles (kind 2).
CREATE TABLE dedup_keys (
    kind        TINYINT NOT NULL,   -- 1 near-LSH band, 2 anchor shingle, 3 topic-LSH band
    key         BIGINT NOT NULL,    -- band hash or shingle hash
    article_id  VARCHAR NOT NULL    -- articles.article_id
);

-- Verified copy links between two articles (the edges of the source groups).
CREATE TABLE dedup_links (
    article_id  VARCHAR NOT NULL,   -- the later article (published_date, then article_id)
    other_id    VARCHAR NOT NULL,   -- the earlier article it copies
    dup_kind    VARCHAR NOT NULL,   -- exact | near | rewrite
    similarity  DOUBLE NOT NULL,    -- score that decided the link
    method      VARCHAR NOT NULL,   -- detector that found it
    PRIMARY KEY (article_id, other_id)
);

-- Stories: articles reporting one real-world happening within a time window.
CREATE TABLE stories (
    story_id     VARCHAR PRIMARY KEY,  -- 's' + article_id of its earliest article (stored one first on a tie; changes only when an earlier article joins or stories merge)
    title        VARCHAR,              -- title of the original of its most copied source group (earliest on ties)
    first_seen   DATE,                 -- earliest published_date
    last_seen    DATE,                 -- latest published_date
    n_articles   INTEGER NOT NULL,     -- articles in the story (copies included)
    n_sources    INTEGER NOT NULL,     -- independent source groups among them
    main_actors  JSON,                 -- up to 5 [name, mentions] from actor_mentions, when the enrich stage ran
    main_places  JSON,                 -- up to 5 [name, mentions] from places, when the enrich stage ran
    updated_at   TIMESTAMP NOT NULL    -- when this row was last written (UTC)
);

-- Which story each article belongs to.
CREATE TABLE story_articles (
    article_id  VARCHAR PRIMARY KEY,   -- articles.article_id
    story_id    VARCHAR NOT NULL,      -- stories.story_id
    score       DOUBLE                 -- cosine of the article to the story centroid when it joined (1.0 for a story's first article)
);

-- Weighted terms of each article's title and lead, for story blocking (inverted index) and centroids.
CREATE TABLE story_terms (
    article_id      VARCHAR NOT NULL,  -- articles.article_id
    term            VARCHAR NOT NULL,  -- lower-cased content word or name
    weight          DOUBLE NOT NULL,   -- term frequency weight (title x3, lead x2, body x1)
    published_date  DATE               -- copied from articles, for time-window blocking
);

-- Per-article duplicate and story columns for exports and ad-hoc SQL.
CREATE VIEW article_dedup AS
SELECT a.article_id, d.duplicate_of, d.dup_kind, d.similarity AS dup_similarity, d.source_group, sa.story_id
FROM articles a
LEFT JOIN duplicates d USING (article_id)
LEFT JOIN story_articles sa USING (article_id);
