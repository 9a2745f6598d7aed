"""Crawls of a misbehaving site on loopback: nothing lost, nothing garbled, nothing off-site."""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from newscrawl import signals as newscrawl_signals
from newscrawl.feeds import AtomicFileFeedStorage
from newscrawl.items import Article
from newscrawl.middlewares import RejectedRequest
from newscrawl.monitors import HEALTH_EXIT_CODE
from newscrawl.reasons import Rejected
from newscrawl.rejects import RejectsFeed, failure_reason, feed_sibling, local_feed, reject_failure
from newscrawl.spiders.firstpost import FirstpostSpider
from tests.faultsite import FAULTY, SITE, SITEMAP_ONLY, FaultSite, Hit, clean_site, serve

ROOT = Path(__file__).resolve().parents[1]
FIELDS = [f.name for f in dataclasses.fields(Article)]
ARTICLE_PATH = re.compile(r"^/[\w/-]+-\d{6,9}\.html$")
#: Small timeouts and waits so the fault site is crawled in well under a minute.
FAST = {
    "AUTOTHROTTLE_START_DELAY": 0,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_TIMEOUT": 1.5,
    "NEWSCRAWL_BACKOFF_BASE": 0.2,
    "NEWSCRAWL_RETRY_AFTER_MAX": 3,
    "RETRY_TIMES": 2,
}


# -- rejects feed, unit ---------------------------------------------------------------


def failure_of(error: Exception, url: str = SITE + "/india/a-14000001.html") -> Failure:
    failure = Failure(error)
    failure.request = Request(url)  # type: ignore[attr-defined]
    return failure


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (HttpError(Response("https://x/", status=404)), "http_404"),
        (IgnoreRequest("Forbidden by robots.txt"), "robots_txt"),
        (IgnoreRequest("max redirections reached"), "redirect_loop"),
        (IgnoreRequest("... exceeded DOWNLOAD_MAXSIZE (1 B) during decompression."), "too_large"),
        (RejectedRequest("offsite_redirect", "a redirects to b"), "offsite_redirect"),
        (DownloadTimeoutError("took longer than 1 seconds"), "timeout"),
        (ResponseDataLossError(), "truncated"),
        (DownloadCancelledError(), "too_large"),
        (ValueError("odd"), "download_error"),
    ],
)
def test_failure_reason(error: Exception, reason: str) -> None:
    found, detail = failure_reason(failure_of(error))
    assert found == reason
    assert detail


def test_local_feed_and_sibling() -> None:
    settings = Settings({"FEEDS": {"stdout:": {}, "file:///data/out/%(name)s.jsonl": {"x": 1}}})
    feed = local_feed(settings, "firstpost")
    assert feed == (Path("/data/out/firstpost.jsonl"), {"x": 1})
    assert feed_sibling(feed[0], ".rejects.jsonl") == Path(
        "/data/out/firstpost.jsonl.rejects.jsonl"
    )
    # The default per-run feed of DefaultFeedAddon.
    settings = Settings({"FEEDS": {"feeds/%(name)s/%(batch_time)s.jsonl": {}}})
    default = local_feed(settings, "firstpost")
    assert default is not None
    assert default[0].parent == Path("feeds/firstpost")


def test_rejects_feed_writes_a_part_file_and_renames_it(tmp_path: Path) -> None:
    crawler = get_crawler(FirstpostSpider, {"REJECTS_FEED": str(tmp_path / "r.jsonl")})
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    feed = RejectsFeed.from_crawler(crawler)
    feed.spider_opened(crawler.spider)
    reject_failure(crawler, failure_of(HttpError(Response("https://x/", status=500))))
    response = Response(SITE + "/india/b-14000002.html")
    crawler.signals.send_catch_log(
        newscrawl_signals.page_rejected, url=response.url, reason="no_body", response=response
    )
    item = Article(url=SITE + "/india/c-14000003.html", title="\ud800 lone", crawled_at="x")
    feed.item_dropped(item, response, Rejected("duplicate", item.url))
    feed.item_dropped(item, None, ValueError("not ours"))
    assert (tmp_path / "r.jsonl.part").exists()
    assert not (tmp_path / "r.jsonl").exists()
    feed.spider_closed(crawler.spider)
    lines = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text("utf-8").splitlines()]
    assert [line["reason"] for line in lines] == ["http_500", "no_body", "duplicate", "dropped"]
    assert all(set(line) == {"url", "reason", "detail", "crawled_at"} for line in lines)
    assert lines[2]["detail"] == f"canonical URL {item.url}"
    assert crawler.stats.get_value("newscrawl/rejects/written") == 4
    assert not (tmp_path / "r.jsonl.part").exists()


