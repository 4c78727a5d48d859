-- Parley event store, schema version 1. Applied on every open; every statement is idempotent.
-- Statements are separated by a line holding only ';'-terminated SQL; comments start with '--'.

-- One row per ingest run: what it read, with which options, and the exact coding that produced its events.
CREATE TABLE IF NOT EXISTS ingest_runs (
  run_id          INTEGER PRIMARY KEY,
  kind            VARCHAR NOT NULL,      -- 'articles' (coded here), 'events' (coded events loaded), 'recode'
  started         TIMESTAMP NOT NULL,
  finished        TIMESTAMP,             -- NULL while running, or when the run was killed
  inputs          VARCHAR NOT NULL,
  options         VARCHAR NOT NULL,
  parley_version  VARCHAR NOT NULL,
  codebook_hash   VARCHAR NOT NULL,
  actors_hash     VARCHAR NOT NULL,
  articles_stored INTEGER NOT NULL DEFAULT 0,
  articles_failed INTEGER NOT NULL DEFAULT 0,
  articles_known  INTEGER NOT NULL DEFAULT 0  -- already in the store, skipped
);

-- Every input article, one row, copies included; also the ledger that makes ingest resumable.
CREATE TABLE IF NOT EXISTS articles (
  seq             BIGINT NOT NULL,       -- order of storage, so a recode re-merges in the same order
  id              VARCHAR PRIMARY KEY,
  title           VARCHAR NOT NULL,
  source          VARCHAR,
  url             VARCHAR,
  published       DATE,
  text            VARCHAR,               -- NULL for articles loaded as coded events: nothing to recode
  input           VARCHAR NOT NULL,      -- the file it came from
  status          VARCHAR NOT NULL,      -- 'coded' or 'failed'
  error           VARCHAR,               -- why coding failed
  duplicate_of    VARCHAR,               -- the earlier article this one republishes (near-duplicate text), or NULL
  similarity      DOUBLE,                -- estimated Jaccard similarity of their word 5-gram shingles
  run_id          INTEGER NOT NULL,      -- the run that stored it
  coded_run       INTEGER NOT NULL       -- the run whose coding its mentions hold (a recode moves it on)
);

-- Locality-sensitive hashing bands of each article's MinHash signature: articles sharing a band are candidates
-- for near-duplicates.
CREATE TABLE IF NOT EXISTS article_bands (
  band            SMALLINT NOT NULL,
  hash            BIGINT NOT NULL,
  article_id      VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS article_bands_lookup ON article_bands (hash);

CREATE TABLE IF NOT EXISTS article_signatures (
  article_id      VARCHAR PRIMARY KEY,
  minhash         BIGINT[] NOT NULL
);

-- Sentences, their text kept as evidence for the mentions that point at them.
CREATE TABLE IF NOT EXISTS sentences (
  article_id      VARCHAR NOT NULL,
  sentence_index  INTEGER NOT NULL,
  text            VARCHAR NOT NULL,
  PRIMARY KEY (article_id, sentence_index)
);

-- One row per deduplicated real-world event. The coded fields are those of its first mention.
CREATE TABLE IF NOT EXISTS events (
  event_id        VARCHAR PRIMARY KEY,   -- the id of its first mention
  merge_key       VARCHAR NOT NULL,      -- source and target country, CAMEO root, mode: see MergeRule
  any_target_key  VARCHAR NOT NULL,      -- the same with any target, for mentions that have none
  date            DATE,                  -- first day of the period for month or year precision
  date_text       VARCHAR,               -- as coded: YYYY-MM-DD, YYYY-MM or YYYY
  source_code     VARCHAR NOT NULL,
  source_country  VARCHAR,
  source_role     VARCHAR,
  source_text     VARCHAR NOT NULL,
  target_code     VARCHAR,
  target_country  VARCHAR,
  target_role     VARCHAR,
  target_text     VARCHAR,
  cameo           VARCHAR NOT NULL,
  cameo_root      VARCHAR NOT NULL,
  plover          VARCHAR,
  goldstein       DOUBLE NOT NULL,
  quad_class      TINYINT NOT NULL,
  negated         BOOLEAN NOT NULL,
  hypothetical    BOOLEAN NOT NULL,
  claimed_by_code VARCHAR,
  claimed_by_text VARCHAR,
  location_text   VARCHAR,
  location_country VARCHAR,
  lat             DOUBLE,
  lon             DOUBLE,
  num_mentions    INTEGER NOT NULL,
  num_sources     INTEGER NOT NULL,
  num_articles    INTEGER NOT NULL,
  first_article_id VARCHAR NOT NULL,
  first_sentence_index INTEGER NOT NULL,
  first_trigger_begin INTEGER NOT NULL,
  event_text      VARCHAR NOT NULL,      -- the first mention's sentence
  parley_version  VARCHAR NOT NULL,
  codebook_hash   VARCHAR NOT NULL,
  actors_hash     VARCHAR NOT NULL,
  run_id          INTEGER NOT NULL       -- the run that created it
);
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country, date);

