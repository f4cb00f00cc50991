-- 0012 event place as printed: the place's name as the article prints it ("Gomel", "St Petersburg"),
-- beside the gazetteer's (place_name: "Homyel'", "Saint Petersburg"). NULL where no mention printed the
-- place (a capital or seat the coder placed the event at) and in rows coded before this migration
-- (the events coder's new version re-codes them on the next run). Numbered 0012 to stay clear of the
-- 0007..0010 other branches may add; migrations are applied by set.
ALTER TABLE event_mentions ADD COLUMN place_text VARCHAR; -- the place mention as printed in the article, NULL: none printed
ALTER TABLE events ADD COLUMN place_text VARCHAR; -- printed form of the place the event keeps (its mention's place_text)
