# ruff: noqa: RUF001  (Arabic-Indic and Bengali digits in dates as pages print them)
"""Date parsing: ISO fast path, site formats with IST, dateparser last."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from newscrawl import dates
from newscrawl.dates import parse_date, to_utc_string
from newscrawl.spiders.firstpost import IST, FirstpostSpider

ZONES = FirstpostSpider.date_zones
CRAWL = datetime(2026, 11, 20, 10, 0, 0, tzinfo=UTC)


def utc(raw: str) -> tuple[str | None, str]:
    moment, method = parse_date(
        raw,
        tz_name="Asia/Kolkata",
        zones=ZONES,
        reference=CRAWL,
        date_order=FirstpostSpider.date_order,
    )
    return (to_utc_string(moment) if moment else None), method


@pytest.mark.parametrize(
    ("raw", "expected", "method"),
    [
        ("2013-06-05T08:23:04+05:30", "2013-06-05T02:53:04Z", "iso"),
        ("2022-12-12T12:18:49+05:30", "2022-12-12T06:48:49Z", "iso"),
        ("2024-03-01T18:30:00", "2024-03-01T13:00:00Z", "iso"),  # no offset: site-local
        ("2024-03-01T18:30:00Z", "2024-03-01T18:30:00Z", "iso"),
        ("2024-03-01T18:30:00.123456+00:00", "2024-03-01T18:30:00Z", "iso"),
        ("2024-03-01 18:30:00", "2024-03-01T13:00:00Z", "iso"),
        ("June 5, 2013, 08:23:04 IST", "2013-06-05T02:53:04Z", "format"),
        ("August 02, 2021 10:15:00 IST", "2021-08-02T04:45:00Z", "format"),
        ("September 13, 2024, 12:52:19 IST", "2024-09-13T07:22:19Z", "format"),
        ("Updated Date: August 02, 2021 10:15:00 IST", "2021-08-02T04:45:00Z", "format"),
        ("Aug 2, 2021, 10:15 IST", "2021-08-02T04:45:00Z", "format"),
        ("June 5, 2013, 08:23:04", "2013-06-05T02:53:04Z", "format"),  # no zone: site-local
        ("June 5, 2013 08:23 PM IST", "2013-06-05T14:53:00Z", "format"),
        ("Wed, 05 Jun 2013 08:23:04 +0530", "2013-06-05T02:53:04Z", "format"),
        ("Wed, 05 Jun 2013 02:53:04 GMT", "2013-06-05T02:53:04Z", "format"),
        ("5 hours ago", "2026-11-20T05:00:00Z", "relative"),
        ("05/06/2013 08:23 IST", "2013-06-05T02:53:00Z", "dateparser"),
    ],
)
def test_parse_date(raw: str, expected: str, method: str) -> None:
    assert utc(raw) == (expected, method)


def test_ist_is_india_not_israel() -> None:
    # dateparser alone reads IST as Israel Standard Time (+02:00): 3.5 hours off.
    assert IST.utcoffset(None).total_seconds() == 5.5 * 3600
    assert utc("5 June 2013 08:23 IST")[0] == "2013-06-05T02:53:00Z"


@pytest.mark.parametrize("raw", ["not a date at all", "", "IST", "2013-13-45T99:00:00"])
def test_unparseable_is_none_never_now(raw: str) -> None:
    assert utc(raw) == (None, "failed")


def test_unknown_abbreviation_is_not_guessed_by_patterns() -> None:
    assert dates.parse_with_formats("June 5, 2013, 08:23:04 XYZ", UTC, ZONES) is None


def test_no_dateparser_on_iso_or_site_formats() -> None:
    with mock.patch.object(dates, "_dateparser", side_effect=AssertionError("dateparser called")):
        assert utc("2013-06-05T08:23:04+05:30")[1] == "iso"
        assert utc("June 5, 2013, 08:23:04 IST")[1] == "format"


@pytest.mark.parametrize(
    ("raw", "tz_name", "expected"),
    [
        ("Fri Apr 28 19:20:36 CEST 2023", "UTC", "2023-04-28T17:20:36Z"),
        ("Fri, 28 Apr 2023 19:20:36 CEST", "UTC", "2023-04-28T17:20:36Z"),
        ("Fri, 28 Apr 2023 19:20:36 +0200", "UTC", "2023-04-28T17:20:36Z"),
        ("Tue, 07 Jan 2025 09:00:00 CET", "UTC", "2025-01-07T08:00:00Z"),
        ("April 28, 2023 7:20 PM EDT", "UTC", "2023-04-28T23:20:00Z"),
        ("January 8, 2025 10:15 AM EST", "UTC", "2025-01-08T15:15:00Z"),
        ("July 8, 2025 10:15 AM PDT", "UTC", "2025-07-08T17:15:00Z"),
        ("July 8, 2025 10:15 MDT", "UTC", "2025-07-08T16:15:00Z"),
        ("8 July 2025 10:15 AEST", "UTC", "2025-07-08T00:15:00Z"),
        ("8 January 2025 10:15 AEDT", "UTC", "2025-01-07T23:15:00Z"),
        ("8 July 2025 10:15 JST", "UTC", "2025-07-08T01:15:00Z"),
        ("8 July 2025 10:15 KST", "UTC", "2025-07-08T01:15:00Z"),
        ("8 July 2025 10:15 SGT", "UTC", "2025-07-08T02:15:00Z"),
        ("8 July 2025 10:15 HKT", "UTC", "2025-07-08T02:15:00Z"),
        ("8 July 2025 10:15 WIB", "UTC", "2025-07-08T03:15:00Z"),
        ("8 July 2025 10:15 PKT", "UTC", "2025-07-08T05:15:00Z"),
        ("8 July 2025 10:15 GMT", "UTC", "2025-07-08T10:15:00Z"),
        ("8 July 2025 10:15 (UTC+5:30)", "UTC", "2025-07-08T04:45:00Z"),
        # Ambiguous abbreviations by the site's zone.
        ("8 July 2025 10:15 BST", "Europe/London", "2025-07-08T09:15:00Z"),
        ("8 July 2025 10:15 BST", "Asia/Dhaka", "2025-07-08T04:15:00Z"),
        ("8 July 2025 10:15 IST", "Asia/Kolkata", "2025-07-08T04:45:00Z"),
        ("8 July 2025 10:15 IST", "Europe/Dublin", "2025-07-08T09:15:00Z"),
        ("8 July 2025 10:15 IST", "Asia/Jerusalem", "2025-07-08T08:15:00Z"),
        ("8 January 2025 10:15 CST", "America/Chicago", "2025-01-08T16:15:00Z"),
        ("8 January 2025 10:15 CST", "Asia/Shanghai", "2025-01-08T02:15:00Z"),
        ("January 8, 2025 10:15 AM PST", "America/Los_Angeles", "2025-01-08T18:15:00Z"),
        ("January 8, 2025 10:15 AM PST", "America/Denver", "2025-01-08T18:15:00Z"),
        # Philippine Standard Time on a Manila site, Pakistan's on a Karachi one.
        ("Nov 19, 2026 | 9:40 PM PST", "Asia/Manila", "2026-11-19T13:40:00Z"),
        ("8 July 2025 10:15 PST", "Asia/Karachi", "2025-07-08T05:15:00Z"),
    ],
)
def test_zone_abbreviations_have_real_offsets(raw: str, tz_name: str, expected: str) -> None:
    moment, _ = parse_date(raw, tz_name=tz_name, reference=CRAWL)
    assert moment is not None
    assert to_utc_string(moment) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nov 19 2026 02:05 PM", "2026-11-19T06:05:00Z"),
        ("Nov 19 2026 2:05 am", "2026-11-18T18:05:00Z"),
        ("November 19 2026 12:05 PM", "2026-11-19T04:05:00Z"),
        ("Thu Nov 19 2026 02:05 PM", "2026-11-19T06:05:00Z"),
    ],
)
def test_a_12_hour_clock_after_a_date_without_a_comma_keeps_its_pm(raw: str, expected: str) -> None:
    """No RFC 2822 reading of "Nov 19 2026 02:05 PM": that grammar has no AM/PM (02:05)."""
    moment, _ = parse_date(raw, tz_name="Asia/Manila", reference=CRAWL)
    assert moment is not None
    assert to_utc_string(moment) == expected


@pytest.mark.parametrize(
    "raw", ["8 July 2025 10:15 IST", "8 July 2025 10:15 CST", "January 8, 2025 10:15 AM PST"]
)
def test_ambiguous_abbreviation_without_site_zone_is_not_guessed(raw: str) -> None:
    assert parse_date(raw, tz_name="UTC", reference=CRAWL) == (None, "failed")


def test_ambiguous_abbreviation_by_country() -> None:
    moment, _ = parse_date("8 July 2025 10:15 IST", country="in", reference=CRAWL)
    assert moment is not None
    assert to_utc_string(moment) == "2025-07-08T04:45:00Z"


def test_rfc_2822_and_ctime_with_zone_are_not_naive() -> None:
    for raw in ("Fri Apr 28 19:20:36 CEST 2023", "Fri, 28 Apr 2023 19:20:36 CEST"):
        found = dates.parse_date_full(raw, reference=CRAWL)
        assert found.zoned
        assert found.moment is not None
        assert found.moment.utcoffset() is not None


@pytest.mark.parametrize(
    "raw",
    [
        "1989-12-31T23:00:00Z",  # before 1990
        "2026-11-22T10:00:00Z",  # two days after the crawl
        "June 5, 1975",
        "0999-01-01T00:00:00Z",  # a year below 1000 is never emitted
        "0001-01-01T00:00:00+05:00",  # would overflow when converted
        "9999-12-31T23:30:00-05:00",  # would overflow when converted
        "Fri, 31 Dec 9999 23:59:59 -1200",
        "May 5, 99999",
        "10000-01-01",
    ],
)
def test_implausible_and_extreme_years_fail_without_raising(raw: str) -> None:
    assert parse_date(raw, reference=CRAWL) == (None, "failed")


def test_month_names_in_the_page_language() -> None:
    moment, method = parse_date(
        "5 juin 2023 14:30", tz_name="Europe/Paris", language="fr", reference=CRAWL
    )
    assert method == "dateparser"
    assert moment is not None
    assert to_utc_string(moment) == "2023-06-05T12:30:00Z"
    moment, _ = parse_date("3. März 2024", tz_name="Europe/Berlin", language="de", reference=CRAWL)
    assert moment is not None
    assert moment.date().isoformat() == "2024-03-03"


def test_zoneless_date_takes_the_offset_of_another_date_on_the_page() -> None:
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    stats = MemoryStatsCollector(get_crawler())
    item = Article(
        published_raw="June 5, 2025 10:00",
        modified_raw="2025-06-05T12:00:00+02:00",
        crawled_at="2026-11-20T10:00:00Z",
    )
    assert normalize_dates(item, tz_name="UTC", zones={}, stats=stats) == []
    assert item.published_at == "2025-06-05T08:00:00Z"
    assert stats.get_value("newscrawl/dates/assumed_zone") is None

    alone = Article(published_raw="June 5, 2025 10:00", crawled_at="2026-11-20T10:00:00Z")
    normalize_dates(alone, tz_name="UTC", zones={}, stats=stats)
    assert alone.published_at == "2025-06-05T10:00:00Z"
    assert stats.get_value("newscrawl/dates/assumed_zone") == 1

    site = Article(published_raw="June 5, 2025 10:00", crawled_at="2026-11-20T10:00:00Z")
    normalize_dates(site, tz_name="Europe/Berlin", zones={}, stats=stats)
    assert site.published_at == "2025-06-05T08:00:00Z"
    assert stats.get_value("newscrawl/dates/assumed_zone") == 1


@pytest.mark.parametrize(
    ("published", "modified", "language", "zones", "expected"),
    [
        # an update line whose zone word dateparser reads: its offset, not the site's UTC
        ("25 ноября 2026, 09:15", "25 ноября 2026, 11:45 MSK", "ru", {}, "2026-11-25T06:15:00Z"),
        ("25 novembre 2026 09:15", "25 novembre 2026 11:45 CET", "fr", {}, "2026-11-25T08:15:00Z"),
        # "AST" settled as Arabia Standard Time by the page's country (ar_SA)
        ("٢٤ نوفمبر ٢٠٢٦ - ٠٩:١٥ ص", "٢٥ نوفمبر ٢٠٢٦ 11:45 AST", "ar",
         {"AST": timezone(timedelta(hours=3))}, "2026-11-24T06:15:00Z"),
    ],
)  # fmt: skip
def test_zoneless_date_takes_the_printed_offset_of_a_zone_word_beside_it(
    published: str, modified: str, language: str, zones: dict[str, timezone], expected: str
) -> None:
    """A zone word read through dateparser keeps its offset for the page's zoneless dates."""
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(
        published_raw=published, modified_raw=modified, language=language,
        crawled_at="2026-11-26T06:00:00Z",
    )  # fmt: skip
    assert normalize_dates(item, tz_name="UTC", zones=zones) == []
    assert item.published_at == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Hijri beside Gregorian (either order, "الموافق"), the clock after either; "م" after
        # a year is the Gregorian era, after a clock p.m.
        ("الثلاثاء 14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر 2026 م - 02:05 م",
         "2026-11-24T11:05:00Z"),
        ("14 جمادى الآخرة 1448 هـ - 24 نوفمبر 2026 م 10:40 ص", "2026-11-24T07:40:00Z"),
        ("١٤ كانون الثاني ٢٠٢٦ م الموافق ٢٥ رجب ١٤٤٧ هـ - ٠٤:٣٠ م", "2026-01-14T13:30:00Z"),
        ("24 نوفمبر 2026 م الموافق 14 جمادى الآخرة 1448 هـ", "2026-11-24T00:00:00Z"),
        # Levantine month names
        ("الأحد ٢٢ تشرين الثاني ٢٠٢٦ - ٠٩:٣٠ م", "2026-11-22T18:30:00Z"),
        ("3 آذار 2026 الساعة 18:10", "2026-03-03T15:10:00Z"),
        # a Hijri date alone, by the Umm al-Qura calendar; named or in numbers
        ("الأربعاء 15 جمادى الآخرة 1448 هـ | 11:20 ص", "2026-11-25T08:20:00Z"),
        ("آخر تحديث: 1448/06/16 هـ 08:00 ص", "2026-11-26T05:00:00Z"),
        ("١٦/٠٦/١٤٤٨هـ", "2026-11-26T00:00:00Z"),
        ("1448/05/15", "2026-10-26T00:00:00Z"),  # lunar Hijri on an Arabic page, not Jalali
        # the zone named after the time: Greenwich, Mecca, the Emirates
        ("٢٥ نوفمبر ٢٠٢٦ ١٠:٤٠ ص (بتوقيت غرينتش)", "2026-11-25T10:40:00Z"),
        ("25 نوفمبر 2026 - 10:40 ص بتوقيت مكة المكرمة", "2026-11-25T07:40:00Z"),
        ("25 نوفمبر 2026 10:40 بتوقيت الإمارات", "2026-11-25T06:40:00Z"),
        ("1 رمضان 1447 هـ", "2026-02-18T00:00:00Z"),
    ],
)  # fmt: skip
def test_arabic_dates_hijri_and_gregorian(raw: str, expected: str) -> None:
    """A Gulf paper's dates on Riyadh's clock: the Gregorian day wins, a Hijri one converts."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(f"نشر في: {raw} | الرياض", "ar")
    assert found is not None, raw
    reference = datetime(2026, 11, 30, tzinfo=UTC)
    parsed = dates.parse_date_full(
        found[2], tz_name="Asia/Riyadh", language="ar", reference=reference
    )
    assert parsed.moment is not None, raw
    assert to_utc_string(parsed.moment) == expected


def test_arabic_iso_date_with_a_hijri_year_is_its_gregorian_instant() -> None:
    """A CMS on .NET's ar-SA culture (Umm al-Qura calendar) writes ISO with the Hijri year."""
    parsed = dates.parse_date_full("1448-06-15T21:10:00+03:00", language="ar")
    assert parsed.moment is not None
    assert to_utc_string(parsed.moment) == "2026-11-25T18:10:00Z"
    assert dates.parse_date_full("1448-06-30T21:10:00+03:00", language="ar").moment is None


@pytest.mark.parametrize(
    "raw",
    [
        "30 ربيع الأول 1448 هـ",  # a 29-day month in Umm al-Qura
        "1448/13/01 هـ",
        "24 ذو الحجة 1290 هـ",  # before the table
    ],
)
def test_arabic_hijri_day_the_calendar_lacks_is_no_date(raw: str) -> None:
    """Never its year 1448 (or 1290) read as a Gregorian one, never another day."""
    assert dates.parse_date_full(raw, tz_name="Asia/Riyadh", language="ar").moment is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("24 novembre 2026 à 14 h 05 HNA", "2026-11-24T18:05:00Z"),
        ("9 juillet 2026 à 7 h 45 HAA", "2026-07-09T10:45:00Z"),
        ("23 novembre 2026 à 13 h 30 HNE", "2026-11-23T18:30:00Z"),
        ("2 juillet 2026 à 16 h 10 HAE", "2026-07-02T20:10:00Z"),
        ("24 novembre 2026 à 14 h 05", "2026-11-24T14:05:00Z"),  # the site's zone: UTC here
        ("23 novembre 2026 à 15 h HNE", "2026-11-23T20:00:00Z"),  # an hour alone
    ],
)
def test_canadian_french_clock_and_zone_abbreviations(raw: str, expected: str) -> None:
    """ "à 14 h 05 HNA": the spaced hour sign is a time of day, and HNA, HAA, HNE, HAE are
    the Atlantic and Eastern clocks' standard and daylight ("avancée") offsets."""
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(published_raw=raw, language="fr", crawled_at="2026-11-24T22:30:00Z")
    assert normalize_dates(item, tz_name="UTC", zones={}) == []
    assert item.published_at == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("24.10.2026, 15.05", "2026-10-24T13:05:00Z"),
        ("24. Oktober 2026 um 15.05", "2026-10-24T13:05:00Z"),
        ("26.10.2026 um 8.10", "2026-10-26T07:10:00Z"),
    ],
)
def test_a_clock_written_with_a_dot_is_a_time_of_day(raw: str, expected: str) -> None:
    """German papers print "15.05 Uhr": the time, not a bare day at midnight."""
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(published_raw=raw, language="de", crawled_at="2026-10-29T10:00:00Z")
    assert normalize_dates(item, tz_name="UTC", zones={}) == []
    assert item.published_at == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the Swahili clock counts from 6 o'clock: "saa 3:30 asubuhi" is 9:30 am
        ("Jumapili, Novemba 22, 2026 saa 3:30 asubuhi", "2026-11-22T06:30:00Z"),
        ("Novemba 22, 2026 saa 10 jioni", "2026-11-22T13:00:00Z"),
        ("Novemba 22, 2026 saa 2:15 usiku", "2026-11-22T17:15:00Z"),
        ("Novemba 22, 2026 saa 16:40", "2026-11-22T13:40:00Z"),  # the 24-hour clock
        ("Novemba 22, 2026 saa 9:30", "2026-11-22T00:00:00Z"),  # either clock: the day only
        ("saa 2 zilizopita", "2026-11-25T07:00:00Z"),  # 2 hours ago
    ],
)
def test_swahili_times_of_day_on_their_own_clock(raw: str, expected: str) -> None:
    """Kenyan and Tanzanian papers print the Swahili clock, six hours behind the Western one."""
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(published_raw=raw, language="sw", crawled_at="2026-11-25T09:00:00Z")
    assert normalize_dates(item, tz_name="Africa/Nairobi", zones={}) == []
    assert item.published_at == expected


@pytest.mark.parametrize(
    ("raw", "language", "listed", "published_at", "published_raw"),
    [
        # the sitemap's exact instant within the hour "2 hours ago" rounds away
        ("saa 2 zilizopita", "sw", "2026-11-25T06:40:00Z", "2026-11-25T06:40:00Z",
         "2026-11-25T06:40:00Z"),
        ("vor 2 Stunden", "de", "2026-11-25T07:20:00Z", "2026-11-25T07:20:00Z",
         "2026-11-25T07:20:00Z"),
        # a listed date hours away is another event (an update): the page's words stand
        ("2 hours ago", "en", "2026-11-25T03:10:00Z", "2026-11-25T07:00:00Z", "2 hours ago"),
        # an update "2 hours ago" is not the listing's date, which may be the publication
        ("hace 2 horas", "es", "2026-11-25T06:40:00Z", None, None),
        # nor a day named from the crawl with its time of day ("today 08:10")
        ("Hoy 05:40", "es", "2026-11-25T05:45:00Z", "2026-11-25T05:40:00Z", "Hoy 05:40"),
        # a printed date is no rounding: the listing never replaces it (08:10 in Berlin)
        ("25.11.2026, 08:10", "de", "2026-11-25T07:00:00Z", "2026-11-25T07:10:00Z",
         "25.11.2026, 08:10"),
    ],
)  # fmt: skip
def test_a_relative_date_takes_the_exact_instant_its_listing_gives(
    raw: str, language: str, listed: str, published_at: str | None, published_raw: str | None
) -> None:
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    if published_raw is None:  # the relative date is the update
        item = Article(
            published_raw="25.11.2026, 01:10", modified_raw=raw, language=language,
            crawled_at="2026-11-25T09:00:00Z",
        )  # fmt: skip
        assert normalize_dates(item, tz_name="UTC", zones={}, listed=listed) == []
        assert (item.modified_at, item.modified_raw) == ("2026-11-25T07:00:00Z", raw)
        return
    item = Article(published_raw=raw, language=language, crawled_at="2026-11-25T09:00:00Z")
    assert normalize_dates(item, tz_name="UTC", zones={}, listed=listed) == []
    assert (item.published_at, item.published_raw) == (published_at, published_raw)


