"""Language identification with lingua, restricted to the languages tidings handles.

The detector is expensive to build (seconds, hundreds of MB in high-accuracy mode), so each worker
process builds one, lazily, in low-accuracy mode (fast and good enough on article-length text).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["LANGUAGES", "detect_language"]

LANGUAGES = ("en", "fr", "de", "es", "zh", "ru", "ja", "ar", "pt", "it")
_SAMPLE = 300  # characters: plenty to tell 10 languages apart; lingua's time grows linearly with length


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when lingua cannot decide."""
    sample = text[:_SAMPLE]
    if len(sample.strip()) < 20:
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None
