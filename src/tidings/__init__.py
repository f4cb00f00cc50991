"""tidings: news coverage in, a sourced record of international relations out.

The public surface is small on purpose (as in sqlite-utils): ``open`` a store, then ingest, run,
query and export through the returned ``Tidings`` object. The CLI is a thin shell over it.
"""

from __future__ import annotations

import os as _os

# OpenBLAS's idle threads spin for 2**28 cycles (about 0.1 s) after each product before they sleep, and
# numpy's elementwise work between the MiniLM encoder's products (dedup, in the parent) runs on one thread,
# so the helper thread spun through it, taking CPU from the parse workers on a 2-core machine. 2**4 cycles:
# idle threads sleep at once. Only waiting changes, not how a product is split, so every result is
# bit-identical (session 27: encoder output md5 the same, 15-18% less process CPU). Read when numpy loads
# OpenBLAS, so set before any import of numpy; a value the user set is kept.
_os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from .api import Tidings, open
from .errors import InputError, SchemaTooNewError, StoreError, TidingsError

try:
    __version__ = _version("tidings")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = ["open", "Tidings", "TidingsError", "StoreError", "SchemaTooNewError", "InputError", "__version__"]