@pytest.mark.parametrize(
    ("published_raw", "modified_raw", "published_at", "modified_at"),
    [
        # published before the autumn change (+02:00), the update printed after it (+01:00)
        ("2026-10-23T11:20:00+02:00", "26.10.2026, 16:45", "2026-10-23T09:20:00Z",
         "2026-10-26T15:45:00Z"),
        # the other way round: the update carries the winter offset, the publication is summer
        ("24.10.2026 um 22:30", "2026-10-27T07:45:00+01:00", "2026-10-24T20:30:00Z",
         "2026-10-27T06:45:00Z"),
        # an offset the language's zone never had: that offset, as printed on the page
        ("2026-10-23T11:20:00+03:00", "26.10.2026, 16:45", "2026-10-23T08:20:00Z",
         "2026-10-26T13:45:00Z"),
    ],
)  # fmt: skip
def test_zoneless_date_across_a_clock_change_is_read_on_the_zones_clock(
    published_raw: str, modified_raw: str, published_at: str, modified_at: str
) -> None:
    """The page's other offset proves Berlin's clock, not one offset for every season."""
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(
        published_raw=published_raw, modified_raw=modified_raw, language="de",
        crawled_at="2026-10-29T10:00:00Z",
    )  # fmt: skip
    assert normalize_dates(item, tz_name="UTC", zones={}) == []
    assert (item.published_at, item.modified_at) == (published_at, modified_at)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10:02 AM EST Nov 19, 2019", "2019-11-19T15:02:00Z"),
        ("Monday, November 18th, 2019 at 11:08 a.m.", "2019-11-18T16:08:00Z"),
        ("Fri 6:45 PM, Feb 16, 2018", "2018-02-16T23:45:00Z"),
    ],
)
def test_printed_forms_of_us_sites(raw: str, expected: str) -> None:
    moment, _ = parse_date(raw, tz_name="America/New_York", reference=CRAWL)
    assert moment is not None
    assert to_utc_string(moment) == expected


def test_generic_date_layers_without_class_names() -> None:
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    root = document_fromstring(
        "<html><body><div class='x7'><h1>Budget passes</h1><div class='q2'>Jane Roe"
        " | Published 10:02 AM EST Nov 19, 2019 SIOUX FALLS, S.D.</div></div></body></html>"
    )
    assert page_dates.near_headline(h1_element(root)) == ["10:02 AM EST Nov 19, 2019"]
    placed = document_fromstring(
        "<html><body><h1>Budget passes</h1><p>By Jane Roe on Nov 19, 2019 SIOUX FALLS</p>"
        "</body></html>"
    )
    assert page_dates.near_headline(h1_element(placed)) == ["Nov 19, 2019"]
    assert page_dates.meta_by_name({"sn-post-date": ["2019/11/19"], "viewport": ["x"]}) == [
        "2019/11/19"
    ]
    assert page_dates.usable(["0001-01-01T00:00:00Z"]) == []


def test_a_photo_caption_under_the_headline_prints_no_article_date() -> None:
    """A caption's date is the photo's ("on Aug. 31"): the byline's ordinal date is read, and
    without one the caption gives none."""
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    caption = (
        "<figure><img src='/quay.jpg'><figcaption><p>A ship leaves the quay on Aug. 31, 2026."
        "</p></figcaption></figure><p>The county voted on a fee for every container.</p>"
    )
    dated = document_fromstring(
        "<html><body><h1>Port fee vote</h1><p>By Ana Ruiz on Tuesday, November 24th, 2026 at"
        f" 3:05 p.m.</p>{caption}</body></html>"
    )
    assert page_dates.near_headline(h1_element(dated)) == ["November 24th, 2026 at 3:05 p.m."]
    undated = document_fromstring(
        f"<html><body><h1>Port fee vote</h1><p>By Ana Ruiz</p>{caption}</body></html>"
    )
    assert page_dates.near_headline(h1_element(undated)) == []


def test_printed_date_forms_after_headline() -> None:
    """Capital month names and a day with a dot ("25. September 2018") are read after the h1;
    a page-wide class on <body> ("menu-type-dropdown") does not hide the h1 as an overlay."""
    from lxml.html import document_fromstring

    from newscrawl.dates import parse_date_full, to_utc_string
    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    capitals = document_fromstring(
        "<html><body class='layout-wide menu-type-dropdown'><div><h1>Ice moon vents</h1>"
        "<div><span>SAM WRITER</span><span>18 NOV 2019</span></div>"
        "<p>Plumes were seen.</p></div></body></html>"
    )
    assert page_dates.near_headline(h1_element(capitals)) == ["18 NOV 2019"]
    found = parse_date_full("18 NOV 2019")
    assert found.moment is not None
    assert to_utc_string(found.moment) == "2019-11-18T00:00:00Z"
    dotted = document_fromstring(
        "<html><body><h1>Akte kommt</h1><p>publiziert am 25. September 2018</p></body></html>"
    )
    assert page_dates.near_headline(h1_element(dotted)) == ["25. September 2018"]
    in_modal = document_fromstring(
        "<html><body><div class='login-modal'><h1>Sign in</h1></div></body></html>"
    )
    assert h1_element(in_modal) is None


def test_swahili_update_label_names_the_modified_date() -> None:
    """ "Imesasishwa" (has been updated) introduces the update; the publication stays first."""
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    page = document_fromstring(
        "<html lang='sw'><body><h1>Lanet yaanza mgao wa maji</h1>"
        "<div><span>Imesasishwa: Novemba 25, 2026 | 08:00</span> "
        "<span>Imechapishwa: Novemba 24, 2026 | 10:15</span></div>"
        "<p>Kampuni ya maji imeanza kusambaza maji kwa mgao.</p></body></html>"
    )
    headline = h1_element(page)
    assert page_dates.updated_near_headline(headline, "sw") == ["Novemba 25, 2026 | 08:00"]
    assert page_dates.near_headline(headline, "sw") == ["Novemba 24, 2026 | 10:15"]


def test_abbreviation_read_by_dateparser_counts_as_a_zone() -> None:
    """An AP-style date with "EST" keeps its own zone; another date's offset never moves it."""
    from newscrawl.dates import parse_date_full, to_utc_string
    from newscrawl.pipelines.dates import zone_printed_dates

    printed = parse_date_full("Nov. 17, 2026 at 9:05 a.m. EST")
    assert printed.zoned
    assert printed.moment is not None
    assert to_utc_string(printed.moment) == "2026-11-17T14:05:00Z"
    modified = parse_date_full("2026-11-17T18:00:00+01:00")
    zoned = zone_printed_dates({"published": printed, "modified": modified}, "UTC")
    assert zoned["published"].moment is not None
    assert to_utc_string(zoned["published"].moment) == "2026-11-17T14:05:00Z"


def test_zoneless_date_order_page_then_site_then_listing_then_assumed() -> None:
    """Issue 13: the listing entry's zone comes after the page's and the site's, before UTC."""
    from datetime import timedelta, timezone

    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    listed = timezone(timedelta(hours=5, minutes=30))
    stats = MemoryStatsCollector(get_crawler())

    def published(tz_name: str, modified: str | None = None) -> str | None:
        item = Article(
            published_raw="June 5, 2025 10:00",
            modified_raw=modified,
            crawled_at="2026-11-20T10:00:00Z",
        )
        normalize_dates(item, tz_name=tz_name, zones={}, stats=stats, listed_zone=listed)
        return item.published_at

    assert published("UTC", "2025-06-05T12:00:00+02:00") == "2025-06-05T08:00:00Z"  # the page
    assert published("Europe/Berlin") == "2025-06-05T08:00:00Z"  # the site
    assert published("UTC") == "2025-06-05T04:30:00Z"  # the sitemap or feed entry
    assert stats.get_value("newscrawl/dates/listed_zone") == 1
    assert stats.get_value("newscrawl/dates/assumed_zone") is None


def _normalized(raw: str, tz_name: str = "UTC", **fields: str) -> tuple[str | None, int]:
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    stats = MemoryStatsCollector(get_crawler())
    item = Article(published_raw=raw, crawled_at="2026-11-20T10:00:00Z", **fields)
    normalize_dates(item, tz_name=tz_name, zones={}, stats=stats)
    return item.published_at, stats.get_value("newscrawl/dates/date_only", 0)


@pytest.mark.parametrize(
    ("raw", "tz_name", "fields", "expected"),
    [
        ("2018-08-13", "UTC", {}, "2018-08-13T00:00:00Z"),
        ("2018-08-13", "Europe/Berlin", {}, "2018-08-13T00:00:00Z"),  # not 2018-08-12T22:00Z
        ("2018-08-13", "America/New_York", {}, "2018-08-13T00:00:00Z"),
        (
            "2018-08-13",
            "UTC",
            {"modified_raw": "2018-08-13T09:00:00+02:00"},
            "2018-08-13T00:00:00Z",
        ),
        ("13. August 2018", "Europe/Berlin", {"language": "de"}, "2018-08-13T00:00:00Z"),
        ("Aug 13, 2018", "Asia/Tokyo", {}, "2018-08-13T00:00:00Z"),
    ],
)
def test_a_day_without_time_is_the_printed_day_never_shifted(
    raw: str, tz_name: str, fields: dict[str, str], expected: str
) -> None:
    assert _normalized(raw, tz_name, **fields) == (expected, 1)


def test_a_day_only_date_lends_no_offset_and_keeps_a_later_update() -> None:
    # The zoneless modified time takes no offset from a day-only published date, and an
    # update on the published day is not "before" it.
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(
        published_raw="2018-08-13",
        modified_raw="2018-08-13T01:30:00+05:00",
        crawled_at="2026-11-20T10:00:00Z",
    )
    normalize_dates(item, tz_name="UTC", zones={})
    assert (item.published_at, item.modified_at) == ("2018-08-13T00:00:00Z", "2018-08-12T20:30:00Z")


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("vor 2 Stunden", "de", "2026-11-20T08:00:00Z"),
        ("hace 3 horas", "es", "2026-11-20T07:00:00Z"),
        ("il y a 2 heures", "fr", "2026-11-20T08:00:00Z"),
        ("2 hours ago", "en", "2026-11-20T08:00:00Z"),
        ("45 minutes ago", "de", "2026-11-20T09:15:00Z"),  # English is read on every page
        ("vor 3 Tagen", "de", "2026-11-17T00:00:00Z"),  # a day, not the crawl's time of day
        ("3 days ago", "en", "2026-11-17T00:00:00Z"),
        ("Gestern, 14:30 Uhr", "de", "2026-11-19T14:30:00Z"),  # a wall clock, zoneless
        ("hier à 8h15", "fr", "2026-11-19T08:15:00Z"),
        ("vorgestern, 14:30", "de", "2026-11-18T14:30:00Z"),  # the day before yesterday
        ("Hoy", "es", "2026-11-20T00:00:00Z"),  # the day only
    ],
)
def test_relative_dates_in_the_page_language_from_the_crawl_time(
    raw: str, language: str, expected: str
) -> None:
    moment, method = parse_date(raw, reference=CRAWL, language=language)
    assert moment is not None
    assert (to_utc_string(moment), method) == (expected, "relative")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Polish inflects the unit by the number and abbreviates it with a dot
        ("2 godziny temu", "2026-11-20T08:00:00Z"),
        ("5 godzin temu", "2026-11-20T05:00:00Z"),
        ("3 godz. temu", "2026-11-20T07:00:00Z"),
        ("10 minut temu", "2026-11-20T09:50:00Z"),
        ("20 min. temu", "2026-11-20T09:40:00Z"),
        ("3 hrs ago", "2026-11-20T07:00:00Z"),  # English, read on every page
    ],
)
def test_relative_dates_in_every_form_of_their_unit(raw: str, expected: str) -> None:
    """Never midnight: dateparser read "5 godzin temu" as the day, a silently wrong instant."""
    found = dates.relative_date(raw, "pl")
    assert found is not None
    assert found.text == raw
    moment, method = parse_date(found.text, reference=CRAWL, language="pl", tz_name="Europe/Warsaw")
    assert moment is not None
    assert (to_utc_string(moment), method) == (expected, "relative")


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        ("vor 2 Stunden", "de"),
        ("2 hours ago", "en"),
        ("hace 3 días", "es"),
        ("vor 2 Stunden", "es"),
        ("yesterday", "en"),
        ("today", "en"),
    ],
)
def test_relative_dates_need_a_crawl_time_and_the_page_language(raw: str, language: str) -> None:
    assert parse_date(raw, language=language) == (None, "failed")
    if language == "es" and raw.startswith("vor"):
        assert parse_date(raw, reference=CRAWL, language=language) == (None, "failed")


def test_relative_date_layer_reads_a_short_line_never_prose() -> None:
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    line = document_fromstring(
        "<html><body><h1>Brücke offen</h1><div><a>Anna Berger</a> <span>vor 2 Stunden</span>"
        "</div><p>Die Brücke ist seit dem Morgen geöffnet.</p></body></html>"
    )
    assert page_dates.relative_near_headline(h1_element(line), "de") == ["vor 2 Stunden"]
    prose = document_fromstring(
        "<html><body><h1>Brücke offen</h1><p>Vor 2 Stunden wurde die Brücke geöffnet, sagte"
        " der Bürgermeister.</p><p>Sie war vor 3 Tagen fertig.</p></body></html>"
    )
    assert page_dates.relative_near_headline(h1_element(prose), "de") == []
    sentence = document_fromstring(
        "<html><body><h1>Markt</h1><p>Heute beginnt der Markt</p><p>Gestern war Ruhetag</p>"
        "</body></html>"
    )
    assert page_dates.relative_near_headline(h1_element(sentence), "de") == []


@pytest.mark.parametrize(
    ("line", "language", "found"),
    [
        ("Publié aujourd'hui à 17h32", "fr", "aujourd'hui à 17h32"),
        ("Published: today at 5:32 PM", "en", "today at 5:32 PM"),
        ("Veröffentlicht heute, 17:32 Uhr", "de", "heute, 17:32 Uhr"),
        # a sentence, not a label: its words before the day word are prose
        ("Il est parti hier à 17h32", "fr", None),
        ("Posted today", "en", None),  # a label and a day word, no clock: no date line
    ],
)
def test_a_label_before_a_day_word_and_its_clock(
    line: str, language: str, found: str | None
) -> None:
    relative = dates.relative_date(line, language)
    assert (relative.text if relative else None) == found


def test_a_day_only_update_before_a_timed_publication_is_dropped() -> None:
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(
        published_raw="2018-10-03T19:41:33+04:00",
        modified_raw="2018-10-03",
        crawled_at="2026-11-20T10:00:00Z",
    )
    normalize_dates(item, tz_name="UTC", zones={})
    assert (item.published_at, item.modified_at, item.modified_raw) == (
        "2018-10-03T15:41:33Z",
        None,
        None,
    )


def test_zoneless_date_on_a_japanese_page_is_tokyo_time_after_the_listing_zone() -> None:
    """Nothing on the site names a zone: the page language's one zone, counted, before UTC."""
    from datetime import timedelta, timezone

    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    stats = MemoryStatsCollector(get_crawler())

    def published(language: str, listed: timezone | None = None) -> str | None:
        raw = "2026年11月24日 9:30" if language == "ja" else "2026-11-24 09:30"
        item = Article(published_raw=raw, language=language, crawled_at="2026-11-24T10:00:00Z")
        normalize_dates(item, tz_name="UTC", zones={}, stats=stats, listed_zone=listed)
        return item.published_at

    assert published("ja") == "2026-11-24T00:30:00Z"
    assert stats.get_value("newscrawl/dates/language_zone") == 1
    assert published("ja", timezone(timedelta(hours=8))) == "2026-11-24T01:30:00Z"  # listed
    assert published("en") == "2026-11-24T09:30:00Z"  # no zone of its own: assumed, counted
    assert stats.get_value("newscrawl/dates/assumed_zone") == 1
    assert published("vi") == "2026-11-24T02:30:00Z"  # Vietnam's one clock, +07:00
    assert stats.get_value("newscrawl/dates/language_zone") == 2


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        # time first, AP months and a.m./p.m. with dots, the US zone without its season
        (
            "Published 3:05 p.m. CT Nov. 24, 2026",
            "3:05 p.m. CT Nov. 24, 2026",
            "2026-11-24T21:05:00Z",
        ),
        (
            "Updated 4:40 p.m. CT Jul. 24, 2026",
            "4:40 p.m. CT Jul. 24, 2026",
            "2026-07-24T21:40:00Z",
        ),
        ("Nov. 17, 2026 at 9:05 p.m. ET", "Nov. 17, 2026 at 9:05 p.m. ET", "2026-11-18T02:05:00Z"),
        # the clock, its zone and a weekday before the day, as CNN prints it
        (
            "Published 5:32 PM EST, Tue November 24, 2026",
            "5:32 PM EST, Tue November 24, 2026",
            "2026-11-24T22:32:00Z",
        ),
        (
            "5:32 PM PT, Tuesday Nov. 24, 2026",
            "5:32 PM PT, Tuesday Nov. 24, 2026",
            "2026-11-25T01:32:00Z",
        ),
        (
            "Posted 5:32 PM \u00b7 Sept. 24, 2026",
            "5:32 PM \u00b7 Sept. 24, 2026",
            "2026-09-24T17:32:00Z",
        ),
        ("June 2, 2026, 6:30 a.m. PT", "June 2, 2026, 6:30 a.m. PT", "2026-06-02T13:30:00Z"),
    ],
)
def test_us_printed_dates_with_season_free_zones(line: str, printed: str, utc: str) -> None:
    from newscrawl.dates import parse_date_full
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "en")
    assert found is not None
    assert found[2] == printed
    moment = parse_date_full(printed, tz_name="UTC", zones={}, language="en").moment
    assert moment is not None
    assert to_utc_string(moment) == utc


def test_printed_date_of_a_page_language_with_a_region() -> None:
    """``<html lang="es-MX">``: the month names are Spanish whatever the region."""
    from newscrawl.dates import parse_date_full

    found = parse_date_full(
        "23 de noviembre de 2026, 18:40", tz_name="UTC", zones={}, language="es-MX"
    )
    assert found.moment is not None
    assert to_utc_string(found.moment) == "2026-11-23T18:40:00Z"


@pytest.mark.parametrize(
    ("observed", "zone_like"),
    [
        # +01:00 in October, +00:00 in November: London's clock (or one that never differs).
        ([("2026-10-20T07:00:00Z", 3600), ("2026-11-24T15:05:00Z", 0)], "Europe/London"),
        ([("2026-10-20T07:00:00Z", 7200), ("2026-11-24T15:05:00Z", 3600)], "Europe/Paris"),
        ([("2026-07-01T12:00:00Z", -14400), ("2026-11-24T12:00:00Z", -18000)], "America/New_York"),
        # One offset proves no zone; offsets no zone ever had together prove none either.
        ([("2026-11-24T15:05:00Z", 3600)], None),
        ([("2026-10-20T07:00:00Z", 19800), ("2026-11-24T15:05:00Z", 0)], None),
    ],
)
def test_zone_from_offsets_reads_the_site_clock_across_dst(
    observed: list[tuple[str, int]], zone_like: str | None
) -> None:
    found = dates.zone_from_offsets(observed)
    if zone_like is None:
        assert found is None
        return
    assert found is not None
    # Same clock as the real zone on every day of the year the offsets were seen in.
    for day in range(0, 365, 3):
        at = datetime(2026, 1, 1, 12, tzinfo=UTC) + dates.timedelta(days=day)
        assert (
            at.astimezone(ZoneInfo(found)).utcoffset()
            == at.astimezone(ZoneInfo(zone_like)).utcoffset()
        ), (found, at)


def test_bst_is_settled_by_the_proven_zone() -> None:
    zones = dates.settled_abbreviations("Europe/London")
    found = parse_date_full_utc("25 October 2026, 00:30 BST", "Europe/London", zones)
    assert found == "2026-10-24T23:30:00Z"
    assert parse_date_full_utc("25 October 2026, 09:15 GMT", "Europe/London", zones) == (
        "2026-10-25T09:15:00Z"
    )
    # Without a zone for the site, BST (London or Dhaka) stays unread rather than guessed.
    assert parse_date_full_utc("25 October 2026, 00:30 BST", "UTC", {}) is None


def parse_date_full_utc(text: str, tz_name: str, zones: dict[str, dates.tzinfo]) -> str | None:
    found = dates.parse_date_full(text, tz_name=tz_name, zones=zones)
    return to_utc_string(found.moment) if found.moment else None


@pytest.mark.parametrize(
    ("language", "zone"),
    [("de-AT", "Europe/Berlin"), ("it", "Europe/Rome"), ("pl", "Europe/Warsaw"), ("fr", None),
     ("en-GB", None), ("es", None), ("pt", None), ("nb", "Europe/Oslo"), ("nn-NO", "Europe/Oslo"),
     ("fi", "Europe/Helsinki"), ("vi", "Asia/Ho_Chi_Minh"), ("vi-VN", "Asia/Ho_Chi_Minh"),
     # Swedish is also written in Finland (+02:00), Danish in Greenland and the Faroes
     ("sv", None), ("sv-FI", None), ("da", None),
     # Ukrainian is written in Ukraine alone; Russian on many clocks
     ("uk", "Europe/Kyiv"), ("uk-UA", "Europe/Kyiv"), ("ru", None)],
)  # fmt: skip
def test_language_zone_only_for_languages_on_one_clock(language: str, zone: str | None) -> None:
    found = dates.language_zone(language)
    assert (str(found) if found else None) == zone