def test_reject_failure_names_the_url_first_asked_for() -> None:
    crawler = get_crawler(FirstpostSpider)
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    seen: list[dict[str, Any]] = []

    def listener(**kwargs: Any) -> None:
        seen.append(kwargs)

    crawler.signals.connect(listener, signal=newscrawl_signals.page_rejected)
    failure = failure_of(IgnoreRequest("max redirections reached"), SITE + "/b-1.html")
    failure.request.meta["redirect_urls"] = [SITE + "/a-1.html"]  # type: ignore[attr-defined]
    reject_failure(crawler, failure)
    assert (seen[0]["url"], seen[0]["reason"]) == (SITE + "/a-1.html", "redirect_loop")


# -- -o: appending a run's feed --------------------------------------------------------

#: Appends ``part`` to ``feed`` as the crawl does, stopping for good in the middle of the copy
#: (after ``sys.argv[3]`` bytes), once it has said so in the file ``sys.argv[4]``.
_APPEND_AND_STALL = """
import shutil, sys, time
from pathlib import Path
from newscrawl.feeds import AtomicFileFeedStorage

copy = shutil.copyfileobj

def stalling_copy(src, dst, length=0):
    dst.write(src.read(int(sys.argv[3])))
    dst.flush()
    Path(sys.argv[4]).write_text("stalled")
    time.sleep(600)

shutil.copyfileobj = stalling_copy
storage = AtomicFileFeedStorage(sys.argv[1], feed_options={"overwrite": False})
file = open(sys.argv[2], "rb")
storage.store(file)
"""


def _lines(count: int, start: int = 0) -> bytes:
    return b"".join(
        json.dumps({"url": f"{SITE}/india/s-{14200000 + n}.html", "n": n}).encode() + b"\n"
        for n in range(start, start + count)
    )


@pytest.mark.parametrize("cut", [1, 57, 4000])
def test_a_kill_during_an_append_leaves_the_old_feed_untouched(cut: int, tmp_path: Path) -> None:
    """Issue 10.3: a kill in the middle of -o left a torn line, and the next run duplicated."""
    feed, part, stalled = tmp_path / "feed.jsonl", tmp_path / "feed.jsonl.part", tmp_path / "s"
    old, new = _lines(60), _lines(60, start=60)
    feed.write_bytes(old)
    part.write_bytes(new)
    child = subprocess.Popen(
        [sys.executable, "-c", _APPEND_AND_STALL, str(feed), str(part), str(cut), str(stalled)],
        cwd=ROOT,
        env=environment(),
    )
    try:
        deadline = time.monotonic() + 60
        while not stalled.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert stalled.exists(), "the append never reached its copy"
    finally:
        child.kill()
        child.wait(timeout=30)
    assert feed.read_bytes() == old
    assert part.read_bytes() == new  # the run's lines are still there for a confirmation


def test_append_adds_whole_lines_in_one_step_and_says_where(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_lines(3)[:-9])  # an older writer's torn last line
    storage = AtomicFileFeedStorage(str(feed), feed_options={"overwrite": False})
    file = storage.open(FirstpostSpider())
    file.write(_lines(2, start=3))
    assert not storage.stored
    storage.store(file)
    text = feed.read_bytes()
    assert text.endswith(b"\n" + _lines(2, start=3))
    assert storage.stored
    assert storage.stored_range == (len(text) - len(_lines(2, start=3)), len(text))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl"]


