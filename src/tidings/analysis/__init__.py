"""What an analyst reads, built on the store as it is: sourced briefs, a cooperation–conflict index,
the state of dialogue channels and what is planned next (issue 11).

Each output is one function over a DuckDB connection, a ``Store`` or a ``Tidings`` object and
returns plain JSON-able data (dicts, lists, strings, numbers): the CLI, the web interface and
notebooks call the same functions and only format the result.
"""

from __future__ import annotations

from .brief import brief
from .channels import channels
from .index import index
from .upcoming import upcoming

__all__ = ["brief", "index", "channels", "upcoming"]
