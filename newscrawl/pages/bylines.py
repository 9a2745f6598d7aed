"""Generic author layers: ``rel=author`` and author-page links, "By ..." bylines near the headline."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_AUTHOR_LINKS = etree.XPath(
    ".//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
    " | .//*[@itemprop='author']//*[@itemprop='name']"
    " | .//a[contains(@href, '/author/') or contains(@href, '/authors/')"
    " or contains(@href, '/by/') or contains(@href, '/profile/')]",
)
_BY = re.compile(r"^\s*(?:written\s+)?by\s+(.{2,80}?)\s*$", re.IGNORECASE)


def byline_names(scope: HtmlElement) -> list[str]:
    """Author names the page shows: author links, else a "By ..." line."""
    names = []
    for element in _AUTHOR_LINKS(scope):
        text = " ".join("".join(element.itertext()).split())
        if text and len(text) <= 80:
            names.append(text)
    if names:
        return names
    for element in scope.iter("p", "span", "div", "address"):
        text = " ".join((element.text or "").split())
        if text and (match := _BY.match(text)) and len(element) == 0:
            return [match.group(1)]
    return []
