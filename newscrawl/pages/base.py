# ruff: noqa: RUF001, RUF003  (Chinese labels are matched with their own full-width punctuation)
"""ArticlePage: one response to one Article, one method per field, each a layered default."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import unquote, urlsplit

from lxml import etree
from lxml.html import HtmlElement
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from newscrawl.dates import relative_date
from newscrawl.items import Article
from newscrawl.loaders import ArticleLoader
from newscrawl.pages import bylines, dates, headline, images, jsonld, sections, tags
from newscrawl.pages.dates import VISIBLE_DATE
from newscrawl.pages.headline import shown_text
from newscrawl.pages.langguess import text_language
from newscrawl.pages.marks import MarkupMark
from newscrawl.pages.text import (
    article_body,
    container_body,
    in_header_box,
    line_text,
    lines_after,
    text_blocks,
    text_length,
)
from newscrawl.processors import language_subtag, split_keywords
from newscrawl.urls import (
    canonicalize_url,
    numeric_id,
    path_segments,
    same_page_key,
    same_site,
    site_host,
)

if TYPE_CHECKING:
    from datetime import timedelta

    from cssselect.xpath import XPathExpr
    from scrapy.http import TextResponse

Layer = Callable[[], Iterable[Any]]

#: Text a page needs, without any article markup, to be taken as an article by the generic path.
GENERIC_MIN_CHARS = 600
#: Text a dated page needs when it shows its own article header (headline with date line).
HEADER_MIN_CHARS = 300

#: The fields a page fills, in the order the loader receives them.
FIELDS: tuple[str, ...] = (
    "title",
    "description",
    "authors",
    "published_raw",
    "modified_raw",
    "tags",
    "image_url",
    "language",
    "body",
    "section",
)

__all__ = ["FIELDS", "VISIBLE_DATE", "ArticlePage", "NotAnArticle", "select"]


def _length(blocks: list[str]) -> int:
    return sum(text_length(block) for block in blocks)


#: A headline labelled as a picture gallery or a video in Chinese ("组图：", "【图集】", "视频｜"),
#: Traditional Chinese as Taiwanese papers print it too ("【影音】", "圖輯／", "影片／").
_MEDIA_LABEL = re.compile(
    r"^\s*[【\[〈]?(?:高清)?(?:组图|图集|视频|組圖|圖集|圖輯|視頻|影音|影片)"
    r"(?:[】\]〉]|\s*[:：|｜/／])"
)
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: Thai letters (U+0E01-U+0E2E): the script of Thai alone among news languages.
_THAI = re.compile(r"[\u0e01-\u0e2e]")


#: Languages written in the scripts :func:`script_language` tells, which a title in one of
#: them never contradicts (a Japanese title in kanji alone reads as Chinese).
_SCRIPT_LANGUAGES = frozenset({"zh", "ja", "ko", "th", "yue", "wuu", "lzh", "hak", "nan"})


def script_language(text: str) -> list[str]:
    """The language a title's script alone tells (Chinese, Japanese, Korean, Thai), else none.

    A page that declares no language is not English for lack of a declaration.

    >>> script_language("江州港新码头投入运营_江南网"), script_language("港の貨物が増加")
    (['zh'], ['ja'])
    >>> script_language("Rain returns"), script_language("버스 노선 개편")
    ([], ['ko'])
    >>> script_language("เทศบาลขุดลอกคูเมือง | ข่าวล้านนารายวัน")
    ['th']
    """
    if _KANA.search(text):
        return ["ja"]
    if _HANGUL.search(text):
        return ["ko"]
    if _THAI.search(text):
        return ["th"]
    return ["zh"] if len(_HAN_CHAR.findall(text)) >= 4 else []


#: Class or id words of a dek element: "article-dek", "standfirst", "sub-title", "chapo".
_DEK_MARK = re.compile(
    r"(?:^|[\s_-])(?:dek|deck|standfirst|sub-?title|subhead(?:line)?|summary|excerpt|lede|lead"
    r"|intro|sapo|chapo|chapeau|teaser|abstract|strapline)(?:$|[\s_-])",
    re.IGNORECASE,
)


#: Between a section and its sub-section in one ``articleSection``: "News > Politics".
_SECTION_PATH = re.compile(r"\s*[>\u00bb\u203a|/]\s*")


def _top_section(values: list[str]) -> list[str]:
    """The section of a section path ("Local News > Politics" is in "Local News").

    >>> _top_section(["Local News > Politics"]), _top_section(["News/Politics"])
    (['Local News'], ['News'])
    """
    return [next((part for part in _SECTION_PATH.split(v) if part.strip()), v) for v in values]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


#: A site's name opening its tagline, then a separator or "is": "example news - your source
#: for local news", "example news: breaking news and weather", "example news is the ...".
_TAGLINE = re.compile(r"^(.{2,60}?)(?:\s+[-\u2013\u2014|:]\s+|:\s+|\s+is\s+)")
#: Words of four letters or more: what a tagline and a headline would share if about one story.
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _shared_words(text: str, titles: Collection[str]) -> bool:
    words = set(_CONTENT_WORD.findall(text))
    return any(words & set(_CONTENT_WORD.findall(title)) for title in titles)


def _mostly_links(line: HtmlElement, text: str) -> bool:
    linked = sum(len(line_text(a)) for a in line.iter("a"))
    return linked > 0.5 * len(text)


class NotAnArticle(Exception):
    """The page is not a text article (video, gallery, empty shell); ``reason`` says why."""

    def __init__(self, reason: str, url: str = "") -> None:
        super().__init__(f"{reason}: {url}" if url else reason)
        self.reason = reason
        self.url = url


class _Translator(HTMLTranslator):
    """Parsel's CSS to XPath, with a cheap test before each class (``[class~=x]``) match.

    ``contains(@class, 'x')`` holds whenever the ``' x '`` token test does, and rules out
    most elements without building a normalized copy of their class attribute.
    """

    def xpath_attrib_includes(self, xpath: XPathExpr, name: str, value: str | None) -> XPathExpr:
        xpath = super().xpath_attrib_includes(xpath, name, value)
        if value and not any(space in value for space in " \t\r\n"):
            token = self.xpath_literal(" " + value + " ")
            test = f"contains(concat(' ', normalize-space({name}), ' '), {token})"
            cheap = f"contains({name}, {self.xpath_literal(value)})"
            xpath.condition = xpath.condition.replace(
                f"{name} and {test}", f"{name} and {cheap} and {test}"
            )
        return xpath


_TRANSLATOR = _Translator()
#: Tags whose elements the page's layers read, each group gathered in one walk of the page in
#: which libxml2 matches the tag names, so the page's other elements cost no Python object. An
#: XPath or iter() over a whole page is such a walk (~0.7 ms on a 300 KB page); these replace
#: one walk per layer. The meta tags, the canonical link and JSON-LD of every page:
_PAGE_TAGS = ("meta", "link", "script")
_LANG = etree.XPath("/html/@lang", smart_strings=False)
_TITLE = etree.XPath("/html/head/title//text()", smart_strings=False)
_CONTENT_LANGUAGE = etree.XPath(
    "//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
    " = 'content-language']/@content",
    smart_strings=False,
)
# The attributes, whose getparent() is their element: as //*[@itemprop='articleBody'] without
# a predicate per element of the page (a "/.." step would make libxml2 deduplicate quadratically).
_MARKED_BODY = etree.XPath("//@itemprop[. = 'articleBody']")
#: The same as the lower-cased markup spells it: a page without it is not scanned.
_ITEMPROP_BODY_MARK = MarkupMark("itemprop", r"""itemprop\s*=\s*["']?\s*articlebody""")
#: Article text that makes a page an article even when it also describes a video.
MEDIA_TEXT_CHARS = 1500
#: Text no longer than a caption's: with a video or gallery, or a headline saying so
#: ("Watch: ..."), the page is that video or gallery, whatever it calls itself.
CAPTION_PAGE_CHARS = 400
#: A headline that opens with a video or gallery label: "Watch:", "VIDEO |", "In pictures:".
_LATIN_MEDIA_LABEL = re.compile(
    r"^\s*(?:watch|video|videos|vid[eé]o|photos?|pictures|in pictures|gallery|galer[ií]a"
    r"|galerie|bildergalerie|fotos?|fotogaler[ií]a|listen|podcast)\s*[:|]",
    re.IGNORECASE,
)
#: A byline or date line above the text is no longer than this.
HEADER_LINE_CHARS = 160
#: A date line its markup marks ("<time>Nov 24</time>") is no longer than this.
DATE_LINE_CHARS = 40
#: A JSON-LD articleBody this long is a complete text, not a teaser.
LD_BODY_CHARS = 500
#: A standfirst between the headline and the byline or date line has at most this many blocks
#: and characters; more text there is the article itself, with its byline at the end.
DEK_BLOCKS = 2
DEK_CHARS = 600
#: Lines looked at after the headline for its byline or date line.
HEADER_SEARCH_LINES = 8
#: A standfirst block this short is a label ("Analysis"), not a description.
DEK_MIN_CHARS = 30


