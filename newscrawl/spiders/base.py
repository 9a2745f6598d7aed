"""NewsSpider: home page, then sections and their pagination, then articles to parse_article."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from scrapy.exceptions import UsageError
from scrapy.http import Request, Response, TextResponse
from scrapy.spiders import CrawlSpider

from newscrawl.dates import DEFAULT_FORMATS, to_utc_string
from newscrawl.pages import ArticlePage, NotAnArticle
from newscrawl.pipelines.reject import reject_page
from newscrawl.urls import canonicalize_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.link import Link
    from scrapy.settings import BaseSettings

    from newscrawl.items import Article

logger = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(r"(?:/page/|[?&](?:page|pg|p)=)(\d+)/?(?:$|[&#])")
#: Articles come before further listing pages, so the queue stays short.
ARTICLE_PRIORITY = 10


def page_number(url: str) -> int | None:
    """The listing page number a URL asks for, or None for a first page.

    >>> page_number("https://www.example.com/category/india/page/3"), page_number("/world/")
    (3, None)
    """
    match = _PAGE_NUMBER.search(url)
    return int(match.group(1)) if match else None


def positive_int(name: str, value: Any) -> int:
    """Validate a numeric spider argument or setting; the error names it."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        raise UsageError(f"{name} must be a whole number of at least 1, got {value!r}")
    return number


class NewsSpider(CrawlSpider):
    """Follows a news site the way a reader would: sections, their pages, their articles.

    A site module sets ``article_page``, ``rules`` (an article rule calling
    ``parse_article`` and a listing rule using ``follow_listing``), ``timezone`` and its
    date conventions.
    """

    article_page: ClassVar[type[ArticlePage]] = ArticlePage
    #: IANA zone of the site's newsroom; naive dates are read in it.
    timezone: ClassVar[str] = "UTC"
    #: Zone abbreviations as the site means them (``IST`` on an Indian site is +05:30).
    date_zones: ClassVar[dict[str, tzinfo]] = {}
    date_formats: ClassVar[tuple[str, ...]] = DEFAULT_FORMATS
    max_pages: int
    section_depth: int
    base_url: str | None

    def __init__(
        self, *args: Any, max_pages: Any = None, base_url: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._max_pages_arg = max_pages
        self._base_url_arg = base_url

    @classmethod
    def check_arguments(cls, args: Mapping[str, Any], settings: BaseSettings) -> dict[str, Any]:
        """Validate spider arguments and settings once; UsageError names the bad one."""
        if args.get("max_pages") is not None:
            max_pages = positive_int("max_pages", args["max_pages"])
        else:
            max_pages = positive_int("NEWSCRAWL_MAX_PAGES", settings.get("NEWSCRAWL_MAX_PAGES", 50))
        depth = positive_int("NEWSCRAWL_SECTION_DEPTH", settings.get("NEWSCRAWL_SECTION_DEPTH", 2))
        base_url = args.get("base_url") or None
        if base_url is not None:
            parts = urlsplit(base_url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise UsageError(
                    f"base_url must be an http(s) URL such as http://127.0.0.1:8080, got {base_url!r}"
                )
        return {"max_pages": max_pages, "section_depth": depth, "base_url": base_url}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        checked = cls.check_arguments(
            {"max_pages": spider._max_pages_arg, "base_url": spider._base_url_arg}, crawler.settings
        )
        spider.max_pages = checked["max_pages"]
        spider.section_depth = checked["section_depth"]
        #: A mirror or staging host that serves the site's pages (see MirrorMiddleware);
        #: canonical URLs in the feed stay those of the real site.
        spider.base_url = checked["base_url"]
        return spider

    # -- link following ------------------------------------------------------

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
        return request.replace(priority=ARTICLE_PRIORITY)

    def follow_listing(self, request: Request, response: Response) -> Request | None:
        """Pagination up to ``max_pages``; section hops up to NEWSCRAWL_SECTION_DEPTH."""
        number = page_number(request.url)
        depth = response.meta.get("newscrawl_section_depth", 0) + (0 if number else 1)
        if number is not None and number > self.max_pages:
            self.crawler.stats.inc_value("newscrawl/listing/page_limit")
            return None
        if depth > self.section_depth:
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
