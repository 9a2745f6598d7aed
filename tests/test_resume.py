"""Kill a job with SIGKILL at random moments, restart it with the same JOBDIR and store."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.minisite import ROOT, MiniSite, Story

ARTICLES = 300


def job(warc: Path, tmp: Path) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "firstpost",
            "-s", f"WARC_REPLAY={warc}", "-s", f"JOBDIR={tmp}/job",
            "-s", f"DEDUP_STORE=sqlite:///{tmp}/seen.sqlite", "-s", f"NEWSCRAWL_FEED_DIR={tmp}/feeds",
            "-s", "LOG_LEVEL=INFO"]  # fmt: skip


def exported(feeds: Path) -> list[str]:
    urls = []
    for feed in sorted(feeds.glob("*/*.jsonl")):
        if feed.name.endswith(".rejects.jsonl"):
            continue
        for line in feed.read_text(encoding="utf-8").splitlines():
            urls.append(json.loads(line)["url"])  # a torn line would raise here
    return urls


def run_with_kills(tmp: Path, kills: int, seed: int) -> list[str]:
    stories = [
        Story(13910000 + n, in_sitemap=n % 3 == 0, in_feed=n % 5 == 0) for n in range(ARTICLES)
    ]
    warc = MiniSite(stories).write(tmp / "site.warc.gz")
    rng = random.Random(seed)
    for round_ in range(kills):
        with (tmp / f"killed-{round_}.log").open("w") as stderr:
            process = subprocess.Popen(
                job(warc, tmp), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr
            )
            deadline = time.monotonic() + 60
            # Wait for the first exported article, then kill somewhere in the middle.
            while len(list(tmp.glob("feeds/*/*.part"))) <= round_ and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.4))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    # The kills hit running crawls: each left its feed as an unfinished .part file.
    assert len(list((tmp / "feeds").glob("*/*.jsonl.part"))) == kills
    final = subprocess.run(
        job(warc, tmp), cwd=ROOT, capture_output=True, text=True, timeout=180, check=False
    )
    assert final.returncode == 0, final.stderr[-2000:]
    assert sorted(exported(tmp / "feeds")) == sorted(s.url for s in stories)
    return exported(tmp / "feeds")


def test_killed_job_resumes_with_every_article_exactly_once(tmp_path: Path) -> None:
    run_with_kills(tmp_path, kills=2, seed=7)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(5))
def test_many_kill_rounds(tmp_path: Path, seed: int) -> None:
    run_with_kills(tmp_path, kills=5, seed=seed)