def _by_tag(root: HtmlElement, tags: Sequence[str]) -> dict[str, list[HtmlElement]]:
    found: dict[str, list[HtmlElement]] = {tag: [] for tag in tags}
    for element in root.iter(*tags):
        found[element.tag].append(element)
    return found


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


#: An HTML entity left in an attribute's value after the parser read it: escaped twice.
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,30});")
#: The mark of a description cut short: "...", "…", "[…]".
_CUT_SHORT = re.compile(r"\s*(?:\.{3}|\u2026|\[(?:\u2026|\.{3})\])\s*$")


def _untruncated(found: list[str], later: Sequence[Layer]) -> list[str]:
    """``found``, or the whole of it when it is cut short and a ``later`` source has it whole.

    An ``og:description`` cut at 60 characters ("... with the r...") beside a
    ``<meta name="description">`` that goes on to the end of the sentence.
    """
    if not (cut := _CUT_SHORT.search(found[0])):
        return found
    stem = _folded(found[0][: cut.start()])
    for source in later:
        for value in source():
            whole = len(value) > cut.start() and not _CUT_SHORT.search(value)
            if whole and _folded(value).startswith(stem):
                return [value]
    return found


class ArticlePage:
    """Fills each Article field from the most reliable source present.

    Each field is one method returning the raw values of its first usable layer (JSON-LD,
    ``<meta>``, the site's selectors, a generic guess); "usable" means something survives
    the loader's cleaning of that field. A site subclasses the page, names its selectors as
    class attributes, and overrides the one method a field needs (calling ``super()`` for
    the default). Values are cleaned once, by ``loader_class``.
    """

    loader_class: ClassVar[type[ArticleLoader]] = ArticleLoader
    site_title: ClassVar[str | None] = None
    #: Host spellings that mean the canonical host (``example.com`` -> ``www.example.com``).
    host_aliases: ClassVar[Mapping[str, str]] = {}
    #: Canonical article URLs; group 1 is the site's article id. None: any same-site URL.
    article_url: ClassVar[re.Pattern[str] | None] = None
    #: Path rewrites that map other views of an article (AMP, print) to the article.
    url_rewrites: ClassVar[Sequence[tuple[re.Pattern[str], str]]] = ()
    #: Article URLs carry no meaningful query (all parameters dropped when canonical).
    drop_query: ClassVar[bool] = False
    #: The first match bounds the article when a page appends more (continuous scroll).
    scope_css: ClassVar[Sequence[str]] = ()
    #: Site selectors per field, tried after JSON-LD and <meta>; ``body`` names containers.
    css: ClassVar[Mapping[str, Sequence[str]]] = {}
    #: Selectors of elements whose text holds the printed dates.
    published_css: ClassVar[Sequence[str]] = ()
    modified_css: ClassVar[Sequence[str]] = ()
    default_language: ClassVar[str] = "en"

    def __init__(
        self, response: TextResponse, *, site_sections: Collection[str] = (), scheme: str = "https"
    ) -> None:
        self.response = response
        #: Section slugs the site's navigation listed (the ``news`` spider passes them).
        self.site_sections = site_sections
        #: The site's canonical scheme (the ``news`` spider passes ``http`` for an http site).
        self.scheme = scheme
        try:
            self.selector: Selector = response.selector
        except ValueError:  # a <base href> that is no URL breaks Scrapy's base URL lookup
            self.selector = Selector(text=response.text, type="html")
        self.root: HtmlElement = self.selector.root
        self._generic: list[str] | None = None
        self._language: list[str] | None = None
        #: The elements the generic body's text came from (set by :meth:`generic_body`).
        self.body_elements: list[HtmlElement] = []
        #: Byline and date lines taken off the top of the generic body.
        self.header_lines = 0
        #: Of those, the "By ..." lines, for :meth:`opening_byline_names`.
        self.header_bylines: list[str] = []
        #: The offset the page prints beside a date it also gives without a zone, if any.
        self.date_offset: timedelta | None = None
        #: A zone word of several meanings ("IST") printed beside the same wall clock as a date
        #: given without a zone: the date pipeline settles it with what the site's listings say.
        self.date_word: str | None = None
        scripts = [s for s in self._tagged["script"] if s.get("type") == "application/ld+json"]
        self.nodes, self.broken_jsonld = jsonld.jsonld_nodes(self.root, scripts)
        self.ld: dict[str, Any] = jsonld.find_article(self.nodes, self.names_this_page) or {}
        self.scope: HtmlElement = next(
            (found[0] for css in self.scope_css if (found := select(css, self.root))),
            self.root,
        )

    # -- helpers for the layers -------------------------------------------------

    @cached_property
    def _tagged(self) -> dict[str, list[HtmlElement]]:
        """The page's elements of ``_PAGE_TAGS`` by tag, in document order."""
        return _by_tag(self.root, _PAGE_TAGS)

    @cached_property
    def links(self) -> list[HtmlElement]:
        """The ``<a>`` elements inside the scope (``.//a``): one walk for bylines and tags."""
        return [a for a in self.scope.iter("a") if a is not self.scope]

    @cached_property
    def h1s(self) -> list[HtmlElement]:
        """The scope's ``<h1>`` elements (``scope.iter("h1")``): one walk for the headline."""
        return list(self.scope.iter("h1"))

    @cached_property
    def headline_h1s(self) -> list[HtmlElement]:
        """:attr:`h1s` that may be this page's headline: none that only links to another page.

        Another page by the site's canonical form of URLs (an AMP or print view, a trailing
        slash or a tracking parameter is the same page).
        """
        return [
            h1
            for h1 in self.h1s
            if (href := headline.sole_link(h1)) is None or self.names_this_page(href)
        ]

    def names_this_page(self, href: str) -> bool:
        """Whether ``href``, absolute or relative, is this page in the site's canonical form.

        An AMP or print view, a trailing slash or a tracking parameter is the same page.
        """
        try:
            key = same_page_key(self.canonicalize(self.response.urljoin(href.strip())))
        except ValueError:
            return False  # no URL: no page of the site's either
        return key in self._own_page_keys

    @cached_property
    def _own_page_keys(self) -> frozenset[str]:
        return frozenset(
            {
                same_page_key(self.canonical_url),
                same_page_key(self.canonicalize(self.response.url)),
            }
        )

    @cached_property
    def _meta_index(self) -> dict[str, list[str]]:
        # One pass over the page's <meta> tags instead of one XPath per name asked for.
        index: dict[str, list[str]] = {}
        for element in self._tagged["meta"]:
            content = element.get("content")
            if content is None:
                continue
            if "&" in content and _ENTITY.search(content):
                # escaped twice by the CMS ("It&amp;#8217;s"): read as JSON-LD's values are
                content = html.unescape(content)
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

    @cached_property
    def loader(self) -> ArticleLoader:
        # damaged: what the cleaning set aside or repaired (too long, mojibake), for the stats.
        return self.loader_class(
            base_url=self.canonical_url, site_title=self.site_title, damaged=set()
        )

    def first(self, field: str, *layers: Layer) -> list[Any]:
        """Raw values of the first layer that the loader's cleaning of ``field`` leaves non-empty."""
        for layer in layers:
            values = list(layer())
            if values and self.loader.cleaned(field, values):
                return values
        return []

    def first_date(self, field: str, *layers: Layer) -> list[Any]:
        """:meth:`first` for a date, preferring a time of day to a bare day.

        A day without a time of day ("2018-08-13") gives way to a later layer's value with a
        time of day on that same day, as printed in its own zone. A time without a zone
        (JSON-LD "2026-11-23T16:40:00") stays, and a later layer printing the same wall clock
        with a zone ("4.40pm AWST, Nov 23 2026") gives the page's offset (:attr:`date_offset`),
        or, a zone word of several meanings ("14:05 IST"), that word (:attr:`date_word`).
        """
        for index, layer in enumerate(layers):
            values = list(layer())
            if not (cleaned := self.loader.cleaned(field, values)):
                continue
            language = self.language()[0]
            if (day := dates.printed_day(str(cleaned[0]), language)) is not None:
                for later in layers[index + 1 :]:
                    timed = dates.timed_on(self.loader.cleaned(field, later()), day, language)
                    if timed:
                        return timed
            elif self.date_offset is None and (
                wall := dates.unzoned_clock(str(cleaned[0]), language)
            ):
                for later in layers[index + 1 :]:
                    later_values = self.loader.cleaned(field, later())
                    offset = dates.offset_at(later_values, wall, language)
                    if offset is not None:
                        self.date_offset = offset
                        break
                    if word := dates.ambiguous_word_at(later_values, wall, language):
                        self.date_word = word
                        break
            return values
        return []

    @classmethod
    def canonicalize(cls, url: str) -> str:
        """The canonical form of an article URL of this site."""
        return canonicalize_url(
            url, host_aliases=cls.host_aliases, drop_query=cls.drop_query, rewrites=cls.url_rewrites
        )

    @classmethod
    def article_id_of(cls, url: str) -> str | None:
        """The site's article id in a canonical article URL (``article_url``'s group 1).

        Without ``article_url``: the URL's numeric id, if any (a short id of letters and
        digits makes an article URL, but the field is the numeric id).
        """
        if cls.article_url is None:
            return numeric_id(url)
        match = cls.article_url.match(url)
        return match.group(1) if match else None

    # -- fields --------------------------------------------------------------

    @cached_property
    def canonical_url(self) -> str:
        return self.url()

    def url(self) -> str:
        """The fetched URL, or the page's same-site ``<link rel=canonical>``.

        With ``article_url`` set, the declared URL must also match it. In the site's scheme.
        """
        fetched = self.canonicalize(self.response.url)
        declared_urls = [
            href
            for link in self._tagged["link"]
            if link.get("rel") == "canonical" and (href := link.get("href")) is not None
        ]
        for candidate in declared_urls[:1]:
            try:
                declared = self.canonicalize(self.response.urljoin(candidate.strip()))
            except ValueError:  # "http://[x", a port that is not a number, a bad <base href>
                continue
            if self.article_url is not None:
                if self.article_url.match(declared):
                    return self._in_scheme(declared)
            elif same_site(declared, fetched) and urlsplit(declared).path.strip("/"):
                return self._in_scheme(declared)
        return self._in_scheme(fetched)

    def _in_scheme(self, canonical: str) -> str:
        if self.scheme == "https":
            return canonical
        return canonicalize_url(canonical, scheme=self.scheme)

    def article_id(self) -> str | None:
        return self.article_id_of(self.canonical_url)

    def title(self) -> list[str]:
        return self.first(
            "title",
            lambda: self._without_site_name(jsonld.texts(self.ld.get("headline"))),
            lambda: self.site_css("title"),
            lambda: headline.page_h1(
                self.scope,
                self.site_names,
                self.headline_h1s,
                self._without_site_name(self.meta("og:title", "twitter:title")),
            ),
            lambda: self._without_site_name(self.meta("og:title", "twitter:title")),
            self.shown_title,
            lambda: [
                headline.without_sections(title, self._section_words)
                for title in headline.title_without_site(self.html_title, self.site_names)
            ],
            self.guessed_title,
        )

    def guessed_title(self) -> list[str]:
        """The part of ``<title>`` the URL or the description names, none being the site's.

        A guess, counted (``newscrawl/text/guessed/title``): the page would have no title.
        Not the text's opening, whose container may be chosen by the title.
        """
        hints = [
            unquote(urlsplit(self.canonical_url).path),
            " ".join(self.meta("og:description", "description", "twitter:description")),
        ]
        if (guess := headline.guessed_headline(self.html_title, hints)) is None:
            return []
        self.loader.context["damaged"].add("guessed/title")
        return [guess]

    def shown_title(self) -> list[str]:
        """The part of ``<title>`` the page shows as its headline (site's name unknown)."""
        shown = headline.shown_title_part(
            self.scope, self.html_title, self.site_names, self.headline_h1s
        )
        return [shown_text(shown)] if shown is not None else []

    def _without_site_name(self, titles: list[str]) -> list[str]:
        # Only when a title ends in a separator: most do not, and site_names reads the page.
        if all(len(headline.title_parts(title)) < 2 for title in titles):
            return titles
        return [
            headline.without_sections(
                headline.without_site_name(title, self.site_names), self._section_words
            )
            for title in titles
        ]

    @cached_property
    def _section_words(self) -> frozenset[str]:
        """Section names a title may show beside its headline, squashed.

        The marked section and the URL's folders ("Rain returns | Weather" at ``/weather/...``).
        """
        names = [
            *jsonld.texts(self.ld.get("articleSection")),
            *self.meta("article:section"),
            *path_segments(urlsplit(self.canonical_url).path)[:-1],
        ]
        return frozenset(
            word for name in names if (word := headline.squashed(name)) and not word.isdigit()
        )

    def description(self) -> list[str]:
        found = self.first(
            "description",
            self.marked_description,
            lambda: self.site_css("description"),
            self.dek,
        )
        if (
            found
            and self.is_excerpt(found[0])
            and (shown := self.dek())
            and self.marked_dek(shown[0])
        ):
            return shown  # the CMS's excerpt of the text, where the page prints its own dek
        return found

    def marked_description(self) -> list[str]:
        """The first description the markup gives that is the page's own.

        JSON-LD's, ``og:description``, ``<meta name="description">``, the ``WebPage`` node's.
        One that repeats the headline says the CMS filled them in: none after it is read (the
        site's default, "Prefeitura de Jaraguá do Sul."), only a dek the page prints. The
        site's name alone, or its tagline ("Example News - your source for local news", the
        site's name first and no word of the headline), is passed over.
        """
        titles = self._title_keys
        sources: tuple[Layer, ...] = (
            lambda: jsonld.texts(self.ld.get("description")),
            lambda: self.meta("og:description"),
            lambda: self.meta("description"),
            lambda: jsonld.texts(jsonld.page_value(self.nodes, "description")),
        )
        for at, source in enumerate(sources):
            kept = []
            for value in source():
                folded = _folded(value).rstrip(". ")
                if folded in titles:
                    return []
                if folded in self.publisher_names or (
                    (tagline := _TAGLINE.match(folded))
                    and tagline.group(1) in self.publisher_names
                    and not _shared_words(folded[tagline.end() :], titles)
                ):
                    continue
                kept.append(value)
            if kept and self.loader.cleaned("description", kept):
                return _untruncated(kept, sources[at + 1 :])
        return []

    @cached_property
    def _title_keys(self) -> frozenset[str]:
        """The page's titles, casefolded: what a description or tag repeating one says."""
        return frozenset(_folded(title) for title in self.title())

    def marked_dek(self, text: str) -> bool:
        """``text`` is printed in an element its class or id names a dek ("standfirst")."""
        wanted = _folded(text)
        return any(
            _DEK_MARK.search(f"{element.get('class', '')} {element.get('id', '')}")
            and _folded("".join(element.itertext())) == wanted
            for element in self.scope.iter("p", "h2", "div", "span")
        )

    def is_excerpt(self, description: str) -> bool:
        """The description is the opening of the text, as CMSs fill it in when left empty."""
        folded = _folded(description).rstrip(".\u2026 ")
        if len(folded) < 40:
            return False
        opening = _folded(" ".join(self.body()[:2]))
        return opening.startswith(folded)

    def dek(self) -> list[str]:
        """The standfirst printed between the headline and the byline or date line."""
        blocks = [d for d in self.header_dek(self.body()) if text_length(d) >= DEK_MIN_CHARS]
        return [" ".join(blocks)] if blocks else []

    def authors(self) -> list[str]:
        """JSON-LD or ``<meta>`` authors, completed by the byline when it names more.

        JSON-LD's are the article node's, else the ``WebPage`` node's. When the markup names
        no one: the site's selectors, else a "By ..." line opening the text (the writer, where
        the theme's author link names the account that posted the story), the generic
        byline, the byline line, the signature closing the body, the credit line closing wire
        copy ("(Reporting by ...)"), else the agencies of the text's source mark or sign-off.
        A marked author that is the publisher, or a desk ("Web Desk"), gives way to the people
        of the text's opening byline, byline line or closing credit line.
        """
        # names in capitals are written as names are, except where the language says not how
        self.loader.context["language"] = self._lang()
        marked = self.first(
            "authors",
            lambda: jsonld.texts(self.ld.get("author")),
            lambda: self.meta("author", "article:author"),
            lambda: jsonld.texts(jsonld.page_author(self.nodes)),
        )
        cleaned = self.loader.cleaned
        if not marked:
            shown = self.first(
                "authors",
                lambda: self.site_css("authors"),
                # the text's own "By Name, City" line names the writer; the theme's author
                # link may name the account that posted it ("Web Editor")
                self.opening_byline_names,
                lambda: bylines.byline_names(
                    self.story_scope,
                    self.language()[0],
                    self.markup,
                    self.story_links,
                    # a page whose headline is no <h1> (Blogger's <h3 class="entry-title">)
                    self.headline_h1s or [h for h in (self.headline_element,) if h is not None],
                ),
                # the byline line under the headline, where the page's <h1> is its logo
                self.byline_line_names,
                # the writers' names signing the end of the body ("Hoàng Lan - Thanh Tùng")
                self.signature_names,
                # wire copy's closing credits: "(Reporting by Jane Roe; Editing by Tom Field)"
                self.credit_line_names,
                # agency copy without a byline: "(dpa)" closing the text, "Berlin (dpa) -"
                lambda: bylines.source_mark(self.body()),
                # or alone on the text's last line, which the body leaves out: "(antara)"
                lambda: bylines.source_mark(self.closing_line()),
            )
            return bylines.without_affiliations(cleaned("authors", shown), self.publisher_names)
        # A site's author selectors are its byline; only a site without them needs the
        # headline found and the lines under it read.
        shown = (
            self.site_css("authors")
            if self.css.get("authors")
            else self.opening_byline_names() or self.byline_line_names() or self.credit_line_names()
        )
        return bylines.merged_authors(
            cleaned("authors", marked), cleaned("authors", shown), self.publisher_names
        )

    def opening_byline_names(self) -> list[str]:
        """The names of a "By ..." line opening the generic body's text, which it leaves out."""
        self.body()
        language = self.language()[0]
        for text in self.header_bylines:
            line = etree.Element("p")
            line.text = text
            if names := bylines.line_names(line, text, language, self.publisher_names):
                return names
        return []

    def credit_line_names(self) -> list[str]:
        """The reporters named by the credit line closing wire copy ("(Reporting by ...)")."""
        return bylines.credit_line_names(line[0]) if (line := self.closing_line()) else []

    def closing_line(self) -> list[str]:
        """The text of the generic body's last paragraph as printed, sign-offs included."""
        self.body()
        paragraphs = list(self.body_elements[-1].iter("p")) if self.body_elements else []
        text = " ".join("".join(paragraphs[-1].itertext()).split()) if paragraphs else ""
        return [text] if text else []

    def signature_names(self) -> list[str]:
        """The names of the bold, right-aligned line that signs the end of the body."""
        self.body()
        return self.closing_signature[1] if self.closing_signature else []

    @cached_property
    def closing_signature(self) -> tuple[str, list[str]] | None:
        """The signature closing the generic body (its text, its names), if any."""
        # The body's own elements, not the page's markup: four scans of the whole markup for
        # a mark cost three times what reading the body's paragraphs does.
        return bylines.closing_signature(self.body_elements) if self.body_elements else None

    def byline_line_names(self) -> list[str]:
        """The names of the byline line just under the headline (a line, not a page's links)."""
        if self.headline_element is None:
            return []
        language = self.language()[0]
        for seen, line in enumerate(lines_after(self.headline_element, self.scope)):
            if seen >= HEADER_SEARCH_LINES:
                break
            text = line_text(line)
            if len(text) <= HEADER_LINE_CHARS and (
                names := bylines.line_names(line, text, language, self.publisher_names)
            ):
                return names
        return []

    @cached_property
    def publisher_names(self) -> set[str]:
        """The publisher's names, casefolded: JSON-LD ``publisher`` and the site's names."""
        names = self.site_names | {_folded(n) for n in jsonld.texts(self.ld.get("publisher"))}
        # "The Example News" credits the paper named "Example News", and the other way round
        names |= {n[4:] if n.startswith("the ") else f"the {n}" for n in names}
        # The outlet a Chinese date line credits ("来源：江南日报") publishes, it does not write.
        if not _HAN_CHAR.search(self.html_title):  # a Chinese page's; its title says so
            return names
        scan = self._header_scan
        line = scan[1] if scan is not None else ""
        return names | {_folded(n) for n in bylines.zh_source(line)}

    def published_raw(self) -> list[str]:
        return self.first_date(
            "published_raw",
            lambda: dates.usable(jsonld.date_texts(self.ld.get("datePublished")), self._lang()),
            lambda: dates.usable(self.meta(*dates.PUBLISHED_META[:2]), self._lang()),
            lambda: self.printed_date(self.published_css),
            lambda: dates.usable(self.meta(*dates.PUBLISHED_META[2:]), self._lang()),
            lambda: dates.meta_by_name(self._meta_index),
            lambda: dates.jsonld_any(self.nodes, "datePublished"),
            lambda: dates.itemprop_published(self.scope, self.markup),
            lambda: dates.time_element_date(self.scope),
            lambda: dates.hatom_date(self._story, "published", self.markup),
            lambda: dates.near_headline(
                self.headline_element, self.language()[0], self.declared_languages
            ),
            lambda: dates.relative_near_headline(self.headline_element, self.language()[0]),
            lambda: dates.yearless_near_headline(
                self.headline_element, self.language()[0], self.canonical_url
            ),
            # last: the day the article's URL is dated with ("/2026/11/24/"), as a day
            lambda: dates.url_day(self.canonical_url),
        )

    def modified_raw(self) -> list[str]:
        return self.first_date(
            "modified_raw",
            lambda: dates.usable(jsonld.date_texts(self.ld.get("dateModified")), self._lang()),
            lambda: dates.usable(self.meta(*dates.MODIFIED_META[:3]), self._lang()),
            lambda: self.printed_date(self.modified_css),
            lambda: dates.usable(self.meta(*dates.MODIFIED_META[3:]), self._lang()),
            lambda: dates.jsonld_any(self.nodes, "dateModified"),
            lambda: dates.itemprop_modified(self.scope, self.markup),
            lambda: dates.time_element_modified(self.scope),
            lambda: dates.hatom_date(self._story, "updated", self.markup),
            lambda: dates.updated_near_headline(self.headline_element, self.language()[0]),
        )

    def section(self) -> list[str]:
        """JSON-LD ``articleSection``, ``article:section``, breadcrumb, category link, URL.

        A category link is marked ``rel="category"`` (WordPress writes ``rel="category tag"``).
        The URL's first segment, then an HTML breadcrumb's link, count only when the navigation
        listed them as a section, or when the breadcrumb links to the URL's own folder.
        """
        found = self.first(
            "section",
            lambda: self._not_the_site(
                _top_section(jsonld.texts(self.ld.get("articleSection"))[:1])
            ),
            lambda: self._not_the_site(_top_section(self.meta("article:section")[:1])),
            lambda: sections.breadcrumb_section(self.nodes, self.canonical_url),
            lambda: sections.category_links(self.links),
            lambda: sections.url_section(
                self.canonical_url,
                self.site_sections,
                self.scope,
                self.markup,
                (self.language() or [""])[0],
            ),
            # last: a scan of the page, for URLs that name no section (/Article/Details/123),
            # or whose folder the navigation did not list but the breadcrumb confirms
            lambda: sections.html_breadcrumb(
                self.scope,
                {*self.site_sections, *sections.url_folder(self.canonical_url)},
                self.markup,
            ),
        )
        if all(name.isascii() for name in found):
            return found
        language = self.language()[0]
        return [sections.as_site_spells(name, self.site_sections, language) for name in found]

    def _not_the_site(self, values: list[str]) -> list[str]:
        """``values`` without one that names the site ("gizmodo.com"), which is no section.

        The site as its host or ``og:site_name`` names it: the parts of ``<title>`` beside
        the headline may be a section's.
        """
        names = {site_host(urlsplit(self.canonical_url).hostname or "")}
        names |= {_folded(name) for name in self.meta("og:site_name")}
        return [value for value in values if _folded(value) not in names]

    def tags(self) -> list[str]:
        """Tags shown on the page first, then ``article:tag``, JSON-LD keywords, ``rel=tag``.

        A tag that repeats a headline of four words or more is none ("Brexit" may be both).
        """
        found = self.first(
            "tags",
            lambda: self.site_css("tags"),
            self.meta_tags,
            self.keywords,
            lambda: tags.rel_tags(self.scope, self.markup, self.links),
            self.box_tags,
        )
        if not found:
            return found
        titles = {title for title in self._title_keys if len(title.split()) >= 4}
        return [tag for tag in found if _folded(tag) not in titles]

    def box_tags(self) -> list[str]:
        """Links to tag pages in the box that holds the headline and the text (no classes)."""
        if self.headline_element is None:
            return []
        box = tags.article_box(self.headline_element, sum(map(len, self.body())))
        return tags.box_tags(box, self.response.url) if box is not None else []

    def image_url(self) -> list[str]:
        return self.first(
            "image_url",
            # not the logo or default picture a site gives every page without one of its own
            lambda: images.unless_thumbnail(
                images.story_images(jsonld.texts(self.ld.get("image"), key="url"))[:1],
                self.meta("og:image", "twitter:image"),
            ),
            lambda: images.story_images(self.meta("og:image", "twitter:image")),
            # the other spellings: Open Graph's structured properties, Twitter's older card
            # name, and the <link rel="image_src"> of pages from before Open Graph
            lambda: images.story_images(
                self.meta("og:image:url", "og:image:secure_url", "twitter:image:src")
                or [
                    href
                    for link in self._tagged["link"]
                    if link.get("rel") == "image_src" and (href := link.get("href"))
                ]
            ),
            lambda: self.site_css("image_url"),
            # last: a page with no image metadata shows its lead picture in the text
            self.body_image,
        )

    def body_image(self) -> list[str]:
        """The picture between the headline and the text, else the first in the text.

        Neither a logo, icon, avatar, pixel nor ad.

        Only in a generic body: a site file that names its body container names its image
        selector too (``css["image_url"]``).
        """
        self.body()
        if (
            self.body_elements
            and self.headline_element is not None
            and (lead := images.lead_image(self.headline_element, self.body_elements[0]))
        ):
            return lead  # the featured picture above the text comes first
        return images.body_image(self.body_elements)

    def _lang(self) -> str:
        return next(iter(self.language()), "")

    def language(self) -> list[str]:
        # Asked by most other fields' layers (bylines, dates, sections): found once.
        if self._language is None:
            found = self.first(
                "language",
                lambda: jsonld.texts(self.ld.get("inLanguage")),
                lambda: _LANG(self.root),
                lambda: self.meta("og:locale"),
                lambda: self.content_languages[:1],
                lambda: script_language(self.html_title),
                # the words of its title, description and first paragraphs (a Brazilian blog
                # without lang): undeclared is not English
                lambda: [guessed] if (guessed := text_language(self._language_sample())) else [],
                lambda: [self.default_language],
            )
            if (
                found
                and language_subtag(str(found[0])) not in _SCRIPT_LANGUAGES
                and (written := script_language(title := self.html_title))
                and 2 * sum(c.isascii() and c.isalpha() for c in title) < len(title)
            ):
                # a template's lang="en" over a title in Chinese, Japanese, Korean or Thai (not
                # an English title beside the site's name in Han, "Rain returns - 江南日报")
                found = written
            elif (
                found
                and language_subtag(str(found[0])) == "en"
                and (guessed := text_language(self._language_sample(800))) not in (None, "en")
            ):
                # a theme's lang="en-US" kept by a German or Brazilian site: its words say
                found = [guessed]
            self._language = found
        return list(self._language)

    def _language_sample(self, size: int = 3000) -> str:
        """The title, the description and the page's first paragraphs (``size`` characters)."""
        texts = [self.html_title, *self.meta("og:description", "description")]
        taken = 0
        for paragraph in self.root.iter("p"):
            text = paragraph.text_content()
            texts.append(text)
            taken += len(text)
            if taken > size:
                break
        return " ".join(texts)

    def body(self) -> list[str]:
        """Text blocks of the site's body container, else of the generic guess."""
        site = self._site_body
        return site if site is not None else self.generic_body()

    @cached_property
    def _site_body(self) -> list[str] | None:
        # asked by several fields: the site's container is read once
        return next(
            (
                text_blocks(found[0])
                for css in self.css.get("body", ())
                if (found := select(css, self.scope))
            ),
            None,
        )

    def generic_body(self) -> list[str]:
        """No site selector matched: the marked-up article body, else the generic extractor.

        Without an article signal (JSON-LD article, ``og:type`` article, an ``<article>``
        element) only a long text counts, so error pages and empty shells at article-like
        URLs are not articles.
        """
        if self._generic is not None:
            return self._generic
        og_type = " ".join(self.meta("og:type")).lower()
        signal = bool(self.ld) or "article" in og_type or self.has_article_element
        best: list[str] = []
        if (blocks := self.marked_body) is not None and _length(blocks) >= GENERIC_MIN_CHARS:
            best = blocks
            self.body_elements = [_MARKED_BODY(self.root)[0].getparent()]
        else:
            root = self._story
            found = article_body(root, self.body_elements)
            if root is not self.root and _length(found) < HEADER_MIN_CHARS:
                # the headline's <article> holds its header alone: the story is the page's
                self._story = root = self.root
                self.body_elements = []
                found = article_body(root, self.body_elements)
            # A short text needs its own header: a brief (a Chinese one of 150 characters)
            # under its headline and date line is an article, an empty shell is not.
            length = _length(found)
            if length >= (1 if signal else GENERIC_MIN_CHARS) or (
                length >= HEADER_MIN_CHARS and self.dated_headline
            ):
                best = found
        # A complete JSON-LD articleBody beats a page that shows only part of it (a teaser
        # before a paywall, a body rendered by scripts).
        ld_body = self.ld.get("articleBody")
        if isinstance(ld_body, str) and text_length(ld_body) >= max(
            LD_BODY_CHARS, 1.5 * _length(best)
        ):
            best = [line for line in ld_body.split("\n") if line.strip()]
        self._generic = self.without_signature(self.without_header_lines(best))
        return self._generic

    @cached_property
    def _story(self) -> HtmlElement:
        return self.story_root()

    @cached_property
    def story_scope(self) -> HtmlElement:
        """Where this story's byline and links are: :meth:`story_root`, else the scope."""
        self.body()  # which may find the story's <article> to hold its header alone
        return self.scope if self._story is self.root else self._story

    @cached_property
    def story_links(self) -> list[HtmlElement]:
        """:attr:`links` inside :attr:`story_scope`."""
        story = self.story_scope
        return self.links if story is self.scope else [a for a in story.iter("a") if a is not story]

    @cached_property
    def _marked_titles(self) -> list[str]:
        """The headline as JSON-LD, ``og:title`` and ``<title>`` give it (no layer run)."""
        return [*jsonld.texts(self.ld.get("headline")), *self.meta("og:title"), self.html_title]

    def story_root(self) -> HtmlElement:
        """The ``<article>`` that holds the headline, when the page holds another story too.

        Sites that load the next story below the first print it in an ``<article>`` of its
        own, with its own headline and text: its text is no part of this one. Else the page.
        """
        headline = self.headline_element
        own = next(headline.iterancestors("article"), None) if headline is not None else None
        if own is None or headline is None:
            return self.root
        inside = set(own.iterancestors())
        if not any(
            next(other.iter("h1", "h2"), None) is not None
            and text_length("".join(other.itertext())) >= GENERIC_MIN_CHARS
            for other in self.root.iter("article")
            if other is not own and other not in inside and own not in set(other.iterancestors())
        ):
            return self.root
        shown = _folded(shown_text(headline))
        if not any(_folded(title) == shown for title in self.title()):
            return self.root  # an <h1> of a story card, not of this page's story
        return own

    def without_signature(self, blocks: list[str]) -> list[str]:
        """The body without the signature line closing it (a byline, not text)."""
        if blocks and (signature := self.closing_signature) and blocks[-1] == signature[0]:
            return blocks[:-1]
        return blocks

    def without_header_lines(self, blocks: list[str]) -> list[str]:
        """The body without its leading headline, standfirst and byline/date lines.

        A container that also holds the headline gives it, the standfirst and the line under
        them ("Por Marta Gil · Publicado el 3 de marzo de 2026") as the first blocks: a leading
        block equal to the title or to the standfirst (:meth:`header_dek`), or a short line
        holding a printed date or a byline that is no sentence, is dropped.
        """
        titles = {_folded(t) for t in self.meta("og:title", "twitter:title")}
        if self.headline_element is not None:
            titles.add(_folded(shown_text(self.headline_element)))
        dek = {_folded(block) for block in self.header_dek(blocks)} | self.dek_after_headline()
        # the line under the headline its markup marks as the date line (a <time> that shows
        # "Nov 24" with no year, which no pattern reads as a date)
        marked = _folded(scan[1]) if (scan := self._header_scan) is not None else None
        if marked and (len(marked) > DATE_LINE_CHARS or marked.endswith((".", "!", "?"))):
            marked = None  # a sentence (a lede with the author's link) is text
        self.header_lines = 0
        self.header_bylines = []
        start = 0
        while start < min(len(blocks), 3 + len(dek)):
            block = blocks[start]
            if _folded(block) in titles or _folded(block) in dek:
                start += 1
                continue
            if self.is_header_line(block) or (marked and _folded(block) == marked):
                start += 1
                self.header_lines += 1
                if bylines.is_byline(block, self.language()[0]):
                    self.header_bylines.append(block)
                continue
            break
        return blocks[start:] if start < len(blocks) else blocks

    def dek_after_headline(self) -> set[str]:
        """The standfirst printed right after the headline, when it is the page's description.

        A VnExpress-like page puts its dek (``<p class="description">``) between the headline
        and the text, with the byline at the end: no byline line marks where the text starts.
        """
        after = self.headline_element.getnext() if self.headline_element is not None else None
        if after is None or after.tag not in ("p", "h2", "div"):
            return set()
        if after.tag == "p" and not after.get("class"):
            return set()  # a plain paragraph is the text's lead, which descriptions often copy
        text = _folded("".join(after.itertext()))
        described = [
            *jsonld.texts(self.ld.get("description")),
            *self.meta("og:description", "description"),
        ]
        return {text} if text and any(_folded(d) == text for d in described) else set()

    def is_header_line(self, line: str) -> bool:
        """A byline or date line: short, no sentence, with a printed date, a byline or an author."""
        language = self.language()[0]
        return (
            len(line) <= HEADER_LINE_CHARS
            and not line.rstrip().endswith((".", "!", "?", '"', "\u201d", ":"))
            and (
                dates.find_printed_date(line, language) is not None
                or bool(len(line) <= dates.RELATIVE_LINE_CHARS and relative_date(line, language))
                or (len(line) <= dates.RELATIVE_LINE_CHARS and dates.day_clock_line(line, language))
                or bylines.is_byline(line, language)
                or self.names_an_author(line)
            )
        )

    def _marks_header(self, line: HtmlElement, text: str) -> bool:
        """The byline or date line under the headline: a ``<time>``, author link or such text.

        Or a line in a box named as one ("byline-section") that the headline is not in.
        """
        if line.tag == "time" or next(line.iter("time"), None) is not None:
            return True
        above = self._above_headline
        shared = next((a for a in line.iterancestors() if a in above), None)
        if shared is not None and in_header_box(line, shared):
            return True
        if any(bylines.is_author_link(a) for a in line.iter("a")):
            return True
        return bool(text) and self.is_header_line(text)

    @cached_property
    def _above_headline(self) -> set[HtmlElement]:
        if self.headline_element is None:
            return set()
        return set(self.headline_element.iterancestors())

    @cached_property
    def _header_scan(self) -> tuple[list[str], str, Iterator[HtmlElement]] | None:
        """The standfirst above the byline or date line under the headline, that line, the rest.

        None when no such line follows the headline closely.
        """
        if self.headline_element is None:
            return None
        lines = lines_after(self.headline_element, self.scope)
        before: list[str] = []
        for seen, line in enumerate(lines):
            text = line_text(line)
            if self._marks_header(line, text):
                return before, text, lines
            if seen >= HEADER_SEARCH_LINES:
                return None
            if text and not _mostly_links(line, text):
                before.append(text)
            if len(before) > DEK_BLOCKS or sum(map(len, before)) > DEK_CHARS:
                return None
        return None

    @cached_property
    def dated_headline(self) -> bool:
        """A byline or date line follows the headline closely: the article's own header."""
        return self._header_scan is not None

    @cached_property
    def header_matter(self) -> tuple[list[str], list[str]]:
        """The lines between the headline and its byline or date line, and a few lines after.

        Both empty when no byline or date line follows the headline closely, or when more
        text than a standfirst comes before it (a byline printed at the end of the article).
        Lines that are mostly links (share bars, topic links) are no standfirst.
        """
        scan = self._header_scan
        if scan is None:
            return [], []
        before, _, lines = scan
        after: list[str] = []
        for line in lines:
            text = line_text(line)
            if text and not self._marks_header(line, text):
                after.append(text)
                if len(after) == 3:
                    break
        return before, after

    def header_dek(self, blocks: Sequence[str]) -> list[str]:
        """The standfirst above the byline or date line, when ``blocks`` is the text under it.

        The article's text must go on after the byline or date line (one of the lines there
        is in ``blocks``), and a line repeated after it is the lede, which is body text.
        """
        before, after = self.header_matter
        if not before:
            return []
        text = _folded(" ".join(blocks))
        following = {_folded(line) for line in after}
        if any(_folded(line) in following for line in before):
            return []
        if not any(_folded(line)[:80] in text for line in after):
            return []
        return before

    def names_an_author(self, line: str) -> bool:
        """A line that starts with an author the markup names ("Ruth Adeyemi, Guest columnist")."""
        names = [*jsonld.texts(self.ld.get("author")), *self.meta("author", "article:author")]
        folded = line.casefold()
        return any(len(name) > 3 and folded.startswith(name.casefold()) for name in names)

    def own_header(self) -> bool:
        """The page shows one article's header: its headline with the date beside it.

        A byline or date line under the headline inside the text's container, or a single
        ``<article>`` element holding the headline and a ``<time>``: a blog post or a town
        hall notice without any article markup still has these.
        """
        self.generic_body()
        if self.header_lines or self.dated_headline:
            return True
        articles = list(self.root.iter("article"))
        return (
            len(articles) == 1
            and self.headline_element is not None
            and any(a is articles[0] for a in self.headline_element.iterancestors())
            and any(t.get("datetime") is not None for t in articles[0].iter("time"))
        )

    # -- shared pieces of the layers -----------------------------------------------

    @cached_property
    def markup(self) -> str:
        """The page's markup in lower case: a scan of every element for a word it lacks is spared."""
        return self.response.text.lower()

    @cached_property
    def content_languages(self) -> list[str]:
        """``<meta http-equiv="Content-Language">`` values."""
        return _CONTENT_LANGUAGE(self.root) if "content-language" in self.markup else []

    @cached_property
    def declared_languages(self) -> list[str]:
        """Every language the page declares (``<html lang>``, ``Content-Language``, ...)."""
        values = [*jsonld.texts(self.ld.get("inLanguage")), *_LANG(self.root)]
        values += [*self.meta("og:locale"), *self.content_languages]
        return [value.strip().replace("_", "-") for value in values if value.strip()]

    @cached_property
    def html_title(self) -> str:
        return " ".join("".join(_TITLE(self.root)).split())

    @cached_property
    def site_names(self) -> set[str]:
        """The site's own names (casefolded), never a headline: ``og:site_name`` and kin."""
        titles = [*jsonld.texts(self.ld.get("headline")), *self.meta("og:title", "twitter:title")]
        parts = headline.title_parts(self.html_title)
        if not titles and len(parts) >= 2:
            # No marked headline: an <h1> showing the longest <title> part is the headline
            # (a logo <h1> shows the site's short name), the other parts name the site.
            longest = _folded(max(parts, key=len))
            if any(_folded(shown_text(h1)) == longest for h1 in self.h1s):
                titles = [longest]
        names = self.meta("og:site_name", "application-name", "apple-mobile-web-app-title")
        names += headline.logo_names(self.scope, self.h1s)
        host = urlsplit(self.response.url).hostname or ""
        return headline.site_names(names, self.html_title, titles, host)

    @cached_property
    def headline_element(self) -> HtmlElement | None:
        """The element that shows the headline: the page's ``<h1>``, else ``og:title``'s.

        An ``<h2>`` under a logo ``<h1>``, a paragraph styled as the headline.
        """
        titles = [*jsonld.texts(self.ld.get("headline")), *self.meta("og:title", "twitter:title")]
        titles += headline.title_without_site(self.html_title, self.site_names)
        found = headline.headline_element(self.scope, titles, self.site_names, self.headline_h1s)
        if found is not None:
            return found
        # no title names the headline alone: the part of <title> the page shows as one
        return headline.shown_title_part(
            self.scope, self.html_title, self.site_names, self.headline_h1s
        )

    def printed_date(self, selectors: Sequence[str]) -> list[str]:
        for css in selectors:
            if found := dates.printed_date(select(css, self.scope)):
                return found
        return []

    def meta_tags(self) -> list[str]:
        """``article:tag``: one tag each, unless the page lists all of them in its only one."""
        values = self.meta("article:tag")
        if len(values) == 1 and "," in values[0]:
            return split_keywords(values[0])  # "science-fiction, books, fantasy"
        return values

    def keywords(self) -> list[str]:
        values = jsonld.texts(self.ld.get("keywords"))
        return [tag for value in values for tag in split_keywords(value)]

    # -- what kind of page ---------------------------------------------------------

    def is_media(self) -> bool:
        # a CJK gallery or video label opens the headline: <title> shows it too, cheaply
        if _HAN_CHAR.search(self.html_title) and any(
            _MEDIA_LABEL.match(title) for title in self.title()[:1]
        ):
            return True
        og_type = " ".join(self.meta("og:type")).lower()
        if (
            jsonld.has_media(self.nodes)
            or og_type.startswith(("video", "image"))
            or any(_LATIN_MEDIA_LABEL.match(title) for title in self._marked_titles)
        ) and _length(self.body()) < CAPTION_PAGE_CHARS:
            # a player or a gallery under a caption, however the page types itself
            # ("Watch: ..." marked up as a NewsArticle beside its VideoObject)
            return True
        if not (jsonld.is_media(self.nodes) or og_type.startswith(("video", "image"))):
            return False
        # A video player on a text article (og:type video, a VideoObject) is not a media page:
        # a full marked-up articleBody, or a long text, says article.
        marked = self.marked_body
        if marked is not None and _length(marked) >= GENERIC_MIN_CHARS:
            return False
        return _length(self.body()) < MEDIA_TEXT_CHARS

    @cached_property
    def marked_body(self) -> list[str] | None:
        """Blocks of the first ``itemprop=articleBody`` element; None when the page has none."""
        if not _ITEMPROP_BODY_MARK.search(self.markup):
            return None
        marked = _MARKED_BODY(self.root)
        return container_body(marked[0].getparent()) if marked else None

    @cached_property
    def has_article_element(self) -> bool:
        return next(self.root.iter("article"), None) is not None

    def check(self) -> None:
        """Raise :class:`NotAnArticle` when the page is no text article (before any field)."""
        if self.is_media():
            raise NotAnArticle("media_page", self.canonical_url)

    def continuation_body(self) -> str:
        """The text of a later page of an article, without :meth:`check`: a last page may be short."""
        return "\n\n".join(self.loader.cleaned("body", self.body()))

    # -- the item ------------------------------------------------------------

    def to_item(self, *, site: str, crawled_at: str) -> Article:
        """Build the Article; raise :class:`NotAnArticle` for pages that are not text articles."""
        url = self.canonical_url
        self.check()
        loader = self.loader
        for field in FIELDS:
            loader.add_value(field, getattr(self, field)())
        loader.add_value("url", url)
        loader.add_value("site", site)
        loader.add_value("article_id", self.article_id())
        loader.add_value("crawled_at", crawled_at)
        article: Article = loader.load_item()
        if not article.body:
            raise NotAnArticle("no_body", url)
        article.word_count = len(article.body.split())
        return article
