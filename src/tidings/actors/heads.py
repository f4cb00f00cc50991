"""Resolving one composed mention (a head with its titles and country cue) to an actor.

People: a KB name, else an earlier mention in the article sharing the name or surname, else a
KB surname that is unambiguous among office holders on the date (filtered by the title's office
and country). Titles alone ("the Chinese president", "America's top diplomat") are whoever held
that office in that country on the article's date; a vacant office resolves to no one but keeps
the role. Bodies, metonyms and countries resolve through the KB.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from .compose import _Article, _Done, _Head
from .context import actor_reading
from .kb import _ARTICLE_WORDS, Actor, ActorKB, Role, name_key
from .model import ActorMention

__all__ = ["resolve_head", "resolve_doc"]


def resolve_head(art: _Article, h: _Head) -> ActorMention | None:
    c = h.cand
    if c.type == "PNAME" or (c.type == "ACTOR" and art._is_person(c)):
        return _person(art, h)
    if c.type == "TITLE":
        return _title_only(art, h)
    if c.type == "HONOR":  # "a Chinese diplomat", "a senior U.S. official": someone, with country and sector
        sector = art.kb.honorifics.get(c.keys[0])
        if h.cue is None and sector is not None and h.det == "the":
            prev = _antecedent(art, h, c.keys[0])
            if prev is not None:  # "the envoy" after "the Iranian envoy", "the spokesperson" after one named
                return _repeat(art, h, c.end, prev)
        cue, end = h.cue, c.end
        prep = art.doc[end].lower_ if end + 1 < len(art.doc) else None
        if prep == "for" and c.keys[0] in art.kb.remit_honorifics:
            prep = None  # "the special envoy for Sudan": the state the envoy deals with, not the one served
        if cue is None and sector is not None and prep in ("for", "of"):
            # "a spokesperson for the Chinese military", "an envoy of Iran": the body or state the phrase names
            cue = next((iso for p, iso in art.cues if end < p <= end + 3), None)
        if cue is None or sector is None:
            return None
        return _emit(art, h, c.end, None, art.doc[h.start : c.end].text, cue, sector, None, "person")
    if c.type == "GENERIC":
        return _generic(art, h, c.keys[0])
    if c.type == "ACTOR":
        return _body(art, h)
    if c.type == "ORGX":
        if c.end - c.start == 1 and _coref(art, art.doc[c.start].text, art.doc[c.start].idx) is not None:
            # "Locsin said" after "Philippine Foreign Secretary Teodoro Lopez Locsin": a lone word the
            # parser took for an organisation is the surname of the person named earlier
            return _person(art, h)
        inner = c.keys[1] if len(c.keys) > 1 and c.keys[1] else None
        return _emit(art, h, c.end, None, art.doc[c.start : c.end].text, h.cue or inner, None, None, "org")
    if c.type in ("SEAT", "COUNTRY") and _inside_other_entity(art, c.start, c.end):
        return None  # "Bank of China", "Beijing Olympics", "Taiwan Strait"
    if c.type == "SEAT":
        return _seat(art, h)
    if c.type == "LGOV":  # "the Kishida government protested": the leader's country's government
        actor = art.kb.get(c.keys[0])
        if actor is None or not actor_reading(art.doc[c.start : c.end], strict=False):
            return None
        return _emit(art, h, c.end, actor, None, None, actor.sector, None, actor.kind)
    if c.type == "COUNTRY":
        span = art.doc[c.start : c.end]
        if not actor_reading(span, strict=False):
            return None
        return _emit(art, h, c.end, art.kb.country_actor(c.keys[0]), None, None, None, None, "country")
    if c.type == "GROUP":
        return _emit(art, h, c.end, None, art.doc[h.start : c.end].text, None, None, None, "group")
    if c.type == "DEMONYM":
        tok = art.doc[c.end - 1]
        if tok.tag_ in ("NNS", "NNPS") or (h.start < c.start and tok.dep_ in ("nsubj", "nsubjpass")):
            return _emit(art, h, c.end, None, art.doc[h.start : c.end].text, c.keys[0], None, None, "group")
    return None


def _inside_other_entity(art: _Article, start: int, end: int) -> bool:
    """The span is part of a larger non-place entity ("Bank of China", "Beijing Olympics")."""
    tok = art.doc[start]
    if tok.ent_type_ in ("GPE", "NORP", "") and (end >= len(art.doc) or art.doc[end].ent_iob_ != "I"):
        return False
    for ent in art.doc.ents:
        if ent.start <= start < ent.end:
            s = ent.start + (1 if art.doc[ent.start].lower_ == "the" else 0)
            if _government_of(art, s, start, end, ent.end):
                return False
            return (
                ent.label_ not in ("GPE", "NORP") and (s < start or ent.end > end) and not art.country_list(s, ent.end)
            )
    return False


def _government_of(art: _Article, s: int, start: int, end: int, ent_end: int) -> bool:
    """ "The Government of Sri Lanka", "the Government of India" (South Asian, African and official copy): the tagger
    takes the phrase for an organisation, but it is the state's government, read as the country (as the lower-case
    "the government of Sri Lanka" is). Only a government word ("government", "administration", "cabinet") before
    "of" and the country ending the entity (session 21)."""
    doc = art.doc
    return (
        end == ent_end
        and start - s == 2
        and doc[start - 1].lower_ == "of"
        and doc[s].lower_ in ("government", "administration", "cabinet")
    )


def _emit(
    art: _Article,
    h: _Head,
    end: int,
    actor: Actor | None,
    name: str | None,
    country: str | None,
    sector: str | None,
    role: str | None,
    kind: str,
    fns: tuple[str, ...] = (),
) -> ActorMention:
    doc = art.doc
    start_char = doc[h.start].idx
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    m = ActorMention(
        start=start_char,
        end=end_char,
        text=art.text[start_char:end_char],
        actor_id=actor.actor_id if actor else None,
        name=actor.name if actor else (name or art.text[start_char:end_char]),
        country=actor.country if actor and actor.country else country,
        sector=sector if sector is not None or actor is None else actor.sector,
        role=role,
        kind=kind if actor is None or actor.kind != "person" else "person",
        resolved=actor is not None,
        sentence=art.sent_of[h.cand.start],
    )
    root = doc[h.cand.start : h.cand.end].root
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    art.done.append(
        _Done(
            m,
            doc[h.cand.start : h.cand.end].text,
            actor,
            fns,
            root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT",
        )
    )  # main-clause subjects only
    return m


# -- people -------------------------------------------------------------------------------------------
def _fns(art: _Article, h: _Head, country: str | None) -> tuple[tuple[str, ...], str | None, list[str]]:
    """Offices named by the mention's titles, the country they imply, and the titles' text."""
    fns: list[str] = []
    implied = None
    texts = []
    for m in h.mods:
        if m.type != "TITLE":
            continue
        t = art.kb.titles[m.keys[0]]
        implied = implied or t.country
        if h.deputy and m is h.mods[-1]:  # "Vice Foreign Minister Ma Zhaoxu" is not the foreign minister
            texts.append(f"{h.deputy} {art.doc[m.start : m.end].text}")
            fns.append(f"deputy_{t.fn}")
            continue
        texts.append(art.doc[m.start : m.end].text)
        if t.fn == "leader":
            fns += art.kb.leader_fns(country or t.country)
        else:
            fns.append(t.fn)
    return tuple(fns), implied, texts


def _pick_role(actor: Actor, fns: tuple[str, ...], art: _Article, former: bool = False) -> Role | None:
    """The office held on the date, preferring the one the mention's title names. With no office
    on the date, a title naming an office the person did hold is taken as the writer's evidence
    (our dates can be a month off), unless the title says "former"."""
    active = actor.roles_on(art.day)
    for r in active:
        if set(fns) & set(r.fns):
            return r
    if active:
        return active[0]
    if fns and not former and art.day is not None:
        near = [r for r in actor.roles if set(fns) & set(r.fns) and _within(r, art.day, days=366)]
        return near[0] if near else None
    return None


def _within(r: Role, day, *, days: int) -> bool:  # noqa: ANN001
    import datetime as dt

    lo = (r.start or dt.date.min) - dt.timedelta(days=days) if r.start else dt.date.min
    hi = r.end + dt.timedelta(days=days) if r.end else dt.date.max
    return lo <= day < hi


def _hon_sector(art: _Article, h: _Head) -> str | None:
    for m in h.mods:
        if m.type == "HONOR" and art.kb.honorifics.get(m.keys[0]):
            return art.kb.honorifics[m.keys[0]]
    return None


def _coref(art: _Article, text: str, before: int) -> _Done | None:
    low = text.lower()
    for d in reversed(art.done):
        if d.m.kind != "person" or d.m.start >= before:
            continue
        words = d.head_text.lower().split()
        names = {d.head_text.lower(), words[0], words[-1]}
        if d.actor is not None:
            # "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed": the given name of the person named
            # earlier, before any other holder of that name the KB knows (Jordan's King Abdullah)
            names |= {d.actor.name.lower(), (d.actor.surname or "").lower(), d.actor.name.lower().split()[0]}
            names |= {a.lower() for a in d.actor.aliases}
        if low in names:
            return d
    return None


def _by_surname(art: _Article, text: str, fns: tuple[str, ...], country: str | None) -> Actor | None:
    ids = art.kb.by_surname.get(text.lower(), [])
    people = [a for a in (art.kb.get(i) for i in ids) if a is not None and (not country or a.country == country)]
    if not people:
        return None
    if art.day is None:
        return people[0] if len(people) == 1 else None
    if fns:
        now = [a for a in people if any(set(fns) & set(r.fns) for r in a.roles_on(art.day))]
        if len(now) == 1:
            return now[0]
        ever = [a for a in people if any(set(fns) & set(r.fns) for r in a.roles)]
        if len(ever) == 1:
            return ever[0]
    active = [a for a in people if a.roles_on(art.day)]
    return active[0] if len(active) == 1 else None


def _title_office(art: _Article, h: _Head) -> str | None:
    """The international office a title names ("U.N. Secretary-General": Secretary-General of the United Nations)."""
    return next(
        (art.kb.titles[m.keys[0]].office for m in h.mods if m.type == "TITLE" and art.kb.titles[m.keys[0]].office),
        None,
    )


def _by_name(art: _Article, text: str, fns: tuple[str, ...], country: str | None) -> Actor | None:
    """A person the KB has under another spelling of the same name: a bare surname as the KB writes it
    ("Houthi" is not al-Houthi: often an adjective), or the given name and surname with a middle name or
    initial added or the Arabic article spelt otherwise ("Omar Hassan al-Bashir", "Omar El Bashir" for Omar
    al-Bashir); one person only, the one in office on the day when several share the name."""
    words = text.split()
    if len(words) == 1:
        return _by_surname(art, words[0], fns, country)
    key = name_key(text)
    if key is None:
        return None
    people = [a for a in (art.kb.get(i) for i in art.kb.by_name_key.get(key, [])) if a is not None]
    people = [a for a in people if a.kind == "person" and (not country or a.country == country)]
    if len(words) == 2:  # "Omar Bashir" is Omar al-Bashir, but "Mohamed Ali" no Mohamed Abdi Ali: two words
        people = [a for a in people if len([w for w in a.name.split() if w.lower() not in _ARTICLE_WORDS]) == 2]
    if len(people) > 1 and art.day is not None:
        people = [a for a in people if a.roles_on(art.day)]
    return people[0] if len(people) == 1 else None


def _person(art: _Article, h: _Head) -> ActorMention | None:
    c = h.cand
    text = art.doc[c.start : c.end].text
    fns, implied, titles = _fns(art, h, h.cue)
    actor: Actor | None = None
    prev: _Done | None = None
    if c.type == "ACTOR":
        people = [a for a in (art.kb.get(k) for k in c.keys if "|" not in k) if a is not None and a.kind == "person"]
        active = [a for a in people if a.roles_on(art.day)]
        actor = (active or people)[0] if (active or people) else None
    else:
        prev = _coref(art, text, art.doc[c.start].idx)
        if prev is not None:
            actor = prev.actor
        else:
            hits = [art.kb.get(i) for i in art.kb.by_alias.get(text.lower(), [])]
            hits = [a for a in hits if a is not None and a.kind == "person"]
            actor = hits[0] if hits else _by_name(art, text, fns, h.cue or implied)
    if actor is not None:
        r = _pick_role(actor, fns, art, h.former)
        sector = r.sector if r else (_hon_sector(art, h) or actor.sector)  # "Sen. Rubio" before he was a minister
        # a title naming an international office stands when the KB has the person's term elsewhere
        role = r.role if r else _title_office(art, h)
        return _emit(art, h, c.end, actor, None, None, sector, role, "person", r.fns if r else ())
    if prev is not None:  # an unresolved person named earlier ("Zhang" after "Chinese diplomat Zhang Wei")
        p = prev.m
        return _emit(art, h, c.end, None, p.name, p.country, p.sector, p.role, "person", prev.fns)
    igo = any(art.kb.titles[m.keys[0]].igo for m in h.mods if m.type == "TITLE")
    sector = "IGO" if igo else _hon_sector(art, h) or ("GOV" if fns else None)
    official = bool(fns) or sector in ("GOV", "MIL")  # an office-holder belongs to the country in focus
    # the context is read before the whole mention: a host or remit inside it ("Ambassador to the Philippines NAME",
    # "special envoy for Syria NAME") is where the holder serves, not whom
    country = None if igo else h.cue or implied or (art.context_country(h.start, lookahead=False) if official else None)
    if (
        country
        and country == implied
        and not h.cue
        and art.day
        and any(art.kb.holders(fn, implied, art.day) for fn in fns)
    ):
        # "Defense Secretary Gilberto Teodoro" in Philippine copy: a title whose country is only its default (the
        # US defense secretary, the UK defence secretary) on a person the KB does not know, when the KB knows who
        # held that office in that country on the day, names the same office of the country in focus (session 21)
        country = art.context_country(h.start, lookahead=False)
    if (
        country
        and not (h.cue or implied)
        and fns
        and art.day
        and any(_hosted(art, r.role, c.end) for fn in fns for _, r in art.kb.holders(fn, country, art.day))
    ):
        # "an adviser to President X" next to Russia: a named office-holder the KB does not know is not
        # the holder of an office the KB knows someone else held that day; the context guessed wrong
        country = None
    # a holder of an international office the KB does not know ("U.N. Secretary-General Kofi Annan" in a 1998
    # story) holds the office the title names, so the event codes the organisation (lexicon ``igo_roles``)
    role = _title_office(art, h)
    vague = {"leader", "president", "head_of_state"} & set(fns) and not art.kb.role_name(country, fns[0])
    if fns and not igo and not vague:
        role = _office_name(art, country, fns[0], c.end) or (_role_text(titles[0]) if titles else None)
        sector = art.kb.role_sector(role) if role else sector
    return _emit(art, h, c.end, None, text, country, sector, role, "person", fns)


_AMBASSADOR = "Ambassador to "


def _host_named(art: _Article, end: int) -> str | None:
    """The host an envoy's title names after it: "ambassador to/in Manila", "envoy to Zambia"."""
    doc = art.doc
    if end < len(doc) and doc[end].lower_ in ("to", "in"):
        for iso in (iso for p, iso in art.cues if p in (end + 1, end + 2)):
            return iso
    return None


