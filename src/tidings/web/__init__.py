"""The web interface and JSON API (``tidings serve``): FastAPI + uvicorn, Jinja2 pages, SQLite FTS5 search."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

__all__ = ["serve"]


def serve(
    db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, log_level: str = "warning"
) -> None:
    """Run the server in this process until interrupted; it owns the store (see tidings.web.data)."""
    import uvicorn

    from .app import create_app
    from .data import Backend

    backend = Backend(db, writable=token is not None)
    try:
        app = create_app(backend, token=token, loopback=host in ("127.0.0.1", "localhost", "::1"))
        threading.Thread(target=_warm, args=(app,), name="tidings-warm", daemon=True).start()
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level=log_level,
            server_header=False,
            limit_concurrency=64,
            timeout_keep_alive=5,
            h11_max_incomplete_event_size=64 * 1024,
        )
    finally:
        backend.close()


def _warm(app: Any) -> None:
    """The default dashboard computed in the background at start (an error is shown when a page asks)."""
    try:
        app.state.warm()
    except Exception:  # noqa: BLE001
        pass
