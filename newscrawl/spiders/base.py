"""NewsSpider: articles found through sections, news sitemaps and feeds, parsed by parse_article."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from scrapy.http import Request, Response, TextResponse
from scrapy.spiders import CrawlSpider
from scrapy.utils.sitemap import sitemap_urls_from_robots

from newscrawl import discovery
from newscrawl.arguments import CrawlArguments, parse_arguments
from newscrawl.dates import DEFAULT_FORMATS, to_utc_string
from newscrawl.pages import ArticlePage, NotAnArticle
from newscrawl.pipelines.reject import reject_page
from newscrawl.rejects import reject_failure
from newscrawl.urls import canonicalize_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.link import Link
    from scrapy.settings import BaseSettings
    from twisted.python.failure import Failure

    from newscrawl.items import Article

logger = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(r"(?:/page/|[?&](?:page|pg|p)=)(\d+)/?(?:$|[&#])")
#: Articles come before further listing pages, so the queue stays short.
ARTICLE_PRIORITY = 10
DISCOVERY_PRIORITY = 5


def page_number(url: str) -> int | None:
    """The listing page number a URL asks for, or None for a first page.

    >>> page_number("https://www.example.com/category/india/page/3"), page_number("/world/")
    (3, None)
    """
    match = _PAGE_NUMBER.search(url)
    return int(match.group(1)) if match else None


class NewsSpider(CrawlSpider):
    """Finds a news site's articles the ways the site offers, and parses each once.

    A site module sets ``article_page``, ``rules`` (an article rule calling
    ``parse_article`` through ``article_request``, a listing rule through
    ``follow_listing``), ``sitemap_urls``, ``daily_sitemap_url``, ``feed_urls``,
    ``timezone`` and its date conventions. Job arguments: ``sources``, ``since``,
    ``until``, ``urls``, ``urls_file``, ``max_pages``, ``base_url``.
    """

    article_page: ClassVar[type[ArticlePage]] = ArticlePage
    #: IANA zone of the site's newsroom; naive dates are read in it.
    timezone: ClassVar[str] = "UTC"
    #: Zone abbreviations as the site means them (``IST`` on an Indian site is +05:30).
    date_zones: ClassVar[dict[str, tzinfo]] = {}
    date_formats: ClassVar[tuple[str, ...]] = DEFAULT_FORMATS
    sitemap_urls: ClassVar[tuple[str, ...]] = ()
    #: Daily sitemap, ``{day}`` = YYYY-MM-DD: walked day by day for a ``since`` window.
    daily_sitemap_url: ClassVar[str | None] = None
    feed_urls: ClassVar[tuple[str, ...]] = ()
    args: CrawlArguments
    lastmods: dict[str, str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = ("sources", "since", "until", "urls", "urls_file", "max_pages", "base_url")
        self._job_args = {name: kwargs.pop(name, None) for name in names}
        super().__init__(*args, **kwargs)

    @classmethod
    def check_arguments(cls, args: Mapping[str, Any], settings: BaseSettings) -> CrawlArguments:
        """Validate the job's arguments; UsageError names the bad one."""
        return parse_arguments(args, settings, cls.timezone)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.args = cls.check_arguments(spider._job_args, crawler.settings)
        #: Newest sitemap/feed date seen per article URL, remembered with the export so that
        #: an unchanged entry does not look newer than what the store holds next time.
        spider.lastmods = {}
        return spider

    @property
    def max_pages(self) -> int:
        return self.args.max_pages

    @property
    def base_url(self) -> str | None:
        """A mirror or staging host serving the site; the feed keeps the real site's URLs."""
        return self.args.base_url

    @property
    def forced_urls(self) -> tuple[str, ...]:
        return self.args.urls

    # -- discovery -------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        if self.args.urls:
            for url in self.args.urls:
                if request := self.article_request_for(url, source="urls", force=True):
                    yield request
            return
        sources = self.args.sources
        if "sections" in sources:
            for url in self.start_urls:
                yield Request(url, dont_filter=True)
        if "sitemaps" in sources:
            for url in self.start_urls[:1]:
                yield self._discovery(urljoin(url, "/robots.txt"), self.parse_robots)
            for url in self.sitemap_urls:
                yield self._discovery(url, self.parse_sitemap)
            if self.daily_sitemap_url and self.args.since:
                until = self.args.until or datetime.now(UTC)
                for day in discovery.days(self.args.since, until):
                    yield self._discovery(
                        self.daily_sitemap_url.format(day=day), self.parse_sitemap
                    )
        if "feeds" in sources:
            for url in self.feed_urls:
                yield self._discovery(url, self.parse_feed)

    def _discovery(self, url: str, callback: Any) -> Request:
        return Request(url, callback=callback, priority=DISCOVERY_PRIORITY)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self._discovery(url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        stats = self.crawler.stats
        assert stats is not None
        max_size = self.settings.getint("NEWSCRAWL_SITEMAP_MAXSIZE", 50 * 1024 * 1024)
        body = discovery.sitemap_body(response.body, max_size)
        if body is None:
            stats.inc_value("newscrawl/sitemaps/too_large")
            return
        kind, entries = discovery.parse_sitemap(body, ZoneInfo(self.timezone))
        stats.inc_value(f"newscrawl/sitemaps/{kind}")
        for entry in entries:
            if kind == "sitemapindex":
                if self._child_in_window(entry):
                    yield self._discovery(entry.url, self.parse_sitemap)
            elif request := self.article_request_for(entry.url, entry=entry, source="sitemap"):
                yield request

    def parse_feed(self, response: Response) -> Iterator[Request]:
        for entry in discovery.parse_feed(response.body):
            if request := self.article_request_for(entry.url, entry=entry, source="feed"):
                yield request

    def _child_in_window(self, entry: discovery.Entry) -> bool:
        """Skip child sitemaps that can only hold articles outside ``since``/``until``."""
        since, until = self.args.since, self.args.until
        day = discovery.day_in_url(entry.url)
        if day is not None and ((since and day < since.date()) or (until and day > until.date())):
            return False
        return not (since and entry.lastmod and entry.lastmod < to_utc_string(since))

    def _in_window(self, when: str | None) -> bool:
        if when is None:
            return True  # no date before download: the window pipeline decides after
        since, until = self.args.since, self.args.until
        return not (
            (since and when < to_utc_string(since)) or (until and when > to_utc_string(until))
        )

    def is_article_url(self, url: str) -> bool:
        return any(
            rule.callback == self.parse_article and rule.link_extractor.matches(url)
            for rule in self._rules
        )

    def article_request_for(
        self,
        url: str,
        *,
        entry: discovery.Entry | None = None,
        source: str,
        force: bool = False,
    ) -> Request | None:
        """One article request, whatever found it: canonical URL, dates for the store."""
        stats = self.crawler.stats
        assert stats is not None
        if not self.is_article_url(url):
            stats.inc_value(f"newscrawl/{source}/not_article")
            return None
        url = self.article_page.canonicalize(url)
        when = entry.published or entry.lastmod if entry else None
        if not force and not self._in_window(when):
            stats.inc_value(f"newscrawl/{source}/outside_window")
            return None
        stats.inc_value(f"newscrawl/{source}/articles")
        if entry and entry.newest:
            self.lastmods[url] = max(entry.newest, self.lastmods.get(url, ""))
        return Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            priority=ARTICLE_PRIORITY,
            meta={
                "newscrawl_article": True,
                "newscrawl_article_id": self.article_page.article_id_of(url),
                "newscrawl_lastmod": entry.newest if entry else None,
                "newscrawl_source": source,
                "newscrawl_force": force,
            },
        )

    # -- sections and listings ---------------------------------------------

    def canonical_links(self, links: Iterable[Link]) -> list[Link]:
        """Article links in canonical form, so variants of one article are one request."""
        kept = []
        for link in links:
            link.url = self.article_page.canonicalize(link.url)
            kept.append(link)
        return kept

    def listing_links(self, links: Iterable[Link]) -> list[Link]:
        """Listing links with tracking parameters and fragments removed."""
        kept = []
        for link in links:
            link.url = canonicalize_url(link.url, host_aliases=self.article_page.host_aliases)
            kept.append(link)
        return kept

    def article_request(self, request: Request, response: Response) -> Request:
        request.meta.update(
            newscrawl_article=True,
            newscrawl_article_id=self.article_page.article_id_of(request.url),
            newscrawl_source="section",
        )
        return request.replace(priority=ARTICLE_PRIORITY, errback=self.article_failed)

    def article_failed(self, failure: Failure) -> None:
        """An article request that ended without a page (HTTP error, timeout, robots.txt...)."""
        reject_failure(self.crawler, failure)

    def follow_listing(self, request: Request, response: Response) -> Request | None:
        """Pagination up to ``max_pages``; section hops up to NEWSCRAWL_SECTION_DEPTH."""
        number = page_number(request.url)
        depth = response.meta.get("newscrawl_section_depth", 0) + (0 if number else 1)
        if number is not None and number > self.args.max_pages:
            self.crawler.stats.inc_value("newscrawl/listing/page_limit")
            return None
        if depth > self.args.section_depth:
            return None
        request.meta["newscrawl_section_depth"] = depth
        return request

    # -- articles --------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Article]:
        if not isinstance(response, TextResponse):
            reject_page(self.crawler, "not_html", response)
            return
        crawled_at = response.meta.get("newscrawl_fetched_at") or to_utc_string(datetime.now(UTC))
        try:
            yield self.article_page(response).to_item(site=self.name, crawled_at=crawled_at)
        except NotAnArticle as exc:
            reject_page(self.crawler, exc.reason, response)
            logger.info(
                "Not an article (%(reason)s): %(url)s", {"reason": exc.reason, "url": response.url}
            )
        except Exception:
            reject_page(self.crawler, "extraction_error", response)
            logger.warning("Extraction failed on %(url)s", {"url": response.url}, exc_info=True)