def test_overwrite_stores_the_whole_feed_and_says_where(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_lines(3))
    storage = AtomicFileFeedStorage(str(feed), feed_options={"overwrite": True})
    file = storage.open(FirstpostSpider())
    file.write(_lines(1, start=9))
    storage.store(file)
    assert feed.read_bytes() == _lines(1, start=9)
    assert (storage.stored, storage.stored_range) == (True, (0, len(_lines(1, start=9))))


# -- crawls of the fault site -------------------------------------------------------


@dataclass
class Crawl:
    returncode: int
    seconds: float
    out: Path
    log: str
    site: FaultSite

    @property
    def hits(self) -> list[Hit]:
        return self.site.log

    def lines(self, name: str) -> list[str]:
        path = self.out / name
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []

    @property
    def feed(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.lines("feed.jsonl")]

    @property
    def rejects(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.lines("feed.jsonl.rejects.jsonl")]

    @property
    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = json.loads((self.out / "feed.jsonl.stats.json").read_text())
        return stats


def require_mirror() -> None:
    """Without MirrorAddon the crawl would go to the real site: never start it then."""
    settings = Settings()
    settings.setmodule("newscrawl.settings")
    if "newscrawl.middlewares.MirrorAddon" not in settings.getdict("ADDONS"):
        pytest.fail("ADDONS lacks newscrawl.middlewares.MirrorAddon: base_url would be ignored")


def command(base: str, out: Path, settings: dict[str, Any], *args: str) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "firstpost", "-a", f"base_url={base}"]
    cmd += ["-O", str(out / "feed.jsonl"), "-s", f"LOG_FILE={out / 'crawl.log'}"]
    for name, value in settings.items():
        cmd += ["-s", f"{name}={value}"]
    return [*cmd, *args]


def environment() -> dict[str, str]:
    # The crawl runs this checkout's code, whatever is installed in the environment.
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }


def with_send_log(out: Path) -> dict[str, Any]:
    """Settings adding tests.faultsite.SendLog to the project's extensions."""
    settings = Settings()
    settings.setmodule("newscrawl.settings")
    extensions = {**settings.getdict("EXTENSIONS"), "tests.faultsite.SendLog": 900}
    return {"EXTENSIONS": json.dumps(extensions), "SEND_LOG": out / "sends.jsonl"}


def run_crawl(site: FaultSite, out: Path, timeout: float = 150, **settings: Any) -> Crawl:
    require_mirror()
    out.mkdir(parents=True, exist_ok=True)
    limits = {"DOWNLOAD_MAXSIZE": site.maxsize, "DOWNLOAD_WARNSIZE": site.maxsize}
    settings = {**with_send_log(out), **settings}
    with serve(site) as base:
        started = time.monotonic()
        proc = subprocess.run(
            command(base, out, {**FAST, **limits, **settings}),
            cwd=ROOT,
            env=environment(),
            timeout=timeout,
            capture_output=True,
            check=False,
        )
        seconds = time.monotonic() - started
    log = (out / "crawl.log").read_text(encoding="utf-8", errors="replace")
    # Spidermon logs the traceback of a failed check; anything else would be our code crashing.
    for crash in ("Error caught on signal handler", "Spider error processing", "Unhandled"):
        assert crash not in log, log[-4000:]
    return Crawl(proc.returncode, seconds, out, log, site)


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    return run_crawl(FaultSite(), tmp_path_factory.mktemp("faults"))


def site_url(path: str) -> str:
    return SITE + path


def test_every_article_is_in_the_feed_or_in_the_rejects_with_its_reason(fault_crawl: Crawl) -> None:
    feed = {item["url"] for item in fault_crawl.feed}
    rejects = {line["url"]: line["reason"] for line in fault_crawl.rejects}
    fetched = {h.path.split("?")[0] for h in fault_crawl.hits if ARTICLE_PATH.match(h.path)}
    pages = [*FAULTY, SITEMAP_ONLY]
    assert fetched <= {p.path for p in pages} | {"/india/loop-two-14000032.html"}
    lost = []
    for page in pages:
        url, canonical = site_url(page.path), site_url(page.canonical or page.path)
        if page.outcome == "item":
            ok = canonical in feed and url not in rejects
        elif page.outcome == "moved":
            ok = canonical in feed
        elif page.outcome == "duplicate":
            # One of the two pages is kept; the other is rejected as a duplicate of it.
            ok = canonical in feed and "duplicate" in (rejects.get(url), rejects.get(canonical))
        else:
            ok = rejects.get(url) == page.outcome
        if not ok:
            lost.append((page.path, page.outcome, rejects.get(url)))
    assert not lost
    assert all(line["reason"] and line["crawled_at"] for line in fault_crawl.rejects)


