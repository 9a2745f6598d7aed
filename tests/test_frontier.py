"""REDIS_URL: workers sharing one crawl's queue and seen-requests filter in a real redis-server."""

from __future__ import annotations

import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from scrapy import Request
from scrapy.utils.test import get_crawler

from newscrawl import frontier
from newscrawl.spiders.firstpost import FirstpostSpider
from tests.fleet import (
    base_url,
    big_site,
    feed_urls,
    finished_feeds,
    mirror,
    start_worker,
    stats_of,
    worker_command,
)
from tests.minisite import ROOT
from tests.redis_server import redis_server


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    with redis_server(tmp_path / "redis") as url:
        yield url


def test_fingerprints_are_scrapys_of_the_canonical_url(redis_url: str) -> None:
    crawler = get_crawler(FirstpostSpider, {"REDIS_URL": redis_url})
    server = redis.Redis.from_url(redis_url)
    dupefilter = frontier.SharedDupeFilter(server, "test:dupefilter", crawler)
    url = "https://www.firstpost.com/india/story-number-1-13910001.html"
    variants = [url + "?utm_source=twitter#comments", url + "/amp", ("http://WWW.firstpost.com"
                "/india/story-number-1-13910001.html")]  # fmt: skip
    canonical = [FirstpostSpider.article_page.canonicalize(v) for v in variants]
    assert set(canonical) == {url}
    seen = [dupefilter.request_seen(Request(c)) for c in canonical]
    assert seen == [False, True, True]
    expected = crawler.request_fingerprinter.fingerprint(Request(url)).hex()
    assert server.smembers("test:dupefilter") == {expected.encode()}


def test_one_worker_seeds_the_others_join_and_the_last_out_clears(redis_url: str) -> None:
    server = redis.Redis.from_url(redis_url)
    k = frontier.keys("firstpost", "daily")
    opening = server.register_script(frontier._OPEN)
    idle = server.register_script(frontier._IDLE)

    def open_(worker: str, run: str) -> tuple[str, str]:
        role, current = opening(
            keys=[k["run"], k["busy"], k["alive"], k["queue"], k["dupefilter"]],
            args=[worker, 60, run],
        )
        return role.decode(), current.decode()

    def idle_(worker: str, run: str) -> str:
        verdict: bytes = idle(keys=[k["queue"], k["busy"], k["run"], k["dupefilter"], k["alive"]],
                              args=[worker, run])  # fmt: skip
        return verdict.decode()

    assert open_("a", "run-1") == ("seed", "run-1")
    assert open_("b", "run-2") == ("join", "run-1")  # a is seeding: b joins a's run
    server.zadd(k["queue"], {"request": 0})
    server.sadd(k["dupefilter"], "fingerprint")
    assert idle_("b", "run-1") == "work"
    server.delete(k["queue"])
    assert idle_("b", "run-1") == "wait"  # a is still busy: its requests may bring more work
    assert idle_("a", "run-1") == "done"
    assert server.exists(k["run"], k["dupefilter"]) == 2  # b is still alive: not a's to clear
    assert idle_("b", "run-1") == "done"  # the last one out ends the run
    assert not server.exists(k["run"], k["dupefilter"])
    # The next scheduled run starts afresh, with a new seeder.
    assert open_("b", "run-3") == ("seed", "run-3")


def test_all_workers_dead_with_work_queued_resumes(redis_url: str) -> None:
    server = redis.Redis.from_url(redis_url)
    k = frontier.keys("firstpost", "firstpost")
    opening = server.register_script(frontier._OPEN)
    args = [k["run"], k["busy"], k["alive"], k["queue"], k["dupefilter"]]
    opening(keys=args, args=["a", 0.2, "run-1"])  # a signs in for 0.2 s, then is never heard of
    server.zadd(k["queue"], {"request": 0})
    server.sadd(k["dupefilter"], "fingerprint")
    time.sleep(0.3)
    role, run = opening(keys=args, args=["b", 60, "run-2"])
    assert (role, run) == (b"resume", b"run-1")
    assert server.zcard(k["queue"]) == 1
    assert server.sismember(k["dupefilter"], "fingerprint")


