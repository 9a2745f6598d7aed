"""Kill a job with SIGKILL at random moments, restart it with the same JOBDIR and store."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from queuelib.queue import FifoDiskQueue, LifoDiskQueue
from scrapy import Request
from scrapy.utils.test import get_crawler

from newscrawl.jobdir import (
    DAMAGED,
    QueueDamaged,
    ResumableScheduler,
    check_fifo_folder,
    check_lifo_file,
    check_queue,
)
from newscrawl.spiders.firstpost import FirstpostSpider
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
            continue  # sidecars beside the feeds, not feeds
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


# -- a damaged JOBDIR queue (issue 10.8) -----------------------------------------------------


def stop(tmp: Path, warc: Path, signum: int, after_parts: int, wait: float, name: str) -> int:
    """Start the job, send ``signum`` ``wait`` s after its feed's first article; its exit code."""
    with (tmp / f"{name}.log").open("w") as stderr:
        process = subprocess.Popen(
            job(warc, tmp), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr
        )
        deadline = time.monotonic() + 60
        while len(list(tmp.glob("feeds/*/*.part"))) < after_parts and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(wait)
        process.send_signal(signum)
        return process.wait(timeout=60)


def test_a_killed_resume_does_not_break_the_next_resume(tmp_path: Path) -> None:
    """A pause, then a SIGKILL of the resumed run: the queue it leaves is torn.

    queuelib writes a queue file's record count only when the queue is closed, so the
    next resume read a count that did not match the file (a crash on a short header, or
    ``OSError: [Errno 22]`` on every pop and a crawl that never ended).
    """
    stories = [Story(13920000 + n, in_sitemap=n % 3 == 0) for n in range(ARTICLES)]
    warc = MiniSite(stories).write(tmp_path / "site.warc.gz")
    stop(tmp_path, warc, signal.SIGINT, 1, 0.05, "paused")
    assert (tmp_path / "job" / "requests.queue" / "active.json").exists()  # a real pause
    assert stop(tmp_path, warc, signal.SIGKILL, 1, 0.05, "killed") == -signal.SIGKILL
    final = subprocess.run(
        job(warc, tmp_path), cwd=ROOT, capture_output=True, text=True, timeout=180, check=False
    )
    assert final.returncode == 0, final.stderr[-3000:]
    assert "Traceback" not in final.stderr
    assert sorted(exported(tmp_path / "feeds")) == sorted(s.url for s in stories)

    assert "JOBDIR queue damaged" in final.stderr
    assert (tmp_path / "job" / DAMAGED).is_dir()


def lifo(path: Path, count: int) -> Path:
    queue = LifoDiskQueue(path)
    for n in range(count):
        queue.push(f"request {n}".encode() * (n + 1))
    queue.close()
    return path


def fifo(path: Path, count: int) -> Path:
    queue = FifoDiskQueue(path, chunksize=2)
    for n in range(count):
        queue.push(f"request {n}".encode())
    queue.close()
    return path


def test_whole_queues_are_counted(tmp_path: Path) -> None:
    assert check_lifo_file(lifo(tmp_path / "10", 3)) == 3
    assert check_fifo_folder(fifo(tmp_path / "5s", 5)) == 5
    (tmp_path / "active.json").write_text("[10]")
    assert check_queue(tmp_path) == 8


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),  # created, killed before its header was flushed
        lambda p: p.write_bytes(p.read_bytes()[:-3]),  # killed in the middle of a push
        lambda p: p.write_bytes(p.read_bytes() + b"more"),  # pushed after the count was written
        lambda p: p.write_bytes(b"\0\0\0\x09" + p.read_bytes()[4:]),  # popped after it
    ],
    ids=["empty", "torn-push", "pushed-after-close", "popped-after-close"],
)
def test_a_torn_lifo_queue_is_damaged(tmp_path: Path, damage: Any) -> None:
    path = lifo(tmp_path / "10", 3)
    damage(path)
    with pytest.raises(QueueDamaged):
        check_lifo_file(path)


def test_a_torn_fifo_queue_is_damaged(tmp_path: Path) -> None:
    folder = fifo(tmp_path / "5s", 5)
    chunk = folder / "q00001"
    chunk.write_bytes(chunk.read_bytes()[:-2])
    with pytest.raises(QueueDamaged):
        check_fifo_folder(folder)
    (folder / "info.json").write_text("{not json")
    with pytest.raises(QueueDamaged):
        check_fifo_folder(folder)


def scheduler_settings(tmp: Path) -> dict[str, Any]:
    return {
        "JOBDIR": str(tmp / "job"),
        "DUPEFILTER_CLASS": "newscrawl.feeds.RunDupeFilter",
        # The downloader-aware queue needs a running engine; its per-slot folders hold the same
        # queue files, checked alike.
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue",
    }


def test_the_scheduler_sets_a_damaged_queue_aside_and_starts_empty(tmp_path: Path) -> None:
    queue = tmp_path / "job" / "requests.queue"
    queue.mkdir(parents=True)
    lifo(queue / "10", 3).write_bytes(b"")
    (queue / "active.json").write_text("[10]")
    crawler = get_crawler(FirstpostSpider, scheduler_settings(tmp_path))
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    scheduler = ResumableScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    assert len(scheduler) == 0
    assert crawler.stats.get_value("newscrawl/jobdir/queue_damaged") == 1
    assert (tmp_path / "job" / DAMAGED / "10").exists()
    assert scheduler.next_request() is None
    scheduler.close("finished")


def test_a_queue_that_fails_while_crawling_is_dropped_not_retried(tmp_path: Path) -> None:
    crawler = get_crawler(FirstpostSpider, scheduler_settings(tmp_path))
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    scheduler = ResumableScheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    assert scheduler.enqueue_request(Request("https://www.firstpost.com/a-1.html"))
    assert scheduler.dqs is not None

    def torn() -> None:
        raise OSError(22, "Invalid argument")

    scheduler.dqs.pop = torn  # type: ignore[method-assign]
    assert scheduler.next_request() is None
    assert not scheduler.has_pending_requests()
    assert crawler.stats.get_value("newscrawl/jobdir/requests_dropped") == 1
    scheduler.close("finished")
