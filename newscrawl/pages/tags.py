"""Generic tag layer: links marked ``rel=tag`` or pointing at the site's tag pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_TAG_LINKS = etree.XPath(
    ".//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]",
)


def rel_tags(scope: HtmlElement) -> list[str]:
    """Texts of the ``rel=tag`` links in ``scope``, in page order."""
    return [" ".join("".join(a.itertext()).split()) for a in _TAG_LINKS(scope)]