def _hosted(art: _Article, role: str, end: int, key_host: str | None = None) -> bool:
    """Whether the KB office ``role`` can be the one a title at ``end`` names. An ambassador is accredited
    to one host: a country's ambassador in Manila or Lusaka is not its ambassador to the United States the KB
    knows. "Ambassador to X" is that office only when the title names X as host ("ambassador to China",
    "ambassador in Beijing") or, naming no host, when X is a country the article mentions."""
    if not role.startswith(_AMBASSADOR):
        return True
    host = art.kb.country_named(role[len(_AMBASSADOR) :])
    named = key_host or _host_named(art, end)
    if named is not None:
        return host == named
    return host is not None and any(iso == host for _, iso in art.cues)


def _office_name(art: _Article, country: str | None, fn: str, end: int) -> str | None:
    """The name ``country`` gives the office of ``fn`` (``ActorKB.role_name``), or the plain title
    "Ambassador" when the KB's ambassador post is to a host other than this one."""
    role = art.kb.role_name(country, fn)
    if role is not None and not _hosted(art, role, end):
        return "Ambassador"
    return role


# Words of one kind of office: a definite title ("the ambassador", "the spokesperson") repeats the latest
# mention of an office of the same kind ("the Iranian envoy", "Foreign Ministry spokesperson Lin Jian").
_KINDS = (("ambassador", "envoy", "high commissioner", "charg\u00e9 d'affaires"), ("spokes",))


