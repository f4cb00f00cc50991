"""One parse to and from spaCy ``DocBin`` bytes, without DocBin's per-call overheads.

The bytes are exactly what ``DocBin(attrs=ATTRS, store_user_data=False)`` with one doc writes, and
``DocBin().from_bytes`` reads them (and we read any single-doc DocBin, so stores written before this
module read the same). Going through ``DocBin`` itself cost ~2.5 ms per article, as much as a tenth of
the parse, in three places this module avoids:

- ``DocBin.add`` collects the strings to store with nine attribute reads per token in Python; here
  the hash columns come out of one ``Doc.to_array`` and each distinct hash is looked up once.
- ``srsly.msgpack_dumps``/``msgpack_loads`` build a new packer per call, and each asks ``catalogue``
  for the registered encoders, which scans the installed packages' entry points. One packer is kept,
  and the unpacker is called with the hook already resolved (the message holds no NumPy objects, the
  only thing those hooks decode).
- ``DocBin.from_bytes`` splits the token table with Thinc ops; one doc needs no split.
"""

from __future__ import annotations

import functools
import zlib
from typing import Any

import numpy
import srsly
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_KB_ID,
    ENT_TYPE,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    SPACY,
    TAG,
    intify_attr,
)
from spacy.morphology import Morphology
from spacy.tokens import Doc
from spacy.tokens._dict_proxies import SpanGroups
from spacy.vocab import Vocab

__all__ = ["ATTRS", "to_bytes", "from_bytes", "with_text"]

ATTRS = ["ORTH", "SPACY", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE"]
# DocBin's column order: ORTH first, then the others sorted by id (SPACY is stored apart).
_COLUMNS = [ORTH] + [a for a in sorted(intify_attr(x) for x in ATTRS) if a not in (ORTH, SPACY)]
# The attributes whose strings DocBin.add stores for every token (text, tag_, lemma_, norm_, morph,
# dep_, ent_type_, ent_kb_id_, ent_id_): their hashes, read as one array.
_STRING_ATTRS = [ORTH, TAG, LEMMA, NORM, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID]  # and MORPH, apart
_VERSION = "0.1"
_TEXT_KEY = "tidings.text"  # where ``nlp.doc_text`` keeps a Doc's text (user_data, never stored)


@functools.lru_cache(maxsize=1)
def _packer() -> srsly.msgpack.Packer:
    """The packer ``srsly.msgpack_dumps`` would build on every call (same options, same encoders)."""
    return srsly.msgpack.Packer(use_bin_type=True)


def to_bytes(doc: Doc) -> bytes:
    """``DocBin(attrs=ATTRS, store_user_data=False, docs=[doc]).to_bytes()``, byte for byte."""
    tokens = doc.to_array(_COLUMNS)
    if tokens.ndim == 1:
        tokens = tokens.reshape((tokens.shape[0], 1))
    spaces = numpy.asarray(doc.to_array(SPACY), dtype=bool).reshape((-1, 1))
    strings = doc.vocab.strings
    words: set[str] = set()
    if len(doc):
        words = {strings[h] for h in numpy.unique(doc.to_array(_STRING_ATTRS)).tolist()}
        for h in numpy.unique(doc.to_array(MORPH)).tolist():
            morph = strings[h]
            words.add("" if morph == Morphology.EMPTY_MORPH else morph)  # as str(token.morph) reads it
    msg = {
        "version": _VERSION,
        "attrs": _COLUMNS,
        "tokens": tokens.tobytes("C"),
        "spaces": spaces.tobytes("C"),
        "lengths": numpy.asarray([len(tokens)], dtype="int32").tobytes("C"),
        "strings": sorted(words),
        "cats": [doc.cats],
        "flags": [{"has_unknown_spaces": doc.has_unknown_spaces}],
        "span_groups": [doc.spans.to_bytes()],
    }
    return zlib.compress(_packer().pack(msg))


def from_bytes(data: bytes, vocab: Vocab) -> Doc:
    """The first doc of DocBin bytes, as ``DocBin().from_bytes(data).get_docs(vocab)`` rebuilds it."""
    # object_pairs_hook given: srsly's unpackb then skips the registry look-up (maps stay dicts)
    msg = srsly.msgpack.unpackb(zlib.decompress(data), raw=False, use_list=True, object_pairs_hook=None)
    attrs = msg["attrs"]
    for string in msg["strings"]:
        vocab[string]
    length = int(numpy.frombuffer(msg["lengths"], dtype="int32")[0])
    tokens = numpy.frombuffer(msg["tokens"], dtype="uint64").reshape((-1, len(attrs)))[:length]
    spaces = numpy.frombuffer(msg["spaces"], dtype=bool)[:length]
    flags = (msg.get("flags") or [{}])[0]
    # spaCy's own DocBin passes these arrays; its stubs ask for lists
    words: Any = tokens[:, attrs.index(ORTH)]
    spaced: Any = None if flags.get("has_unknown_spaces") else spaces.reshape((-1, 1))
    doc = Doc(vocab, words=words, spaces=spaced)
    doc = doc.from_array(attrs, tokens)  # type: ignore[arg-type]
    doc.cats = msg["cats"][0]
    groups = (msg.get("span_groups") or [b""])[0]
    if groups and groups != SpanGroups._EMPTY_BYTES:
        doc.spans.from_bytes(groups)
    else:
        doc.spans.clear()
    user_data = msg.get("user_data")
    if user_data and user_data[0] is not None:
        doc.user_data.update(srsly.msgpack_loads(user_data[0], use_list=False))
    return doc


def with_text(doc: Doc, text: str) -> Doc:
    """``doc`` with the words of ``text`` where a word was read otherwise (same length, same offsets).

    ``unwrap_lines`` lets the parser read a dateline's plain hyphen as an em dash or a full stop; the parse is
    kept, and the words go back to what the article says, so every sentence and evidence stays verbatim.
    Only words change: a hard wrap the parser read as a space stays a space in the doc."""
    if doc.text == text:
        doc.user_data[_TEXT_KEY] = text  # ``nlp.doc_text``'s cache: the analysers need not join the tokens again
        return doc
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    if words == [t.text for t in doc]:
        return doc
    arr = doc.to_array(_COLUMNS[1:])
    new = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    new.from_array(_COLUMNS[1:], arr)  # type: ignore[arg-type]
    new.cats = dict(doc.cats)
    if doc.spans:
        new.spans.from_bytes(doc.spans.to_bytes())
    return new
