"""The web interface and JSON API (``tidings serve``): FastAPI + uvicorn, Jinja2 pages, SQLite FTS5 search."""

from __future__ import annotations

from pathlib import Path

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
