"""Generic headline layer: the page's own ``<h1>``, never one inside a login or signup modal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Class or id words of overlays whose ``<h1>`` is not the article's ("login-modal").
_OVERLAY = re.compile(
    r"(?:^|[\s_-])(?:modal|dialog|popup|overlay|login|signin|sign-in|signup|register|"
    r"paywall|subscribe|newsletter|lightbox|drawer|cookie|consent|menu|nav)(?=$|[\s_-])",
    re.IGNORECASE,
)


def _in_overlay(element: HtmlElement) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in ("body", "html"):
            break  # their classes describe the whole page ("menu-type-dropdown"), not an overlay
        if node.tag in ("dialog", "nav", "form", "template", "noscript", "aside"):
            return True
        if node.get("role") in ("dialog", "alertdialog") or node.get("aria-modal") == "true":
            return True
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return True
        if _OVERLAY.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def h1_element(scope: HtmlElement) -> HtmlElement | None:
    """The first ``<h1>`` with text that is not in a dialog, modal, form or navigation."""
    for h1 in scope.iter("h1"):
        if "".join(h1.itertext()).strip() and not _in_overlay(h1):
            return h1
    return None


def page_h1(scope: HtmlElement) -> list[str]:
    """The text of the first ``<h1>`` that is not in a dialog, modal, form or navigation.

    >>> from lxml.html import document_fromstring as parse
    >>> page_h1(parse('<div class="login-modal"><h1>Sign in</h1></div><h1>Rain returns</h1>'))
    ['Rain returns']
    """
    for h1 in scope.iter("h1"):
        text = " ".join("".join(h1.itertext()).split())
        if text and not _in_overlay(h1):
            return [text]
    return []
