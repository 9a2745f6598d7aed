"""Helpers of the fleet tests: a big recorded site, a loopback mirror of it, worker commands."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.minisite import ROOT, SITE, MiniSite, Story


def big_site(articles: int = 400) -> MiniSite:
    """A site of ``articles`` stories, found through the home page, the sitemap and the feed."""
    return MiniSite(
        [Story(13910000 + n, in_sitemap=n % 3 == 0, in_feed=n % 5 == 0) for n in range(articles)]
    )


def worker_command(
    tmp: Path, name: str, redis_url: str, store: str, *source: str, job: str | None = None
) -> list[str]:
    """``scrapy crawl firstpost`` as one worker of a shared crawl, its feeds under ``tmp/name``."""
    command = [sys.executable, "-m", "scrapy", "crawl", "firstpost", *source,
               "-s", f"REDIS_URL={redis_url}", "-s", f"DEDUP_STORE={store}",
               "-s", f"NEWSCRAWL_FEED_DIR={tmp / name}", "-s", "NEWSCRAWL_REDIS_HEARTBEAT=1",
               "-s", "NEWSCRAWL_REDIS_WORKER_TIMEOUT=15",
               "-s", f"USER_AGENT=newscrawl-test-{name}", "-s", "LOG_LEVEL=INFO"]  # fmt: skip
    if job:
        command += ["-a", f"job={job}"]
    return command


def start_worker(command: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as stderr:
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)


def finished_feeds(folder: Path) -> list[Path]:
    """Article feeds that were completed (not ``.part``): the per-run files named by start time.

    Beside them are ``<feed>.rejects.jsonl`` and the health check's ``coverage-history.ndjson``.
    """
    return sorted(
        p
        for p in folder.glob("**/*.jsonl")
        if p.name[:1].isdigit() and not p.name.endswith(".rejects.jsonl")
    )


def feed_urls(feed: Path) -> list[str]:
    return [json.loads(line)["url"] for line in feed.read_text(encoding="utf-8").splitlines()]


def stats_of(feed: Path) -> dict[str, Any]:
    stats: dict[str, Any] = json.loads(feed.with_name(feed.name + ".stats.json").read_text())
    return stats


#: How many more articles one worker may be served than the slowest other before it waits.
LEAD = 20
#: The longest an article waits for every worker to have started.
START_SECONDS = 60.0
#: The longest one article waits for the other workers to catch up (at the end of a crawl
#: none come).
WAIT_SECONDS = 10.0


class Mirror(ThreadingHTTPServer):
    daemon_threads = True
    pages: dict[str, tuple[int, str, bytes]]
    gate_agents: int
    agents: Counter[str]
    turn: threading.Condition


class MirrorHandler(BaseHTTPRequestHandler):
    server: Mirror
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        mirror = self.server
        page = mirror.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        status, ctype, body = page
        if "story-number" in self.path and mirror.gate_agents > 1:
            # Articles wait until every worker has asked for one, and a worker more than LEAD
            # articles ahead of another waits for it: each gets a share whatever the order in
            # which a busy machine starts them and gives them CPU.
            agent = self.headers.get("User-Agent", "")
            start = time.monotonic()
            with mirror.turn:
                mirror.agents[agent] += 1
                mirror.turn.notify_all()
                while mirror.gate_agents > 1:
                    if len(mirror.agents) < mirror.gate_agents:
                        left = start + START_SECONDS - time.monotonic()
                    elif mirror.agents[agent] - min(mirror.agents.values()) > LEAD:
                        left = start + WAIT_SECONDS - time.monotonic()
                    else:
                        break
                    if left <= 0:
                        break
                    mirror.turn.wait(timeout=left)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def mirror(site: MiniSite, gate_agents: int = 1) -> Iterator[Mirror]:
    """Serve ``site`` on 127.0.0.1 (``-a base_url=http://127.0.0.1:PORT``)."""
    server = Mirror(("127.0.0.1", 0), MirrorHandler)
    server.pages = {
        url.removeprefix(SITE) or "/": (status, ctype, text.encode())
        for url, status, ctype, text in site.responses()
    }
    server.gate_agents, server.agents = gate_agents, Counter()
    server.turn = threading.Condition()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        with server.turn:
            server.gate_agents = 0  # no article waits any more
            server.turn.notify_all()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def base_url(server: Mirror) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}"
