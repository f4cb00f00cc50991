-- 0004 events: PLOVER event mentions coded from sentences, and the events they merge into.

-- One event as one sentence of one article reports it (the coder's output, rewritten per article).
CREATE TABLE event_mentions (
    mention_id        VARCHAR PRIMARY KEY,   -- 'm' + sha1(article, trigger offset, type, implied, source country)
    article_id        VARCHAR NOT NULL,      -- articles.article_id
    sentence          INTEGER NOT NULL,      -- sentence index in the article
    start_char        INTEGER NOT NULL,      -- sentence start (char offset in articles.text)
    end_char          INTEGER NOT NULL,      -- sentence end (char offset)
    sentence_text     VARCHAR NOT NULL,      -- the evidence sentence
    trigger_text      VARCHAR NOT NULL,      -- the words that express the event ("met", "raised tariffs")
    trigger_start     INTEGER NOT NULL,      -- trigger start (char offset in articles.text)
    trigger_end       INTEGER NOT NULL,      -- trigger end (char offset)
    type              VARCHAR NOT NULL,      -- PLOVER event type (AGREE ... ASSAULT)
    mode              VARCHAR,               -- PLOVER mode (CONSULT: phone/video, visit, hosted visit, third-party meeting, summit, meeting)
    source_name       VARCHAR,               -- source actor: canonical name
    source_country    VARCHAR,               -- ISO 3166 alpha-3
    source_sector     VARCHAR,               -- government, military, business, ...
    source_role       VARCHAR,               -- role held on the article's date
    source_actor_id   VARCHAR,               -- actors.actor_id when resolved
    source_kind       VARCHAR,               -- person|org|country|igo|group
    target_name       VARCHAR,               -- target actor: canonical name (NULL: no target, PLOVER '*')
    target_country    VARCHAR,               -- ISO 3166 alpha-3 (or a CAMEO-style IGO code: EUR, UNO, NAT)
    target_sector     VARCHAR,               -- target sector (GOV, MIL, ...)
    target_role       VARCHAR,               -- target role on the article's date
    target_actor_id   VARCHAR,               -- actors.actor_id when resolved
    target_kind       VARCHAR,               -- person|org|country|igo|group
    status            VARCHAR NOT NULL,      -- occurred|ongoing|planned|proposed|negated|hypothetical
    date_value        VARCHAR,               -- TIMEX3 value of the event's own date (2023-06-19, 2022-11, FUTURE_REF)
    date_precision    VARCHAR,               -- day|week|month|quarter|year|vague
    date_from         DATE,                  -- first day the date covers
    date_to           DATE,                  -- last day the date covers
    date_source       VARCHAR,               -- timex|previous|published|implied: how the date was found
    place_name        VARCHAR,               -- place attached to the event predicate (not the dateline)
    place_country     VARCHAR,               -- ISO alpha-3
    place_admin1      VARCHAR,               -- first-level division (GeoNames admin1 code)
    place_lat         DOUBLE,                -- latitude (WGS84)
    place_lon         DOUBLE,                -- longitude (WGS84)
    place_geonameid   BIGINT,                -- GeoNames id
    issues            JSON,                  -- topics of the sentence
    background        BOOLEAN NOT NULL,      -- history recounted (date well before publication, past perfect, implied)
    attribution       JSON,                  -- who said it ({name, country, ...}) or NULL
    duration          VARCHAR,               -- duration the sentence gives the event (PT7H), used for conflicts
    implied           BOOLEAN NOT NULL,      -- implied by the text ("the first visit since 2016")
    confidence        DOUBLE NOT NULL,       -- 0..1, lower for fallbacks (context target, inherited date)
    cameo             VARCHAR,               -- CAMEO code from the mapping table
    goldstein         DOUBLE,                -- Goldstein scale from the mapping table
    quad_class        INTEGER,               -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    extra             JSON,                  -- coder notes: modality cue, request content
    coder             VARCHAR NOT NULL,      -- coder name/version ('plover-rules/1')
    created_at        TIMESTAMP NOT NULL     -- when it was coded (UTC)
);
CREATE INDEX event_mentions_article ON event_mentions (article_id);

-- One real-world event, merged from every mention of it across articles.
CREATE TABLE events (
    event_id          VARCHAR PRIMARY KEY,   -- 'e' + hash of the founding mention
    type              VARCHAR NOT NULL,    -- PLOVER event type (majority of its mentions)
    mode              VARCHAR,             -- PLOVER mode (most specific one its mentions give)
    source_name       VARCHAR,             -- source actor (from the most confident mention naming both sides)
    source_country    VARCHAR,             -- ISO 3166 alpha-3 (or IGO code)
    source_sector     VARCHAR,             -- source sector (GOV, MIL, ...)
    source_role       VARCHAR,             -- source role on the date
    source_actor_id   VARCHAR,             -- actors.actor_id when resolved
    target_name       VARCHAR,             -- target actor, NULL when none
    target_country    VARCHAR,             -- ISO 3166 alpha-3 (or IGO code)
    target_sector     VARCHAR,             -- target sector
    target_role       VARCHAR,             -- target role on the date
    target_actor_id   VARCHAR,             -- actors.actor_id when resolved
    status            VARCHAR NOT NULL,      -- as the latest reports give it
    status_history    JSON,                  -- [{published, status, article_id}] in report order
    date_value        VARCHAR,               -- best supported date (most precise value most sources agree on)
    date_precision    VARCHAR,             -- day|week|month|quarter|year|vague
    date_from         DATE,                -- first day the date covers
    date_to           DATE,                -- last day the date covers
    place_name        VARCHAR,             -- most reported place attached to the event
    place_country     VARCHAR,             -- ISO alpha-3
    place_admin1      VARCHAR,             -- first-level division
    place_lat         DOUBLE,              -- latitude
    place_lon         DOUBLE,              -- longitude
    place_geonameid   BIGINT,              -- GeoNames id
    issues            JSON,                -- union of its mentions' topics
    background        BOOLEAN NOT NULL,      -- every mention is background
    attribution       JSON,                -- who said it, from the first attributed mention
    confidence        DOUBLE NOT NULL,       -- highest mention confidence, raised by independent sources
    cameo             VARCHAR,             -- CAMEO code (data/events/plover_cameo.csv)
    goldstein         DOUBLE,              -- Goldstein scale of that CAMEO code
    quad_class        INTEGER,             -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    n_mentions        INTEGER NOT NULL,    -- mentions linked to it
    n_articles        INTEGER NOT NULL,    -- distinct articles reporting it
    n_sources         INTEGER NOT NULL,      -- independent source groups (duplicates.source_group)
    first_reported    DATE,                  -- earliest published_date among its articles
    conflicts         JSON,                  -- [{field, values: [{value, article_ids, outlets}]}]
    block_key         VARCHAR NOT NULL,      -- dyad + type group + month: the merge blocking key
    updated_at        TIMESTAMP NOT NULL   -- when it was last recomputed (UTC)
);

-- Which mentions an event merges.
CREATE TABLE event_links (
    event_id    VARCHAR NOT NULL,               -- events.event_id
    mention_id  VARCHAR NOT NULL PRIMARY KEY,  -- a mention belongs to one event
    score       DOUBLE                          -- how well it matched when it joined
);
CREATE INDEX event_links_event ON event_links (event_id);
