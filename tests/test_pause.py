"""Ctrl-C under JOBDIR is a pause: exit 0, a health file that says so, and a resume that finishes.

A real ``scrapy crawl`` over the loopback fault site (tests/faultsite.py), each article slow
to answer, stopped with one SIGINT once its first article is exported, then run again with
the very same command.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.faultsite import FaultSite, clean_site, serve
from tests.minisite import ROOT

ARTICLES = 30
#: Downloads a site slot runs at once (CONCURRENT_REQUESTS_PER_DOMAIN): what may still be under
#: way when the stop comes, plus one the downloader may start before the stop is seen.
UNDER_WAY = 4 + 1


def job(base: str, tmp: Path) -> list[str]:
    """The one command both runs use: default feed per run, JOBDIR, politeness delay kept."""
    return [sys.executable, "-m", "scrapy", "crawl", "firstpost", "-a", f"base_url={base}",
            "-s", f"JOBDIR={tmp / 'job'}", "-s", f"NEWSCRAWL_FEED_DIR={tmp / 'feeds'}",
            "-s", "DOWNLOAD_DELAY=0.2", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "LOG_LEVEL=DEBUG", "-s", f"LOG_FILE={tmp / 'crawl.log'}"]  # fmt: skip


def feeds(tmp: Path) -> list[Path]:
    return sorted(
        p for p in (tmp / "feeds" / "firstpost").glob("*.jsonl") if p.name.count(".") == 1
    )


def urls(feed: Path) -> list[str]:
    return [json.loads(line)["url"] for line in feed.read_text(encoding="utf-8").splitlines()]


def test_ctrl_c_under_jobdir_pauses_and_the_same_command_resumes(tmp_path: Path) -> None:
    site = FaultSite(
        clean_site(ARTICLES, "slow", 0.3), huge_listing=0, sitemaps=False, crawl_delay=None
    )
    log = tmp_path / "crawl.log"
    with serve(site) as base:
        process = subprocess.Popen(
            job(base, tmp_path), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            # The first article exported: Scrapy's DEBUG line for an item, then the pause. The
            # wait is bounded by the crawl itself, which ends on its own after 30 articles.
            while not (log.exists() and "Scraped from <200" in log.read_text(encoding="utf-8")):
                assert process.poll() is None, "the crawl ended before its first article"
                time.sleep(0.05)
            hits_at_stop = len(site.log)
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
        hits_after_stop = len(site.log) - hits_at_stop
        paused_log = log.read_text(encoding="utf-8")
        log.rename(tmp_path / "paused.log")

        assert process.returncode == 0, stderr.decode()[-3000:]
        [first] = feeds(tmp_path)
        health = first.with_name(first.name + ".health.txt").read_text(encoding="utf-8")
        assert health.startswith("newscrawl health: paused, resume with the same command\n")
        assert "finish_reason shutdown" in health
        stats = json.loads(first.with_name(first.name + ".stats.json").read_text("utf-8"))
        assert stats["finish_reason"] == "shutdown"
        # Requests waiting for their turn at the site were not sent after the Ctrl-C, one
        # delay at a time: they went back to the JOBDIR queue. Only downloads already under
        # way were waited for.
        assert hits_after_stop <= UNDER_WAY, (hits_after_stop, site.log[hits_at_stop:])
        for trouble in (" ERROR: ", "Unhandled", "Error caught on signal handler"):
            assert trouble not in paused_log, paused_log[-3000:]
        assert 1 <= len(urls(first)) < ARTICLES

        resumed = subprocess.run(
            job(base, tmp_path), cwd=ROOT, capture_output=True, timeout=300, check=False
        )
    assert resumed.returncode == 0, resumed.stderr.decode()[-3000:]
    resumed_log = log.read_text(encoding="utf-8")
    assert "Resuming crawl" in resumed_log, resumed_log[-3000:]
    first_feed, second_feed = feeds(tmp_path)
    assert first_feed == first
    health = second_feed.with_name(second_feed.name + ".health.txt").read_text(encoding="utf-8")
    assert health.startswith("newscrawl health: OK"), health
    exported = urls(first_feed) + urls(second_feed)
    expected = [f"https://www.firstpost.com{path}" for path in site.linked]
    assert sorted(exported) == sorted(expected)  # every article, exactly once across both
