"""JSON-LD on a page: the article object and the plain values of its fields."""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from extruct.jsonld import JsonLdExtractor
from lxml import etree
from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "BlogPosting",
        "Report",
    }
)
MEDIA_TYPES = frozenset({"VideoObject", "ImageGallery", "MediaGallery", "AudioObject"})
#: The types read here by their names in lower case: a CMS may write "newsarticle".
_KNOWN_TYPES = {
    name.casefold(): name
    for name in (*ARTICLE_TYPES, *MEDIA_TYPES, "WebPage", "ItemList", "BreadcrumbList")
}
_EXTRACTOR = JsonLdExtractor()
_SCRIPTS = etree.XPath('//script[@type="application/ld+json"]')


def _types(node: dict[str, Any]) -> set[str]:
    """The node's types by their schema.org names, however the page spells them.

    >>> sorted(_types({"@type": ["http://schema.org/NewsArticle", "schema:WebPage", "newsarticle"]}))
    ['NewsArticle', 'WebPage']
    """
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    names = (v.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip() for v in values if isinstance(v, str))
    return {_KNOWN_TYPES.get(name.casefold(), name) for name in names}


def _walk(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    # The article may sit in an @graph or under a WebPage's mainEntity; depth stops cycles.
    if depth > 8:
        return
    if isinstance(data, list):
        for entry in data:
            yield from _walk(entry, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _walk(data.get("@graph"), depth + 1)
        yield from _walk(data.get("mainEntity"), depth + 1)


def jsonld_nodes(
    root: HtmlElement, scripts: Iterable[HtmlElement] | None = None
) -> tuple[list[dict[str, Any]], int]:
    """All JSON-LD objects of the page (``@graph`` flattened) and the count of broken scripts.

    ``scripts``: the page's ``application/ld+json`` scripts when the caller has them.
    """
    nodes: list[dict[str, Any]] = []
    broken = 0
    for script in _SCRIPTS(root) if scripts is None else scripts:
        try:
            nodes.extend(_walk(_EXTRACTOR.extract_items(script)))
        except Exception:  # noqa: BLE001 -- json and jstyleson raise many kinds; one bad script is no reason to lose the page
            if found := _wrapped_objects(script.text or ""):
                nodes.extend(_walk(found))
            else:
                broken += 1
    return nodes, broken


#: What CMSs wrap a JSON-LD script's objects in: an HTML comment, a CDATA section (behind
#: "//" for old browsers), a closing semicolon.
_WRAPPING = re.compile(r"<!--|-->|(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>")
_DECODER = json.JSONDecoder(strict=False)


def _wrapped_objects(text: str) -> list[Any]:
    r"""The JSON objects of a script that is no JSON as a whole: wrapped, or several in a row.

    >>> _wrapped_objects('<!-- {"@type": "NewsArticle"} -->'), _wrapped_objects('{"a": 1}{"b": 2};')
    ([{'@type': 'NewsArticle'}], [{'a': 1}, {'b': 2}])
    >>> _wrapped_objects("//<![CDATA[\n[{\"a\": 1}]\n//]]>"), _wrapped_objects("{broken")
    ([{'a': 1}], [])
    """
    text = _WRAPPING.sub(" ", text)
    found: list[Any] = []
    at = 0
    while (at := _next_value(text, at)) < len(text):
        try:
            value, at = _DECODER.raw_decode(text, at)
        except ValueError:
            return []
        found.extend(value if isinstance(value, list) else [value])
    return [value for value in found if isinstance(value, dict)]


def _next_value(text: str, at: int) -> int:
    """Where the next JSON value starts in ``text`` from ``at``: past spaces and semicolons."""
    while at < len(text) and (text[at].isspace() or text[at] == ";"):
        at += 1
    return at


def item_list_urls(nodes: list[dict[str, Any]]) -> list[str]:
    """URLs of the items of the page's ``ItemList`` nodes (a listing's articles), in order.

    >>> item_list_urls([{"@type": "ItemList", "itemListElement": [
    ...     {"@type": "ListItem", "url": "/a-1/"},
    ...     {"@type": "ListItem", "item": {"@type": "NewsArticle", "@id": "/b-2/"}}, "/c-3/"]}])
    ['/a-1/', '/b-2/', '/c-3/']
    """
    found: list[str] = []
    for node in nodes:
        elements = node.get("itemListElement")
        if "ItemList" not in _types(node) or not isinstance(elements, list):
            continue
        for element in elements:
            item = element.get("item", element) if isinstance(element, dict) else element
            url = (item.get("url") or item.get("@id")) if isinstance(item, dict) else item
            if isinstance(url, str) and url.strip():
                found.append(url.strip())
    return found


def find_article(
    nodes: list[dict[str, Any]], is_own: Callable[[str], bool] | None = None
) -> dict[str, Any] | None:
    """The page's article node, references resolved and entities decoded, or None.

    That is the first node typed as an article; of several, the first whose own address
    ``is_own`` says is the page's (another story's node, a related one, may come first).

    >>> graph = [{"@type": "NewsArticle", "headline": "Rain &amp; wind",
    ...           "author": [{"@id": "#p1"}]}, {"@id": "#p1", "@type": "Person", "name": "A B"}]
    >>> article = find_article(graph)
    >>> article["headline"], texts(article["author"])
    ('Rain & wind', ['A B'])
    >>> page = {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "H"}}
    >>> find_article(list(_walk(page)))["headline"]
    'H'
    """
    articles = [node for node in nodes if _types(node) & ARTICLE_TYPES]
    if not articles:
        return None
    article = articles[0]
    if len(articles) > 1 and is_own is not None:
        article = next((node for node in articles if any(map(is_own, _own_urls(node)))), article)
    index = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    resolved = {key: _resolve(value, index) for key, value in article.items()}
    result: dict[str, Any] = _unescape(resolved)
    return result


def _own_urls(node: dict[str, Any]) -> list[str]:
    """The addresses an article node gives as its own: ``url``, ``@id``, ``mainEntityOfPage``."""
    found: list[str] = []
    for value in (node.get("url"), node.get("@id"), node.get("mainEntityOfPage")):
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.strip():
            found.append(value.strip())
    return found


def page_author(nodes: list[dict[str, Any]]) -> Any:
    """The ``author`` of the page's ``WebPage`` node, references resolved, or None.

    Yoast SEO's graph of a post without an Article node names the writer there.

    >>> graph = [{"@type": "WebPage", "author": {"@id": "#/person/1"}},
    ...          {"@type": "Person", "@id": "#/person/1", "name": "Josh Abara"}]
    >>> texts(page_author(graph)), page_author([{"@type": "WebSite", "author": "X"}])
    (['Josh Abara'], None)
    """
    return page_value(nodes, "author")


def page_value(nodes: list[dict[str, Any]], key: str) -> Any:
    """The ``key`` of the page's ``WebPage`` node, references resolved, or None.

    Yoast SEO's graph gives the page's description there, not on its Article node.

    >>> page_value([{"@type": "WebPage", "description": "Repairs start in March."}], "description")
    'Repairs start in March.'
    """
    for node in nodes:
        if "WebPage" in _types(node) and node.get(key):
            index = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
            return _unescape(_resolve(node[key], index))
    return None


def _resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    """Replace ``{"@id": ...}`` references (one level) with the node they name."""
    if isinstance(value, list):
        return [_resolve(entry, index) for entry in value]
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        return index.get(str(value.get("@id")), value)
    return value


def _unescape(value: Any, depth: int = 0) -> Any:
    """HTML entities left in JSON-LD strings (``&#8217;``, ``&amp;``) decoded."""
    if isinstance(value, str):
        return html.unescape(value) if "&" in value else value
    if depth > 6:
        return value
    if isinstance(value, list):
        return [_unescape(entry, depth + 1) for entry in value]
    if isinstance(value, dict):
        return {key: _unescape(entry, depth + 1) for key, entry in value.items()}
    return value


def has_media(nodes: list[dict[str, Any]]) -> bool:
    """True when the page describes a video or gallery, beside an article or not."""
    return any(_types(node) & MEDIA_TYPES for node in nodes)


def is_media(nodes: list[dict[str, Any]]) -> bool:
    """True when the page describes a video or gallery and no article."""
    return has_media(nodes) and find_article(nodes) is None


def date_texts(value: Any) -> list[str]:
    """A JSON-LD date's strings; a number is a Unix time, in seconds or milliseconds.

    >>> date_texts("2026-11-24T14:05:00Z"), date_texts(1795960800), date_texts([1795960800000.0])
    (['2026-11-24T14:05:00Z'], ['1795960800'], ['1795960800000'])
    >>> date_texts(True), date_texts(0)
    ([], [])
    """
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for entry in value for text in date_texts(entry)]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return []
    return [str(int(value))] if value > 0 else []


def texts(value: Any, key: str = "name") -> list[str]:
    """Plain strings of a JSON-LD value that may be a string, an object or a list of them.

    >>> texts([{"@type": "Person", "name": "A"}, "B", {"url": "x"}])
    ['A', 'B']
    >>> texts({"url": "https://x/a.jpg"}, key="url")
    ['https://x/a.jpg']

    A person named by given and family name only is named by both:

    >>> texts({"@type": "Person", "givenName": "Ana", "familyName": "Ruiz"})
    ['Ana Ruiz']
    """
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if key == "name" and value.get("name") is None:
            parts = [value.get("givenName"), value.get("familyName")]
            if all(isinstance(part, str) and part.strip() for part in parts):
                return [" ".join(str(part).strip() for part in parts)]
        return texts(value.get(key), key)
    if isinstance(value, list):
        return [text for entry in value for text in texts(entry, key)]
    return []