def test_feed_lines_are_valid_json_in_the_documented_shape(fault_crawl: Crawl) -> None:
    lines = fault_crawl.lines("feed.jsonl")
    assert len(lines) >= 18
    for line in lines:
        item = json.loads(line)
        assert list(item) == FIELDS
        assert all(isinstance(item[f], list) for f in ("authors", "tags"))
        assert all(isinstance(v, str) for f in ("authors", "tags") for v in item[f])
        assert all(isinstance(item[f], str) for f in ("url", "title", "body", "published_at"))
        assert isinstance(item["word_count"], int)
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", line)
    assert not list(fault_crawl.out.glob("*.part"))


def test_no_duplicates_and_both_feeds_counted(fault_crawl: Crawl) -> None:
    feed, stats = fault_crawl.feed, fault_crawl.stats
    assert len({item["url"] for item in feed}) == len(feed)
    assert len({item["article_id"] for item in feed}) == len(feed)
    assert stats["item_scraped_count"] == len(feed)
    assert (
        stats["newscrawl/rejects/written"] == len(fault_crawl.rejects) == stats["newscrawl/dropped"]
    )


def test_no_request_left_the_site(fault_crawl: Crawl) -> None:
    stats, hits = fault_crawl.stats, fault_crawl.hits
    # Every request the downloader made reached the loopback site: none went anywhere else.
    # Counted by connection (HTTP/1.0, one per request), not by request line: a request
    # whose client gave up before the server read it (a timeout under load) still came here.
    assert stats["downloader/request_count"] == fault_crawl.site.connections
    assert len(hits) <= fault_crawl.site.connections
    # Redirect, meta refresh and a backslashed Location to another host.
    assert stats["newscrawl/guard/offsite_redirect"] == 3
    assert stats["newscrawl/guard/scheme/file_redirect"] == 1
    assert stats["newscrawl/guard/offsite"] >= 1  # the sitemap index's offsite child
    assert not any(re.search(r"evil|passwd|xxe|lol|1400009[6789]", h.path) for h in hits)
    assert all(h.headers.get("Host", "").startswith("127.0.0.1:") for h in hits)


def test_entities_in_sitemaps_are_never_expanded(fault_crawl: Crawl) -> None:
    assert site_url(SITEMAP_ONLY.path) in {item["url"] for item in fault_crawl.feed}
    assert "root:" not in fault_crawl.log
    assert fault_crawl.stats["newscrawl/sitemaps/urlset"] == 1


def first_two(hits: list[Hit], path: str) -> tuple[Hit, Hit]:
    mine = [h for h in hits if h.path == path]
    assert len(mine) >= 2, path
    return mine[0], mine[1]


def test_retry_after_is_honoured(fault_crawl: Crawl) -> None:
    checked = 0
    for page in FAULTY:
        if page.fault == "retry_after" and page.arg[1] < 1000:
            throttled, retry = first_two(fault_crawl.hits, page.path)
            assert throttled.status == page.arg[0]
            assert retry.at - throttled.at >= page.arg[1], page.path
            checked += 1
        elif page.fault == "retry_after_date":
            throttled, retry = first_two(fault_crawl.hits, page.path)
            assert retry.at >= fault_crawl.site.retry_at[page.path], page.path
            checked += 1
    assert checked == 3
    assert fault_crawl.stats["newscrawl/backoff/retry_after"] >= 3