def _antecedent(art: _Article, h: _Head, key: str) -> _Done | None:
    """The latest person mention, at most two sentences back, holding an office of the kind ``key`` names
    and with a country: whom "the ambassador" or "the spokesman" refers back to."""
    words = next((k for k in _KINDS if any(w in key for w in k)), None)
    if words is None:
        return None
    here, sent = art.doc[h.cand.start].idx, art.sent_of[h.cand.start]
    for d in reversed(art.done):
        if d.m.start >= here or sent - d.m.sentence > 2:
            continue
        if d.m.kind == "person" and d.m.country and any(w in d.m.text.lower() for w in words):
            return d
    return None


def _repeat(art: _Article, h: _Head, end: int, prev: _Done) -> ActorMention | None:
    """The mention at ``h`` as the same person as its antecedent ``prev`` (see ``_antecedent``)."""
    return _emit(art, h, end, prev.actor, prev.m.name, prev.m.country, prev.m.sector, prev.m.role, "person", prev.fns)


def _role_text(title: str) -> str:
    """A title as written, as a role name: "senate majority leader" -> "Senate Majority Leader"."""
    return " ".join(w if w.isupper() else w.capitalize() for w in title.split())


def _title_only(art: _Article, h: _Head) -> ActorMention | None:
    c = h.cand
    t = art.kb.titles[c.keys[0]]
    cue, end = h.cue, c.end
    if cue is None:
        cue, end = art.right_cue(c)
    # "a State Department spokesperson", "a Kremlin spokesman": an indefinite holder of an office whose title
    # names its state speaks for that state, though which holder it is stays unsaid
    someone = cue is None and h.det in ("a", "an") and t.country is not None and not t.igo
    if h.former or (cue is None and h.det not in ("the", "his", "her", "their", "its") and not someone):
        return None
    if someone:
        office = _role_text(c.keys[0])
        text = art.doc[h.start : end].text
        return _emit(art, h, end, None, text, t.country, art.kb.role_sector(office), office, "person", (t.fn,))
    if cue is None and end < len(art.doc) and art.doc[end].lower_ == "of":
        return None  # "the president of the company"
    if t.fn == "counterpart":
        return _counterpart(art, h, cue, end)
    if cue is None and h.det == "the" and (prev := _antecedent(art, h, c.keys[0])) is not None:
        return _repeat(art, h, end, prev)
    country = cue or t.country or art.context_country(c.start)
    if country is None:
        return None
    fns = art.kb.leader_fns(country) if t.fn == "leader" else (t.fn,)
    key_host = (
        art.kb.country_named(c.keys[0][len("ambassador to ") :]) if c.keys[0].startswith("ambassador to ") else None
    )
    held: dict[str, tuple[Actor, Role]] = {}
    for fn in fns:
        for a, r in art.kb.holders(fn, country, art.day):
            if _hosted(art, r.role, end, key_host):
                held.setdefault(a.actor_id, (a, r))
    if len(held) == 1:
        a, r = next(iter(held.values()))
        return _emit(art, h, end, a, None, None, r.sector, r.role, "person", r.fns)
    role = _office_name(art, country, fns[0], end)
    if role is None and cue is not None:
        # "Iran's ambassador to the Netherlands was summoned", "the president of Vanuatu": the text names the
        # office's country, so the office-holder acts for it even when the KB knows no holder of that office
        role = _role_text(c.keys[0])
    if role is None:
        return None
    return _emit(art, h, end, None, art.doc[h.start : end].text, country, art.kb.role_sector(role), role, "person", fns)


