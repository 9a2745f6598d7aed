"""Date parsing: ISO 8601 first, then explicit site formats, then dateparser, always to UTC."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from newscrawl import dayparts, hijri, jalali
from newscrawl.processors import language_subtag
from newscrawl.rocdates import roc_date
from newscrawl.thaidates import be_iso, thai_date

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


def _fixed(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


#: Zone abbreviations whose meaning does not depend on the site, with their real offsets.
UNAMBIGUOUS_ZONES: Mapping[str, tzinfo] = {
    "UTC": UTC, "GMT": UTC, "UT": UTC, "Z": UTC, "WET": UTC, "WEST": _fixed(1),
    "CET": _fixed(1), "CEST": _fixed(2), "MEZ": _fixed(1), "MESZ": _fixed(2),
    # French: heure (normale, avancée) d'Europe centrale
    "HEC": _fixed(1), "HNEC": _fixed(1), "HAEC": _fixed(2),
    "EET": _fixed(2), "EEST": _fixed(3), "MSK": _fixed(3), "TRT": _fixed(3),
    "EST": _fixed(-5), "EDT": _fixed(-4), "CDT": _fixed(-5), "MST": _fixed(-7),
    "MDT": _fixed(-6), "PDT": _fixed(-7), "AKST": _fixed(-9),
    "AKDT": _fixed(-8), "HST": _fixed(-10), "ADT": _fixed(-3), "NST": _fixed(-3.5),
    "NDT": _fixed(-2.5), "BRT": _fixed(-3), "ART": _fixed(-3), "IDT": _fixed(3),
    "AEST": _fixed(10), "AEDT": _fixed(11), "ACST": _fixed(9.5), "ACDT": _fixed(10.5),
    "AWST": _fixed(8), "NZST": _fixed(12), "NZDT": _fixed(13), "JST": _fixed(9),
    "KST": _fixed(9), "SGT": _fixed(8), "HKT": _fixed(8), "PHT": _fixed(8), "MYT": _fixed(8),
    "WIB": _fixed(7), "WITA": _fixed(8), "WIT": _fixed(9), "ICT": _fixed(7),
    "PKT": _fixed(5), "NPT": _fixed(5.75), "GST": _fixed(4), "SAST": _fixed(2),
    "WAT": _fixed(1), "CAT": _fixed(2), "EAT": _fixed(3),
    # US papers print the zone without its season ("3:05 p.m. CT"): the zone's own clock.
    "ET": ZoneInfo("America/New_York"), "CT": ZoneInfo("America/Chicago"),
    "MT": ZoneInfo("America/Denver"), "PT": ZoneInfo("America/Los_Angeles"),
    # Canadian French: heure normale (HN*) and heure avancée (HA*) de l'Atlantique, de l'Est,
    # du Centre, des Rocheuses, du Pacifique and de Terre-Neuve
    "HNA": _fixed(-4), "HAA": _fixed(-3), "HNE": _fixed(-5), "HAE": _fixed(-4),
    "HNC": _fixed(-6), "HAC": _fixed(-5), "HNR": _fixed(-7), "HAR": _fixed(-6),
    "HNP": _fixed(-8), "HAP": _fixed(-7), "HNT": _fixed(-3.5), "HAT": _fixed(-2.5),
    # South America's own: Chile (standard, summer), Colombia, Peru, Venezuela, Bolivia,
    # Uruguay, French Guiana, Brazil's summer time of before 2019
    "CLT": _fixed(-4), "CLST": _fixed(-3), "COT": _fixed(-5), "PET": _fixed(-5),
    "VET": _fixed(-4), "BOT": _fixed(-4), "UYT": _fixed(-3), "GFT": _fixed(-3),
    "BRST": _fixed(-2),
    # German names of Western and Eastern European time ("14:05 Uhr OEZ")
    "WEZ": UTC, "WESZ": _fixed(1), "OEZ": _fixed(2), "OESZ": _fixed(3),
    # Asia and the Pacific: Sri Lanka, Maldives, Myanmar, Afghanistan, Iran (summer time
    # until 2022), Azerbaijan, Uzbekistan, Kyrgyzstan, Brunei, Guam, Fiji
    "SLST": _fixed(5.5), "MVT": _fixed(5), "MMT": _fixed(6.5), "AFT": _fixed(4.5),
    "IRST": _fixed(3.5), "IRDT": _fixed(4.5), "AZT": _fixed(4), "UZT": _fixed(5),
    "KGT": _fixed(6), "BNT": _fixed(8), "CHST": _fixed(10), "FJT": _fixed(12),
    # Russia's zones east of Moscow, as the time-zone database names them
    "SAMT": _fixed(4), "YEKT": _fixed(5), "OMST": _fixed(6), "NOVT": _fixed(7),
    "KRAT": _fixed(7), "IRKT": _fixed(8), "YAKT": _fixed(9), "VLAT": _fixed(10),
    "MAGT": _fixed(11), "PETT": _fixed(12),
}  # fmt: skip
#: Abbreviations with several meanings, read by the site's zone, else by its country.
AMBIGUOUS_ZONES: Mapping[str, Mapping[str, tzinfo]] = {
    "IST": {"in": _fixed(5.5), "ie": _fixed(1), "il": _fixed(2)},
    "CST": {"us": _fixed(-6), "ca": _fixed(-6), "mx": _fixed(-6), "cn": _fixed(8),
            "tw": _fixed(8), "cu": _fixed(-5)},
    "BST": {"gb": _fixed(1), "uk": _fixed(1), "bd": _fixed(6)},
    # Philippine Standard Time by law (and Pakistan's, beside its "PKT"), 16 hours from US
    # Pacific: a Manila newsroom's "9:40 PM PST" is 13:40 UTC, never the next morning.
    "PST": {"us": _fixed(-8), "ca": _fixed(-8), "mx": _fixed(-8), "ph": _fixed(8),
            "pk": _fixed(5)},
    "AST": {"ca": _fixed(-4), "pr": _fixed(-4), "sa": _fixed(3), "kw": _fixed(3),
            "iq": _fixed(3), "qa": _fixed(3), "bh": _fixed(3)},
}  # fmt: skip
#: The meaning an ambiguous abbreviation has in nearly all news printed with it, taken when
#: nothing on the page, the site or its listings settles it (counted as
#: ``newscrawl/dates/assumed_zone_meaning``): "IST" is India's (Irish and Israeli papers print
#: GMT or no zone and mark their dates with offsets), "BST" Britain's, "CST" and "PST" North
#: America's. "AST" (Atlantic or Arabia) has no such meaning: it stays unread.
PREVALENT_MEANINGS: Mapping[str, str] = {"IST": "in", "BST": "gb", "CST": "us", "PST": "us"}
#: A usual meaning that is a summer clock, and the meaning left when the date is in that
#: clock's winter: "BST" is Britain's from late March to late October only, so a November
#: "14:05 BST" is Bangladesh's.
SUMMER_MEANINGS: Mapping[str, tuple[str, str]] = {"BST": ("Europe/London", "bd")}
#: Languages written in one country (or several on one clock, zh at +08:00) whose zone has no
#: other offset: the zone of a date printed without one when nothing on the site names it.
#: German (DE, AT, CH, LU, LI) and Italian (IT, CH, SM) newsrooms all keep Central European time
#: with the EU's summer-time dates; French, Spanish, English or Portuguese ones do not. Norwegian
#: is written in Norway alone; Swedish also in Finland (+02:00) and Danish also in Greenland and
#: the Faroes, so neither names a zone.
LANGUAGE_ZONES: Mapping[str, str] = {
    "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "zh": "Asia/Shanghai",
    "de": "Europe/Berlin", "it": "Europe/Rome", "pl": "Europe/Warsaw", "cs": "Europe/Prague",
    "sk": "Europe/Bratislava", "hu": "Europe/Budapest", "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb", "fi": "Europe/Helsinki", "nb": "Europe/Oslo", "nn": "Europe/Oslo",
    "no": "Europe/Oslo", "el": "Europe/Athens", "bg": "Europe/Sofia",
    "lt": "Europe/Vilnius", "lv": "Europe/Riga", "et": "Europe/Tallinn", "he": "Asia/Jerusalem",
    # India keeps one clock (+05:30, no DST): Hindi and the languages written only there
    "hi": "Asia/Kolkata", "mr": "Asia/Kolkata", "gu": "Asia/Kolkata", "te": "Asia/Kolkata",
    "kn": "Asia/Kolkata", "ml": "Asia/Kolkata", "or": "Asia/Kolkata",
    # Turkey keeps +03:00 all year since 2016
    "tr": "Europe/Istanbul",
    # Vietnamese is a national language in Vietnam alone, which keeps +07:00 all year (a
    # diaspora paper abroad is why the reading is counted as newscrawl/dates/language_zone)
    "vi": "Asia/Ho_Chi_Minh",
    # Thai is written in Thailand alone, on +07:00 all year
    "th": "Asia/Bangkok",
    # Ukrainian is a national language in Ukraine alone (EET with the EU's summer time)
    "uk": "Europe/Kyiv",
    # Filipino (Tagalog) is a national language in the Philippines alone, on +08:00 all year
    "fil": "Asia/Manila", "tl": "Asia/Manila",
}  # fmt: skip


#: Countries whose whole territory keeps one clock, by the region subtag a page's language
#: declares ("es-AR"): the zone of its zoneless dates when nothing on the site names one.
#: Regions pages often declare by default (en-US, en-GB, es-ES, pt-PT, fr-FR) are not here:
#: those countries have other clocks, or the tag is a CMS's default for sites elsewhere.
COUNTRY_ZONES: Mapping[str, str] = {
    "ar": "America/Argentina/Buenos_Aires", "uy": "America/Montevideo", "co": "America/Bogota",
    "pe": "America/Lima", "ve": "America/Caracas", "bo": "America/La_Paz",
    "py": "America/Asuncion", "cr": "America/Costa_Rica", "gt": "America/Guatemala",
    "sv": "America/El_Salvador", "hn": "America/Tegucigalpa", "ni": "America/Managua",
    "pa": "America/Panama", "do": "America/Santo_Domingo", "cu": "America/Havana",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "in": "Asia/Kolkata", "tr": "Europe/Istanbul",
    "il": "Asia/Jerusalem", "eg": "Africa/Cairo", "za": "Africa/Johannesburg",
    "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "ph": "Asia/Manila", "pk": "Asia/Karachi",
    "bd": "Asia/Dhaka", "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "de": "Europe/Berlin",
    "at": "Europe/Vienna", "ch": "Europe/Zurich", "it": "Europe/Rome", "be": "Europe/Brussels",
    "ie": "Europe/Dublin", "gr": "Europe/Athens", "pl": "Europe/Warsaw", "se": "Europe/Stockholm",
    "fi": "Europe/Helsinki",
    # one clock each in tzdata's zone.tab (Malaysia's Kuching keeps Kuala Lumpur's +08:00;
    # Chinese and Ukrainian newsrooms keep Beijing's and Kyiv's clocks)
    "nl": "Europe/Amsterdam", "dk": "Europe/Copenhagen", "no": "Europe/Oslo",
    "cz": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "hr": "Europe/Zagreb", "si": "Europe/Ljubljana",
    "rs": "Europe/Belgrade", "ua": "Europe/Kyiv", "lt": "Europe/Vilnius", "lv": "Europe/Riga",
    "ee": "Europe/Tallinn", "lu": "Europe/Luxembourg", "is": "Atlantic/Reykjavik",
    "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei",
    "cn": "Asia/Shanghai", "sa": "Asia/Riyadh", "ae": "Asia/Dubai", "qa": "Asia/Qatar",
    "kw": "Asia/Kuwait", "jo": "Asia/Amman", "lb": "Asia/Beirut", "lk": "Asia/Colombo",
    "np": "Asia/Kathmandu", "gh": "Africa/Accra", "tz": "Africa/Dar_es_Salaam",
    "ug": "Africa/Kampala", "et": "Africa/Addis_Ababa", "ma": "Africa/Casablanca",
}  # fmt: skip


def country_zone(languages: Iterable[str]) -> str | None:
    """The one clock of the countries the page's declared languages name as their region.

    >>> country_zone(["es-AR"]), country_zone(["es-AR", "es"]), country_zone(["es-MX"])
    ('America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires', None)
    >>> country_zone(["es-AR", "en-US"]), country_zone(["en-GB"]), country_zone(["es"])
    (None, None, None)
    """
    regions = {m.group(1).lower() for tag in languages if (m := _REGION.search(tag.strip()))}
    zones = {COUNTRY_ZONES.get(region) for region in regions}
    return zones.pop() if len(zones) == 1 else None


#: Countries of several clocks by region subtag: the clock a site of that country keeps is
#: the one its listings' offsets fit (Lisbon's +00:00 in November, not the Azores' -01:00).
#: Regions pages declare by default for other countries of the same offset and no summer time
#: (fr-FR in Cameroon, en-GB in Ghana) are not here: their listings would fit Paris or London.
COUNTRY_CLOCKS: Mapping[str, tuple[str, ...]] = {
    "pt": ("Europe/Lisbon", "Atlantic/Azores"),
    "es": ("Europe/Madrid", "Atlantic/Canary"),
}


def country_clock(languages: Iterable[str], observed: Iterable[tuple[str, int]]) -> str | None:
    """The one clock of the declared region's country that gave every observed offset.

    ``observed`` as for :func:`zone_from_offsets`: one offset proves the zone among the
    country's own clocks, so a zoneless summer date of a Lisbon site is read at +01:00.

    >>> nov = [("2026-11-24T09:00:00Z", 0)]
    >>> country_clock(["pt-PT"], nov), country_clock(["pt-PT"], [("2026-11-24T09:00:00Z", -3600)])
    ('Europe/Lisbon', 'Atlantic/Azores')
    >>> country_clock(["pt-PT"], [("2026-11-24T09:00:00Z", -10800)]), country_clock(["pt"], nov)
    (None, None)
    """
    regions = {m.group(1).lower() for tag in languages if (m := _REGION.search(tag.strip()))}
    if len(regions) != 1 or not (clocks := COUNTRY_CLOCKS.get(regions.pop())):
        return None
    moments = frozenset(observed)
    if not moments:
        return None
    fitting = [name for name in clocks if ZoneInfo(name) in _zones_from_offsets(moments)]
    return fitting[0] if len(fitting) == 1 else None


def language_zone(language: str | None) -> tzinfo | None:
    """The one zone a page language's newsrooms share, if it has one.

    >>> language_zone("ja-JP"), language_zone("en")
    (zoneinfo.ZoneInfo(key='Asia/Tokyo'), None)
    >>> language_zone("hi-IN"), language_zone("tr")
    (zoneinfo.ZoneInfo(key='Asia/Kolkata'), zoneinfo.ZoneInfo(key='Europe/Istanbul'))
    """
    name = LANGUAGE_ZONES.get(language_subtag(language or "") or "")
    return ZoneInfo(name) if name else None


def zone_from_offsets(observed: Iterable[tuple[str, int]]) -> str | None:
    """The zone a site's listings prove: dates printed with two or more offsets (a DST change).

    ``observed`` holds (UTC instant, printed offset in seconds) pairs. Every zone whose clock
    had each offset at its instant is a candidate; the first is returned only when all
    candidates keep the same offsets through the years observed (Europe/London and
    Europe/Dublin do), so a zoneless date of any season is read on the right clock. One
    offset alone proves no zone (+01:00 in winter is Paris or Lagos, whose summers differ).

    >>> zone_from_offsets([("2026-10-20T09:00:00Z", 3600), ("2026-11-24T09:00:00Z", 0)])
    'Atlantic/Canary'
    >>> zone_from_offsets([("2026-11-24T09:00:00Z", 3600)]) is None
    True
    """
    return _zone_from_offsets(frozenset(observed))


def zones_from_offsets(observed: Iterable[tuple[str, int]]) -> tuple[ZoneInfo, ...]:
    """Every zone whose clock had each observed offset at its instant (``observed`` as above).

    >>> [z.key for z in zones_from_offsets([("2026-07-20T09:00:00Z", 10800),
    ...                                     ("2026-11-24T09:00:00Z", 7200)])][:3]
    ['Africa/Cairo', 'Asia/Beirut', 'Asia/Famagusta']
    """
    return _zones_from_offsets(frozenset(observed))


@lru_cache(maxsize=64)
def _zones_from_offsets(observed: frozenset[tuple[str, int]]) -> tuple[ZoneInfo, ...]:
    moments = [(datetime.fromisoformat(at), off) for at, off in observed]
    return tuple(
        zone
        for zone in _region_zones()
        if all(
            (o := at.astimezone(zone).utcoffset()) is not None and int(o.total_seconds()) == offset
            for at, offset in moments
        )
    )


def fits_offsets(zone: tzinfo | None, observed: Iterable[tuple[str, int]]) -> str | None:
    """``zone``'s name when its clock had each observed offset at its instant (as above).

    One offset proves no zone, but a zone the page's language names (Hebrew: Jerusalem) that
    gives it is the site's clock in every season: +02:00 in November, +03:00 in July and on
    the Friday and Saturday before the EU changes its clocks in March.

    >>> fits_offsets(ZoneInfo("Asia/Jerusalem"), [("2026-11-24T09:00:00Z", 7200)])
    'Asia/Jerusalem'
    >>> fits_offsets(ZoneInfo("Asia/Jerusalem"), [("2026-07-24T09:00:00Z", 7200)]) is None
    True
    """
    if not isinstance(zone, ZoneInfo):
        return None
    moments = frozenset(observed)
    if not moments or zone not in _zones_from_offsets(moments):
        return None
    return str(zone.key)


def settled_by_offsets(offsets: Iterable[int]) -> dict[str, tzinfo]:
    """Ambiguous abbreviations the offsets a site's own sitemaps and feeds print read one way.

    An English page of an Israeli site prints "IST" beside listings at +02:00: Israel's.

    >>> settled_by_offsets([7200])["IST"].utcoffset(None), settled_by_offsets([19800])["IST"]
    (datetime.timedelta(seconds=7200), datetime.timezone(datetime.timedelta(seconds=19800)))
    >>> settled_by_offsets([0]), "IST" in settled_by_offsets([3600, 7200])
    ({}, False)
    """
    seconds = {timedelta(seconds=offset) for offset in offsets}
    settled: dict[str, tzinfo] = {}
    for word, meanings in AMBIGUOUS_ZONES.items():
        fits = {m.utcoffset(None): m for m in meanings.values() if m.utcoffset(None) in seconds}
        if len(fits) == 1:
            settled[word] = next(iter(fits.values()))
    return settled


def agreed_offset(wall: datetime, zones: Iterable[tzinfo]) -> timezone | None:
    """The offset every one of ``zones`` gives the naive wall time ``wall``; None if they differ.

    A site whose listings print +02:00 in November and +03:00 in July is on Cairo's, Beirut's
    or Athens' clock, which disagree in April: a zoneless date of November is still proven.

    >>> zones = zones_from_offsets([("2026-07-20T09:00:00Z", 10800), ("2026-11-24T09:00:00Z", 7200)])
    >>> agreed_offset(datetime(2026, 11, 23, 21, 40), zones)
    datetime.timezone(datetime.timedelta(seconds=7200))
    >>> agreed_offset(datetime(2026, 4, 10, 9, 0), zones) is None
    True
    """
    offsets = {wall.replace(tzinfo=zone).utcoffset() for zone in zones}
    if len(offsets) != 1 or (offset := offsets.pop()) is None:
        return None
    return timezone(offset)


@lru_cache(maxsize=64)
def _zone_from_offsets(observed: frozenset[tuple[str, int]]) -> str | None:
    if len({offset for _, offset in observed}) < 2:
        return None
    moments = [(datetime.fromisoformat(at), off) for at, off in observed]
    candidates = _zones_from_offsets(observed)
    if not candidates:
        return None
    years = {at.year for at, _ in moments}
    # Noon UTC of each day: zones that change on the same days but at another hour agree.
    start = datetime(min(years), 1, 1, 12, tzinfo=UTC)
    samples = [start + timedelta(days=day) for day in range(366 * (max(years) - min(years) + 2))]
    first = [at.astimezone(candidates[0]).utcoffset() for at in samples]
    for zone in candidates[1:]:
        if [at.astimezone(zone).utcoffset() for at in samples] != first:
            return None
    return str(candidates[0].key)


@lru_cache(maxsize=1)
def _region_zones() -> tuple[ZoneInfo, ...]:
    """Zones of places (``Europe/Paris``), not aliases such as ``Etc/GMT-1`` or ``CET``."""
    return tuple(
        ZoneInfo(name)
        for name in sorted(available_timezones())
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
    )


@lru_cache(maxsize=64)  # asked for every article of a site whose zone its listings proved
def settled_abbreviations(tz_name: str) -> Mapping[str, tzinfo]:
    """Ambiguous abbreviations (BST, IST) with exactly one meaning among ``tz_name``'s offsets.

    >>> settled_abbreviations("Europe/London")["BST"].utcoffset(None)
    datetime.timedelta(seconds=3600)
    """
    try:
        zone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        return {}
    used = {datetime(2024, month, 15, 12, tzinfo=zone).utcoffset() for month in (1, 7)}
    return settled_by_offsets(int(offset.total_seconds()) for offset in used if offset is not None)


#: Countries of the zones whose sites print an ambiguous abbreviation.
ZONE_COUNTRY: Mapping[str, str] = {
    "Asia/Kolkata": "in", "Asia/Calcutta": "in", "Europe/Dublin": "ie",
    "Asia/Jerusalem": "il", "Asia/Tel_Aviv": "il", "Asia/Shanghai": "cn",
    "Asia/Taipei": "tw", "Asia/Hong_Kong": "cn", "America/Havana": "cu",
    "Europe/London": "gb", "Asia/Dhaka": "bd", "America/Halifax": "ca",
    "America/Puerto_Rico": "pr", "Asia/Riyadh": "sa", "Asia/Kuwait": "kw",
    "Asia/Baghdad": "iq", "Asia/Qatar": "qa", "Asia/Bahrain": "bh", "Asia/Manila": "ph",
    "Asia/Karachi": "pk",
}  # fmt: skip


def zone_of(abbreviation: str, tz_name: str = "UTC", country: str | None = None) -> tzinfo | None:
    """The fixed offset a zone abbreviation means on a site, or None when it is unsure.

    The site's own zone decides first (``CST`` on a Chicago site, ``IST`` on an Indian
    one), then the site's country, then the one meaning of an unambiguous abbreviation.

    >>> zone_of("IST", "Asia/Kolkata"), zone_of("IST", "Europe/Dublin")
    (datetime.timezone(datetime.timedelta(seconds=19800)), datetime.timezone(datetime.timedelta(seconds=3600)))
    >>> zone_of("CST", "America/Chicago").utcoffset(None), zone_of("CST", country="cn")
    (datetime.timedelta(days=-1, seconds=64800), datetime.timezone(datetime.timedelta(seconds=28800)))
    >>> zone_of("IST") is None, zone_of("CEST").utcoffset(None)
    (True, datetime.timedelta(seconds=7200))
    """
    own = _site_abbreviations(tz_name).get(abbreviation)
    if own is not None:
        return own
    if abbreviation in AMBIGUOUS_ZONES:
        meanings = AMBIGUOUS_ZONES[abbreviation]
        where = (country or ZONE_COUNTRY.get(tz_name) or "").lower()
        if where in meanings:
            return meanings[where]
        if tz_name.startswith("America/") and "us" in meanings:
            return meanings["us"]
        return None
    return UNAMBIGUOUS_ZONES.get(abbreviation)


#: Countries where a language is written, when it says where a page is from without a region:
#: ``bn`` is Bangladesh or India, so "BST" on a Bengali page is Dhaka's. Languages written in
#: many countries (en, es, ar) are left out: they name none.
LANGUAGE_COUNTRIES: Mapping[str, frozenset[str]] = {
    "bn": frozenset({"bd", "in"}), "hi": frozenset({"in"}), "he": frozenset({"il"}),
    "ga": frozenset({"ie"}), "zh": frozenset({"cn", "tw", "hk", "sg"}),
    "fil": frozenset({"ph"}), "tl": frozenset({"ph"}),
    # Urdu is written in Pakistan and India: "PST" on an Urdu page is Pakistan's, "IST" India's
    "ur": frozenset({"pk", "in"}),
}  # fmt: skip
_REGION = re.compile(r"[-_]([A-Za-z]{2})(?:[-_]|$)")


def page_countries(languages: Iterable[str], url: str) -> tuple[frozenset[str], ...]:
    """The countries each clue of a page names: every declared language, the URL's domain.

    A language's region (``en-GB``), else where the language alone is written
    (:data:`LANGUAGE_COUNTRIES`); a country-code top-level domain (``.uk``, ``.bd``).

    >>> page_countries(["en-GB", "en_US", "en", "he"], "https://news.example.com.bd/a")
    (frozenset({'gb'}), frozenset({'us'}), frozenset({'il'}), frozenset({'bd'}))
    """
    clues: list[frozenset[str]] = []
    for tag in languages:
        if region := _REGION.search(tag.strip()):
            clues.append(frozenset({region.group(1).lower()}))
        elif found := LANGUAGE_COUNTRIES.get(language_subtag(tag) or ""):
            clues.append(found)
    top = (urlsplit(url).hostname or "").rsplit(".", 1)[-1]
    if len(top) == 2 and top.isalpha():
        clues.append(frozenset({top}))
    return tuple(clues)


def settled_by_countries(clues: Iterable[Iterable[str]]) -> dict[str, tzinfo]:
    """Ambiguous abbreviations (BST, IST) that the countries a page points to read one way.

    Each clue is the countries one piece of evidence names (see :func:`page_countries`). A
    clue naming none of an abbreviation's countries says nothing about it (``us`` on BST);
    the clues that do speak must agree on one offset, else the abbreviation stays unsettled.

    >>> settled_by_countries([{"gb"}, {"us"}])["BST"].utcoffset(None)
    datetime.timedelta(seconds=3600)
    >>> settled_by_countries([{"bd", "in"}])["IST"].utcoffset(None)
    datetime.timedelta(seconds=19800)
    >>> "BST" in settled_by_countries([{"gb"}, {"bd"}]), settled_by_countries([])
    (False, {})
    """
    named = [frozenset(country.lower() for country in clue) for clue in clues]
    settled: dict[str, tzinfo] = {}
    for word, meanings in AMBIGUOUS_ZONES.items():
        agreed: dict[timedelta | None, tzinfo] | None = None
        for clue in named:
            said = {meanings[c].utcoffset(None): meanings[c] for c in clue if c in meanings}
            if said:
                agreed = said if agreed is None else {k: v for k, v in agreed.items() if k in said}
        if agreed is not None and len(agreed) == 1:
            settled[word] = next(iter(agreed.values()))
    return settled


def prevalent_meanings(
    text: str, zones: Mapping[str, tzinfo], tz_name: str = "UTC"
) -> dict[str, tzinfo]:
    """The prevalent meaning of each ambiguous abbreviation in ``text`` left unsettled.

    Empty when one has none (:data:`PREVALENT_MEANINGS`) or none is left unsettled.

    >>> prevalent_meanings("Nov 24, 2026 14:05 IST", {})["IST"].utcoffset(None)
    datetime.timedelta(seconds=19800)
    >>> prevalent_meanings("Nov 24, 2026 14:05 IST", {}, "Europe/Dublin")
    {}
    >>> prevalent_meanings("24 Nov 2026 14:05 AST", {}), prevalent_meanings("14:05 EST", {})
    ({}, {})
    """
    words = {
        word
        for word in _ZONE_WORD.findall(text)
        if word in AMBIGUOUS_ZONES and word not in zones and zone_of(word, tz_name) is None
    }
    if not words or not words <= PREVALENT_MEANINGS.keys():
        return {}
    return {word: AMBIGUOUS_ZONES[word][PREVALENT_MEANINGS[word]] for word in words}


def out_of_season(meanings: Mapping[str, tzinfo], moment: datetime) -> dict[str, tzinfo]:
    """The meanings to take instead of those ``meanings`` whose summer clock was off at ``moment``.

    >>> from datetime import datetime, timedelta, timezone
    >>> gb = {"BST": AMBIGUOUS_ZONES["BST"]["gb"]}
    >>> out_of_season(gb, datetime(2026, 11, 24, 14, 5, tzinfo=timezone(timedelta(hours=1))))
    {'BST': datetime.timezone(datetime.timedelta(seconds=21600))}
    >>> out_of_season(gb, datetime(2026, 7, 24, 14, 5, tzinfo=timezone(timedelta(hours=1))))
    {}
    """
    instead: dict[str, tzinfo] = {}
    for word, meaning in meanings.items():
        if word in SUMMER_MEANINGS and meaning is AMBIGUOUS_ZONES[word][PREVALENT_MEANINGS[word]]:
            clock, other = SUMMER_MEANINGS[word]
            if moment.astimezone(ZoneInfo(clock)).utcoffset() != meaning.utcoffset(None):
                instead[word] = AMBIGUOUS_ZONES[word][other]
    return instead


def ambiguous_abbreviations(*values: str | None) -> set[str]:
    """The ambiguous zone abbreviations printed in ``values``.

    >>> ambiguous_abbreviations("09:00 BST, 24 October 2026", None, "2026-10-24T08:00:00Z")
    {'BST'}
    """
    return {w for v in values if v for w in _ZONE_WORD.findall(v) if w in AMBIGUOUS_ZONES}


@lru_cache(maxsize=256)
def _site_abbreviations(tz_name: str) -> dict[str, tzinfo]:
    """The abbreviations a zone uses (winter and summer) with their fixed offsets."""
    try:
        zone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        return {}
    found: dict[str, tzinfo] = {}
    for month in (1, 7):
        moment = datetime(2024, month, 15, 12, tzinfo=zone)
        name, offset = moment.tzname(), moment.utcoffset()
        if name and offset is not None and name.isalpha():
            found[name] = timezone(offset)
    return found


#: An upper-case word that may be a zone abbreviation ("CEST", "(IST)").
_ZONE_WORD = re.compile(r"(?<![\w+-])\(?([A-Z]{2,5})\)?(?!\w)(?!\s*[+-]\d)")
#: A numeric offset after the time: "+05:30", "-0400", "UTC+2", "GMT+5:30".
_OFFSET = re.compile(r"\(?(?:\b(?:UTC|GMT))?\s*([+-])(\d{1,2})(?::?(\d{2}))?\)?\s*$")
_NOT_ZONES = frozenset(
    {"AM", "PM", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT",
     "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "JUNE", "JULY"}
)  # fmt: skip
#: An English weekday's name, whole or cut short: "Tuesday", "Tue", "Tues.".
_WEEKDAY_NAME = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_WEEKDAY = re.compile(rf"^{_WEEKDAY_NAME},?\s+", re.IGNORECASE)
#: An English month cut short with a dot, as AP style writes it: "Nov.", "Sept." (``%b`` reads
#: "Nov", "Sep").
_MONTH_DOT = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)t?\.(?= \d)")
#: A clock before the day, its zone taken off: "5:32 PM, Tue November 24, 2026" (CNN), "5:32
#: PM · Nov 24, 2026", "2:05 PM | 24 November 2026"; read as the day, then the clock.
_CLOCK_FIRST = re.compile(
    r"^(\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?),?(?: [\u00b7\u2022|])?"
    r" ((?=[A-Za-z]{3}|\d{1,2} [A-Za-z]{3})[^:]+)$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:first published|published|last updated|updated|modified|posted)(?: date| on| at)?\s*:?\s*",
    re.IGNORECASE,
)
_TEXT_FORMAT_HINT = re.compile(r"[A-Za-z]")
#: Numeric forms the explicit formats read, never dateparser: "18.11.2019" is day first
#: wherever dots are written (dateparser's English default would read 05.10 as May 10).
_NUMERIC_FORMAT = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{4}\b|\d{4}/\d{1,2}/\d{1,2}\b|\d{1,2}-\d{1,2}-\d{2},? \d{1,2}:\d{2}$"
    r"|\d{1,2}\.\d{1,2}\.\d{2}(?:,| \|)? \d{1,2}:\d{2}$"
)
_RELATIVE = re.compile(r"\d|\b(?:ago|yesterday|today|now)\b", re.IGNORECASE)
_ANCHORED = re.compile(r"\b(?:ago|yesterday|today|now)\b", re.IGNORECASE)
_RELATIVE_WORDS = re.compile(
    r"\b(?:ago|yesterday|today|now|hours?|minutes?|mins?)\b", re.IGNORECASE
)
#: Thai letters: a value holding one may print a Buddhist Era year.
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
#: A Buddhist Era year or its era word "พ.ศ." (not a fraction of a second: ".2500").
_BE_YEAR = re.compile(r"(?<![\d.:])2[4-6]\d\d(?!\d)|\u0e1e\.\s?\u0e28\.")
#: Published dates before this are not believed, whatever parsed them.
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
#: ... nor dates later than the crawl by more than this (clocks and zones a little off).
LATEST_AHEAD = timedelta(days=1)
#: Formats tried after the weekday and the zone have been taken off (RFC 2822, ctime).
EXTRA_FORMATS: tuple[str, ...] = (
    "%d %b %Y %H:%M:%S",  # Fri, 28 Apr 2023 19:20:36 (weekday removed)
    "%d %b %Y %H:%M",
    "%b %d %H:%M:%S %Y",  # Fri Apr 28 19:20:36 CEST 2023 (weekday and zone removed)
    "%d %B %Y, %H:%M:%S",
    "%d %B %Y %H:%M:%S",
    "%d %b %Y",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%Y-%m-%d %H:%M",
    "%B %d %Y",
    "%b %d %Y",
    "%b %d %Y %I:%M %p",  # Nov 24 2026 02:05 PM (Philippine broadcasters: no comma)
    "%B %d %Y %I:%M %p",
    "%d %B %Y %I:%M %p",  # 2:05 PM | 24 November 2026, its clock moved after the day
    "%d %b %Y %I:%M %p",
    "%I:%M %p %b %d, %Y",  # 10:02 AM EST Nov 19, 2019 (zone removed)
    "%I:%M:%S %p %b %d, %Y",
    "%I:%M %p, %b %d, %Y",  # Fri 6:45 PM, Feb 16, 2018 (weekday removed)
    "%I:%M %p %B %d, %Y",
    "%I:%M %p, %b %d %Y",  # 6.30am AEDT, Nov 24 2026 (Australian papers; zone removed)
    "%I:%M %p %b %d %Y",
    "%I:%M %p, %B %d %Y",
    "%I:%M %p %B %d %Y",
    "%I:%M %p %b. %d, %Y",  # 3:05 p.m. CT Nov. 24, 2026 (AP month, zone removed)
    "%H:%M, %d %B %Y",
    "%H:%M %d %B %Y",  # 09:00 BST, 24 October 2026 (zone removed, and the comma after it)
    "%H:%M, %d %b %Y",
    "%H:%M %d %b %Y",
    "%I:%M %p, %d %B %Y",  # 9.00am GMT 24 October 2026 (zone removed)
    "%I:%M %p %d %B %Y",
    "%I:%M %p, %d %b %Y",
    "%I:%M %p %d %b %Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d-%m-%y, %H:%M",  # 24-11-26, 15:05 (Dutch papers: day first, a two-digit year)
    "%d-%m-%y %H:%M",
    "%d.%m.%y | %H:%M",  # 29.11.26 | 15:05 (Israeli papers)
    "%d.%m.%y, %H:%M",
    "%d.%m.%y %H:%M",
)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_MERIDIEM = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)
_CLOCK_MERIDIEM = re.compile(r"\d\s*[AP]M\b", re.IGNORECASE)
_AT = re.compile(r",? at ", re.IGNORECASE)
#: A dash between the year and the time: "November 24, 2026 — 2.05pm" (Australian papers),
#: a slash: "Nov 29, 2026 / 03:05 PM MST" (US local TV stations), or a bar: "Nov 24, 2026 |
#: 2:05 PM PST" (Philippine papers), a bullet or a middle dot: "24. 11. 2026 • 14:05".
_DASH = re.compile(r"(?<=\d{4}),? [-\u2013\u2014/|\u2022\u00b7] (?=\d)")
#: A 12-hour clock as British papers write it: "9.00am", "9:00pm" (``strptime`` wants "9:00 am").
_DOT_CLOCK = re.compile(r"\b(\d{1,2})[.:](\d{2}) ?([AP]M)\b", re.IGNORECASE)


class Parsed(NamedTuple):
    """A parsed date, the method that read it, and whether the text carried its zone.

    ``day_only``: the text names a day without a time of day ("2018-08-13", "3 days ago");
    ``moment`` is then that day as printed, at 00:00:00 UTC, never moved by a zone.
    """

    moment: datetime | None
    method: str
    zoned: bool
    day_only: bool = False


#: A time of day written after a date: "T10:15", "10:15", "10h15", "10 a.m.", "10pm", "9.00am".
_TIME_OF_DAY = re.compile(
    r"\dT\d{2}|(?<![\d.:])\d{1,2}(?::\d{2}|h\d{2}\b|(?:\.\d{2})? ?[ap]\.?m\b)", re.IGNORECASE
)


def plain_day_and_meridiem(text: str) -> str:
    """Day numbers without their ordinal suffix and ``a.m.``/``p.m.`` as ``strptime`` reads them.

    >>> plain_day_and_meridiem("November 18th, 2019 11:08 a.m.")
    'November 18, 2019 11:08 AM'
    """
    return _MERIDIEM.sub(_upper_meridiem, _ORDINAL.sub("", text))


def _upper_meridiem(match: re.Match[str]) -> str:
    return match.group(1).upper() + "M"


def has_time_of_day(value: str) -> bool:
    """Whether ``value`` writes a time of day, not only a calendar day.

    >>> has_time_of_day("2018-08-13"), has_time_of_day("13.08.2018")
    (False, False)
    >>> has_time_of_day("2018-08-13T10:15:00+02:00"), has_time_of_day("Aug 13, 2018 9 a.m. EDT")
    (True, True)
    """
    return _TIME_OF_DAY.search(value) is not None


def day_only(moment: datetime) -> datetime:
    """The calendar day of ``moment`` as printed (its own zone) at 00:00:00 UTC.

    >>> day_only(datetime(2018, 8, 13, tzinfo=ZoneInfo("Europe/Berlin"))).isoformat()
    '2018-08-13T00:00:00+00:00'
    """
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)


def plausible(moment: datetime, reference: datetime | None = None) -> bool:
    """Between 1990 and a day after the crawl (or now): otherwise not a publication date.

    >>> plausible(datetime(1989, 12, 31, tzinfo=UTC)), plausible(datetime(2024, 1, 1, tzinfo=UTC))
    (False, True)
    """
    latest = (reference or datetime.now(UTC)) + LATEST_AHEAD
    try:
        return EARLIEST <= moment <= latest
    except (OverflowError, ValueError):
        return False


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
    >>> parse_iso("2026-11-24T14:05:00+05.30", UTC).isoformat()
    '2026-11-24T14:05:00+05:30'

    A "Z" a CMS writes after the offset it already gave is none, and 24:00 ends the day:

    >>> parse_iso("2026-11-24T14:05:00+05:30Z", UTC).isoformat()
    '2026-11-24T14:05:00+05:30'
    >>> parse_iso("2026-11-24T24:00:00Z", UTC).isoformat()
    '2026-11-25T00:00:00+00:00'
    """
    if len(value) < 10 or not value[:4].isdigit() or value[0] == "0":
        return None  # a year below 1000 is no date of ours, and no ISO string we emit
    # "+05.30": hours and minutes, which the standard library reads as +05:00:00.3
    value = _DOTTED_OFFSET.sub(r"\1:\2", value)
    value = _OFFSET_THEN_Z.sub(r"\1", value)
    end_of_day = _END_OF_DAY.search(value)
    if end_of_day:
        value = f"{value[: end_of_day.start()]}T00:00{value[end_of_day.end() :]}"
    try:
        moment = datetime.fromisoformat(value)
        if end_of_day:
            moment += timedelta(days=1)
        moment = moment if moment.tzinfo else moment.replace(tzinfo=default_tz)
        year = moment.astimezone(UTC).year
    except (ValueError, OverflowError):  # year 9999 pushed past the end by its offset
        return None
    offset = moment.utcoffset()
    if offset is not None and offset.microseconds:
        return None  # no zone is a fraction of a second off a whole one
    return moment if 1000 <= year <= 9999 else None


