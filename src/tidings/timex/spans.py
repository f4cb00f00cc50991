"""Finding candidate time expressions: regex atoms built from the lexicon, longest match wins.

The grammar is small on purpose: atoms (a weekday, "June 19, 2023", "seven hours", "last month"),
then the preposition or quantity modifier in front ("since", "by", "more than"), then ranges
("from 2021 to 2023", "between May and July") assembled from two atoms. Normalisation is separate.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from importlib import resources

import yaml

from .gate import gated, prefilter
from .lexicon import alt, lexicon

__all__ = ["Cand", "find_candidates"]


@dataclass(frozen=True)
class Cand:
    """One candidate span: which rule found it and the regex groups it captured."""

    start: int
    end: int
    rule: str
    groups: dict[str, str] = field(default_factory=dict)
    prep: str | None = None  # governing preposition/signal folded in ("since", "by", "earlier on")
    part: str | None = None  # "end"/"start"/"middle" from "the end of ..."
    qmod: str | None = None  # duration modifier ("more than")
    parts: tuple["Cand", ...] = ()  # sub-candidates of a range


def _macros() -> dict[str, str]:
    """Sub-patterns built from the lexicon, substituted for %NAME% in patterns.yaml."""
    L = lexicon()
    full = [m for m in L.months if not m.endswith(".")]
    abbr = [m[:-1] for m in L.months if m.endswith(".")]
    tens = alt(w for w, v in L.numbers.items() if v >= 20 and v % 10 == 0 and v < 100)
    ones = alt(w for w, v in L.numbers.items() if 1 <= v <= 9 and w not in ("a", "an"))
    words = alt(list(L.numbers) + list(L.vague_numbers))
    rel = [
        "last",
        "next",
        "this",
        "coming",
        "past",
        "the previous",
        "the following",
        "the coming",
        "the next",
        "the past",
        "the last",
        "the same",
        "the current",
        "earlier this",
        "later this",
        "so far this",
        "early this",
        "late this",
        "earlier in the",
        "later in the",
        "that",
        "earlier that",
        "later that",
        "this past",
    ]
    return {
        "M": rf"(?:{alt(full)}\b|{alt(abbr)}(?:\.|\b))",
        "WD": alt(w.capitalize() for w in L.weekdays),
        "WDLOW": alt(L.weekdays),
        # a cardinal; "5 1/2", "2½" and "two and a half" count halves ("5 1/2 hours", "two and a half years")
        "NUM": rf"(?:(?<![\d,./])\d+(?:\s+1/2|½)|(?i:(?:{tens}[\s-]+{ones}|{words})\s+and\s+a\s+half)"
        rf"|(?<![\d,.])\d{{1,3}}(?:,\d{{3}})+|(?<![\d,.])\d+(?:\.\d+)?|(?i:{tens}[\s-]+{ones})|(?i:{words}))",
        "U": alt(L.units),
        "DMODS": alt(L.duration_mods),
        "DAYP": rf"(?i:{alt(L.day_parts)})",
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)",
        "REL": rf"(?i:{alt(rel)})",
        "PART": r"(?i:early|mid|late)",
        "VAGUE": alt(L.vague),
        "HOLIDAYS": alt([*L.holidays, *L.floating_holidays]),
        "COUNT": alt(L.count_nouns),
        "TENS": tens,
        "ONES": ones,
    }


@functools.lru_cache(maxsize=1)
def _grammar() -> tuple[list[tuple[str, re.Pattern[str]]], dict[str, int]]:
    """Compiled candidate patterns (behind their start gates, see ``gate``) and their priorities, from
    data/timex/patterns.yaml."""
    raw = yaml.safe_load((resources.files("tidings") / "data" / "timex" / "patterns.yaml").read_text("utf-8"))
    macros = _macros()
    priority = {name: i for i, name in enumerate(raw.pop("priority"))}
    rules = []
    for name, pattern in raw.items():
        body = re.sub(r"%([A-Z]+)%", lambda m: macros[m[1]], pattern)
        rules.append((name, gated(re.compile(body, re.VERBOSE))))
    return rules, priority


def _rules() -> list[tuple[str, re.Pattern[str]]]:
    return _grammar()[0]


@functools.lru_cache(maxsize=1)
def _prefilters() -> list[re.Pattern[str] | None]:
    """Per rule, a search for words every match of it contains (see ``gate.prefilter``)."""
    return [prefilter(rx) for _, rx in _rules()]


@functools.lru_cache(maxsize=1)
def _count_noun() -> re.Pattern[str]:
    return re.compile(rf"\s+(?i:{alt(lexicon().count_nouns)})\b")


# "in the summer", "well into the winter": a preposition that makes "the <season>" a time
_SEASON_PREPS = frozenset({"in", "during", "by", "until", "since", "over", "through", "throughout", "into"})


# words that open a sentence before a month ("In May,", "Since May", "Early May"): never the first part of a name
_BEFORE_MONTH = frozenset(
    "in by since until till during early late mid from through last next this that of after before on "
    "and but or also then later earlier".split()
)


def _named_may(m: re.Match[str], text: str) -> bool:
    """ "the cargo ship Amina May 2 ... the Amina May then sailed home": "May" after a capitalised word that the text
    also writes without a number ("Amina May", "Theresa May") is part of a name, not the month."""
    if not m.group(0).startswith("May"):
        return False
    w = re.search(r"\b([A-Z][a-z]+) $", text[max(0, m.start() - 30) : m.start()])
    if w is None or w.group(1).lower() in _BEFORE_MONTH:
        return False  # "In May, the ministry banned ...": a sentence's first word is capitalised, not a name
    return re.search(r"\b" + re.escape(w.group(1)) + r" May\b(?!,?\s*\d)", text) is not None


def _quoted_title(m: re.Match[str], text: str) -> bool:
    """ABC's "This Week," CBS's "60 Minutes": a title-case phrase of two or more words that a quotation
    opens and closes (or that "With" continues) names a programme, not a time."""
    words = m.group(0).split()
    if len(words) < 2 or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if not re.search(r"(?:``|[\"“]|(?<![\w.,!?])'')$", text[max(0, m.start() - 2) : m.start()]):
        return False
    if not re.search(
        r"(?i)(?:['’]s?|\b(?:on|show|program|programme|series))\s*(?:``|[\"“]|'')$",
        text[max(0, m.start() - 14) : m.start()],
    ):
        return False  # the programme of a network ("ABC News' ", "CBS's ", "on "), not a quoted phrase
    return bool(re.match(r"[,.!?]?(?:''|[\"”])|\s+With\b", text[m.end() : m.end() + 6]))


def _after_quantity(before: str) -> bool:
    """Whether ``before`` ends in an amount ("$500 million", "40%", "358,000") or a counted plural ("four
    flights", "700 seats"): what a rate's "a year", "a week" is said of."""
    if re.search(
        r"(?i)(?:\d[\d,.]*\s*(?:%|percent|cents?|million|billion|thousand|hundred|dozen|trillion)?|"
        r"\b(?:million|billion|thousand|hundred|dozen|trillion))\s+$",
        before,
    ):
        return True
    m = re.search(r"(?i)\b([\w,.-]+)\s+[a-z]+s\s+$", before)
    return bool(m and (re.fullmatch(r"\d[\d,.]*", m[1]) or m[1].lower() in lexicon().numbers))


def _accept(name: str, m: re.Match[str], text: str) -> bool:
    """Filters that regexes cannot express: context for bare months, seasons and years."""
    L = lexicon()
    if _named_may(m, text):
        return False
    if _quoted_title(m, text):
        return False
    if name == "relday" and m["word"].lower() == "today" and not m["dp"]:
        era = re.match(r"(?:['’]s)?\s+([a-z]+)(?:\s+([a-z]+))?", text[m.end() : m.end() + 40])
        if re.search(r"['’]s$", m.group(0)) or re.match(r"['’]s", text[m.end() :]):
            if era and (era[1] in L.era_nouns or era[2] in L.era_nouns):
                return False  # "today's youth", "in today's world", "today's personal computers": nowadays
    before = text[max(0, m.start() - 30) : m.start()]
    prev = re.findall(r"[\w'-]+", before)
    prev_w = prev[-1].lower() if prev else ""
    after = text[m.end() : m.end() + 25]
    if (
        name == "weekdays"
        and m["dps"]
        and re.search(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|or)\s+$", before)
    ):
        # "clashes on Saturday and Sunday nights" are two nights of one story, not a schedule: the plural is
        # the pair's, so each weekday stays a date ("Tuesday nights" alone recurs)
        return False
    if name == "nth_day":
        # "It's the second day of an offensive", "today is the eighth day of the blockade": a present copula
        # says the day is the story's own; "was the third day of", "on the first day of" leave it unnamed
        return bool(re.search(r"(?i)\b(?:it|today|this)\s*(?:['’]s|\s+is|\s+marks)\s+(?:now\s+)?$", before))
    if name == "month":
        if re.fullmatch(r"[A-Z][a-z]{2,3}", m["mon"]) and m["mon"] not in ("June", "July", "May"):
            return False  # an undotted abbreviation alone is more often a name ("Jan Egeland")
        if m["rel"] or m["part"]:
            return True
        if prev_w in ("the", "its", "their", "his", "her", "this", "last", "a", "an") and re.match(
            r"\s+(?!(?:of|for|to|on|against|through|across)\b)[a-z][a-z-]+\b", after
        ):  # not "the March of the Mothers", "a March for Peace": a procession's name
            return True  # "after the August announcement", "under a June agreement": a month naming a happening
        return prev_w in L.month_context or before.rstrip().endswith(("-", "–"))
    if name == "season":
        if m["year"] or (m["rel"] and m["rel"].lower() != "the"):
            return True
        if m["season"].lower() == "fall" and not re.match(r"\s+(?:of\s+)?\d", after):
            return (
                bool(m["rel"])
                and prev_w in ("in", "the", "this", "by", "until", "since")
                and not re.match(r"\s+of\b", after)
            )
        return bool(m["rel"]) and prev_w in _SEASON_PREPS
    if (
        name == "decade"
        and m["wdec"]
        and re.search(
            r"(?i)temperature|degree|thermometer|\b(?:highs?|lows?|aged?|ages)\b",
            text[max(0, m.start() - 80) : m.start()],
        )
    ):
        return False  # "temperatures in the fifties", "people aged in their forties": no decade
    if name == "spelled_year" and not m["k"] and _count_noun().match(after):
        return False  # "nineteen fifty people", "twenty thirty troops": a count
    if name in ("year", "year_range"):
        y = int(m["year"])
        if re.search(r"(?:©|\(c\)|(?i:copyright))\s*$", before):
            return False
        if y < 1800 and prev_w not in ("in", "since", "of", "from", "until", "by"):
            return False
        if _count_noun().match(after):  # "2000 troops": a count, not a year
            return False
        if name == "year_range" and m["year2"] and len(m["year2"]) == 2 and int(m["year2"]) <= int(m["year"][2:]):
            return False
        return True
    if name == "quarter" and m["qh"].lower() == "half":
        return bool(m["year"] or m["rel"])
    if name == "noon" and prev_w == "high":
        return False  # "high noon", the film "High Noon": a showdown, not midday
    if name in ("time", "time24", "clock") and re.search(
        r"(?i)(?:\d|[ap]\.?m\.?|GMT|UTC|[A-Z]{2}T|local\s+time)\s*\(\s*$", before
    ):
        return False  # "at 10:35 a.m. (0735 GMT)": the same moment restated in another zone, not a second time
    if name == "clock":
        return not re.match(r"\s*[-–]\s*\d", after) and prev_w not in ("score", "ratio", "odds")
    if name == "duration":
        num = (m["num"] or "").lower()
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", num):
            return False
        if (
            num in ("a", "an", "one")
            and not m["lead"]
            and not m["qmod"]
            and prev_w in ("the", "this", "that", "a", "every", "each", "per", "last", "next")
        ):
            return False
        if re.match(r"\s*[-–]?\s*old\b", after):
            return False
        if num in ("a", "an") and not m["lead"] and not m["qmod"] and _after_quantity(before):
            return False  # "$2 million a year", "four flights a week", "24 hours a day": a rate, no time of its own
        unit = m["unit"].lower()
        if num in ("a", "an", "one") and m.group(0).rstrip().lower().endswith(unit + "s"):
            return False  # "a decades-long dispute": the article belongs to the noun, "decades" is no count of one
        if unit.startswith("second") and num in ("a", "an", "one"):
            return False  # "a second round": an ordinal, not a duration
        if unit.startswith("quarter") and re.match(r"\s+of\b", after) and num not in L.vague_numbers:
            return False  # "three-quarters of the vote": a fraction ("several quarters of growth" is a time)
        return True
    if name == "set" and m["adv"] and not m["adv"].lower().startswith("every") and _after_quantity(before):
        return False  # "to rise 8.5% annually", "10,000 units annually", "$2 million yearly": a rate, as "a year" is
    if (
        name == "set"
        and m["adv"]
        and re.match(r"\s+[a-z]", after)
        and not re.match(
            r"\s+(?:since|in|on|at|for|and|or|until|from|to|by|during|over|through|across|around|with|outside|"
            r"inside|near|along|into|onto|under|between|against|among|throughout|within|before|after|across)\b",
            after,
        )
    ):
        return False  # "our daily briefing": an adjective, not a recurrence ("gather daily outside" is one)
    if name == "vague" and m["phrase"].lower().endswith("future") and re.match(r"\s+of\b", after):
        return False  # "the future of the alliance": what becomes of something, not a time
    if name == "vague" and m["phrase"].lower() in ("soon", "shortly"):
        # "as soon as Tuesday", "as soon as he arrives", "soon after the vote": a conjunction or a relation
        # to another time, not a time ("as soon as possible" is one)
        if prev_w == "as" and not re.match(r"\s+as\s+possible\b", after):
            return False
        return not re.match(r"\s+(?:after|afterwards?|thereafter|before)\b", after)
    if name == "bare_plural":
        if re.match(r"-long\b", after):
            return True  # "a decades-long dispute", "the weeks-long standoff": an unspecified duration
        # "weeks of pressure", "will take months": an unspecified duration; "the years of war" is not one
        if not (
            re.match(r"\s+of\b", after)
            or prev_w
            in ("take", "takes", "took", "taken", "taking", "spent", "spend", "spends", "lasted", "last", "lasts")
        ):
            return False
        return prev_w not in (
            "the",
            "these",
            "those",
            "recent",
            "past",
            "coming",
            "next",
            "last",
            "early",
            "final",
            "first",
            "later",
            "earlier",
            "many",
            "several",
            "few",
            "some",
            "of",
            "for",
            "over",
        )
    if name == "the_year":
        # "for the year", "sales for the full year", "the fiscal year ended June 30": a results period; not
        # "the year before", "the year two thousand", "the year's biggest", "the year the war began"
        if re.match(r"\s+(?:ended|ending)\b", after):
            return True
        if not m["adj"] and prev_w not in ("for", "of", "during", "throughout"):
            return False
        return not re.match(r"\s+(?i:before|after|earlier|later|ago|two|when|in\s+which|that|since|of|to)\b", after)
    if name == "bare_unit":
        return re.search(r"(?i:\b(?:beginning|start|end|middle|close|turn)\s+of\s+(?:the\s+)?)$", before) is not None
    return True


_PART_OF_RULES = {
    "relunit",
    "the_year",
    "month",
    "month_year",
    "year",
    "decade",
    "weekday",
    "mdy",
    "dmy",
    "quarter",
    "season",
    "yearend",
    "century",
    "bare_unit",
}
_PART_OF = re.compile(
    r"(?i:\b(?:the\s+)?(beginning|start|end|middle|close|turn|first\s+half|second\s+half|last\s+half|week)"
    r"\s+of\s+(?:the\s+)?)$"
)
# prepositions that say nothing about a duration's value ("after six hours of talks") stay out of its span
_NOT_DURATION_PREPS = {
    "at",
    "on",
    "during",
    "through",
    "throughout",
    "beginning",
    "starting",
    "after",
    "before",
    "by",
    "until",
    "till",
    "from",
    "as of",
    "starting on",
    "starting in",
    "no later than",
    "since",
}


# How far before a candidate a folded-in prefix may start ("no later than", "the end of the"): the
# prefix patterns are searched in this window (ending at the candidate), not in all the text before it.
_HEAD = 200


@functools.lru_cache(maxsize=1)
def _prefix_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Part-of ("early", "late"), quantity-modifier and preposition patterns, anchored at the window's end."""
    L = lexicon()
    return (
        re.compile(r"(?i:\b(early|late|mid)(?:\s+|-))$"),
        re.compile(rf"(?i:\b({alt(L.duration_mods)})\s+)$"),
        re.compile(rf"(?i:\b({alt(L.date_preps)})\s+)$"),
    )


def _extend(c: Cand, text: str) -> Cand:
    """Fold a preposition, a part-of ("the end of") and a quantity modifier in front into the span."""
    part_rx, qmod_rx, prep_rx = _prefix_patterns()
    start = c.start
    part = c.part
    qmod = c.qmod
    if c.rule in _PART_OF_RULES:
        if pm := _PART_OF.search(text, max(0, start - _HEAD), start):
            part = re.sub(r"\s+", " ", pm[1].lower())
            start = pm.start()
        elif not part and (pm := part_rx.search(text, max(0, start - _HEAD), start)):
            part = pm[1].lower()  # "late last year", "early Monday", "mid-next year"
            start = pm.start()
    if c.rule in ("duration", "vague_units") and not c.groups.get("qmod"):
        if qm := qmod_rx.search(text, max(0, start - _HEAD), start):
            qmod = qm[1].lower()
            start = qm.start()
    prep = None
    if c.rule not in ("vague",) and not c.groups.get("lead"):
        if pm := prep_rx.search(text, max(0, start - _HEAD), start):
            word = re.sub(r"\s+", " ", pm[1].lower())
            if not (c.rule == "duration" and word in _NOT_DURATION_PREPS):
                prep = word
                start = pm.start()
    return replace(c, start=start, prep=prep, part=part, qmod=qmod)


def _next_days(a: Cand, b: Cand) -> bool:
    """ "on Monday and Tuesday": two days in a row are one two-day window (not two dates, not the week)."""
    if a.rule != "weekday" or b.rule != "weekday" or (a.prep or "").lower() not in ("", "on"):
        return False
    ga, gb = a.groups, b.groups
    if ga.get("rel") or gb.get("rel") or ga.get("dp") or gb.get("dp"):
        return False
    wd = lexicon().weekdays
    return (wd[ga["wd"].lower()] + 1) % 7 == wd[gb["wd"].lower()]


def _ranges(cands: list[Cand], text: str) -> list[Cand]:
    """Join "from A to B" / "between A and B" / "A to B" into one range candidate."""
    out: list[Cand] = []
    i = 0
    dateish = {
        "iso",
        "mdy",
        "dmy",
        "month_year",
        "month",
        "year",
        "weekday",
        "quarter",
        "qcode",
        "decade",
        "season",
        "relunit",
        "time",
        "clock",
    }
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands) and a.rule in dateish and cands[i + 1].rule in dateish:
            b = cands[i + 1]
            conn = text[a.end : b.start].strip().lower()
            a_prep, b_prep = (a.prep or "").lower(), (b.prep or "").lower()
            if not conn and b_prep in ("until", "till", "through"):
                conn = b_prep
            join = (
                (a_prep == "from" and conn in ("to", "until", "till", "through", "-", "–", "and"))
                or (a_prep == "between" and conn == "and")
                or (a_prep in ("", "in", "during", "for", "over") and a.rule == b.rule and conn in ("-", "–"))
                or (conn == "and" and not b_prep and _next_days(a, b))
            )
            if join:
                b = replace(b, prep=None if b_prep in ("to", "until", "till", "through") else b.prep)
                out.append(Cand(a.start, b.end, "range", {}, prep=a.prep, parts=(a, b)))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find_candidates(text: str) -> list[Cand]:
    """Non-overlapping candidates in text order (longest, then rule priority, wins an overlap)."""
    found: list[Cand] = []
    # the prefilters read lowercased text, which is what (?i) compares only for ASCII
    low = text.lower() if text.isascii() else None
    for (name, rx), pre in zip(_rules(), _prefilters()):
        if low is not None and pre is not None and pre.search(low) is None:
            continue  # a word every match needs is not in the text
        for m in rx.finditer(text):
            if m.end() <= m.start() or not m.group(0).strip():
                continue
            if _accept(name, m, text):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                found.append(Cand(m.start(), m.end(), name, groups))
    priority = _grammar()[1]
    found.sort(key=lambda c: (-(c.end - c.start), priority.get(c.rule, 99), c.start))
    taken: list[Cand] = []
    for c in found:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    ext = [_extend(c, text) for c in taken]
    # an extension may not swallow the previous candidate
    fixed: list[Cand] = []
    for c in ext:
        if fixed and c.start < fixed[-1].end:
            orig = next(t for t in taken if t.end == c.end and t.rule == c.rule)
            c = replace(orig)
        fixed.append(c)
    return _ranges(fixed, text)