def _counterpart(art: _Article, h: _Head, cue: str | None, end: int) -> ActorMention | None:
    here = art.doc[h.cand.start].idx
    sent = art.sent_of[h.cand.start]
    prev = next(
        (
            d
            for d in reversed(art.done)
            if d.m.kind == "person" and d.fns and d.m.start < here and sent - d.m.sentence <= 2
        ),
        None,
    )
    if prev is None:
        return None
    country = cue
    if country is None:
        others = [iso for p, iso in art.cues if art.sent_of[p] == sent and iso != prev.m.country]
        country = others[-1] if others else None
    if country is None or country == prev.m.country:
        return None
    for fn in prev.fns:
        held = art.kb.holders(fn, country, art.day)
        role = art.kb.role_name(country, fn)
        if len(held) == 1:
            a, r = held[0]
            return _emit(art, h, end, a, None, None, r.sector, r.role, "person", r.fns)
        if role:
            return _emit(
                art, h, end, None, art.doc[h.start : end].text, country, art.kb.role_sector(role), role, "person", (fn,)
            )
    return None


# -- bodies, metonyms ---------------------------------------------------------------------------------
def _generic(art: _Article, h: _Head, key: str) -> ActorMention | None:
    g = art.kb.generics[key]
    cue, end = h.cue, h.cand.end
    if cue is None:
        cue, end = art.right_cue(h.cand)
    if cue is None and g.gov and h.det in ("the", None):
        # "the government in Quito declared ...", "officials in Beijing said": the state whose capital it is
        cue, end = art.seat_cue(h.cand)
    if cue is None and g.context and h.det == "the":
        cue = art.context_country(h.cand.start)
    if cue is None or cue not in art.kb.countries:
        return None
    if g.group and g.sector == "GOV":  # "Chinese diplomats", "U.S. negotiators": the government, as a group
        return _emit(art, h, end, art.kb.gov_actor(cue), None, None, "GOV", None, "group")
    if g.group:
        return _emit(art, h, end, None, art.doc[h.start : end].text, cue, g.sector, None, "group")
    actor = art.kb.generic_actor(key, cue)
    plural = art.doc[h.cand.end - 1].tag_ in ("NNS", "NNPS")
    kind = "group" if g.group or (g.gov and plural) else actor.kind
    return _emit(art, h, end, actor, None, None, actor.sector, None, kind)