@pytest.mark.parametrize(
    ("line", "language", "printed"),
    [
        ("Veröffentlicht am 24. November 2026 um 15:05 Uhr", "de", "24. November 2026 um 15:05"),
        # day, month and year in numbers, the clock after a word, a dash or a bar
        ("Veröffentlicht am 23.10.2026 um 15:05 Uhr", "de", "23.10.2026 um 15:05"),
        ("Aktualisiert: 26.10.2026, 08:10 Uhr", "de", "26.10.2026, 08:10"),
        ("24.11.2026 - 15:05 Uhr", "de", "24.11.2026 - 15:05"),
        ("24.11.2026 | 15:05", "de", "24.11.2026 | 15:05"),
        ("Gepubliceerd op 24.11.2026 om 15:05", "nl", "24.11.2026 om 15:05"),
        ("Veröffentlicht am 24.10.2026, 15.05 Uhr", "de", "24.10.2026, 15.05"),  # a dotted clock
        ("Publicado el 24 de noviembre de 2026 a las 15:05, actualizado", "es",
         "24 de noviembre de 2026 a las 15:05"),
        ("Publié le 24/11/2026 à 15h05 - Mis à jour", "fr", "2026-11-24 15:05"),
        ("Publié le 24/11/2026 - 15:05", "fr", "2026-11-24 15:05"),
        # Canadian French spaces the hour sign and prints its own zone abbreviation after it
        ("Publié le 24 novembre 2026 à 14 h 05 HNA", "fr", "24 novembre 2026 à 14 h 05 HNA"),
        ("Mis à jour le 23 novembre 2026 à 15 h HNE", "fr", "23 novembre 2026 à 15 h HNE"),
        # Arabic-Indic digits, a dash before the clock and "م" (p.m.) after it
        ("الثلاثاء ٢٤ نوفمبر ٢٠٢٦ - ٠٢:٠٥ م", "ar", "٢٤ نوفمبر ٢٠٢٦ - ٠٢:٠٥ م"),
        ("نُشر في 24 نوفمبر 2026 الساعة 14:05", "ar", "24 نوفمبر 2026 الساعة 14:05"),
        ("آخر تحديث: ٢٥/١١/٢٠٢٦ ٠٨:٣٠ م", "ar", "2026-11-25 20:30"),
        ("آخر تحديث: ٢٥/١١/٢٠٢٦ ١٢:٣٠ ص", "ar", "2026-11-25 00:30"),
    ],
)  # fmt: skip
def test_a_printed_date_keeps_its_time_after_a_connector_word(
    line: str, language: str, printed: str
) -> None:
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, language)
    assert found is not None
    assert found[2] == printed


def test_published_is_not_the_date_updated_introduces() -> None:
    from lxml import html

    from newscrawl.pages.dates import near_headline

    page = html.fromstring(
        "<html><body><article><h1>Council approves footbridge</h1>"
        "<p>Last updated: 14:20, 25 October 2026 | First published 24 October 2026</p>"
        "<p>Councillors voted late on Saturday night to build a footbridge.</p>"
        "</article></body></html>"
    )
    assert near_headline(page.find(".//h1"), "en") == ["24 October 2026"]


def test_a_24_hour_clock_before_the_day_is_read_with_it() -> None:
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>Council approves footbridge</h1>"
        "<p>Last updated: 14:20, 25 October 2026 | First published 09:00, 24 October 2026</p>"
        "<p>Councillors voted late on Saturday night to build a footbridge.</p>"
        "</article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, "en") == ["09:00, 24 October 2026"]
    assert updated_near_headline(headline, "en") == ["14:20, 25 October 2026"]
    found = parse_date_full_utc("09:00, 24 October 2026", "Europe/London", {})
    assert found == "2026-10-24T08:00:00Z"


@pytest.mark.parametrize(
    "date_line",
    [
        "<p>Stand: 24.11.2026 14:05 Uhr</p>",
        "<p>Stand: <time datetime='2026-11-24T14:05:00+01:00'>24.11.2026 14:05 Uhr</time></p>",
    ],
)
def test_stand_is_the_last_update_never_the_publication(date_line: str) -> None:
    """German "Stand:" ("as of") prints the time of the last update, with or without <time>."""
    from lxml import html

    from newscrawl.pages import dates as page_dates

    page = html.fromstring(
        f"<html><body><article><h1>Neue Brücke für die Stadt</h1>{date_line}"
        "<p>Der Stadtrat hat am 3. März 2025 den Bau beschlossen.</p></article></body></html>"
    )
    headline = page.find(".//h1")
    assert page_dates.near_headline(headline, "de") == []
    assert page_dates.time_element_date(page) == []
    modified = page_dates.time_element_modified(page) or page_dates.updated_near_headline(
        headline, "de"
    )
    assert modified in (["24.11.2026 14:05"], ["2026-11-24T14:05:00+01:00"])


def test_a_created_date_beside_stand_is_the_publication() -> None:
    near, updated = _header_dates(
        (
            "<html><body><article><h1>Neue Brücke für die Stadt</h1>"
            "<p>Erstellt: 23.11.2026 09:12 Uhr | Stand: 24.11.2026 14:05 Uhr</p>"
            "<p>Der Stadtrat hat den Bau beschlossen.</p></article></body></html>"
        ),
        "de",
    )
    assert near == ["23.11.2026 09:12"]
    assert updated == ["24.11.2026 14:05"]


@pytest.mark.parametrize(
    ("dates", "modified"),
    [
        ("<p>Opublikowano: 27.11.2026, 07:45</p><p>Aktualizacja: 27.11.2026 16:40</p>",
         "27.11.2026 16:40"),
        ("<p>27 listopada 2026, 07:45 | Ostatnia aktualizacja: 28 listopada 2026, 09:10</p>",
         "28 listopada 2026, 09:10"),
        ("<p>Opublikowano: 27.11.2026 07:45. Zaktualizowano: 27.11.2026 16:40</p>",
         "27.11.2026 16:40"),
    ],
)  # fmt: skip
def test_polish_update_labels_print_the_last_update(dates: str, modified: str) -> None:
    """Polish portals print the update "Aktualizacja:" or "Zaktualizowano:", never the publication."""
    from lxml import html

    from newscrawl.pages import dates as page_dates

    page = html.fromstring(
        f"<html lang='pl'><body><article><h1>Most zamknięty na trzy tygodnie</h1>{dates}"
        "<p>Od poniedziałku kierowcy nie przejadą mostem.</p></article></body></html>"
    )
    headline = page.find(".//h1")
    assert page_dates.updated_near_headline(headline, "pl") == [modified]
    assert page_dates.near_headline(headline, "pl") != [modified]


@pytest.mark.parametrize(
    ("line", "printed", "tz_name", "utc"),
    [
        ("Published 09:00 BST, 24 October 2026", "09:00 BST, 24 October 2026", "Europe/London",
         "2026-10-24T08:00:00Z"),
        ("14:05 CET, 3 March 2026 | Politics", "14:05 CET, 3 March 2026", "UTC",
         "2026-03-03T13:05:00Z"),
        ("By Sam Writer, 9.00am GMT 24 October 2026", "9.00am GMT 24 October 2026", "UTC",
         "2026-10-24T09:00:00Z"),
        ("Updated 6:30pm GMT, 24 Nov 2026", "6:30pm GMT, 24 Nov 2026", "UTC",
         "2026-11-24T18:30:00Z"),
        # Australian papers: no comma between the day and the year, zones with real offsets.
        ("First published 6.30am AEDT, Nov 24 2026", "6.30am AEDT, Nov 24 2026", "UTC",
         "2026-11-23T19:30:00Z"),
        ("First published 4.40pm AWST, November 23 2026", "4.40pm AWST, November 23 2026",
         "Australia/Sydney", "2026-11-23T08:40:00Z"),
        ("Published 9.15am AEST, Jul 12 2026", "9.15am AEST, Jul 12 2026", "UTC",
         "2026-07-11T23:15:00Z"),
    ],
)  # fmt: skip
def test_a_clock_and_zone_before_the_day_keep_the_time(
    line: str, printed: str, tz_name: str, utc: str
) -> None:
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "en")
    assert found is not None
    assert found[2] == printed
    assert parse_date_full_utc(printed, tz_name, {}) == utc


@pytest.mark.parametrize(
    ("languages", "url", "word", "hours"),
    [
        (["en-IE"], "https://www.x.example/a", "IST", 1),
        (["hi"], "https://www.x.example/a", "IST", 5.5),
        (["en"], "https://www.x.co.il/a", "IST", 2),
        (["zh-TW"], "https://www.x.example/a", "CST", 8),
        (["zh"], "https://www.x.example/a", "CST", 8),  # China and Taiwan keep one offset
        (["en-IN"], "https://www.x.ie/a", "IST", None),  # India and Ireland: no meaning
        (["en"], "https://www.x.io/a", "IST", None),  # domains naming no meaning say nothing
        (["es"], "https://www.x.example/a", "CST", None),
        (["en-PH"], "https://www.x.example/a", "PST", 8),  # Philippine Standard Time
        (["fil"], "https://www.x.example/a", "PST", 8),
        (["en-US"], "https://www.x.example/a", "PST", -8),
        (["en"], "https://www.x.com.ph/a", "PST", 8),
    ],
)
def test_ambiguous_abbreviations_settled_by_the_countries_a_page_names(
    languages: list[str], url: str, word: str, hours: float | None
) -> None:
    settled = dates.settled_by_countries(dates.page_countries(languages, url))
    found = settled.get(word)
    assert (found.utcoffset(None) if found else None) == (
        dates.timedelta(hours=hours) if hours is not None else None
    )


@pytest.mark.parametrize(
    ("language", "line", "published", "updated"),
    [
        (
            "fr",
            "Publié le samedi 21 novembre 2026 à 22:15<br>Mis à jour le dimanche 22 novembre 2026 à 10:20",
            "21 novembre 2026 à 22:15",
            "22 novembre 2026 à 10:20",
        ),
        (
            "fr-FR",
            "Mis à jour le dimanche 22 novembre 2026 à 10:20 - Publié le samedi 21 novembre 2026 à 22:15",
            "21 novembre 2026 à 22:15",
            "22 novembre 2026 à 10:20",
        ),
        (
            "ar",
            "الاثنين ٢٣ نوفمبر ٢٠٢٦ - ٠٧:٥٠ م<br>آخر تحديث: ٢٤/١١/٢٠٢٦ ٠٩:١٠ ص",
            "٢٣ نوفمبر ٢٠٢٦ - ٠٧:٥٠ م",
            "2026-11-24 09:10",
        ),
        (
            "ru",
            "24 ноября 2026, 15:05<br>Обновлено: 25 ноября 2026, 10:15",
            "24 ноября 2026, 15:05",
            "25 ноября 2026, 10:15",
        ),
        (
            "ru",
            "21.11.2026 19:30 | Обновлено 22.11.2026 09:00",
            "21.11.2026 19:30",
            "22.11.2026 09:00",
        ),
        (
            "en",
            "Updated Monday, November 23, 2026 | Published Sunday, November 22, 2026",
            "November 22, 2026",
            "November 23, 2026",
        ),
        (
            "en",
            "Posted at Nov 19 2026 02:05 PM | Updated as of Nov 19 2026 04:30 PM",
            "Nov 19 2026 02:05 PM",
            "Nov 19 2026 04:30 PM",
        ),
        (
            "fr",
            "Publié le 24 novembre 2026 à 17h32, modifié le 25 novembre 2026 à 08h05",
            "24 novembre 2026 à 17h32",
            "25 novembre 2026 à 08h05",
        ),
        (
            "en-US",
            "Published 5:32 PM EST, Tue November 24, 2026 Updated 8:05 AM EST, Wed November 25, 2026",
            "5:32 PM EST, Tue November 24, 2026",
            "8:05 AM EST, Wed November 25, 2026",
        ),
        (
            "fil",
            "Inilathala: Nobyembre 24, 2026 8:15 AM Na-update: Nobyembre 24, 2026 10:02 AM",
            "Nobyembre 24, 2026 8:15 AM",
            "Nobyembre 24, 2026 10:02 AM",
        ),
    ],
)
def test_a_weekday_between_the_update_word_and_its_date(
    language: str, line: str, published: str, updated: str
) -> None:
    """A weekday between "Mis à jour le" and its date is part of the update's date."""
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        f"<html><body><article><h1>Le RC Val enchaîne</h1><div>{line}</div>"
        "<p>Les avants ont fait la différence en seconde période.</p></article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, language) == [published]
    assert updated_near_headline(headline, language) == [updated]


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        ("Updated November 24, 2026 — 2.05pm", "November 24, 2026 — 2.05pm",
         "2026-11-24T03:05:00Z"),
        ("Updated November 24, 2026 \u2013 2:05 pm", "November 24, 2026 \u2013 2:05 pm",
         "2026-11-24T03:05:00Z"),
        ("Published Nov 24, 2026 - 14:05 AEDT", "Nov 24, 2026 - 14:05 AEDT",
         "2026-11-24T03:05:00Z"),
        ("Updated November 24, 2026 — Sydney", "November 24, 2026", "2026-11-24T00:00:00Z"),
    ],
)  # fmt: skip
def test_a_time_after_a_dash_belongs_to_the_day(line: str, printed: str, utc: str) -> None:
    """A clock after a dash ("November 24, 2026 — 2.05pm") is the date's time of day."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "en")
    assert found is not None
    assert found[2] == printed
    assert parse_date_full_utc(printed, "Australia/Sydney", {}) == utc


def test_a_zoneless_date_takes_the_offset_the_page_prints_beside_it() -> None:
    """JSON-LD "16:40" without a zone and "4.40pm AWST" on the page: Perth time, not the
    site's or UTC; the raw value stays the JSON-LD string."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Mine to cut '
        'jobs", "datePublished": "2026-11-23T16:40:00", "dateModified": "2026-11-23T18:05:00"}'
    )
    html = (
        f'<html lang="en-AU"><head><script type="application/ld+json">{ld}</script></head>'
        "<body><article><h1>Mine to cut jobs</h1><p>By Kate Ramsay</p>"
        "<p>First published 4.40pm AWST, Nov 23 2026</p>"
        + "<p>A lithium mine south of Perth will cut two hundred jobs after prices fell for a "
        "fifth straight quarter, its operator said on Monday afternoon.</p>"
        * 3
        + "</article></body></html>"
    )
    url = "https://www.coastalherald.example.au/news/wa/mine-to-cut-jobs-20261123-p5xj9d.html"
    response = HtmlResponse(url=url, body=html.encode(), encoding="utf-8")
    item = extract_article("news", response, crawled_at="2026-11-25T01:00:00Z")
    assert item["published_raw"] == "2026-11-23T16:40:00"
    assert item["published_at"] == "2026-11-23T08:40:00Z"
    assert item["modified_at"] == "2026-11-23T10:05:00Z"

    # The page's offset comes before the site's own zone (proven Sydney, AEDT).
    sydney = Article(published_raw="2026-11-23T16:40:00", crawled_at="2026-11-25T01:00:00Z")
    awst = dates.timezone(dates.timedelta(hours=8))
    normalize_dates(sydney, tz_name="Australia/Sydney", zones={}, page_zone=awst)
    assert sydney.published_at == "2026-11-23T08:40:00Z"


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("Atualizado há 2 horas", "pt", "há 2 horas"),
        ("Updated 3 hours ago", "en", "3 hours ago"),
        ("Aktualisiert vor 20 Minuten", "de", "vor 20 Minuten"),
        ("Atualizado em 25/11/2026 08:30", "pt", "2026-11-25 08:30"),
    ],
)
def test_a_relative_update_line_is_the_modified_date(
    line: str, language: str, expected: str
) -> None:
    from lxml import html

    from newscrawl.pages.dates import updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>Safra da uva deve crescer</h1>"
        f"<p>{line}</p><p>A colheita da uva de mesa deve crescer nesta safra.</p>"
        "</article></body></html>"
    )
    assert updated_near_headline(page.find(".//h1"), language) == [expected]


def test_a_relative_date_gives_no_offset_to_a_zoneless_one() -> None:
    """ "Atualizado há 2 horas" is counted from the crawl time in UTC: that is no page offset."""
    from datetime import timedelta, timezone

    from newscrawl.dates import parse_date_full
    from newscrawl.pipelines.dates import zone_printed_dates

    crawl = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    modified = parse_date_full("há 2 horas", reference=crawl, language="pt")
    assert modified.moment is not None
    assert to_utc_string(modified.moment) == "2026-11-25T11:00:00Z"
    published = parse_date_full("2026-11-23T07:45:00")
    listed = timezone(timedelta(hours=-3))
    zoned = zone_printed_dates({"published": published, "modified": modified}, "UTC", None, listed)
    assert zoned["published"].moment is not None
    assert to_utc_string(zoned["published"].moment) == "2026-11-23T10:45:00Z"


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        # Devanagari digits and an English meridiem after a Hindi month
        ("प्रकाशित: २३ नवंबर २०२६, ०६:४० PM", "२३ नवंबर २०२६, ०६:४० PM"),
        # the zone printed after a Hindi month, as after an English one
        ("अपडेटेड: 24 नवंबर 2026, 14:05 IST", "24 नवंबर 2026, 14:05 IST"),
    ],
)
def test_hindi_printed_dates_keep_digits_meridiem_and_zone(line: str, printed: str) -> None:
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "hi")
    assert found is not None
    assert found[2] == printed


def test_hindi_pages_are_on_india_time() -> None:
    assert dates.language_zone("hi") == ZoneInfo("Asia/Kolkata")


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("23 Novembre 2026 - 20:45 ultimo aggiornamento: 22:10", "it", "2026-11-23T22:10"),
        ("Ultimo aggiornamento: 25 novembre 2026 alle 10:20", "it", "25 novembre 2026 alle 10:20"),
        ("Publié le 24 novembre 2026 à 15h05, dernière mise à jour à 17h20", "fr",
         "2026-11-24T17:20"),
        ("24 de noviembre de 2026, 15:05 · Última actualización: 17:20", "es", "2026-11-24T17:20"),
        ("24/11/2026 15h05 · Última atualização: 17h20", "pt", "2026-11-24T17:20"),
        ("24.11.2026, 15:05 Uhr · Zuletzt aktualisiert: 17:20 Uhr", "de", "2026-11-24T17:20"),
        ("24.11.2026, 15:05 Uhr · Letzte Aktualisierung: 17:20 Uhr", "de", "2026-11-24T17:20"),
        # a region-tagged page language (<html lang="it-IT">) reads the same
        ("23 Novembre 2026 - 20:45 ultimo aggiornamento: 22:10", "it-IT", "2026-11-23T22:10"),
        ("Publié le 24 novembre 2026 à 15h05, mis à jour à 17h20", "fr-FR", "2026-11-24T17:20"),
        # a dash after the label, as Indian papers print it (the update had been unread)
        ("Published - November 24, 2026 02:05 pm IST | Updated - November 24, 2026 03:10 pm IST",
         "en", "November 24, 2026 03:10 pm IST"),
        ("Updated – November 24, 2026 03:10 pm IST", "en", "November 24, 2026 03:10 pm IST"),
    ],
)  # fmt: skip
def test_a_last_update_noun_label_is_the_modified_date(
    line: str, language: str, expected: str
) -> None:
    """ "ultimo aggiornamento: 22:10" (the noun, not "aggiornato") labels the update like
    "Updated"; a time alone is on the day printed before it."""
    from lxml import html

    from newscrawl.pages.dates import updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>Il Lago Calcio torna in vetta</h1>"
        f"<p>{line}</p><p>Il Lago Calcio ha battuto la Pro Riva nel posticipo.</p>"
        "</article></body></html>"
    )
    assert updated_near_headline(page.find(".//h1"), language) == [expected]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # +02:00 in November on Cairo's, Beirut's and Athens' clocks alike: proven
        ("2026-11-23T21:40:00", "2026-11-23T19:40:00Z"),
        # +03:00 in August on all of them
        ("2026-08-10T12:00:00", "2026-08-10T09:00:00Z"),
        # mid-April: Athens is at +03:00, Cairo still at +02:00; nothing is proven, UTC assumed
        ("2026-04-10T12:00:00", "2026-04-10T12:00:00Z"),
    ],
)
def test_a_zoneless_date_takes_the_offset_every_zone_of_the_site_clock_agrees_on(
    raw: str, expected: str
) -> None:
    """Listings print +02:00 and +03:00, which no one zone explains: the date's season may."""
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.dates import parse_date_full
    from newscrawl.pipelines.dates import zone_printed_dates

    observed = [("2026-07-14T08:00:00Z", 10800), ("2026-11-24T09:00:00Z", 7200)]
    assert dates.zone_from_offsets(observed) is None
    clock = dates.zones_from_offsets(observed)
    assert {"Africa/Cairo", "Europe/Athens"} <= {str(zone) for zone in clock}
    stats = MemoryStatsCollector(get_crawler())
    zoned = zone_printed_dates({"published": parse_date_full(raw)}, "UTC", stats, clock_zones=clock)
    assert zoned["published"].moment is not None
    assert to_utc_string(zoned["published"].moment) == expected
    proven = expected != raw + "Z"
    assert stats.get_value("newscrawl/dates/clock_zones") == (1 if proven else None)
    assert stats.get_value("newscrawl/dates/assumed_zone") == (None if proven else 1)


