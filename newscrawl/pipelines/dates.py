"""NormalizeDatesPipeline: ``*_raw`` date strings to UTC instants, in the site's time zone."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from itemadapter import ItemAdapter

from newscrawl import context
from newscrawl.dates import (
    AMBIGUOUS_ZONES,
    DEFAULT_FORMATS,
    Parsed,
    agreed_offset,
    language_zone,
    out_of_season,
    parse_date_full,
    parse_iso,
    prevalent_meanings,
    to_utc_string,
    with_year,
    year_before,
    year_near,
    yearless_dates,
    zone_of,
)
from newscrawl.discovery import day_in_url
from newscrawl.reasons import reject

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)
STATS = "newscrawl/dates"


def normalize_dates(
    item: Any,
    *,
    tz_name: str,
    zones: Mapping[str, tzinfo],
    formats: Sequence[str] = DEFAULT_FORMATS,
    date_order: str | None = None,
    stats: StatsCollector | None = None,
    listed_zone: tzinfo | None = None,
    page_zone: tzinfo | None = None,
    clock_zones: Sequence[tzinfo] = (),
    country_zone: tzinfo | None = None,
    listed: str | None = None,
    page_word: str | None = None,
) -> list[str]:
    """Fill ``published_at``/``modified_at`` from their raw strings; return unparseable fields.

    The raw strings are kept as they are; a value that cannot be parsed stays null and is
    counted, never replaced by the crawl time. The crawl time only anchors relative dates.
    ``listed_zone`` is the zone of the sitemap or feed entry that listed the article;
    ``page_zone`` the offset the page prints beside the same wall clock elsewhere;
    ``clock_zones`` the zones the site's listings allow (see :func:`zone_printed_dates`);
    ``country_zone`` the clock of the one-clock country the page's language region names,
    which stands for the language's own zone; ``listed`` the newest date (UTC ISO) of the
    sitemap or feed entry that listed the article, which stands for a relative publication
    date it fits (see :func:`listed_for_relative`).
    """
    adapter = ItemAdapter(item)
    crawled = adapter.get("crawled_at")
    reference = parse_iso(crawled, UTC) if crawled else None
    language = adapter.get("language") or "en"
    failed: list[str] = []
    parsed: dict[str, Parsed] = {}
    #: each raw date as read: with the year it does not print, and where that year came from
    texts: dict[str, str] = {}
    years: dict[str, str] = {}
    for name in ("published", "modified"):
        raw = adapter.get(f"{name}_raw")
        if raw:
            texts[name], source = with_its_year(
                raw, language, adapter.get("url") or "", listed, reference
            )
            if source:
                years[name] = source
            parsed[name] = parse_date_full(
                texts[name], tz_name=tz_name, zones=zones, reference=reference, formats=formats,
                date_order=date_order, language=language,
            )  # fmt: skip
        else:
            adapter[f"{name}_at"] = None
    if page_zone is None and page_word is not None:
        # "14:05 IST" printed beside a zoneless JSON-LD "2026-11-24T14:05:00": the word's
        # offset, as the site's zone, the page's countries or the listings settle it
        page_zone, word_assumed = _word_zone(
            page_word, zones, tz_name, [z for z in (listed_zone, *clock_zones) if z is not None],
            reference,
        )  # fmt: skip
        walls = [p.moment for p in parsed.values() if p.moment is not None and not p.zoned]
        if word_assumed and page_zone is not None and walls:
            # a November "BST" is no British clock
            winter = out_of_season({page_word: page_zone}, walls[0].replace(tzinfo=page_zone))
            page_zone = winter.get(page_word, page_zone)
    else:
        word_assumed = False
    # the offsets the site's listings and the page give outside its dates: "6:05 PM CST"
    # in a sitemap whose lastmod is at -06:00 is Chicago's, not Shanghai's
    known = [
        offset
        for zone in (listed_zone, page_zone, *clock_zones)
        if zone is not None and (offset := zone.utcoffset(reference)) is not None
    ]
    for name, found in list(parsed.items()):
        text = texts[name]
        if found.moment is None and (settled := settle_by_page(text, parsed, known)):
            parsed[name] = parse_date_full(
                text, tz_name=tz_name, zones={**zones, **settled},
                reference=reference, formats=formats, date_order=date_order, language=language,
            )  # fmt: skip
        if (
            parsed[name].moment is None
            and not known
            and not _offsets(parsed)
            and (assumed := prevalent_meanings(text, zones, tz_name))
        ):
            # nothing on the page or the site's listings speaks of "IST": India's, as in
            # nearly all news that prints it, counted; an offset that fits none of its
            # meanings leaves it unread
            again = parse_date_full(
                text, tz_name=tz_name, zones={**zones, **assumed},
                reference=reference, formats=formats, date_order=date_order, language=language,
            )  # fmt: skip
            if again.moment is not None and (winter := out_of_season(assumed, again.moment)):
                again = parse_date_full(
                    text, tz_name=tz_name, zones={**zones, **assumed, **winter},
                    reference=reference, formats=formats, date_order=date_order,
                    language=language,
                )  # fmt: skip
            if again.moment is not None:
                parsed[name] = again._replace(method="assumed_zone_meaning")
    zoned = zone_printed_dates(
        parsed, tz_name, stats, listed_zone,
        country_zone or language_zone(adapter.get("language")), page_zone,
        clock_zones, reference,
    )  # fmt: skip
    if word_assumed and not _offsets(parsed):
        # the word's usual meaning zoned the dates printed without one: counted as such
        zoned = {
            name: found._replace(method="assumed_zone_meaning")
            if found.zoned and not parsed[name].zoned
            else found
            for name, found in zoned.items()
        }
    # Only the publication: a listing's newest date may be its publication, which an
    # update "2 hours ago" is not. After the zones: its UTC offset is the listing's, not the
    # page's, and zones no date printed without one.
    if (
        (relative := zoned.get("published"))
        and not _CLOCK.search(adapter.get("published_raw") or "")
        and (exact := listed_for_relative(relative, listed, reference))
    ):
        zoned["published"] = exact
        adapter["published_raw"] = listed
    published, modified = zoned.get("published"), zoned.get("modified")
    if (
        published and modified and published.moment and modified.moment
        and _before(modified, published)
    ):  # fmt: skip
        # An update before the publication is a page's own error (a 12-hour clock
        # written without AM/PM): no modified date rather than a wrong one.
        zoned["modified"] = modified._replace(moment=None, method="before_published")
    for name, found in zoned.items():
        if stats is not None:
            stats.inc_value(f"{STATS}/{found.method}")
            if found.moment is not None and name in years:
                stats.inc_value(f"{STATS}/{years[name]}")
            if found.day_only and found.moment is not None:
                stats.inc_value(f"{STATS}/date_only")
        adapter[f"{name}_at"] = to_utc_string(found.moment) if found.moment else None
        if found.method == "before_published":
            adapter[f"{name}_raw"] = None  # an instant and its raw text go together
        elif found.moment is None:
            failed.append(f"{name}_at")
    return failed


def with_its_year(
    raw: str, language: str, url: str, listed: str | None, reference: datetime | None
) -> tuple[str, str | None]:
    """``raw`` with the year it does not print ("Nov 24, 5:32 PM"), and where the year came from.

    The article URL's day ("/2026/11/24/") gives the year that puts the printed day closest
    to it; else the date of the listing that linked the article, else the crawl time, gives
    the latest year that puts the day no later than a day after it. The crawl time's is an
    assumption (``assumed_year``); a date with its year, or without a crawl time, is as it was.

    >>> crawl = datetime(2027, 1, 2, 8, 0, tzinfo=UTC)
    >>> with_its_year("Dec 31, 11:30 PM", "en", "https://x.example/2027/01/01/a/", None, crawl)
    ('Dec 31, 2026, 11:30 PM', 'year_from_url')
    >>> with_its_year("24. November, 17:32", "de", "https://x.example/a-1", None, crawl)
    ('24. November 2026, 17:32', 'assumed_year')
    >>> with_its_year("24. November 2026", "de", "https://x.example/a-1", None, crawl)
    ('24. November 2026', None)
    >>> with_its_year("May 3, 9:00 AM", "en", "https://x.example/2026/11/24/a/", None, crawl)
    ('May 3, 2026, 9:00 AM', 'assumed_year')
    """
    if not (missing := yearless_dates(raw, language)):
        return raw, None
    month, day = missing[0].month, missing[0].day
    year: int | None = None
    source = None
    if (url_day := day_in_url(url)) is not None and (year := year_near(month, day, url_day)):
        # only a day near the URL's: one months away is another event's (or the URL's date
        # another thing than the story's), which the URL does not date
        if abs((date(year, month, day) - url_day).days) > _URL_DAY_REACH:
            year = None
        source = "year_from_url"
    if year is None and listed and (at := parse_iso(listed, UTC)) is not None:
        year, source = year_before(month, day, at.date() + timedelta(days=1)), "year_from_listing"
    if year is None and reference is not None:
        year, source = year_before(month, day, reference.date() + timedelta(days=1)), "assumed_year"
    if year is None:
        return raw, None
    return with_year(raw, year, missing), source


#: How far from the URL's day a printed day may be to take the URL's year.
_URL_DAY_REACH = 31


#: A time of day: a day named relative to the crawl with its clock ("Hoy 09:40") is exact.
_CLOCK = re.compile(r"\d[:.h]\d\d")


def listed_for_relative(
    found: Parsed, listed: str | None, reference: datetime | None
) -> Parsed | None:
    """The listing's exact instant for a relative date it fits, else None.

    "2 hours ago" is counted in whole hours: a sitemap's or feed's date less than one such
    unit (a minute, an hour, a day) from the counted instant is the same moment, to the
    minute. One further off is another event (an update), and the page's words stand.

    >>> crawl = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    >>> two_hours = Parsed(datetime(2026, 11, 25, 7, 0, tzinfo=UTC), "relative", True)
    >>> listed_for_relative(two_hours, "2026-11-25T06:40:00Z", crawl).moment.isoformat()
    '2026-11-25T06:40:00+00:00'
    >>> listed_for_relative(two_hours, "2026-11-25T05:40:00Z", crawl) is None
    True
    """
    if (
        listed is None
        or reference is None
        or found.method != "relative"
        or found.day_only
        or found.moment is None
        or (exact := parse_iso(listed, UTC)) is None
        or exact.utcoffset() is None
    ):
        return None
    ago = reference - found.moment
    unit = next(
        (u for u in (timedelta(days=1), timedelta(hours=1), timedelta(minutes=1)) if ago >= u),
        None,
    )
    if unit is None or abs(exact - found.moment) >= unit:
        return None
    return Parsed(exact, "listed", True)


def _before(modified: Parsed, published: Parsed) -> bool:
    """An update before the publication.

    A published day without a time of day compares as that whole day (an update at 01:30
    in its zone on that day is not before it); a modified day at 00:00:00Z before a timed
    publication says nothing more than the publication and is dropped as before.
    """
    assert modified.moment is not None
    assert published.moment is not None
    if published.day_only:
        return modified.moment.date() < published.moment.date()
    return modified.moment < published.moment


def _offsets(parsed: Mapping[str, Parsed]) -> list[timedelta | None]:
    """The offsets the page's dates carry (a day without a time of day carries none).

    A relative date ("há 2 horas") is exact but prints no offset: its zone is the crawl's.
    """
    return [
        p.moment.utcoffset()
        for p in parsed.values()
        if p.moment is not None and p.zoned and not p.day_only and p.method != "relative"
    ]


def _word_zone(
    word: str,
    zones: Mapping[str, tzinfo],
    tz_name: str,
    listed: Sequence[tzinfo],
    reference: datetime | None,
) -> tuple[tzinfo | None, bool]:
    """The zone an ambiguous ``word`` means on this page, and whether that is an assumption.

    The site's zones and the page's countries (``zones``), the site's own zone, then a
    listing's offset that is one of its meanings; else its usual meaning, assumed.

    >>> _word_zone("IST", {}, "UTC", [], None)
    (datetime.timezone(datetime.timedelta(seconds=19800)), True)
    >>> _word_zone("IST", {}, "UTC", [timezone(timedelta(hours=2))], None)
    (datetime.timezone(datetime.timedelta(seconds=7200)), False)
    >>> _word_zone("AST", {}, "UTC", [], None)
    (None, False)
    """
    if word in zones:
        return zones[word], False
    if (own := zone_of(word, tz_name)) is not None:
        return own, False
    offsets = [offset for zone in listed if (offset := zone.utcoffset(reference)) is not None]
    if offsets:
        settled = settle_by_page(word, {}, offsets)
        return settled.get(word), False
    if tz_name != "UTC":
        return None, False  # the site's own zone reads the zoneless date, as it would alone
    assumed = prevalent_meanings(word, zones, tz_name)
    return assumed.get(word), word in assumed


def settle_by_page(
    raw: str, parsed: Mapping[str, Parsed], known: Iterable[timedelta] = ()
) -> dict[str, tzinfo]:
    """Ambiguous abbreviations in ``raw`` (IST, CST, BST) that another date on the page settles.

    Settled: that date's numeric offset, or one of the ``known`` offsets of the site's
    listings, is exactly one of the abbreviation's meanings.

    >>> from datetime import datetime, timedelta
    >>> other = Parsed(datetime(2019, 11, 20, tzinfo=timezone(timedelta(hours=5.5))), "iso", True)
    >>> settle_by_page("01:38 PM IST Nov 20, 2019", {"modified": other})
    {'IST': datetime.timezone(datetime.timedelta(seconds=19800))}
    >>> settle_by_page("6:05 PM CST Nov 24, 2026", {}, [timedelta(hours=-6)])
    {'CST': datetime.timezone(datetime.timedelta(days=-1, seconds=64800))}
    """
    offsets = {*_offsets(parsed), *known}
    settled: dict[str, tzinfo] = {}
    for word in set(raw.replace("(", " ").replace(")", " ").split()) & set(AMBIGUOUS_ZONES):
        meanings = {
            zone.utcoffset(None): zone
            for zone in AMBIGUOUS_ZONES[word].values()
            if zone.utcoffset(None) in offsets
        }
        if len(meanings) == 1:
            settled[word] = next(iter(meanings.values()))
    return settled


def zone_printed_dates(
    parsed: dict[str, Parsed],
    tz_name: str,
    stats: StatsCollector | None = None,
    listed_zone: tzinfo | None = None,
    language_zone: tzinfo | None = None,
    page_zone: tzinfo | None = None,
    clock_zones: Sequence[tzinfo] = (),
    reference: datetime | None = None,
) -> dict[str, Parsed]:
    """Give dates printed without a zone a zone, in this order of trust.

    Another date on the page that carries an offset (of the item's, else ``page_zone``: the
    page printing the same wall clock with a zone, "4.40pm AWST"); the site's zone (already applied) when
    the site has one; the offset all the zones the site's listings allow give that wall time
    (``clock_zones``: +02:00 / +03:00 are Cairo's, Beirut's and Athens' offsets, which agree
    in November; counted as ``newscrawl/dates/clock_zones``); the zone of the sitemap or feed
    entry that listed the article (``listed_zone``, counted as
    ``newscrawl/dates/listed_zone``), whose offset is its lastmod's season's; the one zone of the page's
    language when it has one (Japanese: Asia/Tokyo; ``language_zone``, counted as
    ``newscrawl/dates/language_zone``); only then UTC, as an assumption counted as
    ``newscrawl/dates/assumed_zone``. A wall clock on a day named relative to the crawl
    ("Вчора, 18:20") counts that day from the crawl's day in the zone it is given, not in
    ``tz_name`` (``reference``: the crawl time).
    """
    offset = next(iter(_offsets(parsed)), None)
    if offset is None and page_zone is not None:
        offset = page_zone.utcoffset(None)
    site_zone = ZoneInfo(tz_name) if tz_name != "UTC" else None
    page_clock = _clock_of_offset(
        parsed, offset, (site_zone, listed_zone, language_zone, page_zone)
    )
    result = {}
    for name, found in parsed.items():
        if found.moment is not None and not found.zoned:
            zone: tzinfo | None = page_clock
            if (
                isinstance(zone, timezone) and tz_name == "UTC" and clock_zones
                and _clocks_gave(parsed, clock_zones, zone)
                and (agreed := agreed_offset(found.moment.replace(tzinfo=None), clock_zones))
            ):  # fmt: skip
                # the other date's offset is its season's: a July +03:00 beside a November
                # update printed without a zone, on a clock the listings prove, is no +03:00
                zone = agreed
            elif (
                zone is None and tz_name == "UTC" and clock_zones
                and (agreed := agreed_offset(found.moment.replace(tzinfo=None), clock_zones))
            ):  # fmt: skip
                # before the listed offset, which is the lastmod's: an update in winter time
                # lists a story published in summer time at the winter offset
                zone = agreed
                if stats is not None:
                    stats.inc_value(f"{STATS}/clock_zones")
            elif zone is None and tz_name == "UTC" and listed_zone is not None:
                zone = listed_zone
                if stats is not None:
                    stats.inc_value(f"{STATS}/listed_zone")
            elif zone is None and tz_name == "UTC" and language_zone is not None:
                zone = language_zone
                if stats is not None:
                    stats.inc_value(f"{STATS}/language_zone")
            if zone is not None:
                wall = found.moment.replace(tzinfo=None)
                if found.method == "relative" and reference is not None:
                    wall = _same_day_offset(wall, reference, tz_name, zone)
                found = found._replace(moment=wall.replace(tzinfo=zone), zoned=True)
            elif tz_name == "UTC" and stats is not None:
                stats.inc_value(f"{STATS}/assumed_zone")
        result[name] = found
    return result


def _same_day_offset(wall: datetime, reference: datetime, tz_name: str, zone: tzinfo) -> datetime:
    """``wall``, as many days from the crawl's day in ``zone`` as it is from it in ``tz_name``.

    >>> from zoneinfo import ZoneInfo
    >>> crawl = datetime(2026, 11, 29, 22, 30, tzinfo=UTC)  # 00:30 on the 30th in Kyiv
    >>> _same_day_offset(datetime(2026, 11, 28, 18, 20), crawl, "UTC", ZoneInfo("Europe/Kyiv"))
    datetime.datetime(2026, 11, 29, 18, 20)
    """
    try:
        parsed_in: tzinfo = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        parsed_in = UTC
    days = wall.date() - reference.astimezone(parsed_in).date()
    return datetime.combine(reference.astimezone(zone).date() + days, wall.time())


def _clocks_gave(parsed: Mapping[str, Parsed], zones: Sequence[tzinfo], offset: timezone) -> bool:
    """Every one of ``zones`` had ``offset`` at the instant of the page's zoned dates.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> july = Parsed(datetime(2026, 7, 18, 22, 40, tzinfo=timezone(timedelta(hours=3))), "iso", True)
    >>> _clocks_gave({"published": july}, [ZoneInfo("Europe/Bucharest")], timezone(timedelta(hours=3)))
    True
    >>> _clocks_gave({"published": july}, [ZoneInfo("Europe/Bucharest")], timezone(timedelta(hours=2)))
    False
    """
    instants = [
        p.moment
        for p in parsed.values()
        if p.moment is not None and p.zoned and not p.day_only and p.method != "relative"
    ]
    target = offset.utcoffset(None)
    return bool(instants) and all(
        instant.astimezone(zone).utcoffset() == target for instant in instants for zone in zones
    )


def _clock_of_offset(
    parsed: Mapping[str, Parsed], offset: timedelta | None, zones: Iterable[tzinfo | None]
) -> tzinfo | None:
    """The zone whose clock gave the page's other date its ``offset``, else that offset.

    A zone the site or the page language keeps (Europe/Berlin) that had ``offset`` at that
    date's instant reads a zoneless date on its own clock: a date printed after a change of
    summer time is not at the offset of one printed before it (+02:00 on 23 October, +01:00
    on 26 October).

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> summer = Parsed(datetime(2026, 10, 23, 11, 20, tzinfo=timezone(timedelta(hours=2))), "iso", True)
    >>> _clock_of_offset({"published": summer}, timedelta(hours=2), [None, ZoneInfo("Europe/Berlin")])
    zoneinfo.ZoneInfo(key='Europe/Berlin')
    >>> _clock_of_offset({"published": summer}, timedelta(hours=2), [ZoneInfo("Europe/London")])
    datetime.timezone(datetime.timedelta(seconds=7200))
    """
    if offset is None:
        return None
    instants = [
        p.moment
        for p in parsed.values()
        if p.moment is not None and p.zoned and not p.day_only and p.method != "relative"
    ]
    for zone in zones:
        # a fixed offset knows no other season than the one it was read in
        if zone is None or isinstance(zone, timezone) or not instants:
            continue
        if instants[0].astimezone(zone).utcoffset() == offset:
            return zone
    return timezone(offset)


class NormalizeDatesPipeline:
    """Reads each item's date conventions through :func:`newscrawl.context.date_rules`."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizeDatesPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        rules = context.date_rules(self.crawler.spider, item)
        failed = normalize_dates(
            item,
            tz_name=rules.tz_name,
            zones=rules.zones,
            formats=rules.formats,
            date_order=rules.date_order,
            stats=self.crawler.stats,
            listed_zone=rules.listed_zone,
            page_zone=rules.page_zone,
            clock_zones=rules.clock_zones,
            country_zone=rules.country_zone,
            page_word=rules.page_word,
            listed=context.listed_date(self.crawler.spider, ItemAdapter(item).get("url") or ""),
        )
        adapter = ItemAdapter(item)
        for field in failed:
            logger.warning(
                "Unparseable %(field)s %(raw)r on %(url)s",
                {
                    "field": field,
                    "raw": adapter.get(field.replace("_at", "_raw")),
                    "url": adapter.get("url"),
                },
            )
        if "published_at" in failed:
            raise reject(self.crawler.stats, "unparseable_published_at", adapter.get("url"))
        return item