def _body(art: _Article, h: _Head) -> ActorMention | None:
    c = h.cand
    actor = art.kb.get(c.keys[0])
    if actor is None:
        return None
    alt = next((k.split("|", 1)[1] for k in c.keys if k.startswith("GENERIC|")), None)
    if h.cue and actor.country and h.cue != actor.country and alt:
        return _generic(art, h, alt)
    home, end = art.namesake_home(h.cand, actor) if h.cue is None else (None, c.end)
    if home is not None:
        other = art.kb.generic_actor(actor.generic or "", home)
        return _emit(art, h, end, other, None, None, other.sector, None, other.kind)
    return _emit(art, h, c.end, actor, None, None, actor.sector, None, actor.kind)


def _seat(art: _Article, h: _Head) -> ActorMention | None:
    c = h.cand
    span: Span = art.doc[c.start : c.end]
    words = span.text.lower().removeprefix("the ").strip()
    if not actor_reading(span, strict=words in art.kb.strict_capitals):
        return None
    actor = art.kb.get(c.keys[0])
    if actor is None:
        return None
    return _emit(art, h, c.end, actor, None, None, actor.sector, None, actor.kind)


def resolve_doc(doc: Doc, kb: ActorKB, published: dt.date | None) -> list[ActorMention]:
    """Resolve every actor mention of one parsed article: the article's mention heads
    (``compose._Article.structure``), each resolved by ``resolve_head``."""
    art = _Article(doc, kb, published)
    out: list[ActorMention] = []
    for h in art.structure():
        m = resolve_head(art, h)
        if m is not None:
            out.append(m)
    return _defined_acronyms(art.text, out)


