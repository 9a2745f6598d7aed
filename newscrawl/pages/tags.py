"""Generic tag layer: links marked ``rel=tag`` or pointing at the site's tag pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_REL_LINKS = etree.XPath(".//a[@rel]")


def rel_tags(scope: HtmlElement) -> list[str]:
    """Texts of the ``rel=tag`` links in ``scope``, in page order."""
    links = [a for a in _REL_LINKS(scope) if "tag" in (a.get("rel") or "").lower().split()]
    return [" ".join("".join(a.itertext()).split()) for a in links]