@pytest.mark.parametrize(
    ("lang", "line", "printed", "utc"),
    [
        # the year's abbreviation or word between the year and the clock
        ("ru", "Опубликовано: 24 ноября 2026 г., 15:05", "24 ноября 2026 г., 15:05", "12:05"),
        ("ru", "24 ноября 2026 года, 15:05 | Москва", "24 ноября 2026 года, 15:05", "12:05"),
        ("pl", "Opublikowano: 24 listopada 2026 r., 15:05", "24 listopada 2026 r., 15:05", "12:05"),
        ("uk", "24 листопада 2026 р., 15:05", "24 листопада 2026 р., 15:05", "12:05"),
        # a short word between a numeric day and its clock
        ("ru", "Опубликовано: 24.11.2026 в 15:05", "24.11.2026 в 15:05", "12:05"),
        ("de", "Veröffentlicht: 24.11.2026 um 15:05 Uhr", "24.11.2026 um 15:05", "12:05"),
        # the clock first, before a month of the page's language in lower case
        ("ru", "15:05, 24 ноября 2026", "15:05, 24 ноября 2026", "12:05"),
        # no clock: the day alone, and a place after it is not taken into the date
        ("ru", "24 ноября 2026 Самара", "24 ноября 2026", "00:00"),
    ],
)
def test_printed_dates_keep_their_clock_across_year_words_and_joining_words(
    lang: str, line: str, printed: str, utc: str
) -> None:
    """A clock after the year's word, after a joining word or before the day was dropped."""
    from newscrawl.dates import parse_date_full
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, lang)
    assert found is not None
    assert found[2] == printed
    parsed = parse_date_full(found[2], tz_name="Europe/Moscow", language=lang)
    assert parsed.moment is not None
    assert to_utc_string(parsed.moment) == f"2026-11-24T{utc}:00Z"


def test_korean_printed_dates_and_updates() -> None:
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        "<html><body><section><h3>시의회 예산안 심사 착수</h3><ul><li>정다은 기자</li>"
        "<li>2026년 11월 22일 (일) 09:30</li><li>최종수정 2026-11-23 17:20</li></ul>"
        "<p>한빛시의회가 22일 내년도 예산안 심사에 들어갔다.</p></section></body></html>"
    )
    headline = page.find(".//h3")
    assert near_headline(headline, "ko") == ["2026년 11월 22일 (일) 09:30"]
    assert updated_near_headline(headline, "ko") == ["2026-11-23 17:20"]
    found = dates.parse_date_full(
        "2026년 11월 22일 (일) 09:30", tz_name="Asia/Seoul", language="ko"
    )
    assert found.moment is not None
    assert to_utc_string(found.moment) == "2026-11-22T00:30:00Z"


def test_zoneless_date_across_a_clock_change_is_read_on_the_sites_own_zone() -> None:
    """``-a timezone=Europe/Paris`` (or a proven zone) on an English page: its clock too."""
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(
        published_raw="2026-10-23T11:20:00+02:00", modified_raw="26.10.2026, 16:45",
        language="en", crawled_at="2026-10-29T10:00:00Z",
    )  # fmt: skip
    assert normalize_dates(item, tz_name="Europe/Paris", zones={}) == []
    assert (item.published_at, item.modified_at) == ("2026-10-23T09:20:00Z", "2026-10-26T15:45:00Z")


@pytest.mark.parametrize(
    ("lang", "line", "printed", "utc"),
    [
        ("sv", "Publicerad 24 november 2026 kl. 15.05", "24 november 2026 kl. 15.05",
         "2026-11-24T14:05:00Z"),
        ("sv", "Uppdaterad 25 nov. 2026 kl. 08.10", "25 nov. 2026 kl. 08.10", "2026-11-25T07:10:00Z"),
        # before the end of summer time (25 October 2026): +02:00
        ("sv", "Publicerad 20 oktober 2026 kl. 07.30", "20 oktober 2026 kl. 07.30",
         "2026-10-20T05:30:00Z"),
        ("da", "Opdateret 24. nov. 2026 kl. 15.05", "24. nov. 2026 kl. 15.05", "2026-11-24T14:05:00Z"),
        ("nb", "Publisert 24. nov. 2026 kl. 15.05", "24. nov. 2026 kl. 15.05", "2026-11-24T14:05:00Z"),
        ("fi", "Julkaistu 24.11.2026 klo 15.05", "24.11.2026 klo 15.05", "2026-11-24T13:05:00Z"),
    ],
)  # fmt: skip
def test_nordic_printed_dates_keep_the_clock_after_kl(
    lang: str, line: str, printed: str, utc: str
) -> None:
    """ "kl. 15.05" (a dot in the clock after the clock word) gave nothing, or the day alone."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, lang)
    assert found is not None
    assert found[2] == printed
    zone = "Europe/Helsinki" if lang == "fi" else "Europe/Stockholm"
    parsed = dates.parse_date_full(found[2], tz_name=zone, language=lang)
    assert parsed.moment is not None
    assert not parsed.day_only
    assert to_utc_string(parsed.moment) == utc


@pytest.mark.parametrize(
    ("lang", "text", "utc"),
    [("sv", "igår kl. 18.20", "2026-11-24T17:20:00Z"), ("sv", "i dag kl. 09.40", "2026-11-25T08:40:00Z"),
     ("da", "i går kl. 18.20", "2026-11-24T17:20:00Z")],
)  # fmt: skip
def test_nordic_yesterday_and_today_with_kl(lang: str, text: str, utc: str) -> None:
    reference = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    found = dates.parse_date_full(
        text, tz_name="Europe/Stockholm", reference=reference, language=lang
    )
    assert found.moment is not None
    assert to_utc_string(found.moment) == utc


@pytest.mark.parametrize(
    ("line", "lang", "published", "updated"),
    [
        ("Publicerad 22 november 2026 kl. 11.00 Uppdaterad 25 nov. 2026 kl. 08.10", "sv",
         "22 november 2026 kl. 11.00", "25 nov. 2026 kl. 08.10"),
        ("Publisert 24.11.2026 15:05 Oppdatert 25.11.2026 08:10", "nb", "24.11.2026 15:05",
         "25.11.2026 08:10"),
        ("Publiceret 24. nov. 2026 kl. 15.05 Opdateret 25. nov. 2026 kl. 08.10", "da",
         "24. nov. 2026 kl. 15.05", "25. nov. 2026 kl. 08.10"),
    ],
)  # fmt: skip
def test_nordic_update_labels(line: str, lang: str, published: str, updated: str) -> None:
    """ "Uppdaterad", "Oppdatert", "Opdateret" label the update, never the publication."""
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>Julmarknaden flyttar till Stortorget</h1>"
        f"<p>{line}</p><p>Julmarknaden i Älvvik flyttar i år från hamnen till Stortorget.</p>"
        "</article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, lang) == [published]
    assert updated_near_headline(headline, lang) == [updated]


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        # a dash or a bar between the day and the clock, as Turkish CMSes print them
        ("24.11.2026 - 15:05", "24.11.2026 - 15:05", "12:05"),
        ("Yayınlanma: 24.11.2026 | 15:05", "24.11.2026 | 15:05", "12:05"),
        ("24.11.2026 \u2013 15:05", "24.11.2026 \u2013 15:05", "12:05"),
        # a weekday between the year and the clock
        ("Yayınlanma: 24 Kasım 2026 Salı 15:05", "24 Kasım 2026 Salı 15:05", "12:05"),
        # in capitals: Turkish "I" is the dotless "ı" of "Kasım", "Salı" (str.lower() gives "i")  # noqa: RUF003
        ("24 KASIM 2026 SALI 15:05", "24 KASIM 2026 SALI 15:05", "12:05"),
        # a range of days is no clock
        ("24.11.2026 - 25.11.2026", "24.11.2026", "00:00"),
    ],
)
def test_turkish_printed_dates_keep_their_clock(line: str, printed: str, utc: str) -> None:
    """ "24.11.2026 - 15:05" gave the day alone at 00:00."""
    from newscrawl.dates import parse_date_full
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "tr")
    assert found is not None
    assert found[2] == printed
    parsed = parse_date_full(found[2], tz_name="Europe/Istanbul", language="tr")
    assert parsed.moment is not None
    assert to_utc_string(parsed.moment) == f"2026-11-24T{utc}:00Z"


def test_turkish_update_labels() -> None:
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>Çarşı Camii'nin restorasyonu tamamlandı</h1>"
        '<div class="date"><span>22.11.2026 - 14:30</span> '
        "<span>Güncelleme: 22.11.2026 16:00</span></div>"
        "<p>Tarihi Çarşı Camii'nin iki yıl süren restorasyonu tamamlandı.</p></article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, "tr") == ["22.11.2026 - 14:30"]
    assert updated_near_headline(headline, "tr") == ["22.11.2026 16:00"]


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        ("29 Νοεμβρίου 2026, 15:05", "29 Νοεμβρίου 2026, 15:05", "2026-11-29T13:05:00Z"),
        # capitals drop the tonos, and keep the diaeresis of "Μαΐου" or not
        ("29 ΝΟΕΜΒΡΙΟΥ 2026, 15:05", "29 ΝΟΕΜΒΡΙΟΥ 2026, 15:05", "2026-11-29T13:05:00Z"),
        ("ΤΕΤΑΡΤΗ 15 ΙΟΥΛΙΟΥ 2026, 11:30", "15 ΙΟΥΛΙΟΥ 2026, 11:30", "2026-07-15T08:30:00Z"),
        ("15 ΜΑΪΟΥ 2026 09:30", "15 ΜΑΪΟΥ 2026 09:30", "2026-05-15T06:30:00Z"),
        ("15 ΜΑΙΟΥ 2026 09:30", "15 ΜΑΙΟΥ 2026 09:30", "2026-05-15T06:30:00Z"),
        ("28 ΝΟΕΜΒΡΙΟΥ 2026, 19:50 EET", "28 ΝΟΕΜΒΡΙΟΥ 2026, 19:50 EET", "2026-11-28T17:50:00Z"),
        ("Παρ, 20 Μαρ 2026 10:00", "20 Μαρ 2026 10:00", "2026-03-20T08:00:00Z"),
        # French capitals drop their accents too
        ("5 FEVRIER 2026 10:00", "5 FEVRIER 2026 10:00", "2026-02-05T08:00:00Z"),
    ],
)
def test_month_names_in_capitals_without_their_accents(line: str, printed: str, utc: str) -> None:
    """ "15 ΙΟΥΛΙΟΥ 2026, 11:30" was no date: the month names were matched with their accents."""
    from newscrawl.dates import parse_date_full
    from newscrawl.pages.dates import find_printed_date

    language = "fr" if "FEVRIER" in line else "el"
    found = find_printed_date(line, language)
    assert found is not None
    assert found[2] == printed
    parsed = parse_date_full(found[2], tz_name="Europe/Athens", language=language)
    assert parsed.moment is not None
    assert to_utc_string(parsed.moment) == utc


@pytest.mark.parametrize(
    ("label", "updated"),
    [
        ("Τελευταία ενημέρωση: 29.11.2026 | 17:40", "29.11.2026 | 17:40"),
        ("Ενημερώθηκε: 29 Νοεμβρίου 2026, 11:25", "29 Νοεμβρίου 2026, 11:25"),
        ("ΕΝΗΜΕΡΩΘΗΚΕ ΣΤΙΣ 29.11.2026 | 17:40", "29.11.2026 | 17:40"),
    ],
)
def test_greek_update_labels(label: str, updated: str) -> None:
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>Νέος παραλιακός δρόμος για το λιμάνι</h1>"
        f'<div class="date"><span>29.11.2026 | 15:05</span> <span>{label}</span></div>'
        "<p>Το δημοτικό συμβούλιο ενέκρινε χθες τη μελέτη για τον νέο δρόμο.</p>"
        "</article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, "el") == ["29.11.2026 | 15:05"]
    assert updated_near_headline(headline, "el") == [updated]


def test_zoneless_dates_on_the_clock_of_the_language_region_country() -> None:
    """An es-AR page's "24 Nov, 2026 07:50 hs" is Buenos Aires time, not UTC (3 h early)."""
    from zoneinfo import ZoneInfo

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    assert dates.country_zone(["es-AR"]) == "America/Argentina/Buenos_Aires"
    assert dates.country_zone(["es-MX"]) is None  # Mexico keeps several clocks
    assert dates.country_zone(["es-ES"]) is None  # the Canaries; and a CMS default elsewhere
    assert dates.country_zone(["es-AR", "es-UY"]) is None  # two countries: no one clock
    # one clock in tzdata's zone.tab, and not a region CMSs declare for sites elsewhere
    assert dates.country_zone(["nl-NL"]) == "Europe/Amsterdam"
    assert dates.country_zone(["da-DK"]) == "Europe/Copenhagen"
    assert dates.country_zone(["en-SG"]) == "Asia/Singapore"
    item = Article(
        published_raw="24 Nov, 2026 07:50", language="es", crawled_at="2026-11-25T15:00:00Z"
    )
    normalize_dates(
        item, tz_name="UTC", zones={}, country_zone=ZoneInfo("America/Argentina/Buenos_Aires")
    )
    assert item.published_at == "2026-11-24T10:50:00Z"
    item = Article(
        published_raw="10 de julio de 2026 · 18:20", language="es",
        crawled_at="2026-11-25T15:00:00Z",
    )  # fmt: skip
    normalize_dates(
        item, tz_name="UTC", zones={}, country_zone=ZoneInfo("America/Argentina/Buenos_Aires")
    )
    assert item.published_at == "2026-07-10T21:20:00Z"  # no summer time in Argentina


@pytest.mark.parametrize(
    ("line", "language", "printed", "utc"),
    [
        ("24-11-26, 15:05", "nl", "24-11-26, 15:05", "2026-11-24T14:05:00Z"),
        ("20-10-26, 07:30", "nl", "20-10-26, 07:30", "2026-10-20T05:30:00Z"),  # summer time
        ("Gepubliceerd: 24-11-26 15:05", "en", "24-11-26 15:05", "2026-11-24T14:05:00Z"),
    ],
)  # fmt: skip
def test_a_dutch_day_month_and_two_digit_year_with_a_clock(
    line: str, language: str, printed: str, utc: str
) -> None:
    """ "24-11-26, 15:05" as Dutch papers print it: day first, never the year 2024."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, language)
    assert found is not None
    assert found[2] == printed
    assert parse_date_full_utc(printed, "Europe/Amsterdam", {}) == utc


@pytest.mark.parametrize("line", ["Bel 06-12-34 56", "24-11-26", "Kamer 12-10-26b, 15:05"])
def test_a_dashed_number_without_a_clock_is_no_printed_date(line: str) -> None:
    from newscrawl.pages.dates import find_printed_date

    assert find_printed_date(line, "nl") is None


def test_the_dutch_update_word_introduces_the_last_update() -> None:
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>Gemeenteraad stemt in met nieuw zwembad</h1>"
        "<div><time>22 nov 2026 om 11:00</time> <span>Bijgewerkt op 25 nov. 2026 om 08:10</span>"
        "</div><p>De gemeenteraad heeft ingestemd met de bouw van een nieuw zwembad.</p>"
        "</article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, "nl") == ["22 nov 2026 om 11:00"]
    assert updated_near_headline(headline, "nl") == ["25 nov. 2026 om 08:10"]


@pytest.mark.parametrize(
    ("line", "printed", "expected"),
    [
        # a bar between the day and the clock, each desk's own zone (WIB, WITA, WIT)
        ("Selasa, 24 November 2026 | 08:10 WITA", "24 November 2026 | 08:10 WITA", "2026-11-24T00:10:00Z"),
        ("Senin, 23 November 2026 | 19:30 WIT", "23 November 2026 | 19:30 WIT", "2026-11-23T10:30:00Z"),
        ("Selasa, 24 Nov 2026 15:05 WIB", "24 Nov 2026 15:05 WIB", "2026-11-24T08:05:00Z"),
        # a day-first slash date keeps the zone printed after its clock
        ("Kompas.com - 24/11/2026, 15:05 WIB", "2026-11-24 15:05 WIB", "2026-11-24T08:05:00Z"),
        ("24/11/2026, 08:10 WITA", "2026-11-24 08:10 WITA", "2026-11-24T00:10:00Z"),
    ],
)  # fmt: skip
def test_indonesian_printed_dates_keep_their_clock_and_zone(
    line: str, printed: str, expected: str
) -> None:
    from newscrawl.dates import parse_date_full, to_utc_string
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "id")
    assert found is not None
    assert found[2] == printed
    parsed = parse_date_full(printed, tz_name="Asia/Jakarta", language="id")
    assert parsed.moment is not None
    assert to_utc_string(parsed.moment) == expected


def test_zoneless_jsonld_date_takes_the_zone_the_page_prints_beside_it() -> None:
    """A Jayapura desk's page (WIT, +09:00) on a Jakarta site: not the site's +07:00."""
    from scrapy.http import HtmlResponse

    from newscrawl.pages.base import ArticlePage

    html = (
        '<html lang="id"><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Festival dibuka", "datePublished": "2026-11-23T19:30:00"}</script>'
        "</head><body><article><h1>Festival dibuka</h1>"
        "<div>Senin, 23 November 2026 | 19:30 WIT</div><p>Festival danau dibuka.</p>"
        "</article></body></html>"
    )
    page = ArticlePage(
        HtmlResponse(url="https://news.example/regional/2026/11/23/festival", body=html.encode())
    )
    assert page.published_raw() == ["2026-11-23T19:30:00"]
    assert page.date_offset == timedelta(hours=9)


# -- Solar Hijri (Jalali) dates of Persian pages ----------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # 8 Azar 1405 is 29 November 2026; Tehran is at +03:30 all year since 2022
        ("۸ آذر ۱۴۰۵ - ۱۵:۰۵", "2026-11-29T11:35:00Z"),
        ("شنبه ۷ آذر ۱۴۰۵ ساعت ۲۱:۴۰", "2026-11-28T18:10:00Z"),
        ("۱۵:۰۵ - ۸ آذر ۱۴۰۵", "2026-11-29T11:35:00Z"),
        ("۱۴۰۵/۰۹/۰۸ ۱۵:۰۵", "2026-11-29T11:35:00Z"),
        ("1405/9/8 15:05", "2026-11-29T11:35:00Z"),
        ("1405-09-08T15:05:00+03:30", "2026-11-29T11:35:00Z"),  # a Jalali date in ISO dress
        ("۸ آذر ۱۴۰۵", "2026-11-29T00:00:00Z"),  # the day as printed
        # the Arabic yeh and kaf as some CMSes write them; no summer time in July
        ("۲۴ تير ۱۴۰۵ - ۰۹:۳۰", "2026-07-15T06:00:00Z"),
        ("۱۰ ارديبهشت ۱۴۰۵ - ۱۱:۰۰", "2026-04-30T07:30:00Z"),
        ("۸ دي ۱۴۰۴ - ۱۰:۰۰", "2025-12-29T06:30:00Z"),
        # the last day of a leap year (1403) and Afghanistan's Dari month names
        ("۳۰ اسفند ۱۴۰۳ - ۱۲:۰۰", "2025-03-20T08:30:00Z"),
        ("۸ قوس ۱۴۰۵ - ۱۵:۰۵", "2026-11-29T11:35:00Z"),
        # Iran kept summer time until 2022: 1 Tir 1400 was at +04:30
        ("۱ تیر ۱۴۰۰ - ۱۲:۰۰", "2021-06-22T07:30:00Z"),
    ],
)  # fmt: skip
def test_solar_hijri_dates_are_their_gregorian_instant(raw: str, expected: str) -> None:
    moment, _ = parse_date(
        raw, tz_name="Asia/Tehran", language="fa", reference=CRAWL.replace(month=12)
    )
    assert moment is not None
    assert to_utc_string(moment) == expected


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        ("۳۰ اسفند ۱۴۰۴ - ۱۲:۰۰", "fa"),  # 1404 is no leap year: no such day
        ("۳۱ مهر ۱۴۰۵", "fa"),  # Mehr has 30 days
        ("۸ آذر ۱۴۰۵ - ۲۵:۰۵", "fa"),  # no such hour
        ("۰۵/۰۹/۰۸ ۱۵:۰۵", "fa"),  # a two-digit year: either calendar, never guessed
        ("05/09/08", "fa"),
    ],
)
def test_a_solar_hijri_date_that_cannot_be_read_is_no_date(raw: str, language: str) -> None:
    assert parse_date(raw, tz_name="Asia/Tehran", language=language)[0] is None


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("یکشنبه ۸ آذر ۱۴۰۵ - ۱۵:۰۵ | کد خبر: 123456", "۸ آذر ۱۴۰۵ - ۱۵:۰۵"),
        ("شنبه ۸ آذر ۱۴۰۵ ساعت ۱۰:۲۰", "۸ آذر ۱۴۰۵ ساعت ۱۰:۲۰"),
        ("تاریخ انتشار: ۱۴۰۵/۰۹/۰۷ ۲۱:۴۰", "۱۴۰۵/۰۹/۰۷ ۲۱:۴۰"),
        ("۲۴ تير ۱۴۰۵ - ۰۹:۳۰", "۲۴ تير ۱۴۰۵ - ۰۹:۳۰"),
    ],
)
def test_a_printed_solar_hijri_date_is_found_as_printed(line: str, printed: str) -> None:
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "fa")
    assert found is not None
    assert found[2] == printed


def test_direction_marks_inside_a_printed_date_are_no_text() -> None:
    from lxml import html

    from newscrawl.pages.dates import near_headline, time_element_date

    lrm = "\u200e"
    page = html.fromstring(
        '<html lang="he" dir="rtl"><body><article><h1>גל חום כבד בעמק</h1>'
        f"<div>{lrm}15 ביולי 2026{lrm} | {lrm}08:15{lrm}</div>"
        "<p>הטמפרטורות צפויות להגיע היום ל־41 מעלות בשעות הצהריים.</p>"
        "</article></body></html>"
    )
    assert near_headline(page.find(".//h1"), "he") == ["15 ביולי 2026 | 08:15"]
    moment, _ = dates.parse_date("15 ביולי 2026 | 08:15", tz_name="Asia/Jerusalem", language="he")
    assert moment is not None
    assert to_utc_string(moment) == "2026-07-15T05:15:00Z"
    # a <time> without ``datetime`` that prints a label before the date
    labelled = html.fromstring(
        '<div><time class="date">Published: Nov 29, 2026 3:05 PM IST</time></div>'
    )
    assert time_element_date(labelled) == ["Nov 29, 2026 3:05 PM IST"]


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        ("Mar 28, 2026 11:00 AM IDT", "2026-03-28T08:00:00Z"),  # Israel Daylight Time
        ("Jul 14, 2026 8:15 AM IDT", "2026-07-14T05:15:00Z"),
    ],
)
def test_israel_daylight_time(raw: str, utc: str) -> None:
    moment, _ = parse_date(raw)
    assert moment is not None
    assert to_utc_string(moment) == utc


@pytest.mark.parametrize("language", ["he", "en"])
def test_a_dotted_two_digit_year_with_a_clock_is_day_first(language: str) -> None:
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date("פורסם: 03.11.26 | 15:05", language)
    assert found is not None
    assert found[2] == "03.11.26 | 15:05"
    moment, method = parse_date(found[2], tz_name="Asia/Jerusalem", language=language)
    assert moment is not None
    assert (to_utc_string(moment), method) == ("2026-11-03T13:05:00Z", "format")


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        ("Mar 28, 2026 11:00 AM CLT", "2026-03-28T15:00:00Z"),  # Chile, -04:00
        ("Mar 28, 2026 11:00 AM MEST", "2026-03-28T09:00:00Z"),  # Middle European Summer Time
        ("Mar 28, 2026 11:00 AM IRST", "2026-03-28T07:30:00Z"),  # Iran, +03:30
    ],
)
def test_a_zone_only_dateparser_knows_is_not_zoned_twice(raw: str, utc: str) -> None:
    from newscrawl.pipelines.dates import normalize_dates

    for listed in (None, timezone(timedelta(hours=2))):
        item = {"url": "https://x.example/a", "published_raw": raw, "language": "en",
                "crawled_at": "2026-11-30T08:00:00Z"}  # fmt: skip
        normalize_dates(item, tz_name="UTC", zones={}, listed_zone=listed)
        assert item["published_at"] == utc, listed


@pytest.mark.parametrize(
    ("line", "found"),
    [("Chủ nhật, 29/11/2026, 15:05 (GMT+7)", "2026-11-29 15:05 GMT+7"),
     ("29/11/2026 15:05 GMT+7", "2026-11-29 15:05 GMT+7"),
     ("Thứ năm, 05/11/2026, 08:10 (GMT+7)", "2026-11-05 08:10 GMT+7"),
     ("Thứ bảy, 28/11/2026 - 07:45", "2026-11-28 07:45"),
     ("Thứ sáu, ngày 27 tháng 11 năm 2026, 15:30 (GMT+7)", "2026-11-27 15:30 GMT+7"),
     ("15:30 ngày 27 tháng 11 năm 2026", "2026-11-27 15:30"),
     ("ngày 5 tháng 11 năm 2026", "2026-11-05")],
)  # fmt: skip
def test_vietnamese_printed_dates_keep_their_offset(line: str, found: str) -> None:
    """The "(GMT+7)" after the clock is the date's zone: never dropped, never read as GMT."""
    from newscrawl.pages.dates import find_printed_date

    printed = find_printed_date(line, "vi")
    assert printed is not None
    assert printed[2] == found
    utc = {"2026-11-29 15:05 GMT+7": "2026-11-29T08:05:00Z",
           "2026-11-05 08:10 GMT+7": "2026-11-05T01:10:00Z",
           "2026-11-27 15:30 GMT+7": "2026-11-27T08:30:00Z"}  # fmt: skip
    if found in utc:
        moment = dates.parse_date_full(found, language="vi")
        assert moment.zoned
        assert moment.moment is not None
        assert to_utc_string(moment.moment) == utc[found]


