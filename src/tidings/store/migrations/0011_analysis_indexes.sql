-- 0011 analysis indexes: keyed reads for the analyst outputs (tidings.analysis, issue 11).
-- A story's brief reads its articles by story id; every other lookup of the outputs goes by an id
-- that already has an index (event_links.event_id, event_mentions.mention_id, articles.article_id,
-- duplicates.article_id). Numbered 0011 after the issue so that it cannot clash with the 0006..0010
-- other branches add; migrations are applied by set, so the gap is harmless.
CREATE INDEX story_articles_story ON story_articles (story_id);
