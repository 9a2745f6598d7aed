# ruff: noqa: RUF002, RUF003  (Persian month names and digits as pages print them)
"""Solar Hijri (Jalali) dates, as Iranian and Afghan pages print them, read as Gregorian."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

#: Page languages whose numeric dates are Solar Hijri ("۱۴۰۵/۰۹/۰۸"): Persian (Iran and
#: Afghanistan's Dari) and Pashto. Arabic pages' "1448/05/15" is the lunar Hijri calendar.
LANGUAGES = frozenset({"fa", "prs", "ps"})

#: Years read: the 33-year leap rule below is the calendar's own from 1210 to 1634 AP.
FIRST_YEAR, LAST_YEAR = 1300, 1499
#: 1 Farvardin 1403, the anchor of the day count.
_NOWRUZ_1403 = date(2024, 3, 20)

_MONTHS = (
    # Iran
    ("فروردین",), ("اردیبهشت",), ("خرداد",), ("تیر",), ("مرداد", "امرداد"), ("شهریور",),
    ("مهر",), ("آبان",), ("آذر",), ("دی",), ("بهمن",), ("اسفند",),
)  # fmt: skip
#: Afghanistan's Dari and Pashto names of the same twelve months.
_AFGHAN_MONTHS = (
    ("حمل", "وری"), ("ثور", "غویی"), ("جوزا", "غبرگولی"), ("سرطان", "چنگاښ"), ("اسد", "زمری"),
    ("سنبله", "وږی"), ("میزان", "تله"), ("عقرب", "لړم"), ("قوس", "لیندۍ"), ("جدی", "مرغومی"),
    ("دلو", "سلواغه"), ("حوت", "کب"),
)  # fmt: skip
_MONTH_NUMBER = {
    name: number
    for table in (_MONTHS, _AFGHAN_MONTHS)
    for number, names in enumerate(table, start=1)
    for name in names
}
#: Arabic-Indic and Persian digits; the Arabic yeh, kaf and alef maksura Persian writes
#: as ی and ک (a page may print "تير" or "دي" for تیر and دی); no tatweel.
_FOLD = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹يكى", "0123456789" * 2 + "یکی", "\u0640")
#: The same, one character for one, to find a date's place in the text as printed.
_SAME_LENGTH = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹يكى", "0123456789" * 2 + "یکی")
_MONTH = "|".join(sorted(map(re.escape, _MONTH_NUMBER), key=len, reverse=True))
_CLOCK = r"(\d{1,2}):(\d{2})(?::(\d{2}))?"
_GAP = r"\s*(?:[-\u2013\u2014|،,]\s*)?(?:ساعت\s*)?"
_YEAR = r"(1[34]\d\d)"
#: "۸ آذر ۱۴۰۵ - ۱۵:۰۵", "۸ آذر ۱۴۰۵ ساعت ۱۵:۰۵", "۱۵:۰۵ - ۸ آذر ۱۴۰۵".
NAMED = re.compile(
    rf"(?:(?<![\d:]){_CLOCK}{_GAP})?(?<!\d)(\d{{1,2}})\s+({_MONTH})\s+{_YEAR}(?!\d)"
    rf"(?:{_GAP}{_CLOCK}(?!\d))?"
)
#: "۱۴۰۵/۰۹/۰۸ ۱۵:۰۵", "1405-09-08T15:05:00+03:30": year first, as Persian pages write it.
NUMERIC = re.compile(
    rf"(?:(?<![\d:]){_CLOCK}{_GAP})?(?<![\d/.-]){_YEAR}(?P<sep>[/.-])(\d{{1,2}})(?P=sep)(\d{{1,2}})(?![\d/.-])"
    rf"(?:(?:T|{_GAP}){_CLOCK}(?!\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)?)?"
)
#: A numeric date with no four-digit year, which a Persian page may write in either calendar
#: ("۰۵/۰۹/۰۸"): never guessed.
_SHORT_YEAR = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{1,2}(?![\d/.-])")


def fold(text: str) -> str:
    """``text`` with Western digits and Persian letters, one character for one.

    >>> fold("۸ آذر ۱۴۰۵"), fold("۲۴ تير")
    ('8 آذر 1405', '24 تیر')
    """
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def find(line: str) -> tuple[int, int] | None:
    """Where the first Solar Hijri date in ``line`` starts and ends, with its clock.

    >>> find("شنبه ۸ آذر ۱۴۰۵ ساعت ۱۵:۰۵ | کد خبر: 123456"), find("۱۴۰۵/۰۹/۰۷ ۲۱:۴۰")
    ((5, 26), (0, 16))
    """
    probe = line.translate(_SAME_LENGTH)
    found = [match.span() for pattern in (NAMED, NUMERIC) if (match := pattern.search(probe))]
    return min(found) if found else None


def is_leap(year: int) -> bool:
    """Whether Esfand of ``year`` has 30 days (the 33-year rule, eight leap years a cycle).

    >>> [y for y in range(1395, 1410) if is_leap(y)]
    [1395, 1399, 1403, 1408]
    """
    return (year * 8 + 29) % 33 < 8


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri one; None for a day the calendar lacks.

    >>> to_gregorian(1405, 9, 8), to_gregorian(1357, 11, 22), to_gregorian(1403, 12, 30)
    (datetime.date(2026, 11, 29), datetime.date(1979, 2, 11), datetime.date(2025, 3, 20))
    >>> to_gregorian(1404, 12, 30), to_gregorian(1405, 7, 31), to_gregorian(2026, 1, 1)
    (None, None, None)
    """
    if not FIRST_YEAR <= year <= LAST_YEAR or not 1 <= month <= 12 or day < 1:
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if is_leap(year) else 29
    if day > length:
        return None
    start = sum(365 + is_leap(y) for y in range(1403, year)) - sum(
        365 + is_leap(y) for y in range(year, 1403)
    )
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _NOWRUZ_1403 + timedelta(days=start + before + day - 1)