_DOTTED_OFFSET = re.compile(r"(?<=\d)([+-][01]\d)\.([0-5]\d)$")
_OFFSET_THEN_Z = re.compile(r"(?<=\d)([+-][01]\d:?[0-5]\d)Z$")
#: ISO 8601's "24:00", the end of a day: midnight that starts the next one.
_END_OF_DAY = re.compile(r"T24:00(?::00(?:\.0+)?)?(?=$|[Z+-])")


def parse_with_formats(
    value: str,
    default_tz: tzinfo,
    zones: Mapping[str, tzinfo],
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    tz_name: str = "UTC",
    country: str | None = None,
) -> datetime | None:
    """Parse a printed date with explicit patterns; its zone from an abbreviation or offset.

    A zone word anywhere in the text is read with its real offset (``zones`` first, then
    :func:`zone_of`); one that cannot be resolved safely makes the value unparseable rather
    than wrong. Without a zone the result is in ``default_tz`` (``tzinfo is default_tz``).

    >>> ist = {"IST": ZoneInfo("Asia/Kolkata")}
    >>> to_utc_string(parse_with_formats("June 5, 2013, 08:23:04 IST", UTC, ist))
    '2013-06-05T02:53:04Z'
    >>> to_utc_string(parse_with_formats("Wed, 05 Jun 2013 08:23:04 +0530", UTC, {}))
    '2013-06-05T02:53:04Z'
    >>> to_utc_string(parse_with_formats("Fri Apr 28 19:20:36 CEST 2023", UTC, {}))
    '2023-04-28T17:20:36Z'
    >>> to_utc_string(parse_with_formats("Fri, 28 Apr 2023 19:20:36 BST", UTC, {}, tz_name="Europe/London"))
    '2023-04-28T18:20:36Z'
    >>> to_utc_string(parse_with_formats("6.30am AEDT, Nov 24 2026", UTC, {}))
    '2026-11-23T19:30:00Z'
    >>> to_utc_string(parse_with_formats("November 24, 2026 — 2.05pm", ZoneInfo("Australia/Sydney"), {}))
    '2026-11-24T03:05:00Z'
    """
    text = _LABEL.sub("", value).strip()
    # "Monday, November 18th, 2019 at 11:08 a.m." -> "Monday, November 18, 2019 11:08 AM"
    text = _DOT_CLOCK.sub(r"\1:\2 \3", _AT.sub(" ", plain_day_and_meridiem(text)))
    text = _DASH.sub(" ", text)
    zone: tzinfo | None = None
    for match in reversed(list(_ZONE_WORD.finditer(text))):
        word = match.group(1)
        if word in _NOT_ZONES:
            continue
        known = zones.get(word) or zone_of(word, tz_name, country)
        if known is None:
            return None  # an abbreviation we cannot resolve safely
        zone = known
        text = (text[: match.start()] + text[match.end() :]).strip(" ,")
        break
    if zone is None and (offset := _OFFSET.search(text)) and ":" in text[: offset.start()]:
        sign, hours, minutes = offset.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if delta <= timedelta(hours=14):
            zone = timezone(-delta if sign == "-" else delta)
            text = text[: offset.start()].rstrip(" ,")
    text = _MONTH_DOT.sub(r"\1", _SPACES.sub(" ", text).replace(" ,", ",")).strip(" ,")
    readings = [_WEEKDAY.sub("", text).strip(" ,")]
    if clock_first := _CLOCK_FIRST.match(text):
        moved = f"{clock_first.group(2)} {clock_first.group(1)}"
        readings.append(_WEEKDAY.sub("", moved).strip(" ,"))
    for reading in readings:
        for fmt in (*formats, *EXTRA_FORMATS):
            try:
                return datetime.strptime(reading, fmt).replace(tzinfo=zone or default_tz)
            except ValueError:
                continue
    if ("," in value[:5] or value[:3].isalpha()) and not _CLOCK_MERIDIEM.search(text):
        # RFC 2822 has no AM/PM: it would read "Nov 24 2026 02:05 PM" as 02:05
        try:
            moment = parsedate_to_datetime(value)  # RFC 2822, as in RSS feeds
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if moment.tzinfo is None or (zone is not None and "-0000" in value):
            return moment.replace(tzinfo=zone or default_tz)
        return moment
    return None


