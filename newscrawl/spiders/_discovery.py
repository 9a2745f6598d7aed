"""Discovery for news spiders: robots.txt, sitemaps (news, plain, indexes) and syndication feeds.

robots.txt is downloaded once per host: with ROBOTSTXT_OBEY, Scrapy's RobotsTxtMiddleware
fetches it before the first request to the host, and its ``Sitemap:`` lines are read from that
very response (signal ``response_received``) instead of a second request of our own.

The spiders are CrawlSpiders, not SitemapSpiders: a sitemap or feed entry here is more than a
``loc`` to request (its dates decide the ``since``/``until`` window and the delta check, its
offset the zone of zoneless page dates, its source the rejects and stats), so the pieces
SitemapSpider is made of are used directly (see :mod:`newscrawl.discovery`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure

from newscrawl import discovery
from newscrawl.dates import to_utc_string

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newscrawl.arguments import CrawlArguments

logger = logging.getLogger(__name__)

#: Articles come before further listing pages, so the queue stays short.
ARTICLE_PRIORITY = 10
DISCOVERY_PRIORITY = 5


class DiscoveryMixin:
    """Robots ``Sitemap:`` lines, sitemaps and feeds, each entry through ``article_request_for``."""

    crawler: Crawler
    args: CrawlArguments
    timezone: ClassVar[str]
    start_urls: list[str]
    sitemap_urls: ClassVar[tuple[str, ...]]
    daily_sitemap_url: ClassVar[str | None]
    syndication_urls: ClassVar[tuple[str, ...]]

    def article_request_for(
        self,
        url: str,
        *,
        entry: discovery.Entry | None = None,
        source: str,
        force: bool = False,
    ) -> Request | None:
        raise NotImplementedError

    def site_zone(self) -> str:
        raise NotImplementedError

    def remember_clock(self, url: str, clock: Iterable[tuple[str, int]]) -> None:
        raise NotImplementedError

    #: robots.txt URLs whose ``Sitemap:`` lines discovery waits for from RobotsTxtMiddleware.
    robots_awaited: set[str]

    def robots_request(self, url: str) -> Request | None:
        """The request for the robots.txt of ``url``'s host, or None when Scrapy fetches it.

        With RobotsTxtMiddleware on, the file it downloads before the host's first request is
        read by :meth:`robots_received`; a request of ours would download it a second time.
        A missing robots.txt (404, 410) still reaches :meth:`parse_robots`; one that cannot be
        read reaches :meth:`robots_failed`.
        """
        robots = urljoin(url, "/robots.txt")
        if self.robots_from_scrapy():
            self.robots_awaited.add(robots)
            return None
        return self._own_robots_request(robots)

    def _own_robots_request(self, robots: str) -> Request:
        return self.discovery_request(
            robots, self.parse_robots, handle_httpstatus_list=[404, 410]
        ).replace(errback=self.robots_failed)

    def robots_nothing_triggers(self, requests: Iterable[Request]) -> list[Request]:
        """Our own requests for awaited robots.txt files of hosts none of ``requests`` goes to.

        Scrapy fetches a host's robots.txt only before a request to that host; a crawl that
        sends none there (only sitemaps named in robots.txt) must ask for it itself.
        """
        hosts = {urlsplit(request.url).netloc for request in requests}
        own = []
        for robots in sorted(self.robots_awaited):
            if urlsplit(robots).netloc not in hosts:
                self.robots_awaited.discard(robots)
                own.append(self._own_robots_request(robots))
        return own

    def robots_from_scrapy(self) -> bool:
        """Whether Scrapy's RobotsTxtMiddleware (ROBOTSTXT_OBEY) runs in this crawl."""
        engine = self.crawler.engine
        if engine is None:
            return False
        middlewares = engine.downloader.middleware.middlewares
        return any(isinstance(mw, RobotsTxtMiddleware) for mw in middlewares)

    def robots_received(self, response: Response, request: Request) -> None:
        """Signal ``response_received``: robots.txt as RobotsTxtMiddleware fetched it.

        Its own request has no callback and does not obey robots.txt; after a redirect it is
        known by the first URL of the chain. Each awaited file is read once.
        """
        if request.callback is not NO_CALLBACK or not request.meta.get("dont_obey_robotstxt"):
            return
        first = (request.meta.get("redirect_urls") or [request.url])[0]
        if first not in self.robots_awaited:
            return
        self.robots_awaited.discard(first)
        engine = self.crawler.engine
        assert engine is not None
        if 200 <= response.status < 300 or response.status in (404, 410):
            found = self.parse_robots(response)
        else:  # a server error says nothing of the site's sitemaps
            found = self.sitemaps_without_robots(first)
        for sitemap in found:
            engine.crawl(sitemap)

    def robots_failed(self, failure: Failure) -> Iterator[Request]:
        """Our robots.txt request failed (a server error after its retries, the network)."""
        yield from self.sitemaps_without_robots(failure.request.url)  # type: ignore[attr-defined]

    def sitemaps_without_robots(self, robots: str) -> Iterator[Request]:
        """Sitemaps to try when robots.txt names none or cannot be read: none (a site names its)."""
        return iter(())

    def discovery_requests(self) -> Iterator[Request]:
        """The site's robots.txt, sitemaps (daily ones for a ``since`` window) and feeds."""
        sources = self.args.sources
        if "sitemaps" in sources:
            for url in self.start_urls[:1]:
                if robots := self.robots_request(url):
                    yield robots
            for url in self.sitemap_urls:
                yield self.discovery_request(url, self.parse_sitemap)
            if self.daily_sitemap_url and self.args.since:
                until = self.args.until or datetime.now(UTC)
                days = discovery.days(self.args.since, until)[::-1]
                if request := self._daily_sitemap_request(days, 0):
                    yield request
        if "feeds" in sources:
            for url in self.syndication_urls:
                yield self.discovery_request(url, self.parse_syndication_feed)

    def discovery_request(self, url: str, callback: Any, **meta: Any) -> Request:
        return Request(url, callback=callback, priority=DISCOVERY_PRIORITY, meta=meta)

    def _daily_sitemap_request(self, days: list[date], misses: int) -> Request | None:
        """The next daily sitemap, newest day first; one at a time so misses are consecutive.

        A backfill from ``since`` usually reaches back before the site kept daily sitemaps:
        after ``NEWSCRAWL_DAILY_SITEMAP_MAX_MISSES`` missing days in a row the walk stops.
        """
        if not days:
            return None
        assert self.daily_sitemap_url is not None
        self.crawler.stats.inc_value("newscrawl/daily_sitemaps/requested")
        return Request(
            self.daily_sitemap_url.format(day=days[0]),
            callback=self.parse_daily_sitemap,
            errback=self.daily_sitemap_missed,
            priority=DISCOVERY_PRIORITY,
            meta={"daily_days": days[1:], "daily_misses": misses},
        )

    def parse_daily_sitemap(self, response: Response) -> Iterator[Request]:
        yield from self.parse_sitemap(response)
        if request := self._daily_sitemap_request(response.meta["daily_days"], 0):
            yield request

    def daily_sitemap_missed(self, failure: Failure) -> Iterator[Request]:
        """A daily sitemap that failed (404, missing from the WARC, network): one more miss."""
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("newscrawl/daily_sitemaps/missed")
        request = failure.request  # type: ignore[attr-defined]
        misses = request.meta["daily_misses"] + 1
        days: list[date] = request.meta["daily_days"]
        limit = self.crawler.settings.getint("NEWSCRAWL_DAILY_SITEMAP_MAX_MISSES", 7)
        if limit > 0 and misses >= limit:
            if days:
                stats.set_value("newscrawl/daily_sitemaps/stopped_before", days[0].isoformat())
                logger.info(
                    "daily sitemaps: %d missing in a row, not walking back before %s "
                    "(%d older days skipped; NEWSCRAWL_DAILY_SITEMAP_MAX_MISSES)",
                    misses,
                    request.url,
                    len(days),
                )
            return
        if next_request := self._daily_sitemap_request(days, misses):
            yield next_request

    def parse_robots(self, response: Response) -> Iterator[Request]:
        if response.status >= 300:
            return  # no robots.txt: no Sitemap lines
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self.discovery_request(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        stats = self.crawler.stats
        assert stats is not None
        settings = self.crawler.settings
        max_size = settings.getint("NEWSCRAWL_SITEMAP_MAXSIZE", 50 * 1024 * 1024)
        warn_size = response.meta.get("download_warnsize", settings.getint("DOWNLOAD_WARNSIZE"))
        body = discovery.sitemap_body(response, max_size, warn_size)
        if body is None:
            stats.inc_value("newscrawl/sitemaps/too_large")
            return
        kind, entries = discovery.parse_sitemap(body, ZoneInfo(self.site_zone()), response.url)
        stats.inc_value(f"newscrawl/sitemaps/{kind}")
        for entry in entries:
            if entry.bad_dates:
                stats.inc_value("newscrawl/sitemap/bad_date", entry.bad_dates)
            if kind == "sitemapindex":
                # An index's lastmods are the site's clock too, and read before its children
                # (on monthly sitemaps they span both sides of a DST change).
                if entry.clock:
                    self.remember_clock(entry.url, entry.clock)
                if self._child_in_window(entry):
                    yield self.discovery_request(entry.url, self.parse_sitemap)
            elif request := self.article_request_for(entry.url, entry=entry, source="sitemap"):
                yield request

    def parse_syndication_feed(self, response: Response) -> Iterator[Request]:
        for entry in discovery.parse_syndication_feed(response.body, response.url):
            if entry.bad_dates:
                self.crawler.stats.inc_value("newscrawl/feed/bad_date", entry.bad_dates)
            if request := self.article_request_for(entry.url, entry=entry, source="feed"):
                yield request

    def _child_in_window(self, entry: discovery.Entry) -> bool:
        """Skip child sitemaps that can only hold articles outside ``since``/``until``."""
        since, until = self.args.since, self.args.until
        day = discovery.day_in_url(entry.url)
        if day is not None and ((since and day < since.date()) or (until and day > until.date())):
            return False
        return not (since and entry.lastmod and entry.lastmod < to_utc_string(since))

    def in_window(self, when: str | None) -> bool:
        """Whether a sitemap or feed date lies in ``since``/``until`` (unknown dates pass)."""
        if when is None:
            return True  # no date before download: the window pipeline decides after
        since, until = self.args.since, self.args.until
        return not (
            (since and when < to_utc_string(since)) or (until and when > to_utc_string(until))
        )
