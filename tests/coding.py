"""Coding invented sentences with hand-given actors, as the enrich stage would give them: what
tests/test_event_coverage.py and tests/test_dyads.py share (the lexicon and party resolution, not
actor recognition)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.events import code_doc
from tidings.places import Place


@dataclass(frozen=True)
class Actor:
    start: int
    end: int
    text: str
    actor_id: str
    name: str
    country: str
    sector: str | None = None
    role: str | None = None
    kind: str = "country"
    resolved: bool = True
    sentence: int = 0


def code(nlp, text, actors=(), published="2024-05-10", places=()):
    """Event mentions of ``text``; ``actors`` are (surface, country, kind), found wherever the surface is;
    ``places`` are (surface, country) cities, at the surface's first occurrence, as the places stage would give them."""
    acts = []
    for surface, country, kind in actors:
        for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
            acts.append(
                Actor(
                    m.start(),
                    m.end(),
                    surface,
                    surface.lower().replace(" ", "_"),
                    surface,
                    country,
                    kind=kind,
                    sector="GOV" if kind == "country" else None,
                )
            )
    pl = [place(text, surface, country) for surface, country in places]
    return code_doc("a1", nlp(text), published=published, actors=acts, places=pl)


def place(text, surface, country):
    """A city named by ``surface`` at its first occurrence in ``text``."""
    i = text.index(surface)
    return Place(
        start=i,
        end=i + len(surface),
        text=surface,
        name=surface,
        geonameid=None,
        country=country,
        admin1=None,
        lat=None,
        lon=None,
        feature="city",
        score=1.0,
        sentence=0,
    )


def types(ms):
    """(type, source country, target country) of each mention, sorted and without repeats."""
    return sorted({(m.type, m.source.country, m.target.country if m.target else None) for m in ms})


# Two invented states, so that no test leans on a real country's name in the lexicons.
FICTION = [
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Oslandian", "NOR", "country"),
    ("Westmarkian", "SWE", "country"),
]


def statuses(nlp, text, typ, actors=FICTION):
    """The status of each mention of type ``typ`` coded from ``text``."""
    return [m.status for m in code(nlp, text, actors) if m.type == typ]


def status(nlp, text, typ, actors=FICTION):
    """The status of the first mention of type ``typ``; fails when there is none."""
    ms = statuses(nlp, text, typ, actors)
    assert ms, text
    return ms[0]


def pipeline_mentions(text, day="2024-05-10"):
    """Event mentions of ``text`` run through the real pipeline (parse, enrich with actor recognition, code)."""
    import datetime as dt

    from tidings.enrich import analyse
    from tidings.events.coder import code_article
    from tidings.nlp import parse

    doc = next(parse([text]))
    return code_article(analyse("t18", doc, published=dt.date.fromisoformat(day)))


def coded(text, typ=None, day="2024-05-10"):
    """(type, source country, target country) of ``pipeline_mentions``, sorted; only events of ``typ`` when given."""
    return sorted(
        {
            (m.type, m.source.country if m.source else None, m.target.country if m.target else None)
            for m in pipeline_mentions(text, day)
            if typ is None or m.type == typ
        },
        key=str,
    )


def of_type(ms, typ):
    """The mentions of ``ms`` of type ``typ``, in order."""
    return [m for m in ms if m.type == typ]


# two invented states (and their adjectives) for made-up sentences no gazetteer or actor list knows
OSLANDIA_WESTMARK = [
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Oslandian", "NOR", "country"),
    ("Westmarkian", "SWE", "country"),
]


def dyads_of_type(ms, typ):
    """The (type, source country, target country) of the mentions of ``ms`` of type ``typ``, sorted."""
    return sorted(
        {
            (m.type, m.source.country if m.source else None, m.target.country if m.target else None)
            for m in of_type(ms, typ)
        }
    )


def coded_invented(nlp, text):
    """``text`` coded with the invented states as actors, published on Tuesday 2024-03-12, its "on Monday" the day
    before: the common setup of the made-up sentences in the session 24-26 type tests."""
    from test_events import code

    return code(nlp, text, "2024-03-12", actors=OSLANDIA_WESTMARK, times=[("on Monday", "2024-03-11")])