@pytest.mark.parametrize("language", ["vi", "fr", "es", "de"])
def test_slash_dates_read_day_first_in_day_first_languages(language: str) -> None:
    """dateparser's English fallback read "05/11/2026, 08:10" as 11 May."""
    found = dates.parse_date_full("05/11/2026, 08:10 (GMT+7)", language=language)
    assert found.zoned
    assert found.moment is not None
    assert to_utc_string(found.moment) == "2026-11-05T01:10:00Z"
    english = dates.parse_date_full("11/05/2026 08:10", language="en").moment
    assert english is not None
    assert english.month == 11


def test_a_zoneless_jsonld_time_takes_the_printed_gmt_offset() -> None:
    from newscrawl.pages import dates as page_dates

    wall = page_dates.unzoned_clock("2026-11-29T15:05:12", "vi")
    assert wall is not None
    for printed in ("29/11/2026 15:05 GMT+7", "Chủ nhật, 29/11/2026, 15:05 (GMT+7)",
                    "2026-11-29 15:05 GMT+7"):  # fmt: skip
        assert page_dates.offset_at([printed], wall, "vi") == timedelta(hours=7), printed


def test_vietnamese_update_line_above_the_headline() -> None:
    """VnExpress-like pages print the date lines above the headline: "Cập nhật" is the update."""
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    root = document_fromstring(
        "<html><body><section><div><span class='date'>Thứ hai, 30/11/2026, 08:10 (GMT+7)"
        "</span><span class='date-update'>Cập nhật: 30/11/2026, 09:45 (GMT+7)</span>"
        "<h1>Giá lúa gạo tăng mạnh</h1><p class='description'>Giá lúa tăng.</p></div>"
        "</section></body></html>"
    )
    h1 = h1_element(root)
    assert page_dates.updated_near_headline(h1, "vi") == ["2026-11-30 09:45 GMT+7"]
    assert page_dates.near_headline(h1, "vi") == ["2026-11-30 08:10 GMT+7"]


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        ("29 พ.ย. 2569 15:05 น.", "29 พ.ย. 2569 15:05 น.", "2026-11-29T08:05:00Z"),
        ("วันอาทิตย์ที่ 29 พฤศจิกายน พ.ศ. 2569 เวลา 15.05 น.",
         "29 พฤศจิกายน พ.ศ. 2569 เวลา 15.05 น.", "2026-11-29T08:05:00Z"),
        # two digits: the Buddhist Era's last two ("69" is 2569 BE, 2026 CE)
        ("28 พ.ย. 69 21:40 น.", "28 พ.ย. 69 21:40 น.", "2026-11-28T14:40:00Z"),
        ("2 ธ.ค. 68 09:30 น.", "2 ธ.ค. 68 09:30 น.", "2025-12-02T02:30:00Z"),
        ("28 พฤศจิกายน 2569 - 09:30 น.", "28 พฤศจิกายน 2569 - 09:30 น.", "2026-11-28T02:30:00Z"),
        ("โพสต์ 29/11/2569 15:05 น.", "29/11/2569 15:05 น.", "2026-11-29T08:05:00Z"),
        ("๒๙ พ.ย. ๒๕๖๙ ๑๕:๐๕ น.", "๒๙ พ.ย. ๒๕๖๙ ๑๕:๐๕ น.", "2026-11-29T08:05:00Z"),
        # the clock first, with its "น." (it gave the day alone)
        ("15:05 น. 29 พ.ย. 2569", "15:05 น. 29 พ.ย. 2569", "2026-11-29T08:05:00Z"),
        # a Gregorian year beside a Thai month stays as it is
        ("29 พ.ย. 2026 15:05", "29 พ.ย. 2026 15:05", "2026-11-29T08:05:00Z"),
        ("24 พฤศจิกายน 2569", "24 พฤศจิกายน 2569", "2026-11-24T00:00:00Z"),
    ],
)  # fmt: skip
def test_thai_printed_dates_in_the_buddhist_era(line: str, printed: str, utc: str) -> None:
    """ "29 พ.ย. 2569 15:05 น." was no date at all; 2569 read as a year would be 543 years off."""
    from newscrawl.dates import parse_date_full
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "th")
    assert found is not None
    assert found[2] == printed
    reference = datetime(2026, 11, 29, 10, tzinfo=UTC)
    parsed = parse_date_full(found[2], tz_name="Asia/Bangkok", language="th", reference=reference)
    assert parsed.moment is not None
    assert to_utc_string(parsed.moment) == utc


@pytest.mark.parametrize(
    "value",
    [
        "ธ.ค. 2569",  # no day: unread, never a Gregorian 2569 nor today's day
        "พ.ศ. 2569",
        "2 ธ.ค. 69",  # 2 December 2026: after the crawl
        "31 ก.พ. 2569",
        "29/11/2569 15:05 GMT+7 2569",
    ],
)
def test_a_buddhist_era_year_is_never_read_as_gregorian(value: str) -> None:
    from newscrawl.dates import parse_date_full

    reference = datetime(2026, 11, 29, 10, tzinfo=UTC)
    for language in ("th", "en"):
        found = parse_date_full(
            value, tz_name="Asia/Bangkok", language=language, reference=reference
        )
        assert found.moment is None or found.moment.year == 2026, (value, language, found)


def test_thai_update_labels_and_clock() -> None:
    """ "อัปเดต" and "แก้ไขล่าสุด" label the update; a Thai page's zoneless date is Bangkok's."""
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>ชาวไร่กาแฟดอยผาแดงเก็บเกี่ยวเร็วกว่าทุกปี</h1>"
        '<div class="date">28 พฤศจิกายน 2569 - 09:30 น. <span>แก้ไขล่าสุด 28 พ.ย. 69 11:45 น.'
        "</span></div><p>เกษตรกรเริ่มเก็บเกี่ยวผลผลิตฤดูกาลใหม่</p></article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, "th") == ["28 พฤศจิกายน 2569 - 09:30 น."]
    assert updated_near_headline(headline, "th") == ["28 พ.ย. 69 11:45 น."]
    page = html.fromstring(
        "<html><body><article><h1>น้ำปิงเพิ่มสูงขึ้น</h1>"
        "<p>อัปเดต 29 พ.ย. 2569 16:20 น. | 29 พ.ย. 2569 15:05 น.</p></article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, "th") == ["29 พ.ย. 2569 15:05 น."]
    assert updated_near_headline(headline, "th") == ["29 พ.ย. 2569 16:20 น."]
    page = html.fromstring(
        "<html><body><article><h1>น้ำปิงเพิ่มสูงขึ้น</h1>"
        "<p>เผยแพร่ 29 พ.ย. 2569 15:05 น. แก้ไขเมื่อ 30/11/2569 08:10 น.</p></article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, "th") == ["29 พ.ย. 2569 15:05 น."]
    assert updated_near_headline(headline, "th") == ["30/11/2569 08:10 น."]
    assert dates.language_zone("th") == ZoneInfo("Asia/Bangkok")


def test_an_iso_date_with_a_buddhist_era_year_on_a_thai_page() -> None:
    """A CMS on a Thai locale writes "2569-11-27T08:00:00+07:00": the article was dropped."""
    from newscrawl.dates import parse_date_full

    reference = datetime(2026, 11, 29, 10, tzinfo=UTC)
    found = parse_date_full("2569-11-27T08:00:00+07:00", language="th", reference=reference)
    assert found.moment is not None
    assert to_utc_string(found.moment) == "2026-11-27T01:00:00Z"
    found = parse_date_full("2569-11-27T08:00:00", tz_name="Asia/Bangkok", language="th")
    assert found.moment is not None
    assert to_utc_string(found.moment) == "2026-11-27T01:00:00Z"
    # elsewhere a year 2569 is no date, never a Gregorian one
    assert parse_date_full("2569-11-27T08:00:00+07:00", reference=reference).moment is None
    # a Gregorian one on a Thai page, whatever its fraction of a second
    found = parse_date_full("2026-11-27T08:00:00.2500+07:00", language="th", reference=reference)
    assert found.moment is not None
    assert to_utc_string(found.moment) == "2026-11-27T01:00:00Z"


@pytest.mark.parametrize(
    ("raw", "language", "crawled", "listed", "expected"),
    [
        # 00:30 on the 30th in Kyiv is still the 29th in UTC: yesterday is the 29th there
        ("Вчора, 18:20", "uk", "2026-11-29T22:30:00Z", "Europe/Kyiv", "2026-11-29T16:20:00Z"),
        ("Вчера, 18:20", "ru", "2026-11-29T22:30:00Z", "Europe/Kyiv", "2026-11-29T16:20:00Z"),
        # 20:00 on the 29th in New York is already the 30th in UTC: today is the 29th there
        ("Today, 9:15", "en", "2026-11-30T01:00:00Z", "America/New_York", "2026-11-29T14:15:00Z"),
        # the same day in both: unchanged
        ("Вчора, 18:20", "uk", "2026-11-29T12:00:00Z", "Europe/Kyiv", "2026-11-28T16:20:00Z"),
    ],
)
def test_a_day_named_relative_to_the_crawl_is_counted_in_the_listed_zone(
    raw: str, language: str, crawled: str, listed: str, expected: str
) -> None:
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(published_raw=raw, language=language, crawled_at=crawled)
    normalize_dates(item, tz_name="UTC", zones={}, listed_zone=ZoneInfo(listed))
    assert item.published_at == expected


def test_the_sites_clock_before_the_listed_offset_of_a_story_updated_in_another_season() -> None:
    """Listed at its update's +02:00 (27 November), a story published on 20 October in
    summer time (+03:00 on every clock the listings allow) is read at +03:00."""
    from newscrawl.dates import parse_date_full
    from newscrawl.pipelines.dates import zone_printed_dates

    observed = [("2026-07-14T07:30:00Z", 10800), ("2026-11-29T15:40:00Z", 7200)]
    clock = dates.zones_from_offsets(observed)
    parsed = {
        "published": parse_date_full("2026-10-20T10:00:00"),
        "modified": parse_date_full("2026-11-27T12:00:00"),
    }
    listed = timezone(timedelta(hours=2))
    zoned = zone_printed_dates(parsed, "UTC", None, listed, clock_zones=clock)
    assert zoned["published"].moment is not None
    assert to_utc_string(zoned["published"].moment) == "2026-10-20T07:00:00Z"
    assert zoned["modified"].moment is not None
    assert to_utc_string(zoned["modified"].moment) == "2026-11-27T10:00:00Z"
    # a wall time on which the clocks disagree (Cairo keeps +03:00 until 29 October): listed
    late = zone_printed_dates(
        {"published": parse_date_full("2026-10-27T10:00:00")}, "UTC", None, listed,
        clock_zones=clock,
    )  # fmt: skip
    assert late["published"].moment is not None
    assert to_utc_string(late["published"].moment) == "2026-10-27T08:00:00Z"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a US local TV station's slash between the day and the time; Arizona's MST in July
        ("Posted: Jul 14, 2026 / 09:15 AM MST", "2026-07-14T16:15:00Z"),
        ("Jul 15, 2026 / 11:15 AM CT", "2026-07-15T16:15:00Z"),
        ("Nov 28, 2026 / 10:20 AM CT", "2026-11-28T16:20:00Z"),
        ("Jul 15, 2026 / 01:40 PM CDT", "2026-07-15T18:40:00Z"),
        # the zone family through dateparser: the offset of the date's season, not today's
        ("July 15th 2026 at 11:15 CT", "2026-07-15T16:15:00Z"),
        ("January 15th 2026 at 11:15 CT", "2026-01-15T17:15:00Z"),
        ("July 15th 2026 at 11:15 ET", "2026-07-15T15:15:00Z"),
        ("January 15th 2026 at 11:15 ET", "2026-01-15T16:15:00Z"),
    ],
)
def test_us_zone_families_take_the_offset_of_their_date(raw: str, expected: str) -> None:
    """ "CT" is CDT in July and CST in January, whatever the season of the crawl."""
    reference = datetime(2026, 11, 30, tzinfo=UTC)
    for now in (datetime(2026, 11, 29, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC)):
        with mock.patch.object(dates, "datetime", wraps=datetime) as clock:
            clock.now.side_effect = lambda tz=None, at=now: at.astimezone(tz)
            parsed = dates.parse_date_full(raw, reference=reference, country="us")
        assert parsed.moment is not None, raw
        assert to_utc_string(parsed.moment) == expected, (raw, now)


def test_a_slash_between_the_day_and_the_time_keeps_the_time() -> None:
    """A Nexstar-like station's "Posted: Jul 15, 2026 / 11:15 AM CT" and "Updated: ..." lines."""
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    page = html.fromstring(
        "<html><body><article><h1>Lakefront beaches stay open two more weeks</h1>"
        "<p>Posted: <time>Jul 15, 2026 / 11:15 AM CT</time></p>"
        "<p>Updated: <time>Jul 15, 2026 / 01:40 PM CDT</time></p>"
        "<p>Chicago's lakefront beaches will stay open an extra two weeks this summer.</p>"
        "</article></body></html>"
    )
    headline = page.find(".//h1")
    assert near_headline(headline, "en") == ["Jul 15, 2026 / 11:15 AM CT"]
    assert updated_near_headline(headline, "en") == ["Jul 15, 2026 / 01:40 PM CDT"]


@pytest.mark.parametrize(
    ("languages", "url", "expected"),
    [
        (["en-CA"], "https://www.tide.example/news/a/", "2026-11-19T18:05:00Z"),
        (["fr-CA"], "https://www.tide.example/fr/a/", "2026-11-19T18:05:00Z"),
        (["en"], "https://www.tide.ca/news/a/", "2026-11-19T18:05:00Z"),  # the domain alone
        (["ar-SA"], "https://www.x.example/a/", "2026-11-19T11:05:00Z"),  # Arabia's, +03:00
    ],
)
def test_ast_is_atlantic_on_a_canadian_page_and_arabia_on_a_saudi_one(
    languages: list[str], url: str, expected: str
) -> None:
    from newscrawl.dates import page_countries, settled_by_countries

    zones = settled_by_countries(page_countries(languages, url))
    moment, _ = parse_date("Nov. 19, 2026 2:05 p.m. AST", zones=zones, reference=CRAWL)
    assert moment is not None
    assert to_utc_string(moment) == expected


