"""Sitemaps (news and plain), sitemap indexes and RSS/Atom feeds as lists of dated links.

Scrapy's SitemapSpider pieces do the sitemap work: :class:`scrapy.utils.sitemap.Sitemap`
(streaming, no entity expansion, broken XML recovered), ``sitemap_urls_from_robots``, and
``gunzip`` with a size limit as in ``SitemapSpider._get_sitemap_body``. Ours on top of them:
:class:`NewsSitemap` reads the Google News fields (``news:publication_date``,
``news:title``), which Scrapy's Sitemap drops because it keeps only an entry's direct
children; dates are read as exact instants; RSS/Atom feeds go through feedparser.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap

from newscrawl.dates import parse_iso, plausible, to_utc_string
from newscrawl.urls import DATED_PATH, PATH_MONTHS

if TYPE_CHECKING:
    from scrapy.http import Response

logger = logging.getLogger(__name__)

_DAY_IN_URL = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Entry:
    """A link found in a sitemap or feed, with what it says about the page."""

    url: str
    lastmod: str | None = None
    """Last change, UTC ISO 8601 (``lastmod``, feed ``updated``), when given."""
    published: str | None = None
    """Publication time, UTC ISO 8601 (``news:publication_date``, feed ``published``)."""
    title: str | None = None
    """``news:title`` or the feed item's title."""
    bad_dates: int = 0
    """Dates of this entry that were set aside: unreadable, or outside any plausible time."""
    offset: int | None = None
    """UTC offset in seconds that the entry's own dates print (``+05:30`` is 19800), if not 0.

    The zone for dates the article page prints without one, when the site has none. A zero
    offset (``Z``, ``+00:00``, RSS ``+0000``) says nothing: many sitemap and feed generators
    write every date in UTC whatever the newsroom's zone."""
    clock: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    """(UTC instant, printed offset) of each of the entry's dates that prints one, zero included:
    what :func:`newscrawl.dates.zone_from_offsets` reads the site's zone from."""

    @property
    def newest(self) -> str | None:
        """The latest of the two dates: when the page last changed, as far as we know."""
        return max(filter(None, (self.lastmod, self.published)), default=None)


class _BadDate(ValueError):
    """An entry's date that cannot be a real one; the entry is read without it."""


def _believed(moment: datetime) -> str:
    """``moment`` as a UTC string, or _BadDate when it is not :func:`plausible`.

    Epoch zero, 0001-01-01 or 9999-12-31 are not when a page changed, and out-of-range
    years overflow or sort wrongly as strings.
    """
    if not plausible(moment):
        raise _BadDate(f"{moment.isoformat()} is not a plausible date")
    return to_utc_string(moment)


def _utc(value: str | None, tz: Any) -> str | None:
    if not value:
        return None
    moment = parse_iso(value.strip(), tz)
    if moment is None:
        raise _BadDate(value[:40])
    return _believed(moment)


def printed_offset(value: str | None) -> int | None:
    """The UTC offset in seconds a W3C/ISO 8601 or RFC 2822 date prints; None for none or 0.

    >>> printed_offset("2026-11-19T09:30:00+05:30"), printed_offset("Thu, 19 Nov 2026 09:30 -0400")
    (19800, -14400)
    >>> printed_offset("2026-11-19T09:30:00"), printed_offset("2026-11-19T04:00:00Z")
    (None, None)
    """
    moment = _zoned(value)
    offset = moment.utcoffset() if moment is not None else None
    return int(offset.total_seconds()) if offset else None


def _zoned(value: str | None) -> datetime | None:
    """The moment a W3C/ISO 8601 or RFC 2822 date prints with its offset (``Z`` too), if any."""
    if not value:
        return None
    text = value.strip()
    moment: datetime | None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)  # "-0000" gives a naive time: zone unknown
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    offset = moment.utcoffset() if moment is not None else None
    if offset is None or abs(offset) > timedelta(hours=14):
        return None
    return moment


def printed_clock(*values: str | None) -> tuple[tuple[str, int], ...]:
    """(UTC instant, offset in seconds) of each date printed with an offset, zero included.

    With its other dates, a zero offset tells the site's clock: a site printing +01:00 in
    October and +00:00 in November is on London's clock, not writing UTC.

    >>> printed_clock("2026-10-20T09:00:00+01:00", "2026-11-24T09:00:00Z", "2026-11-24")
    (('2026-10-20T08:00:00Z', 3600), ('2026-11-24T09:00:00Z', 0))
    """
    found = []
    for value in values:
        moment = _zoned(value)
        if moment and plausible(moment) and (offset := moment.utcoffset()) is not None:
            found.append((to_utc_string(moment), int(offset.total_seconds())))
    return tuple(found)


