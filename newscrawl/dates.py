"""Date parsing: ISO 8601 first, then explicit site formats, then dateparser, always to UTC."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

#: Formats tried with ``strptime`` after a trailing zone abbreviation has been removed.
DEFAULT_FORMATS: tuple[str, ...] = (
    "%B %d, %Y, %H:%M:%S",  # June 5, 2013, 08:23:04
    "%B %d, %Y %H:%M:%S",  # August 02, 2021 10:15:00
    "%B %d, %Y, %H:%M",
    "%B %d, %Y %H:%M",
    "%b %d, %Y, %H:%M:%S",
    "%b %d, %Y %H:%M:%S",
    "%b %d, %Y, %H:%M",
    "%b %d, %Y %H:%M",
    "%B %d, %Y, %I:%M %p",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y, %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%d %B %Y, %H:%M",
    "%d %B %Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
)

#: Zone abbreviations whose meaning does not depend on the site.
UNAMBIGUOUS_ZONES: Mapping[str, tzinfo] = {
    "UTC": UTC,
    "GMT": UTC,
    "Z": UTC,
}

_TRAILING_ZONE = re.compile(r"\s*\(?\b([A-Z]{1,5})\)?\s*$")
_LABEL = re.compile(
    r"^(?:first published|published|last updated|updated|modified|posted)(?: date| on| at)?\s*:?\s*",
    re.IGNORECASE,
)
_TEXT_FORMAT_HINT = re.compile(r"[A-Za-z]")
_RELATIVE = re.compile(r"\d|\b(?:ago|yesterday|today|now)\b", re.IGNORECASE)
#: dateparser is fuzzy: its answers outside this window are discarded.
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


def to_utc_string(moment: datetime) -> str:
    """Format an aware datetime as a UTC ISO 8601 instant to the second.

    >>> to_utc_string(datetime(2013, 6, 5, 8, 23, 4, tzinfo=ZoneInfo("Asia/Kolkata")))
    '2013-06-05T02:53:04Z'
    """
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str, default_tz: tzinfo) -> datetime | None:
    """Parse ISO 8601 with the standard library; naive values are in ``default_tz``.

    >>> parse_iso("2022-12-12T12:18:49+05:30", UTC).isoformat()
    '2022-12-12T12:18:49+05:30'
    >>> parse_iso("2024-03-01T18:30:00", ZoneInfo("Asia/Kolkata")).utcoffset()
    datetime.timedelta(seconds=19800)
    >>> parse_iso("June 5, 2013", UTC) is None
    True
    """
    if len(value) < 10 or not value[:4].isdigit():
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=default_tz)


def parse_with_formats(
    value: str,
    default_tz: tzinfo,
    zones: Mapping[str, tzinfo],
    formats: Sequence[str] = DEFAULT_FORMATS,
) -> datetime | None:
    """Parse a site's printed date with explicit patterns and the site's zone abbreviations.

    >>> ist = {"IST": ZoneInfo("Asia/Kolkata")}
    >>> to_utc_string(parse_with_formats("June 5, 2013, 08:23:04 IST", UTC, ist))
    '2013-06-05T02:53:04Z'
    >>> to_utc_string(parse_with_formats("Wed, 05 Jun 2013 08:23:04 +0530", UTC, {}))
    '2013-06-05T02:53:04Z'
    """
    text = _LABEL.sub("", value).strip()
    zone: tzinfo = default_tz
    match = _TRAILING_ZONE.search(text)
    if match and match.group(1) not in ("AM", "PM"):
        known = zones.get(match.group(1)) or UNAMBIGUOUS_ZONES.get(match.group(1))
        if known is None:
            return None  # an abbreviation we cannot resolve safely
        zone, text = known, text[: match.start()].rstrip(" ,")
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=zone)
        except ValueError:
            continue
    if "," in value[:5] or value[:3].isalpha():
        try:
            moment = parsedate_to_datetime(value)  # RFC 2822, as in RSS feeds
        except (TypeError, ValueError, IndexError):
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)
    return None


@lru_cache(maxsize=4096)
def _dateparser(
    value: str, tz_name: str, reference: datetime | None, date_order: str | None
) -> datetime | None:
    import dateparser

    settings: dict[str, object] = {
        "TIMEZONE": tz_name,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
    }
    if date_order:
        settings["DATE_ORDER"] = date_order
    if reference is not None:
        # dateparser wants a naive base in the site's own zone (aware bases misbehave, #1213).
        settings["RELATIVE_BASE"] = reference.astimezone(ZoneInfo(tz_name)).replace(tzinfo=None)
    result: datetime | None = dateparser.parse(value, languages=["en"], settings=settings)
    return result


def parse_date(
    value: str,
    *,
    tz_name: str = "UTC",
    zones: Mapping[str, tzinfo] | None = None,
    reference: datetime | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    date_order: str | None = None,
) -> tuple[datetime | None, str]:
    """Parse ``value`` to an aware datetime; return it and the method that succeeded.

    ``date_order`` settles all-numeric dates such as 05/06/2013 (``DMY`` on Indian sites; by
    default dateparser's order for the language).
    ``zones`` maps the site's own abbreviations (``IST`` on an Indian site) to zones; they are
    replaced by numeric offsets before dateparser ever sees them, since it reads ``IST`` as
    Israel. ``reference`` (the crawl time) anchors relative dates such as "5 hours ago".

    >>> parse_date("2013-06-05T08:23:04+05:30")[1]
    'iso'
    """
    text = value.strip()
    default_tz = ZoneInfo(tz_name)
    site_zones = zones or {}
    moment = parse_iso(text, default_tz)
    if moment is not None:
        return moment, "iso"
    if _TEXT_FORMAT_HINT.search(text):
        moment = parse_with_formats(text, default_tz, site_zones, formats)
        if moment is not None:
            return moment, "format"
    if not _RELATIVE.search(text):
        return None, "failed"
    for abbreviation, zone in site_zones.items():
        offset = datetime.now(zone).strftime("%z")
        text = re.sub(rf"\b{abbreviation}\b", offset, text)
    moment = _dateparser(text, tz_name, reference, date_order)
    latest = (reference or datetime.now(UTC)) + timedelta(days=2)
    if moment is None or not EARLIEST <= moment <= latest:
        return None, "failed"
    return moment, "dateparser"
