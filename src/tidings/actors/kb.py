"""The actor knowledge base: countries, governments, bodies, IGOs and people with dated roles.

Everything is data (``src/tidings/data/actors/*.yaml`` plus pycountry for the full country list),
loaded once. Users add their own YAML files (same formats) through ``TIDINGS_ACTORS_EXTRA``
(paths separated by ``os.pathsep``; a directory means every ``*.yaml`` in it) or ``load_kb(extra=...)``.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..folding import fold_accents

__all__ = ["Role", "Actor", "Country", "Generic", "Title", "ActorKB", "load_kb", "kb", "slug"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
# Names written family name first in English-language news.
_FAMILY_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MNG"}


# The Arabic article written into a name ("al-Bashir", "el-Sisi", "El Bashir"): news spells it al-, el-,
# Al or El, or drops it ("President Bashir")
_ARTICLE = re.compile(r"^(?:al|el)[-\u2010\u2011]", re.I)
_ARTICLE_WORDS = {"al", "el"}


def bare_surname(word: str) -> str:
    """'al-Bashir' -> 'Bashir'; other words unchanged."""
    rest = _ARTICLE.sub("", word)
    return rest if rest and rest[:1].isalpha() else word


def name_key(name: str) -> tuple[str, str] | None:
    """(given name, surname) of a written name, lower-case and accent-free, the Arabic article and middle
    names left out: "Omar Hassan al-Bashir", "Omar El Bashir" and "Omar al-Bashir" share ("omar", "bashir")."""
    words = [w for w in name.replace(".", ". ").split() if w.lower() not in _SUFFIXES]
    if words and words[-1].lower() in _ARTICLE_WORDS:
        return None
    words = [w for i, w in enumerate(words) if not (w.lower() in _ARTICLE_WORDS and i < len(words) - 1)]
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    return (_ascii(words[0]).lower(), _ascii(bare_surname(words[-1])).lower())


def _ascii(text: str) -> str:
    """'Erdoğan' -> 'Erdogan': news often drops diacritics."""
    return fold_accents(text).replace("ı", "i")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _date(v: Any) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


@dataclass(frozen=True)
class Role:
    """An office held from ``start`` (inclusive) to ``end`` (exclusive; None = still held)."""

    role: str
    start: dt.date | None
    end: dt.date | None
    sector: str
    fns: tuple[str, ...]

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Actor:
    """A canonical actor. ``kind`` is person | org | country | igo | group."""

    actor_id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    description: str = ""
    source: str = ""
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    surname: str | None = None
    generic: str | None = None
    gender: str | None = None  # "f" or "m" where the people file says (pronoun resolution: "she said")

    def roles_on(self, day: dt.date | None) -> list[Role]:
        """Roles held on ``day`` in file order (without a date: the most recent role only)."""
        if day is None:
            return sorted(self.roles, key=lambda r: r.start or dt.date.min, reverse=True)[:1]
        return [r for r in self.roles if r.active(day)]


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    adj: str
    gov: str
    leader: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]


@dataclass(frozen=True)
class Generic:
    key: str
    name: str
    sector: str | None
    context: bool
    gov: bool
    group: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    text: str
    fn: str
    country: str | None
    igo: bool = False
    office: str | None = None  # an international office the title names ("un secretary-general")


@dataclass
class ActorKB:
    """Lookup tables over the actor data; built once by ``kb()``."""

    actors: dict[str, Actor] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    ambiguous: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()  # "U.S. dollars": a country word before one of these is no party
    role_info: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)  # role -> (fns, sector)
    role_src: dict[str, str] = field(default_factory=dict)  # role -> list its dates come from
    titles: dict[str, Title] = field(default_factory=dict)
    honorifics: dict[str, str | None] = field(default_factory=dict)
    remit_honorifics: frozenset[str] = frozenset()  # "envoy for Syria": the country after "for" is the remit
    generics: dict[str, Generic] = field(default_factory=dict)
    groups: tuple[str, ...] = ()
    by_surname: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_alias: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_name_key: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))  # name_key
    by_generic: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, generic) -> actor_id
    namesakes: dict[str, frozenset[str]] = field(default_factory=dict)  # body -> states whose body bears its name
    capitals: dict[str, str] = field(default_factory=dict)  # lower capital/seat -> actor_id
    strict_capitals: set[str] = field(default_factory=set)  # capitals proper (actors only when agentive)
    leader_gov_fns: frozenset[str] = frozenset()  # "the Kishida government": offices whose holder names one
    leader_gov_nouns: frozenset[str] = frozenset()  # administration, government, cabinet, regime

    # -- public lookups -------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def search(self, name: str, *, limit: int = 20) -> list[Actor]:
        """Actors whose name or alias contains ``name`` (case-insensitive), exact matches first."""
        q = name.strip().lower()
        exact = [self.actors[i] for i in self.by_alias.get(q, [])]
        rest = [
            a
            for a in self.actors.values()
            if a not in exact and (q in a.name.lower() or any(q in al.lower() for al in a.aliases))
        ]
        return (exact + rest)[:limit]

    def fns(self, role: str) -> tuple[str, ...]:
        return self.role_info.get(role, ((), "GOV"))[0]

    def role_sector(self, role: str) -> str:
        return self.role_info.get(role, ((), "GOV"))[1]

    def holders(self, fn: str, country: str | None, day: dt.date | None) -> list[tuple[Actor, Role]]:
        """Who held an office of function ``fn`` in ``country`` on ``day``."""
        out = []
        for a in self.people():
            if country and a.country != country:
                continue
            for r in a.roles_on(day) if day else [r for r in a.roles if r.end is None]:
                if fn in r.fns:
                    out.append((a, r))
                    break
        return out

    def role_name(self, country: str | None, fn: str) -> str | None:
        """The name a country gives the office of function ``fn`` (its latest holder's role)."""
        best: Role | None = None
        if not country:
            return None
        for a in self.people():
            if a.country != country:
                continue
            for r in a.roles:
                if fn in r.fns and (best is None or (r.start or dt.date.min) > (best.start or dt.date.min)):
                    best = r
        return best.role if best else None

    def leader_fns(self, country: str | None) -> tuple[str, ...]:
        c = self.countries.get(country or "")
        return self.fns(c.leader if c else "President") or ("president",)

    @functools.cached_property
    def _leaders(self) -> dict[str, list[tuple[Actor, Role]]]:
        """Lower surname or one-word alias (and accent-free forms) -> (person, leader role) for every
        head of state or government the KB knows."""
        out: dict[str, list[tuple[Actor, Role]]] = defaultdict(list)
        for a in self.people():
            if not a.surname or not a.country:
                continue
            for r in a.roles:
                if self.leader_gov_fns & set(r.fns):
                    # the surname, and one-word aliases ("Zelenskyy", "Lula")
                    words = {a.surname, *(al for al in a.aliases if al.isalpha() and al[:1].isupper())}
                    for key in {w.lower() for w in words} | {_ascii(w).lower() for w in words}:
                        out[key].append((a, r))
        return out

    def leader_government(self, surname: str, day: dt.date | None) -> tuple[Actor, Role] | None:
        """The leader a "<surname> administration/government" names: the holder of a leader office
        on ``day``, else the latest one before it (or about to take office within a year: "the incoming
        Trump administration"); None when the surname names no leader or two countries' leaders equally."""
        held = self._leaders.get(surname.lower(), [])
        if not held:
            return None
        if day is None:
            ranked = sorted(held, key=lambda ar: ar[1].start or dt.date.min, reverse=True)[:1]
        else:
            now = [ar for ar in held if ar[1].active(day)]
            before = [ar for ar in held if ar[1].end is not None and ar[1].end <= day]
            latest = max((r.end for _, r in before if r.end is not None), default=None)
            soon = [ar for ar in held if ar[1].start and day < ar[1].start <= day + dt.timedelta(days=366)]
            ranked = now or [ar for ar in before if ar[1].end == latest] or soon
        if not ranked or len({a.country for a, _ in ranked}) > 1:
            return None
        return ranked[0]

    @functools.cached_property
    def _people(self) -> list[Actor]:
        return [a for a in self.actors.values() if a.kind == "person"]

    def people(self) -> list[Actor]:
        return self._people

    @functools.cached_property
    def _country_by_name(self) -> dict[str, str]:
        return {n.lower(): c.iso3 for c in self.countries.values() for n in c.names}

    def country_named(self, name: str) -> str | None:
        """The country a name in an office ("Ambassador to the United States") stands for."""
        low = name.lower().strip()
        return self._country_by_name.get(low) or self._country_by_name.get(low.removeprefix("the "))

    def country_actor(self, iso3: str) -> Actor:
        return self.actors[f"country:{iso3}"]

    def gov_actor(self, iso3: str) -> Actor:
        return self.actors[f"gov:{iso3}"]

    def generic_actor(self, key: str, iso3: str) -> Actor:
        """The named body for (country, generic), or one made from the country's adjective."""
        known = self.by_generic.get((iso3, key))
        if known:
            return self.actors[known]
        g = self.generics[key]
        if g.gov:
            return self.gov_actor(iso3)
        c = self.countries[iso3]
        aid = f"org:{iso3.lower()}-{slug(g.name)}"
        if aid not in self.actors:
            self.actors[aid] = Actor(
                aid,
                f"{c.adj} {g.name}",
                "org",
                iso3,
                g.sector,
                description=f"{g.name} of {c.name} (generic)",
                source="tidings generic body",
            )
        return self.actors[aid]

    # -- building ---------------------------------------------------------------------------------
    def add(self, actor: Actor) -> None:
        folded = tuple(
            a for a in (_ascii(x) for x in (actor.name, *actor.aliases)) if a not in actor.aliases and a != actor.name
        )
        if folded:
            actor = replace(actor, aliases=actor.aliases + folded)
        self.actors[actor.actor_id] = actor
        for al in {actor.name, *actor.aliases}:
            if actor.actor_id not in self.by_alias[al.lower()]:
                self.by_alias[al.lower()].append(actor.actor_id)
        if actor.surname and actor.actor_id not in self.by_surname[actor.surname.lower()]:
            self.by_surname[actor.surname.lower()].append(actor.actor_id)
        if actor.kind == "person":
            key = name_key(actor.name)
            if key and actor.actor_id not in self.by_name_key[key]:
                self.by_name_key[key].append(actor.actor_id)
        if actor.generic and actor.country:
            self.by_generic[(actor.country, actor.generic)] = actor.actor_id


def _data_dir() -> Path:
    return Path(str(resources.files("tidings") / "data" / "actors"))


def _read(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}


def _surname(name: str, surname_first: bool) -> str:
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    return words[0] if surname_first else words[-1]


def _load_countries(kb: ActorKB, data: dict[str, Any]) -> None:
    import pycountry

    kb.ambiguous = frozenset(data.get("ambiguous", []))
    kb.currencies = frozenset(w.lower() for w in data.get("currencies", []))
    extra = data.get("countries", {})
    # ISO 3166's countries, then the user-assigned codes countries.yaml adds (Kosovo XKX, as the gold codes it)
    listed: list[tuple[str, Any]] = [(c.alpha_3, c) for c in pycountry.countries]
    known = {iso3 for iso3, _ in listed}
    listed += [(iso3, None) for iso3 in extra if iso3 not in known]
    for iso3, c in listed:
        e = extra.get(iso3, {})
        names = [getattr(c, "common_name", None), getattr(c, "name", None), getattr(c, "official_name", None)]
        names = [n for n in names if n and "," not in n and n not in e.get("not_names", ())]
        name = e.get("name") or getattr(c, "common_name", None) or getattr(c, "name", None) or iso3
        adj = e.get("adj") or name
        all_names = tuple(dict.fromkeys([*e.get("aliases", []), *names, name]))
        country = Country(
            iso3,
            name,
            adj,
            e.get("gov") or f"{adj} government",
            e.get("leader") or "President",
            all_names,
            tuple(e.get("demonyms", [])),
            tuple(e.get("capitals", [])),
            tuple(e.get("seats", [])),
        )
        kb.countries[iso3] = country
        src = "ISO 3166 (pycountry); names: countries.yaml"
        kb.add(Actor(f"country:{iso3}", name, "country", iso3, None, f"{name} (the country)", src, all_names))
        kb.add(Actor(f"gov:{iso3}", country.gov, "country", iso3, "GOV", f"the government of {name}", src))
        for cap in country.capitals + country.seats:
            kb.capitals[cap.lower()] = f"gov:{iso3}"
        kb.strict_capitals.update(cap.lower() for cap in country.capitals)


def _load_offices(kb: ActorKB, data: dict[str, Any]) -> None:
    for role, info in (data.get("roles") or {}).items():
        kb.role_info[role] = (tuple(info.get("fn", [])), info.get("sector", "GOV"))
        if info.get("src"):
            kb.role_src[role] = info["src"]
    for text, info in (data.get("titles") or {}).items():
        kb.titles[text.lower()] = Title(
            text.lower(), info["fn"], info.get("country"), bool(info.get("igo")), info.get("office")
        )
    kb.honorifics.update({k.lower(): v for k, v in (data.get("honorifics") or {}).items()})
    kb.remit_honorifics |= frozenset(w.lower() for w in data.get("remit_honorifics") or ())
    lg = data.get("leader_government") or {}
    kb.leader_gov_fns |= frozenset(lg.get("fns", []))
    kb.leader_gov_nouns |= frozenset(w.lower() for w in lg.get("nouns", []))


def _load_orgs(kb: ActorKB, data: dict[str, Any], source: str) -> None:
    for e in data.get("igos", []) or []:
        kb.add(
            Actor(
                e["id"],
                e["name"],
                "igo",
                None,
                e.get("sector", "IGO"),
                e.get("description", ""),
                e.get("source", source),
                tuple(e.get("aliases", [])),
            )
        )
        for cap in e.get("capitals", []):
            kb.capitals[cap.lower()] = e["id"]
            kb.strict_capitals.add(cap.lower())
    for e in data.get("bodies", []) or []:
        kb.add(
            Actor(
                e["id"],
                e["name"],
                e.get("kind", "org"),
                e.get("country"),
                e.get("sector"),
                e.get("description", ""),
                e.get("source", source),
                tuple(e.get("aliases", [])),
                generic=e.get("generic"),
            )
        )
        if e.get("namesakes"):
            kb.namesakes[e["id"]] = frozenset(e["namesakes"])
    for key, g in (data.get("generics") or {}).items():
        kb.generics[key] = Generic(
            key,
            g["name"],
            g.get("sector", "GOV") or None,
            bool(g.get("context")),
            bool(g.get("gov")),
            bool(g.get("group")),
            tuple(g.get("aliases", [])),
        )
    kb.groups = tuple(dict.fromkeys([*kb.groups, *(data.get("groups") or [])]))


def _load_people(kb: ActorKB, data: dict[str, Any], source: str) -> None:
    country = data.get("country")
    first = bool(data.get("surname_first"))
    full_only = bool(data.get("full_name_only"))
    for e in data.get("people", []) or []:
        roles = []
        for r in e.get("roles", []):
            name, start, end = r[0], _date(r[1]), _date(r[2] if len(r) > 2 else None)
            fns, sector = kb.role_info.get(name, ((), "GOV"))
            roles.append(Role(name, start, end, (r[3] if len(r) > 3 else None) or sector, fns))
        person_sector = e.get("sector") or (roles[0].sector if roles else None)
        c = e.get("country", country)
        surname: str | None = e.get("surname") or _surname(
            e["name"], e.get("surname_first", first or c in _FAMILY_FIRST)
        )
        if full_only:  # found by the full name only (a later bare surname through coreference), never by a surname
            surname = None
        srcs = list(dict.fromkeys(kb.role_src[r.role] for r in roles if r.role in kb.role_src))
        if not e.get("source") and srcs and len(srcs) == len({r.role for r in roles}):
            e = {**e, "source": "; ".join(srcs)}
        kb.add(
            Actor(
                e["id"],
                e["name"],
                "person",
                c,
                person_sector,
                e.get("note", ""),
                e.get("source", source),
                tuple(e.get("aliases", [])),
                tuple(roles),
                surname,
                gender=e.get("gender"),
            )
        )


def _extra_paths(extra: Sequence[str | Path] | None) -> list[Path]:
    raw: list[str | Path] = list(extra or [])
    env = os.environ.get("TIDINGS_ACTORS_EXTRA", "")
    raw += [p for p in env.split(os.pathsep) if p.strip()]
    out: list[Path] = []
    for p in map(Path, raw):
        out += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    return out


def _source_of(path: Path) -> str:
    """The file's ``# source:`` comment (with its continuation lines): where its facts come from."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("# source:"):
            parts = [line[len("# source:") :].strip()]
            for nxt in lines[i + 1 :]:
                if not nxt.startswith("#"):
                    break
                parts.append(nxt.lstrip("#").strip())
            return f"{path.name}: " + " ".join(parts)
    return path.name


def load_kb(extra: Iterable[str | Path] | None = None) -> ActorKB:
    """Build a KB from the bundled data plus ``extra`` files and ``TIDINGS_ACTORS_EXTRA``."""
    kb = ActorKB()
    d = _data_dir()
    _load_offices(kb, _read(d / "offices.yaml"))
    _load_countries(kb, _read(d / "countries.yaml"))
    _load_orgs(kb, _read(d / "orgs.yaml"), _source_of(d / "orgs.yaml"))
    files = sorted(d.glob("people_*.yaml")) + sorted(d.glob("orgs_*.yaml")) + _extra_paths(list(extra or []))
    for path in files:
        data = _read(path)
        if "roles" in data or "titles" in data:
            _load_offices(kb, data)
        if "igos" in data or "bodies" in data or "generics" in data:
            _load_orgs(kb, data, _source_of(path))
        if "people" in data:
            _load_people(kb, data, _source_of(path))
    return kb


@functools.lru_cache(maxsize=1)
def kb() -> ActorKB:
    """The KB, loaded once per process (bundled data + ``TIDINGS_ACTORS_EXTRA``)."""
    return load_kb()
