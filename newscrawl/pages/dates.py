"""Generic date layers: dates printed near the headline, ``<time>`` elements, date ``<meta>`` names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Dates as sites print them: "June 5, 2013, 08:23:04 IST", "August 02, 2021 10:15:00 IST",
#: "5 June 2013 08:23".
VISIBLE_DATE = re.compile(
    r"((?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}),?"
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
)
#: ``<meta>`` names that carry a modification date.
MODIFIED_META: tuple[str, ...] = (
    "article:modified_time",
    "dateModified",
    "og:updated_time",
    "article.updated",
    "dcterms.modified",
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