def test_robots_disallow_and_crawl_delay_are_obeyed(fault_crawl: Crawl) -> None:
    stats, hits = fault_crawl.stats, fault_crawl.hits
    assert stats["newscrawl/backoff/crawl_delay"] == 0.05
    assert not any(h.path.startswith("/private/") for h in hits)
    # What the crawler decided, on its own clock: a busy machine only makes gaps longer.
    sends = [json.loads(line) for line in fault_crawl.lines("sends.jsonl")]
    assert len(sends) == stats["downloader/request_count"]
    checked = 0
    for _, group in itertools.groupby(sorted(sends, key=lambda r: r["slot"]), lambda r: r["slot"]):
        rows = sorted(group, key=lambda r: r["sent"])
        # The first send of a slot is its robots.txt, before any Crawl-delay is known.
        for before, row in itertools.pairwise(rows):
            assert row["delay"] * (1 - row["jitter"]) >= 0.05 - 1e-9, row
            assert row["sent"] - before["sent"] >= 0.05 - 1e-9, (before, row)
            checked += 1
    assert checked >= 30


def test_health_report_is_written_beside_the_feed(fault_crawl: Crawl) -> None:
    report = (fault_crawl.out / "feed.jsonl.health.txt").read_text(encoding="utf-8")
    assert report.startswith("newscrawl health: ")
    assert "finish_reason finished" in report


@pytest.mark.parametrize(
    ("pages", "code", "verdict"),
    [
        (clean_site(6), 0, "OK"),
        (clean_site(4, "status", [404] * 9), HEALTH_EXIT_CODE, "FAILED"),
    ],
    ids=["healthy", "no-items"],
)
def test_exit_code_follows_the_health_checks(
    pages: tuple[Any, ...], code: int, verdict: str, tmp_path: Path
) -> None:
    site = FaultSite(pages, huge_listing=0, sitemaps=False)
    crawl = run_crawl(site, tmp_path)
    report = (tmp_path / "feed.jsonl.health.txt").read_text(encoding="utf-8")
    assert report.startswith(f"newscrawl health: {verdict}"), report
    assert crawl.returncode == code, crawl.log[-3000:]
    if verdict == "FAILED":
        assert "FAIL    ArticlesMonitor" in report
        assert {line["reason"] for line in crawl.rejects} == {"http_404"}


def stop_midway(
    site: FaultSite, out: Path, signum: int, after_hits: int, *, articles: bool = False
) -> tuple[int, Crawl]:
    """Send ``signum`` once the site saw ``after_hits`` requests (of article pages only, with
    ``articles``: a stop waits for downloads under way, so those articles are exported)."""
    require_mirror()
    out.mkdir(parents=True, exist_ok=True)
    with serve(site) as base:
        proc = subprocess.Popen(
            command(base, out, {**FAST, "AUTOTHROTTLE_ENABLED": False}),
            cwd=ROOT,
            env=environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                hits = [h for h in site.log if not articles or h.path in site.pages]
                if len(hits) >= after_hits:
                    break
                time.sleep(0.05)
            proc.send_signal(signum)
            code = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
    log = (out / "crawl.log").read_text(encoding="utf-8", errors="replace")
    return code, Crawl(code, 0, out, log, site)


def slow_site(count: int = 40) -> FaultSite:
    return FaultSite(clean_site(count, "slow", 0.3), huge_listing=0, sitemaps=False)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_stop_signal_closes_both_feeds_cleanly(signum: int, tmp_path: Path) -> None:
    code, crawl = stop_midway(slow_site(), tmp_path, signum, after_hits=1, articles=True)
    assert crawl.stats["finish_reason"] == "shutdown"
    assert code == HEALTH_EXIT_CODE  # a crawl that was stopped is not a healthy crawl
    lines = crawl.lines("feed.jsonl")
    assert 1 <= len(lines) < 40
    assert all(list(json.loads(line)) == FIELDS for line in lines)
    assert (tmp_path / "feed.jsonl.rejects.jsonl").exists()
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.slow
def test_stop_signals_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(5)
    for round_ in range(6):
        signum = rng.choice([signal.SIGINT, signal.SIGTERM])
        _, crawl = stop_midway(slow_site(), tmp_path / str(round_), signum, rng.randint(3, 40))
        for line in crawl.lines("feed.jsonl"):
            assert list(json.loads(line)) == FIELDS
        for line in crawl.lines("feed.jsonl.rejects.jsonl"):
            json.loads(line)
        assert not list((tmp_path / str(round_)).glob("*.part"))