@lru_cache(maxsize=4096)
def _dateparser(
    value: str, tz_name: str, reference: datetime | None, date_order: str | None, language: str
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
    try:
        result: datetime | None = dateparser.parse(
            value, languages=_languages(language), settings=settings
        )
    except (ValueError, OverflowError, KeyError):
        return None
    return result


@lru_cache(maxsize=64)
def _day_first(language: str) -> str | None:
    """``DMY`` for a language whose dates put the day first, which dateparser may not apply.

    With English as its fallback, dateparser reads "05/11/2026, 08:10" as 11 May on a
    Vietnamese or French page: the page's own order settles the numbers.

    >>> _day_first("vi"), _day_first("fr"), _day_first("en"), _day_first("ja")
    ('DMY', 'DMY', None, None)
    """
    if language == "en":
        return None
    from dateparser.languages.loader import default_loader

    try:
        order = str(default_loader.get_locale(language).info.get("date_order") or "")
    except (KeyError, ValueError):
        return None
    return "DMY" if order == "DMY" else None


def numeric_order(languages: Iterable[str]) -> str | None:
    """Day and month order of all-numeric dates ("05/11/2026") in the page's language region.

    English leaves it open and its regions settle it: ``en-GB``, ``en-NG`` and ``en-IN``
    write the day first, ``en-US`` and ``en-PH`` the month. A region that writes the year
    first (``en-CA``) or no region says nothing; the language's own order then applies.

    >>> numeric_order(["en-GB"]), numeric_order(["en", "en_US"]), numeric_order(["en-NG"])
    ('DMY', 'MDY', 'DMY')
    >>> numeric_order(["en"]), numeric_order(["en-CA"]), numeric_order(["xx-YY"])
    (None, None, None)
    """
    for tag in languages:
        if (
            (primary := language_subtag(tag))
            and (region := _REGION.search(tag.strip()))
            and (order := _region_order(primary, region.group(1).upper()))
        ):
            return order
    return None


@lru_cache(maxsize=256)
def _region_order(language: str, region: str) -> str | None:
    from dateparser.languages.loader import default_loader

    try:
        order = str(default_loader.get_locale(f"{language}-{region}").info.get("date_order"))
    except (KeyError, ValueError):
        return None
    return order if order in ("DMY", "MDY") else None


#: An all-numeric date whose first two numbers could each be the day or the month.
_TWO_WAYS = re.compile(
    r"(?<![\d./-])(0?[1-9]|1[0-2])([/-])(0?[1-9]|1[0-2])\2(?:(?:19|20)\d\d|\d\d)(?![\d/-])"
)


def ambiguous_day_order(text: str) -> bool:
    """Whether ``text`` holds a date of numbers that reads as two different days.

    >>> ambiguous_day_order("05/11/2026 14:05"), ambiguous_day_order("24/11/2026")
    (True, False)
    >>> ambiguous_day_order("2026-11-05"), ambiguous_day_order("05/05/2026")
    (False, False)
    """
    return any(m.group(1).lstrip("0") != m.group(3).lstrip("0") for m in _TWO_WAYS.finditer(text))


@lru_cache(maxsize=64)
def _languages(language: str) -> list[str]:
    """The page's language for dateparser when it knows it, else English only (not all 200)."""
    if language == "en":
        return ["en"]  # without loading every locale's data to ask (a quarter second)
    from dateparser.languages.loader import default_loader

    known = language in default_loader.get_locale_map(languages=None)
    return [language, "en"] if known and language != "en" else ["en"]


def parse_date(
    value: str,
    *,
    tz_name: str = "UTC",
    zones: Mapping[str, tzinfo] | None = None,
    reference: datetime | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    date_order: str | None = None,
    language: str = "en",
    country: str | None = None,
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
    found = parse_date_full(
        value, tz_name=tz_name, zones=zones, reference=reference, formats=formats,
        date_order=date_order, language=language, country=country,
    )  # fmt: skip
    return found.moment, found.method


#: Local clocks named after a date's time, as Portuguese and Spanish papers print them: "11:15
#: (hora dos Açores)", "14:05 hora de Lisboa", "10:00 (hora de Brasília)", "hora canaria".
NAMED_CLOCKS: Mapping[str, str] = {
    "açores": "Atlantic/Azores", "acores": "Atlantic/Azores", "lisboa": "Europe/Lisbon",
    "portugal continental": "Europe/Lisbon", "madeira": "Atlantic/Madeira",
    "brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "canarias": "Atlantic/Canary", "canaria": "Atlantic/Canary", "peninsular": "Europe/Madrid",
    # Arabic papers' "بتوقيت ..." (by the time of ...): Mecca, Cairo, Greenwich, Jerusalem,
    # the Emirates, Beirut, Doha, Kuwait, Baghdad, Damascus, Algiers, Tunis, Morocco, Khartoum
    "مكة المكرمة": "Asia/Riyadh", "مكة": "Asia/Riyadh", "الرياض": "Asia/Riyadh",
    "السعودية": "Asia/Riyadh", "القاهرة": "Africa/Cairo", "مصر": "Africa/Cairo",
    "غرينتش": "UTC", "غرينيتش": "UTC", "جرينتش": "UTC", "جرينيتش": "UTC",
    "القدس": "Asia/Jerusalem", "الإمارات": "Asia/Dubai", "أبوظبي": "Asia/Dubai",
    "دبي": "Asia/Dubai", "بيروت": "Asia/Beirut", "الدوحة": "Asia/Qatar", "الكويت": "Asia/Kuwait",
    "بغداد": "Asia/Baghdad", "دمشق": "Asia/Damascus", "الجزائر": "Africa/Algiers",
    "تونس": "Africa/Tunis", "المغرب": "Africa/Casablanca", "الخرطوم": "Africa/Khartoum",
}  # fmt: skip
NAMED_CLOCK = re.compile(
    # "hora de Lisboa", "horário de Brasília"; Arabic "بتوقيت مكة المكرمة"
    r",? ?(\(? ?(?:(?:hora|hor[\u00e1a]rio) (?:(?:de|dos|das|da|do) )?|\u0628\u062a\u0648\u0642\u064a\u062a )("
    + "|".join(sorted(NAMED_CLOCKS, key=len, reverse=True))
    + r") ?\)?)(?!\w)",
    re.IGNORECASE,
)
_NAMED_CLOCK_AT_END = re.compile(NAMED_CLOCK.pattern + r"\s*$", re.IGNORECASE)


def named_clock(text: str) -> tuple[str, str] | None:
    """``text`` without the local clock named at its end, and that clock's zone.

    >>> named_clock("24 de novembro de 2026, 11:15 (hora dos Açores)")
    ('24 de novembro de 2026, 11:15', 'Atlantic/Azores')
    >>> named_clock("24/11/2026 14:05 (horário de Brasília)")
    ('24/11/2026 14:05', 'America/Sao_Paulo')
    >>> named_clock("2026-11-22 17:45 hora de Lisboa"), named_clock("11:15 hora")
    (('2026-11-22 17:45', 'Europe/Lisbon'), None)
    >>> named_clock("24 نوفمبر 2026 17:32 بتوقيت مكة المكرمة")
    ('24 نوفمبر 2026 17:32', 'Asia/Riyadh')
    """
    if "hor" not in text.lower() and "\u0628\u062a\u0648\u0642\u064a\u062a" not in text:
        return None
    if (match := _NAMED_CLOCK_AT_END.search(text)) is None:
        return None
    return text[: match.start()].rstrip(), NAMED_CLOCKS[match.group(2).lower()]


def parse_date_full(
    value: str,
    *,
    tz_name: str = "UTC",
    zones: Mapping[str, tzinfo] | None = None,
    reference: datetime | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    date_order: str | None = None,
    language: str = "en",
    country: str | None = None,
) -> Parsed:
    """:func:`parse_date`, also telling whether the text carried its own zone.

    A date without a time of day is that day as printed at 00:00:00 UTC (``day_only``),
    never shifted by a zone into another day. "N hours ago" in the page's language counts
    back from ``reference`` (the crawl time) and is no date without one; "N days ago" is a
    day. Every path is checked for plausibility: before 1990 or more than a day after the crawl
    is no publication date, and years beyond what ISO strings hold never raise.

    >>> parse_date_full("Fri Apr 28 19:20:36 CEST 2023")
    Parsed(moment=datetime.datetime(2023, 4, 28, 19, 20, 36, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))), method='format', zoned=True, day_only=False)
    >>> parse_date_full("0999-01-01T00:00:00Z").moment, parse_date_full("1975-06-01").moment
    (None, None)
    >>> parse_date_full("2018-08-13", tz_name="Europe/Berlin").moment.isoformat()
    '2018-08-13T00:00:00+00:00'
    >>> parse_date_full("vor 2 Stunden", language="de")  # no crawl time to count back from
    Parsed(moment=None, method='failed', zoned=False, day_only=False)
    >>> parse_date_full("24.10.2026, 15.05", language="de").moment.isoformat()
    '2026-10-24T15:05:00+00:00'
    >>> to_utc_string(parse_date_full("2026-11-24 11:15 (hora dos Açores)").moment)
    '2026-11-24T12:15:00Z'
    """
    failed = Parsed(None, "failed", False)
    text = value.strip()
    if (named := named_clock(text)) is not None:
        # "11:15 (hora dos Açores)": the wall clock on the clock it names, whatever the site's
        found = parse_date_full(
            named[0], tz_name=named[1], zones=zones, reference=reference, formats=formats,
            date_order=date_order, language=language, country=country,
        )  # fmt: skip
        if found.moment is None or found.day_only or not has_time_of_day(named[0]):
            return found
        return found._replace(zoned=True)  # read on that clock: no other zone may move it
    if _THAI_LETTER.search(text) or language_subtag(language) == "th":
        # "29 พ.ย. 2569 15:05 น.", "29/11/2569": a Buddhist Era year, which no other layer
        # may read as a Gregorian one
        if (thai := thai_date(text)) is not None:
            text = thai[2]
        elif (gregorian := be_iso(text)) is not None:
            text = gregorian  # "2569-11-27T08:00:00+07:00" from a CMS on a Thai locale
        elif _BE_YEAR.search(text):
            return failed
    if ("民" in text or language_subtag(language) == "zh") and (roc := roc_date(text)):
        # "民國115年11月24日 09:15", "115/11/24 16:40": a Republic of China year, which
        # dateparser reads as the year 115 or not at all
        text = text[: roc[0]] + roc[2] + text[roc[1] :]
    text = nordic_clock(_H_CLOCK.sub(_h_clock, _DOTTED_CLOCK.sub(r"\1\2:\3", text)))
    text = _HOURS_WORD.sub(r"\1", text)
    # "2026/11/24(火) 14:05", "2026.11.24(화) 14:05": the weekday in brackets says no more
    text = _BRACKETED_WEEKDAY.sub(" ", text)
    # "17:32 MSK" in Cyrillic letters: Moscow time as Russian papers write it
    text = CYRILLIC_MSK.sub("MSK", text)
    # "es-MX", "pt_BR": dateparser and the month-name tables know the language, not the region
    language = language_subtag(language) or "en"
    if language == "sw" and "saa" in text.lower():
        text = swahili_clock(text)
    if language == "ar":
        # "14 جمادى الآخرة 1448 هـ - 24 نوفمبر 2026 م": the Gregorian day, else the Hijri one
        # by the Umm al-Qura calendar; its year 1448 read as Gregorian would be a wrong date
        if (gregorian := hijri.as_gregorian(text)) is None:
            return failed
        text = gregorian
    if language in dayparts.LANGUAGES:
        # a Bengali "night" before "10:40" makes it 22:40
        text = dayparts.clock_24h(text, language)
    if language in jalali.LANGUAGES:
        # "۸ آذر ۱۴۰۵": the Solar Hijri day as Gregorian; a form it cannot read is no date
        # (its year 1405 or its month 9 read as Gregorian would be a wrong one)
        if (gregorian := jalali.as_gregorian(text, language)) is None:
            return failed
        text = gregorian
    try:
        default_tz: tzinfo = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        default_tz = UTC
    site_zones = zones or {}
    assumed_year = False
    # "6:45 PM" alone (or on a weekday): the latest such time before the crawl (a portal's
    # "today" clock), an assumption counted as one; without a crawl time it would be today's
    # (dateparser's "now"), so no date
    clock_alone = _CLOCK_ALONE.fullmatch(text) is not None
    if clock_alone and reference is None:
        return failed
    if (relative := relative_date(text, language)) is not None:
        found = _relative(relative, tz_name, reference, language)
    else:
        if missing := yearless_dates(text, language):
            # "November 24, 5:32 PM": dateparser would read "24" as the year 2024. The latest
            # such day before the crawl is an assumption, counted; without a crawl, no date.
            if reference is None:
                return failed
            year = year_before(missing[0].month, missing[0].day, reference.date() + _A_DAY)
            if year is None:
                return failed
            text, assumed_year = with_year(text, year, missing), True
        found = _parse(text, default_tz, site_zones, reference, formats, date_order, language,
                       tz_name, country)  # fmt: skip
        if found.moment is None and language in DOTLESS_I_LANGUAGES and "I" in text:
            # "24 KASIM 2026": a Turkish capital I is the dotless i (U+0131) of the month, no i
            found = _parse(text.replace("I", "\u0131").replace("\u0130", "i"), default_tz,
                           site_zones, reference, formats, date_order, language, tz_name,
                           country)  # fmt: skip
    if found.moment is None or not plausible(found.moment, reference):
        return failed
    if (
        not found.day_only
        and found.method not in ("relative", "epoch")
        and not has_time_of_day(text)
    ):
        # "2018-08-13": the day as printed, never a midnight moved into another UTC day.
        found = found._replace(moment=day_only(found.moment), zoned=True, day_only=True)
    if clock_alone:
        return found._replace(method="assumed_day")
    return found._replace(method="assumed_year") if assumed_year else found


#: Moscow time's "MSK" in Cyrillic letters, capital or small.
CYRILLIC_MSK_LETTERS = "[\u041c\u043c][\u0421\u0441][\u041a\u043a]"
CYRILLIC_MSK = re.compile(rf"(?<!\w)\(?{CYRILLIC_MSK_LETTERS}\)?(?!\w)")


#: A clock written with a dot after the year, as German papers print it ("24.10.2026, 15.05
#: Uhr", "24. Oktober 2026 um 15.05"): read as "15:05", which every parser knows.
_DOTTED_CLOCK = re.compile(
    r"((?:19|20)\d\d,?\s+(?:[^\W\d_]{1,6}\s+)?)([01]?\d|2[0-3])\.([0-5]\d)(?![.\d])"
)


#: A clock written with the hour sign after the year, as French papers print it, spaced in
#: Canada: "24 novembre 2026 à 14 h 05", "24 novembre 2026 à 14h05": read as "14:05"; an
#: hour alone ("à 15 h") as "15:00".
_H_CLOCK = re.compile(
    r"((?:19|20)\d\d,?\s+(?:[^\W\d_]{1,6}\s+)?)([01]?\d|2[0-3]) ?h(?: ?([0-5]\d)(?![.\d])|\b)"
)


def _h_clock(match: re.Match[str]) -> str:
    return f"{match.group(1)}{match.group(2)}:{match.group(3) or '00'}"


#: "hrs" or "hs." after a 24-hour clock, as Indian, Mexican, Chilean and Argentine papers print
#: it ("14:05 hrs IST, 24 November 2026", "17:32 hs."): no parser reads it before a zone.
_HOURS_WORD = re.compile(r"(\d{1,2}:\d{2}(?::\d{2})?) ?(?:hrs?|hs)\b\.?", re.IGNORECASE)


#: The clock word of Swedish, Norwegian, Danish and Finnish dates and the time after it, with
#: a dot or a colon: "kl. 15.05", "kl 15:05", "klo 15.05", "kello 15.05".
_NORDIC_CLOCK = re.compile(
    r",?\s+(?:kl|klo|kello)\.?\s+([01]?\d|2[0-3])[.:]([0-5]\d)\b", re.IGNORECASE
)


def nordic_clock(text: str) -> str:
    """``text`` with a Nordic "kl. 15.05" written as the clock every parser reads, " 15:05".

    >>> nordic_clock("24 november 2026 kl. 15.05"), nordic_clock("24.11.2026 kello 9.40")
    ('24 november 2026 15:05', '24.11.2026 9:40')
    >>> nordic_clock("igår kl. 18.20"), nordic_clock("Kl. 15.05 tog bussen slut")
    ('igår 18:20', 'Kl. 15.05 tog bussen slut')
    """
    return _NORDIC_CLOCK.sub(r" \1:\2", text)


#: A time on the Swahili clock, which counts the hours from 6 o'clock ("saa 3:30 asubuhi",
#: the third hour and a half of the morning, is 9:30 am), or on the 24-hour one ("saa 16:40").
_SWAHILI_CLOCK = re.compile(
    r"\bsaa\s+(?P<hour>\d{1,2})(?::(?P<minute>[0-5]\d))?"
    r"(?:\s+(?:za\s+)?(?P<period>asubuhi|mchana|adhuhuri|alasiri|jioni|usiku|alfajiri)"
    r"|\s*(?P<meridiem>[ap]\.?m\b\.?))?(?![\w:])",
    re.IGNORECASE,
)
#: The hours added to the Western twelve-hour clock in each part of the Swahili day.
_SWAHILI_PERIODS = {"asubuhi": 0, "alfajiri": 0, "mchana": 12, "adhuhuri": 12, "alasiri": 12,
                    "jioni": 12}  # fmt: skip


def swahili_clock(text: str) -> str:
    """``text`` with a Swahili "saa H:MM <part of the day>" written as the 24-hour clock.

    The Swahili day starts at sunrise: "saa 1 asubuhi" is 7 am, "saa 3:30 asubuhi" 9:30 am,
    "saa 10 jioni" 4 pm and "saa 2 usiku" 8 pm. A two-digit or an am/pm hour ("saa 16:40",
    "saa 09:30", "saa 9:30 am") is the Western clock's; an hour of 1 to 12 with no part of
    the day ("saa 9:30") may be either, and is left out, so the date is only a day.

    >>> swahili_clock("Novemba 22, 2026 saa 3:30 asubuhi"), swahili_clock("saa 10 jioni")
    ('Novemba 22, 2026 09:30', '16:00')
    >>> swahili_clock("saa 2:15 usiku"), swahili_clock("saa 8 usiku"), swahili_clock("saa 6 mchana")
    ('20:15', '02:00', '12:00')
    >>> swahili_clock("Novemba 23, 2026 saa 16:40"), swahili_clock("Novemba 23, 2026 saa 9:30")
    ('Novemba 23, 2026 16:40', 'Novemba 23, 2026')
    >>> swahili_clock("saa 2 zilizopita"), swahili_clock("saa 9:30 pm")
    ('saa 2 zilizopita', '9:30 pm')
    """
    return _SWAHILI_CLOCK.sub(_swahili_time, text).strip()


def _swahili_time(match: re.Match[str]) -> str:
    hour, minute = int(match["hour"]), match["minute"] or "00"
    if match["meridiem"]:
        return f"{hour}:{minute} {match['meridiem']}"
    if (period := (match["period"] or "").lower()) and not 1 <= hour <= 12:
        return ""
    if period == "usiku":
        # the night runs from saa 1 (7 pm) through saa 6 (midnight) to saa 11 (5 am)
        western = (hour + 6) % 12 + (12 if 1 <= hour <= 5 else 0)
    elif period:
        western = (hour + 6) % 12 or 12
        western = western % 12 + _SWAHILI_PERIODS[period] if western != 12 else 12
    elif not match["minute"]:
        return match[0]  # "saa 2 zilizopita": hours, no clock
    elif match["hour"].startswith("0") or hour > 12:
        western = hour
    else:
        return ""
    if not 0 <= western <= 23:
        return match[0]
    return f"{western:02d}:{minute}"


def _fold_table() -> dict[int, str]:
    """Accented Latin and Greek letters as their bare letter, and the final sigma as the medial one."""
    table = {ord("\u03c2"): "\u03c3"}
    for code in [*range(0xC0, 0x250), *range(0x370, 0x400), *range(0x1F00, 0x2000)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and unicodedata.combining(base) == 0:
            table[code] = base
    return table


#: One letter for one letter (spans are kept): what a relative date is matched on, so that
#: "ΠΡΙΝ ΑΠΟ 2 ΩΡΕΣ" in capitals is "πριν από 2 ώρες".
_FOLD = _fold_table()


#: Languages whose capital I is a dotless i (U+0131) in lower case: Turkish, Azerbaijani.
DOTLESS_I_LANGUAGES = frozenset({"tr", "az"})
#: Units of a relative date ("3 days ago") that name a day, not a time of day.
DAY_UNITS = frozenset({"day", "week", "fortnight", "month", "year", "decade", "century"})


class Relative(NamedTuple):
    """A relative date found in a text: the words and the unit they count."""

    text: str
    unit: str
    start: int


@lru_cache(maxsize=64)
def _relative_patterns(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Phrases "N units ago" in the page's language (and English), from dateparser's own data."""
    from dateparser.languages.loader import default_loader

    found: list[tuple[re.Pattern[str], str]] = []
    for lang in _languages(language):
        try:
            info = default_loader.get_locale(lang).info
        except (KeyError, ValueError):
            continue
        for key, patterns in (info.get("relative-type-regex") or {}).items():
            words = key.split()
            if len(words) != 3 or words[2] != "ago":
                continue
            unit = words[1]
            counted, bare = _one_counted(patterns, info)
            # a bare unit keeps its own word: "před hodinou" is one hour, "před hodinami" none
            widened = [*_with_unit_words([*counted, *patterns], info.get(unit)), *bare]
            alternatives = sorted((p.translate(_FOLD) for p in widened), key=len, reverse=True)
            try:
                pattern = re.compile(
                    r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE
                )
            except re.error:
                continue
            found.append((pattern, unit))
    for lang in _languages(language):
        for phrase, unit in _MORE_RELATIVE.get(lang, ()):
            found.append((re.compile(rf"(?<!\w)(?:{phrase})(?!\w)", re.IGNORECASE), unit))
    return tuple(found)


#: Phrases dateparser's data lacks, matched on accent-folded text: "just now" (the crawl
#: time, as near as the page tells), German "vor 5 Min.", Italian "un'ora fa".
_MORE_RELATIVE: Mapping[str, tuple[tuple[str, str], ...]] = {
    "en": (("just now|moments? ago|a few seconds ago|seconds ago", "now"),),
    "de": (
        ("gerade eben|soeben", "now"),
        (r"vor \d+ ?min\.?", "minute"),
        (r"vor \d+ ?std\.?", "hour"),
    ),
    "fr": (("a l'instant|il y a quelques secondes", "now"),),
    "es": (("ahora mismo|hace un momento|hace unos segundos", "now"),),
    "pt": (("agora mesmo|ha instantes|ha poucos segundos", "now"),),
    "it": (("proprio ora|pochi secondi fa", "now"), ("un['\u2019]ora fa", "hour")),
    "nl": (("zojuist|net nu|enkele seconden geleden", "now"),),
}


#: How dateparser writes the count of "N units ago".
_COUNT = r"(\d++[.,]?\d*+)"


def _one_counted(patterns: list[str], info: Mapping[str, object]) -> tuple[list[str], list[str]]:
    """``patterns`` counted by the language's word for one, and those with the count left out.

    Dateparser's simplifications say which: "an hour ago", "vor einer Stunde", "hace una
    hora" (a word read as 1), Czech "před hodinou" (a singular unit alone is one of it).
    A pattern holds no digit then; :func:`_relative` counts one.
    """
    ones: list[str] = []
    singles: list[re.Pattern[str]] = []
    for simplification in info.get("simplifications") or ():  # type: ignore[attr-defined]
        for key, value in simplification.items():
            if value == "1" and "(?<" not in key:
                ones.append(key)
            elif value.startswith("1 "):
                # without its lookbehinds, which ``re`` wants of one width ("(?<=(za|před)\s)")
                try:
                    singles.append(re.compile(_LOOKBEHIND.sub("", key), re.IGNORECASE))
                except re.error:
                    continue
    counted: list[str] = []
    bare: list[str] = []
    for pattern in patterns:
        if _COUNT not in pattern:
            continue
        if ones:
            counted.append(pattern.replace(_COUNT, f"(?:{'|'.join(ones)})", 1))
        phrase = _SPACES.sub(" ", pattern.replace(_COUNT, "", 1)).strip()
        # a literal phrase whose unit word the language reads as one of it alone
        if (
            singles
            and re.escape(phrase) == phrase.replace(" ", "\\ ")
            and any(single.search(phrase) for single in singles)
        ):
            bare.append(re.escape(phrase).replace("\\ ", " "))
    return counted, bare


#: A lookbehind of dateparser's patterns, one level of groups inside it.
_LOOKBEHIND = re.compile(r"\(\?<[=!](?:[^()]|\([^()]*\))*\)")


def _with_unit_words(patterns: list[str], words: list[str] | None) -> set[str]:
    r"""``patterns`` with any of the unit's words (or their abbreviations with a dot).

    Dateparser's Polish "N godziny temu" then also reads "5 godzin temu" and "3 godz. temu".

    >>> sorted(_with_unit_words(["([0-9]+) godz temu"], ["godz", "godzin"]))
    ['([0-9]+) (?:godzin|godz)\\.? temu', '([0-9]+) godz temu']

    Words of Indic scripts hold vowel signs, which are marks, not letters: Bengali "ঘণ্টা"
    (hour) also reads where dateparser's phrase spells it "ঘন্টা".
    """
    found = set(patterns)
    names = sorted({w for w in words or () if isinstance(w, str) and _word(w)}, key=len)[::-1]
    if not names:
        return found
    spelled = "(?:" + "|".join(map(re.escape, names)) + r")\.?"
    for pattern in patterns:
        for name in names:
            # a word of the text, never a letter of the pattern's own escapes (a "d" of "\\d")
            word = re.compile(rf"(?<![\w\\]){re.escape(name)}(?!\w)")
            if word.search(pattern):
                wider = word.sub(lambda _: spelled, pattern, count=1)
                try:
                    re.compile(wider)
                except re.error:
                    break
                found.add(wider)
                break
    return found


def _word(text: str) -> bool:
    """Letters, and the vowel signs and other marks of scripts that write them after one."""
    return (
        bool(text)
        and text[0].isalpha()
        and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in text)
    )


#: Seconds in the units of "N units ago" that are always that long.
_UNIT_SECONDS = {
    "now": 0,
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 604800,
}
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?")
#: A CJK weekday in brackets, as Japanese, Korean and Chinese pages print it between a day
#: and its clock: "(火)", "(화)", "(火・祝)", or in full-width brackets.
BRACKETED_WEEKDAY = r"[(\uff08][\u4e00-\u9fff\uac00-\ud7a3\u30fb]{1,3}[)\uff09]"
_BRACKETED_WEEKDAY = re.compile(rf"(?<=\d) ?{BRACKETED_WEEKDAY} ?(?=\d)")


#: Languages whose relative-date phrases dateparser keeps under another code: Tagalog ("tl")
#: is written as Filipino ("fil"), whose locale has "2 oras ang nakalipas" (2 hours ago).
_DATE_WORDS_AS: Mapping[str, str] = {"tl": "fil"}


def relative_date(text: str, language: str = "en") -> Relative | None:
    """The first "N units ago" in ``text``, in the page's ``language`` or English.

    >>> relative_date("Aktualisiert vor 2 Stunden", "de")
    Relative(text='vor 2 Stunden', unit='hour', start=13)
    >>> relative_date("hace 3 días", "es").unit, relative_date("3 de marzo de 2026", "es")
    ('day', None)
    >>> relative_date("Gestern, 14:30 Uhr", "de"), relative_date("Heute", "de").unit
    (Relative(text='Gestern, 14:30 Uhr', unit='clock', start=0), 'day')

    Capitals drop the accents (and a final sigma is no ``ς`` to ``re``'s IGNORECASE):

    >>> relative_date("ΠΡΙΝ ΑΠΟ 2 ΩΡΕΣ", "el"), relative_date("HACE 3 DIAS", "es").unit
    (Relative(text='ΠΡΙΝ ΑΠΟ 2 ΩΡΕΣ', unit='hour', start=0), 'day')
    >>> relative_date(" ΣΗΜΕΡΑ, 15:05", "el")
    Relative(text='ΣΗΜΕΡΑ, 15:05', unit='clock', start=0)
    """
    language = language_subtag(language) or "en"
    language = _DATE_WORDS_AS.get(language, language)
    best: Relative | None = None
    folded = text.translate(_FOLD)  # as long as ``text``: a match's span is the same in both
    for pattern, unit in _relative_patterns(language):
        match = pattern.search(folded)
        if match and (best is None or match.start() < best.start):
            best = Relative(text[match.start() : match.end()], unit, match.start())
    line = text.strip()
    if best is None and (match := _day_words(language).match(line.translate(_FOLD))):
        # The whole text "Gestern, 14:30" (a wall clock that day) or "Heute" (the day): a
        # sentence that starts with "Heute" is prose.
        best = Relative(line[: match.end()], "clock" if any(match.groups()) else "day", 0)
    if best is None and (label := _DAY_LABEL.match(line)):
        # a label before it: "Publié aujourd'hui à 17h32", "Published today at 5:32 PM"
        rest = line[label.end() :]
        if (match := _day_words(language).match(rest.translate(_FOLD))) and any(match.groups()):
            best = Relative(rest[: match.end()], "clock", label.end())
    return best


#: A label of one word before a day word and its clock: "Publié", "Published:" (more words
#: would be a sentence: "Il est parti hier à 17h32").
_DAY_LABEL = re.compile(r"^[^\W\d_]+:? (?=\S)")


#: A time of day after "yesterday"/"today" words: ", 14:30", " um 14:30 Uhr", " à 14h30".
#: The clock may be written with a dot ("idag 17.32", "heute, 17.32 Uhr", "yesterday 5.32pm"),
#: never a day and month ("heute, 24.11."): an hour of the day, two digits, nothing after.
_CLOCK = (
    r"(?:,?\s+(?:[^\W\d]{1,5}\.?\s+){0,2}"
    r"(\d{1,2}[:h]\d{2}|(?:[01]?\d|2[0-3])\.[0-5]\d(?![.\d]))(?:\s?[ap]\.?m\.?|\s?uhr)?)?"
)
_H_TIME = re.compile(r"\b(\d{1,2})h(\d{2})\b")
_DOT_TIME = re.compile(r"\b([01]?\d|2[0-3])\.([0-5]\d)(?![.\d])")


def day_and_clock(text: str, language: str = "en") -> str | None:
    """Today or yesterday and a time of day opening ``text``, whatever follows it.

    Read after an update label, where the date line runs on into the text after it.

    >>> day_and_clock("azi, 09:15 Meteorologii anunță o răcire", "ro")
    'azi, 09:15'
    >>> day_and_clock("Gestern, 14:30 Uhr Der Hafen", "de"), day_and_clock("azi e frig", "ro")
    ('Gestern, 14:30 Uhr', None)
    >>> day_and_clock("hoje às 10:15 A feira abriu", "pt-PT"), day_and_clock("Hoje a feira", "pt")
    ('hoje às 10:15', None)
    """
    language = language_subtag(language) or "en"
    language = _DATE_WORDS_AS.get(language, language)
    match = _day_and_clock(language).match(text.translate(_FOLD))
    return text[match.start(1) : match.end()] if match else None


@lru_cache(maxsize=64)
def _day_and_clock(language: str) -> re.Pattern[str]:
    words, short = _day_word_lists(language)
    alternatives = "|".join(sorted(map(re.escape, words | short), key=len, reverse=True))
    clock = _CLOCK.removesuffix("?")
    return re.compile(rf"\s*((?:{alternatives or '(?!)'})(?!\w){clock})(?![\d:])", re.IGNORECASE)


@lru_cache(maxsize=64)
def _day_words(language: str) -> re.Pattern[str]:
    """Today, yesterday and the day before in the page's language (and English), as a whole line."""
    words, short = _day_word_lists(language)
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    # a two-letter word ("ma 09:15", Hungarian for today) counts only with its clock
    clock = _CLOCK.removesuffix("?")
    shorts = "|".join(sorted(map(re.escape, short), key=len, reverse=True))
    alone = rf"|(?:{shorts})(?!\w){clock}" if shorts else ""
    return re.compile(rf"(?:(?:{alternatives})(?!\w){_CLOCK}{alone})\s*$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _day_word_lists(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Today, yesterday and the day before in ``language`` and English: long words, short ones."""
    from dateparser.languages.loader import default_loader

    words: set[str] = set()
    short: set[str] = set()
    for lang in _languages(language):
        try:
            info = default_loader.get_locale(lang).info
        except (KeyError, ValueError):
            continue
        relative = info.get("relative-type") or {}
        # today, yesterday, the day before yesterday ("vorgestern", "tegnapelőtt")
        for key in ("0 day ago", "1 day ago", "2 day ago"):
            for word in relative.get(key, ()):
                (words if len(word) >= 3 else short).add(word.translate(_FOLD))
    return frozenset(words), frozenset(short)


def _relative(
    relative: Relative, tz_name: str, reference: datetime | None, language: str
) -> Parsed:
    """A relative date counted back from the crawl time; without one it is no date at all.

    Exact to what it says: "2 hours ago" is an instant, "3 days ago" a day (``day_only``).
    """
    if reference is None:
        return Parsed(None, "failed", False)
    amount = _AMOUNT.search(relative.text)
    # a phrase of a time unit without a digit counts one ("an hour ago", "před hodinou");
    # a day word without one ("Hoy", "Gestern") is left to dateparser
    if relative.unit in _UNIT_SECONDS and (amount or relative.unit not in DAY_UNITS):
        # counted here: dateparser misreads inflections it lacks ("5 godzin temu": midnight)
        count = float(amount.group(0).replace(",", ".")) if amount else 1.0
        back = count * _UNIT_SECONDS[relative.unit]
        try:
            moment: datetime | None = (reference - timedelta(seconds=back)).astimezone(
                ZoneInfo(tz_name)
            )
        except (OverflowError, ValueError, ZoneInfoNotFoundError):  # "104303 weeks ago": year 0
            return Parsed(None, "failed", False)
    else:
        # "Hoje às 10h15", "idag 17.32", "i dag kl. 17.32": dateparser reads the hour-sign
        # and the dot clock as no time (midnight) or as a day, so they are written with a colon
        text = relative.text
        if relative.unit == "clock":
            text = _DOT_TIME.sub(r"\1:\2", nordic_clock(_H_TIME.sub(r"\1:\2", text)))
        moment = _dateparser(text, tz_name, reference, None, language)
    if moment is None:
        return Parsed(None, "failed", False)
    if relative.unit in DAY_UNITS:
        return Parsed(day_only(moment), "relative", True, True)
    # "Gestern, 14:30" is a wall clock in the site's zone, zoned like any printed time.
    return Parsed(moment, "relative", relative.unit != "clock")


def _unresolved_zone(
    text: str, site_zones: Mapping[str, tzinfo], tz_name: str, country: str | None
) -> bool:
    """An ambiguous abbreviation that neither the site nor its country settles."""
    return any(
        word in AMBIGUOUS_ZONES
        and word not in site_zones
        and zone_of(word, tz_name, country) is None
        for word in _ZONE_WORD.findall(text)
    )


def _parse(
    text: str,
    default_tz: tzinfo,
    site_zones: Mapping[str, tzinfo],
    reference: datetime | None,
    formats: Sequence[str],
    date_order: str | None,
    language: str,
    tz_name: str,
    country: str | None,
) -> Parsed:
    if text.isdigit() and len(text) in (10, 13) and text[0] != "0":
        # a Unix time, in seconds or milliseconds, as some CMSes write their meta dates
        stamp = datetime.fromtimestamp(int(text) / (1000 if len(text) == 13 else 1), UTC)
        if 1995 <= stamp.year <= 2100:
            return Parsed(stamp, "epoch", True)
    # "2026-11-24T17:32:00+05:30[Asia/Kolkata]": the offset says the instant, the zone's
    # name after it (RFC 9557, Java's ZonedDateTime) adds nothing to it; nor does the one
    # JavaScript's Date prints after its offset: "GMT+0530 (India Standard Time)"
    text = _JS_ZONE_NAME.sub("", text)
    moment = parse_iso(_ZONE_NAME_SUFFIX.sub("", text), default_tz)
    if moment is not None:
        return Parsed(moment, "iso", moment.tzinfo is not default_tz)
    if _TEXT_FORMAT_HINT.search(text) or _NUMERIC_FORMAT.match(text):
        try:
            moment = parse_with_formats(
                text, default_tz, site_zones, formats, tz_name=tz_name, country=country
            )
        except (OverflowError, ValueError):
            moment = None
        if moment is not None:
            return Parsed(moment, "format", moment.tzinfo is not default_tz)
    if not _RELATIVE.search(text) or _unresolved_zone(text, site_zones, tz_name, country):
        return Parsed(None, "failed", False)
    if reference is None and _ANCHORED.search(text):
        # "today", "yesterday": counted from the crawl time or not at all (never from now).
        return Parsed(None, "failed", False)
    zoned = bool(_RELATIVE_WORDS.search(text))  # "5 hours ago" is exact from the crawl time
    # A zone word is written as an offset dateparser reads; a zone with summer time ("CT":
    # America/Chicago) gets today's, and the wall clock is put back in the zone afterwards.
    written: list[tuple[tzinfo, timezone]] = []
    for abbreviation, zone in site_zones.items():
        text, count = _as_offset(_whole_word(abbreviation), zone, text, written)
        zoned = zoned or bool(count)
    # Other abbreviations ("EST" in "9:05 a.m. EST") with the offset they mean on this site,
    # so the result counts as zoned and is never moved to another date's offset later.
    for word in set(_ZONE_WORD.findall(text)) - _NOT_ZONES:
        if (fixed := zone_of(word, tz_name, country)) is not None:
            text, count = _as_offset(_zone_word(word), fixed, text, written)
            zoned = zoned or bool(count)
    order = date_order or _day_first(language)
    moment = _dateparser(text, tz_name, reference, order, language)
    if moment is None:
        return Parsed(None, "failed", False)
    # "05/11/2026" with no order from the site, the page's region or its language: read as
    # dateparser does (month first in English), and said so in the method counted
    method = "assumed_day_order" if order is None and ambiguous_day_order(text) else "dateparser"
    if len(written) == 1 and moment.tzinfo is not None:
        # dateparser gives the instant in the site's zone (UTC when it has none): the printed
        # offset is kept, since a zoneless date beside it on the page takes that offset
        zone, today = written[0]
        moment = moment.astimezone(today).replace(tzinfo=zone)
    zoned = zoned or bool(_OFFSET.search(text)) or _dateparser_zone_word(text)
    return Parsed(moment, method, zoned)


_ZONE_NAME_SUFFIX = re.compile(r"(?<=[\dZ])\[[A-Za-z_/+-]{1,40}\]$")
_JS_ZONE_NAME = re.compile(r"(?<=GMT[+-]\d{4}) \([^()\d]{2,60}\)$")


def _as_offset(
    word: re.Pattern[str], zone: tzinfo, text: str, written: list[tuple[tzinfo, timezone]]
) -> tuple[str, int]:
    """``text`` with the zone ``word`` written as its offset today, and how many were.

    The zone is added to ``written`` with the offset written, so the parsed wall clock can be
    given the zone back (with the offset of its own date when it changes with the season).
    """
    now = datetime.now(zone)
    text, count = word.subn(now.strftime("%z"), text)
    if count:
        offset = now.utcoffset()
        assert offset is not None
        written.append((zone, timezone(offset)))
    return text, count


def _dateparser_zone_word(text: str) -> bool:
    """Whether ``text`` names a zone dateparser reads itself ("CLT", "MEST", "IRST").

    Its instant is then exact: a zone for zoneless dates applied on top of it would move it
    by that zone's offset.

    >>> _dateparser_zone_word("Mar 28, 2026 11:00 AM CLT"), _dateparser_zone_word("11:00 AM")
    (True, False)
    """
    words = set(_ZONE_WORD.findall(text)) - _NOT_ZONES
    return bool(words) and not words.isdisjoint(_dateparser_zone_names())


@lru_cache(maxsize=1)
def _dateparser_zone_names() -> frozenset[str]:
    from dateparser.timezones import timezone_info_list

    return frozenset(str(zone[0]) for info in timezone_info_list for zone in info["timezones"])


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=256)
def _whole_word(word: str) -> re.Pattern[str]:
    # Compiled once: dateparser cycles re's own cache of 512 patterns.
    return re.compile(rf"\b{word}\b")


@lru_cache(maxsize=256)
def _zone_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{word}\b(?!\s*[+-]\d)")  # not "UTC+5:30"


# -- dates printed without their year -------------------------------------------------------

MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_ENGLISH_MONTHS = {
    **{key: number for number, key in enumerate(MONTH_KEYS, 1)},
    **{key[:3]: number for number, key in enumerate(MONTH_KEYS, 1)},
    "sept": 9,
}
#: The acute accent (the Greek tonos), which capitals drop while keeping the diaeresis.
_ACUTE = "\u0301"


def unaccented(names: Iterable[str]) -> set[str]:
    """Month names as written, and as pages print them in capitals: without their accents.

    Greek capitals drop the tonos and keep the diaeresis or not; French ones often drop
    every accent ("5 FEVRIER 2026").

    >>> sorted(unaccented(["μαΐου", "février"]))
    ['fevrier', 'février', 'μαΐου', 'μαιου', 'μαϊου']
    """
    found: set[str] = set()
    for name in names:
        split = unicodedata.normalize("NFD", name)
        found.add(name)
        found.add(unicodedata.normalize("NFC", split.replace(_ACUTE, "")))
        bare = "".join(c for c in split if not unicodedata.combining(c))
        found.add(unicodedata.normalize("NFC", bare))
    return found


@lru_cache(maxsize=64)
def local_month_numbers(language: str) -> dict[str, int]:
    """The language's own month names in lower case (dateparser's data), with their numbers.

    Also as capitals print them, without accents; names of three letters or more, no digits.

    ``language`` as dateparser names its locales ("de", "sr-Latn").

    >>> local_month_numbers("de")["märz"], local_month_numbers("de")["marz"], local_month_numbers("en")
    (3, 3, {})
    """
    if not language or language == "en":
        return {}
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(language).info
    except (KeyError, ValueError, ImportError):
        return {}
    names: dict[str, int] = {}
    for number, key in enumerate(MONTH_KEYS, 1):
        for name in info.get(key, ()):
            name = str(name).strip(".").lower()
            if len(name) >= 3 and not any(c.isdigit() for c in name):
                for form in unaccented([name]):
                    names.setdefault(form, number)
    return names


@lru_cache(maxsize=64)
def month_numbers(language: str) -> dict[str, int]:
    """Month names in lower case with their numbers: English, and the language's own.

    >>> month_numbers("fr")["nov"], month_numbers("fr")["novembre"]
    (11, 11)
    """
    return {**local_month_numbers(language_subtag(language) or "en"), **_ENGLISH_MONTHS}


class Yearless(NamedTuple):
    """A day and month printed without a year, and where the year goes (``year`` a format)."""

    at: int
    year: str
    month: int
    day: int


@lru_cache(maxsize=64)
def _yearless_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(sorted(map(re.escape, month_numbers(language)), key=len, reverse=True))
    # a year after the day or the month: then the date is whole ("Nov 24, 2026", "24 de
    # noviembre de 2026"), and a clock after it is no year ("Nov 24, 5:32 PM")
    # ("24 Nov 26 17:32", RFC 822's two digits, is a year too)
    no_year = r"(?![.,]? ?(?:de |del |of )?(?:\d{4}(?!\d)|\d\d(?![\d:.h])))"
    month_first = re.compile(
        rf"(?<![\w.])(?<!\d )({months})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?![\w:/])(?![.h]\d){no_year}",
        re.IGNORECASE,
    )
    day_first = re.compile(
        rf"(?<![\w:.,/])(\d{{1,2}})(?:st|nd|rd|th|\.|º|er|ª)?(?: (?:de|del|di|of))? ({months})\b\.?"
        rf"{no_year}",
        re.IGNORECASE,
    )
    return month_first, day_first


#: "11月24日", "11월 24일": the year goes before the month, in the same script.
_CJK_YEARLESS = re.compile(r"(?<![\d年년])(?<![年년] )(\d{1,2}) ?([月월]) ?(\d{1,2}) ?[日일]")
#: A time of day and no day but a weekday's: "6:45 PM", "at 17:32", "Tuesday 6:45 PM EST".
_CLOCK_ALONE = re.compile(
    rf"(?:{_WEEKDAY_NAME},?\s+)?(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?"
    rf"(?:\s+[A-Z]{{2,5}})?(?:,?\s+{_WEEKDAY_NAME})?",
    re.IGNORECASE,
)
#: A year, in any digits ("2026", "٢٠٢٦").
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_A_DAY = timedelta(days=1)
#: A year just before a day and month ("2026. november 24.", "2026 Nov 24"), in any digits.
_YEAR_BEFORE = re.compile(r"\d{4}[.,]? ?$")
#: A month and day, then a weekday in brackets and a clock: "11/24(火) 14:05".
_WEEKDAY_SLASH_YEARLESS = re.compile(
    r"(?<![\d/.])(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])"
    rf"(?= ?{BRACKETED_WEEKDAY} ?\d{{1,2}}:\d{{2}})"
)


def yearless_dates(text: str, language: str = "en") -> list[Yearless]:
    """The days ``text`` prints with a month but no year, in order; none if it prints a year.

    >>> [(y.month, y.day) for y in yearless_dates("Nov 24, 5:32 PM EST")]
    [(11, 24)]
    >>> [(y.month, y.day) for y in yearless_dates("24. November, 17:32 Uhr", "de")]
    [(11, 24)]
    >>> yearless_dates("Nov 24, 2026, 5:32 PM"), yearless_dates("2026. november 24. 14:05", "hu")
    ([], [])
    >>> yearless_dates("24 de noviembre de 2026", "es"), yearless_dates("March 5:30")
    ([], [])
    >>> yearless_dates("November 24th, 2026 at 3:05 p.m. ET"), yearless_dates("24th Nov. 2026")
    ([], [])
    >>> yearless_dates("Fri Apr 28 19:20:36 CEST 2023"), yearless_dates("Tue, 24 Nov 26 17:32:00 GMT")
    ([], [])
    >>> [(y.month, y.day) for y in yearless_dates("11/24(火) 14:05配信", "ja")]
    [(11, 24)]
    """
    if _FOUR_DIGITS.search(text):
        return []  # "Fri Apr 28 19:20:36 CEST 2023": the year after the clock
    found: list[Yearless] = []
    numbers = month_numbers(language)
    month_first, day_first = _yearless_patterns(language)
    for match in month_first.finditer(text):
        if not _YEAR_BEFORE.search(text, 0, match.start()):
            month, day = numbers[match.group(1).lower()], int(match.group(2))
            found.append(Yearless(match.end(), ", {}", month, day))
    for match in day_first.finditer(text):
        if not _YEAR_BEFORE.search(text, 0, match.start()):
            month, day = numbers[match.group(2).lower()], int(match.group(1))
            found.append(Yearless(match.end(), " {}", month, day))
    for match in _CJK_YEARLESS.finditer(text):
        year = "{}年" if match.group(2) == "月" else "{}년 "
        found.append(Yearless(match.start(), year, int(match.group(1)), int(match.group(3))))
    if language_subtag(language) in ("ja", "ko"):
        # "11/24(火) 14:05配信", as Japanese portals date a story: month first, its weekday
        for match in _WEEKDAY_SLASH_YEARLESS.finditer(text):
            found.append(Yearless(match.start(), "{}/", int(match.group(1)), int(match.group(2))))
    # one date read both ways ("24 November 30"): the one that starts first
    found.sort(key=lambda y: y.at)
    return [y for y in found if 1 <= y.month <= 12 and 1 <= y.day <= 31]


def with_year(text: str, year: int, dates: Sequence[Yearless]) -> str:
    """``text`` with ``year`` written into each of its year-less ``dates``.

    >>> with_year("Nov 24, 5:32 PM", 2026, yearless_dates("Nov 24, 5:32 PM"))
    'Nov 24, 2026, 5:32 PM'
    >>> with_year("11月24日 17時32分", 2026, yearless_dates("11月24日 17時32分", "ja"))
    '2026年11月24日 17時32分'
    """
    for found in sorted(dates, key=lambda y: y.at, reverse=True):
        text = text[: found.at] + found.year.format(year) + text[found.at :]
    return text


def year_near(month: int, day: int, near: date) -> int | None:
    """The year that puts ``month``/``day`` closest to ``near`` (the article URL's day).

    >>> year_near(12, 31, date(2027, 1, 1)), year_near(11, 24, date(2026, 11, 24))
    (2026, 2026)
    """
    candidates = [
        (abs((day_of - near).days), year)
        for year in (near.year - 1, near.year, near.year + 1)
        if (day_of := _valid_day(year, month, day)) is not None
    ]
    return min(candidates)[1] if candidates else None


def year_before(month: int, day: int, latest: date) -> int | None:
    """The latest year that puts ``month``/``day`` on or before ``latest``.

    >>> year_before(12, 28, date(2026, 11, 30)), year_before(11, 24, date(2026, 11, 30))
    (2025, 2026)
    """
    for year in range(latest.year, latest.year - 8, -1):
        if (day_of := _valid_day(year, month, day)) is not None and day_of <= latest:
            return year
    return None


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
