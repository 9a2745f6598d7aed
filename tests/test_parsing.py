"""HTML parsed without the insides of inline drawings: what is emptied, what is kept as served."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.settings import Settings

from newscrawl import settings as project_settings
from newscrawl.parsing import LeanHtmlResponse, LeanParseMiddleware, lean, without_drawings

ICON = b'<svg viewBox="0 0 24 24" class="ic"><title>Share</title><g><path d="M0 0h24"/></g></svg>'


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # After a tag, in page text: emptied, the start and end tags kept.
        (
            b"<a href='/s'>" + ICON + b"</a>",
            b'<a href=\'/s\'><svg viewBox="0 0 24 24" class="ic"></svg></a>',
        ),
        (b"<span>\n   <svg>x</svg></span>", b"<span>\n   <svg></svg></span>"),
        (b"<button>Share <SVG><path/></svg></button>", b"<button>Share <SVG></svg></button>"),
        # A '>' inside a quoted attribute value does not end the start tag.
        (b'<i><svg aria-label="a > b"><path/></svg></i>', b'<i><svg aria-label="a > b"></svg></i>'),
        # A drawing in a drawing: the inner one is emptied, the outer one kept.
        (
            b"<p><svg id=a><g><svg id=b><path/></svg></g></svg></p>",
            b"<p><svg id=a><g><svg id=b></svg></g></svg></p>",
        ),
    ],
)
def test_drawings_in_page_text_are_emptied(html: bytes, expected: bytes) -> None:
    assert without_drawings(html) == expected


@pytest.mark.parametrize(
    "html",
    [
        b"<script>var i = '<div><svg><path/></svg></div>';</script>",  # a script's string
        b"<p>x<script>\nvar i = \"<b>\" + '<svg><path/></svg>';\n</script></p>",
        b"<style>.a::after{content:'<svg>'}</style><p>y</p></svg>",
        b"<!-- <div><svg><path/></svg></div> -->",  # a comment
        b"<title><b><svg><path/></svg></title>",  # text, not markup
        b"<textarea><p><svg><path/></svg></textarea>",
        b'<div data-icon="<svg><path/></svg>"></div>',  # an attribute value
        b"<p>x<SCRIPT>var i = '<svg><path/></svg>';</SCRIPT></p>",
        b'<div><svg class="x><path/></svg></div>',  # an attribute never closed
        b"<div><svg><path/>",  # never closed
        b"<div><svg/><p>text</p></div>",  # self-closed
        b"<div><svgx><path/></svgx></div>",  # another element
        b"<p>no drawing at all</p>",
    ],
)
def test_drawings_not_certainly_markup_are_kept(html: bytes) -> None:
    assert without_drawings(html) == html


PAGE = (
    "<html><head><title>Río</title></head><body><h1>Año nuevo</h1>"
    '<a href="/share">Share <svg><title>Icon</title><path d="M1"/></svg></a>'
    "<p>Texto del artículo\u00a0aquí.</p></body></html>"
)


def _response(body: bytes, **kwargs: str) -> HtmlResponse:
    return HtmlResponse(url="https://paper.example/a/1", body=body, **kwargs)


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (PAGE.encode("cp1252"), "cp1252"),  # through ``text``, as Scrapy decodes it
        (PAGE.encode("utf-8").replace(b"Texto", b"Te\xffxto"), "utf-8"),  # invalid UTF-8
    ],
)
def test_the_lean_tree_reads_like_scrapys_without_drawings(body: bytes, encoding: str) -> None:
    plain = _response(body, encoding=encoding)
    lean_response = lean(_response(body, encoding=encoding))
    assert isinstance(lean_response, LeanHtmlResponse)
    assert lean_response.xpath("//path") == []
    assert lean_response.xpath("//svg/title") == []  # an icon's tooltip is no page title
    assert len(lean_response.xpath("//svg")) == 1
    for query in ("/html/head/title/text()", "//h1/text()", "//p/text()", "//a/@href"):
        assert lean_response.xpath(query).getall() == plain.xpath(query).getall(), query
    assert lean_response.xpath("//svg/parent::a/text()").get() == "Share "
    # Everything but the parse is the response's own.
    assert lean_response.body == body
    assert lean_response.text == plain.text
    assert lean_response.selector.response is lean_response
    assert lean_response.selector is lean_response.selector


def test_only_html_responses_are_recast_and_once() -> None:
    html = _response(b"<p>x</p>")
    recast = lean(html)
    assert type(recast) is LeanHtmlResponse
    assert lean(recast) is recast
    xml = XmlResponse(url="https://paper.example/sitemap.xml", body=b"<urlset/>")
    text = TextResponse(url="https://paper.example/robots.txt", body=b"User-agent: *")
    assert lean(xml) is xml
    assert lean(text) is text
    middleware = LeanParseMiddleware()
    request = Request("https://paper.example/a/1")
    assert type(middleware.process_response(request, html)) is LeanHtmlResponse
    assert middleware.process_response(request, xml) is xml


def test_the_middleware_runs_after_every_middleware_that_keeps_responses() -> None:
    """Its ``process_response`` is the last before the engine: the cache and archive see bytes as served."""
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    orders = {
        path: order
        for path, order in settings.getwithbase("DOWNLOADER_MIDDLEWARES").items()
        if order is not None
    }
    lean_order = orders.pop("newscrawl.parsing.LeanParseMiddleware")
    assert lean_order < min(orders.values())