@pytest.mark.parametrize("language", ["fil", "tl", "tl-PH"])
def test_filipino_relative_dates_under_either_code(language: str) -> None:
    """Tagalog ("tl") and Filipino ("fil") write "N oras ang nakalipas" (N hours ago) alike."""
    found = dates.relative_date("Na-update 2 oras ang nakalipas", language)
    assert found is not None
    assert (found.text, found.unit) == ("2 oras ang nakalipas", "hour")


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        ("Közzétéve: 2026. november 24. 14:05", "2026. november 24. 14:05", "2026-11-24T13:05:00Z"),
        ("2026. nov. 23., hétfő 19:40", "2026. nov. 23., hétfő 19:40", "2026-11-23T18:40:00Z"),
        # a weekday longer than the short words allowed before a clock
        ("2026. febr. 5., csütörtök 11:00", "2026. febr. 5., csütörtök 11:00",
         "2026-02-05T10:00:00Z"),
        ("Publikálva: 2026.11.22. 10:15", "2026.11.22. 10:15", "2026-11-22T09:15:00Z"),
        # a space after each dot, as Hungarian spelling writes numeric dates
        ("2026. 11. 21. 08:00", "2026. 11. 21. 08:00", "2026-11-21T07:00:00Z"),
        ("2026. augusztus 3. 07:45", "2026. augusztus 3. 07:45", "2026-08-03T05:45:00Z"),
        # the night before the spring change, and after it
        ("2026. márc. 28. 22:30", "2026. márc. 28. 22:30", "2026-03-28T21:30:00Z"),
        ("2026. ápr. 2. 09:10", "2026. ápr. 2. 09:10", "2026-04-02T07:10:00Z"),
        ("2026. szept. 14.", "2026. szept. 14.", "2026-09-14T00:00:00Z"),
    ],
)  # fmt: skip
def test_year_first_dates_where_the_language_writes_the_year_first(
    line: str, printed: str, utc: str
) -> None:
    """Hungarian prints the year first, the day with a dot: never only the day, nor nothing."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "hu")
    assert found is not None
    assert found[2] == printed
    moment = dates.parse_date_full(printed, tz_name="Europe/Budapest", language="hu").moment
    assert moment is not None
    assert to_utc_string(moment) == utc


def test_hungarian_update_label_prints_the_last_update() -> None:
    near, updated = _header_dates(
        (
            "<html lang='hu'><body><article><h1>Tornaterem épül a faluban</h1>"
            "<p>Publikálva: 2026.11.22. 10:15</p><p>Frissítve: 2026.11.22. 16:40</p>"
            "<p>Tizenkét kisiskola kap új tornatermet.</p></article></body></html>"
        ),
        "hu",
    )
    assert near == ["2026.11.22. 10:15"]
    assert updated == ["2026.11.22. 16:40"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ma 09:15", "2026-11-20T08:15:00Z"),
        ("tegnap 18:20", "2026-11-19T17:20:00Z"),
        ("tegnapelőtt 18:20", "2026-11-18T17:20:00Z"),  # the day before yesterday
    ],
)
def test_a_two_letter_today_counts_with_its_clock(raw: str, expected: str) -> None:
    """Hungarian "ma" (today) is a date before a clock; alone it is a word, no date line."""
    found = dates.relative_date(raw, "hu")
    assert found is not None
    assert found.text == raw
    moment, _ = parse_date(found.text, reference=CRAWL, language="hu", tz_name="Europe/Budapest")
    assert moment is not None
    assert to_utc_string(moment) == expected
    assert dates.relative_date("Ma", "hu") is None


@pytest.mark.parametrize(
    ("line", "language", "tz_name", "utc"),
    [
        # the day-part word before a 12-hour clock says which half of the day it is
        ("প্রকাশ: ২৩ নভেম্বর ২০২৬, রাত ১০:৪০", "bn", "Asia/Dhaka", "2026-11-23T16:40:00Z"),
        ("প্রকাশ: ২৫ নভেম্বর ২০২৬, রাত ১২:৩০", "bn", "Asia/Dhaka", "2026-11-24T18:30:00Z"),
        ("২৩ নভেম্বর ২০২৬, বিকাল ৫:৩০", "bn", "Asia/Dhaka", "2026-11-23T11:30:00Z"),
        ("২৩ নভেম্বর ২০২৬, সন্ধ্যা ৭:১০", "bn", "Asia/Dhaka", "2026-11-23T13:10:00Z"),
        ("২৪ নভেম্বর ২০২৬, দুপুর ১২:১৫", "bn", "Asia/Dhaka", "2026-11-24T06:15:00Z"),
        ("২৪ নভেম্বর ২০২৬, দুপুর ২:০৫", "bn", "Asia/Dhaka", "2026-11-24T08:05:00Z"),
        ("২৪ নভেম্বর ২০২৬, সকাল ৯:১৫", "bn", "Asia/Dhaka", "2026-11-24T03:15:00Z"),
        ("२४ नवंबर 2026, शाम 6:40", "hi", "Asia/Kolkata", "2026-11-24T13:10:00Z"),
        # Bengali "পিএম" after the clock
        ("প্রকাশ: ২৪ নভেম্বর ২০২৬, ১০:২৫ পিএম", "bn", "Asia/Dhaka", "2026-11-24T16:25:00Z"),
        # the Bangla-calendar date between the Gregorian date and its clock, or before both
        ("আপডেট: ২৪ নভেম্বর ২০২৬, ১০ অগ্রহায়ণ ১৪৩৩ | ১৪:২০", "bn", "Asia/Dhaka",
         "2026-11-24T08:20:00Z"),
        ("৯ অগ্রহায়ণ ১৪৩৩, ২৩ নভেম্বর ২০২৬, রাত ১০:৪০", "bn", "Asia/Dhaka",
         "2026-11-23T16:40:00Z"),
        # the clock first, with its day-part word or Bengali am/pm; a space after the colon
        ("রাত ১০:০৫, ২৪ নভেম্বর ২০২৬", "bn", "Asia/Dhaka", "2026-11-24T16:05:00Z"),
        ("১০:০৫ পিএম, ২৪ নভেম্বর ২০২৬", "bn", "Asia/Dhaka", "2026-11-24T16:05:00Z"),
        ("প্রকাশ: ২৪ নভেম্বর ২০২৬, ১৯: ৪৫", "bn", "Asia/Dhaka", "2026-11-24T13:45:00Z"),
        ("২৪ নভেম্বর ২০২৬ | ১০:০৫ অপরাহ্ন", "bn", "Asia/Dhaka", "2026-11-24T16:05:00Z"),
        # day first in numbers, Bengali pm after the clock
        ("প্রকাশিত: ২৪/১১/২০২৬ ১০:০৫ পিএম", "bn", "Asia/Dhaka", "2026-11-24T16:05:00Z"),
        # the era words after either year
        ("মঙ্গলবার, ২৪ নভেম্বর ২০২৬ খ্রিস্টাব্দ, ১১:৪০", "bn", "Asia/Dhaka", "2026-11-24T05:40:00Z"),
        ("২৪ নভেম্বর ২০২৬ খ্রিস্টাব্দ, ১০ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ, দুপুর ১:১০", "bn", "Asia/Dhaka",
         "2026-11-24T07:10:00Z"),
    ],
)  # fmt: skip
def test_bengali_and_hindi_clocks_after_a_day_part_word(
    line: str, language: str, tz_name: str, utc: str
) -> None:
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, language)
    assert found is not None
    moment, _ = parse_date(found[2], tz_name=tz_name, language=language)
    assert moment is not None
    assert to_utc_string(moment) == utc


def test_bengali_update_label_prints_the_last_update() -> None:
    near, updated = _header_dates(
        (
            "<html lang='bn'><body><article><h1>মেট্রোরেলের পরীক্ষামূলক চলাচল শুরু</h1>"
            "<p>প্রকাশ: ২৩ নভেম্বর ২০২৬, বিকাল ৫:৩০</p><p>আপডেট: ২৩ নভেম্বর ২০২৬, সন্ধ্যা ৭:১০</p>"
            "<p>নতুন লাইনে মোট চৌদ্দটি স্টেশন রয়েছে।</p></article></body></html>"
        ),
        "bn",
    )
    assert near == ["২৩ নভেম্বর ২০২৬, বিকাল ৫:৩০"]
    assert updated == ["২৩ নভেম্বর ২০২৬, সন্ধ্যা ৭:১০"]


@pytest.mark.parametrize(
    ("text", "language", "utc"),
    [
        # the unit as pages spell it, with vowel signs and a virama (dateparser's phrase: "ঘন্টা")
        ("২ ঘণ্টা আগে", "bn", "2026-11-25T04:00:00Z"),
        ("1 घंटा पहले", "hi", "2026-11-25T05:00:00Z"),
    ],
)
def test_hours_ago_in_indic_scripts_count_back_from_the_crawl(
    text: str, language: str, utc: str
) -> None:
    crawl = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    found = dates.parse_date_full(text, language=language, reference=crawl)
    assert found.moment is not None
    assert not found.day_only
    assert to_utc_string(found.moment) == utc


def test_a_bengali_update_printed_as_a_time_alone_keeps_its_day_part() -> None:
    """An update printed as a Bengali afternoon time alone is that time on the published day."""
    from lxml import html

    from newscrawl.pages import dates as page_dates

    page = html.fromstring(
        "<html lang='bn'><body><article><h1>মেট্রোরেলের পরীক্ষামূলক চলাচল শুরু</h1>"
        "<p>প্রকাশ: ২৪ নভেম্বর ২০২৬, সকাল ১০:০৫ | আপডেট: বিকাল ৪:২০</p>"
        "<p>নতুন লাইনে মোট চৌদ্দটি স্টেশন রয়েছে।</p></article></body></html>"
    )
    assert page_dates.updated_near_headline(page.find(".//h1"), "bn") == ["2026-11-24T16:20"]


@pytest.mark.parametrize(
    ("lines", "published", "modified"),
    [
        # "Last update on:" with an abbreviated weekday before the date
        ("<p>Tue Nov 24, 2026 02:05 PM</p><p>Last update on: Tue Nov 24, 2026 06:40 PM</p>",
         "Nov 24, 2026 02:05 PM", "Nov 24, 2026 06:40 PM"),
        # "Update :" printed first is the update, never the publication
        ("<p>Update : 24 Nov 2026, 18:40</p><p>Published : 24 Nov 2026, 14:05</p>",
         "24 Nov 2026, 14:05", "24 Nov 2026, 18:40"),
    ],
)  # fmt: skip
def test_update_labels_of_english_editions(lines: str, published: str, modified: str) -> None:
    near, updated = _header_dates(
        (
            f"<html><body><article><h1>Port handles record cargo</h1>{lines}"
            "<p>The river port handled a record amount of cargo in October.</p></article></body></html>"
        ),
        "en",
    )
    assert near == [published]
    assert updated == [modified]


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        ("Selasa, 24 November 2026 | 2:05 petang", "24 November 2026 | 2:05 petang",
         "2026-11-24T06:05:00Z"),
        ("Isnin, 23 November 2026 | 11:30 pagi", "23 November 2026 | 11:30 pagi",
         "2026-11-23T03:30:00Z"),
        ("Ahad, 22 November 2026 | 12:30 tengah hari", "22 November 2026 | 12:30 tengah hari",
         "2026-11-22T04:30:00Z"),
        ("Selasa, 24 November 2026 | 8.15 malam", "24 November 2026 | 8.15 malam",
         "2026-11-24T12:15:00Z"),
        ("Jumaat, 14 Ogos 2026 | 12:10 tengah malam", "14 Ogos 2026 | 12:10 tengah malam",
         "2026-08-13T16:10:00Z"),
    ],
)  # fmt: skip
def test_malay_day_part_after_the_clock_sets_am_or_pm(line: str, printed: str, utc: str) -> None:
    """Malay prints the part of the day after a 12-hour clock: pagi (morning), tengah hari
    (noon), petang (afternoon), malam (night); the word is part of the date, never cut off."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "ms")
    assert found is not None
    assert found[2] == printed
    moment, _ = parse_date(printed, tz_name="Asia/Kuala_Lumpur", language="ms")
    assert moment is not None
    assert to_utc_string(moment) == utc


def test_malay_update_label_names_the_modified_date() -> None:
    """ "Dikemas kini" (updated) introduces the update; "Diterbitkan" (published) the first."""
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    page = document_fromstring(
        "<html lang='ms'><body><h1>Jalan kampung siap Mac depan</h1>"
        "<div><span>Diterbitkan: Isnin, 23 November 2026 | 11:30 pagi</span> "
        "<span>Dikemas kini: Selasa, 24 November 2026 | 8:15 malam</span></div>"
        "<p>Kerja-kerja menaik taraf jalan itu dijangka siap tahun depan.</p></body></html>"
    )
    headline = h1_element(page)
    assert page_dates.updated_near_headline(headline, "ms") == ["24 November 2026 | 8:15 malam"]
    assert page_dates.near_headline(headline, "ms") == ["23 November 2026 | 11:30 pagi"]


def test_an_at_sign_before_the_clock_keeps_the_time() -> None:
    """ "Nov 24, 2026 @ 9:40pm": the "@" some CMS themes print between date and clock."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date("Nov 24, 2026 @ 9:40pm | Updated 3 hours ago", "en")
    assert found is not None
    assert found[2] == "Nov 24, 2026 @ 9:40pm"


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        ("23. 11. 2026 14:05", "23. 11. 2026 14:05", "2026-11-23T13:05:00Z"),
        ("Publikováno 3. 8. 2026, 7:45 | Domácí", "3. 8. 2026, 7:45", "2026-08-03T05:45:00Z"),
        ("pondělí 23. 11. 2026 v 9:40", "23. 11. 2026 v 9:40", "2026-11-23T08:40:00Z"),
    ],
)
def test_czech_numeric_dates_with_a_space_after_each_dot(line: str, printed: str, utc: str) -> None:
    """Czech and Slovak spelling rules print "24. 11. 2026": day first, on Prague's clock."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "cs")
    assert found is not None
    assert found[2] == printed
    moment = dates.parse_date_full(printed, tz_name="Europe/Prague", language="cs").moment
    assert moment is not None
    assert to_utc_string(moment) == utc


@pytest.mark.parametrize(
    ("language", "dates_html", "published", "modified"),
    [
        ("cs", "<p>23. 11. 2026 14:05 <em>Aktualizováno 25. 11. 2026 8:30</em></p>",
         "23. 11. 2026 14:05", "25. 11. 2026 8:30"),
        ("cs", "<p>23. listopadu 2026 14:05, poslední aktualizace 24. listopadu 2026 9:10</p>",
         "23. listopadu 2026 14:05", "24. listopadu 2026 9:10"),
        ("sk", "<p>23. 11. 2026 14:05</p><p>Aktualizované 25. 11. 2026 8:30</p>",
         "23. 11. 2026 14:05", "25. 11. 2026 8:30"),
    ],
)  # fmt: skip
def test_czech_and_slovak_update_labels_print_the_last_update(
    language: str, dates_html: str, published: str, modified: str
) -> None:
    near, updated = _header_dates(
        (
            f"<html lang='{language}'><body><article><h1>Nemocnice otevřela nový pavilon</h1>"
            f"{dates_html}<p>Pavilon má zkrátit čekání pacientů.</p></article></body></html>"
        ),
        language,
    )
    assert near == [published]
    assert updated == [modified]


@pytest.mark.parametrize(
    ("line", "language", "printed", "utc"),
    [
        ("22. 11. 2026 • 16:50", "cs", "22. 11. 2026 • 16:50", "2026-11-22T15:50:00Z"),
        ("24. listopadu 2026 · 14:05", "cs", "24. listopadu 2026 · 14:05", "2026-11-24T13:05:00Z"),
        ("24.11.2026 • 14:05", "de", "24.11.2026 • 14:05", "2026-11-24T13:05:00Z"),
        ("Nov 24, 2026 • 2:05 PM", "en", "Nov 24, 2026 • 2:05 PM", "2026-11-24T13:05:00Z"),
        ("24 November 2026 · 14:05", "en", "24 November 2026 · 14:05", "2026-11-24T13:05:00Z"),
    ],
)  # fmt: skip
def test_a_bullet_or_middle_dot_between_day_and_clock_keeps_the_clock(
    line: str, language: str, printed: str, utc: str
) -> None:
    """ "22. 11. 2026 • 16:50": the clock after a bullet is the day's (was midnight)."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, language)
    assert found is not None
    assert found[2] == printed
    moment = dates.parse_date_full(printed, tz_name="Europe/Prague", language=language).moment
    assert moment is not None
    assert to_utc_string(moment) == utc
    assert find_printed_date("Nov 24, 2026 · 5 min read", "en") == (0, 12, "Nov 24, 2026")


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        # the crawl at 10:30 UTC: 11:30 in Prague, Berlin and Madrid
        ("před hodinou", "cs", "2026-11-25T09:30:00Z"),
        ("Aktualizováno před minutou", "cs", "2026-11-25T10:29:00Z"),
        ("před jednou hodinou", "cs", "2026-11-25T09:30:00Z"),
        ("an hour ago", "en", "2026-11-25T09:30:00Z"),
        ("vor einer Stunde", "de", "2026-11-25T09:30:00Z"),
        ("hace una hora", "es", "2026-11-25T09:30:00Z"),
        ("před 2 hodinami", "cs", "2026-11-25T08:30:00Z"),
    ],
)
def test_a_relative_date_without_a_count_is_one_unit_ago(
    raw: str, language: str, expected: str
) -> None:
    """ "před hodinou", "an hour ago": one hour before the crawl (was unread, or midnight)."""
    crawl = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)
    found = dates.relative_date(raw, language)
    assert found is not None
    moment, _ = parse_date(found.text, reference=crawl, language=language, tz_name="Europe/Prague")
    assert moment is not None
    assert to_utc_string(moment) == expected
    assert dates.relative_date("před hodinami", "cs") is None  # "hours ago": no count to read


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        # the crawl at 10:30 UTC: "just now" is the crawl's time (each had been no date)
        ("Just now", "en", "2026-11-25T10:30:00Z"),
        ("gerade eben", "de", "2026-11-25T10:30:00Z"),
        ("à l'instant", "fr", "2026-11-25T10:30:00Z"),
        # abbreviated units and an elided article dateparser's data lacks
        ("vor 5 Min.", "de", "2026-11-25T10:25:00Z"),
        ("vor 2 Std.", "de", "2026-11-25T08:30:00Z"),
        ("un\u2019ora fa", "it", "2026-11-25T09:30:00Z"),
    ],
)
def test_just_now_and_short_relative_dates_are_read(raw: str, language: str, expected: str) -> None:
    url = "https://www.riverpost.example/news/bridge-vote-goes-ahead-48213"
    item = _dated_story(raw, language, url, "2026-11-25T10:30:00Z")
    assert (item["published_raw"], item["published_at"]) == (raw, expected)


def _dated_story(line: str, language: str, url: str, crawled_at: str) -> dict[str, Any]:
    """What a crawl exports of a bridge story whose only date is ``line`` under its headline."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "<p>Council members voted on the bridge on Tuesday night, after a long debate.</p>" * 8
    html = (
        f"<html lang='{language}'><head><title>Bridge vote</title></head><body><article>"
        f"<h1>Bridge vote goes ahead</h1><p class='date'>{line}</p>{text}</article></body></html>"
    )
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
    return extract_article("news", response, crawled_at)


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("شائع: ۲۴ نومبر ۲۰۲۶ ، ۱۹:۴۵", "ur", "2026-11-24T14:45:00Z"),
        ("شائع 24 نومبر 2026، 07:45 PM", "ur", "2026-11-24T14:45:00Z"),
        ("نشر في: ٢٤ نوفمبر ٢٠٢٦، ٠٧:٤٥ م", "ar", "2026-11-24T14:45:00Z"),
    ],
)
def test_an_arabic_script_comma_before_the_clock_keeps_the_clock(
    line: str, language: str, expected: str
) -> None:
    """Urdu and Arabic pages write their own comma (،) between the day and the clock, spaced
    or not: the clock is the date's (on Karachi's clock here), never cut off to midnight."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, language)
    assert found is not None
    parsed = dates.parse_date_full(found[2], tz_name="Asia/Karachi", language=language)
    assert parsed.moment is not None
    assert to_utc_string(parsed.moment) == expected


def test_an_urdu_update_label_introduces_the_modified_date() -> None:
    """ "اپ ڈیٹ" (update, also written as one word) before a date is the last update, not the
    publication."""
    from lxml import html

    from newscrawl.pages.dates import near_headline, updated_near_headline

    for label in ("اپ ڈیٹ", "اپڈیٹ", "آخری اپ ڈیٹ:"):
        page = html.fromstring(
            '<html lang="ur" dir="rtl"><body><article><h1>سیلاب متاثرین کی آباد کاری</h1>'
            f"<p>شائع 24 نومبر 2026 02:05pm {label} 24 نومبر 2026 05:30pm</p>"
            "<p>جنوبی پنجاب کے سیلاب سے متاثرہ اضلاع میں آباد کاری شروع ہو گئی۔</p>"
            "</article></body></html>"
        )
        headline = page.find(".//h1")
        assert updated_near_headline(headline, "ur") == ["24 نومبر 2026 05:30pm"], label
        assert near_headline(headline, "ur") == ["24 نومبر 2026 02:05pm"], label


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("شائع: ۲۳ نومبر ۲۰۲۶ ، رات ۱۰:۴۰", "2026-11-23T17:40:00Z"),
        ("24 نومبر 2026، صبح 9:05", "2026-11-24T04:05:00Z"),
        ("24 نومبر 2026 سہ پہر 3:15", "2026-11-24T10:15:00Z"),
        ("۲۵ نومبر ۲۰۲۶ رات ۱۲:۳۰", "2026-11-24T19:30:00Z"),
        ("شام 7:45، 24 نومبر 2026", "2026-11-24T14:45:00Z"),
        # the word after the clock (was 10:40 in the morning), or beside a 24-hour clock
        ("24 نومبر 2026 10:40 رات", "2026-11-24T17:40:00Z"),
        ("شائع: ۲۴ نومبر ۲۰۲۶ ، ۱۰:۴۰ رات", "2026-11-24T17:40:00Z"),
        ("24 نومبر 2026 19:45 شام", "2026-11-24T14:45:00Z"),
    ],
)
def test_an_urdu_day_part_word_sets_the_12_hour_clock(line: str, expected: str) -> None:
    """Urdu "رات" (night), "صبح" (morning), "سہ پہر" (afternoon), "شام" (evening) before or
    after a 12-hour clock, in Urdu or ASCII digits: "رات 10:40" is 22:40 in Karachi, never no date."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "ur")
    assert found is not None
    parsed = dates.parse_date_full(found[2], tz_name="Asia/Karachi", language="ur")
    assert parsed.moment is not None, found
    assert to_utc_string(parsed.moment) == expected


@pytest.mark.parametrize(
    ("languages", "word", "hours"),
    [
        (["ur"], "PST", 5),  # Pakistan Standard Time on an Urdu page, never US Pacific
        (["ur"], "IST", 5.5),  # an Indian Urdu daily's India Standard Time
        (["ur"], "CST", None),
        (["ur", "en-US"], "PST", None),  # an American region beside it: no one meaning
    ],
)
def test_an_urdu_page_settles_pst_as_pakistans(
    languages: list[str], word: str, hours: float | None
) -> None:
    settled = dates.settled_by_countries(
        dates.page_countries(languages, "https://www.x.example/urdu/news/2841101")
    )
    found = settled.get(word)
    assert (found.utcoffset(None) if found else None) == (
        dates.timedelta(hours=hours) if hours is not None else None
    )


@pytest.mark.parametrize(
    ("line", "raw", "utc"),
    [
        # the Azores are an hour behind Lisbon: -01:00 in November, +00:00 in July
        ("24 de novembro de 2026, 11:15 (hora dos Açores)",
         "24 de novembro de 2026, 11:15 (hora dos Açores)", "2026-11-24T12:15:00Z"),
        ("Publicado: 22/11/2026 às 17h45 (hora dos Açores)",
         "2026-11-22 17:45 (hora dos Açores)", "2026-11-22T18:45:00Z"),
        ("15 de julho de 2026, 10:30 (hora dos Açores)",
         "15 de julho de 2026, 10:30 (hora dos Açores)", "2026-07-15T10:30:00Z"),
        ("15 de julho de 2026, 10:30, hora de Lisboa",
         "15 de julho de 2026, 10:30, hora de Lisboa", "2026-07-15T09:30:00Z"),
        ("Atualizado a 15 de julho de 2026, 10:30 Hora de Portugal continental.",
         "15 de julho de 2026, 10:30 Hora de Portugal continental", "2026-07-15T09:30:00Z"),
        ("24/11/2026 às 14h05 (hora de Brasília)",
         "2026-11-24 14:05 (hora de Brasília)", "2026-11-24T17:05:00Z"),
    ],
)  # fmt: skip
def test_a_local_clock_named_after_the_time_is_the_dates_zone(
    line: str, raw: str, utc: str
) -> None:
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, "pt-PT")
    assert found is not None
    assert found[2] == raw
    # whatever zone the site's listings print (+00:00 in November for a Lisbon paper)
    parsed = dates.parse_date_full(raw, tz_name="Europe/Lisbon", language="pt")
    assert parsed.zoned
    assert parsed.moment is not None
    assert to_utc_string(parsed.moment) == utc


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        # the hour sign in the clock after "today"/"yesterday" (was read as midnight)
        ("Hoje às 10h15", "2026-11-25T10:15:00Z"),
        ("ontem às 18h20", "2026-11-24T18:20:00Z"),
        ("ontem, 18:20", "2026-11-24T18:20:00Z"),
    ],
)
def test_a_portuguese_day_word_and_clock_count_from_the_crawl(raw: str, utc: str) -> None:
    crawl = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    found = dates.parse_date_full(raw, language="pt-PT", reference=crawl)
    assert found.moment is not None
    assert to_utc_string(found.moment) == utc


