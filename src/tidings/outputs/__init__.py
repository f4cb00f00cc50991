"""Ways to look at the store: exports, listings, timelines (and later briefs and the web UI)."""
