"""Back-off, site guard and mirror components, each through get_crawler + from_crawler."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.core.downloader import Slot
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.robotstxt import ProtegoRobotParser
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from newscrawl import middlewares
from newscrawl import signals as newscrawl_signals
from newscrawl.middlewares import (
    MirrorAddon,
    MirrorDownloadHandler,
    RejectedRequest,
    RetryAfterMiddleware,
    SiteGuardMiddleware,
)
from newscrawl.spiders.news import GenericNewsSpider

HOST = "www.firstpost.com"
ARTICLE = f"https://{HOST}/india/a-story-14000001.html"


class SiteSpider(Spider):
    name = "site"
    allowed_domains = ["firstpost.com"]
    base_url: str | None = None


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.timers: list[tuple[float, Any, tuple[Any, ...]]] = []

    def __call__(self) -> float:
        return self.now

    def call_later(self, delay: float, func: Any, *args: Any) -> None:
        self.timers.append((self.now + delay, func, args))

    def advance(self, seconds: float) -> None:
        self.now += seconds
        due = [t for t in self.timers if t[0] <= self.now]
        self.timers = [t for t in self.timers if t[0] > self.now]
        for _, func, args in due:
            func(*args)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(middlewares, "monotonic", fake)
    monkeypatch.setattr(middlewares, "call_later", fake.call_later)
    return fake


def backoff(**settings: Any) -> tuple[RetryAfterMiddleware, Slot, Any]:
    crawler = get_crawler(SiteSpider, {"NEWSCRAWL_BACKOFF_BASE": 2.0, **settings})
    slot = Slot(concurrency=4, delay=0.5, jitter=0.5)
    downloader = SimpleNamespace(slots={HOST: slot}, get_slot_key=lambda request: HOST)
    crawler.engine = SimpleNamespace(downloader=downloader)  # type: ignore[assignment]
    crawler.stats.open_spider()
    return RetryAfterMiddleware.from_crawler(crawler), slot, crawler


def answer(
    mw: RetryAfterMiddleware, status: int, latency: float = 0.05, **headers: str
) -> tuple[Request, Response]:
    request = Request(ARTICLE, meta={"download_slot": HOST, "download_latency": latency})
    response = Response(ARTICLE, status=status, headers=headers, request=request)
    mw.response_downloaded(response, request)
    return request, response


def test_retry_after_pauses_the_whole_slot_from_the_answer(clock: Clock) -> None:
    mw, slot, crawler = backoff()
    answer(mw, 429, **{"Retry-After": "7"})
    assert (slot.delay, slot.jitter, slot.lastseen) == (7, 0.0, clock.now)
    assert crawler.stats.get_value("newscrawl/backoff/retry_after") == 1


def test_autothrottle_cannot_shorten_a_pause(clock: Clock) -> None:
    mw, slot, _ = backoff()
    answer(mw, 503, **{"Retry-After": "7"})
    clock.advance(1)
    slot.delay = 0.2  # what AutoThrottle does on a fast 200 from a request already in flight
    answer(mw, 200)
    assert slot.delay == 7


def test_after_the_pause_the_slot_runs_at_twice_its_old_delay(clock: Clock) -> None:
    mw, slot, _ = backoff()
    answer(mw, 429, **{"Retry-After": "7"})
    clock.advance(7)
    assert (slot.delay, slot.jitter) == (1.0, 0.5)


def test_without_retry_after_the_wait_doubles_per_answer_in_a_row(clock: Clock) -> None:
    mw, slot, _ = backoff()
    waits = []
    for status in (503, 429, 403):
        answer(mw, status)
        waits.append(slot.delay)
        clock.advance(slot.delay)
    assert waits == [2.0, 4.0, 8.0]


def test_answers_to_requests_sent_before_the_pause_are_one_strike(clock: Clock) -> None:
    mw, slot, _ = backoff()
    answer(mw, 429)
    clock.advance(0.5)
    answer(mw, 429, latency=1.0)  # sent before the first answer came back
    clock.advance(2)
    answer(mw, 429)
    assert slot.delay == 4.0


def test_a_success_after_the_pause_ends_the_episode(clock: Clock) -> None:
    mw, slot, _ = backoff()
    answer(mw, 429)
    clock.advance(2)
    answer(mw, 200)
    clock.advance(1)
    answer(mw, 429)
    assert slot.delay == 2.0


def test_retry_after_above_the_maximum_gives_the_request_up(clock: Clock) -> None:
    mw, slot, crawler = backoff(NEWSCRAWL_RETRY_AFTER_MAX=60)
    request, response = answer(mw, 429, **{"Retry-After": "3600"})
    assert slot.delay == 60
    with pytest.raises(RejectedRequest) as raised:
        mw.process_response(request, response)
    assert raised.value.reason == "retry_after_too_long"
    assert "3600" in str(raised.value)
    assert crawler.stats.get_value("newscrawl/backoff/retry_after_too_long") == 1


def test_retry_after_date_is_read_against_the_server_clock(clock: Clock) -> None:
    mw, slot, _ = backoff()
    answer(
        mw,
        503,
        Date="Sun, 01 Mar 2026 10:00:00 GMT",
        **{"Retry-After": "Sun, 01 Mar 2026 10:00:12 GMT"},
    )
    assert slot.delay == 12


@pytest.mark.parametrize(
    "value",
    [b"\xb2", "\u00b2".encode(), "\uff11\uff12".encode(), b"Thu, 01 Jan 99999 00:00:00 GMT"],
)
def test_a_retry_after_that_is_not_ascii_digits_falls_back_to_back_off(
    clock: Clock, value: bytes
) -> None:
    """Issue 10.14: "\u00b2".isdigit() is true, and float() of it raised in a signal handler."""
    mw, slot, crawler = backoff()
    answer(mw, 429, **{"Retry-After": value})  # type: ignore[arg-type]
    assert slot.delay == 2.0  # the exponential back-off's first wait
    assert crawler.stats.get_value("newscrawl/backoff/exponential") == 1


def test_retry_after_is_ignored_on_403(clock: Clock) -> None:
    mw, slot, _ = backoff()
    answer(mw, 403, **{"Retry-After": "90"})
    assert slot.delay == 2.0


def test_robots_crawl_delay_is_a_floor_without_jitter(clock: Clock) -> None:
    mw, slot, crawler = backoff(NEWSCRAWL_CRAWL_DELAY_MAX=10)
    parser = ProtegoRobotParser(b"User-agent: *\nCrawl-delay: 3\n", None)
    mw.robots_parsed(parser, Request(ARTICLE))
    assert (slot.delay, slot.jitter) == (3.0, 0.0)
    slot.delay = 0.1
    answer(mw, 200)
    assert slot.delay == 3.0
    parser = ProtegoRobotParser(b"User-agent: *\nCrawl-delay: 86400\n", None)
    mw.robots_parsed(parser, Request(ARTICLE))
    assert crawler.stats.get_value("newscrawl/backoff/crawl_delay") == 10


# -- site guard -------------------------------------------------------------------


def guard() -> tuple[SiteGuardMiddleware, Any]:
    crawler = get_crawler(SiteSpider)
    crawler.spider = SiteSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    return SiteGuardMiddleware.from_crawler(crawler), crawler


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("javascript:alert(1)", "bad_scheme"),
        ("mailto:desk@firstpost.com", "bad_scheme"),
        ("file:///etc/passwd", "bad_scheme"),
        ("data:text/html,<h1>x</h1>", "bad_scheme"),
        ("ftp://www.firstpost.com/a.html", "bad_scheme"),
        ("https://evil.example.net/india/a-1.html", "offsite"),
        ("https://firstpost.com.evil.example.net/", "offsite"),
        ("https://notfirstpost.com/", "offsite"),
    ],
)
def test_guard_refuses_other_schemes_and_hosts_even_with_dont_filter(url: str, reason: str) -> None:
    mw, crawler = guard()
    refusal = mw.refusal(url)
    assert refusal is not None
    assert refusal[0] == reason
    if "://" not in url and not url.startswith("data:"):
        with pytest.raises(ValueError, match="Missing scheme"):
            Request(url)  # Scrapy cannot even build javascript: or mailto: requests
        return
    request = Request(url, dont_filter=True, meta={"allow_offsite": True})
    with pytest.raises(RejectedRequest) as raised:
        mw.process_request(request)
    assert raised.value.reason == reason
    with pytest.raises(RejectedRequest):
        mw.request_scheduled(request, crawler.spider)
    assert crawler.stats.get_value("newscrawl/guard/blocked") == 2


@pytest.mark.parametrize(
    "url",
    [ARTICLE, "http://firstpost.com/", "https://m.firstpost.com/x", "https://WWW.FIRSTPOST.COM/"],
)
def test_guard_lets_the_site_through(url: str) -> None:
    mw, _ = guard()
    assert mw.process_request(Request(url)) is None


def test_scrapy_offsite_middleware_lets_dont_filter_through() -> None:
    """Why the guard exists: start URLs and retries carry dont_filter, and so do their redirects."""
    crawler = get_crawler(SiteSpider)
    crawler.spider = SiteSpider.from_crawler(crawler)
    offsite = OffsiteMiddleware.from_crawler(crawler)
    offsite.spider_opened(crawler.spider)
    assert offsite.process_request(Request("https://evil.example.net/", dont_filter=True)) is None


def test_guard_is_scrapys_offsite_middleware_in_its_slot() -> None:
    """The guard subclasses Scrapy's OffsiteMiddleware and replaces it in the same slot."""
    from newscrawl import settings

    assert issubclass(SiteGuardMiddleware, OffsiteMiddleware)
    slots = settings.DOWNLOADER_MIDDLEWARES
    scrapy_slot = Settings().getdict("DOWNLOADER_MIDDLEWARES_BASE")[
        "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware"
    ]
    assert slots["scrapy.downloadermiddlewares.offsite.OffsiteMiddleware"] is None
    assert slots["newscrawl.middlewares.SiteGuardMiddleware"] == scrapy_slot


