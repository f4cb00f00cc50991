-- 0006 stage_state records what an item's result was made from, so a run re-does what is stale
-- (see Store.pending). Rows from before this migration have no fingerprint (what data made them
-- cannot be known) and are re-done once; their seq is their processed_at.
ALTER TABLE stage_state ADD COLUMN inputs VARCHAR; -- fingerprint of the data files the stage read (lexicons, actor lists, gazetteer, models); NULL: unknown, re-done
ALTER TABLE stage_state ADD COLUMN seq BIGINT; -- when, in order, the item was processed (increasing, microseconds): stale when a stage it depends on re-processed the item later
UPDATE stage_state SET seq = epoch_us(processed_at);