-- One row per coded sentence-level event, linked to the event it was merged into.
CREATE TABLE IF NOT EXISTS mentions (
  mention_id      VARCHAR NOT NULL,      -- the coder's stable event id
  event_id        VARCHAR NOT NULL,
  article_id      VARCHAR NOT NULL,
  sentence_index  INTEGER NOT NULL,
  trigger_text    VARCHAR NOT NULL,
  trigger_begin   INTEGER NOT NULL,
  trigger_end     INTEGER NOT NULL,
  date_text       VARCHAR NOT NULL,
  source_text     VARCHAR NOT NULL,
  source_begin    INTEGER NOT NULL,
  source_end      INTEGER NOT NULL,
  source_code     VARCHAR NOT NULL,
  source_country  VARCHAR NOT NULL,
  source_role     VARCHAR NOT NULL,
  target_text     VARCHAR,
  target_begin    INTEGER,
  target_end      INTEGER,
  target_code     VARCHAR,
  target_country  VARCHAR,
  target_role     VARCHAR,
  cameo           VARCHAR NOT NULL,
  negated         BOOLEAN NOT NULL,
  hypothetical    BOOLEAN NOT NULL,
  claimed_by_text VARCHAR,
  claimed_by_begin INTEGER,
  claimed_by_end  INTEGER,
  claimed_by_code VARCHAR,
  claimed_by_country VARCHAR,
  claimed_by_role VARCHAR,
  location_text   VARCHAR,
  location_country VARCHAR,
  lat             DOUBLE,
  lon             DOUBLE,
  similarity      DOUBLE,                -- text similarity to the event it joined (NULL for the first mention)
  run_id          INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);

-- Every actor code in the mentions, as source or target, with the words that name it most often and its mentions.
CREATE OR REPLACE VIEW actors AS
  SELECT code, any_value(country) AS country, any_value(role) AS role, mode(text) AS name, count(*) AS num_mentions
  FROM (SELECT source_code AS code, nullif(source_country, '') AS country, nullif(source_role, '') AS role, source_text AS text FROM mentions
        UNION ALL
        SELECT target_code, nullif(target_country, ''), nullif(target_role, ''), target_text FROM mentions WHERE target_code IS NOT NULL)
  GROUP BY code;

-- Events as they stood before a recode replaced them, so `query diff --since RUN` can compare codings.
CREATE TABLE IF NOT EXISTS event_versions (
  replaced_by_run INTEGER NOT NULL,      -- the recode run that replaced them
  event_key       VARCHAR NOT NULL,      -- first article, sentence and trigger: stable across codings
  event_id        VARCHAR NOT NULL,
  created_run     INTEGER NOT NULL,
  date_text       VARCHAR,
  source_code     VARCHAR NOT NULL,
  target_code     VARCHAR,
  cameo           VARCHAR NOT NULL,
  plover          VARCHAR,
  event_text      VARCHAR NOT NULL
);
