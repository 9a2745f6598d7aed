"""NewsSpider: articles found through sections, sitemaps and feeds, parsed by parse_article."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any, ClassVar, cast
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from itemadapter import ItemAdapter
from lxml import etree
from scrapy import signals
from scrapy.http import HtmlResponse, Request, Response
from scrapy.link import Link
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider
from scrapy.utils.misc import rel_has_nofollow
from scrapy.utils.response import get_base_url
from w3lib.html import strip_html5_whitespace
from w3lib.url import safe_url_string

from newscrawl import discovery
from newscrawl.arguments import COMMON_ARGUMENTS, CrawlArguments, parse_arguments
from newscrawl.context import DateRules
from newscrawl.dates import (
    DEFAULT_FORMATS,
    country_clock,
    country_zone,
    fits_offsets,
    language_zone,
    numeric_order,
    page_countries,
    settled_abbreviations,
    settled_by_countries,
    settled_by_offsets,
    zone_from_offsets,
    zone_of,
    zones_from_offsets,
)
from newscrawl.pages import jsonld
from newscrawl.processors import language_subtag
from newscrawl.spiders._articles import ArticleParsingMixin
from newscrawl.spiders._discovery import ARTICLE_PRIORITY, DISCOVERY_PRIORITY, DiscoveryMixin
from newscrawl.urls import PAGE_PARAMETERS, canonicalize_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

_STRING = etree.XPath("string()")
#: A listing's page number in its path (``/page/2``, ``/page-2``, ``/sayfa/2``), or as
#: Vietnamese CMSes number a section's pages: after its last word (``/thoi-su-p2``) or as a
#: page file (``/the-thao/trang-2.htm``).
PAGE_IN_PATH = (
    r"(?:/(?:page[/-]|(?:pagina|seite|strona|strana|stranka|sayfa)/)"
    # "-p" and a number of three digits at most closing the path: a longer one is an id
    r"|(?<=[a-z])-p(?=\d{1,3}/?(?:$|[?&#]))|/trang-(?=\d+\.html?$))"
    r"(\d+)(?:\.html?)?/?"
)
_PAGE_NUMBER = re.compile(
    rf"(?:{PAGE_IN_PATH}|[?&](?i:{'|'.join(sorted(PAGE_PARAMETERS))})=(\d+))(?:$|[&#])"
)
#: The ``-a`` arguments every news spider takes (help for each: ``COMMON_ARGUMENTS``). A spider
#: adds its own in one line: ``job_arguments = (*NewsSpider.job_arguments, "site")``; any
#: argument not declared stops ``scrapy crawl`` at start, naming the closest declared one.
JOB_ARGUMENTS: tuple[str, ...] = tuple(COMMON_ARGUMENTS)
#: The key of what the crawl learned of its sites in ``spider.state``.
STATE_KEY = "newscrawl"

__all__ = [
    "ARTICLE_PRIORITY",
    "DISCOVERY_PRIORITY",
    "PAGE_IN_PATH",
    "PAGE_PARAMETERS",
    "STATE_KEY",
    "NewsSpider",
    "page_number",
]


def page_number(url: str) -> int | None:
    """The listing page number a URL asks for, or None for a first page.

    >>> page_number("https://www.example.com/category/india/page/3"), page_number("/world/")
    (3, None)
    >>> page_number("https://www.example.com/sports/cricket/page-2/")
    2
    >>> page_number("https://x.example/ekonomi/sayfa/2"), page_number("https://x.example/gundem/?sayfa=3")
    (2, 3)
    >>> page_number("https://x.example/news/obshchestvo/?PAGEN_1=2")
    2
    >>> page_number("https://x.example/thoi-su-p2"), page_number("https://x.example/iphone-15-pro")
    (2, None)
    >>> page_number("https://x.example/doi-song/ban-gia-p4812345"), page_number("https://x.example/gia-p12/")
    (None, 12)
    >>> page_number("https://x.example/the-thao/trang-2.htm")
    2
    """
    match = _PAGE_NUMBER.search(url)
    return int(match.group(1) or match.group(2)) if match else None


class NewsSpider(DiscoveryMixin, ArticleParsingMixin, CrawlSpider):
    """Finds a news site's articles the ways the site offers, and parses each once.

    A site module sets ``article_page``, ``rules`` (an article rule calling
    ``parse_article`` through ``article_request``, a listing rule through
    ``follow_listing``), ``sitemap_urls``, ``daily_sitemap_url``, ``syndication_urls``,
    ``timezone`` and its date conventions. Job arguments (``-a``): ``job_arguments``;
    any other stops the crawl at start.
    """

    #: IANA zone of the site's newsroom; naive dates are read in it.
    timezone: ClassVar[str] = "UTC"
    #: Zone abbreviations as the site means them (``IST`` on an Indian site is +05:30).
    date_zones: ClassVar[dict[str, tzinfo]] = {}
    date_formats: ClassVar[tuple[str, ...]] = DEFAULT_FORMATS
    #: Order of all-numeric dates (``DMY``); None leaves it to the page's language.
    date_order: ClassVar[str | None] = None
    sitemap_urls: ClassVar[tuple[str, ...]] = ()
    #: Daily sitemap, ``{day}`` = YYYY-MM-DD: walked day by day for a ``since`` window.
    daily_sitemap_url: ClassVar[str | None] = None
    syndication_urls: ClassVar[tuple[str, ...]] = ()
    job_arguments: ClassVar[tuple[str, ...]] = JOB_ARGUMENTS
    args: CrawlArguments
    lastmods: dict[str, str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # ``name`` stays in kwargs: Scrapy's Spider sets it (check_arguments validates it).
        self._job_args = {n: kwargs.pop(n, None) for n in self.job_arguments if n != "name"}
        self._job_args["name"] = kwargs.get("name")
        super().__init__(*args, **kwargs)

    @classmethod
    def check_arguments(cls, args: Mapping[str, Any], settings: BaseSettings) -> CrawlArguments:
        """Validate the job's arguments; UsageError names the bad one."""
        domains = getattr(cls, "allowed_domains", None) or ()
        return parse_arguments(args, settings, cls.timezone, domains)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.args = cls.check_arguments(spider._job_args, crawler.settings)
        #: Newest sitemap/feed date seen per article URL, remembered with the export so that
        #: an unchanged entry does not look newer than what the store holds next time.
        spider.lastmods = {}
        spider.listed_offsets = {}
        spider.site_offsets = {}
        spider.site_clocks = {}
        spider.date_countries = {}
        spider.date_offsets = {}
        spider.date_words = {}
        spider.date_regions = {}
        spider.date_orders = {}
        spider.robots_awaited = set()
        crawler.signals.connect(spider.robots_received, signal=signals.response_received)
        for settled in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider.item_settled, signal=settled)
        return spider

    # -- what a resumed crawl keeps (spider.state, saved in JOBDIR by newscrawl.jobdir) -------

    def save_state(self, state: dict[str, Any], *, ended: bool = False) -> None:
        """Put what the crawl learned of its sites in ``state``, which JOBDIR keeps on a pause.

        Only what a resumed process needs before it re-learns it and no request carries:
        per-URL facts ride in the requests' meta instead. A crawl that ``ended`` (its queue
        empty) leaves nothing: the next run re-learns its sites as they are then.
        """
        if ended:
            state.pop(STATE_KEY, None)
            return
        state[STATE_KEY] = {
            "site_offsets": {site: sorted(offsets) for site, offsets in self.site_offsets.items()},
            "site_clocks": {site: dict(spans) for site, spans in self.site_clocks.items()},
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        """Take back what :meth:`save_state` kept; a state that does not read is re-learned."""
        learned = state.get(STATE_KEY)
        if not isinstance(learned, dict):
            return
        try:
            self.relearn(learned)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            logger.warning(
                "JOBDIR spider state not understood (%(why)s): re-learning what it held",
                {"why": f"{type(exc).__name__}: {exc}"},
            )

    def relearn(self, learned: dict[str, Any]) -> None:
        """Merge a saved state into what this process knows; TypeError etc. when malformed."""
        offsets = {
            str(site): {int(offset) for offset in found}
            for site, found in learned.get("site_offsets", {}).items()
        }
        clocks = {
            str(site): [
                ((str(at), int(printed)), int(offset))
                for offset, span in spans.items()
                for at, printed in span
            ]
            for site, spans in learned.get("site_clocks", {}).items()
        }
        for site, found in offsets.items():
            self.site_offsets.setdefault(site, set()).update(found)
        for site, instants in clocks.items():
            spans = self.site_clocks.setdefault(site, {})
            for moment, offset in instants:
                first, last = spans.get(offset, (moment, moment))
                spans[offset] = (min(first, moment), max(last, moment))

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

    # -- what pipelines ask (newscrawl.context.ItemContext) -----------------------

    def site_zone(self) -> str:
        """The zone for dates printed without one (the site's newsroom)."""
        return self.timezone

    def site_language(self, url: str) -> str | None:
        """The language of the site's home page, when the crawl read it."""
        return None

    def date_rules(self, item: Any) -> DateRules:
        url = ItemAdapter(item).get("url") or ""
        offset = self.listed_offsets.get(url)
        if offset is None and url:
            # Listed only by a section page: the one offset the site's sitemaps and feeds print.
            offsets = self.site_offsets.get(self.site_of(url), set())
            offset = next(iter(offsets)) if len(offsets) == 1 else None
        tz_name = self.site_zone()
        printed = self.date_offsets.get(url)
        page_zone = timezone(timedelta(seconds=printed)) if printed is not None else None
        page_word = self.date_words.get(url) if printed is None else None
        # The page's own region ("es-AR"), else its home page's ("en-PH" above article pages
        # declaring "en"): the one clock of that country.
        region = self.date_regions.get(url) or country_zone([self.site_language(url) or ""])
        # "05/11/2026": the site file's order, else the page's region's, else its home page's
        # when the page is in the home page's language (not a French edition of a US site)
        home = self.site_language(url) or ""
        same = language_subtag(home) == language_subtag(ItemAdapter(item).get("language") or "")
        order = (
            self.date_order
            or self.date_orders.get(url)
            or (numeric_order([home]) if same else None)
        )
        country = ZoneInfo(region) if region else None
        clock_zones: tuple[tzinfo, ...] = ()
        if tz_name == "UTC" and url and (clock := self.site_clocks.get(self.site_of(url))):
            # Offsets on both sides of a DST change prove the site's zone (London, Paris):
            # its zoneless dates of any season read on that clock, not at one fixed offset.
            observed = [at for span in clock.values() for at in span]
            # Else the zone of the page's country or language, or of the home page's language
            # (an English edition of a Hebrew site), when its clock gave every offset the
            # listings print (Jerusalem's +02:00 in November): one offset proves no zone
            # alone, but it confirms the one the page names.
            named = (
                country
                or language_zone(ItemAdapter(item).get("language"))
                or language_zone(self.site_language(url))
            )
            # A country of several clocks (Portugal's Lisbon and Azores): the one that fits.
            proven = (
                zone_from_offsets(observed)
                or fits_offsets(named, observed)
                or country_clock([self.site_language(url) or ""], observed)
            )
            if proven is not None:
                return DateRules(
                    tz_name=proven,
                    zones={
                        **self.page_zones(url, proven),
                        **settled_abbreviations(proven),
                        **self.date_zones,
                    },
                    formats=self.date_formats,
                    date_order=order,
                    page_zone=page_zone,
                    page_word=page_word,
                    country_zone=country,
                )
            if len(clock) > 1:
                # Two offsets that several zones share (Cairo's and Athens' +02:00 / +03:00):
                # a zoneless date is still proven in the seasons where those zones agree.
                clock_zones = zones_from_offsets(observed)
        # The offsets the site's own sitemaps and feeds print settle IST, CST or PST on its
        # pages before the page's language region does: "en-US" is WordPress's default, which
        # a Manila paper printing "PST" beside +08:00 listings keeps.
        site = self.site_of(url) if url else ""
        site_offsets = self.site_offsets.get(site, set()) | set(self.site_clocks.get(site, {}))
        return DateRules(
            tz_name=tz_name,
            zones={
                **self.page_zones(url, tz_name),
                **settled_by_offsets(site_offsets),
                **self.date_zones,
            },
            formats=self.date_formats,
            date_order=order,
            listed_zone=timezone(timedelta(seconds=offset)) if offset is not None else None,
            page_zone=page_zone,
            page_word=page_word,
            clock_zones=clock_zones,
            country_zone=country,
        )

    def page_zones(self, url: str, tz_name: str) -> dict[str, tzinfo]:
        """Ambiguous abbreviations the article's page settles and the site's zone does not."""
        clues = self.date_countries.get(url, ())
        if url in self.date_countries and (home := self.site_language(url)):
            # The home page's region ("en-PH") speaks for an article page declaring none
            # ("en"); where the two name different meanings, the word stays unsettled.
            clues = (*clues, *page_countries([home], ""))
        settled = settled_by_countries(clues)
        return {word: zone for word, zone in settled.items() if zone_of(word, tz_name) is None}

    def remember_clock(self, url: str, clock: Iterable[tuple[str, int]]) -> None:
        """Keep the earliest and latest instant the site's listings print with each offset."""
        spans = self.site_clocks.setdefault(self.site_of(url), {})
        for at, offset in clock:
            first, last = spans.get(offset, ((at, offset), (at, offset)))
            spans[offset] = (min(first, (at, offset)), max(last, (at, offset)))

    def window(self) -> tuple[datetime | None, datetime | None]:
        if self.args.urls:
            return None, None
        return self.args.since, self.args.until

    def forced(self) -> bool:
        return bool(self.args.urls)

    def listed_date(self, url: str) -> str | None:
        return self.lastmods.get(url)

    # -- discovery -------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        if self.args.urls:
            for url in self.args.urls:
                if not self.is_article_url(url):
                    # Asked for by name: fetched anyway, and said so.
                    logger.warning("Does not look like an article URL, fetching it anyway: %s", url)
                if request := self.article_request_for(url, source="urls", force=True):
                    yield request
            return
        # Built first: robots.txt is awaited before a request makes Scrapy fetch it.
        discovery = list(self.discovery_requests())
        homes = []
        if "sections" in self.args.sources:
            homes = [Request(url, dont_filter=True) for url in self.start_urls]
        for request in (*homes, *self.robots_nothing_triggers(homes + discovery), *discovery):
            yield request

    def canonical(self, url: str) -> str:
        """An article URL in canonical form."""
        return self.article_page.canonicalize(url)

    def canonical_page(self, url: str) -> str:
        """A listing or section URL with tracking parameters and fragments removed."""
        return canonicalize_url(url, host_aliases=self.article_page.host_aliases)

    def wanted_article_url(self, url: str, source: str) -> bool:
        """Article or not before download (``source``: section, sitemap, feed, urls)."""
        # A URL asked for by name (``-a urls``) is fetched: the page decides.
        return source == "urls" or self.is_article_url(url)

    def is_article_url(self, url: str) -> bool:
        return any(
            rule.callback == self.parse_article and rule.link_extractor.matches(url)
            for rule in self._rules
        )

    def article_meta(self, url: str, source: str) -> dict[str, Any]:
        """What the store, the delta check and the rejects feed need to know of an article."""
        return {
            "newscrawl_article": True,
            "newscrawl_site": self.site_of(url),
            "newscrawl_article_id": self.article_page.article_id_of(url),
            "newscrawl_source": source,
        }

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
        if not self.wanted_article_url(url, source):
            stats.inc_value(f"newscrawl/{source}/not_article")
            return None
        url = self.canonical(url)
        when = entry.published or entry.lastmod if entry else None
        if not force and not self.in_window(when):
            stats.inc_value(f"newscrawl/{source}/outside_window")
            return None
        stats.inc_value(f"newscrawl/{source}/articles")
        if entry and entry.newest:
            self.lastmods[url] = max(entry.newest, self.lastmods.get(url, ""))
        if entry and entry.offset is not None:
            self.listed_offsets.setdefault(url, entry.offset)
            self.site_offsets.setdefault(self.site_of(url), set()).add(entry.offset)
        if entry and entry.clock:
            self.remember_clock(url, entry.clock)
        return Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            priority=ARTICLE_PRIORITY,
            meta={
                **self.article_meta(url, source),
                "newscrawl_lastmod": entry.newest if entry else None,
                "newscrawl_force": force,
                **({"newscrawl_listed_offset": entry.offset} if entry and entry.offset else {}),
            },
        )

    # -- sections and listings ---------------------------------------------

    def _requests_to_follow(self, response: Response) -> Iterable[Request | None]:
        # CrawlSpider runs each rule's LinkExtractor over the whole page; here the page's
        # links are read once (page_links) and each rule's extractor only filters them.
        if not isinstance(response, HtmlResponse):
            return
        found = page_links(response)
        seen: set[Link] = set()
        for rule_index, rule in enumerate(self._rules):
            extractor = rule.link_extractor
            if extractor.restrict_xpaths:  # a rule that reads only part of the page
                candidates = extractor.extract_links(response)
            else:
                candidates = rule_links(extractor, found)
            links = [link for link in candidates if link not in seen]
            process_links = cast("Callable[[list[Link]], Iterable[Link]]", rule.process_links)
            process_request = cast(
                "Callable[[Request, Response], Request | None]", rule.process_request
            )
            for link in process_links(links):
                seen.add(link)
                yield process_request(self._build_request(rule_index, link), response)

    def canonical_links(self, links: Iterable[Link]) -> list[Link]:
        """Article links in canonical form, so variants of one article are one request."""
        kept = []
        for link in links:
            link.url = self.canonical(link.url)
            kept.append(link)
        return kept

    def listing_links(self, links: Iterable[Link]) -> list[Link]:
        """Listing links in canonical form (:meth:`canonical_page`)."""
        kept = []
        for link in links:
            link.url = self.canonical_page(link.url)
            kept.append(link)
        return kept

    def article_request(self, request: Request, response: Response) -> Request:
        request.meta.update(self.article_meta(request.url, "section"))
        return request.replace(priority=ARTICLE_PRIORITY, errback=self.article_failed)

    def follow_listing(self, request: Request, response: Response) -> Request | None:
        """Pagination up to ``max_pages``; section hops up to NEWSCRAWL_SECTION_DEPTH."""
        number = page_number(request.url)
        depth = response.meta.get("newscrawl_section_depth", 0) + (0 if number else 1)
        if number is not None and number > self.args.max_pages:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscrawl/listing/page_limit")
            return None
        if depth > self.args.section_depth:
            return None
        request.meta["newscrawl_section_depth"] = depth
        return request


