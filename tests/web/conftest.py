"""Fixtures for the web tests: the demo store (built once per session, shared by xdist workers through a
lock file) and real `tidings serve` processes on copies of it, spoken to over loopback HTTP."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`tidings demo` into a temp store, once for all workers of the session."""
    shared = tmp_path_factory.getbasetemp().parent if os.environ.get("PYTEST_XDIST_WORKER") else tmp_path_factory.getbasetemp()
    db = shared / "web-demo.duckdb"
    with open(shared / "web-demo.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        reuse = os.environ.get("TIDINGS_TEST_DEMO_DB")  # a developer's already built demo store, to iterate faster
        if not db.exists() and reuse:
            shutil.copy(reuse, db)
        if not db.exists():
            tmp = shared / "web-demo.part.duckdb"
            tmp.unlink(missing_ok=True)
            subprocess.run([sys.executable, "-m", "tidings.cli", "demo", "--db", str(tmp)], check=True,
                           capture_output=True, timeout=900)
            tmp.rename(db)
    return db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


class Server:
    """A `tidings serve` subprocess on its own copy of a store."""

    def __init__(self, db: Path, *, token: str | None = None) -> None:
        self.db, self.token = db, token
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "tidings.cli", "serve", "--db", str(db), "--port", str(self.port)]
        env = {k: v for k, v in os.environ.items() if k != "TIDINGS_TOKEN"}
        if token:
            cmd += ["--token", token]
        self.log = open(db.with_suffix(".serve.log"), "wb")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"tidings serve exited {self.proc.returncode}: {db.with_suffix('.serve.log').read_text()}")
            try:
                if self.get("/api/status").status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("tidings serve did not start in 120 s")

    def request(self, method: str, path: str, *, body: bytes | None = None, headers: dict[str, str] | None = None,
                timeout: float = 120) -> Response:
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return Response(r.status, dict(r.headers), r.read())
        except urllib.error.HTTPError as e:
            return Response(e.code, dict(e.headers), e.read())

    def get(self, path: str, **kw: Any) -> Response:
        return self.request("GET", path, **kw)

    def get_json(self, path: str) -> Any:
        r = self.get(path)
        assert r.status == 200, (path, r.status, r.body[:300])
        return r.json()

    def upload(self, payload: bytes, *, token: str | None = None) -> Response:
        headers = {"Content-Type": "application/octet-stream"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self.request("POST", "/api/upload", body=payload, headers=headers)

    def wait_job(self, job_id: str, timeout: float = 600) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = self.get_json(f"/api/jobs/{job_id}")
            if job["state"] in ("done", "failed"):
                return job
            time.sleep(0.5)
        raise TimeoutError(f"job {job_id} not finished in {timeout} s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def _copy(demo_db: Path, tmp: Path, name: str) -> Path:
    db = tmp / f"{name}.duckdb"
    shutil.copy(demo_db, db)
    return db


@pytest.fixture(scope="session")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """A server with writes enabled (token), on its own copy of the demo store."""
    s = Server(_copy(demo_db, tmp_path_factory.mktemp("web"), "served"), token=TOKEN)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def readonly_server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """A server started without --token: read-only."""
    s = Server(_copy(demo_db, tmp_path_factory.mktemp("web-ro"), "readonly"))
    yield s
    s.stop()


HOSTILE_TITLE = 'Beijing responds <script>alert("title")</script> to Washington'
HOSTILE_TEXT = (
    "WASHINGTON, March 3, 2024 - The United States and China held talks in Washington on Monday, officials said. "
    'A statement posted online read <script>alert("pwned")</script> and <img src=x onerror=alert(1)> verbatim, '
    "the State Department said.\n\n"
    "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Washington on Monday to discuss trade.\n\n"
    'Analysts said the page <a href="javascript:alert(2)">click</a> was defaced before the meeting.'
)


@pytest.fixture(scope="session")
def hostile(server: Server) -> dict[str, Any]:
    """A hostile article (script tags, onerror=, a javascript: link) uploaded and run through every stage."""
    record = {"id": "hostile-1", "url": "javascript:alert(3)", "title": HOSTILE_TITLE, "outlet": "Evil <b>Times</b>",
              "published": "2024-03-04", "text": HOSTILE_TEXT}
    r = server.upload((json.dumps(record) + "\n").encode(), token=TOKEN)
    assert r.status == 202, r.body
    job = server.wait_job(r.json()["job_id"])
    assert job["state"] == "done", job
    found = server.get_json("/api/search?q=defaced")
    assert found["total"] == 1, found
    return {"job": job, "article_id": found["items"][0]["article_id"]}
