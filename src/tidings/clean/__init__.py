"""Cleaning: article text without page furniture, every body sentence kept.

``clean_text`` works on plain text line by line with patterns from
``tidings/data/clean/boilerplate.yaml``; ``extract_html`` runs trafilatura on a page, reads the
publisher's metadata and passes the main text through the same cleaner.
"""

from __future__ import annotations

from .html import HtmlExtract, extract_html, host_outlet
from .text import clean_text, normalise_whitespace

__all__ = ["clean_text", "extract_html", "HtmlExtract", "host_outlet", "normalise_whitespace"]