def page_links(response: HtmlResponse) -> list[tuple[str, Link]]:
    """Every ``href`` of the page's ``a``, ``area`` and ``link`` elements, as (tag, Link).

    Absolute and escaped as Scrapy's LxmlLinkExtractor makes them, in page order, once.
    """
    base_url = get_base_url(response)
    links: list[tuple[str, Link]] = []
    #: Absolute URL of each ``href`` value met (None: not a URL); menus repeat links.
    urls: dict[str, str | None] = {}
    for element in response.selector.root.iter("a", "area", "link"):
        value = element.get("href")
        if value is None:
            continue
        if value not in urls:
            urls[value] = _absolute(value, base_url, response)
        url = urls[value]
        if url is None:
            continue
        text = _STRING(element) or ""
        tag = element.tag
        links.append((tag, Link(url, text, nofollow=rel_has_nofollow(element.get("rel")))))
    if b"itemListElement" in response.body:
        # A listing whose teasers scripts draw from its JSON-LD ItemList: those are its links.
        nodes, _ = jsonld.jsonld_nodes(response.selector.root)
        for value in jsonld.item_list_urls(nodes):
            if value not in urls:
                urls[value] = _absolute(value, base_url, response)
                if (url := urls[value]) is not None:
                    links.append(("a", Link(url, "")))
    return links


def _absolute(href: str, base_url: str, response: HtmlResponse) -> str | None:
    try:
        url = urljoin(base_url, strip_html5_whitespace(href))
        url = safe_url_string(url, encoding=response.encoding)
    except ValueError:
        return None
    return urljoin(response.url, url)


def rule_links(extractor: LinkExtractor, found: list[tuple[str, Link]]) -> list[Link]:
    """What ``extractor.extract_links`` gives, filtered from the page's links read once."""
    scan_tag = extractor.link_extractor.scan_tag
    allowed = extractor._link_allowed
    unique: dict[str, Link] = {}
    for tag, link in found:
        if link.url not in unique and scan_tag(tag) and allowed(link):
            unique[link.url] = Link(link.url, link.text, link.fragment, link.nofollow)
    return list(unique.values())