def test_guard_counts_and_logs_offsite_drops_as_scrapy_does(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """offsite/filtered per request, offsite/domains and one debug line per new domain."""
    mw, crawler = guard()
    urls = [
        "https://evil.example.net/a",
        "https://evil.example.net/b",
        "http://EVIL.example.net/c",
        "https://other.example.org/",
    ]
    with caplog.at_level("DEBUG", logger="newscrawl.middlewares"):
        for url in urls:
            with pytest.raises(RejectedRequest):
                mw.process_request(Request(url, dont_filter=True))
        redirected = Request("https://other.example.org/x", meta={"redirect_urls": [ARTICLE]})
        with pytest.raises(RejectedRequest):
            mw.request_scheduled(redirected, crawler.spider)
    stats = crawler.stats
    assert stats.get_value("offsite/filtered") == 5
    assert stats.get_value("offsite/domains") == 2
    assert stats.get_value("newscrawl/guard/offsite") == 4
    assert stats.get_value("newscrawl/guard/offsite_redirect") == 1
    lines = [r.getMessage() for r in caplog.records if r.name == "newscrawl.middlewares"]
    assert len(lines) == 2, lines
    assert "evil.example.net/a" in lines[0]
    assert "other.example.org" in lines[1]


def test_guard_off_leaves_scrapys_offsite_filtering() -> None:
    """NEWSCRAWL_GUARD_ENABLED=False: Scrapy's OffsiteMiddleware as it is, never nothing."""
    crawler = get_crawler(SiteSpider, {"NEWSCRAWL_GUARD_ENABLED": False})
    crawler.spider = SiteSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    mw = SiteGuardMiddleware.from_crawler(crawler)
    mw.spider_opened(crawler.spider)
    with pytest.raises(IgnoreRequest) as raised:
        mw.process_request(Request("https://evil.example.net/a"))
    assert not isinstance(raised.value, RejectedRequest)
    assert crawler.stats.get_value("offsite/filtered") == 1
    assert mw.process_request(Request("https://evil.example.net/b", dont_filter=True)) is None
    assert mw.process_request(Request(ARTICLE)) is None
    response = Response(ARTICLE, status=301, headers={"Location": "https://evil.example.net/"})
    assert mw.process_response(Request(ARTICLE), response) is response
    assert crawler.stats.get_value("newscrawl/guard/blocked") is None


class TwoSites(Spider):
    name = "two"
    allowed_domains = ["spreecourier.com", "Example-Paper.co.uk."]


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://www.spreecourier.com/berlin/a-story/", True),
        ("https://m.spreecourier.com/berlin/a-story/", True),
        ("https://amp.spreecourier.com/berlin/a-story/", True),
        ("https://spreecourier.com/", True),
        ("https://www.example-paper.co.uk/news/1", True),
        ("https://m.example-paper.co.uk/news/1", True),
        ("https://notspreecourier.com/", False),
        ("https://spreecourier.com.evil.example/", False),
        ("https://co.uk/", False),
        ("https://www.firstpost.com/", False),
    ],
)
def test_guard_keeps_each_site_of_a_crawl_with_its_hosts(url: str, allowed: bool) -> None:
    crawler = get_crawler(TwoSites)
    crawler.spider = TwoSites.from_crawler(crawler)
    crawler.stats.open_spider()
    mw = SiteGuardMiddleware.from_crawler(crawler)
    mw.spider_opened(crawler.spider)
    assert mw.should_follow(Request(url), crawler.spider) is allowed
    if allowed:
        assert mw.process_request(Request(url)) is None
    else:
        with pytest.raises(RejectedRequest, match="offsite"):
            mw.process_request(Request(url, meta={"allow_offsite": True}))


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://evil.example.net/india/x-14000099.html", "offsite_redirect"),
        ("//evil.example.net/", "offsite_redirect"),
        ("file:///etc/passwd", "bad_scheme_redirect"),
        ("javascript:alert(1)", "bad_scheme_redirect"),
        ("http://[broken/x", "bad_url_redirect"),
        # Python reads the host after "@"; RedirectMiddleware (WHATWG) reads "\\" as "/".
        ("http://127.0.0.1:8080\\@www.firstpost.com/india/x-14000096.html", "offsite_redirect"),
    ],
)
def test_guard_refuses_redirects_off_the_site(location: str, reason: str) -> None:
    mw, _ = guard()
    request = Request(ARTICLE)
    response = Response(ARTICLE, status=301, headers={"Location": location}, request=request)
    with pytest.raises(RejectedRequest) as raised:
        mw.process_response(request, response)
    assert raised.value.reason == reason
    assert location.split(":")[0] in str(raised.value) or "evil" in str(raised.value)


