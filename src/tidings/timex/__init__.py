"""Time stage: find temporal expressions in an article and normalise them TIMEX3-style.

Pipeline: find spans (regex patterns in data/timex/patterns.yaml over a data lexicon, plus spaCy DATE/TIME
entities with a year that dateparser can read) -> classify (the pattern that matched) -> normalise in text
order against the publication date (DCT), the clause's tense choosing the direction of underspecified dates
and earlier dates anchoring "the day before".

Conventions other stages can rely on:
- a weekday in a past clause is the most recent one on or before the DCT (possibly the DCT itself); in a
  future clause ("will", "is due to", "plans to", "would" in reported speech, present-tense schedules such as
  "holds elections on Saturday") the first on or after it; "last/next Monday" strictly before/after.
- a month without a year: past -> most recent on or before the DCT month, future -> first on or after,
  "next March" -> next year's; a month in a list after a dated one takes the next occurrence after it.
- "the day before", "three days later", "the following week", "later that day" use the previous resolved
  date of a fitting grain in the text (anchor='previous'); without one they fall back to the DCT.
- durations stay durations (PT7H, P2D, PXY for "for years"); "in five years" is a date only in a future
  clause and not after "the first ... in"; "a year ago" has month precision, "two years ago" year precision.
- the text span includes a governing preposition ("on Monday", "since 2022"); `mod` carries what it implies.
- without a publication date, the latest day the text names in full (not in a "will"/"scheduled" clause)
  stands in for it, as a reader reads a story; with none, only DCT-independent expressions are kept.
- results stories: "a year ago/earlier" in a sentence with figures, once the story has named a quarter, is
  that quarter a year before; "the latest quarter", "the year-earlier period", "the quarter" are the quarter
  the story reports (its sentence's own, else the last completed one it named, else the last completed one);
  "the year-ago third quarter", "the 1988 quarter", "the same period last year", "last year's quarter" and the
  adjective "year-earlier" are that quarter in the year they name; "for the year", "the full/fiscal year" its year,
  "the year ended June 30" P1Y.
- "Tuesday last week", "Monday of this week" are that day of the week named; "on March 3 and 4" a two-day window;
  "from 10 p.m. to 6 a.m." one range, the end on the next day; "In the afternoon", "through the night" that part of
  the day the story has reached; "Hours later" that day, "a few days later"/"Days later" a stretch (PXD), not the
  future; a results comparison ("from a year earlier") is no anchor for a later "a year earlier".
- a clock time whose sentence names no day is on the last day its paragraph named ("On Tuesday the army shelled
  the town. The shelling began at 10 p.m."; a past clause also the paragraph before, not a report's "said
  Sunday"), else on publication's; a title-case programme name in quotes ("This
  Week," "60 Minutes") is no time; "a year" after an amount ("$2 million a year", "four flights a week") is a rate,
  no expression; results over more than a quarter ("For the nine months, net fell from $9 million a year earlier")
  compare with the year before (1988), not a quarter.
- "a decade ago" is the year ten years back (not the decade); halves are written in the next smaller unit
  ("5 1/2 hours" PT5H30M); "so far" is no time expression, nor is "soon" in "as soon as".
"""

from __future__ import annotations

from .calendar import resolve_date
from .driver import extract
from .types import Timex

__all__ = ["Timex", "extract", "resolve_date"]
