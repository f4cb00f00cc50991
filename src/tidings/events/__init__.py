"""Event coding: PLOVER events with status, date, place and evidence, from enriched articles."""

from .coder import code_article, code_doc
from .lexicon import cameo_mapping, lexicon, map_event
from .model import CODER, PLOVER_TYPES, STATUSES, SYMMETRIC_TYPES, EventMention, EventPlace, Party

__all__ = [
    "code_article",
    "code_doc",
    "EventMention",
    "Party",
    "EventPlace",
    "CODER",
    "PLOVER_TYPES",
    "STATUSES",
    "SYMMETRIC_TYPES",
    "lexicon",
    "cameo_mapping",
    "map_event",
]