# "the Philippine Coast Guard (PCG)", "the Rapid Support Forces (RSF)": a short upper-case name in brackets right after
# a resolved body names that body wherever the article uses it again
_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Z&]{1,7})\s*\)")
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.I)


def _defined_acronyms(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Unresolved mentions of an acronym the article defines in brackets after a resolved actor (an organisation,
    a body or an armed force: not a person), resolved to that actor. The acronym's first letter is its name's
    ("PCG" of "Philippine Coast Guard", not "AFP" after "the Chinese foreign ministry", a news agency credit)."""
    defined: dict[str, ActorMention] = {}
    for m in mentions:
        if not m.resolved or m.kind == "person" or not (m.country or m.actor_id):
            continue
        hit = _BRACKETED.match(text, m.end)
        name = _LEADING_DET.sub("", m.text)
        if hit is not None and name[:1].upper() == hit.group(1)[0] and hit.group(1) != name:
            defined.setdefault(hit.group(1), m)
    if not defined:
        return mentions
    out = []
    for m in mentions:
        src = defined.get(_LEADING_DET.sub("", m.text)) if not m.resolved else None
        if src is not None and src.start < m.start:
            m = replace(
                m,
                actor_id=src.actor_id,
                name=src.name,
                country=src.country,
                sector=src.sector,
                kind=src.kind,
                role=src.role,
                resolved=True,
            )
        out.append(m)
    return out