def test_an_article_refused_when_scheduled_gets_a_reject_line() -> None:
    """Issue 10.11: Scrapy drops a request refused at scheduling without errback or signal."""
    mw, crawler = guard()
    rejected: list[dict[str, Any]] = []
    crawler.signals.connect(
        lambda **kw: rejected.append(kw), signal=newscrawl_signals.page_rejected, weak=False
    )
    refreshed = Request(
        "http://evil.example.net/x-14000099.html",
        meta={"newscrawl_article": True, "redirect_urls": [ARTICLE]},
    )
    with pytest.raises(RejectedRequest):
        mw.request_scheduled(refreshed, crawler.spider)
    with pytest.raises(RejectedRequest):
        mw.request_scheduled(Request("https://evil.example.net/listing"), crawler.spider)
    assert [(r["url"], r["reason"]) for r in rejected] == [(ARTICLE, "offsite_redirect")]
    assert crawler.stats.get_value("newscrawl/dropped/offsite_redirect") == 1


@pytest.mark.parametrize("location", ["/india/moved-14000002.html", "https://m.firstpost.com/x"])
def test_guard_keeps_redirects_on_the_site(location: str) -> None:
    mw, _ = guard()
    request = Request(ARTICLE)
    response = Response(ARTICLE, status=302, headers={"Location": location}, request=request)
    assert mw.process_response(request, response) is response


