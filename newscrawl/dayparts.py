# ruff: noqa: RUF001, RUF002, RUF003  (Bengali digits and words as pages print them)
"""12-hour clocks read by their day-part word (Bengali, Hindi, Urdu, Malay, Indonesian), the Bangla-calendar date."""

from __future__ import annotations

import re
import unicodedata

#: Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), Devanagari and Bengali digits as the
#: ASCII ones dates are read with.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯", "0123456789" * 4)

#: The word before a 12-hour clock that says which part of the day it is in, by language:
#: morning, noon (12 to about 3), afternoon, evening, night (about 8 p.m. to 4 a.m.).
_WORDS: dict[str, dict[str, str]] = {
    "bn": {
        "ভোর": "morning", "সকাল": "morning", "দুপুর": "noon", "বিকাল": "afternoon",
        "বিকেল": "afternoon", "সন্ধ্যা": "evening", "রাত": "night",
    },
    "hi": {
        "सुबह": "morning", "सवेरे": "morning", "दोपहर": "noon", "शाम": "evening", "रात": "night",
    },
    "ur": {
        "صبح": "morning", "دوپہر": "noon", "سہ پہر": "afternoon", "شام": "evening", "رات": "night",
    },
}  # fmt: skip
#: The same words written after the clock: Malay "2:05 petang" (afternoon), "8.15 malam".
_WORDS_AFTER: dict[str, dict[str, str]] = {
    "ms": {
        "subuh": "morning", "pagi": "morning", "tengah hari": "noon", "tengahari": "noon",
        "petang": "afternoon", "malam": "night", "tengah malam": "night",
    },
    # Indonesian: "02:05 siang" (midday, 14:05), "04:30 sore" (afternoon), "dini hari" (small hours)
    "id": {
        "dini hari": "morning", "pagi": "morning", "siang": "noon", "sore": "afternoon",
        "petang": "afternoon", "malam": "night",
    },
}  # fmt: skip
#: The languages :func:`clock_24h` reads.
LANGUAGES = frozenset(_WORDS) | frozenset(_WORDS_AFTER)
#: Bengali "এএম"/"পিএম" after a clock (and the formal "পূর্বাহ্ন"/"অপরাহ্ন"), which
#: dateparser's Bengali data lacks.
_MERIDIEM = {"bn": (("এএম", "পূর্বাহ্ন"), ("পিএম", "অপরাহ্ন"))}

_MONTHS = (
    "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ",
    "ফাল্গুন", "চৈত্র",
)  # fmt: skip
#: The letters with a nukta that Unicode also writes as one code point (ড়, ঢ়, য়).
_COMPOSED = {"\u09a1\u09bc": "\u09dc", "\u09a2\u09bc": "\u09dd", "\u09af\u09bc": "\u09df"}


def _spellings(word: str) -> set[str]:
    decomposed = unicodedata.normalize("NFD", word)
    composed = decomposed
    for pair, letter in _COMPOSED.items():
        composed = composed.replace(pair, letter)
    return {decomposed, composed}


#: The Bangla calendar's months, in both spellings of their letters with a nukta.
BANGLA_MONTHS = tuple(sorted({s for m in _MONTHS for s in _spellings(m)}, key=len, reverse=True))
_NUMBER = "[0-9০-৯]"
#: A clock's digit: ASCII, Bengali, Devanagari or Urdu (Extended Arabic-Indic).
_CLOCK_DIGIT = "[0-9০-৯०-९۰-۹]"
#: The era words after a year: "খ্রিস্টাব্দ" (AD, also spelled with ষ, or "খ্রি."), and
#: "বঙ্গাব্দ" after a Bangla-calendar year.
ERA = r" (?:খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খ্রি\.)"
BANGLA_ERA = r" বঙ্গাব্দ"
#: A Bangla-calendar date printed beside the Gregorian one: "১০ অগ্রহায়ণ ১৪৩৩" (year 14xx).
_BANGLA_DATE = re.compile(
    rf",? ?{_NUMBER}{{1,2}} (?:{'|'.join(BANGLA_MONTHS)}),? [১1][৩৪34]{_NUMBER}{{2}}"
    rf"(?![0-9০-৯])(?:{BANGLA_ERA})?"
)
#: A clock with a space after its colon, as some Bengali pages print it: "১৯: ৪৫".
_SPACED_CLOCK = re.compile(rf"(?<![0-9০-৯])({_NUMBER}{{1,2}}): ({_NUMBER}{{2}})(?![0-9০-৯])")
_ERA = re.compile(rf"(?<=[0-9০-৯]){ERA}")


def _clock_pattern(language: str) -> re.Pattern[str] | None:
    if after := _WORDS_AFTER.get(language):
        names = "|".join(sorted(after, key=len, reverse=True))
        return re.compile(
            rf"(?<![\d.:])(?P<h>\d{{1,2}})[:.](?P<m>\d{{2}}) (?P<word>{names})(?!\w)",
            re.IGNORECASE,
        )
    words = _WORDS.get(language)
    if not words:
        return None
    names = "|".join(sorted(words, key=len, reverse=True))
    # the word before the clock ("রাত ১০:৪০"), or after it, as Urdu pages also print it
    # ("10:40 رات")
    return re.compile(
        rf"(?P<word>{names})(?: বেলা)? (?P<h>{_CLOCK_DIGIT}{{1,2}})[:.](?P<m>{_CLOCK_DIGIT}{{2}})"
        rf"|(?<![0-9০-৯०-९۰-۹])(?P<h2>{_CLOCK_DIGIT}{{1,2}})[:.](?P<m2>{_CLOCK_DIGIT}{{2}})"
        rf" (?P<word2>{names})(?!\w)"
    )