def _first_offset(*values: str | None) -> int | None:
    return next((o for v in values if (o := printed_offset(v)) is not None), None)


def _read_dates(reader: Any, **raw: Any) -> tuple[dict[str, str | None], int]:
    """Each raw date read by ``reader``; a bad one becomes None and is counted."""
    dates: dict[str, str | None] = {}
    bad = 0
    for name, value in raw.items():
        try:
            dates[name] = reader(value)
        except _BadDate:
            dates[name], bad = None, bad + 1
    return dates, bad


def sitemap_body(response: Response, max_size: int, warn_size: int = 0) -> bytes | None:
    """The XML of a sitemap response, gunzipped when needed; None above ``max_size`` bytes.

    ``SitemapSpider._get_sitemap_body`` with two differences: any response may hold a
    sitemap (the parser then tells its kind; sites serve them as text/html or from
    ``.php`` URLs), and an unpacked body is held to ``max_size`` too.
    """
    body = response.body
    if gzip_magic_number(response):
        try:
            body = gunzip(body, max_size=max_size)
        except (OSError, EOFError, ValueError):  # torn, not gzip after all, or above max_size
            return None
        if warn_size and len(response.body) < warn_size <= len(body):
            logger.warning(
                "%(response)s body size after decompression (%(size)d B) is larger than the "
                "download warning size (%(warn)d B)",
                {"response": response, "size": len(body), "warn": warn_size},
            )
    return body if len(body) <= max_size else None


class NewsSitemap(Sitemap):
    """Scrapy's Sitemap, also keeping the fields nested in an entry (``news:news``).

    Each entry is a dict of the first non-empty text of every element under it, by local
    name whatever the namespace prefix (``loc``, ``lastmod``, ``publication_date``,
    ``title``), plus Scrapy's own reading (``alternate`` links).
    """

    __slots__ = ()

    def _process_sitemap_element(self, elem: etree._Element) -> dict[str, Any] | None:
        nested: dict[str, Any] = {}
        for child in elem.iterdescendants():
            name = self._get_tag_name(child)
            if name and child.text and child.text.strip():
                nested.setdefault(name, child.text.strip())
        # Scrapy's reading also frees the entry's elements as the file streams by.
        found = super()._process_sitemap_element(elem)
        if found is None:
            return None
        return {**found, **nested, "loc": found["loc"].strip()}


def parse_sitemap(xml: bytes, tz: Any, base: str = "") -> tuple[str, list[Entry]]:
    """Kind (``urlset``, ``sitemapindex`` or ``unknown``) and entries of a sitemap document.

    Namespaces are ignored, so Google News fields (``news:publication_date``,
    ``news:title``) are read however the file prefixes them. Entities are never expanded.
    A relative ``loc`` (against the protocol, but written) is read against ``base``, the
    sitemap's own URL.
    """
    try:
        sitemap = NewsSitemap(xml)
        kind = sitemap.type.lower()
        fields_list = list(sitemap)
    except (etree.XMLSyntaxError, StopIteration):
        return "unknown", []
    entries: list[Entry] = []
    for fields in fields_list:
        loc = fields.get("loc")
        if loc:
            loc = urljoin(base, loc)
            # One bad date costs that date, never the entry or the rest of the sitemap.
            dates, bad = _read_dates(
                lambda raw: _utc(raw, tz),
                lastmod=fields.get("lastmod"),
                published=fields.get("publication_date"),
            )
            raw = (fields.get("publication_date"), fields.get("lastmod"))
            entries.append(_entry(loc, fields.get("title"), dates, bad, raw))
    return kind if kind in ("urlset", "sitemapindex") else "unknown", entries


