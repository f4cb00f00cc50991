"""tidings: news coverage in, a sourced record of international relations out.

The public surface is small on purpose (as in sqlite-utils): ``open`` a store, then ingest, run,
query and export through the returned ``Tidings`` object. The CLI is a thin shell over it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from .api import Tidings, open
from .errors import InputError, SchemaTooNewError, StoreError, TidingsError

try:
    __version__ = _version("tidings")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = ["open", "Tidings", "TidingsError", "StoreError", "SchemaTooNewError", "InputError", "__version__"]