def test_shared_politeness_limits_all_workers_together(redis_url: str) -> None:
    server = redis.Redis.from_url(redis_url)
    acquire = server.register_script(frontier._ACQUIRE)
    keys = ["polite:next", "polite:leases", frontier.WORKERS_KEY]
    server.zadd(frontier.WORKERS_KEY, {"a": time.time() + 600, "b": time.time() + 600})

    def take(lease: str, delay: float, limit: int = 2) -> float:
        return float(acquire(keys=keys, args=[lease, delay, limit, 600]))

    assert take("a|1", 0) == 0
    assert take("b|1", 0) == 0
    assert take("a|2", 0) == -1  # two leases out of two: everyone waits, whichever worker
    server.zrem("polite:leases", "a|1")
    assert take("b|2", 600) == 0  # b's site delay is 600 s now
    server.zrem("polite:leases", "b|1")
    wait = take("a|3", 0)
    assert 590 < wait <= 600  # a waits for b's delay, though a itself has none
    # A dead worker's leases lapse: b signs off without returning its lease.
    server.zrem(frontier.WORKERS_KEY, "b")
    server.delete("polite:next")
    assert take("a|4", 0, limit=1) == 0


def test_bad_or_unreachable_redis_stops_at_start(tmp_path: Path) -> None:
    for value, message in [
        ("http://127.0.0.1:6379", "REDIS_URL must look like redis://host:6379/0"),
        ("redis://127.0.0.1:1/0", "REDIS_URL redis://127.0.0.1:1/0 cannot be reached"),
    ]:
        result = subprocess.run(
            worker_command(tmp_path, "a", value, f"sqlite:///{tmp_path}/seen.sqlite"),
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr[-2000:]
        errors = [line for line in result.stderr.splitlines() if "error:" in line]
        assert len(errors) == 1, result.stderr[-2000:]
        assert message in errors[0]


def test_bad_job_name_stops_at_start(tmp_path: Path, redis_url: str) -> None:
    result = subprocess.run(
        worker_command(tmp_path, "a", redis_url, f"sqlite:///{tmp_path}/seen.sqlite",
                       job="two words"),
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "job must be" in result.stderr


def test_two_workers_export_every_article_once_and_share_the_work(
    tmp_path: Path, redis_url: str, postgres_uri: str
) -> None:
    site = big_site(400)
    store = postgres_uri  # concurrent jobs share a PostgreSQL store (SQLite is one crawl a time)
    with mirror(site, gate_agents=2) as server:
        source = ["-a", f"base_url={base_url(server)}", "-s", "DOWNLOAD_DELAY=0",
                  "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=32"]  # fmt: skip
        workers = [
            start_worker(worker_command(tmp_path, name, redis_url, store, *source),
                         tmp_path / f"{name}.log")
            for name in ("a", "b")
        ]  # fmt: skip
        codes = [w.wait(timeout=300) for w in workers]
    logs = "".join((tmp_path / f"{n}.log").read_text()[-3000:] for n in "ab")
    assert codes == [0, 0], logs
    per_worker = {n: [u for f in finished_feeds(tmp_path / n) for u in feed_urls(f)] for n in "ab"}
    union = Counter(per_worker["a"] + per_worker["b"])
    assert set(union) == {s.url for s in site.stories}, logs
    assert max(union.values()) == 1, [u for u, n in union.items() if n > 1]
    for name, urls in per_worker.items():
        assert len(urls) >= 40, f"worker {name} exported {len(urls)} of 400"
    roles = sorted(stats_of(f)["newscrawl/frontier/role"] for n in "ab"
                   for f in finished_feeds(tmp_path / n))  # fmt: skip
    assert roles == ["join", "seed"]
    granted = sum(stats_of(f).get("newscrawl/frontier/politeness/granted", 0)
                  for n in "ab" for f in finished_feeds(tmp_path / n))  # fmt: skip
    assert granted >= 400  # every article went through the shared limit
    # The run is over: nothing left in Redis for the next scheduled run to trip on.
    k = frontier.keys("firstpost", "firstpost")
    assert not redis.Redis.from_url(redis_url).exists(k["queue"], k["run"], k["dupefilter"])


def test_a_worker_that_stops_early_leaves_the_queue_to_the_others(
    tmp_path: Path, redis_url: str, postgres_uri: str
) -> None:
    site = big_site(120)
    warc = site.write(tmp_path / "site.warc.gz")
    store = postgres_uri
    source = ["-s", f"WARC_REPLAY={warc}"]
    early = subprocess.run(
        worker_command(tmp_path, "a", redis_url, store, *source,
                       "-s", "CLOSESPIDER_ITEMCOUNT=10", job="backfill"),
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert early.returncode == 0, early.stderr[-3000:]
    k = frontier.keys("firstpost", "backfill")
    server = redis.Redis.from_url(redis_url)
    assert server.zcard(k["queue"]) > 0
    assert server.exists(k["run"], k["dupefilter"]) == 2
    rest = subprocess.run(
        worker_command(tmp_path, "b", redis_url, store, *source, job="backfill"),
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert rest.returncode == 0, rest.stderr[-3000:]
    urls = [u for n in "ab" for f in finished_feeds(tmp_path / n) for u in feed_urls(f)]
    assert sorted(urls) == sorted(s.url for s in site.stories)


def test_killed_worker_loses_only_what_the_next_run_finds(
    tmp_path: Path, redis_url: str, postgres_uri: str
) -> None:
    site = big_site(300)
    store = postgres_uri  # concurrent jobs share a PostgreSQL store (SQLite is one crawl a time)
    with mirror(site) as server:
        # Pages come from a loopback mirror, so DOWNLOAD_DELAY paces each worker: a replayed
        # WARC answers in a downloader middleware, before any download slot's delay, and a
        # exported all 300 articles in 4 s, before b had any work to be killed in.
        source = ["-a", f"base_url={base_url(server)}", "-s", "DOWNLOAD_DELAY=0.1"]

        def command(name: str) -> list[str]:
            return worker_command(tmp_path, name, redis_url, store, *source)

        a = start_worker(command("a"), tmp_path / "a.log")
        deadline = time.monotonic() + 120
        # b joins a run that a seeded and is exporting from. Started in the same second, either
        # may seed, and killing a seeder that holds the sitemap request in flight leaves the
        # other worker nothing to do: it exits 3 with 0 articles (the README's known issue),
        # and the next run finds the lost part. That is not the case tested here.
        assert _feed_grows(a, tmp_path / "a", 1, deadline), "a exported nothing"
        b = start_worker(command("b"), tmp_path / "b.log")
        # Kill b once it has written articles to its unfinished feed.
        assert _feed_grows(b, tmp_path / "b", 2000, deadline), "b finished before its kill"
        b.send_signal(signal.SIGKILL)
        b.wait(timeout=30)
        b = start_worker(command("b"), tmp_path / "b.log")  # started again, joins the run
        assert a.wait(timeout=300) == 0, (tmp_path / "a.log").read_text()[-3000:]
        assert b.wait(timeout=300) == 0, (tmp_path / "b.log").read_text()[-3000:]
        assert len(list((tmp_path / "b").glob("*/*.jsonl.part"))) == 1  # the killed run's
        # The next scheduled run (one worker) finds what the killed worker had in flight.
        again = subprocess.run(command("a"), cwd=ROOT, capture_output=True, text=True,
                               timeout=300, check=False)  # fmt: skip
    assert again.returncode == 0, again.stderr[-3000:]
    urls = Counter(u for n in "ab" for f in finished_feeds(tmp_path / n) for u in feed_urls(f))
    assert set(urls) == {s.url for s in site.stories}
    assert max(urls.values()) == 1, [u for u, n in urls.items() if n > 1]


def _feed_grows(worker: subprocess.Popen[bytes], folder: Path, size: int, deadline: float) -> bool:
    """Wait until the worker's unfinished feed holds more than ``size`` bytes (it still runs)."""
    while time.monotonic() < deadline and worker.poll() is None:
        parts = list(folder.glob("*/*.jsonl.part"))
        if parts and parts[0].stat().st_size > size:
            return True
        time.sleep(0.02)
    return worker.poll() is None and time.monotonic() < deadline
