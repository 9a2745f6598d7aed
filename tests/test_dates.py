"""Date parsing: ISO fast path, site formats with IST, dateparser last."""

from __future__ import annotations

from datetime import UTC, datetime
from unittest import mock

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
        ("5 hours ago", "2026-11-20T05:00:00Z", "dateparser"),
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
