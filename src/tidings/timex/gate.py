"""Cheap start gates for the candidate patterns: where a match may begin, said before the pattern runs.

``re.finditer`` tries a pattern at every character of an article. Our patterns open with optional
modifiers and long word alternations ("more than", forty number words, ...), so each failed try costs
dozens of comparisons, and the ~40 patterns over a 2,000-character article cost more than the rest of
the time stage together. A time expression never begins in the middle of a word, and each pattern can
only begin with a few characters; both are said up front as zero-width assertions, which fail in one
step at almost every position:

- ``(?<!\\w)`` (or ``(?:(?<!\\w)|(?!\\w))`` when a match may open with punctuation, as in "'90s"): not
  inside a word. This is the one change in what matches: "noon" inside "afternoon" is no candidate.
- ``(?=(?i:[...]))``: the first character is one the pattern can start with, worked out from its parse
  tree and compared without case, so the assertion never rejects a position the pattern could take.

The analysis is conservative: any construct it does not know leaves that part of the gate out.
"""

from __future__ import annotations

import re
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]

__all__ = ["gated"]

_WORD = re.compile(r"\w")


class _Unknown(Exception):
    """A construct the first-character analysis does not model."""


class _First:
    """Characters a match can start with (None: any), and whether one can start with a non-word character."""

    def __init__(self) -> None:
        self.chars: set[str] | None = set()
        self.digits = False
        self.non_word = False

    def add_char(self, ch: str) -> None:
        if not _WORD.match(ch):
            self.non_word = True
        if self.chars is not None:
            self.chars.add(ch)

    def any(self, *, word_only: bool) -> None:
        self.chars = None
        if not word_only:
            self.non_word = True


def _seq(items: list, first: _First) -> bool:
    """Add the first characters of a sequence; True if the sequence can match the empty string."""
    for op, av in items:
        if not _item(op, av, first):
            return False
    return True


def _item(op, av, first: _First) -> bool:  # noqa: ANN001 - sre parse-tree nodes
    """Add the first characters of one node; True if it can match the empty string."""
    if op is _C.LITERAL:
        first.add_char(chr(av))
        return False
    if op is _C.IN:
        for o, a in av:
            if o is _C.LITERAL:
                first.add_char(chr(a))
            elif o is _C.RANGE:
                if a[1] - a[0] > 200:
                    raise _Unknown("wide range")
                for x in range(a[0], a[1] + 1):
                    first.add_char(chr(x))
            elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
                first.digits = True
            elif o is _C.CATEGORY and a is _C.CATEGORY_WORD:
                first.any(word_only=True)
            else:
                raise _Unknown(str(o))
        return False
    if op is _C.BRANCH:
        empty = False
        for alt in av[1]:
            empty |= _seq(alt.data, first)
        return empty
    if op is _C.SUBPATTERN:
        return _seq(av[3].data, first)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        lo, _, sub = av
        return _seq(sub.data, first) or lo == 0
    if op is _C.ATOMIC_GROUP:
        return _seq(av.data, first)
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return True  # zero width: the next node consumes the first character
    raise _Unknown(str(op))


def _class(first: _First) -> str | None:
    if first.chars is None:
        return None
    body = "".join(re.escape(c) for c in sorted(first.chars)) + (r"\d" if first.digits else "")
    # matched without case, as the pattern's own (?i) parts are: a superset of what the pattern can start with
    return f"(?i:[{body}])" if body else None


def gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with its start gate in front (``rx`` itself if the analysis cannot vouch for one)."""
    first = _First()
    try:
        if _seq(_P.parse(rx.pattern, rx.flags).data, first):
            return rx  # can match the empty string: every position is a possible start
    except _Unknown:
        return rx
    gate = r"(?:(?<!\w)|(?!\w))" if first.non_word else r"(?<!\w)"
    if (cls := _class(first)) is not None:
        gate += f"(?={cls})"
    return re.compile(f"{gate}(?:{rx.pattern}\n)", rx.flags)


# ---- article-level prefilters -------------------------------------------------------------------------
# Most patterns need a word that most articles lack ("ago", "century", a month name, "a.m."). A search
# for those words in the lowercased text is one fast scan (a case-sensitive alternation of literals lets
# the engine skip to the next possible first letter), so a pattern whose required words are absent is
# not run at all. ``required`` derives the words from the parse tree: any match contains one of them.

_MAX_SET = 300  # exact-string sets larger than this are given up (no prefilter rather than a slow one)
_MIN_LEN = 3  # shorter required strings ("a", "on") are in every article: not worth a scan


def _exact(op, av):  # noqa: ANN001, ANN202 - sre parse-tree nodes
    """The set of strings a node matches, lowercased, if small and finite; else None."""
    if op is _C.LITERAL:
        return {chr(av).lower()}
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {""}
    if op is _C.IN:
        out = set()
        for o, a in av:
            if o is _C.LITERAL:
                out.add(chr(a).lower())
            elif o is _C.RANGE and a[1] - a[0] < 12:
                out.update(chr(x).lower() for x in range(a[0], a[1] + 1))
            else:
                return None
        return out
    if op is _C.BRANCH:
        return _union(av[1], _exact_seq)
    if op is _C.SUBPATTERN:
        return _exact_seq(av[3].data)
    return None


def _exact_seq(items: list) -> set[str] | None:
    acc = {""}
    for op, av in items:
        sub = _exact(op, av)
        if sub is None or len(acc) * len(sub) > _MAX_SET:
            return None
        acc = {a + b for a in acc for b in sub}
    return acc


def _required_seq(items: list) -> set[str] | None:
    """Strings one of which every match of the sequence contains (the most selective choice found)."""
    options: list[set[str]] = []
    run: set[str] | None = {""}
    for op, av in items:
        sub = _exact(op, av)
        if sub is not None and run is not None and len(run) * len(sub) <= _MAX_SET:
            run = {a + b for a in run for b in sub}
            continue
        if run:
            options.append(run)
        run = sub if sub is not None else {""}
        if sub is None and (req := _required(op, av)) is not None:
            options.append(req)
    if run:
        options.append(run)
    options = [o for o in options if o and min(map(len, o)) >= _MIN_LEN]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _required(op, av) -> set[str] | None:  # noqa: ANN001
    if op is _C.SUBPATTERN:
        return _required_seq(av[3].data)
    if op is _C.ATOMIC_GROUP:
        return _required_seq(av.data)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required_seq(av[2].data)
    if op is _C.BRANCH:
        return _union(av[1], _required_seq)
    return None


def _union(alternatives, of) -> set[str] | None:  # noqa: ANN001
    """A branch: the union of what ``of`` gives for each alternative, if every one gives a set and
    the union stays small."""
    out: set[str] = set()
    for alt in alternatives:
        sub = of(alt.data)
        if sub is None:
            return None
        out |= sub
    return out if len(out) <= _MAX_SET else None


def prefilter(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A search over the *lowercased* (ASCII) text that finds something wherever ``rx`` could match;
    None when no selective one can be derived."""
    try:
        req = _required_seq(_P.parse(rx.pattern, rx.flags).data)
    except (re.error, RecursionError):
        return None
    if not req:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(req, key=lambda s: (-len(s), s))))
