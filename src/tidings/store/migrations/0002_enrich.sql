-- 0002 nlp and enrich: the stored parse of each article and everything resolved on it (actors,
-- time expressions, places, topics). Every span keeps character offsets into articles.text.

-- One row per parsed article: the spaCy parse, so later stages never re-run the model.
CREATE TABLE nlp_docs (
    article_id    VARCHAR PRIMARY KEY,   -- articles.article_id
    model         VARCHAR NOT NULL,      -- spaCy model name and version that produced the parse
    docbin        BLOB,                  -- spaCy DocBin bytes (tokens, tags, parse, entities); NULL when skipped
    n_sentences   INTEGER NOT NULL,      -- sentences in the parse (0 when skipped)
    n_tokens      INTEGER NOT NULL,      -- tokens in the parse (0 when skipped)
    skipped       VARCHAR                -- why the article was not parsed (e.g. 'language fr'); NULL when parsed
);

-- Sentences of each parsed article, as spaCy split them.
CREATE TABLE sentences (
    article_id  VARCHAR NOT NULL,   -- articles.article_id
    idx         INTEGER NOT NULL,   -- sentence number in the article, from 0
    start_char  INTEGER NOT NULL,   -- offset of the first character in articles.text
    end_char    INTEGER NOT NULL,   -- offset just past the last character
    text        VARCHAR NOT NULL,   -- the sentence text
    PRIMARY KEY (article_id, idx)
);

-- Actor mentions: people, bodies, governments (metonyms too), countries, IGOs, collective references.
CREATE TABLE actor_mentions (
    article_id  VARCHAR NOT NULL,   -- articles.article_id
    idx         INTEGER NOT NULL,   -- mention number in the article, in text order
    sentence    INTEGER NOT NULL,   -- sentences.idx of the mention
    start_char  INTEGER NOT NULL,   -- offset in articles.text (titles and country words included: "Chinese President Xi Jinping")
    end_char    INTEGER NOT NULL,   -- offset just past the mention
    text        VARCHAR NOT NULL,   -- the mention as written
    actor_id    VARCHAR,            -- canonical actor (actors.actor_id); NULL when unresolved
    name        VARCHAR NOT NULL,   -- canonical name, or the surface name when unresolved
    country     VARCHAR,            -- ISO 3166 alpha-3 of the actor (from the KB or from context when unresolved)
    sector      VARCHAR,            -- PLOVER/CAMEO agent type: GOV, MIL, LEG, JUD, MED, BUS, IGO, CVL, ...
    role        VARCHAR,            -- office held on the article's date ("Secretary of State")
    kind        VARCHAR NOT NULL,   -- person | org | country | igo | group
    resolved    BOOLEAN NOT NULL,   -- true when actor_id is set
    PRIMARY KEY (article_id, idx)
);

-- Canonical actors that appear in at least one mention (unresolved names are not actors: two "Zhang Wei" may be two people).
CREATE TABLE actors (
    actor_id     VARCHAR PRIMARY KEY,   -- 'country:CHN', 'gov:USA', 'org:usa-state-department', 'igo:nato', 'person:xi-jinping'
    name         VARCHAR NOT NULL,      -- canonical name
    kind         VARCHAR NOT NULL,      -- person | org | country | igo
    country      VARCHAR,               -- ISO 3166 alpha-3 (NULL for IGOs)
    sector       VARCHAR,               -- default PLOVER/CAMEO agent type (a person's per-date sector is in actor_mentions)
    description  VARCHAR,               -- short description or note from the knowledge base
    source       VARCHAR                -- where the KB entry comes from (data file and its cited source)
);

-- Time expressions (tidings.timex), normalised against the article's publication date.
CREATE TABLE timexes (
    article_id  VARCHAR NOT NULL,   -- articles.article_id
    idx         INTEGER NOT NULL,   -- expression number in the article
    sentence    INTEGER,            -- sentences.idx containing the expression
    start_char  INTEGER NOT NULL,   -- offset in articles.text
    end_char    INTEGER NOT NULL,   -- offset just past the expression
    text        VARCHAR NOT NULL,   -- the expression as written
    kind        VARCHAR,            -- date | time | duration | set | ... (as tidings.timex defines)
    value       VARCHAR,            -- normalised value (ISO 8601 / TIMEX3 style)
    precision   VARCHAR,            -- day | month | year | ...
    anchor      VARCHAR,            -- what a relative expression was resolved against
    end_value   VARCHAR,            -- end of a range, if any
    mod         VARCHAR,            -- modifier (before, after, approx, ...)
    PRIMARY KEY (article_id, idx)
);

-- Places (tidings.places): geocoded location mentions.
CREATE TABLE places (
    article_id  VARCHAR NOT NULL,   -- articles.article_id
    idx         INTEGER NOT NULL,   -- place mention number in the article
    sentence    INTEGER,            -- sentences.idx of the mention
    start_char  INTEGER NOT NULL,   -- offset in articles.text
    end_char    INTEGER NOT NULL,   -- offset just past the mention
    text        VARCHAR NOT NULL,   -- the mention as written
    name        VARCHAR,            -- gazetteer name
    geonameid   BIGINT,             -- GeoNames id
    country     VARCHAR,            -- ISO 3166 alpha-3
    admin1      VARCHAR,            -- first-level administrative division
    lat         DOUBLE,             -- latitude (WGS84)
    lon         DOUBLE,             -- longitude (WGS84)
    feature     VARCHAR,            -- GeoNames feature class/code
    score       DOUBLE,             -- geocoder confidence
    PRIMARY KEY (article_id, idx)
);

-- Topic tags (tidings.topics) per sentence.
CREATE TABLE topic_tags (
    article_id  VARCHAR NOT NULL,   -- articles.article_id
    sentence    INTEGER NOT NULL,   -- sentences.idx tagged
    topic       VARCHAR NOT NULL,   -- topic key
    start_char  INTEGER,            -- offset of the matched words in articles.text
    end_char    INTEGER,            -- offset just past them
    matched     VARCHAR             -- the words that triggered the tag
);