_CLOCKS = {language: _clock_pattern(language) for language in LANGUAGES}


def _hour(part: str, hour: int) -> int | None:
    """``hour`` on the 12-hour dial in ``part`` of the day, on the 24-hour one."""
    if not 1 <= hour <= 12:
        return None
    if part == "morning":
        return hour % 12
    if part == "noon":
        return hour if hour >= 11 else hour + 12  # "দুপুর ১২:১৫", "দুপুর ২:০৫"
    if part in ("afternoon", "evening"):
        return hour % 12 + 12
    # night: "রাত ১০:৪০" is 22:40, "রাত ১২:৩০" is 00:30, "রাত ২:১০" is 02:10
    return hour + 12 if 6 <= hour <= 11 else hour % 12


def day_part_words(language: str) -> tuple[str, ...]:
    """The day-part words a page's language writes before a clock (``()`` for most).

    >>> day_part_words("bn")[:2], day_part_words("en")
    (('ভোর', 'সকাল'), ())
    """
    return tuple(_WORDS.get(language, ()))


def day_part_words_after(language: str) -> tuple[str, ...]:
    """The day-part words a page's language writes after a clock (``()`` for most).

    >>> day_part_words_after("ms")[:3], day_part_words_after("en")
    (('subuh', 'pagi', 'tengah hari'), ())
    """
    return tuple(_WORDS_AFTER.get(language, ()))


def meridiem_words(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's own "am" and "pm" words after a clock that dateparser does not know."""
    return _MERIDIEM.get(language, ((), ()))


def clock_24h(text: str, language: str) -> str:
    """``text`` with its clocks on the 24-hour dial and no Bangla-calendar date.

    A day-part word before a 12-hour clock, and Bengali am/pm after one, are read; the
    Bangla-calendar date a Bengali page prints beside the Gregorian one is dropped.

    >>> clock_24h("২৩ নভেম্বর ২০২৬, রাত ১০:৪০", "bn")
    '২৩ নভেম্বর ২০২৬, 22:40'
    >>> clock_24h("২৫ নভেম্বর ২০২৬, রাত ১২:৩০", "bn"), clock_24h("२४ नवंबर 2026, दोपहर 2:05", "hi")
    ('২৫ নভেম্বর ২০২৬, 00:30', '२४ नवंबर 2026, 14:05')
    >>> clock_24h("২৪ নভেম্বর ২০২৬, ১০ অগ্রহায়ণ ১৪৩৩ | ১৪:২০", "bn")
    '২৪ নভেম্বর ২০২৬ | ১৪:২০'
    >>> clock_24h("২৪ নভেম্বর ২০২৬, ১০:২৫ পিএম", "bn")
    '২৪ নভেম্বর ২০২৬, ১০:২৫ PM'
    >>> clock_24h("২৪ নভেম্বর ২০২৬ খ্রিস্টাব্দ, ১০ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ, ১১:৪০", "bn")
    '২৪ নভেম্বর ২০২৬, ১১:৪০'
    >>> clock_24h("২৪ নভেম্বর ২০২৬, ১৯: ৪৫", "bn"), clock_24h("রাত ১০:০৫, ২৪ নভেম্বর ২০২৬", "bn")
    ('২৪ নভেম্বর ২০২৬, ১৯:৪৫', '22:05, ২৪ নভেম্বর ২০২৬')
    >>> clock_24h("24 November 2026 | 2:05 petang", "ms"), clock_24h("12:30 tengah hari", "ms")
    ('24 November 2026 | 14:05', '12:30')
    >>> clock_24h("8.15 malam, 24 Nov 2026", "ms"), clock_24h("11:30 pagi", "ms")
    ('20:15, 24 Nov 2026', '11:30')
    >>> clock_24h("23 November 2026 02:05 siang", "id"), clock_24h("08.15 malam WIB", "id")
    ('23 November 2026 14:05', '20:15 WIB')
    >>> clock_24h("24 نومبر 2026 رات 10:40", "ur"), clock_24h("24 نومبر 2026 10:40 رات", "ur")
    ('24 نومبر 2026 22:40', '24 نومبر 2026 22:40')
    """
    pattern = _CLOCKS.get(language)
    if pattern is None:
        return text
    if language == "bn":
        text = _ERA.sub("", _BANGLA_DATE.sub("", text))
        am, pm = _MERIDIEM["bn"]
        for word in am:
            text = text.replace(word, "AM")
        for word in pm:
            text = text.replace(word, "PM")

    text = _SPACED_CLOCK.sub(r"\1:\2", text)

    words = _WORDS.get(language) or _WORDS_AFTER[language]

    def repl(match: re.Match[str]) -> str:
        first = match.group("word") is not None
        word, h, m = match.group(*(("word", "h", "m") if first else ("word2", "h2", "m2")))
        hour = _hour(words[word.lower()], int(h.translate(DIGITS)))
        if hour is None and 13 <= int(h.translate(DIGITS)) <= 23:
            hour = int(h.translate(DIGITS))  # "19:45 شام": the 24-hour clock says it all
        if hour is None:
            return match.group(0)
        return f"{hour:02d}:{m.translate(DIGITS)}"

    return pattern.sub(repl, text)
