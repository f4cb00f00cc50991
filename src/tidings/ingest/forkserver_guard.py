"""Imported only in ingest's multiprocessing forkserver (its first preload module): the forkserver
dies with the process that started it, even by SIGKILL.

Why: every worker the forkserver starts holds the forkserver's "alive" pipe, and the forkserver only
exits when that pipe closes; so if the run is killed, the forkserver waits for its workers and the
workers for their work: both would live on. With this, the forkserver goes with the run, and its
workers with it (``tidings.runtime.die_with_parent`` in their initializer).
"""

import os

from ..runtime import die_with_parent

# The run that starts the forkserver names itself (``_Pool``): if it is already gone, exit now.
_parent = os.environ.get("TIDINGS_FORKSERVER_PARENT", "")
die_with_parent(int(_parent) if _parent.isdigit() else None)