# -- mirror -------------------------------------------------------------------------


def mirror_crawler(base_url: str | None, **settings: Any) -> Any:
    crawler = get_crawler(SiteSpider, settings)
    crawler.spider = SiteSpider.from_crawler(crawler)
    crawler.spider.base_url = base_url
    return crawler


def test_mirror_addon_routes_http_through_the_mirror_handler_only_when_asked() -> None:
    settings = Settings({"DOWNLOAD_HANDLERS": {"s3": None}})
    MirrorAddon.from_crawler(mirror_crawler(None)).update_settings(settings)
    assert "http" not in settings.getdict("DOWNLOAD_HANDLERS")
    MirrorAddon.from_crawler(mirror_crawler("http://127.0.0.1:8080")).update_settings(settings)
    handlers = settings.getdict("DOWNLOAD_HANDLERS")
    assert handlers["http"] == handlers["https"] == "newscrawl.middlewares.MirrorDownloadHandler"
    assert handlers["s3"] is None
    originals = settings.getdict("NEWSCRAWL_MIRROR_HANDLERS")
    assert originals["https"].endswith("HTTP11DownloadHandler")


def test_mirror_addon_refuses_a_base_url_that_is_not_http() -> None:
    addon = MirrorAddon.from_crawler(mirror_crawler(None, NEWSCRAWL_BASE_URL="localhost:8080"))
    with pytest.raises(middlewares.UsageError, match="localhost:8080"):
        addon.update_settings(Settings())


