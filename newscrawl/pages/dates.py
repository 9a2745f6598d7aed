# ruff: noqa: RUF002, RUF003  (Arabic-Indic digits in examples of dates as pages print them)
"""Generic date layers: dates printed near the headline, ``<time>`` elements, date ``<meta>`` names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from lxml import etree

from newscrawl import dayparts, hijri, jalali
from newscrawl.dates import (
    BRACKETED_WEEKDAY,
    CYRILLIC_MSK,
    CYRILLIC_MSK_LETTERS,
    NAMED_CLOCK,
    Yearless,
    has_time_of_day,
    local_month_numbers,
    numeric_order,
    plain_day_and_meridiem,
    with_year,
    year_near,
    yearless_dates,
)
from newscrawl.discovery import day_in_url
from newscrawl.pages import jsonld
from newscrawl.pages.marks import MarkupMark
from newscrawl.processors import BIDI_MARKS, language_subtag
from newscrawl.rocdates import HALF_DAY, roc_date
from newscrawl.thaidates import thai_date

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: English month names in capitals, as some sites print them ("18 NOV 2019").
_UPPER_MONTH = (
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?"
)
#: Dates as sites print them: "June 5, 2013, 08:23:04 IST", "August 02, 2021 10:15:00 IST",
#: "5 June 2013 08:23", "18 NOV 2019", "NOV 18, 2019", "25. September 2018" (day with a dot,
#: as German and other languages print it; the month name in any script's letters). The
#: time may follow a dash or a slash and be a 12-hour clock with a dot: "November 24, 2026 —
#: 2.05pm", "Nov 29, 2026 / 04:40 PM MST".
VISIBLE_DATE = re.compile(
    # English days may carry their ordinal ("November 18th, 2019", "2nd December 2019").
    r"((?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \d{4}"
    # joined by dashes, as Indian and other pages print it: "24-Nov-2026 14:05 IST"
    r"|\d{1,2}-[A-Z][a-z]{2,8}-\d{4}"
    rf"|\d{{1,2}} {_UPPER_MONTH},? \d{{4}}|{_UPPER_MONTH} \d{{1,2}},? \d{{4}}"
    r"|\d{1,2}\. [A-Z][^\W\d_]{2,8} \d{4})(?: ?,)?"
    r"(?: (?:at |@ ?|[-\u2013\u2014|/\u2022\u00b7] )?(?:\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\b\.?)?"
    r"|\d{1,2}\.\d{2} ?[AaPp]\.?[Mm]\b\.?"
    # a 24-hour clock with a dot before its zone, as British papers print it: "17.32 GMT"
    r"|\d{1,2}\.\d{2}(?= [A-Z]{2,5}\b)))?(?: [A-Z]{2,5}\b(?![+-]\d))?)"
)
_SPACE = re.compile(r"\s+")

#: ``<meta>`` names that carry a publication date, after ``article:published_time``.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time",
    "datePublished",
    "og:published_time",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "DC.date.issued",
    "dcterms.created",
    "date",
    "article:published",
    "published_time",
    "publish_date",
    "published_date",
    "date_published",
    "ptime",
    "cXenseParse:recs:publishtime",
)
#: ``<meta>`` names that carry a modification date.
MODIFIED_META: tuple[str, ...] = (
    "article:modified_time",
    "dateModified",
    "og:updated_time",
    "article.updated",
    "dcterms.modified",
    "article:modified",
    "modified_time",
    "mtime",
    "last-modified",
    "Last-Modified",
)
_LOWER = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_MODIFIED_MARK = (
    f"@itemprop='dateModified' or contains({_LOWER}, 'updated') or contains({_LOWER}, 'modified')"
)
_TIME_PUBLISHED = etree.XPath(
    f".//time[@itemprop='datePublished' or @pubdate or contains({_LOWER}, 'publish')]"
    f" | .//time[not({_MODIFIED_MARK})]"
)
#: Not one ``<time class="entry-date published updated">``: the post's one date, printed so by
#: WordPress themes (underscores and those built on it) while the post was never updated.
_TIME_MODIFIED = etree.XPath(
    f".//time[@itemprop='dateModified' or (({_MODIFIED_MARK}) and not(contains({_LOWER}, 'publish')))]"
)


def _time_value(element: HtmlElement) -> str:
    value = (element.get("datetime") or "").strip()
    if value:
        return value
    text = " ".join("".join(element.itertext()).translate(BIDI_MARKS).split())
    # "Published: Nov 29, 2026 3:05 PM IST": the label is no part of the date
    label = _TIME_LABEL.match(text)
    return text[label.end() :] if label else text


#: A label ending in a colon before the date in a ``<time>``'s text: "Published:", "פורסם:".
_TIME_LABEL = re.compile(r"[^\W\d_][^\d:]{0,28}:\s+(?=.{0,12}\d)")


#: hAtom's (microformats') marked dates, as Blogger and older WordPress themes print them:
#: ``<abbr class="published" title="2026-11-24T17:32:00-05:00">5:32 PM</abbr>``.
_HATOM = {
    kind: etree.XPath(f"//@class[contains(concat(' ', normalize-space(.), ' '), ' {kind} ')]/..")
    for kind in ("published", "updated")
}
_ISO_START = re.compile(r"\s*(?:19|20)\d\d-\d\d-\d\d")


def hatom_date(scope: HtmlElement, kind: str, markup: str = "published updated") -> list[str]:
    """The ISO date an hAtom ``published`` or ``updated`` element gives in its attributes.

    >>> from lxml.html import fragment_fromstring as f
    >>> hatom_date(f('<div><abbr class="published" title="2026-11-24T17:32:00-05:00">5:32 PM</abbr></div>'), "published")
    ['2026-11-24T17:32:00-05:00']
    >>> hatom_date(f('<div><span class="published">yesterday</span></div>'), "published")
    []
    """
    if kind not in markup:
        return []  # a page that names no such class is spared the scan
    for element in _HATOM[kind](scope):
        if element.tag == "time":
            continue  # read by the <time> layers, which know themes' "entry-date updated"
        if kind == "updated" and "published" in (element.get("class") or "").split():
            continue  # Blogger's "published updated": the one time, no update
        for attribute in ("datetime", "title", "content"):
            value = element.get(attribute) or ""
            if _ISO_START.match(value):
                return [value.strip()]
    return []


def url_day(url: str) -> list[str]:
    """The day an article's URL is dated with, as ISO: the last resort of a page dated nowhere else.

    >>> url_day("https://x.example/2026/11/24/bridge-vote/"), url_day("https://x.example/news/2026/11/")
    (['2026-11-24'], [])
    """
    return [day.isoformat()] if (day := day_in_url(url)) is not None else []


def time_element_date(scope: HtmlElement) -> list[str]:
    """The publication ``<time>`` of ``scope``: its ``datetime``, else its text.

    A ``<time>`` marked as the publication wins, else the first one not marked as an update
    nor printed after an update label ("Updated", "Stand:").
    """
    if next(scope.iter("time"), None) is None:
        return []  # libxml2 answers at once for a tag the page never names; XPath reads it all
    for element in _TIME_PUBLISHED(scope):
        if (value := _time_value(element)) and not _after_update_label(element):
            return [value]
    for element in _TIME_MODIFIED(scope):
        if _entry_date(element) and (value := _time_value(element)):
            return [value]
    return []


def _entry_date(element: HtmlElement) -> bool:
    """A ``<time class="entry-date updated">`` beside no ``<time>`` marked as the publication.

    hAtom's entry date, as news themes print the post's date (tagDiv's Newspaper: "entry-date
    updated td-module-date"): "updated" is the microformat's required property, the value is
    the publication. Beside an "entry-date published" one, it is the update.
    """
    classes = (element.get("class") or "").lower().split()
    if "entry-date" not in classes or any("publish" in c for c in classes):
        return False
    if element.get("itemprop") == "dateModified":
        return False
    return not any(
        "publish" in (time.get("class") or "").lower() or time.get("itemprop") == "datePublished"
        for time in element.getroottree().iter("time")
    )


def time_element_modified(scope: HtmlElement) -> list[str]:
    """The ``<time>`` marked as the update (``dateModified``, class ``updated``/``modified``).

    Else the ``<time>`` printed after an update label ("Updated", "Stand:").
    """
    if next(scope.iter("time"), None) is None:
        return []
    for element in [
        *_TIME_MODIFIED(scope),
        *(e for e in scope.iter("time") if _after_update_label(e)),
    ]:
        if not _entry_date(element) and (value := _time_value(element)):
            return [value]
    return []


def _after_update_label(element: HtmlElement) -> bool:
    """Whether ``element`` is printed as the last update: after "Updated", "Stand:", ...

    The label just before it ("Updated: <time>", "<span>Updated</span> <time>"), or
    opening its own text ("<time datetime=...>Updated Nov 25</time>").

    >>> from lxml.html import fragment_fromstring as f
    >>> [_after_update_label(t) for t in f('<p>Posted <time>Nov 24</time> | Updated <time>Nov 25</time></p>').iter("time")]
    [False, True]
    >>> [_after_update_label(t) for t in f('<p><i>Aktualisiert am</i> <time>25.11.</time> <time>Updated: Nov 25</time></p>').iter("time")]
    [True, True]
    """
    previous = element.getprevious()
    if previous is not None:
        before = (previous.tail or "").strip() or "".join(previous.itertext())
    else:
        parent = element.getparent()
        before = (parent.text or "") if parent is not None else ""
    own = " ".join("".join(element.itertext()).split())
    return _UPDATE_LABEL_END.search(before.rstrip()) is not None or _UPDATED.match(own) is not None


def printed_date(elements: Sequence[HtmlElement]) -> list[str]:
    """The first date printed in the text of ``elements`` ("June 5, 2013, 08:23:04 IST")."""
    text = " ".join("".join(e.itertext()) for e in elements)
    if match := VISIBLE_DATE.search(_SPACE.sub(" ", text)):
        return [match.group(1)]
    return []


#: Site-specific ``<meta>`` names of a publication date: "sn-post-date", "story_pubdate".
_PUBLISHED_NAME = re.compile(
    r"(?:^|[-_.:])(?:pub(?:lish(?:ed)?)?|post(?:ed)?|creat(?:ed|ion)|release[d]?|first)"
    r"[-_.:]?(?:date|time|on)(?:$|[-_.:])",
    re.IGNORECASE,
)
_ITEMPROP_PUBLISHED = etree.XPath(".//*[@itemprop='datePublished' or @itemprop='dateCreated']")
_ITEMPROP_MODIFIED = etree.XPath(".//*[@itemprop='dateModified']")
#: Dates printed as numbers or ISO: "2019-11-18 10:15", "2019/11/18", "18.11.2019 14:30",
#: the clock after a dash or a word: "24.11.2026 - 15:05", "24.11.2026 um 15:05 Uhr", or
#: written with a dot before "Uhr": "24.11.2026, 15.05 Uhr".
NUMERIC_DATE = re.compile(
    r"\b((?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)"
    # Hungarian papers end the year-first day with a dot before the clock: "2026.11.22. 10:15"
    r"(?:(?:(?<=\.\d)|(?<=\.\d\d))\.(?= \d{1,2}:\d{2}))?"
    # and as their spelling rules write it, a space after each dot: "2026. 11. 21. 08:00"
    r"|(?:19|20)\d\d\. (?:0?[1-9]|1[0-2])\. (?:0?[1-9]|[12]\d|3[01])\.(?!\d)"
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?!\d)"
    # Czech and Slovak spelling rules put a space after each dot: "24. 11. 2026 14:05"
    r"|(?:0?[1-9]|[12]\d|3[01])\. (?:0?[1-9]|1[0-2])\. (?:19|20)\d\d(?!\d)"
    # Dutch papers' day, month and two-digit year, always with a clock: "24-11-26, 15:05";
    # Israeli ones' with dots and a bar: "29.11.26 | 15:05"
    r"|(?:0?[1-9]|[12]\d|3[01])(?:-(?:0?[1-9]|1[0-2])-|\.(?:0?[1-9]|1[0-2])\.)\d\d"
    r"(?=,? (?:[-\u2013\u2014|\u2022\u00b7] )?\d{1,2}:\d{2}(?![\d:]?\d)))"
    # a short word, a dash or a bar may join the day and the clock: "24.11.2026 в 15:05",
    # "23.10.2026 um 15:05", "23.10.2026 - 15:05"; the Nordic clock word a clock with a dot:
    # "24.11.2026 kl. 15.05", "... klo 15.05"
    # or a bullet or a middle dot: "24. 11. 2026 • 14:05", "24.11.2026 · 14:05"
    # or a weekday in brackets, as Japanese and Korean pages print it: "2026/11/24(火) 14:05"
    r"(?:(?:[ T,]+|,? [-\u2013\u2014|\u2022\u00b7] |,? [^\W\d_]{1,6} "
    rf"| ?{BRACKETED_WEEKDAY} ?)"
    # an ISO clock keeps the offset printed on it: "2026-11-24T17:32:00+05:30"
    r"(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z\b|[+-](?:0\d|1[0-4]):?[0-5]\d(?!\d))?"
    r"(?: ?[AaPp][Mm])?|\d{1,2}\.\d{2}(?= ?Uhr\b))"
    r"|,? (?i:kl|klo|kello)\.? \d{1,2}[.:]\d{2}(?![.\d])"
    # the half of the day before a Chinese 12-hour clock, with or without a space after it:
    # "2026/11/24 下午3:05", "2026-11-24 上午 9:30"
    rf"| ?(?:{HALF_DAY}) ?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"(?: [A-Z]{2,5}\b(?![+-]\d))?)"
)
#: An English weekday, whole or cut short: "Tue", "Tues.", "Tuesday".
_WEEKDAY_NAME = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?"
#: The word some papers print after a 24-hour clock: German "Uhr", "hrs" (India, Mexico,
#: Chile), "hs." (Argentina).
_CLOCK_WORD = r"(?:Uhr|hrs?\.?|hs\.?)"
#: A 12-hour clock: "10:02 AM", "3:05 p.m.", "9.00am" (the dot as British papers write it).
_TWELVE_HOUR = r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{2}) ?[AaPp]\.?[Mm]\.?"
#: Time before date, as Gannett and others print it: "10:02 AM EST Nov 19, 2019",
#: "3:05 p.m. CT Nov. 24, 2026", with a weekday or a dot between: "5:32 PM EST, Tue November
#: 24, 2026" (CNN), "5:32 PM · Nov 24, 2026".
TIME_FIRST = re.compile(
    rf"({_TWELVE_HOUR}(?: [A-Z]{{2,5}})?,?(?: [\u00b7\u2022|])?(?: {_WEEKDAY_NAME},?)?"
    r" [A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    # a clock before the day, as British papers print it, its zone between the two:
    # "14:20, 25 October 2026", "09:00 BST, 24 October 2026", "9.00am GMT 24 October 2026"
    # (never the minutes of an offset: "GMT+5:30, 24 November 2026")
    # or a bar or a dot between them: "2:05 pm IST | 24 November 2026"
    rf"|(?<![\d:+-])(?:{_TWELVE_HOUR}|\d{{1,2}}:\d{{2}}(?: {_CLOCK_WORD})?)(?: [A-Z]{{2,5}})?,?"
    r"(?: [|\u00b7\u2022])? \d{1,2} [A-Z][a-z]{2,8}\.?"
    r" (?:19|20)\d\d)"
)
#: A 24-hour clock before a day written in numbers and dots, as Czech, Slovak and Russian pages
#: print it: "14:05, 24. 11. 2026", "14:05 | 24.11.2026", "14:05 • 24.11.2026".
CLOCK_THEN_DAY = re.compile(
    r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d),?(?: [|\u2022\u00b7\u2013-])? "
    r"(0?[1-9]|[12]\d|3[01])\. ?(0?[1-9]|1[0-2])\. ?((?:19|20)\d\d)(?!\d)"
)
#: How much text after the headline is searched for a printed date.
NEAR_HEADLINE_CHARS = 600


def usable(values: Sequence[str], language: str = "") -> list[str]:
    """Dates that can be publication dates: CMS placeholders ("0001-01-01T00:00:00Z") dropped.

    A Hijri year stays on a page in a language whose CMSs write one (a .NET site on the
    ar-SA culture: "1448-06-15T21:10:00+03:00"); parse_date reads it as Gregorian.

    >>> usable(["0001-01-01T00:00:00Z", "2019-11-19T10:00:00Z"])
    ['2019-11-19T10:00:00Z']
    >>> usable(["1448-06-15T21:10:00+03:00"], "ar-SA"), usable(["1448-06-15T21:10:00+03:00"])
    (['1448-06-15T21:10:00+03:00'], [])

    A value without a digit is a template's placeholder or a script's error, no date: the
    page's next source of the date is read.

    >>> usable(["{{ post.date }}", "Invalid date", "NaN-NaN-NaN", "null"])
    []
    """
    hijri_years = (language_subtag(language) or "") in HIJRI_LANGUAGES
    return [
        v
        for v in values
        if any(c.isdigit() for c in v)
        and not (
            _YEAR_FIRST.match(v.strip())
            and v.strip()[:4] < "1990"
            and not (hijri_years and "1300" <= v.strip()[:4] < "1500")
        )
    ]


_YEAR_FIRST = re.compile(r"\d{4}-")
#: Languages whose pages may write a date's year in a Hijri calendar: the lunar one in
#: Arabic, the solar one in Persian and Pashto.
HIJRI_LANGUAGES = frozenset({"ar", *jalali.LANGUAGES})


def meta_by_name(index: dict[str, list[str]]) -> list[str]:
    """The first ``<meta>`` whose name says publication date ("sn-post-date")."""
    for name, values in index.items():
        if not _PUBLISHED_NAME.search(name) or "modif" in name.lower():
            continue
        if found := usable([v for v in values if any(c.isdigit() for c in v)]):
            return found[:1]
    return []


def jsonld_any(nodes: Sequence[dict[str, object]], key: str) -> list[str]:
    """``datePublished``/``dateModified`` of any JSON-LD node (a ``WebPage`` around the text)."""
    for node in nodes:
        found = [text for text in jsonld.date_texts(node.get(key)) if text.strip()]
        if found:
            return usable(found)[:1]
    return []


def _itemprop(elements: list[HtmlElement]) -> list[str]:
    for element in elements:
        value = element.get("content") or element.get("datetime")
        # Blogger's <abbr itemprop="datePublished" title="2026-11-24T18:45:00-08:00">6:45 PM
        if not value and _ISO_START.match(title := element.get("title") or ""):
            value = title.strip()
        value = value or " ".join("".join(element.itertext()).split())
        if value and usable([value]):
            return [value]
    return []


#: The ``itemprop`` values above as the lower-cased markup spells them: without, no scan.
_ITEMPROP_PUBLISHED_MARK = MarkupMark(
    "itemprop", r"""itemprop\s*=\s*["']?\s*date(?:published|created)"""
)
_ITEMPROP_MODIFIED_MARK = MarkupMark("itemprop", r"""itemprop\s*=\s*["']?\s*datemodified""")


def itemprop_published(scope: HtmlElement, markup: str | None = None) -> list[str]:
    """``itemprop=datePublished`` on any element: ``content``, ``datetime`` or its text.

    ``markup``, the page's markup in lower case, spares the scan when it names no such value.
    """
    if markup is not None and not _ITEMPROP_PUBLISHED_MARK.search(markup):
        return []
    return _itemprop(_ITEMPROP_PUBLISHED(scope))


def itemprop_modified(scope: HtmlElement, markup: str | None = None) -> list[str]:
    if markup is not None and not _ITEMPROP_MODIFIED_MARK.search(markup):
        return []
    return _itemprop(_ITEMPROP_MODIFIED(scope))


#: How much text before the headline is searched (a byline line printed above it).
BEFORE_HEADLINE_CHARS = 300
#: A date split over elements with the time between day and year, as calendar badges print
#: it: "November 20" / "15:23" / "2019".
SPLIT_DATE = re.compile(
    r"\b((?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)) (\d{1,2}:\d{2}) "
    r"((?:19|20)\d\d)\b"
)
#: "05/10/2018", "11/24/2026 2:05", "24-11-2026 14:05", the two-digit years of American
#: papers ("11/24/26 9:10 a.m.") and their dots ("11.24.2026"): which number is the day,
#: :func:`_slash_date` decides.
SLASH_DATE = re.compile(
    r"\b((\d{1,2})([/.-])(\d{1,2})\3((?:19|20)\d\d|\d\d))"
    # one or two short words between the day and the clock: "à 14h05", "a las 14:05"
    r"(?:(?:[ ,-]|(?<= )[\u2013\u2014|\u2022\u00b7](?= ))+(?:[^\W\d_]{1,6} ){0,2}(\d{1,2}[:h]\d{2}))?(?![\d/])"
)
#: A clock written with the hour and minute signs: "17時32分", "17时32分", "5시 32분".
_CJK_CLOCK = re.compile(r"(\d{1,2})[時时시] ?(\d{1,2})[分분]")
#: Dates written with CJK year, month and day signs: "2019年11月20日 15:23".
#: "2026年11月24日 9:30", "2026년 11월 24일 (화) 15:05", "2026년 11월 24일 오후 3:05": the
#: weekday in brackets and the half of the day may stand between the day and the time.
CJK_DATE = re.compile(
    r"((?:19|20)\d\d[年년] ?\d{1,2}[月월] ?\d{1,2}[日일]"
    rf"(?:(?: ?{BRACKETED_WEEKDAY})?"
    rf"(?: ?(?:오전|오후|午前|午後|{HALF_DAY}))? ?(?:\d{{1,2}}:\d{{2}}|{_CJK_CLOCK.pattern}))?)"
)
_INVISIBLE = frozenset({"script", "style", "noscript", "template"})
#: Not the article's own byline line when they sit beside the headline without holding it.
_OTHER_BLOCKS = frozenset({"header", "nav", "aside", "footer", "a", "form", "button", "select"})


class _Locale(NamedTuple):
    """What the page's language prints dates with, from dateparser's data."""

    pattern: re.Pattern[str] | None
    order: str
    #: the language's "am"/"pm" words after a clock ("٠٧:٥٠ م"), group ``pm`` for the latter
    meridiem: re.Pattern[str] | None = None


@lru_cache(maxsize=64)
def _locale(language: str) -> _Locale:
    """The page language's month-name date pattern, date order and meridiem words."""
    if not language or language == "en":
        return _Locale(None, "MDY")
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(language).info
    except (KeyError, ValueError, ImportError):
        return _Locale(None, "")
    am, pm = ({str(w) for w in info.get(key, ()) if len(str(w)) > 0} for key in ("am", "pm"))
    # the language's own am/pm words dateparser lacks (Bengali "পিএম")
    own_am, own_pm = dayparts.meridiem_words(language)
    am, pm = am | set(own_am), pm | set(own_pm)
    meridiem = (
        re.compile(rf" ?(?:(?P<pm>{_words(pm)})|{_words(am)})(?![\w])", re.IGNORECASE)
        if am and pm
        else None
    )
    months = set(local_month_numbers(language))
    order = str(info.get("date_order") or "")
    if not months:
        return _Locale(None, order, meridiem)
    month = "(?:" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")\.?"
    joiner = r"(?: (?:de|del|di|du|van|of))?"
    # "24 نوفمبر 2026 - 02:05 م": a dash before the clock, the language's pm word after it
    # Indian pages print English AM/PM and a zone after the local month: "24 नवंबर 2026, 02:05 PM IST"
    after = rf"(?: ?(?:{_words(am | pm)}|[AaPp]\.?[Mm]\b\.?))?" if am and pm else _AMPM
    # Malay writes the part of the day after a 12-hour clock: "2:05 petang", "8.15 malam"
    if later := dayparts.day_part_words_after(language):
        after = rf"(?: (?:{_words(set(later))})(?!\w)|{after})"
    # Canadian French spaces the hour sign, and prints an hour alone so: "24 novembre 2026 à
    # 14 h 05 HNA", "à 15 h HNE"
    # Bengali and Hindi clocks after a day-part word ("২৩ নভেম্বর ২০২৬, রাত ১০:৪০"), and the
    # Bangla-calendar date Bengali pages print between the date and the clock
    part = _words(set(words)) if (words := dayparts.day_part_words(language)) else ""
    # the day-part word after the clock: "24 نومبر 2026 10:40 رات"
    after += rf"(?: (?:{part}))?" if part else ""
    part = rf"(?:(?:{part})(?: বেলা)? )?" if part else ""
    beside = (
        rf"(?:{dayparts.ERA})?(?:,? \d{{1,2}} (?:{'|'.join(dayparts.BANGLA_MONTHS)}),? 1[34]\d\d"
        rf"(?:{dayparts.BANGLA_ERA})?)?"
        if language == "bn"
        else ""
    )
    # words before the clock may end in a dot or a comma: "24 ноября 2026 г., 15:05" (the
    # year's abbreviation), "24 listopada 2026 r., 15:05", "24 ноября 2026 года, 15:05"
    # a weekday may stand before the clock, whatever its length: "2026. nov. 26., csütörtök 19:40"
    weekdays = _words({str(n).strip(".") for k in _WEEKDAY_KEYS for n in info.get(k, ())} - {""})
    # "১৯: ৪৫": Bengali pages may print a space after the clock's colon
    colon = "(?:: ?|[h.])" if part else "[:h.]"
    # "۲۴ نومبر ۲۰۲۶ ، ۱۹:۴۵": Arabic-script pages write their own comma before the clock,
    # spaced or not
    time = (
        rf"(?:{beside}(?:,| ?\u060c)? (?:[-\u2013\u2014|\u2022\u00b7] )?(?:(?:[^\W\d_]{{1,6}}|{weekdays or '(?!)'})\.?,? ){{0,2}}"
        rf"{part}\d{{1,2}}(?:(?:{colon}| h )\d{{2}}(?::\d{{2}})?| h\b)"
        rf"{after}(?-i: [A-Z]{{2,5}}\b)?(?! ?[./]\d{{4}}))?"
    )
    day = r"\d{1,2}(?:\.|º|er|ª)?"
    # the year first where the language writes it so: "2026. november 24. 14:05" (Hungarian)
    year_first = rf"|(?:19|20)\d\d\.? {month} \d{{1,2}}\.?(?!\d)" if order.startswith("Y") else ""
    pattern = re.compile(
        rf"((?:{day}{joiner} {month}{joiner},? (?:19|20)\d\d|{month} \d{{1,2}},? (?:19|20)\d\d"
        rf"{year_first}){time}"
        # the clock first: "15:05, 24 ноября 2026"
        rf"|(?<![\d:]){part}\d{{1,2}}:\d{{2}}{after}(?:,|\u060c)? {day}{joiner} {month}{joiner},? (?:19|20)\d\d)"
        r"(?![\w])",
        re.IGNORECASE,
    )
    return _Locale(pattern, order, meridiem)


_AMPM = r"(?: ?[AaPp]\.?[Mm]\b\.?)?"


def _words(words: set[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def find_printed_date(line: str, language: str = "en") -> tuple[int, int, str] | None:
    """The first printed date in ``line``, its start and end, in any form the layer reads.

    English month names, numbers and ISO forms always; month names of the page's language
    (from dateparser's data). A date of numbers and slashes is read by the order of the
    language's region or the language ("05/10/2018": 5 October in ``en-GB`` and French, 10
    May in ``en-US``), else by a number above 12, else given as printed for the pipeline.
    A clock before a dotted day, and a slashed date, are given as ISO:

    >>> find_printed_date("Aktualizováno 14:05, 24. 11. 2026", "cs")
    (14, 33, '2026-11-24 14:05')
    >>> find_printed_date("Posted 05/10/2018 9:30 am", "en-GB")
    (7, 25, '2018-10-05 09:30')

    >>> find_printed_date("Publicado em 5 de outubro de 2018, 14:20", "pt")
    (13, 40, '5 de outubro de 2018, 14:20')
    >>> find_printed_date("November 20 15:23 2019 Print")
    (0, 22, 'November 20, 2019 15:23')

    Arabic-Indic digits are read as the digits they are, and the date is given as printed;
    a day-first "24/11/2026 09:10 م" is given as ISO on the 24-hour clock:

    >>> find_printed_date("الاثنين ٢٣ نوفمبر ٢٠٢٦ - ٠٧:٥٠ م", "ar")
    (8, 32, '٢٣ نوفمبر ٢٠٢٦ - ٠٧:٥٠ م')
    >>> find_printed_date("آخر تحديث: ٢٤/١١/٢٠٢٦ ٠٩:١٠ م", "ar")
    (11, 29, '2026-11-24 21:10')

    On Persian and Pashto pages, a Solar Hijri date is given as printed:

    >>> find_printed_date("یکشنبه ۸ آذر ۱۴۰۵ - ۱۵:۰۵", "fa")
    (7, 25, '۸ آذر ۱۴۰۵ - ۱۵:۰۵')
    """
    probe = line.translate(_DIGITS)  # as long as ``line``: what matches in one is in the other
    found: list[tuple[int, int, str]] = []
    for pattern in (TIME_FIRST, VISIBLE_DATE, NUMERIC_DATE, CJK_DATE):
        if match := pattern.search(probe):
            found.append((match.start(), match.end(), line[match.start(1) : match.end(1)]))
    if found and found[-1][2][-1:] in ("分", "분"):
        # "2026年11月24日 17時32分" as the clock parsers read: "17:32"
        clock = _CJK_CLOCK.sub(lambda m: f"{m[1]}:{int(m[2]):02d}", found[-1][2])
        found[-1] = (*found[-1][:2], clock)
    if match := CLOCK_THEN_DAY.search(probe):
        hour, minute, day, month, year = match.groups()
        value = f"{year}-{int(month):02d}-{int(day):02d} {int(hour):02d}:{minute}"
        found.append((match.start(), match.end(), value))
    if match := SPLIT_DATE.search(probe):
        day, time, year = match.groups()
        joined = f"{day}, {year} {time}" if day[0].isalpha() else f"{day} {year} {time}"
        found.append((match.start(), match.end(), joined))
    subtag = language_subtag(language) or ""
    if subtag in jalali.LANGUAGES and (span := jalali.find(line)):
        found.append((*span, line[span[0] : span[1]]))  # read as Gregorian by parse_date
    if subtag == "ar" and (arabic := hijri.find(line)) is not None:
        # "14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر 2026 م - 02:05 م": both calendars and the
        # clock, as printed; parse_date reads the Gregorian day, or the Hijri one alone
        found.append((arabic.start, arabic.end, line[arabic.start : arabic.end]))
    # "29 พ.ย. 2569 15:05 น.": Thai months and Buddhist Era years, which no pattern above reads
    if subtag == "th" and (thai := thai_date(probe)) is not None:
        found.append((thai[0], thai[1], line[thai[0] : thai[1]]))
    # "民國115年11月24日", "115/11/24 16:40": Republic of China years, on Chinese pages only
    if subtag == "zh" and (roc := roc_date(probe)) is not None:
        found.append((roc[0], roc[1], line[roc[0] : roc[1]]))
    local = _locale(subtag)
    if local.pattern is not None and (match := local.pattern.search(probe)):
        found.append((match.start(), match.end(), line[match.start(1) : match.end(1)]))
    order = numeric_order([language]) or ("DMY" if local.order.startswith("D") else None)
    if (match := SLASH_DATE.search(probe)) and (
        slashed := _slash_date(match, probe, local.meridiem, order)
    ):
        found.append(slashed)
    if "th\u00e1ng" in probe and (match := VI_DATE.search(probe)):
        found.append(_vi_date(match))
    if not found:
        return None
    # Of dates starting at the same place, the one read furthest: "24. November 2026 um
    # 15:05" in the page's language over the English pattern's "24. November 2026".
    start, end, value = min(found, key=lambda found: (found[0], -found[1]))
    value = value.rstrip(" ,")  # "Posted 24 Nov 2026, updated 2h ago": the comma is the line's
    if not has_time_of_day(value) and (before := _clock_before(probe, start)) is not None:
        # "14:05, 24/11/2026", "2:05 PM IST (GMT+5:30), Nov 24, 2026": the clock is the day's
        start, value = before[0], f"{value} {before[1]}"
    if (offset := _GMT_OFFSET.match(probe, end)) and has_time_of_day(value):
        # "15:05 (GMT+7)": the offset after the clock is the date's own, never dropped
        value, end = f"{value} {offset.group(1) or ''}{offset.group(2)}", offset.end()
    elif (named := NAMED_CLOCK.match(probe, end)) and has_time_of_day(value):
        # "11:15 (hora dos Açores)": the clock the date is printed on stays with it
        value, end = value + line[end : named.end()], named.end()
    elif (
        (zone := _ZONE_AFTER_CLOCK.match(probe, end))
        and has_time_of_day(value)
        and known_zone(zone_word := CYRILLIC_MSK.sub("MSK", zone.group(1)))
    ):
        # "17:32 Uhr MEZ", "17:32 (МСК)": the zone after the clock word is the date's own
        value, end = f"{value} {zone_word}", zone.end()
    word = value.rsplit(" ", 1)[-1]
    if (
        word.isupper()
        and word.isalpha()
        and word not in ("AM", "PM")
        and not known_zone(word)
        and value.strip() != word
    ):
        value = value[: -len(word)].rstrip()  # "Nov 19, 2019 SIOUX FALLS": a place, not a zone
    return start, end, value


#: A clock just before a day printed without one, with its clock word, zone or offset and
#: what joins it to the day: "14:05, ", "14:05 IST ", "2:05 PM IST (GMT+5:30), ", "14:05 hrs | ",
#: Vietnamese "14:05 ngày ", French "14h05, le ".
_CLOCK_BEFORE = re.compile(
    r"(?<![\w:.+-])(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?: ?([AaPp])\.?[Mm]\b\.?)?"
    rf"(?: {_CLOCK_WORD}(?!\w))?"
    r"(?: \(?([A-Z]{2,5})\)?(?![\w+-]))?"
    r"(?: ?\(?((?:GMT|UTC) ?[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?)\)?)?"
    r"(?:,| [-\u2013\u2014|\u2022\u00b7])? (?:ng\u00e0y |le |on )?$"
)


def _clock_before(probe: str, start: int) -> tuple[int, str] | None:
    """The clock printed just before ``probe[start:]``, a day without one, as "HH:MM [zone]".

    >>> _clock_before("14:05, 24/11/2026", 7), _clock_before("2:05 PM IST (GMT+5:30), Nov 24, 2026", 24)
    ((0, '14:05'), (0, '14:05 GMT+5:30'))
    >>> _clock_before("Ref 12:30 ABC 24/11/2026", 14), _clock_before("2026 24/11/2026", 5)
    (None, None)
    """
    match = _CLOCK_BEFORE.search(probe[max(0, start - 60) : start])
    if match is None:
        return None
    hour, minute, second, half, word, offset = match.groups()
    clock = int(hour)
    if half is not None:
        if not 1 <= clock <= 12:
            return None
        clock = clock % 12 + (12 if half in "Pp" else 0)
    if clock > 23 or int(minute) > 59 or (word is not None and not known_zone(word)):
        return None
    zone = offset.replace(" ", "") if offset else word
    text = f"{clock:02d}:{minute}" + (f":{second}" if second else "") + (f" {zone}" if zone else "")
    return max(0, start - 60) + match.start(), text


#: Arabic-Indic, Persian, Devanagari and Bengali digits, as pages in those scripts print dates
#: ("٢٤ نوفمبر ٢٠٢٦", "२४ नवंबर २०२६").
_DIGITS = dayparts.DIGITS


def _slash_date(
    match: re.Match[str], probe: str, meridiem: re.Pattern[str] | None, order: str | None
) -> tuple[int, int, str] | None:
    """A "24/11/2026 09:10" or "11/24/2026 2:05 PM" given as ISO, which every parser reads alike.

    The page's ``order`` (``DMY``, ``MDY``) reads its numbers; without one, a number above 12
    says which is the day. A date that reads two ways on a page that says neither is given as
    printed: the date pipeline reads it by the site's order, or counts its assumption.

    >>> _slash_date(SLASH_DATE.search("11/24/2026 2:05 PM EST"), "11/24/2026 2:05 PM EST", None, None)
    (0, 22, '2026-11-24 14:05 EST')
    >>> _slash_date(SLASH_DATE.search("05/11/2026, 2:05 PM EST"), "05/11/2026, 2:05 PM EST", None, None)
    (0, 23, '05/11/2026, 2:05 PM EST')

    A two-digit year is this century's, with a clock, or ending the line after a slash or a
    dot ("the 9/11/01 attacks", a phone number "06-12-34" are no dates); dots are read month
    first only where the day shows it (elsewhere a dotted date is day first, as German and
    Russian pages print it):

    >>> _slash_date(SLASH_DATE.search("11/24/26 9:10 a.m."), "11/24/26 9:10 a.m.", None, "MDY")
    (0, 18, '2026-11-24 09:10')
    >>> _slash_date(SLASH_DATE.search("11.24.2026"), "11.24.2026", None, None)
    (0, 10, '2026-11-24')
    >>> _slash_date(SLASH_DATE.search("05.11.2026"), "05.11.2026", None, "MDY") is None
    True
    >>> _slash_date(SLASH_DATE.search("the 9/11/01 attacks"), "the 9/11/01 attacks", None, None)
    """
    first, second, year = int(match.group(2)), int(match.group(4)), match.group(5)
    if match.group(3) == "." and second <= 12:
        return None  # "05.11.2026": the day-first dotted date NUMERIC_DATE reads
    if len(year) == 2:
        if not match.group(6) and (match.group(3) == "-" or probe[match.end() :].strip()):
            return None
        year = f"20{year}"
    either = order is None and first <= 12 and second <= 12 and first != second
    if order == "MDY" or (order is None and second > 12):
        first, second = second, first
    day, month = first, second
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    value = f"{year}-{month:02d}-{day:02d}"
    end = match.end()
    if clock := match.group(6):  # "14:20", "14h20", "09:10 م", "2:05 PM"
        hour = int(clock[:-3])
        word = meridiem.match(probe, end) if meridiem is not None else None
        if (word := word or _LATIN_MERIDIEM.match(probe, end)) and 1 <= hour <= 12:
            hour = hour % 12 + (12 if word.group("pm") else 0)
            end = word.end()
        value = f"{value} {hour:02d}:{clock[-2:]}"
        # "24/11/2026, 08:10 WITA": the printed zone stays, a country may keep several
        if (zone := _SLASH_ZONE.match(probe, end)) and known_zone(zone.group(1)):
            value, end = f"{value} {zone.group(1)}", zone.end()
    if either:
        return match.start(), end, probe[match.start() : end]  # its clock and zone with it
    return match.start(), end, value


#: A zone after a date's clock, behind its clock word or in brackets: " Uhr MEZ", " hrs IST",
#: " hrs. (CLT)", " hs. ART", " (GMT)", and Moscow time's "MSK" in Cyrillic letters.
_ZONE_AFTER_CLOCK = re.compile(
    rf"(?: {_CLOCK_WORD})? \(?([A-Z]{{2,5}}|{CYRILLIC_MSK_LETTERS})\)?(?![\w+-])"
)
_LATIN_MERIDIEM = re.compile(r" ?(?:(?P<pm>[Pp])|[Aa])\.?[Mm]\b\.?")
_SLASH_ZONE = re.compile(r" ([A-Z]{2,5})\b(?![+-]\d)")
#: An offset printed after a date's clock, bare or in brackets: " GMT+7", " (GMT+7)", ", UTC+05:30",
#: or alone in hours and minutes, as RFC 822 prints it: " +0530".
_GMT_OFFSET = re.compile(
    rf"(?: {_CLOCK_WORD})?,? ?\(?(?:(GMT|UTC) ?|(?=[+-](?:0\d|1[0-4]):?[0-5]\d\b))"
    r"([+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?)\)?(?![\d:])"
)

#: Vietnamese dates with the month's number in words: "ngày 27 tháng 11 năm 2026, 15:30",
#: "15:30 ngày 27 tháng 11 năm 2026", "27 tháng 11, 2026 - 15:30".
VI_DATE = re.compile(
    r"(?:(?<![\d:])(\d{1,2})[:h](\d{2}),? )?(?:ng\u00e0y )?(\d{1,2}) th\u00e1ng (\d{1,2}),?"
    r" (?:n\u0103m )?((?:19|20)\d\d)(?:(?:,| -| l\u00fac| v\u00e0o l\u00fac)? (\d{1,2})[:h](\d{2}))?(?![\d/])",
    re.IGNORECASE,
)


def _vi_date(match: re.Match[str]) -> tuple[int, int, str]:
    """A Vietnamese "ngày 27 tháng 11 năm 2026, 15:30" given as ISO."""
    hour, minute, day, month, year, hour2, minute2 = match.groups()
    value = f"{year}-{int(month):02d}-{int(day):02d}"
    if (hour := hour or hour2) is not None:
        value = f"{value} {int(hour):02d}:{minute or minute2}"
    return match.start(), match.end(), value


def _visible(text: Any) -> bool:
    """Shown as the page's own text: not code, and not a photo's caption ("on Aug. 31")."""
    parent = text.getparent()
    if parent is not None and text.is_tail:
        parent = parent.getparent()
    if parent is None:
        return True
    if parent.tag in _INVISIBLE:
        return False
    return not any(_is_caption(node) for node in (parent, *parent.iterancestors()))


#: A photo's caption by its class, where the theme prints none as ``<figcaption>``:
#: WordPress's ``wp-caption-text``, ``image-caption``, ``photo-caption``.
_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])caption(?:$|[\s_-])", re.IGNORECASE)


def _is_caption(element: Any) -> bool:
    return element.tag == "figcaption" or bool(_CAPTION_CLASS.search(element.get("class") or ""))


def near_headline(
    headline: HtmlElement | None, language: str = "en", others: Sequence[str] = ()
) -> list[str]:
    """A date printed just after the headline (the byline line), else just before it.

    No class names: the text that follows the headline, then the text before it inside the
    headline's own block (its parent and grandparent), outside other headers, navigation and
    links, so a site header's "today" date or a teaser list is never read. Month names are
    read in the page's ``language``, then in the ``others`` it declares (``<html lang>`` and
    ``Content-Language`` disagree on some pages); a date found only in another declared
    language is given as ISO, which reads the same in every language.
    """
    if headline is None:
        return []
    printed = _text_after(headline)
    before = _text_before(headline)
    for index, lang in enumerate([language, *(o for o in others if o != language)]):
        printed = _without_updates(printed, lang)
        after = _clean(printed)
        value = None
        # As printed ("3:05 p.m. CT"), when the patterns read it without the clean-up.
        if ((found := find_printed_date(printed, lang)) and _readable(found[2], lang)) or (
            found := find_printed_date(after, lang)
        ):
            value = found[2]
        elif before:
            # "Thứ hai, 30/11/2026, 08:10 Cập nhật: 30/11/2026, 09:45" above the headline
            value = _last_printed_date(_without_updates(before, lang), lang)
        if value and (first := _first_published(printed, lang)):
            value = first  # "Updated November 24, 2026 — 2.05pm first published at 1.10pm"
        if value and _readable(value, lang):
            return [value] if index == 0 else _neutral(value, lang)
    return []


#: The clock of the first publication printed after the update's date, on its day, as
#: Australian papers print it: "Updated November 24, 2026 — 2.05pm first published at 1.10pm".
_FIRST_PUBLISHED_CLOCK = re.compile(
    r"\bfirst published(?: at)?:?\s+(\d{1,2}[.:]\d{2}\s?[ap]\.?m\b\.?|\d{1,2}:\d{2})"
    r"(?![.:\d])(?!,?\s+(?:on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))",
    re.IGNORECASE,
)
#: A date's clock at its end: " — 2.05pm", ", 14:05", " at 2:05 p.m.".
_CLOCK_TAIL = re.compile(
    r"(?:,|\s+at|\s+[-\u2013\u2014|])?\s+\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\b\.?)?\s*$", re.IGNORECASE
)


def _first_published(printed: str, language: str) -> str | None:
    """The first publication's clock on the day of the update printed before it, or None.

    >>> _first_published("Updated November 24, 2026 — 2.05pm first published at 1.10pm", "en")
    'November 24, 2026 1.10pm'
    >>> _first_published("Updated 2.05pm Nov 24, 2026, first published 1.10pm Nov 24, 2026", "en")
    """
    if (first := _FIRST_PUBLISHED_CLOCK.search(printed)) is None:
        return None
    found = find_printed_date(printed[: first.start()], language)
    if found is None or not (day := _CLOCK_TAIL.sub("", found[2])) or has_time_of_day(day):
        return None
    return f"{day} {first.group(1)}"


_CLOCK_ONLY = re.compile(r"(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?,?\s*)?", re.IGNORECASE)


def _without_updates(printed: str, language: str) -> str:
    """``printed`` without the dates "Updated" introduces, when another date is left.

    "Last updated: 25 October 2026 | First published 24 October 2026" is published on the 24th.
    A date "Stand:" introduces ("as of": the last update) is dropped even with none left, and
    nothing after it is searched: the text that follows is the article's, whose dates are not
    its publication.

    >>> _without_updates("Last updated: 25 October 2026 | First published 24 October 2026", "en")
    'Last updated:  | First published 24 October 2026'
    >>> _without_updates("Updated 25 October 2026", "en")
    'Updated 25 October 2026'
    >>> _without_updates("Stand: 24.11.2026 14:05 Uhr", "de")
    'Stand:'
    """
    kept, start, as_of = [], 0, False
    for marker in _UPDATED.finditer(printed):
        found = find_printed_date(rest := printed[marker.end() :], language)
        # "Updated 25 October 2026", "Last updated: 14:20, 25 October 2026", "Mis à jour le
        # dimanche 22 novembre 2026"
        gap = _weekday(language).sub("", rest[: found[0]] if found else "", count=1)
        if found and _CLOCK_ONLY.fullmatch(gap) and marker.start() >= start:
            kept.append(printed[start : marker.end()])
            start = marker.end() + found[1]
            as_of = as_of or _AS_OF.match(marker.group(0)) is not None
    if not kept:
        return printed
    head = "".join(kept)
    left = head + " " + printed[start:].lstrip() if start < len(printed) else head
    if as_of:
        return head.rstrip()
    return left if find_printed_date(left, language) else printed


#: "As of" before a printed time, which is then the last update: German "Stand: 24.11.2026".
#: Capitalised only: the noun "Stand" in running text is no date label.
_AS_OF = re.compile(r"\b(?-i:Stand)\b:?\s*", re.IGNORECASE)
_UPDATED = re.compile(
    rf"{_AS_OF.pattern}"
    r"|\b(?:last updated(?: on| at)?|last update(?: on)?|update(?=\s?:)|updated(?: on| at| as of)?"
    r"|last modified(?: on| at)?|modified(?: on| at)?|aktualisiert(?: am)?"
    # the noun labels: "ultimo aggiornamento: 22:10", "Última actualización", "Letzte Aktualisierung"
    r"|ultimo aggiornamento(?: il)?|ultima modifica|[uú]ltima actualizaci[oó]n"
    r"|[uú]ltima atualiza[cç][aã]o|derni[eè]re mise [aà] jour(?: le)?"
    r"|letzte aktualisierung(?: am)?|zuletzt aktualisiert(?: am)?"
    r"|actualizado(?: el)?|mis à jour(?: le)?|aggiornato(?: il)?|atualizado(?: em)?"
    # "Publié le 24 novembre 2026 à 17h32, modifié le 25 novembre 2026 à 08h05"
    r"|modifi[ée](?: le)?|modificado(?: el)?|modificato(?: il)?"
    r"|آخر تحديث|تم التحديث(?: في)?"
    # Hebrew: "עודכן: 29.11.2026, 08:45", "עדכון אחרון"
    r"|עודכן(?: ב)?|עדכון(?: אחרון)?"
    # Russian and Ukrainian: "Обновлено: 25 ноября 2026, 10:15", "Дата обновления: ..."
    r"|обновлено|изменено|последнее обновление|дата обновления|оновлено"
    # Bengali and Hindi: "আপডেট: ২৩ নভেম্বর ২০২৬", "হালনাগাদ", "अपडेटेड: 25 नवंबर 2026"
    r"|(?:সর্বশেষ )?(?:আপডেট|হালনাগাদ)|अपडेटेड|अपडेट(?: किया गया)?"
    # Urdu: "اپ ڈیٹ 24 نومبر 2026 05:30pm" (also written as one word), "آخری اپ ڈیٹ"
    r"|(?:آخری )?(?:اپ ?ڈیٹ)(?: کیا گیا)?"
    # Korean: "수정 2026.11.24 16:10", "최종수정", "업데이트"
    r"|(?:기사\s?|최종\s?)?(?:수정|업데이트)(?:\s?일시)?"
    # Swedish, Norwegian, Danish, Finnish: "Uppdaterad 25 nov. 2026 kl. 08.10", "Oppdatert"
    r"|(?:senast )?uppdaterad|(?:sist )?oppdatert|(?:senest )?opdateret|päivitetty"
    # Polish: "Aktualizacja: 27.11.2026 16:40", "Ostatnia aktualizacja", "Zaktualizowano"
    r"|(?:ostatnia )?aktualizacja|zaktualizowano(?: dnia)?"
    # Czech and Slovak: "Aktualizováno 25. 11. 2026 8:30", "Poslední aktualizace", "Upraveno",
    # "Aktualizované", "Posledná aktualizácia"
    r"|aktualizov[aá]no|aktualizovan[eé]|(?:posledn[ií] )?aktualizace|upraveno"
    r"|(?:posledn[aá] )?aktualiz[aá]cia"
    # Turkish: "Güncelleme: 25.11.2026 10:15", "Son güncelleme", "Güncellenme tarihi"
    r"|(?:son )?güncelle(?:me|nme)(?: tarihi)?|güncellendi"
    # Dutch and Flemish: "Bijgewerkt op 25 nov. 2026 om 08:10", "Laatste update: ..."
    r"|(?:laatst )?bijgewerkt(?: op| om)?|(?:laatst )?gewijzigd(?: op)?|laatste update"
    # Romanian: "Actualizat: 25.11.2026 08:30", "Actualizat la ...", "Ultima actualizare",
    # "Modificat"
    r"|actualizat(?: la| pe| [iî]n)?|ultima actualizare|modificat(?: la| pe)?"
    # Hungarian: "Frissítve: 2026. november 25. 08:30", "Utolsó frissítés", "Módosítva"
    r"|friss[ií]tve|(?:utols[oó] )?friss[ií]t[eé]s|m[oó]dos[ií]tva"
    # Greek, with or without the accents capitals drop: "Τελευταία ενημέρωση: 29.11.2026 |
    # 17:40", "Ενημερώθηκε: 29 Νοεμβρίου 2026, 11:25", "ΕΝΗΜΕΡΩΘΗΚΕ"
    r"|(?:τελευτα[ιί]α )?ενημ[εέ]ρωση|ενημερ[ωώ]θηκε(?: στι[σς])?"  # noqa: RUF001
    # Swahili: "Imesasishwa: Novemba 25, 2026 | 08:00" (has been updated), "Ilisasishwa"
    # (was updated), "Imehaririwa" (has been edited)
    r"|imesasishwa(?: mwisho)?|ilisasishwa|imehaririwa|ilihaririwa"
    # Vietnamese: "Cập nhật: 30/11/2026, 09:45 (GMT+7)", "Cập nhật lúc 09:45"
    r"|c\u1eadp nh\u1eadt(?: l\u1ea7n cu\u1ed1i| l\u00fac| ng\u00e0y)?"
    # Malay and Indonesian: "Dikemas kini: 24 November 2026 | 8:15 malam", "Diperbarui 25 Nov"
    r"|dikemas ?kini(?: pada)?|(?:terakhir )?diperbarui(?: pada)?"
    # Filipino: "Na-update: Nobyembre 24, 2026 10:02 AM", "In-update", "Huling update"
    r"|(?:na|in)-update|huling update)\b"
    # then a colon, or a dash as Indian papers print it: "Updated - November 24, 2026 03:10 pm IST"
    r"\s?(?::|[-\u2013\u2014](?=\s))?\s*"
    # Thai: "อัปเดต 29 พ.ย. 2569 16:20 น.", "แก้ไขล่าสุด", "ปรับปรุงล่าสุด" (last edited),
    # "แก้ไขเมื่อ" (edited on)
    r"|(?:อัปเดต|อัพเดต|อัพเดท)(?:ล่าสุด)?(?:เมื่อ)?:?\s*"
    r"|(?:แก้ไข|ปรับปรุง)(?:ล่าสุด(?:เมื่อ)?|เมื่อ):?\s*"
    r"|更新(?:日時|時間|时间)?[:\uff1a]?\s*",
    re.IGNORECASE,
)
#: An update label ending the text before a date: "Updated:", "Stand:", "Last updated on".
_UPDATE_LABEL_END = re.compile(rf"(?:{_UPDATED.pattern})$", re.IGNORECASE)


def _text_after(headline: HtmlElement) -> str:
    """The visible text that follows the headline, up to ``NEAR_HEADLINE_CHARS``."""
    seen = 0
    texts: list[str] = []
    for text in headline.xpath("following::text()[normalize-space()][position() <= 60]"):
        if not _visible(text):
            continue
        texts.append(str(text))
        seen += len(text)
        if seen > NEAR_HEADLINE_CHARS:
            break
    return _SPACE.sub(" ", " ".join(texts).translate(BIDI_MARKS)).strip()


def day_clock_line(line: str, language: str = "en") -> bool:
    """A date line of a day word and a clock, then at most an update of the same kind.

    >>> day_clock_line("ieri, 18:20 Actualizat: azi, 09:15", "ro"), day_clock_line("azi, 09:15", "ro")
    (True, True)
    >>> day_clock_line("Ieri, 18:20, poliția a închis drumul", "ro")
    False
    >>> day_clock_line("Today, 2:05 PM (IST) | Updated: Today, 3:10 PM IST")
    True
    """
    if (first := zoned_day_clock(line, language)) is None:
        return False
    rest = line[first[0] :].strip(" |\u00b7,-\u2013\u2014")
    if not rest:
        return True
    label = _UPDATED.match(rest)
    if label is None:
        return False
    update = rest[label.end() :]
    return (clocked := zoned_day_clock(update, language)) is not None and not update[
        clocked[0] :
    ].strip()


def zoned_day_clock(text: str, language: str = "en") -> tuple[int, str] | None:
    """Where a day word and clock opening ``text`` end, and they with the zone printed after.

    >>> zoned_day_clock("Today, 2:05 PM IST Council votes"), zoned_day_clock("Heute, 14:30 Uhr (MEZ)", "de")
    ((18, 'Today, 2:05 PM IST'), (22, 'Heute, 14:30 Uhr MEZ'))
    >>> zoned_day_clock("Today, 2:05 PM (GMT+5:30)"), zoned_day_clock("Today, 2:05 PM THE council")
    ((25, 'Today, 2:05 PM GMT+5:30'), (14, 'Today, 2:05 PM'))
    """
    from newscrawl.dates import day_and_clock

    if (clocked := day_and_clock(text, language)) is None:
        return None
    end = text.index(clocked) + len(clocked)
    if (offset := _GMT_OFFSET.match(text, end)) and offset.group(1):
        return offset.end(), f"{clocked} {offset.group(1)}{offset.group(2)}"
    if (zone := _ZONE_AFTER_CLOCK.match(text, end)) and known_zone(word := zone.group(1)):
        return zone.end(), f"{clocked} {word}"
    return end, clocked


def updated_near_headline(headline: HtmlElement | None, language: str = "en") -> list[str]:
    """The date printed after "Updated" (or its word in the page's language) under the headline.

    A relative one ("Atualizado há 2 horas", "Updated 3 hours ago") is given as its words,
    which the date pipeline counts back from the crawl time.
    """
    from newscrawl.dates import relative_date

    if headline is None:
        return []
    printed = _text_after(headline)
    if not _UPDATED.search(printed) and (before := _text_before(headline)):
        printed = before  # the date lines above the headline, as some papers print them
    for marker in _UPDATED.finditer(printed):
        rest = printed[marker.end() : marker.end() + 80]
        if (relative := relative_date(rest[:RELATIVE_LINE_CHARS], language)) and not relative.start:
            return [relative.text]
        if clocked := zoned_day_clock(rest, language):
            return [clocked[1]]  # "Actualizat: azi, 09:15", "Updated: Today, 3:10 PM IST"
        for line in (rest, _clean(rest)):
            found = find_printed_date(line, language)
            # "Updated 25 October 2026", "Mis à jour le dimanche 22 novembre 2026 à 10:20"
            gap = line[: found[0]] if found else ""
            if (
                found
                and (not gap or _weekday(language).fullmatch(gap))
                and _readable(found[2], language)
            ):
                return [found[2]]
        if (yearless := _yearless_date(rest[:RELATIVE_LINE_CHARS], language)) and (
            not (gap := rest[: yearless[0]]) or _weekday(language).fullmatch(gap)
        ):
            return [yearless[1]]  # "Updated Nov 25, 9:05 AM": its year, the pipeline's
        if same_day := _update_on_the_same_day(printed[: marker.start()], rest, language):
            return [same_day]
    return []


#: A time alone after the update word: "à 17h20", "at 5:20 pm", "um 17.20 Uhr", "a las 17:20".
_TIME_ONLY = re.compile(
    r"(?:(?:à|a|at|um|a las|alle|às|ore)\s+)?(\d{1,2})(?:[:.h]|\s*h\s*)(\d{2})"
    r"(?:\s*(?:Uhr|h\b))?(?:\s*([ap])\.?\s*m\b\.?)?(?![\d/.-]?\d)",
    re.IGNORECASE,
)


def _update_on_the_same_day(before: str, rest: str, language: str) -> str | None:
    """An update printed as a time alone is a time on the day printed just before it.

    "Publié le 24 novembre 2026 à 15h05, mis à jour à 17h20" gives a naive ISO time (the
    page's zone applies later); a time followed by a zone is left unread.

    >>> _update_on_the_same_day("Publié le 24 novembre 2026 à 15h05, ", "à 17h20", "fr")
    '2026-11-24T17:20'
    >>> _update_on_the_same_day("Published Nov. 24, 2026 at 3:05 p.m. ", "at 5:20 p.m. CT", "en")

    A Bengali or Hindi time after its day-part word is on the 24-hour dial ("বিকাল ৪:২০"):

    >>> _update_on_the_same_day("প্রকাশ: ২৪ নভেম্বর ২০২৬, সকাল ১০:০৫ | ", "বিকাল ৪:২০", "bn")
    '2026-11-24T16:20'
    """
    if (subtag := language_subtag(language) or "") in dayparts.LANGUAGES:
        rest = dayparts.clock_24h(rest, subtag)
    match = _TIME_ONLY.match(rest)
    if match is None or (day := _last_printed_date(before, language)) is None:
        return None
    if _ZONE_AFTER.match(rest[match.end() :]):
        return None  # a zone after the time: the day's own zone may differ, leave it unread
    neutral = _neutral(day, language)
    hour, minute = int(match[1]), int(match[2])
    if match[3]:
        hour = hour % 12 + (12 if match[3].lower() == "p" else 0)
    if not neutral or hour > 23 or minute > 59:
        return None
    return f"{neutral[0][:10]}T{hour:02d}:{minute:02d}"


@lru_cache(maxsize=64)
def _weekday(language: str) -> re.Pattern[str]:
    """A weekday name of the page's language or English, as printed before a date.

    >>> _weekday("fr-FR").fullmatch("dimanche ") is not None, _weekday("en").match("Monday, ").end()
    (True, 8)
    >>> _weekday("en").fullmatch("Tue ") is not None
    True
    >>> _weekday("fr").fullmatch("à 10:20") is None
    True
    """
    names = {*_WEEKDAY_KEYS, *(key[:3] for key in _WEEKDAY_KEYS)}  # "Tue Nov 24, 2026"
    language = language_subtag(language) or ""  # "fr-FR": dateparser knows "fr"
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(language).info if language not in ("", "en") else {}
    except (KeyError, ValueError, ImportError):
        info = {}
    for key in _WEEKDAY_KEYS:
        names.update(n.strip(".").lower() for n in info.get(key, ()) if len(n.strip(".")) >= 3)
    words = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b\.?,?\s*", re.IGNORECASE)


_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _readable(value: str, language: str) -> bool:
    """Whether the date pipeline can read ``value`` in ``language``.

    A zone it cannot settle alone, such as IST, still counts: the site or the page may.
    """
    from newscrawl.dates import ambiguous_abbreviations, parse_date_full

    if ambiguous_abbreviations(value):  # "BST," too, before a comma
        return True
    return parse_date_full(value, language=language).moment is not None


def _neutral(value: str, language: str) -> list[str]:
    """A printed date as naive ISO, read in ``language`` ("30. Juli 2018" -> "2018-07-30").

    A region-tagged language (``lang="it-IT"``) is read as its language: dateparser knows "it".

    >>> _neutral("23 Novembre 2026 - 20:45", "it-IT"), _neutral("30. Juli 2018", "de")
    (['2026-11-23T20:45'], ['2018-07-30'])
    """
    import dateparser

    language = language_subtag(language) or "en"
    if language == "th" and (thai := thai_date(value)) is not None:
        return [thai[2]]  # the Buddhist Era year as CE, which dateparser would keep
    if language == "zh" and (roc := roc_date(value)) is not None:
        return [roc[2]]  # the ROC year as CE, which dateparser cannot read
    if language in dayparts.LANGUAGES:
        value = dayparts.clock_24h(value, language)  # "সকাল ১০:০৫", which dateparser drops
    try:
        moment = dateparser.parse(value, languages=[language], settings={"STRICT_PARSING": True})
    except (ValueError, OverflowError, KeyError):
        return []
    if moment is None:
        return []
    if moment.hour or moment.minute or _CLOCK.search(value):
        return [moment.replace(tzinfo=None).isoformat(timespec="minutes")]
    return [moment.date().isoformat()]


def _text_before(headline: HtmlElement) -> str:
    block = headline
    for _ in range(2):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        block = parent
    if block is headline:
        return ""
    mine = {id(headline), *(id(a) for a in headline.iterancestors())}
    texts: list[str] = []
    seen = 0
    # preceding:: is a reverse axis: position() counts from the headline backwards.
    for text in reversed(headline.xpath("preceding::text()[normalize-space()][position() <= 40]")):
        holder = text.getparent()
        if holder is not None and text.is_tail:
            holder = holder.getparent()
        if holder is None or not _inside(holder, block):
            break
        if any(
            node.tag in _INVISIBLE or (node.tag in _OTHER_BLOCKS and id(node) not in mine)
            for node in _up_to(holder, block)
        ):
            continue
        texts.append(str(text))
        seen += len(text)
        if seen > BEFORE_HEADLINE_CHARS:
            break
    return _clean(" ".join(reversed(texts)))


def _clean(line: str) -> str:
    line = _SPACE.sub(" ", line.translate(BIDI_MARKS)).strip()
    return plain_day_and_meridiem(line)


def _up_to(node: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    chain = [node]
    for ancestor in node.iterancestors():
        if ancestor is block:
            break
        chain.append(ancestor)
    return chain


def _inside(node: HtmlElement, block: HtmlElement) -> bool:
    return node is block or any(a is block for a in node.iterancestors())


def _last_printed_date(line: str, language: str) -> str | None:
    """The printed date closest to the end of ``line`` (the one right above the headline)."""
    last: str | None = None
    while (found := find_printed_date(line, language)) is not None:
        last = found[2]
        line = line[found[1] :]
    return last


def known_zone(word: str) -> bool:
    from newscrawl.dates import AMBIGUOUS_ZONES, UNAMBIGUOUS_ZONES

    return word in UNAMBIGUOUS_ZONES or word in AMBIGUOUS_ZONES


def printed_day(value: str, language: str = "en") -> date | None:
    """The calendar day ``value`` names when it gives no time of day, else None.

    >>> printed_day("2018-08-13"), printed_day("2018-08-13T10:15:00+02:00")
    (datetime.date(2018, 8, 13), None)
    """
    from newscrawl.dates import has_time_of_day, parse_date_full

    if has_time_of_day(value):
        return None
    found = parse_date_full(value, language=language)
    return found.moment.date() if found.moment is not None and found.day_only else None


def timed_on(values: Sequence[str], day: date, language: str = "en") -> list[str]:
    """The first of ``values`` with a time of day on ``day``, as printed in its own zone.

    >>> from datetime import date
    >>> timed_on(["2018-08-12T23:30:00-04:00", "2018-08-13T10:15:00+02:00"], date(2018, 8, 13))
    ['2018-08-13T10:15:00+02:00']
    """
    from newscrawl.dates import has_time_of_day, parse_date_full

    for value in values:
        if not isinstance(value, str) or not has_time_of_day(value):
            continue
        # "14:05 IST": the day it prints is the same whichever zone the word means
        found = parse_date_full(value, language=language, zones=_any_meaning(value))
        if found.moment is not None and not found.day_only and found.moment.date() == day:
            return [value]
    return []


def _any_meaning(value: str) -> dict[str, tzinfo]:
    """One meaning of each ambiguous abbreviation in ``value``: its wall clock, not its instant."""
    from newscrawl.dates import AMBIGUOUS_ZONES, ambiguous_abbreviations

    return {
        word: next(iter(AMBIGUOUS_ZONES[word].values())) for word in ambiguous_abbreviations(value)
    }


def ambiguous_word_at(values: Sequence[str], wall: datetime, language: str = "en") -> str | None:
    """The zone word of several meanings the first of ``values`` printing ``wall`` gives it.

    To the minute. Which zone "IST" means is the date pipeline's to settle, with what the
    site's listings say; the page alone cannot.

    >>> from datetime import datetime
    >>> ambiguous_word_at(["Nov 24, 2026 14:05 IST"], datetime(2026, 11, 24, 14, 5))
    'IST'
    >>> ambiguous_word_at(["Nov 24, 2026 14:05 EST", "Nov 24, 2026 15:05 IST"], datetime(2026, 11, 24, 14, 5))
    """
    from newscrawl.dates import has_time_of_day, parse_date_full

    minute = wall.replace(second=0, microsecond=0)
    for value in values:
        if not isinstance(value, str) or not has_time_of_day(value):
            continue
        if len(meanings := _any_meaning(value)) != 1:
            continue
        found = parse_date_full(value, language=language, zones=meanings)
        if found.moment is None or found.day_only:
            continue
        if found.moment.replace(tzinfo=None, second=0, microsecond=0) == minute:
            return next(iter(meanings))
    return None


def unzoned_clock(value: str, language: str = "en") -> datetime | None:
    """The wall clock ``value`` prints when it gives a time of day but no zone, else None.

    >>> unzoned_clock("2026-11-23T16:40:00"), unzoned_clock("2026-11-23T16:40:00+08:00")
    (datetime.datetime(2026, 11, 23, 16, 40), None)
    """
    from newscrawl.dates import parse_date_full

    found = parse_date_full(value, language=language)
    if found.moment is None or found.zoned or found.day_only:
        return None
    return found.moment.replace(tzinfo=None)


def offset_at(values: Sequence[str], wall: datetime, language: str = "en") -> timedelta | None:
    """The offset of the first of ``values`` that prints the wall clock ``wall`` with a zone.

    To the minute: the page's own offset for a date it also gives without one.

    >>> from datetime import datetime
    >>> offset_at(["4.40pm AWST, Nov 23 2026"], datetime(2026, 11, 23, 16, 40))
    datetime.timedelta(seconds=28800)
    >>> offset_at(["4.40pm, Nov 23 2026", "2026-11-23T05:40:00Z"], datetime(2026, 11, 23, 16, 40))
    >>> offset_at(["23 November 2026 | 19:30 WIT"], datetime(2026, 11, 23, 19, 30), "id")
    datetime.timedelta(seconds=32400)
    """
    from newscrawl.dates import parse_date_full

    minute = wall.replace(second=0, microsecond=0)
    for value in values:
        if not isinstance(value, str) or not has_time_of_day(value):
            continue
        found = parse_date_full(value, language=language)
        if found.moment is None or not found.zoned or found.day_only:
            continue
        if found.moment.replace(tzinfo=None, second=0, microsecond=0) == minute:
            return found.moment.utcoffset()
        # Read by dateparser, the instant comes back in UTC ("23 November 2026 | 19:30 WIT"):
        # the offset is the printed wall clock's distance from it, if it prints ``wall``.
        plain = parse_date_full(_TRAILING_ZONE.sub("", value), language=language)
        if (
            plain.moment is not None
            and not plain.zoned
            and plain.moment.replace(tzinfo=None, second=0, microsecond=0) == minute
        ):
            return minute - found.moment.astimezone(UTC).replace(tzinfo=None, second=0)
    return None


_TRAILING_ZONE = re.compile(r",?\s+\(?(?:[A-Z]{2,5}|(?:GMT|UTC) ?[+-]\d{1,2}(?::?\d{2})?)\)?$")


#: How much text after the headline is searched for a relative date ("vor 2 Stunden").
RELATIVE_CHARS = 300
#: A relative date counts only on a short line of its own (a byline or date line), never in prose.
RELATIVE_LINE_CHARS = 80


def _date_lines(headline: HtmlElement) -> Iterator[str]:
    """The short visible lines just after the headline, where a byline's date line stands.

    A sentence (a long line, or one that ends as sentences do) is prose, not a date line.
    """
    seen = 0
    for text in headline.xpath("following::text()[normalize-space()][position() <= 30]"):
        if not _visible(text):
            continue
        line = " ".join(str(text).split())
        seen += len(line)
        if seen > RELATIVE_CHARS:
            break
        if len(line) > RELATIVE_LINE_CHARS or (
            line.endswith((".", "!", "?")) and not _MERIDIEM_AT_END.search(line)
        ):
            continue
        yield line


#: A line that ends in "p.m." ends with a clock, not a sentence; in "Min." or "Std." (German
#: minutes and hours: "vor 5 Min."), with a relative date.
_MERIDIEM_AT_END = re.compile(r"\b(?:[ap]\.m|min|mins|std|hrs?|sek|sec)\.$", re.IGNORECASE)


def relative_near_headline(headline: HtmlElement | None, language: str = "en") -> list[str]:
    """A relative date ("2 hours ago", "vor 2 Stunden") on a short line just after the headline.

    Read in the page's ``language`` (and English) from dateparser's data; the date pipeline
    counts it back from the crawl time, and without a crawl time it is no date. A sentence
    that mentions "three days ago" is prose, not the article's date line.
    """
    from newscrawl.dates import relative_date

    if headline is None:
        return []
    for line in _date_lines(headline):
        if (found := relative_date(line, language)) is not None:
            return [found.text]
        if day_clock_line(line, language) and (zoned := zoned_day_clock(line, language)):
            # "Today, 2:05 PM IST | Updated: Today, 3:10 PM IST": the clock on the zone it names
            return [zoned[1]]
    return []


#: The year a date printed without one is completed with while it is looked for: any year
#: the patterns read (a leap year, for 29 February).
_ANY_YEAR = 2000


def yearless_near_headline(
    headline: HtmlElement | None, language: str = "en", url: str = ""
) -> list[str]:
    """A date printed without its year ("Nov 24, 5:32 PM EST") on a short line after the headline.

    Given as printed, its clock and zone with it; the date pipeline takes the year from the
    article's URL, else from the date of the listing that linked it, else from the crawl
    time (an assumption it counts). An "Updated" date is not the publication. A day more
    than a day away from the day the URL is dated with is another event's: the URL's stands.
    """
    if headline is None:
        return []
    url_day = day_in_url(url)
    for line in _date_lines(headline):
        found = _yearless_date(line, language, drop_updates=True)
        if found is not None and (url_day is None or _beside(found[2], url_day)):
            return [found[1]]
    return []


def _yearless_date(
    line: str, language: str, *, drop_updates: bool = False
) -> tuple[int, str, Yearless] | None:
    """The first date ``line`` prints without its year: where it starts, as printed, its day.

    Found as :func:`find_printed_date` finds it once its year is written in.
    """
    if not (missing := yearless_dates(line, language)):
        return None
    whole = with_year(line, _ANY_YEAR, missing)
    if drop_updates:
        whole = _without_updates(whole, language)
    found = find_printed_date(whole, language) or find_printed_date(_clean(whole), language)
    if found is None or not _readable(found[2], language):
        return None
    value = found[2]
    for year in {y.year.format(_ANY_YEAR) for y in missing}:
        value = value.replace(year, "", 1)
    value = value.strip()
    # its own day, from what is left: the line's other dates may be an update's
    if str(_ANY_YEAR) in value or not (day := yearless_dates(value, language)):
        return None
    return found[0], value, day[0]


def _beside(found: Yearless, day: date) -> bool:
    """Whether the year-less ``found`` is ``day``, or a day before or after it (in another zone)."""
    year = year_near(found.month, found.day, day)
    return year is not None and abs((date(year, found.month, found.day) - day).days) <= 1


_ZONE_AFTER = re.compile(r"\s*[A-Z]{2,5}\b")
_CLOCK = re.compile(r"\d:\d\d")
