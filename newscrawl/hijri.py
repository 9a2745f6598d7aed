# ruff: noqa: RUF001, RUF002  (Arabic month names, digits and marks as pages print them)
"""Arabic printed dates: Hijri (Umm al-Qura) beside or instead of Gregorian, read as Gregorian."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

#: Letters folded one for one (the hamza forms of alef, alef maksura, teh marbuta) and
#: Arabic-Indic digits as Western ones: positions in the folded text are those printed.
_FOLD = str.maketrans("أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "اااايه" + "0123456789" * 2)

#: The twelve lunar Hijri months, folded, with the spellings Gulf and Levantine papers print.
_HIJRI_MONTHS = (
    ("محرم", "المحرم"), ("صفر",), ("ربيع الاول", "ربيع اول"),
    ("ربيع الاخر", "ربيع الثاني", "ربيع اخر", "ربيع ثاني"),
    ("جمادي الاولي", "جمادي الاول", "جمادي اولي"),
    ("جمادي الاخره", "جمادي الثانيه", "جمادي الاخر", "جمادي الثاني", "جمادي اخره"),
    ("رجب",), ("شعبان",), ("رمضان",), ("شوال",), ("ذو القعده", "ذي القعده", "ذوالقعده"),
    ("ذو الحجه", "ذي الحجه", "ذوالحجه"),
)  # fmt: skip
#: Gregorian months as Egypt and the Gulf (يناير), the Levant and Iraq (كانون الثاني) and the
#: Maghreb (جانفي, يناير with نونبر) name them, folded.
_GREGORIAN_MONTHS = (
    ("يناير", "كانون الثاني", "جانفي"), ("فبراير", "شباط", "فيفري"), ("مارس", "اذار"),
    ("ابريل", "نيسان", "افريل"), ("مايو", "ايار", "ماي"), ("يونيو", "يونيه", "حزيران", "جوان"),
    ("يوليو", "يوليه", "تموز", "جويليه", "يوليوز"), ("اغسطس", "اب", "اوت", "غشت"),
    ("سبتمبر", "ايلول", "شتنبر"), ("اكتوبر", "تشرين الاول"), ("نوفمبر", "تشرين الثاني", "نونبر"),
    ("ديسمبر", "كانون الاول", "دجنبر"),
)  # fmt: skip


def _numbers(table: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    return {name: number for number, names in enumerate(table, start=1) for name in names}


_HIJRI_NUMBER = _numbers(_HIJRI_MONTHS)
_GREGORIAN_NUMBER = _numbers(_GREGORIAN_MONTHS)


def _alternatives(names: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


_NOT_LETTER = r"(?![^\W\d_])"
#: "بتوقيت مكة المكرمة" (Mecca time), "بتوقيت غرينتش" (Greenwich), folded: places whose clock
#: keeps one offset all year, as Gulf papers name the zone after a time ("عمان" is Oman or
#: Amman, unvowelled: neither).
_PLACE_OFFSETS = {
    "غرينتش": "+00:00", "غرينيتش": "+00:00", "جرينتش": "+00:00", "مكه المكرمه": "+03:00",
    "مكه": "+03:00", "السعوديه": "+03:00", "الرياض": "+03:00", "الكويت": "+03:00",
    "الدوحه": "+03:00", "قطر": "+03:00", "البحرين": "+03:00", "الامارات": "+04:00",
    "ابوظبي": "+04:00", "ابو ظبي": "+04:00", "دبي": "+04:00", "مسقط": "+04:00",
}  # fmt: skip
#: "هـ" (hijri), "م" (miladi: Gregorian) after a year.
_HIJRI_MARK = rf"(?:\s*ه\u0640?{_NOT_LETTER})"
_ERA_MARK = rf"(?:\s*م\u0640?{_NOT_LETTER})"
#: The parts of a printed date line: a Hijri date by name or in numbers (a year 1300-1499
#: written in Arabic is the Hijri one, with or without "هـ"), a Gregorian one by name, a clock
#: with "ص" (a.m.) or "م" (p.m.) and a zone abbreviation after it.
_PART = re.compile(
    rf"(?P<hd>(?<!\d)\d{{1,2}})\s+(?P<hm>{_alternatives(_HIJRI_NUMBER)})\s+(?P<hy>1[34]\d\d)(?!\d)"
    rf"{_HIJRI_MARK}?"
    rf"|(?<![\d/.-])(?P<ny>1[34]\d\d)(?P<s1>[/.-])(?P<nm>\d{{1,2}})(?P=s1)(?P<nd>\d{{1,2}})(?![\d/.-])"
    rf"{_HIJRI_MARK}?"
    rf"|(?<![\d/.-])(?P<rd>\d{{1,2}})(?P<s2>[/.-])(?P<rm>\d{{1,2}})(?P=s2)(?P<ry>1[34]\d\d)(?![\d/.-])"
    rf"{_HIJRI_MARK}?"
    rf"|(?P<gd>(?<!\d)\d{{1,2}})\s+(?P<gm>{_alternatives(_GREGORIAN_NUMBER)})\s*،?\s+"
    rf"(?P<gy>(?:19|20)\d\d)(?!\d){_ERA_MARK}?"
    r"|(?<![\d:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?!\d)"
    rf"(?:\s*(?:(?P<am>صباحا|ص)|(?P<pm>مساءا|مساء|م)){_NOT_LETTER})?"
    # the zone by its abbreviation or its offset: "AST", "(GMT+3)", "+03:00"
    r"(?:\s+\(?(?P<zone>(?:GMT|UTC)[+-]\d{1,2}(?::?\d\d)?|[A-Z]{2,5}(?![+-]\d)|[+-]\d\d:?\d\d)"
    r"(?![\w:])\)?"
    rf"|\s*\(?\s*ب?توقيت\s+(?P<place>{'|'.join(sorted(_PLACE_OFFSETS, key=len, reverse=True))})"
    rf"{_NOT_LETTER}\)?)?"
)
#: What may stand between two parts of one date: dashes, bars, commas, "الموافق" (which
#: corresponds to), "الساعة" (at the hour), "في" (at).
_GAP = re.compile(r"[\s\-\u2013\u2014|،,/]*(?:(?:الموافق|الساعه|في)[\s\-\u2013\u2014|،,:]*)?")
#: An ISO date with a Hijri year, as .NET writes one on the ar-SA culture.
_ISO_HIJRI = re.compile(r"(1[34]\d\d)-(\d\d)-(\d\d)(?=T|\s|$)")
#: What a date line is found by, folded: a day and a month's name, or a Hijri year in numbers.
_HINT = re.compile(
    rf"\d\s+(?:{_alternatives({**_HIJRI_NUMBER, **_GREGORIAN_NUMBER})})\s"
    r"|1[34]\d\d[/.-]\d|\d[/.-]1[34]\d\d"
)


class Found(NamedTuple):
    """A date found in an Arabic line: its span, and its Gregorian day and clock."""

    start: int
    end: int
    day: date | None
    clock: str
    zone: str


def fold(text: str) -> str:
    """``text`` with Western digits and the letters month names are matched on, one for one.

    >>> fold("١٤ جمادى الآخرة ١٤٤٨ هـ")
    '14 جمادي الاخره 1448 هـ'
    """
    return text.translate(_FOLD)


def find(line: str) -> Found | None:
    """The first Arabic date in ``line``: Hijri, Gregorian or both, with the clock beside them.

    A Gregorian date printed beside the Hijri one is the date; a Hijri date alone is read by
    the Umm al-Qura calendar; one that calendar lacks is a date found but no day (``None``).

    >>> found = find("الثلاثاء 14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر 2026 م - 02:05 م")
    >>> found.start, found.end, found.day, found.clock
    (9, 67, datetime.date(2026, 11, 24), '14:05')
    >>> find("الأربعاء ١٤ كانون الثاني ٢٠٢٦ م الموافق ٢٥ رجب ١٤٤٧ هـ - ٠٤:٣٠ م")[2:4]
    (datetime.date(2026, 1, 14), '16:30')
    >>> find("الأربعاء 15 جمادى الآخرة 1448 هـ | 11:20 ص")[2:4]
    (datetime.date(2026, 11, 25), '11:20')
    >>> find("آخر تحديث: 1448/06/16 هـ 12:10 ص")[2:4], find("30 ربيع الأول 1448")[2]
    ((datetime.date(2026, 11, 26), '00:10'), None)
    >>> find("قرأ 24 كتابا في 2026"), find("الساعة 10:40 ص")
    (None, None)
    """
    probe = fold(line)
    if not _HINT.search(probe):
        return None
    chain: list[re.Match[str]] = []
    for match in _PART.finditer(probe):
        if chain and not _joined(probe, chain[-1].end(), match.start()):
            if _has_date(chain):
                break
            chain = []
        chain.append(match)
    if not _has_date(chain):
        return None
    gregorian = next((m for m in chain if m["gy"]), None)
    hijri = next((m for m in chain if m["hy"] or m["ny"] or m["ry"]), None)
    day = _gregorian(gregorian) if gregorian else _hijri(hijri) if hijri else None
    clock, zone = "", ""
    if (time := next((m for m in chain if m["h"]), None)) is not None:
        hour = int(time["h"])
        if (time["am"] or time["pm"]) and not 1 <= hour <= 12:
            return Found(chain[0].start(), chain[-1].end(), None, "", "")
        if time["am"] or time["pm"]:
            hour = hour % 12 + (12 if time["pm"] else 0)
        clock = f"{hour:02d}:{time['m']}" + (f":{time['s']}" if time["s"] else "")
        zone = time["zone"] or _PLACE_OFFSETS.get(time["place"] or "", "")
    return Found(chain[0].start(), chain[-1].end(), day, clock, zone)


def _joined(probe: str, end: int, start: int) -> bool:
    gap = probe[end:start]
    return len(gap) <= 20 and bool(_GAP.fullmatch(gap))


def _has_date(chain: list[re.Match[str]]) -> bool:
    return any(m["hy"] or m["ny"] or m["ry"] or m["gy"] for m in chain)


def _gregorian(match: re.Match[str]) -> date | None:
    try:
        return date(int(match["gy"]), _GREGORIAN_NUMBER[match["gm"]], int(match["gd"]))
    except ValueError:
        return None


def _hijri(match: re.Match[str]) -> date | None:
    if match["hy"]:
        year, month, day = int(match["hy"]), _HIJRI_NUMBER[match["hm"]], int(match["hd"])
    elif match["ny"]:
        year, month, day = int(match["ny"]), int(match["nm"]), int(match["nd"])
    else:
        year, month, day = int(match["ry"]), int(match["rm"]), int(match["rd"])
    return to_gregorian(year, month, day)


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of an Umm al-Qura Hijri one; None for a day the calendar lacks.

    >>> to_gregorian(1448, 6, 14), to_gregorian(1447, 7, 25), to_gregorian(1448, 3, 30)
    (datetime.date(2026, 11, 24), datetime.date(2026, 1, 14), None)
    >>> to_gregorian(1300, 1, 1), to_gregorian(1448, 13, 1)
    (None, None)
    """
    from hijridate import Hijri

    try:
        moment = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(moment.year, moment.month, moment.day)