def test_an_update_today_with_its_clock_before_the_articles_text() -> None:
    """ "Atualizado hoje às 10h15" runs into the text that follows it: the update still."""
    from lxml import html

    from newscrawl.pages import dates as page_dates

    page = html.fromstring(
        "<html lang='pt-PT'><body><article><h1>Feira agrícola abre com cem expositores</h1>"
        "<p>Publicado: quarta-feira, 25 de novembro de 2026 às 07:30</p>"
        "<p>Atualizado hoje às 10h15</p><p>A feira de Monte Largo abriu esta quarta-feira "
        "com cem expositores.</p></article></body></html>"
    )
    assert page_dates.updated_near_headline(page.find(".//h1"), "pt-PT") == ["hoje às 10h15"]


@pytest.mark.parametrize(
    ("meta", "updated"),
    [
        # WordPress's "Last Updated on ... by ..." plugin line
        ("Last Updated on November 22, 2026 by Web Desk", ["November 22, 2026"]),
        ("Last Updated on November 22, 2026 10:15 am by Web Desk", ["November 22, 2026 10:15 am"]),
        ("Last updated at 10:15 am, November 22, 2026", ["10:15 am, November 22, 2026"]),
    ],
)
def test_last_updated_on_line(meta: str, updated: list[str]) -> None:
    from lxml.html import document_fromstring

    from newscrawl.pages.dates import updated_near_headline

    root = document_fromstring(
        f"<html><body><article><h1>Hospital opens</h1><p>{meta}</p>"
        "<p>The state government has opened a new hospital.</p></article></body></html>"
    )
    assert updated_near_headline(root.find(".//h1"), "en") == updated


def _header_dates(page: str, language: str) -> tuple[list[str], list[str]]:
    """The published and updated dates printed under the ``<h1>`` of ``page``."""
    from lxml import html

    from newscrawl.pages import dates as page_dates

    headline = html.fromstring(page).find(".//h1")
    return (
        page_dates.near_headline(headline, language),
        page_dates.updated_near_headline(headline, language),
    )


def _printed(line: str, language: str, zone: str | None = None) -> tuple[str, str | None]:
    """The date the layer finds in ``line``, and its UTC instant when read on ``zone``'s clock."""
    from newscrawl.pages.dates import find_printed_date

    found = find_printed_date(line, language)
    assert found is not None
    if zone is None:
        return found[2], None
    moment = dates.parse_date_full(found[2], tz_name=zone, language=language).moment
    return found[2], to_utc_string(moment) if moment is not None else None


@pytest.mark.parametrize(
    ("line", "language", "printed", "utc"),
    [
        # an offset after GMT or UTC, or alone as RFC 822 prints it: the zone word alone had
        # been kept, and the date read at +00:00 (5 h 30 min late), or the offset dropped
        ("November 24, 2026 2:05 PM GMT+5:30", "en", "November 24, 2026 2:05 PM GMT+5:30", "2026-11-24T08:35:00Z"),
        ("Nov 24, 2026 14:05 UTC+05:30", "en", "Nov 24, 2026 14:05 UTC+05:30", "2026-11-24T08:35:00Z"),
        ("Tue, 24 Nov 2026 14:05:00 +0530", "en", "24 Nov 2026 14:05:00 +0530", "2026-11-24T08:35:00Z"),
        ("2026-11-24 14:05 GMT+05:30", "en", "2026-11-24 14:05 GMT+05:30", "2026-11-24T08:35:00Z"),
        # an Arabic date's offset had been cut to "GMT" when its day was made ISO (3 h late)
        ("24 نوفمبر 2026 14:05 (GMT+3)", "ar", "24 نوفمبر 2026 14:05 (GMT+3)", "2026-11-24T11:05:00Z"),
        # an offset's minutes are no clock before the day (had been read as 05:30 UTC): the
        # clock and its offset before the day are the day's
        ("14:05 GMT+5:30, 24 November 2026", "en", "24 November 2026 14:05 GMT+5:30", "2026-11-24T08:35:00Z"),
        # a clock and its zone before the day, a bar between them (had been the day alone)
        ("2:05 pm IST | 24 November 2026", "en", "2:05 pm IST | 24 November 2026", None),
        ("2:05 PM GMT | 24 November 2026", "en", "2:05 PM GMT | 24 November 2026", "2026-11-24T14:05:00Z"),
        # a Solar Hijri date's offset had been dropped when its day was made Gregorian
        ("۸ آذر ۱۴۰۵ - ۱۵:۰۵ (GMT+3:30)", "fa", "۸ آذر ۱۴۰۵ - ۱۵:۰۵ GMT+3:30", "2026-11-29T11:35:00Z"),
        # Brazil's "horário de Brasília", as "hora de Brasília" was read
        ("24/11/2026 14h05 (horário de Brasília)", "pt-BR", "2026-11-24 14:05 (horário de Brasília)", "2026-11-24T17:05:00Z"),
        # a day of numbers and dashes with its clock (Indian pages): had been no date at all
        ("Published: 24-11-2026 14:05", "en-IN", "2026-11-24 14:05", "2026-11-24T14:05:00Z"),
        ("First published: 24-11-2026 at 14:05", "en", "2026-11-24 14:05", "2026-11-24T14:05:00Z"),
        ("Updated: 24-Nov-2026 02:05 PM", "en", "24-Nov-2026 02:05 PM", "2026-11-24T14:05:00Z"),
        # a day that reads both ways is given as printed, for the site's order to settle
        ("Posted 05-11-2026 14:05", "en", "05-11-2026 14:05", None),
        # the clock had been dropped after a spaced comma, or before "hrs"
        ("Monday November 24, 2026 , 2:05 pm", "en", "November 24, 2026 , 2:05 pm", "2026-11-24T14:05:00Z"),
        ("14:05 hrs, 24 November 2026", "en", "14:05 hrs, 24 November 2026", "2026-11-24T14:05:00Z"),
    ],
)  # fmt: skip
def test_offsets_dashed_days_and_clocks_printed_beside_a_date_stay_with_it(
    line: str, language: str, printed: str, utc: str | None
) -> None:
    found, moment = _printed(line, language, "UTC")
    assert found == printed
    if utc is not None:
        assert moment == utc


@pytest.mark.parametrize(
    ("line", "language", "printed"),
    [
        ("Aktualizováno 14:05, 24. 11. 2026", "cs", "2026-11-24 14:05"),
        ("09:40 | 3.8.2026", "pl", "2026-08-03 09:40"),
        ("Обновлено 7:05 • 24.11.2026", "ru", "2026-11-24 07:05"),
        ("14:05, 05.11.2026", "en", "2026-11-05 14:05"),  # dots: the day first, in English too
    ],
)
def test_a_clock_before_a_dotted_day_keeps_the_clock(
    line: str, language: str, printed: str
) -> None:
    """ "14:05, 24. 11. 2026" was the day alone (midnight): the clock before it is its own."""
    assert _printed(line, language) == (printed, None)


@pytest.mark.parametrize(
    ("line", "language", "printed"),
    [
        ("Published: 05/11/2026 14:05", "en-GB", "2026-11-05 14:05"),
        ("Published: 05/11/2026 14:05", "en-NG", "2026-11-05 14:05"),
        ("Published: 05/11/2026 14:05", "en_IN", "2026-11-05 14:05"),
        ("Published: 05/11/2026 2:05 PM EST", "en-US", "2026-05-11 14:05 EST"),
        ("Updated 11/24/2026 9:30 a.m.", "en", "2026-11-24 09:30"),  # 24 is no month
        ("Posted on 24/11/2026 at 16:40", "en", "2026-11-24 16:40"),  # 24 is no month
        ("Published: 05/11/2026 14:05", "en", "05/11/2026 14:05"),  # either: for the pipeline
        ("Publié le 05/11/2026 à 14h05", "fr", "2026-11-05 14:05"),
        ("Updated 05/11/2026 09:15 PM", "en-PH", "2026-05-11 21:15"),  # the region's order
        ("5/5/2026 8:05 PM", "en", "2026-05-05 20:05"),
        # a dash, a bar or a middle dot between the day and its clock
        ("Pubblicato il: 24/11/2026 \u2013 17:32", "it-IT", "2026-11-24 17:32"),
        ("24/11/2026 | 17:32", "es", "2026-11-24 17:32"),
        ("24/11/2026 \u00b7 17:32", "pt-BR", "2026-11-24 17:32"),
        # two-digit years and month-first dots, as American papers print them (had been none)
        ("Published 11/24/26 9:10 a.m.", "en", "2026-11-24 09:10"),
        ("Updated: 11/24/26 05:12 PM EST", "en", "2026-11-24 17:12 EST"),
        ("Posted 11/24/26", "en-US", "2026-11-24"),
        ("Posted 11.24.2026", "en", "2026-11-24"),
        ("Posted 11.24.26 at 9:10 PM", "en-US", "2026-11-24 21:10"),
        ("Published: 05/11/26 14:05", "en-GB", "2026-11-05 14:05"),
        # controls: a dotted date that reads both ways is day first, whatever the region
        ("Posted 05.11.2026 14:05", "en-US", "05.11.2026 14:05"),
    ],
)
def test_slashed_dates_read_by_the_language_region(line: str, language: str, printed: str) -> None:
    """English pages' "05/11/2026" were never read: their region says which number is the day."""
    assert _printed(line, language) == (printed, None)


def test_numeric_dates_that_read_two_ways_take_the_order_of_the_page_or_say_they_assume() -> None:
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    stats = MemoryStatsCollector(get_crawler())

    def published(raw: str, order: str | None) -> str | None:
        item = Article(published_raw=raw, language="en", crawled_at="2026-11-25T10:00:00Z")
        normalize_dates(item, tz_name="UTC", zones={}, stats=stats, date_order=order)
        return item.published_at

    assert published("05/11/2026 14:05", "DMY") == "2026-11-05T14:05:00Z"
    assert stats.get_value("newscrawl/dates/assumed_day_order") is None
    assert published("24/11/2026 14:05", None) == "2026-11-24T14:05:00Z"  # one way only
    assert stats.get_value("newscrawl/dates/assumed_day_order") is None
    assert published("05/11/2026 14:05", None) == "2026-05-11T14:05:00Z"  # English's own
    assert stats.get_value("newscrawl/dates/assumed_day_order") == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-GB", "2026-11-05T14:05:00Z"),
        ("en-NG", "2026-11-05T13:05:00Z"),  # Lagos, +01:00
        ("en-US", "2026-05-11T14:05:00Z"),
        ("en", "2026-05-11T14:05:00Z"),  # assumed, and counted in a crawl
    ],
)
def test_a_meta_date_of_numbers_is_read_in_the_pages_region(language: str, expected: str) -> None:
    """A British page's ``05/11/2026`` meta date was 11 May: its region writes the day first."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "<p>" + "The council met on Tuesday to approve the new budget for schools. " * 4 + "</p>"
    page = (
        f'<html lang="{language}"><head><title>Council approves budget</title>'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="05/11/2026 14:05"></head>'
        f"<body><article><h1>Council approves budget</h1>{text}{text}</article></body></html>"
    )
    url = "https://www.example-courier.com/news/council-approves-budget/"
    response = HtmlResponse(url=url, body=page.encode(), encoding="utf-8")
    assert extract_article("news", response, "2026-11-25T10:00:00Z")["published_at"] == expected


def test_the_home_pages_region_orders_an_article_page_declaring_none() -> None:
    """An "en" article under an "en-GB" home page reads "05/11/2026" day first."""
    from scrapy.utils.test import get_crawler

    from newscrawl.spiders.news import GenericNewsSpider

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.example-courier.com/")
    url = "https://www.example-courier.com/news/council-approves-budget/"
    site = spider.site_for(url)
    assert site is not None
    english = {"url": url, "language": "en"}
    assert spider.date_rules(english).date_order is None
    site.home_language = "en-GB"
    assert spider.date_rules(english).date_order == "DMY"
    # a French page of the site: its own language's order, not its English home page's
    assert spider.date_rules({"url": url, "language": "fr"}).date_order is None
    spider.date_orders[url] = "MDY"  # the page's own region first
    assert spider.date_rules(english).date_order == "MDY"


@pytest.mark.parametrize(
    ("line", "utc"),
    [
        ("Senin, 23 November 2026 02:05 siang", "2026-11-23T07:05:00Z"),
        ("Senin, 23 November 2026 04:30 sore", "2026-11-23T09:30:00Z"),
        ("Senin, 23 November 2026 08:15 malam WIB", "2026-11-23T13:15:00Z"),
        ("Selasa, 24 November 2026 02:10 dini hari", "2026-11-23T19:10:00Z"),
        ("Senin, 23 November 2026 14:05 WIB", "2026-11-23T07:05:00Z"),
    ],
)
def test_indonesian_day_part_after_the_clock_sets_am_or_pm(line: str, utc: str) -> None:
    """ "02:05 siang" is 14:05 (it was read as 02:05, 12 hours early), on Jakarta's clock."""
    assert _printed(line, "id", "Asia/Jakarta")[1] == utc


@pytest.mark.parametrize(
    ("line", "language", "printed", "utc"),
    [
        ("Tuesday 24 November 2026 17.32 GMT", "en-GB", "24 November 2026 17.32 GMT",
         "2026-11-24T17:32:00Z"),
        ("Tue 28 Jul 2026 09.05 BST", "en-GB", "28 Jul 2026 09.05 BST", "2026-07-28T08:05:00Z"),
        ("2026年11月24日 17時32分", "ja", "2026年11月24日 17:32", "2026-11-24T08:32:00Z"),
        ("2026年11月24日 午後5時32分", "ja", "2026年11月24日 午後5:32", "2026-11-24T08:32:00Z"),
        ("2026년 11월 24일 오후 5시 32분", "ko", "2026년 11월 24일 오후 5:32", "2026-11-24T08:32:00Z"),
    ],
)  # fmt: skip
def test_clocks_written_with_a_dot_before_the_zone_or_with_hour_signs(
    line: str, language: str, printed: str, utc: str
) -> None:
    """ "17.32 GMT" and "17時32分" were dropped: the day alone, at midnight."""
    zone = "Asia/Tokyo" if language in ("ja", "ko") else "Europe/London"
    assert _printed(line, language, zone) == (printed, utc)
    assert _printed("Version 2.10 ships on 24 November 2026", "en") == ("24 November 2026", None)


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("Published: 2026-11-24T17:32:00+05:30", "2026-11-24T17:32:00+05:30"),
        ("2026-11-24 17:32:00.123-0500 | News", "2026-11-24 17:32:00.123-0500"),
        ("2026-11-24T17:32:00Z", "2026-11-24T17:32:00Z"),
        ("2026-11-24 17:32 - 25 comments", "2026-11-24 17:32"),
    ],
)
def test_a_printed_iso_date_keeps_its_offset(line: str, printed: str) -> None:
    """ "2026-11-24T17:32:00+05:30" on the page had lost its offset: 5 h 30 min late."""
    assert _printed(line, "en") == (printed, None)


@pytest.mark.parametrize(
    ("raw", "utc", "method"),
    [
        # a Unix time in a meta tag was read as a day (15 h 32 min early)
        ("1795966320", "2026-11-29T15:32:00Z", "epoch"),
        ("1795966320000", "2026-11-29T15:32:00Z", "epoch"),
        # an offset with the zone's name after it (RFC 9557, Java's ZonedDateTime) was no date
        ("2026-11-24T17:32:00+05:30[Asia/Kolkata]", "2026-11-24T12:02:00Z", "iso"),
        ("2026-11-24T17:32:00Z[UTC]", "2026-11-24T17:32:00Z", "iso"),
    ],
)
def test_machine_dates_cmses_write(raw: str, utc: str, method: str) -> None:
    found = dates.parse_date_full(raw)
    assert found.moment is not None
    assert (to_utc_string(found.moment), found.method) == (utc, method)
    assert dates.parse_date_full("12345").moment is None  # a number is no date


def test_a_slashed_date_that_reads_two_ways_keeps_its_clock_and_zone() -> None:
    """Given as printed for the pipeline, "05/06/2026 2:05 PM EST" kept no "PM EST" (12 h off)."""
    line = "Posted 05/06/2026 2:05 PM EST | 3 min read"
    assert _printed(line, "en") == ("05/06/2026 2:05 PM EST", None)


def test_last_modified_on_a_weekday_is_the_update() -> None:
    """ "Last modified on Wed 25 Nov 2026 09.00 GMT" (the Guardian's form) was no update."""
    near, updated = _header_dates(
        (
            "<html lang='en-GB'><body><article><h1>Rail strike called off</h1>"
            "<p>Tue 24 Nov 2026 10.00 GMT</p><p>Last modified on Wed 25 Nov 2026 09.00 GMT</p>"
            "<p>The union said talks would resume on Monday.</p></article></body></html>"
        ),
        "en-GB",
    )
    assert near == ["24 Nov 2026 10.00 GMT"]
    assert updated == ["25 Nov 2026 09.00 GMT"]


def test_a_caption_by_its_class_prints_no_article_date() -> None:
    """A WordPress caption (``p.wp-caption-text``, no ``<figcaption>``) between the headline
    and the byline line: its "Nov. 19" was the article's date, at midnight."""
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    page = document_fromstring(
        "<html><body><h1>Nadal keeps Spain alive</h1><div class='wp-caption'><img src='/n.jpg'>"
        "<p class='wp-caption-text'>Nadal celebrates a point in Madrid, Tuesday, Nov. 19, 2026."
        "</p></div><div class='byline'><span>Associated Press</span>"
        "<span class='article-publish-date'>November 19, 2026, 9:02 AM</span></div>"
        "<p>Rafael Nadal kept Spain's hopes alive on Tuesday.</p></body></html>"
    )
    assert page_dates.near_headline(h1_element(page)) == ["November 19, 2026, 9:02 AM"]


@pytest.mark.parametrize(
    ("line", "language", "utc"),
    [
        # Moscow time in Cyrillic, after the clock or in brackets: a Russian page names no
        # one zone by its language, so without it the date was read as UTC, 3 hours late
        ("24 ноября 2026, 17:32 МСК", "ru", "2026-11-24T14:32:00Z"),
        ("Опубликовано 24.11.2026 17:32 (мск)", "ru", "2026-11-24T14:32:00Z"),
        # the zone behind "Uhr", and the French name of Central European time
        ("24.07.2026, 17:32 Uhr MESZ", "de", "2026-07-24T15:32:00Z"),
        ("Publié le 24 novembre 2026 à 17h32 HEC", "fr", "2026-11-24T16:32:00Z"),
        # the clock named by its city on Arabic pages, in a language of many countries
        ("الثلاثاء 24 نوفمبر 2026 - 05:32 م بتوقيت القاهرة", "ar", "2026-11-24T15:32:00Z"),
        ("نشر في 24 نوفمبر 2026 الساعة 17:32 بتوقيت مكة المكرمة", "ar", "2026-11-24T14:32:00Z"),
    ],
)
def test_a_zone_after_the_clock_word_or_in_cyrillic_is_the_dates_own(
    line: str, language: str, utc: str
) -> None:
    assert _printed(line, language, "UTC")[1] == utc


@pytest.mark.parametrize(
    ("raw", "listed", "expected"),
    [
        # the sitemap's lastmod at -06:00 reads a Chicago newsroom's "CST", never Shanghai's
        ("Nov 24, 2026 6:05 PM CST", -6, "2026-11-25T00:05:00Z"),
        # at +08:00, a Taipei or Shanghai newsroom's
        ("Nov 24, 2026 6:05 PM CST", 8, "2026-11-24T10:05:00Z"),
        # "PST" beside a listing at +08:00: Manila's
        ("Nov 24, 2026 6:05 PM PST", 8, "2026-11-24T10:05:00Z"),
        # an offset none of its meanings has settles nothing: no instant rather than a guess
        ("Nov 24, 2026 6:05 PM CST", 1, None),
    ],
)
def test_an_ambiguous_zone_abbreviation_settled_by_the_listing(
    raw: str, listed: int, expected: str | None
) -> None:
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(published_raw=raw, language="en", crawled_at="2026-11-30T10:00:00Z")
    normalize_dates(item, tz_name="UTC", zones={}, listed_zone=timezone(timedelta(hours=listed)))
    assert item.published_at == expected


@pytest.mark.parametrize(
    ("raw", "expected", "method"),
    [
        # nothing settles them: the meaning nearly all news printing them has, counted
        ("Nov 24, 2026 14:05 IST", "2026-11-24T08:35:00Z", "assumed_zone_meaning"),
        ("Last Updated: November 24, 2026, 02:05 PM IST", "2026-11-24T08:35:00Z", "assumed_zone_meaning"),
        ("Posted: Nov 24, 2026 / 05:32 PM CST", "2026-11-24T23:32:00Z", "assumed_zone_meaning"),
        ("Nov 24, 2026, 5:32pm PST", "2026-11-25T01:32:00Z", "assumed_zone_meaning"),
        ("24 October 2026 09:00 BST", "2026-10-24T08:00:00Z", "assumed_zone_meaning"),
        # Britain keeps no summer time in November: Bangladesh's
        ("24 November 2026 14:05 BST", "2026-11-24T08:05:00Z", "assumed_zone_meaning"),
        # "AST" is Atlantic or Arabia in as much news: still no instant rather than a guess
        ("Nov 24, 2026 6:05 PM AST", None, "failed"),
    ],
)  # fmt: skip
def test_an_ambiguous_zone_abbreviation_nothing_settles_takes_its_usual_meaning(
    raw: str, expected: str | None, method: str
) -> None:
    """Before, the article was rejected as unparseable (an English page of a .com site)."""
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    stats = MemoryStatsCollector(get_crawler())
    item = Article(
        url="https://www.example-news.com/politics/bus-fares-rise-48213377",
        published_raw=raw, language="en", crawled_at="2026-11-30T10:00:00Z",
    )  # fmt: skip
    normalize_dates(item, tz_name="UTC", zones={}, stats=stats)
    assert item.published_at == expected
    assert stats.get_value(f"newscrawl/dates/{method}") == 1