def test_mirror_handler_needs_a_base_url() -> None:
    with pytest.raises(middlewares.NotConfigured):
        MirrorDownloadHandler(mirror_crawler(None))


@pytest.mark.parametrize(
    ("base", "url", "mirrored"),
    [
        ("http://127.0.0.1:8080", ARTICLE, "http://127.0.0.1:8080/india/a-story-14000001.html"),
        ("http://127.0.0.1:8080/", "http://firstpost.com/?a=1#top", "http://127.0.0.1:8080/?a=1"),
        ("https://staging.example/fp", "https://m.firstpost.com/x", "https://staging.example/fp/x"),
        ("http://127.0.0.1:8080", "https://evil.example.net/x", None),
    ],
)
def test_mirror_url(base: str, url: str, mirrored: str | None) -> None:
    handler = MirrorDownloadHandler(mirror_crawler(base))
    assert handler.mirror_url(url) == mirrored
    if mirrored:
        assert handler.site_url(mirrored, url) == url.split("#")[0]


class Transport:
    def __init__(self, response: Response) -> None:
        self.response = response
        self.requests: list[Request] = []

    async def download_request(self, request: Request) -> Response:
        self.requests.append(request)
        request.meta["download_latency"] = 0.25
        return self.response.replace(url=request.url)


@pytest.mark.parametrize(
    ("location", "rewritten"),
    [
        ("http://127.0.0.1:8080/india/b-14000002.html", f"https://{HOST}/india/b-14000002.html"),
        ("/india/b-14000002.html", f"https://{HOST}/india/b-14000002.html"),
        ("http://evil.example.net/x", "http://evil.example.net/x"),
    ],
)
def test_mirror_handler_keeps_the_site_url(location: str, rewritten: str) -> None:
    handler = MirrorDownloadHandler(mirror_crawler("http://127.0.0.1:8080"))
    transport = Transport(
        HtmlResponse("http://x/", status=301, headers={"Location": location}, body=b"<html></html>")
    )
    handler.transports["http"] = transport
    request = Request(ARTICLE, meta={"download_slot": HOST})
    response = asyncio.run(handler.download_request(request))
    assert transport.requests[0].url == "http://127.0.0.1:8080/india/a-story-14000001.html"
    assert response.url == ARTICLE
    assert isinstance(response, HtmlResponse)
    assert response.headers[b"Location"].decode() == rewritten
    assert request.meta["download_latency"] == 0.25


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://news.bbc.co.uk/news/world-12345678", True),
        ("https://www.bbc.co.uk/news/world-12345678", True),
        ("http://amp.bbc.co.uk/news/world-12345678", True),
        ("https://bbc.co.uk/", True),
        ("https://evil-bbc.co.uk/news/world-12345678", False),
        ("https://bbc.co.uk.evil.com/news/world-12345678", False),
        ("https://other.co.uk/", False),
    ],
)
def test_guard_of_news_keeps_the_registered_domain_of_the_site(url: str, allowed: bool) -> None:
    crawler = get_crawler(GenericNewsSpider)
    crawler.spider = GenericNewsSpider.from_crawler(crawler, site="https://news.bbc.co.uk/")
    crawler.stats.open_spider()
    mw = SiteGuardMiddleware.from_crawler(crawler)
    assert (mw.refusal(url) is None) is allowed
