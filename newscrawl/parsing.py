"""HTML responses parsed without the insides of inline SVG drawings, which no field reads."""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction
from parsel.selector import create_root_node
from scrapy.http import HtmlResponse, TextResponse
from scrapy.selector import Selector
from scrapy.utils.response import get_base_url

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response

#: Where a drawing starts, and the elements whose text is not markup (skipped whole).
_MARK = re.compile(rb"<(svg|script|style|textarea|title|!--)", re.IGNORECASE)
_RAW_END = {
    name: re.compile(rb"</" + name, re.IGNORECASE)
    for name in (b"script", b"style", b"textarea", b"title")
} | {b"!--": re.compile(rb"-->")}
_NAME_END = frozenset(b" \t\n\r\f/>")
#: An ``<svg ...>`` start tag whose attribute values are all closed.
_SVG_START = re.compile(
    rb"""<svg(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*>""",
    re.IGNORECASE,
)
_SVG_END = b"</svg>"


def without_drawings(html: bytes) -> bytes:
    """``html`` with what lies between each inline ``<svg ...>`` and its ``</svg>`` left out.

    A news page's share, search and menu icons can be a third of its bytes and two thirds of
    its elements, and lxml parses every path of them; no field reads them (text extraction
    skips ``svg``). Only drawings that certainly are markup are emptied: a whole start tag
    between tags (not in an attribute value, script, style, comment, title or textarea),
    a closing ``</svg>``, no drawing nested inside; anything else is kept as it is.

    >>> without_drawings(b'<p>Share<a href="/s"> <svg viewBox="0 0 2 2"><path d="M0"/></svg></a></p>')
    b'<p>Share<a href="/s"> <svg viewBox="0 0 2 2"></svg></a></p>'
    >>> without_drawings(b"<script>var icon = '<svg><path/></svg>';</script>")
    b"<script>var icon = '<svg><path/></svg>';</script>"
    >>> without_drawings(b'<div data-icon="<svg><path/></svg>"></div>')
    b'<div data-icon="<svg><path/></svg>"></div>'
    """
    find = html.find
    size = len(html)
    kept: list[bytes] = []
    start = resume = 0
    for mark in _MARK.finditer(html):
        at = mark.start()
        if at < resume:
            continue
        name, after = mark.group(1).lower(), mark.end()
        if after < size and name != b"!--" and html[after] not in _NAME_END:
            continue  # <svgfoo>, <scripts>, <titlebar>: another element
        if name != b"svg":
            raw_end = _RAW_END[name].search(html, after)
            if raw_end is None:
                break
            resume = raw_end.start()
            continue
        # In text between tags, not inside a tag's attribute value.
        if html.rfind(b">", 0, at) < html.rfind(b"<", 0, at):
            continue
        opened = _SVG_START.match(html, at)
        if opened is None:
            continue
        inside = opened.end()
        end = find(_SVG_END, inside)
        if end < 0:
            break
        if find(b"<svg", inside, end) >= 0:
            continue  # a drawing in a drawing: its inner one is emptied on its own
        kept.append(html[start:inside])
        start = resume = end
    if not kept:
        return html
    kept.append(html[start:])
    return b"".join(kept)


#: lxml.html gives each element its class through a Python callback, which runs every time
#: an element is reached from Python (a thousand times a page, about a millisecond); this
#: lookup runs in C. Only form controls lose their own classes (FormElement's ``fields``...),
#: which no field reads.
_LOOKUP = etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
)


class LeanHTMLParser(HTMLParser):  # type: ignore[misc]  # lxml ships no stubs
    """lxml.html's parser with a class lookup in C: every element an ``HtmlElement``."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.set_element_class_lookup(_LOOKUP)


def _utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


class LeanHtmlResponse(HtmlResponse):
    """An HtmlResponse whose ``selector`` is parsed from its body without drawings.

    Everything else (``text``, ``body``, ``encoding``) is the response's own. UTF-8 bodies
    go to lxml as bytes, as parsel does with ``body=``: no decoding to ``str`` and encoding
    back, which is what ``Selector(response)`` costs.
    """

    @property
    def selector(self) -> Selector:
        if self._cached_selector is None:
            body = self.body if _utf8(self.encoding) else self.text.encode("utf-8")
            root = create_root_node(
                "",
                LeanHTMLParser,
                base_url=get_base_url(self),
                body=without_drawings(body),
                encoding="utf-8",
            )
            selector = Selector(root=root, type="html")
            selector.response = self
            self._cached_selector = selector
        return self._cached_selector


def lean(response: TextResponse) -> TextResponse:
    """``response`` as a LeanHtmlResponse when it is HTML (the same object if it is one)."""
    if type(response) is HtmlResponse:
        return response.replace(cls=LeanHtmlResponse)
    return response


class LeanParseMiddleware:
    """Downloader middleware: HTML responses reach the spider as LeanHtmlResponse.

    Placed next to the engine, after every middleware that stores or records responses
    (HTTP cache, WARC archive), which keep the bytes as served.
    """

    def process_response(self, request: Request, response: Response) -> Response:
        return lean(response) if isinstance(response, TextResponse) else response
