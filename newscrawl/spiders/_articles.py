"""Article parsing for news spiders: one response, one page object, one item or one reject."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import unquote, urlsplit

from itemadapter import ItemAdapter, is_item
from lxml import etree
from scrapy.http import Request, Response, TextResponse

from newscrawl.dates import (
    ambiguous_abbreviations,
    ambiguous_day_order,
    country_zone,
    numeric_order,
    page_countries,
    to_utc_string,
)
from newscrawl.pages import ArticlePage, NotAnArticle
from newscrawl.parsing import lean
from newscrawl.reasons import reject_page
from newscrawl.rejects import reject_failure
from newscrawl.urls import continuation_number

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from twisted.python.failure import Failure

    from newscrawl.items import Article

logger = logging.getLogger(__name__)
#: The most pages one article is read from (its first included).
MAX_PARTS = 20


class ArticleParsingMixin:
    """``parse_article``: the spider's page class turns a response into an Article."""

    crawler: Crawler
    name: str
    article_page: ClassVar[type[ArticlePage]] = ArticlePage
    #: UTC offset (seconds) of the sitemap or feed entry that listed an article, by its URL:
    #: the zone for the page's zoneless dates when the site has none.
    listed_offsets: dict[str, int]
    #: The UTC offsets (seconds) the sitemap and feed entries of each site print, by ``site``.
    site_offsets: dict[str, set[int]]
    #: Per ``site``, per printed offset, the earliest and latest (UTC instant, offset) listed.
    site_clocks: dict[str, dict[int, tuple[tuple[str, int], tuple[str, int]]]]
    #: By article URL, the countries each clue of its page names (language region, domain),
    #: kept only for pages whose dates print an ambiguous abbreviation (BST, IST).
    date_countries: dict[str, tuple[frozenset[str], ...]]
    #: By article URL, the UTC offset (seconds) its page prints beside a date it also gives
    #: without a zone ("4.40pm AWST" next to JSON-LD "2026-11-23T16:40:00").
    date_offsets: dict[str, int]
    #: By article URL, the zone word of several meanings ("IST") its page prints beside a date
    #: it also gives without a zone, which the page alone cannot settle.
    date_words: dict[str, str]
    #: By article URL, the zone of the one-clock country its page's language region names.
    date_regions: dict[str, str]
    #: By article URL, the day and month order (``DMY``) of its page's language region, kept
    #: only for pages whose dates are numbers that read two ways ("05/11/2026").
    date_orders: dict[str, str]
    #: Newest sitemap/feed date seen per article URL (the store's modified time).
    lastmods: dict[str, str]

    @classmethod
    def site_of(cls, url: str) -> str:
        """The ``site`` field of an article at ``url``: the spider's name."""
        return cls.name

    def page(self, response: TextResponse) -> ArticlePage:
        """The page object for ``response``."""
        return self.article_page(response)

    def item_from(self, response: TextResponse, crawled_at: str) -> Article:
        """The Article of ``response`` before the pipelines; NotAnArticle when it is none."""
        page = self.page(lean(response))
        item = page.to_item(site=self.site_of(page.canonical_url), crawled_at=crawled_at)
        if item.url and ambiguous_abbreviations(item.published_raw, item.modified_raw):
            self.date_countries[item.url] = page_countries(page.declared_languages, item.url)
        if item.url and page.date_offset is not None:
            self.date_offsets[item.url] = int(page.date_offset.total_seconds())
        if item.url and page.date_word is not None:
            self.date_words[item.url] = page.date_word
            self.date_countries[item.url] = page_countries(page.declared_languages, item.url)
        if item.url and (zone := country_zone(page.declared_languages)):
            self.date_regions[item.url] = zone
        if (
            item.url
            and ambiguous_day_order(f"{item.published_raw or ''} {item.modified_raw or ''}")
            and (order := numeric_order(page.declared_languages))
        ):
            self.date_orders[item.url] = order
        stats = getattr(getattr(self, "crawler", None), "stats", None)
        if stats is not None:
            # Values set aside as too long, text a lying charset damaged (repaired or not).
            for note in sorted(page.loader.context.get("damaged") or ()):
                stats.inc_value(f"newscrawl/text/{note}")
        return item

    def parse_article(self, response: Response) -> Iterator[Article | Request]:
        if not isinstance(response, TextResponse):
            self.forget(*self._listed_urls(response))
            reject_page(self.crawler, "not_html", response)
            return
        crawled_at = response.meta.get("newscrawl_fetched_at") or to_utc_string(datetime.now(UTC))
        try:
            item = self.item_from(response, crawled_at)
        except NotAnArticle as exc:
            self.forget(*self._listed_urls(response))
            reject_page(self.crawler, exc.reason, response)
            logger.info(
                "Not an article (%(reason)s): %(url)s", {"reason": exc.reason, "url": response.url}
            )
        except Exception:
            self.forget(*self._listed_urls(response))
            reject_page(self.crawler, "extraction_error", response)
            logger.warning("Extraction failed on %(url)s", {"url": response.url}, exc_info=True)
        else:
            # The request's meta carries it across a JOBDIR resume or to another worker.
            offset = response.meta.get("newscrawl_listed_offset")
            if offset is not None and item.url:
                self.listed_offsets.setdefault(item.url, offset)
                self.site_offsets.setdefault(self.site_of(item.url), set()).add(offset)
            if lastmod := response.meta.get("newscrawl_lastmod"):
                # Under the URL the sitemap or feed listed, as article_request_for keeps it.
                listed = (response.meta.get("redirect_urls") or [response.url])[0]
                self.lastmods.setdefault(listed, lastmod)
            parts = continuations(response, item.url or response.url, {response.url})
            yield self._next_part(item, parts, [response.url]) if parts else item

    def _next_part(self, item: Article, pending: list[str], seen: list[str]) -> Request:
        """The request for the article's next page; the item rides along until the last."""
        return Request(
            pending[0],
            callback=self.parse_article_part,
            errback=self.article_part_failed,
            dont_filter=True,  # also linked as a page of its own, which the article stands for
            meta={
                "newscrawl_article": item,
                "newscrawl_parts": pending[1:],
                "newscrawl_seen": [*seen, pending[0]],
                "newscrawl_date_facts": self._date_facts(item.url),
            },
        )

    def _date_maps(self) -> dict[str, dict[str, Any]]:
        return {
            "lastmod": self.lastmods,
            "listed": self.listed_offsets,
            "countries": self.date_countries,
            "offset": self.date_offsets,
            "word": self.date_words,
            "region": self.date_regions,
            "order": self.date_orders,
        }

    def forget(self, *urls: str | None) -> None:
        """Drop what was kept of these article URLs' dates once their item is settled.

        The pipelines read these facts while the item passes through them; kept any longer,
        they would grow with every article of a long crawl or of library calls.
        """
        maps = self._date_maps().values()
        for url in urls:
            if url:
                for facts in maps:
                    facts.pop(url, None)

    def item_settled(self, item: Any, response: Response | None = None, **_: Any) -> None:
        """``item_scraped``, ``item_dropped`` and ``item_error``: its facts are used."""
        url = ItemAdapter(item).get("url") if is_item(item) else None
        self.forget(url, *self._listed_urls(response))

    @staticmethod
    def _listed_urls(response: Response | None) -> tuple[str, ...]:
        """The URLs a response's facts may be kept under: as listed, and as fetched."""
        if response is None:
            return ()
        if response.request is None:  # a library call's page
            return (response.url,)
        return ((response.meta.get("redirect_urls") or [response.url])[0], response.url)

    def _date_facts(self, url: str | None) -> dict[str, Any]:
        """What the article's first page and its listing said of its dates' zone.

        The item's dates are read when its last page is in, maybe in a process resumed from
        JOBDIR whose spider never saw the first page: the facts travel with the request.
        """
        if not url:
            return {}
        return {name: facts[url] for name, facts in self._date_maps().items() if url in facts}

    def _with_date_facts(self, item: Article, facts: dict[str, Any]) -> Article:
        if item.url:
            maps = self._date_maps()
            for name, value in facts.items():
                maps[name].setdefault(item.url, value)
        return item

    def parse_article_part(self, response: Response) -> Iterator[Article | Request]:
        """A later page of an article: its text is added to the article's body.

        The article is exported after its last page (at most ``MAX_PARTS``); a page that
        gives no text adds none.
        """
        item: Article = response.meta["newscrawl_article"]
        pending: list[str] = response.meta["newscrawl_parts"]
        seen: list[str] = response.meta["newscrawl_seen"]
        if isinstance(response, TextResponse):
            try:
                text = self.page(lean(response)).continuation_body()
            except Exception:
                text = ""
                logger.warning("Extraction failed on %(url)s", {"url": response.url}, exc_info=True)
            if text and item.body and text not in item.body:
                item.body = f"{item.body}\n\n{text}"
                item.word_count = len(item.body.split())
            known = {*seen, *pending}
            pending = sorted(
                {*pending, *continuations(response, item.url or response.url, known)},
                key=lambda url: continuation_number(url, item.url or url) or 0,
            )
        if pending and len(seen) < MAX_PARTS:
            yield self._next_part(item, pending, seen)
        else:
            yield self._with_date_facts(item, response.meta.get("newscrawl_date_facts") or {})

    def article_part_failed(self, failure: Failure) -> Iterator[Article]:
        """A later page that could not be fetched: the article as far as it was read."""
        reject_failure(self.crawler, failure)
        request = getattr(failure, "request", None)
        if request is not None and "newscrawl_article" in request.meta:
            facts = request.meta.get("newscrawl_date_facts") or {}
            yield self._with_date_facts(request.meta["newscrawl_article"], facts)

    def article_failed(self, failure: Failure) -> None:
        """An article request that ended without a page (HTTP error, timeout, robots.txt...)."""
        reject_failure(self.crawler, failure)
        request = getattr(failure, "request", None)
        if request is not None:
            self.forget((request.meta.get("redirect_urls") or [request.url])[0], request.url)