def as_gregorian(text: str) -> str | None:
    """``text`` with its Arabic date written as Gregorian ISO, or ``text`` as it is.

    None when the date found is a Hijri day the Umm al-Qura calendar lacks (its year read as
    Gregorian would be a wrong date).

    >>> as_gregorian("14 جمادى الآخرة 1448 هـ - 24 نوفمبر 2026 م 10:40 ص")
    '2026-11-24 10:40'
    >>> as_gregorian("٢٥ نوفمبر ٢٠٢٦ 11:45 AST"), as_gregorian("24 تشرين الثاني 2026")
    ('2026-11-25 11:45 AST', '2026-11-24')
    >>> as_gregorian("منذ 3 ساعات"), as_gregorian("30 ربيع الأول 1448 هـ")
    ('منذ 3 ساعات', None)
    >>> as_gregorian("٢٥ نوفمبر ٢٠٢٦ ١٠:٤٠ ص (بتوقيت غرينتش)")
    '2026-11-25 10:40+00:00'
    >>> as_gregorian("24 نوفمبر 2026 14:05 (GMT+3)"), as_gregorian("24 نوفمبر 2026 14:05 +03:00")
    ('2026-11-24 14:05 GMT+3', '2026-11-24 14:05+03:00')
    >>> as_gregorian("1448-06-14T14:05:00+03:00"), as_gregorian("2026-11-24T14:05:00+03:00")
    ('2026-11-24T14:05:00+03:00', '2026-11-24T14:05:00+03:00')
    """
    if iso := _ISO_HIJRI.match(text):
        # "1448-06-14T14:05:00+03:00": a CMS writing ISO on a locale whose calendar is Umm
        # al-Qura; the clock and the offset are as written
        day = to_gregorian(int(iso[1]), int(iso[2]), int(iso[3]))
        return None if day is None else day.isoformat() + text[iso.end() :]
    found = find(text)
    if found is None:
        return text
    if found.day is None:
        return None
    value = found.day.isoformat() + (f" {found.clock}" if found.clock else "")
    if found.zone[:1] in ("+", "-"):
        return value + found.zone if found.clock else value
    return value + (f" {found.zone}" if found.zone else "")