def as_gregorian(text: str, language: str) -> str | None:
    """``text`` with its Solar Hijri date written as Gregorian ISO, or ``text`` as it is.

    None when ``text`` holds a date in a form that cannot be read for sure: a Solar Hijri
    day the calendar lacks, or, on a page in a Solar Hijri language, an all-numeric date
    without a four-digit year. Month names count in every language; a numeric year-first
    date only where Persian or Pashto is written.

    >>> as_gregorian("یکشنبه ۸ آذر ۱۴۰۵ ساعت ۱۵:۰۵", "fa")
    '2026-11-29T15:05'
    >>> as_gregorian("۱۴۰۵/۰۹/۰۷ ۲۱:۴۰", "fa"), as_gregorian("1405-09-08T15:05:00+03:30", "fa")
    ('2026-11-28T21:40', '2026-11-29T15:05:00+03:30')
    >>> as_gregorian("۸ آذر ۱۴۰۵ - ۱۵:۰۵ (GMT+3:30)", "fa")
    '2026-11-29T15:05+03:30'
    >>> as_gregorian("24 November 2026", "en"), as_gregorian("1448/05/15", "ar")
    ('24 November 2026', '1448/05/15')
    >>> as_gregorian("۳۱ مهر ۱۴۰۵", "fa") is None, as_gregorian("۰۵/۰۹/۰۸", "fa") is None
    (True, True)
    """
    probe = fold(text)
    numeric = language in LANGUAGES
    if match := NAMED.search(probe):
        day = to_gregorian(int(match[6]), _MONTH_NUMBER[match[5]], int(match[4]))
        clock = match.groups()[6:9] if match[7] else match.groups()[0:3]
        return _iso(day, clock, _offset_after(probe, match.end()))
    if numeric and (match := NUMERIC.search(probe)):
        day = to_gregorian(int(match[4]), int(match[6]), int(match[7]))
        clock = match.groups()[7:10] if match[8] else match.groups()[0:3]
        zone = match[12] if match[8] else None
        return _iso(day, clock, zone or _offset_after(probe, match.end()))
    if numeric and _SHORT_YEAR.search(probe):
        return None
    return text


#: An offset printed after the clock: " (GMT+3:30)", " UTC+03:30", " +0330".
_OFFSET_AFTER = re.compile(
    r"\s*\(?\s*(?:(?:GMT|UTC)\s?)?([+-])(\d{1,2})(?::?(\d\d))?\s*\)?(?![\d:])"
)


def _offset_after(probe: str, end: int) -> str | None:
    """The offset printed right after a date, as ISO writes it ("+03:30"), else None.

    >>> _offset_after("۱۵:۰۵ (GMT+3:30)".translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")), 5)
    '+03:30'
    """
    found = _OFFSET_AFTER.match(probe, end)
    if found is None or (found[0].strip()[:1] in "+-" and found[3] is None):
        return None  # a bare "+3" after a clock is no offset
    if int(found[2]) > 14:
        return None
    return f"{found[1]}{int(found[2]):02d}:{found[3] or '00'}"


def _iso(day: date | None, clock: tuple[str | None, ...], zone: str | None) -> str | None:
    if day is None:
        return None
    hour, minute, second = clock
    if hour is None or minute is None:
        return day.isoformat()
    if int(hour) > 23 or int(minute) > 59:
        return None
    value = f"{day.isoformat()}T{int(hour):02d}:{minute}" + (f":{second}" if second else "")
    return value + (zone or "")