_QUERY_HREFS = etree.XPath("//a[starts-with(normalize-space(@href), '?')]/@href")
_NAMING_HREFS = etree.XPath(
    "//a[contains(@href, $tail) or starts-with(normalize-space(@href), '?')]/@href"
)


def continuations(response: TextResponse, article_url: str, known: set[str]) -> list[str]:
    """The article's later pages that ``response`` links to ("Halaman 2", "Next page"), in order.

    Links to the article's own URL with a page number (``?page=2``, ``/judul/2``), not yet
    ``known``.
    """
    numbered: dict[str, int] = {}
    # A later page's link names the article's last path segment, or is a query alone
    # ("?page=2"): lxml picks those out, the page's hundreds of other links stay in C.
    tail = urlsplit(article_url).path.rstrip("/").rsplit("/", 1)[-1]
    # The bytes first: most article pages hold no such link, and any XPath over their
    # hundreds of links costs a millisecond.
    body = response.body
    marks = {tail.encode(), unquote(tail).encode()} if tail else set()
    if not any(_names_a_later_page(body, mark) for mark in marks) and not (
        b'href="?' in body or b"href='?" in body
    ):
        return []
    root = response.selector.root
    hrefs = _NAMING_HREFS(root, tail=tail) if tail else _QUERY_HREFS(root)
    for href in hrefs:
        url = response.urljoin(str(href).strip()).split("#", 1)[0]
        if url not in known and (number := continuation_number(url, article_url)) is not None:
            numbered.setdefault(url, number)
    return sorted(numbered, key=numbered.__getitem__)


def _names_a_later_page(body: bytes, mark: bytes) -> bool:
    """``mark`` (the URL's last segment) followed by a query or by ``/`` and a digit or a query.

    What a link to a later page has (``judul?page=2``, ``judul/2``, ``slug/?page=2``), and
    the canonical, AMP and share links every page has do not (``slug/"``, ``slug/amp/``).

    >>> _names_a_later_page(b'<a href="/a/slug/amp/">AMP</a> <a href="/a/slug/">x</a>', b"slug")
    False
    >>> _names_a_later_page(b'<a href="/a/slug/2/">2</a>', b"slug"), _names_a_later_page(b"slug?page=3", b"slug")
    (True, True)
    """
    at = body.find(mark)
    while at >= 0:
        after = body[at + len(mark) : at + len(mark) + 2]
        if after[:1] == b"?" or (after[:1] == b"/" and (after[1:].isdigit() or after[1:] == b"?")):
            return True
        at = body.find(mark, at + 1)
    return False


__all__ = ["MAX_PARTS", "ArticleParsingMixin", "continuations"]
