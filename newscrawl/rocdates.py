# ruff: noqa: RUF001, RUF002  (Chinese dates are printed with their own full-width punctuation)
"""Taiwanese printed dates in the Republic of China (Minguo) calendar, given as Gregorian ISO."""

from __future__ import annotations

import re
from datetime import date

#: The Republic of China counts its years from 1912: year 1 is 1912, 115 is 2026.
ROC_OFFSET = 1911

#: The half of the day Chinese pages print before a 12-hour clock ("下午 3:05"), with noon
#: ("中午"), the evening ("晚上") and the small hours ("凌晨").
HALF_DAY = "上午|下午|中午|晚上|晚間|晚间|凌晨|早上"
#: The clock after a date, with the half of the day before it on a 12-hour one: " 09:15",
#: " 下午 02:30", "下午3:05".
_CLOCK = (
    rf"(?:\s*(?:({HALF_DAY})\s*)?(?<![\d:])([01]?\d|2[0-3])[:：]([0-5]\d)"
    r"(?![\d])(?:[:：]([0-5]\d)(?!\d))?)?"
)
#: "民國115年11月24日", "中華民國115年11月22日", "民国115年", or a three-digit year with the
#: year sign alone, "115年11月24日" (no Gregorian year of a news page has three digits).
ROC_CJK_DATE = re.compile(
    r"(?:(?:中華|中华)?民[國国]\s*(\d{1,3})|(?<!\d)(1\d\d))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"(?:\s*[(\uff08][^\d\s()\uff08\uff09]{1,3}[)\uff09])?" + _CLOCK
)
#: "115/11/24 16:40", "115-11-24", "115.11.24": a three-digit ROC year first, as Taiwanese
#: CMSes print it; ROC years 100 to 199 are 2011 to 2110.
ROC_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(1\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-]\d)(?!\d)" + _CLOCK
)
_PM = frozenset({"下午", "晚上", "晚間", "晚间"})


def roc_date(text: str) -> tuple[int, int, str] | None:
    """The first ROC-calendar date in ``text``: its start, end and Gregorian naive ISO form.

    >>> roc_date("民國115年11月24日 09:15")
    (0, 18, '2026-11-24T09:15')
    >>> roc_date("發佈時間：115/11/24 下午 04:40")[2], roc_date("中華民國115年11月22日")[2]
    ('2026-11-24T16:40', '2026-11-22')
    >>> roc_date("2026/11/24 14:05") is None, roc_date("115/13/24") is None
    (True, True)
    """
    found = []
    for pattern in (ROC_CJK_DATE, ROC_NUMERIC_DATE):
        for match in pattern.finditer(text):
            if pattern is ROC_CJK_DATE:
                era, bare, month, day, half, hour, minute, second = match.groups()
                year = era or bare
            else:
                year, _, month, day, half, hour, minute, second = match.groups()
            if (iso := _iso(int(year), month, day, half, hour, minute, second)) is not None:
                found.append((match.start(), match.end(), iso))
                break
    return min(found, default=None)


def _iso(
    year: int,
    month: str,
    day: str,
    half: str | None,
    hour: str | None,
    minute: str | None,
    second: str | None,
) -> str | None:
    try:
        iso = date(year + ROC_OFFSET, int(month), int(day)).isoformat()
    except ValueError:
        return None
    if hour is None:
        return iso
    clock = int(hour)
    if half is not None and 1 <= clock <= 12:
        if half == "中午":  # noon, 11 to 1 o'clock: "中午12:30", "中午1:10"
            clock += 12 if clock < 11 else 0
        else:
            clock = clock % 12 + (12 if half in _PM else 0)
    return f"{iso}T{clock:02d}:{minute}" + (f":{second}" if second else "")
