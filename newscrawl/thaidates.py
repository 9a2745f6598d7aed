"""Thai printed dates: Thai month names and Buddhist Era years, given as Gregorian ISO."""

from __future__ import annotations

import re
from datetime import date

#: The Buddhist Era counts 543 years ahead of the Gregorian calendar (2569 BE is 2026 CE).
BE_OFFSET = 543

_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip


def _short(name: str) -> str:
    """An abbreviation with its dots optional and a space allowed after them: "พ.ย.", "พ.ย", "พย."."""
    return r"\.?\s?".join(re.escape(part) for part in name.strip(".").split(".")) + r"\.?"


_MONTHS: dict[str, int] = {name: n for n, name in enumerate(_FULL, 1)}
_MONTH = "|".join([*_FULL, *(_short(name) for name in _SHORT)])
#: The clock after a Thai date: after a dash, a comma, a bar or "เวลา" (time), with "น."
#: (o'clock) or "นาฬิกา" after it: " 15:05 น.", " เวลา 15.05 น.", " - 18:40".
_CLOCK = (
    r"(?:\s*(?:[-\u2013|,]\s*)?(?:เวลา\s*)?(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)"
    r"(?:[:.]([0-5]\d)(?!\d))?(?:\s*(?:น\.|นาฬิกา))?)?"
)
#: "29 พ.ย. 2569 15:05 น.", "29 พฤศจิกายน พ.ศ. 2569 เวลา 15.05 น.", "2 ธ.ค. 69": the day,
#: the month, an era word, the year (four digits or the BE's last two), then a clock; or the
#: clock first, with its "น.": "15:05 น. 29 พ.ย. 2569".
THAI_DATE = re.compile(
    r"(?<![\d:.])(?:([01]?\d|2[0-3])[:.]([0-5]\d)\s*น\.\s*(?:[-\u2013|,]\s*)?)?"
    rf"(\d{{1,2}})\s*({_MONTH})\s*(?:(พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(\d{{4}}|\d{{2}})(?!\d)" + _CLOCK
)
#: "29/11/2569 15:05": day, month and a Buddhist Era year in numbers, which a Thai page alone
#: prints (no Gregorian year of a news page starts with 24, 25 or 26).
BE_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(2[4-6]\d\d)(?![\d/.-]\d)" + _CLOCK
)
#: Thai digits, which some pages print dates in ("๒๙ พ.ย. ๒๕๖๙").
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _month(name: str) -> int | None:
    if (number := _MONTHS.get(name)) is not None:
        return number
    letters = re.sub(r"[.\s]", "", name)
    for n, short in enumerate(_SHORT, 1):
        if short.replace(".", "") == letters:
            return n
    return None


def _year(printed: str, era: str | None) -> int:
    """The Gregorian year of a printed year: a Buddhist Era one unless "ค.ศ." (CE) says not.

    Four digits from 2400 up, or after "พ.ศ.", are BE; two digits are the BE's last two, as
    papers abbreviate them ("69" is 2569 BE, 2026); four digits below 2400 are Gregorian, as
    some Thai pages print them beside Thai month names.
    """
    year = int(printed)
    if era is not None and era.startswith("ค"):
        return year
    if len(printed) == 2:
        return 2500 + year - BE_OFFSET
    if year >= 2400 or era is not None:
        return year - BE_OFFSET
    return year


def thai_date(text: str) -> tuple[int, int, str] | None:
    """The first Thai printed date in ``text``: its start, end and Gregorian naive ISO form.

    >>> thai_date("29 พ.ย. 2569 15:05 น.")
    (0, 21, '2026-11-29T15:05')
    >>> thai_date("วันอาทิตย์ที่ 29 พฤศจิกายน พ.ศ. 2569 เวลา 15.05 น.")[2]
    '2026-11-29T15:05'
    >>> thai_date("2 ธ.ค. 69")[2], thai_date("๒๙ พ.ย. ๒๕๖๙")[2], thai_date("29 พ.ย. 2026 15:05")[2]
    ('2026-12-02', '2026-11-29', '2026-11-29T15:05')
    >>> thai_date("15:05 น. 29 พ.ย. 2569")
    (0, 21, '2026-11-29T15:05')
    >>> thai_date("29/11/2569 15:05")[2], thai_date("29/11/2026 15:05")
    ('2026-11-29T15:05', None)
    >>> thai_date("31 ก.พ. 2569") is None, thai_date("29 November 2026") is None
    (True, True)
    """
    probe = text.translate(_DIGITS)
    found: list[tuple[int, int, str]] = []
    for match in THAI_DATE.finditer(probe):
        first_hour, first_minute, day, name, era, printed, *clock = match.groups()
        if first_hour is not None and clock[0] is None:
            clock = [first_hour, first_minute, None]
        if (month := _month(name)) and (iso := _iso(_year(printed, era), month, day, clock)):
            found.append((match.start(), match.end(), iso))
            break
    for match in BE_NUMERIC_DATE.finditer(probe):
        day, _, number, printed, *clock = match.groups()
        if iso := _iso(int(printed) - BE_OFFSET, int(number), day, clock):
            found.append((match.start(), match.end(), iso))
            break
    return min(found, default=None)


def _iso(year: int, month: int, day: str, clock: list[str | None]) -> str | None:
    try:
        iso = date(year, month, int(day)).isoformat()
    except ValueError:
        return None
    hour, minute, second = clock
    if hour is None:
        return iso
    return f"{iso}T{int(hour):02d}:{minute}" + (f":{second}" if second else "")


#: An ISO date whose year is a Buddhist Era one, as CMSes on a Thai locale write them.
_BE_ISO = re.compile(r"(2[4-6]\d\d)(?=-[01]\d-[0-3]\d(?:[T ]|$))")


def be_iso(value: str) -> str | None:
    """An ISO date with a Buddhist Era year, as CMSes on a Thai locale write it, in CE.

    >>> be_iso("2569-11-27T08:00:00+07:00"), be_iso("2026-11-27T08:00:00+07:00")
    ('2026-11-27T08:00:00+07:00', None)
    """
    if (match := _BE_ISO.match(value)) is None:
        return None
    return f"{int(match.group(1)) - BE_OFFSET:04d}{value[match.end() :]}"