def parse_syndication_feed(body: bytes, base: str = "") -> list[Entry]:
    """Entries of an RSS or Atom feed (feedparser: tolerant of broken feeds, no entities).

    An entry's link is its FeedBurner ``origLink`` when it has one (its ``link`` then goes
    through FeedBurner's own host), else its ``link``, else a ``guid`` that is a permalink;
    a relative one is read against ``base``, the feed's own URL.
    """
    if body.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] == b"{":
        return _json_feed(body, base)
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    entries = []
    for item in parsed.entries:
        link = (
            item.get("feedburner_origlink")
            or item.get("link")
            or (item.get("id") if item.get("guidislink") else None)
        )
        if not link:
            continue
        link = urljoin(base, link.strip())
        dates, bad = _read_dates(
            _struct,
            # dict.get: FeedParserDict.get maps a missing "updated" to "published".
            lastmod=dict.get(item, "updated_parsed"),
            published=dict.get(item, "published_parsed"),
        )
        # A date feedparser could not read is dropped by it: as bad as one out of range.
        bad += sum(
            1
            for name in ("updated", "published")
            if dict.get(item, name) and not dict.get(item, f"{name}_parsed")
        )
        # feedparser gives its dates in UTC: the offset is read from the printed strings.
        raw = (dict.get(item, "published"), dict.get(item, "updated"))
        entries.append(_entry(link, item.get("title"), dates, bad, raw))
    return entries


def _json_feed(body: bytes, base: str) -> list[Entry]:
    """Entries of a JSON Feed (jsonfeed.org, versions 1 and 1.1): ``url``, then ``external_url``.

    >>> [e.url for e in _json_feed(b'{"items": [{"url": "/2026/11/24/rain/"}, {"id": "x"}]}',
    ...                              "https://www.riverpaper.example/feed.json")]
    ['https://www.riverpaper.example/2026/11/24/rain/']
    """
    try:
        feed = json.loads(body)
    except ValueError:
        return []
    items = feed.get("items") if isinstance(feed, dict) else None
    entries = []
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str) or not link.strip():
            continue
        raw = {name: item.get(key) for name, key in _JSON_FEED_DATES.items()}
        raw = {name: value if isinstance(value, str) else None for name, value in raw.items()}
        dates, bad = _read_dates(lambda value: _utc(value, UTC), **raw)
        title = item.get("title") if isinstance(item.get("title"), str) else None
        entries.append(
            _entry(
                urljoin(base, link.strip()), title, dates, bad, (raw["published"], raw["lastmod"])
            )
        )
    return entries


#: JSON Feed's dates (RFC 3339) by the names an entry keeps them under.
_JSON_FEED_DATES = {"lastmod": "date_modified", "published": "date_published"}


def _entry(
    url: str, title: str | None, dates: dict[str, str | None], bad: int, raw: tuple[str | None, ...]
) -> Entry:
    """A sitemap or feed entry; its offset and clock come from the dates as printed (``raw``)."""
    return Entry(
        url=url,
        title=title,
        bad_dates=bad,
        offset=_first_offset(*raw),
        clock=printed_clock(*raw),
        **dates,
    )


def _struct(value: Any) -> str | None:
    # feedparser gives every date as a UTC time.struct_time, whatever zone the feed used.
    if not value:
        return None
    try:
        moment = datetime(*value[:6]).replace(tzinfo=UTC)
    except (TypeError, ValueError, OverflowError) as exc:
        raise _BadDate(str(exc)) from exc
    return _believed(moment)


def day_in_url(url: str) -> date | None:
    """The day a URL names: a dated article path's, or a daily sitemap's, if any.

    >>> day_in_url("https://x/sitemap/daily/2024-03-01.xml"), day_in_url("https://x/2026/11/24/rain/")
    (datetime.date(2024, 3, 1), datetime.date(2026, 11, 24))
    >>> day_in_url("https://x/news/2026/11/"), day_in_url("https://x/2026-02-30-rain/")
    (None, None)
    >>> day_in_url("https://x/world/2026/nov/24/rain-returns")
    datetime.date(2026, 11, 24)
    """
    path = urlsplit(url).path
    found = [
        [
            int(group) if group.isdigit() else PATH_MONTHS[group.lower()]
            for group in match.groups()
            if group is not None
        ]
        for match in DATED_PATH.finditer(path if path.endswith("/") else path + "/")
    ]
    if daily := _DAY_IN_URL.search(url):
        found.append([int(group) for group in daily.groups()])
    for parts in found:
        if len(parts) == 3:  # not a month's folder
            try:
                return date(*parts)
            except ValueError:
                return None
    return None


def days(since: datetime, until: datetime) -> list[date]:
    """Every calendar day from ``since`` to ``until``, both included.

    >>> [d.day for d in days(datetime(2024, 3, 1, 23), datetime(2024, 3, 3))]
    [1, 2, 3]
    """
    first, last = since.date(), until.date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


__all__ = [
    "Entry",
    "NewsSitemap",
    "day_in_url",
    "days",
    "parse_sitemap",
    "parse_syndication_feed",
    "printed_clock",
    "printed_offset",
    "sitemap_body",
]
