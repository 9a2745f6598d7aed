"""Generic date layers: dates printed near the headline, ``<time>`` elements, date ``<meta>`` names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: English month names in capitals, as some sites print them ("18 NOV 2019").
_UPPER_MONTH = (
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?"
)
#: Dates as sites print them: "June 5, 2013, 08:23:04 IST", "August 02, 2021 10:15:00 IST",
#: "5 June 2013 08:23", "18 NOV 2019", "NOV 18, 2019", "25. September 2018" (day with a dot,
#: as German and other languages print it; the month name in any script's letters).
VISIBLE_DATE = re.compile(
    r"((?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}"
    rf"|\d{{1,2}} {_UPPER_MONTH},? \d{{4}}|{_UPPER_MONTH} \d{{1,2}},? \d{{4}}"
    r"|\d{1,2}\. [A-Z][^\W\d_]{2,8} \d{4}),?"
    r"(?: (?:at )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?(?: [A-Z]{2,5}\b)?)"
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
_TIME_MODIFIED = etree.XPath(f".//time[{_MODIFIED_MARK}]")


def _time_value(element: HtmlElement) -> str:
    value = (element.get("datetime") or "").strip()
    return value or " ".join("".join(element.itertext()).split())


def time_element_date(scope: HtmlElement) -> list[str]:
    """The publication ``<time>`` of ``scope``: its ``datetime``, else its text.

    A ``<time>`` marked as the publication wins, else the first one not marked as an update.
    """
    for element in _TIME_PUBLISHED(scope):
        if value := _time_value(element):
            return [value]
    return []


def time_element_modified(scope: HtmlElement) -> list[str]:
    """The ``<time>`` marked as the update (``dateModified``, class ``updated``/``modified``)."""
    for element in _TIME_MODIFIED(scope):
        if value := _time_value(element):
            return [value]
    return []


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
#: Dates printed as numbers or ISO: "2019-11-18 10:15", "2019/11/18", "18.11.2019 14:30".
NUMERIC_DATE = re.compile(
    r"\b((?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d)"
    r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?(?: [A-Z]{2,5}\b)?)"
)
#: Time before date, as Gannett and others print it: "10:02 AM EST Nov 19, 2019".
TIME_FIRST = re.compile(
    r"(\d{1,2}:\d{2}(?::\d{2})? ?[AaPp][Mm](?: [A-Z]{2,5})?,? [A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})"
)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_MERIDIEM = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)
#: How much text after the headline is searched for a printed date.
NEAR_HEADLINE_CHARS = 600


def usable(values: Sequence[str]) -> list[str]:
    """Dates that can be publication dates: CMS placeholders ("0001-01-01T00:00:00Z") dropped.

    >>> usable(["0001-01-01T00:00:00Z", "2019-11-19T10:00:00Z"])
    ['2019-11-19T10:00:00Z']
    """
    return [v for v in values if not (re.match(r"\d{4}-", v.strip()) and v.strip()[:4] < "1990")]


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
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return usable([value])[:1]
    return []


def _itemprop(elements: list[HtmlElement]) -> list[str]:
    for element in elements:
        value = element.get("content") or element.get("datetime")
        value = value or " ".join("".join(element.itertext()).split())
        if value and usable([value]):
            return [value]
    return []


def itemprop_published(scope: HtmlElement) -> list[str]:
    """``itemprop=datePublished`` on any element: ``content``, ``datetime`` or its text."""
    return _itemprop(_ITEMPROP_PUBLISHED(scope))


def itemprop_modified(scope: HtmlElement) -> list[str]:
    return _itemprop(_ITEMPROP_MODIFIED(scope))


def near_headline(h1: HtmlElement | None) -> list[str]:
    """A date printed just after the headline (the byline line), without any class names."""
    if h1 is None:
        return []
    seen = 0
    texts: list[str] = []
    for text in h1.xpath("following::text()[normalize-space()][position() <= 60]"):
        parent = text.getparent()
        if parent is not None and parent.tag in ("script", "style", "noscript", "template"):
            continue
        texts.append(str(text))
        seen += len(text)
        if seen > NEAR_HEADLINE_CHARS:
            break
    line = _SPACE.sub(" ", " ".join(texts))
    line = _MERIDIEM.sub(lambda m: m.group(1).upper() + "M", _ORDINAL.sub("", line))
    match = TIME_FIRST.search(line) or VISIBLE_DATE.search(line) or NUMERIC_DATE.search(line)
    if not match:
        return []
    found = match.group(1)
    word = found.rsplit(" ", 1)[-1]
    if word.isupper() and word.isalpha() and not known_zone(word):
        found = found[: -len(word)].rstrip()  # "Nov 19, 2019 SIOUX FALLS": a place, not a zone
    return [found]


def known_zone(word: str) -> bool:
    from newscrawl.dates import AMBIGUOUS_ZONES, UNAMBIGUOUS_ZONES

    return word in UNAMBIGUOUS_ZONES or word in AMBIGUOUS_ZONES
