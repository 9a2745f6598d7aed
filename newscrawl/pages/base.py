"""ArticlePage: one response to one Article, from JSON-LD, then <meta>, then site CSS, then a guess."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from newscrawl.items import Article
from newscrawl.loaders import ArticleLoader
from newscrawl.pages import jsonld
from newscrawl.pages.text import article_body, container_body, text_blocks
from newscrawl.processors import split_keywords
from newscrawl.urls import canonicalize_url

if TYPE_CHECKING:
    from scrapy.http import TextResponse

Source = Callable[[], Iterable[str]]

#: Dates as sites print them: "June 5, 2013, 08:23:04 IST", "August 02, 2021 10:15:00 IST".
VISIBLE_DATE = (
    r"((?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}),?"
    r"(?: (?:at )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?(?: [A-Z]{2,5}\b)?)"
)


#: Text a page needs, without any article markup, to be taken as an article by the generic path.
GENERIC_MIN_CHARS = 600


def _length(blocks: list[str]) -> int:
    return sum(len(block) for block in blocks)


class NotAnArticle(Exception):
    """The page is not a text article (video, gallery, empty shell); ``reason`` says why."""

    def __init__(self, reason: str, url: str = "") -> None:
        super().__init__(f"{reason}: {url}" if url else reason)
        self.reason = reason
        self.url = url


_TRANSLATOR = HTMLTranslator()
_CANONICAL = etree.XPath('//link[@rel="canonical"]/@href', smart_strings=False)
_LANG = etree.XPath("/html/@lang", smart_strings=False)
_ARTICLE_TAG = etree.XPath("//article[1]")
_MARKED_BODY = etree.XPath("//*[@itemprop='articleBody']")
#: Article text that makes a page an article even when it also describes a video.
MEDIA_TEXT_CHARS = 1500


@lru_cache(maxsize=1024)
def _compiled(css: str) -> etree.XPath:
    return etree.XPath(_TRANSLATOR.css_to_xpath(css), smart_strings=False)


def select(css: str, element: HtmlElement) -> list[Any]:
    """Elements or strings (``::text``, ``::attr()``) a CSS query finds under ``element``.

    The query is compiled once per process and run on lxml directly: parsel would compile
    it on every call and wrap every result in a Selector, a third of a page's extraction time.
    """
    result: list[Any] = _compiled(css)(element)
    return result


class ArticlePage:
    """Fills each Article field from the most reliable source present.

    Sites subclass it and name their selectors; they override a method only when a field
    needs code. Values go through :class:`~newscrawl.loaders.ArticleLoader` unchanged.
    """

    site_title: ClassVar[str | None] = None
    #: Host spellings that mean the canonical host (``firstpost.com`` -> ``www.firstpost.com``).
    host_aliases: ClassVar[Mapping[str, str]] = {}
    #: Canonical article URLs; group 1 is the site's article id.
    article_url: ClassVar[re.Pattern[str] | None] = None
    #: The first match bounds the article when a page appends more (continuous scroll).
    scope_css: ClassVar[Sequence[str]] = ()
    #: Site selectors per field, tried after JSON-LD and <meta>; ``body`` names containers.
    css: ClassVar[Mapping[str, Sequence[str]]] = {}
    #: Selectors of elements whose text holds the printed dates.
    published_css: ClassVar[Sequence[str]] = ()
    modified_css: ClassVar[Sequence[str]] = ()
    default_language: ClassVar[str] = "en"

    def __init__(self, response: TextResponse) -> None:
        self.response = response
        try:
            self.selector: Selector = response.selector
        except ValueError:  # a <base href> that is no URL breaks Scrapy's base URL lookup
            self.selector = Selector(text=response.text, type="html")
        self.root: HtmlElement = self.selector.root
        self._generic: list[str] | None = None
        self.nodes, self.broken_jsonld = jsonld.jsonld_nodes(self.root)
        self.ld: dict[str, Any] = jsonld.find_article(self.nodes) or {}
        self.scope: HtmlElement = next(
            (found[0] for css in self.scope_css if (found := select(css, self.root))),
            self.root,
        )

    # -- helpers for the layers -------------------------------------------------

    @cached_property
    def _meta_index(self) -> dict[str, list[str]]:
        # One pass over the page's <meta> tags instead of one XPath per name asked for.
        index: dict[str, list[str]] = {}
        for element in self.root.iter("meta"):
            content = element.get("content")
            if content is None:
                continue
            keys = {element.get(a) for a in ("property", "name", "itemprop")} - {None}
            for key in keys:
                index.setdefault(key, []).append(content)
        return index

    def meta(self, *names: str) -> list[str]:
        """Contents of ``<meta>`` tags by ``property``, ``name`` or ``itemprop``."""
        return [value for name in names for value in self._meta_index.get(name, ())]

    def site_css(self, field: str) -> list[str]:
        for css in self.css.get(field, ()):
            values = select(css, self.scope)
            if any(v.strip() for v in values):
                return values
        return []

    @classmethod
    def canonicalize(cls, url: str) -> str:
        """The canonical form of an article URL of this site."""
        return canonicalize_url(url, host_aliases=cls.host_aliases, drop_query=True)

    # -- fields --------------------------------------------------------------

    def url(self) -> str:
        fetched = self.canonicalize(self.response.url)
        for candidate in _CANONICAL(self.root)[:1]:
            try:
                declared = self.canonicalize(self.response.urljoin(candidate.strip()))
            except ValueError:  # "http://[x", a port that is not a number, a bad <base href>
                continue
            if self.article_url is None or self.article_url.match(declared):
                return declared
        return fetched

    @classmethod
    def article_id_of(cls, url: str) -> str | None:
        """The site's article id in a canonical article URL."""
        match = cls.article_url.match(url) if cls.article_url else None
        return match.group(1) if match else None

    def body_blocks(self) -> list[str]:
        for css in self.css.get("body", ()):
            found = select(css, self.scope)
            if found:
                return text_blocks(found[0])
        return self.generic_body()

    def generic_body(self) -> list[str]:
        """No site selector matched: the marked-up article body, else the generic extractor.

        Without an article signal (JSON-LD article, ``og:type`` article, an ``<article>``
        element) only a long text counts, so error pages and empty shells at article-like
        URLs are not articles.
        """
        if self._generic is not None:
            return self._generic
        og_type = " ".join(self.meta("og:type")).lower()
        signal = bool(self.ld) or "article" in og_type or bool(_ARTICLE_TAG(self.root))
        marked = _MARKED_BODY(self.root)
        best: list[str] = []
        if marked and _length(blocks := container_body(marked[0])) >= GENERIC_MIN_CHARS:
            best = blocks
        else:
            found = article_body(self.root)
            if _length(found) >= (1 if signal else GENERIC_MIN_CHARS):
                best = found
            elif isinstance(body := self.ld.get("articleBody"), str):
                best = body.split("\n")
        self._generic = best
        return best

    def sources(self) -> dict[str, list[Source]]:
        """Where each field comes from, most reliable first; the first non-empty one wins."""
        ld, meta, css = self.ld, self.meta, self.site_css
        return {
            "title": [
                lambda: jsonld.texts(ld.get("headline")),
                lambda: css("title"),
                lambda: select("h1 ::text", self.scope)[:1],
                lambda: meta("og:title", "twitter:title"),
            ],
            "description": [
                lambda: jsonld.texts(ld.get("description")),
                lambda: meta("og:description"),
                lambda: meta("description"),
                lambda: css("description"),
            ],
            "authors": [
                lambda: jsonld.texts(ld.get("author")),
                lambda: meta("author", "article:author"),
                lambda: css("authors"),
            ],
            "published_raw": [
                lambda: jsonld.texts(ld.get("datePublished")),
                lambda: meta("article:published_time", "datePublished"),
                lambda: self.printed_date(self.published_css),
            ],
            "modified_raw": [
                lambda: jsonld.texts(ld.get("dateModified")),
                lambda: meta("article:modified_time", "dateModified", "og:updated_time"),
                lambda: self.printed_date(self.modified_css),
            ],
            "tags": [
                lambda: css("tags"),
                lambda: meta("article:tag"),
                lambda: self.keywords(),
            ],
            "image_url": [
                lambda: jsonld.texts(ld.get("image"), key="url")[:1],
                lambda: meta("og:image", "twitter:image"),
                lambda: css("image_url"),
            ],
            "language": [
                lambda: jsonld.texts(ld.get("inLanguage")),
                lambda: _LANG(self.root),
                lambda: meta("og:locale"),
                lambda: [self.default_language],
            ],
            "body": [self.body_blocks],
        }

    def printed_date(self, selectors: Sequence[str]) -> list[str]:
        for css in selectors:
            text = " ".join("".join(e.itertext()) for e in select(css, self.scope))
            if match := re.search(VISIBLE_DATE, re.sub(r"\s+", " ", text)):
                return [match.group(1)]
        return []

    def keywords(self) -> list[str]:
        values = jsonld.texts(self.ld.get("keywords"))
        return [tag for value in values for tag in split_keywords(value)]

    def is_media(self) -> bool:
        og_type = " ".join(self.meta("og:type")).lower()
        if not (jsonld.is_media(self.nodes) or og_type.startswith(("video", "image"))):
            return False
        # A video player on a text article (og:type video, a VideoObject) is not a media page.
        return _length(self.body_blocks()) < MEDIA_TEXT_CHARS

    # -- the item ------------------------------------------------------------

    def to_item(self, *, site: str, crawled_at: str) -> Article:
        """Build the Article; raise :class:`NotAnArticle` for pages that are not text articles."""
        url = self.url()
        if self.is_media():
            raise NotAnArticle("media_page", url)
        loader = ArticleLoader(base_url=url, site_title=self.site_title)
        for field, sources in self.sources().items():
            for source in sources:
                loader.add_value(field, list(source()))
                if loader.get_collected_values(field):
                    break
        loader.add_value("url", url)
        loader.add_value("site", site)
        loader.add_value("article_id", self.article_id_of(url))
        segments = urlsplit(url).path.strip("/").split("/")
        loader.add_value("section", segments[0].lower() if len(segments) > 1 else None)
        loader.add_value("crawled_at", crawled_at)
        article: Article = loader.load_item()
        if not article.body:
            raise NotAnArticle("no_body", url)
        article.word_count = len(article.body.split())
        return article
