"""Discovery for news spiders: robots.txt, sitemaps (news, plain, indexes) and syndication feeds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from scrapy.http import Request, Response
from scrapy.utils.sitemap import sitemap_urls_from_robots

from newscrawl import discovery
from newscrawl.dates import to_utc_string

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newscrawl.arguments import CrawlArguments

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

    def discovery_requests(self) -> Iterator[Request]:
        """The site's robots.txt, sitemaps (daily ones for a ``since`` window) and feeds."""
        sources = self.args.sources
        if "sitemaps" in sources:
            for url in self.start_urls[:1]:
                yield self.discovery_request(urljoin(url, "/robots.txt"), self.parse_robots)
            for url in self.sitemap_urls:
                yield self.discovery_request(url, self.parse_sitemap)
            if self.daily_sitemap_url and self.args.since:
                until = self.args.until or datetime.now(UTC)
                for day in discovery.days(self.args.since, until):
                    yield self.discovery_request(
                        self.daily_sitemap_url.format(day=day), self.parse_sitemap
                    )
        if "feeds" in sources:
            for url in self.syndication_urls:
                yield self.discovery_request(url, self.parse_syndication_feed)

    def discovery_request(self, url: str, callback: Any, **meta: Any) -> Request:
        return Request(url, callback=callback, priority=DISCOVERY_PRIORITY, meta=meta)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self.discovery_request(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        stats = self.crawler.stats
        assert stats is not None
        max_size = self.crawler.settings.getint("NEWSCRAWL_SITEMAP_MAXSIZE", 50 * 1024 * 1024)
        body = discovery.sitemap_body(response.body, max_size)
        if body is None:
            stats.inc_value("newscrawl/sitemaps/too_large")
            return
        kind, entries = discovery.parse_sitemap(body, ZoneInfo(self.site_zone()))
        stats.inc_value(f"newscrawl/sitemaps/{kind}")
        for entry in entries:
            if entry.bad_dates:
                stats.inc_value("newscrawl/sitemap/bad_date", entry.bad_dates)
            if kind == "sitemapindex":
                if self._child_in_window(entry):
                    yield self.discovery_request(entry.url, self.parse_sitemap)
            elif request := self.article_request_for(entry.url, entry=entry, source="sitemap"):
                yield request

    def parse_syndication_feed(self, response: Response) -> Iterator[Request]:
        for entry in discovery.parse_syndication_feed(response.body):
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
