"""A real scrapyd on loopback: deploy the project, schedule firstpost twice with one DEDUP_STORE."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.fleet import big_site, feed_urls, finished_feeds

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def call(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> Any:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    # Generous: listspiders.json imports the project in a subprocess, slow on a busy machine.
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=120) as response:
        return json.loads(response.read())


def wait_finished(base: str, job: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        jobs = call(base, "listjobs.json?project=newscrawl")
        if any(entry["id"] == job for entry in jobs["finished"]):
            return
        time.sleep(0.5)
    pytest.fail(f"scrapyd job {job} did not finish in {timeout} s")


@contextmanager
def scrapyd_node(home: Path) -> Iterator[str]:
    """A real scrapyd on 127.0.0.1 at a free port, its files in ``home``; yield its URL."""
    missing = [name for name in ("scrapyd", "scrapyd-deploy") if not (BIN / name).exists()]
    assert not missing, f"{missing} not installed: pip install -e '.[test]'"
    port = free_port()
    home.mkdir(parents=True)
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\nbind_address = 127.0.0.1\n"
        f"http_port = {port}\neggs_dir = {home}/eggs\nlogs_dir = {home}/logs\n"
        f"dbs_dir = {home}/dbs\nitems_dir =\njobs_to_keep = 5\nmax_proc = 2\n"
    )
    process = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                call(base, "daemonstatus.json")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with scrapyd_node(tmp_path / "scrapyd") as base:
        yield base, tmp_path / "scrapyd"


def deploy(base: str, folder: Path) -> None:
    # Deploy from a copy: scrapyd-deploy builds the egg in the project folder.
    copy = folder / "project"
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    for name in files.stdout.split():
        if name.startswith(("newscrawl/", "scrapy.cfg", "setup.py", "pyproject.toml", "README")):
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    # scrapy.cfg as written, only the default target's port moved to the test's scrapyd.
    config = (copy / "scrapy.cfg").read_text()
    assert "url = http://localhost:6800/" in config
    (copy / "scrapy.cfg").write_text(config.replace("http://localhost:6800/", f"{base}/"))
    subprocess.run([str(BIN / "scrapyd-deploy")], cwd=copy, check=True,
                   capture_output=True, timeout=120)  # fmt: skip


def test_scheduled_runs_export_only_what_is_new(scrapyd: tuple[str, Path], tmp_path: Path) -> None:
    base, home = scrapyd
    deploy(base, tmp_path)
    assert "firstpost" in call(base, "listspiders.json?project=newscrawl")["spiders"]
    feeds = tmp_path / "feeds"
    settings = [
        ("setting", f"WARC_REPLAY={ROOT / 'samples' / 'firstpost.warc.gz'}"),
        ("setting", f"DEDUP_STORE=sqlite:///{tmp_path}/seen.sqlite"),
        ("setting", f"NEWSCRAWL_FEED_DIR={feeds}"),
    ]
    for expected in (13, 0):
        job = call(
            base, "schedule.json", [("project", "newscrawl"), ("spider", "firstpost"), *settings]
        )
        wait_finished(base, job["jobid"])
        newest = max(finished_feeds(feeds / "firstpost"))
        lines = newest.read_text(encoding="utf-8").splitlines()
        logs = "".join(p.read_text()[-3000:] for p in (home / "logs").glob("**/*.log"))
        assert len(lines) == expected, logs
    assert len(finished_feeds(feeds / "firstpost")) == 2
    assert len(list((feeds / "firstpost").glob("*.rejects.jsonl"))) == 2


def test_two_scrapyd_nodes_one_store_no_article_in_two_feeds(
    tmp_path: Path, postgres_uri: str
) -> None:
    """The same site scheduled on two scrapyd nodes at once, one store between them."""
    site = big_site(300)
    warc = site.write(tmp_path / "site.warc.gz")
    with scrapyd_node(tmp_path / "node1") as one, scrapyd_node(tmp_path / "node2") as two:
        nodes = {"node1": one, "node2": two}
        for name, base in nodes.items():
            deploy(base, tmp_path / name)
        jobs = {
            name: call(base, "schedule.json", [
                ("project", "newscrawl"), ("spider", "firstpost"),
                ("setting", f"WARC_REPLAY={warc}"), ("setting", f"DEDUP_STORE={postgres_uri}"),
                ("setting", f"NEWSCRAWL_FEED_DIR={tmp_path / 'feeds' / name}"),
            ])["jobid"]
            for name, base in nodes.items()
        }  # fmt: skip
        for name, base in nodes.items():
            wait_finished(base, jobs[name], timeout=300)
    logs = "".join(p.read_text()[-3000:] for p in tmp_path.glob("node*/logs/**/*.log"))
    exported = Counter(
        url for feed in finished_feeds(tmp_path / "feeds") for url in feed_urls(feed)
    )
    assert max(exported.values()) == 1, [u for u, n in exported.items() if n > 1]
    assert set(exported) == {s.url for s in site.stories}, logs
    assert not list((tmp_path / "feeds").glob("*/*/*.part")), logs
