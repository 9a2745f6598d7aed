"""Generic author layers: ``rel=author`` and author-page links, "By ..." bylines near the headline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Attributes, whose getparent() is their element: a link's rel or href is read without
# making a Python object of every link, and itemprop=author / itemprop=name is found with one
# predicate per attribute, not one per element of the page.
_LINK_RELS = etree.XPath(".//a/@rel")
_ITEMPROP_AUTHOR = etree.XPath("descendant::*/@itemprop[. = 'author']")
_ITEMPROP_NAME = etree.XPath("descendant::*/@itemprop[. = 'name']")
_LINK_HREFS = etree.XPath(".//a/@href")
_AUTHOR_PATH = re.compile(r"/(?:author|authors|by|profile)/", re.IGNORECASE)
#: Elements whose own text may be a byline line when they hold no other element.
_LEAF_TAGS = ("p", "span", "div", "address")
_BY = re.compile(r"^\s*(?:written\s+)?by\s+(.{2,80}?)\s*$", re.IGNORECASE)


def _name(element: HtmlElement) -> str:
    return " ".join("".join(element.itertext()).split())


def byline_names(scope: HtmlElement) -> list[str]:
    """Author names the page shows.

    ``rel=author`` or ``itemprop=author`` names, author-page links, else a "By ..." line.
    """
    rel = [value.getparent() for value in _LINK_RELS(scope) if "author" in value.lower().split()]
    authors = [attribute.getparent() for attribute in _ITEMPROP_AUTHOR(scope)]
    inner = [attribute.getparent() for a in authors for attribute in _ITEMPROP_NAME(a)]
    for elements in (rel, inner):
        names = [text for e in elements if (text := _name(e)) and len(text) <= 80]
        if names:
            return names
    linked = [href.getparent() for href in _LINK_HREFS(scope) if _AUTHOR_PATH.search(href)]
    names = [text for a in linked if (text := _name(a)) and len(text) <= 80]
    if names:
        return names
    for text in _leaf_texts(_near_headline(scope)):
        if len(text) < 90 and (match := _BY.match(" ".join(text.split()))):
            return [match.group(1)]
    return []


def _leaf_texts(box: HtmlElement) -> Iterator[str]:
    """Texts of the ``p``, ``span``, ``div`` and ``address`` under ``box`` without elements.

    In page order, one per text node, as the XPath ``.//p[not(*)]/text() | ...``, whose union libxml2 merges in quadratic time
    on a page of many paragraphs.
    """
    for element in box.iterdescendants(*_LEAF_TAGS):
        if any(isinstance(child.tag, str) for child in element):
            continue
        if element.text:
            yield element.text
        for child in element:  # comments: the text after each is a text node of its own
            if child.tail:
                yield child.tail


def _near_headline(scope: HtmlElement) -> HtmlElement:
    """The headline's surroundings, where a byline is printed (the scope without a headline)."""
    h1 = next(scope.iter("h1"), None)
    if h1 is None:
        return scope
    box = h1.getparent()
    for _ in range(2):
        if box is None or len(box) >= 3:
            break
        box = box.getparent()
    return box if box is not None else scope