def test_a_site_zone_or_another_date_on_the_page_settles_before_the_usual_meaning() -> None:
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    irish = Article(published_raw="24 July 2026 09:00 IST", language="en")
    normalize_dates(irish, tz_name="Europe/Dublin", zones={})
    assert irish.published_at == "2026-07-24T08:00:00Z"
    israeli = Article(
        published_raw="Nov 24, 2026 14:05 IST",
        modified_raw="2026-11-24T15:00:00+02:00",
        language="en",
    )
    normalize_dates(israeli, tz_name="UTC", zones={})
    assert israeli.published_at == "2026-11-24T12:05:00Z"


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        # a day word and a clock written with a dot, as the Nordic languages and German write
        # it (Stockholm and Berlin at +01:00, Helsinki at +02:00 in November)
        ("idag 17.32", "sv-SE", "2026-11-30T16:32:00Z"),
        ("igår 17.32", "sv-SE", "2026-11-29T16:32:00Z"),
        ("i dag kl. 9.05", "da-DK", "2026-11-30T08:05:00Z"),
        ("eilen klo 17.32", "fi-FI", "2026-11-29T15:32:00Z"),
        ("heute, 17.32 Uhr", "de-DE", "2026-11-30T16:32:00Z"),
        # the colon as before
        ("idag 17:32", "sv-SE", "2026-11-30T16:32:00Z"),
    ],
)
def test_a_day_word_and_a_dot_clock(raw: str, language: str, expected: str) -> None:
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "".join(
        f"<p>Färjan till ön går igen från måndag efter tre veckors arbete, del {n}.</p>"
        for n in range(4)
    )
    html = (
        f"<html lang='{language}'><head><title>Färjan går igen</title>"
        "<meta property='og:type' content='article'></head><body><article>"
        f"<h1>Färjan går igen</h1><div class='meta'>{raw}</div>{text}</article></body></html>"
    )
    page = HtmlResponse("https://www.x.example/nyheter/farjan-gar-igen-88123", body=html.encode())
    # the region's one clock reads the wall time: Stockholm, Copenhagen, Helsinki, Berlin
    item = extract_article("news", page, "2026-11-30T20:00:00Z")
    assert item["published_at"] == expected


def test_a_day_and_month_after_a_day_word_is_no_clock() -> None:
    from newscrawl.dates import relative_date

    assert relative_date("heute, 24.11.", "de") is None
    assert relative_date("Heute 12.5 Grad", "de") is None


# -- dates printed without their year ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "url", "listed", "published_at", "source"),
    [
        # the URL's day: the year that puts the printed day closest to it, here the year before
        ("Dec 31, 11:30 PM", "https://x.example/2027/01/01/fire/", None, "2027-01-01T04:30:00Z",
         "year_from_url"),
        # an archived story: its URL's year, not the crawl's
        ("Nov 24, 5:32 PM EST", "https://x.example/2021/11/24/fire/", None,
         "2021-11-24T22:32:00Z", "year_from_url"),
        # no day in the URL: the sitemap entry that listed it
        ("Nov 24, 5:32 PM EST", "https://x.example/news/fire-1234", "2025-11-24T22:40:00Z",
         "2025-11-24T22:32:00Z", "year_from_listing"),
        # nothing else: the latest such day before the crawl, counted as an assumption
        ("Dec 28, 9:00 AM", "https://x.example/news/fire-1234", None, "2026-12-28T14:00:00Z",
         "assumed_year"),
        ("Jan 2, 1:15 AM", "https://x.example/news/fire-1234", None, "2027-01-02T06:15:00Z",
         "assumed_year"),
    ],
)  # fmt: skip
def test_a_date_printed_without_its_year_takes_it_from_the_url_the_listing_or_the_crawl(
    raw: str, url: str, listed: str | None, published_at: str, source: str
) -> None:
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    stats = MemoryStatsCollector(get_crawler())
    item = Article(url=url, published_raw=raw, crawled_at="2027-01-02T08:00:00Z")
    assert (
        normalize_dates(item, tz_name="America/New_York", zones={}, stats=stats, listed=listed)
        == []
    )
    assert item.published_at == published_at
    assert item.published_raw == raw  # as printed
    counted = {k.rsplit("/", 1)[1] for k in stats.get_stats() if k.startswith("newscrawl/dates/")}
    assert counted & {"year_from_url", "year_from_listing", "assumed_year"} == {source}


def test_a_date_without_its_year_is_no_date_without_a_crawl_time() -> None:
    """Never the year of the day the code runs (dateparser's default)."""
    assert parse_date("November 24, 5:32 PM", tz_name="UTC") == (None, "failed")
    assert parse_date("24. November", language="de") == (None, "failed")
    moment, method = parse_date("November 14, 5:32 PM", reference=CRAWL)
    assert moment is not None
    assert (to_utc_string(moment), method) == ("2026-11-14T17:32:00Z", "assumed_year")
    moment, method = parse_date("November 24, 5:32 PM", reference=CRAWL)  # after the crawl
    assert moment is not None
    assert (to_utc_string(moment), method) == ("2025-11-24T17:32:00Z", "assumed_year")
    # a year in any digits is a year
    assert parse_date("٢٤ نوفمبر ٢٠٢٦", language="ar")[0] is not None


@pytest.mark.parametrize(
    ("line", "language", "url", "found"),
    [
        ("Published Nov 24 at 5:32 p.m.", "en", "https://x.example/a/fire-1", "Nov 24 at 5:32 p.m."),
        ("By Jane Roe | November 24, 5:32 PM EST", "en", "", "November 24, 5:32 PM EST"),
        ("Montag, 24. November, 17:32 Uhr", "de", "", "24. November, 17:32"),
        ("24 novembre à 17h32", "fr", "", "24 novembre à 17h32"),
        ("11月24日 17時32分", "ja", "", "11月24日 17:32"),
        # an update first: the publication after it
        ("Updated Nov 25, 9:05 AM | Published Nov 24, 5:32 PM", "en", "", "Nov 24, 5:32 PM"),
        # a day far from the URL's is another event's: the URL's day stands
        ("Dec 28, 9:00 AM", "en", "https://x.example/2026/11/24/fire/", None),
        ("Nov 25, 1:10 AM", "en", "https://x.example/2026/11/24/fire/", "Nov 25, 1:10 AM"),
        # a whole date is the other layers', prose is no date line
        ("November 24, 2026 at 5:32 PM", "en", "", None),
        ("On November 24 the council met again to vote on the bridge.", "en", "", None),
    ],
)  # fmt: skip
def test_the_year_less_date_line_under_the_headline(
    line: str, language: str, url: str, found: str | None
) -> None:
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    page = document_fromstring(
        f"<html><body><h1>Bridge vote</h1><div class='meta'>{line}</div>"
        "<p>The council met on Tuesday evening and voted to continue the study of the"
        " bridge, which residents have debated for years.</p></body></html>"
    )
    expected = [found] if found else []
    assert page_dates.yearless_near_headline(h1_element(page), language, url) == expected


def test_an_update_printed_without_its_year() -> None:
    from lxml.html import document_fromstring

    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    page = document_fromstring(
        "<html><body><h1>Bridge vote</h1><div>Published Nov 24, 5:32 PM EST ·"
        " Updated Nov 25, 9:05 AM EST</div><p>The council met on Tuesday.</p></body></html>"
    )
    assert page_dates.updated_near_headline(h1_element(page), "en") == ["Nov 25, 9:05 AM EST"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("6:45 PM", "2026-11-19T18:45:00Z"),  # the latest 6:45 PM before the crawl
        ("09:15", "2026-11-20T09:15:00Z"),
        ("Tuesday 6:45 PM", "2026-11-17T18:45:00Z"),  # the crawl is on a Friday
    ],
)
def test_a_clock_without_a_day_is_an_assumed_day_and_no_date_without_a_crawl(
    raw: str, expected: str
) -> None:
    """Never the day the code runs on: dateparser's "now" is no crawl time."""
    assert parse_date(raw) == (None, "failed")
    moment, method = parse_date(raw, reference=CRAWL)
    assert moment is not None
    assert (to_utc_string(moment), method) == (expected, "assumed_day")


def test_microdata_date_in_an_abbr_title_is_the_iso_one_not_its_clock() -> None:
    from lxml.html import fragment_fromstring

    from newscrawl.pages import dates as page_dates

    post = fragment_fromstring(
        "<div><span class='post-timestamp'>at <abbr class='published' itemprop='datePublished'"
        " title='2026-11-24T18:45:00-08:00'>6:45 PM</abbr></span></div>"
    )
    assert page_dates.itemprop_published(post) == ["2026-11-24T18:45:00-08:00"]


def test_one_time_marked_published_and_updated_is_no_update() -> None:
    """WordPress themes print a never-updated post's one date as "entry-date published updated"."""
    from lxml.html import fragment_fromstring

    from newscrawl.pages import dates as page_dates

    once = fragment_fromstring(
        '<div><time class="entry-date published updated" datetime="2026-11-24T16:05:00+13:00">'
        "November 24, 2026</time></div>"
    )
    assert page_dates.time_element_modified(once) == []
    assert page_dates.time_element_date(once) == ["2026-11-24T16:05:00+13:00"]
    twice = fragment_fromstring(
        '<div><time class="entry-date published" datetime="2026-11-24T16:05:00+13:00">Nov 24'
        '</time><time class="updated" datetime="2026-11-25T09:00:00+13:00">Nov 25</time></div>'
    )
    assert page_dates.time_element_modified(twice) == ["2026-11-25T09:00:00+13:00"]


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        # JavaScript's Date as a CMS writes it to a meta tag: the zone's name after the offset
        # had kept the offset from being read (14:05 read as UTC, 5 h 30 min late)
        ("Tue Nov 24 2026 14:05:00 GMT+0530 (India Standard Time)", "2026-11-24T08:35:00Z"),
        ("Tue Nov 24 2026 14:05:00 GMT+0100 (Mitteleuropäische Normalzeit)", "2026-11-24T13:05:00Z"),
        # an offset written with a dot: the standard library read "+05.30" as +05:00:00.3
        ("2026-11-24T14:05:00+05.30", "2026-11-24T08:35:00Z"),
        ("2026-11-24T14:05:00+05:30:00", "2026-11-24T08:35:00Z"),
    ],
)  # fmt: skip
def test_an_offset_is_read_whatever_follows_it_or_separates_its_minutes(raw: str, utc: str) -> None:
    found = dates.parse_date_full(raw)
    assert found.zoned
    assert found.moment is not None
    assert to_utc_string(found.moment) == utc


def _ist_page(jsonld_date: str, line: str) -> dict[str, object]:
    """What a crawl exports of an English page on a .com site: JSON-LD and a printed line."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    ld = json.dumps(
        {"@type": "NewsArticle", "headline": "Ferry fares rise", "datePublished": jsonld_date}
    )
    text = "<p>The ferry company raised its fares for the winter, citing the price of fuel.</p>"
    html = (
        f'<html lang="en"><head><script type="application/ld+json">{ld}</script></head><body>'
        f'<article><h1>Ferry fares rise</h1><p class="date">{line}</p>{text * 4}</article>'
        "</body></html>"
    )
    url = "https://www.harbour-news.example/city/ferry-fares-rise-48213377"
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
    return extract_article("news", response, "2026-11-30T08:00:00Z")


@pytest.mark.parametrize(
    ("jsonld_date", "line", "raw", "utc"),
    [
        # JSON-LD without a zone, the page printing the same clock with "IST": read as India's
        # (was 14:05 read as UTC, 5 h 30 min late); JSON-LD stays the raw, seconds and all
        ("2026-11-24T14:05:37", "Nov 24, 2026 14:05 IST", "2026-11-24T14:05:37", "2026-11-24T08:35:37Z"),
        # a day alone gives way to the printed time on that day, whose IST is then settled
        ("2026-11-24", "Nov 24, 2026 14:05 IST", "Nov 24, 2026 14:05 IST", "2026-11-24T08:35:00Z"),
        # a clock of another time is no evidence of the JSON-LD one's zone
        ("2026-11-24T14:05:00", "Nov 24, 2026 16:05 IST", "2026-11-24T14:05:00", "2026-11-24T14:05:00Z"),
    ],
)  # fmt: skip
def test_a_zoneless_date_takes_the_ambiguous_zone_printed_beside_its_clock(
    jsonld_date: str, line: str, raw: str, utc: str
) -> None:
    item = _ist_page(jsonld_date, line)
    assert item["published_raw"] == raw
    assert item["published_at"] == utc


def test_the_listings_offset_settles_the_word_printed_beside_a_zoneless_date() -> None:
    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    item = Article(published_raw="2026-11-24T14:05:00", language="en")
    normalize_dates(
        item, tz_name="UTC", zones={}, page_word="IST", listed_zone=timezone(timedelta(hours=2))
    )
    assert item.published_at == "2026-11-24T12:05:00Z"  # Israel's, by the sitemap's +02:00


@pytest.mark.parametrize(
    ("word", "utc"),
    [
        ("IST", "2026-11-24T08:35:00Z"),  # India's
        ("BST", "2026-11-24T08:05:00Z"),  # Bangladesh's: Britain keeps no summer time in November
        ("CST", "2026-11-24T20:05:00Z"),  # North America's
    ],
)
def test_a_word_nothing_settles_beside_a_zoneless_date_takes_its_usual_meaning(
    word: str, utc: str
) -> None:
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.items import Article
    from newscrawl.pipelines.dates import normalize_dates

    stats = MemoryStatsCollector(get_crawler())
    item = Article(published_raw="2026-11-24T14:05:00", language="en")
    normalize_dates(item, tz_name="UTC", zones={}, page_word=word, stats=stats)
    assert item.published_at == utc
    assert stats.get_value("newscrawl/dates/assumed_zone_meaning") == 1


@pytest.mark.parametrize(
    ("line", "language", "printed", "utc", "zone"),
    [
        # a zone or an offset behind the clock word "hrs", "hs." or "Uhr" had been dropped, the
        # clock read on the site's clock (here UTC): 5 h 30 min, 3 or 4 hours off
        ("24 November 2026 14:05 hrs IST", "en-IN", "24 November 2026 14:05 IST", "2026-11-24T08:35:00Z", "Asia/Kolkata"),
        ("24 November 2026 14:05 hrs (GMT+5:30)", "en", "24 November 2026 14:05 GMT+5:30", "2026-11-24T08:35:00Z", "UTC"),
        ("Martes 24 de noviembre de 2026 | 14:05 hrs. (CLT)", "es-CL", "24 de noviembre de 2026 | 14:05 CLT", "2026-11-24T18:05:00Z", "UTC"),
        ("24 de noviembre de 2026 - 14:05 hs. ART", "es-AR", "24 de noviembre de 2026 - 14:05 ART", "2026-11-24T17:05:00Z", "UTC"),
        ("24.11.2026, 14:05 Uhr (GMT+1)", "de", "24.11.2026, 14:05 GMT+1", "2026-11-24T13:05:00Z", "UTC"),
        # the clock, its word and its zone before the day: had been no date at all
        ("14:05 hrs IST, 24 November 2026", "en-IN", "14:05 hrs IST, 24 November 2026", "2026-11-24T08:35:00Z", "Asia/Kolkata"),
        # controls: the clock word alone, and a capitalised word after it that names no zone
        ("24 de noviembre de 2026 · 17:32 hrs", "es-MX", "24 de noviembre de 2026 · 17:32", "2026-11-24T17:32:00Z", "UTC"),
        ("November 24, 2026 14:05 hrs SIOUX", "en", "November 24, 2026 14:05", "2026-11-24T14:05:00Z", "UTC"),
    ],
)  # fmt: skip
def test_a_zone_behind_the_clock_word_stays_with_the_date(
    line: str, language: str, printed: str, utc: str, zone: str
) -> None:
    """The site's clock is UTC; an Indian site's is India's, which reads its "IST"."""
    found, moment = _printed(line, language, zone)
    assert (found, moment) == (printed, utc)


@pytest.mark.parametrize(
    ("word", "offset"),
    [
        ("CLT", -4), ("CLST", -3), ("COT", -5), ("PET", -5), ("VET", -4), ("BOT", -4),
        ("UYT", -3), ("OEZ", 2), ("OESZ", 3), ("WEZ", 0), ("SLST", 5.5), ("MMT", 6.5),
        ("AFT", 4.5), ("IRST", 3.5), ("YEKT", 5), ("VLAT", 10),
    ],
)  # fmt: skip
def test_zone_abbreviations_of_south_america_asia_and_russia(word: str, offset: float) -> None:
    """Each had been no zone: "14:05 CLST" on a Chilean page was read on the site's clock."""
    moment = dates.parse_date_full(f"Nov 24, 2026 2:05 PM {word}", tz_name="UTC").moment
    assert moment is not None
    assert moment.utcoffset() == dates.timedelta(minutes=round(offset * 60))


@pytest.mark.parametrize(
    ("line", "language", "printed", "utc", "zone"),
    [
        # a clock before a slashed day, or before a day with its zone and offset: had been the
        # day alone (midnight)
        ("14:05, 24/11/2026", "vi", "2026-11-24 14:05", "2026-11-24T07:05:00Z", "Asia/Ho_Chi_Minh"),
        ("14:05 ngày 24/11/2026 (GMT+7)", "vi", "2026-11-24 14:05 GMT+7", "2026-11-24T07:05:00Z", "UTC"),
        ("14:05 WIB, 24/11/2026", "id", "2026-11-24 14:05 WIB", "2026-11-24T07:05:00Z", "UTC"),
        ("14:05 IST 24/11/2026", "en-IN", "2026-11-24 14:05 IST", "2026-11-24T08:35:00Z", "Asia/Kolkata"),
        ("2:05 PM IST (GMT+5:30), Nov 24, 2026", "en", "Nov 24, 2026 14:05 GMT+5:30", "2026-11-24T08:35:00Z", "UTC"),
        ("14h05, le 24/11/2026", "fr", "2026-11-24 14:05", "2026-11-24T14:05:00Z", "UTC"),
        # controls: a number and a word that names no zone before the day are no clock of it
        ("Ref 12:30 ABC 24/11/2026", "en-GB", "2026-11-24", "2026-11-24T00:00:00Z", "UTC"),
        ("Seat 14:05a, 24/11/2026", "en-GB", "2026-11-24", "2026-11-24T00:00:00Z", "UTC"),
    ],
)  # fmt: skip
def test_a_clock_printed_before_a_day_without_one_is_its_clock(
    line: str, language: str, printed: str, utc: str, zone: str
) -> None:
    assert _printed(line, language, zone) == (printed, utc)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        # the first publication's clock after the update, on its day: had been the update's
        (
            "Updated November 24, 2026 — 2.05pm first published at 1.10pm",
            ["November 24, 2026 1.10pm"],
            ["November 24, 2026 — 2.05pm"],
        ),
        # controls: a first publication with its own day; a line without one
        (
            "Updated 2.05pm Nov 24, 2026, first published 1.10pm Nov 23, 2026",
            ["1.10pm Nov 23, 2026"],
            ["2.05pm Nov 24, 2026"],
        ),
        # the comma after a day is the line's, no part of the date (had been kept in the raw)
        ("Posted 24 Nov 2026, updated 2h ago", ["24 Nov 2026"], ["2h ago"]),
    ],
)
def test_the_first_publication_printed_after_the_update(
    line: str, published: list[str], updated: list[str]
) -> None:
    page = f"<html><body><article><h1>Rates held</h1><p>{line}</p><p>The bank held rates.</p>"
    assert _header_dates(page + "</article></body></html>", "en-AU") == (published, updated)


@pytest.mark.parametrize(
    ("line", "language", "printed"),
    [
        # two short words between a slashed day and its clock: had been the day alone
        ("Publicado el 24/11/2026 a las 14:05 h.", "es", "2026-11-24 14:05"),
        ("Publicat el 24/11/2026 a les 14:05", "ca", "2026-11-24 14:05"),
        # controls: one word, and words without a clock
        ("Publié le 24/11/2026 à 14h05", "fr", "2026-11-24 14:05"),
        ("24/11/2026 por la tarde", "es", "2026-11-24"),
    ],
)
def test_a_slashed_day_and_its_clock_with_words_between(
    line: str, language: str, printed: str
) -> None:
    assert _printed(line, language) == (printed, None)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # a weekday in brackets between the day and the clock (the clock had been lost)
        ("2026/11/24(火) 14:05", "ja"),
        ("2026/11/24（火）14:05", "ja"),
        ("2026.11.24(화) 14:05", "ko"),
        # a Japanese portal's month and day without a year (had been no date: the URL's day)
        ("11/24(火) 14:05配信", "ja"),
    ],
)
def test_a_weekday_in_brackets_before_the_clock_keeps_the_clock(line: str, language: str) -> None:
    url = "https://www.riverpost.example/news/2026/11/24/bridge-vote-goes-ahead/"
    item = _dated_story(line, language, url, "2026-11-30T08:00:00Z")
    assert item["published_at"] == "2026-11-24T05:05:00Z"
