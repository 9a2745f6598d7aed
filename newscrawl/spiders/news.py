"""The ``news`` spider: any news site from its home page (``-a site=URL``), no site file needed."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree
from scrapy.exceptions import CloseSpider, UsageError
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.link import Link
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import Rule

from newscrawl.pages import ArticlePage, NotAnArticle
from newscrawl.pages.base import GENERIC_MIN_CHARS, HEADER_MIN_CHARS
from newscrawl.pages.sections import GENERIC_FOLDERS, SECTION_FOLDERS, date_folders
from newscrawl.pages.text import text_length
from newscrawl.spiders.base import (
    JOB_ARGUMENTS,
    PAGE_IN_PATH,
    PAGE_PARAMETERS,
    STATE_KEY,
    NewsSpider,
    page_links,
    page_number,
)
from newscrawl.unreachable import (
    BAD_HOME_STATUSES,
    BAD_SITE_STAT,
    NETWORK_ERRORS,
    UNREACHABLE_STAT,
    SiteUnreachable,
    describe,
)
from newscrawl.unreachable import REASON as UNREACHABLE
from newscrawl.urls import (
    DATED_PATH,
    EDITION_SEGMENTS,
    ID_PARAM,
    INDEX_PAGE,
    LONG_ID_CHARS,
    NEWS_YEAR,
    canonicalize_url,
    is_mixed_id,
    locale_segment,
    numeric_id,
    on_domain,
    path_segments,
    registered_domain,
    short_id,
    site_host,
    tilde_id,
)

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from twisted.python.failure import Failure

    from newscrawl.arguments import CrawlArguments

logger = logging.getLogger(__name__)

# -- article or not, from the URL ------------------------------------------------------

#: Path segments of pages that are never articles: taxonomy, people, search, accounts, the
#: site's own pages, machine endpoints.
NOT_ARTICLE_SEGMENTS = frozenset(
    [
        "tag",
        "tags",
        "topic",
        "topics",
        "keyword",
        "keywords",
        "tudo-sobre",
        "etiket",
        "etiketler",
        "label",
        "labels",
        "author",
        "authors",
        "autor",
        "autores",
        "autoren",
        "themen",
        "thema",
        # Turkish "author"; not "yazarlar" (columnists), whose pages hold their columns
        "yazar",
        # Malay and Indonesian "penulis" (writer), "topik" (topic)
        "penulis",
        "topik",
        "byline",
        "bylines",
        "people",
        "person",
        "profile",
        "profiles",
        "contributor",
        "contributors",
        "staff",
        "search",
        "arama",
        "find",
        "login",
        "log-in",
        "signin",
        "sign-in",
        "logout",
        "signup",
        "sign-up",
        "register",
        "registration",
        "account",
        "my-account",
        "user",
        "users",
        "subscribe",
        "subscription",
        "subscriptions",
        "newsletter",
        "newsletters",
        "about",
        "about-us",
        "contact",
        "contact-us",
        "privacy",
        "privacy-policy",
        "privacy-notice",
        "terms",
        "terms-of-use",
        "terms-of-service",
        "terms-and-conditions",
        "cookie",
        "cookies",
        "cookie-policy",
        "impressum",
        "imprint",
        "legal",
        "disclaimer",
        "advertise",
        "advertising",
        "careers",
        "jobs",
        "corrections",
        "ethics",
        "faq",
        "help",
        "sitemap",
        "feed",
        "feeds",
        "rss",
        "atom",
        "taxonomy",
        "wp-admin",
        "wp-content",
        "wp-includes",
        "wp-json",
        "wp-login.php",
        "xmlrpc.php",
        "cdn-cgi",
        "static",
        "assets",
        "print",
        "share",
        "comments",
        "comment",
        "amp-stories",
        "hashtag",
        "auth",
        "quiz",
        "quizzes",
        "crossword",
        "crosswords",
        "puzzles",
        "games",
        # Swedish, Norwegian, Danish and Finnish: tag, topic, author, search and account pages
        "tagg",
        "taggar",
        "amne",
        "amnen",
        "emne",
        "emner",
        "stikkord",
        "emneord",
        "aihe",
        "aiheet",
        "skribent",
        "skribenter",
        "forfatter",
        "forfattere",
        "journalist",
        "journalister",
        "toimittaja",
        "toimittajat",
        "sok",
        "sog",
        "mitt-konto",
        "min-side",
        "logga-in",
        "logg-inn",
        "log-ind",
        "prenumerera",
        # Vietnamese: author, topic, keyword, search and sign-in pages
        "tac-gia",
        "chu-de",
        "tu-khoa",
        "tim-kiem",
        "dang-nhap",
        # Greek, in Greeklish: tag, author, columnist and search pages
        "etiketes",
        "syntaktes",
        "syntaktis",
        "arthrografoi",
        "anazitisi",
        # Polish: topic, tag, author, search and sign-in pages
        "temat",
        "tematy",
        "tagi",
        "autorzy",
        "szukaj",
        "wyszukiwarka",
        "zaloguj",
        # Hungarian: tag, keyword, author, search and sign-in pages
        "cimke",
        "cimkek",
        "kulcsszo",
        "szerzo",
        "szerzok",
        "kereses",
        "belepes",
    ]
)
#: Path segments of media pages: videos, galleries, podcasts, scores, web stories, events.
MEDIA_SEGMENTS = frozenset(
    [
        "video",
        "videos",
        "watch",
        "live-tv",
        "tv-shows",
        "gallery",
        "galleries",
        "photo",
        "photos",
        "foto",
        "fotos",
        "fotogaleria",
        "foto-galeri",
        "fotogaleri",
        "galeri",
        "video-galeri",
        "videogaleri",
        "galeria",
        "galerias",
        "fotogalerias",
        "videogaleria",
        "videogalerias",
        "galerie",
        "galerien",
        "bilder",
        "bilderstrecke",
        "bilderstrecken",
        "fotostrecke",
        "fotostrecken",
        "pictures",
        "picture-gallery",
        "photo-gallery",
        "photogallery",
        "slideshow",
        "slideshows",
        "podcast",
        "podcasts",
        "audio",
        "live-score",
        "live-scores",
        "livescore",
        "scorecard",
        "web-stories",
        "webstories",
        "visual-stories",
        "events",
        "event",
        "shorts",
        "reels",
        "listen",
        # picture galleries and web TV in Swedish, Norwegian, Danish and Finnish
        "bildspel",
        "bildserie",
        "galleri",
        "bildegalleri",
        "billedserie",
        "kuvagalleria",
        "webb-tv",
        # Vietnamese photo and infographic sections
        "anh",
        "infographic",
        "infographics",
        "webbtv",
        "nett-tv",
        # Greek sections of videos and photographs, in Greeklish
        "vinteo",
        "vinteos",
        "fotografies",
        "fotogalleries",
        "fotogallery",
        # Polish videos, photos and photo reports
        "wideo",
        "zdjecia",
        "fotorelacja",
        "fotorelacje",
        # Hungarian picture galleries ("képgaléria") and videos ("videók"), as slugs drop accents
        "kepgaleria",
        "kepgaleriak",
        "galeriak",
        "fotogaleriak",
        "videok",
    ]
)
#: Query parameters of search and account pages.
#: Query keys of searches, comment forms and print versions ("?print=1", Joomla's
#: "?tmpl=component&print=1"): another page than the article, or the article again.
NOT_ARTICLE_QUERY = frozenset(
    {"s", "q", "query", "search", "replytocom", "print", "printable", "tmpl"}
)
#: "?view=print", "?output=print": a print version by the value of such a key.
_PRINT_VALUE = frozenset({"print", "printable", "printer", "print-friendly"})
_FILE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|gz|rar|7z|mp[34]|"
    r"m4[av]|mov|avi|webm|ogg|wav|flac|xml|json|rss|atom|css|js|txt|csv|ics|woff2?|ttf|eot)$",
    re.IGNORECASE,
)
#: Drupal's own path of a node before (or beside) its alias: ``/node/1201``.
_NODE_PATH = re.compile(r"^/node/\d+/?$")
#: A path that is only a date (a day, month or year archive).
_DATE_ARCHIVE = re.compile(rf"^(?:/archives?)?/{NEWS_YEAR}(?:/\d{{1,2}}){{0,2}}/?$")
#: "/page/2/", "/page-2/" as Indian portals number listing pages, "/sayfa/2" (Turkish).
_PAGINATION = re.compile(PAGE_IN_PATH + "$")
_SLUG_SPLIT = re.compile(r"[-_+]")
#: A media listing or viewer script (``photoList.html``, ``video_view.php``), lower-cased.
_MEDIA_SCRIPT = re.compile(
    r"^(?:photos?|videos?|gallery|vod|movie|tv)[-_]?(?:list|view|index|main)$"
    # an asset named by its type and a UUID, as BLOX CMS names them all: "video_<uuid>.html"
    # and "collection_<uuid>.html" (a gallery) beside "article_<uuid>.html"
    r"|^(?:video|collection|gallery|image|youtube|vimeo|audio|pdf)_[0-9a-f]{8}-[0-9a-f]{4}-"
)
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms|ece)$", re.IGNORECASE)
#: AMP views of an article: /slug/amp/, /slug.amp, /amp/slug/, ?outputType=amp, ?amp.
_AMP_REWRITES = (
    (re.compile(r"/amp/?$"), "/"),
    (re.compile(r"\.amp(\.html?)?$"), r"\1"),
    (re.compile(r"^/amp/"), "/"),
)
#: Text of "next page" anchors.
_NEXT_TEXT = re.compile(
    r"^\s*(?:next(?: page)?|older(?: posts| stories| articles| entries)?|more(?: stories| news)?"
    "|load more|show more|\u203a|\u00bb|\u2192|>>?"
    # the same words in the languages of the sites we crawl
    r"|pr[oó]xima(?: p[aá]gina)?|(?:p[aá]gina )?siguiente|(?:page )?suivante|weiter|n[aä]chste(?: seite)?"
    r"|(?:pagina )?successiva|avanti|volgende|nast[eę]pna|次へ|次のページ|التالي"
    r"|अगला(?: पेज| पृष्ठ)?|आगे|следующая(?: страница)?|след\.?|дальше|далее|вперёд|вперед"
    r"|наступна|다음(?: 페이지)?|下一页|下一頁|下页"
    # Swedish, Norwegian, Danish, Finnish: "Nästa sida", "Visa fler", "Neste side", "Seuraava"
    r"|n[aä]sta(?: sida)?|visa fler(?: artiklar| nyheter)?|neste(?: side)?|vis flere"
    r"|n[aæ]ste(?: side)?|seuraava(?: sivu)?|n[aä]yt[aä] lis[aä][aä]"
    # Turkish: "Sonraki", "İleri", "Daha Fazla"
    r"|sonraki(?: sayfa)?|ileri|daha fazla(?: haber| göster| yükle)?"
    # Vietnamese: "Trang sau", "Trang tiếp", "Tiếp theo", "Xem thêm tin"
    r"|trang (?:sau|tiếp(?: theo)?)|tiếp theo|xem thêm tin"
    # Malay and Indonesian: "Seterusnya", "Berikutnya", "Selanjutnya", "Halaman seterusnya"
    r"|(?:halaman )?(?:seterusnya|berikutnya|selanjutnya)"
    # Czech and Slovak: "Další", "Další strana", "Starší články", "Ďalšia strana", "Staršie"
    r"|dal[šs][ií](?: str[aá]nk?a)?|star[šs][ií](?: (?:[čc]l[aá]nky|zpr[aá]vy))?"
    r"|[ďd]al[šs]ia(?: str[aá]nk?a)?|star[šs]ie(?: [čc]l[aá]nky| spr[aá]vy)?"
    # Romanian: "Pagina următoare", "Următoarea", "Mai multe știri" (ş with a cedilla too)
    r"|(?:pagina )?urm[ăa]toare(?:a)?(?: pagin[ăa])?|mai multe (?:[șşs]tiri|articole))"
    "\\s*[\u203a\u00bb\u2192>]*\\s*$",
    re.IGNORECASE,
)
#: Path segments that announce an article page (``/article/...``, ``/story/...``).
#: Substack and its kin put every post under ``/p/``.
ARTICLE_SEGMENTS = frozenset({"article", "articles", "story", "stories", "post", "posts", "a", "p"})
#: Minimum words in the last path segment for a slug alone to make an article URL.
LONG_SLUG_WORDS = 4
#: The usual feed paths, tried only when no page announces a feed.
USUAL_SYNDICATION_PATHS = ("/feed/", "/rss", "/rss.xml", "/feed.xml", "/atom.xml")
#: Sitemaps tried when robots.txt names none.
USUAL_SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml")

_UPPER_TO_LOWER = "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'"
#: A navigation container's class (a word that starts "menu", or "nav" anywhere) and id
#: ("menu" anywhere), as XPath tests on the attribute node.
_MENU_CLASS = (
    f"contains(concat(' ', translate(., {_UPPER_TO_LOWER})), ' menu')"
    " or contains(translate(., 'NAV', 'nav'), 'nav')"
)
_MENU_ID = f"contains(translate(., {_UPPER_TO_LOWER}), 'menu')"
#: Links in navigation: ``<nav>``, ``<header>``, ``role=navigation``, or a container whose
#: class or id says menu. The containers are found through their attributes
#: (``//@class[...]/..``), which libxml2 tests faster than ``//*[...]``.
_NAV = etree.XPath(
    "(//nav | //header | (//@role[. = 'navigation']"
    f" | //@class[{_MENU_CLASS}] | //@id[{_MENU_ID}])/..)//a[@href]"
)
#: Whether one link is in navigation as :data:`_NAV` finds it, without the page's scan.
_IN_MENU = etree.XPath(
    "boolean(ancestor::*[self::nav or self::header or @role = 'navigation'"
    f" or @class[{_MENU_CLASS}] or @id[{_MENU_ID}]])"
)


_ALTERNATE = etree.XPath(
    "//link[@href][contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')]"
    "[@type='application/rss+xml' or @type='application/atom+xml'"
    " or @type='application/feed+json']/@href",
    smart_strings=False,
)
_REL_NEXT = etree.XPath(
    "//link[@href][contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
    " | //a[@href][contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href",
    smart_strings=False,
)


def slug_words(segment: str) -> int:
    """Words in a URL slug (``kreuzberg-market-hall-opens`` has 4).

    >>> slug_words("kreuzberg-market-hall-opens-on-sundays.html"), slug_words("world")
    (6, 1)
    """
    return len([w for w in _SLUG_SPLIT.split(_EXTENSION.sub("", segment)) if w])


def never_article(url: str) -> str | None:
    """Why a URL is no article page whatever the site (``media``, ``not_article``), or None."""
    parts = urlsplit(url)
    path = parts.path or "/"
    # "gallery.php", "search.aspx": a script's name says what it serves as a folder's does
    segments = [_EXTENSION.sub("", s.lower()) for s in path_segments(path)]
    if any(s in MEDIA_SEGMENTS or _MEDIA_SCRIPT.match(s) for s in segments):
        return "media"
    if any(s in NOT_ARTICLE_SEGMENTS for s in segments):
        return "not_article"
    if _FILE.search(path) or _DATE_ARCHIVE.match(path) or _PAGINATION.search(path):
        return "not_article"
    if any(
        (key.lower() in NOT_ARTICLE_QUERY and not _NODE_PATH.match(f"/{value}"))
        or value.lower() in _PRINT_VALUE
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
    ):
        return "not_article"  # Drupal's "?q=node/123" (no clean URLs) is a node, not a search
    if not segments and not query_article(url):
        return "not_article"  # the home page
    return None


def script_id_article(url: str) -> bool:
    """A script that shows one story by its id, however short: ``news.php?id=4512``.

    Small sites number their stories from 1; the script's name ("news", "article", "read",
    "NewsDetail") says a story, where a bare ``?id=`` may be anything's. A page number is no id.

    >>> script_id_article("https://x.example/news.php?id=451"), script_id_article("https://x.example/NewsDetail.aspx?ID=82")
    (True, True)
    >>> script_id_article("https://x.example/category.php?id=5"), script_id_article("https://x.example/news.php?page=2")
    (False, False)
    """
    parts = urlsplit(url)
    if not parts.query or not (segments := path_segments(parts.path)):
        return False
    name = _EXTENSION.sub("", script := segments[-1])
    if name == script or not _STORY_SCRIPT.fullmatch(name):
        return False
    return any(
        ID_PARAM.fullmatch(key) and key.lower() not in PAGE_PARAMETERS and value.isdigit()
        for key, value in parse_qsl(parts.query)
    )


#: The name of a script that shows one story: "news", "article", "read", "NewsDetail",
#: "articleView", "story_detail".
_STORY_SCRIPT = re.compile(
    r"(?:news|article|articles|story|stories|read|post|detail|details)"
    r"(?:[-_]?(?:view|detail|details|read|show|item|page))?",
    re.IGNORECASE,
)


def query_listing(url: str) -> bool:
    """A section its query alone names, at the site's root or its front controller.

    WordPress's plain category links (``/?cat=3``, ``/?category_name=local``) and Joomla's
    category blogs without SEF URLs (``index.php?option=com_content&view=category&id=8``).

    >>> query_listing("https://x.example/?cat=3"), query_listing("https://x.example/?p=4521")
    (True, False)
    >>> query_listing("https://x.example/index.php?option=com_content&view=category&id=8")
    True
    """
    if (params := _root_query(url)) is None:
        return False
    if params.get("cat", "").isdigit() or params.get("category_name"):
        return True
    return params.get("option") == "com_content" and params.get("view") in ("category", "featured")


def query_article(url: str) -> bool:
    """An article its query alone names, at the site's root or its front controller.

    WordPress's plain permalinks (``/?p=4521``), Joomla's links without SEF URLs
    (``/index.php?option=com_content&view=article&id=1432:slug&catid=8``) and Drupal's
    without clean URLs (``/?q=node/123``), whose ``q`` is no search.

    >>> query_article("https://x.example/?p=4521"), query_article("https://x.example/?page_id=2")
    (True, False)
    >>> query_article("https://x.example/index.php?option=com_content&view=article&id=1432:bus")
    True
    >>> query_article("https://x.example/index.php?option=com_content&view=category&id=8")
    False
    >>> query_article("https://x.example/?q=node/123"), query_article("https://x.example/?q=bridge")
    (True, False)
    """
    if (params := _root_query(url)) is None:
        return False
    if params.get("p", "").isdigit() or _NODE_PATH.match("/" + params.get("q", "")):
        return True
    return (
        params.get("option") == "com_content"
        and params.get("view") == "article"
        and params.get("id", "").split(":", 1)[0].isdigit()
    )


def _root_query(url: str) -> dict[str, str] | None:
    """The query of a URL at the site's root or its front controller, keys in lower case."""
    parts = urlsplit(url)
    if not parts.query or path_segments(parts.path):
        return None
    return {key.lower(): value for key, value in parse_qsl(parts.query, keep_blank_values=True)}


# -- sites -----------------------------------------------------------------------------


class _Lazy(Collection[str]):
    """A set of strings read when first asked for."""

    def __init__(self, read: Callable[[], frozenset[str]]) -> None:
        self._read = read

    @cached_property
    def _found(self) -> frozenset[str]:
        return self._read()

    def __contains__(self, value: object) -> bool:
        return value in self._found

    def __iter__(self) -> Iterator[str]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)


@dataclass
class Site:
    """One site of the crawl: its home page, its hosts, and what its navigation showed."""

    home: str
    #: ``site`` field and key: the host without ``www.``, ``m.`` or ``amp.``.
    key: str
    #: Paths of the sections and sub-sections the navigation links to (``/category/berlin/``).
    section_paths: set[str] = field(default_factory=set)
    #: The queries the navigation gives a section path that lists by query string
    #: (``articleList.html?sc_section_code=S1N1``): that path with another query (a tag's
    #: ``?sc_word=x``) is no section.
    section_queries: dict[str, set[frozenset[tuple[str, str]]]] = field(default_factory=dict)
    syndication_announced: bool = False
    usual_syndication_tried: bool = False
    #: The home page's ``<html lang>``: the newsroom's language, whose one zone (Hebrew:
    #: Jerusalem) may be the clock of an edition in another language.
    home_language: str | None = None

    @property
    def host(self) -> str:
        return (urlsplit(self.home).hostname or "").lower()

    @property
    def scheme(self) -> str:
        """The scheme of the home page as given (or redirected to): an http site stays http."""
        return urlsplit(self.home).scheme

    @property
    def sections(self) -> frozenset[str]:
        """Slugs of the sections the navigation listed (``world``; ``sport`` for ``/news/sport``)."""
        found: set[str] = set()
        for path in self.section_paths:
            segments = [segment.lower() for segment in path_segments(path)]
            if len(segments) > 1 and (
                segments[0] in EDITION_SEGMENTS or locale_segment(segments[0])
            ):
                # "/rus/news/": the "news" section of the Russian edition
                segments = segments[1:]
            elif segments and locale_segment(segments[0]):
                continue  # "/en-us.html": a locale's home page, linked as "Home"
            # "/gn/index.html": a section's index page, as TRS and other Chinese CMSes link it
            if len(segments) == 1 or (len(segments) == 2 and INDEX_PAGE.match(segments[1])):
                found.add(segments[0])
            elif len(segments) == 2 and (
                segments[0] in SECTION_FOLDERS or segments[0] in GENERIC_FOLDERS
            ):
                # "/service/society" (a folder of sections), "/news/sport" (behind "news")
                found.add(segments[1])
            elif (
                len(segments) == 2
                and not segments[0].isdigit()
                and not any(s in MEDIA_SEGMENTS or s in NOT_ARTICLE_SEGMENTS for s in segments)
            ):
                # "/business/markets/": a sub-section listed without its section, whose
                # stories' URLs start with the section ("/business/markets/<slug>")
                found.add(segments[0])
        return frozenset(found)

    def is_section(self, url: str) -> bool:
        """A section or sub-section page the navigation links to (page numbers aside)."""
        parts = urlsplit(url)
        if parts.path not in self.section_paths:
            return False
        queries = self.section_queries.get(parts.path)
        return queries is None or _listing_parts(url)[1] in queries

    def under_section(self, path: str) -> bool:
        return any(
            path.startswith(section.rstrip("/") + "/") and path.rstrip("/") != section.rstrip("/")
            for section in self.section_paths
        )

    def is_article_url(self, url: str, *, nested: bool = True) -> bool:
        """Article or not before download, from the URL's shape on this site.

        ``nested``: a slug of two words under a known section is an article (``/news/bus-fares``);
        not for a navigation link, which is a sub-section (``/news/local-news/`` in a menu).
        """
        if never_article(url):
            return False
        path = urlsplit(url).path
        if query_article(url):
            # before the sections: the root's path is a section's when sections are listed
            # by their query (``/?cat=3``)
            return True
        if path in self.section_paths or path.rstrip("/") + "/" in self.section_paths:
            return False
        if _NODE_PATH.match(path):
            return True
        segments = path_segments(path)
        last = segments[-1]
        if DATED_PATH.search(path if path.endswith("/") else path + "/"):
            return not last.isdigit() or numeric_id(url) is not None
        if numeric_id(url) is not None and slug_words(last) >= 1:
            return True
        if script_id_article(url):
            return True
        if short_id(url) is not None or tilde_id(url) is not None:
            return True  # /nyheter/artikel/<slug>/r1x7kq2m, /binnenland/<slug>~a1b2c3d4/
        if slug_words(last) >= LONG_SLUG_WORDS:
            return True
        # an id served as a page: "/articles/ASV5T4H6GV5TUTIL00XM.html"
        content_id = is_mixed_id(_EXTENSION.sub("", last), longest=LONG_ID_CHARS)
        if any(s.lower() in ARTICLE_SEGMENTS for s in segments[:-1]) and (
            slug_words(last) >= 2 or content_id
        ):
            # /news/article/<slug>, /sport/article/b1q9zz7kp, /articles/ASV5T4H6GV5TUTIL00XM.html
            return True
        # /bangladesh/k7d2qx9m4e: an id of letters and digits alone under a section
        return nested and self.under_section(path) and (slug_words(last) >= 2 or content_id)

    def is_listing_url(self, url: str, *, nested: bool = True) -> bool:
        """A section, sub-section or listing page worth following from the navigation."""
        if query_listing(url):
            return True
        if never_article(url) and not _PAGINATION.search(urlsplit(url).path):
            return False
        path = urlsplit(url).path or "/"
        return 1 <= len(path_segments(path)) <= 4 and not self.is_article_url(url, nested=nested)


# -- the page ------------------------------------------------------------------------

#: A folder's index page: the folder is the section.


class GenericArticle(ArticlePage):
    """A page of a site without a site file: only JSON-LD, ``<meta>`` and generic layers."""

    url_rewrites = _AMP_REWRITES
    _published: list[str] | None = None

    @classmethod
    def canonicalize(cls, url: str) -> str:
        parts = urlsplit(url)
        if parts.query:
            # ?outputType=amp, ?amp=1, ?output=amp: the AMP view is the article.
            kept = [
                (k, v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if v.lower() != "amp" and k.lower() != "amp"
            ]
            url = urlunsplit(parts._replace(query=urlencode(kept)))
        return super().canonicalize(url)

    def published_raw(self) -> list[str]:
        # Asked by check() and again for the item: the layers run once a page.
        if self._published is None:
            self._published = super().published_raw()
        return self._published

    def check(self) -> None:
        """Media pages, then pages without any article signal, are not articles.

        Without JSON-LD or ``og:type`` article a page needs a date and a long text; a
        shorter text will do when the page shows one article's own header (headline with
        its date or byline line, or one ``<article>`` holding the headline and a ``<time>``).
        """
        super().check()
        if self.ld or "article" in " ".join(self.meta("og:type")).lower():
            return
        dated = bool(self.published_raw())
        length = sum(text_length(block) for block in self.body())
        enough = length >= GENERIC_MIN_CHARS or (length >= HEADER_MIN_CHARS and self.own_header())
        if not (dated and enough):
            raise NotAnArticle("not_article", self.canonical_url)


# -- the spider ----------------------------------------------------------------------


class NewsArticleLinks(LinkExtractor):
    """Article links of the sites being crawled (the spider decides by URL shape)."""

    def __init__(self, spider: GenericNewsSpider) -> None:
        super().__init__()
        self.spider = spider

    def _link_allowed(self, link: Link) -> bool:
        return self.spider.is_article_url(link.url)

    def matches(self, url: str) -> bool:
        return self.spider.is_article_url(url)


class SectionLinks(LinkExtractor):
    """Section, sub-section and listing-page links (the spider decides per page)."""

    def __init__(self, spider: GenericNewsSpider) -> None:
        super().__init__(tags=("a", "area", "link"))
        self.spider = spider

    def _link_allowed(self, link: Link) -> bool:
        site = self.spider.site_for(link.url)
        return site is not None and site.is_listing_url(link.url)

    def matches(self, url: str) -> bool:
        site = self.spider.site_for(url)
        return site is not None and site.is_listing_url(url)


class GenericNewsSpider(NewsSpider):
    """``scrapy crawl news -a site=https://www.example-paper.com/``.

    Discovery: robots.txt ``Sitemap:`` lines (else the usual sitemap paths), sitemap indexes,
    news and plain sitemaps; feeds announced by ``<link rel=alternate>`` on the home page
    and sections (else the usual feed paths); the home page's navigation to sections and
    sub-sections; listing pagination up to ``max_pages``. Articles are told from other pages
    by URL shape before download and by the page after.
    """

    name = "news"
    article_page = GenericArticle
    job_arguments = (*JOB_ARGUMENTS, "site", "sites_file", "timezone")
    #: Required job argument: ``site`` or ``sites_file``.
    sites: dict[str, Site]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.sites = {}
        #: ``site_for`` by host: every link of every listing page asks, hosts repeat.
        self._site_by_host: dict[str, Site | None] = {}
        self.rules = (
            Rule(
                NewsArticleLinks(self),
                callback="parse_article",
                errback="article_failed",
                follow=False,
                process_links="canonical_links",
                process_request="article_request",
            ),
            Rule(
                SectionLinks(self),
                callback="parse_listing",
                follow=True,
                process_links="listing_links",
                process_request="follow_listing",
            ),
        )
        super().__init__(*args, **kwargs)

    @classmethod
    def check_arguments(cls, args: Mapping[str, Any], settings: BaseSettings) -> CrawlArguments:
        parsed = super().check_arguments(args, settings)
        if not parsed.sites and not parsed.urls:
            raise UsageError(
                "news needs -a site=https://www.example.com/ (or -a sites_file=PATH, "
                "or -a urls=...)"
            )
        return parsed

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> GenericNewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        assert isinstance(spider, GenericNewsSpider)
        spider.set_sites(spider.args.sites or spider.args.urls)
        return spider

    def set_sites(self, homes: Iterable[str]) -> None:
        """Register the crawl's sites; ``allowed_domains`` keeps every request on them."""
        self._site_by_host.clear()
        for home in homes:
            given = urlsplit(home.strip()).scheme.lower()
            url = canonicalize_url(home, scheme=given if given in ("http", "https") else "https")
            key = site_host(urlsplit(url).hostname or "")
            if key not in self.sites:
                root = urlunsplit(urlsplit(url)._replace(path="/", query=""))
                self.sites[key] = Site(home=url if home in self.args.sites else root, key=key)
        # The registered domain: a site's www., m., AMP and other hosts are the site.
        self.allowed_domains = sorted({registered_domain(key) for key in self.sites})
        self.start_urls = [site.home for site in self.sites.values()]

    # -- per-site facts ------------------------------------------------------------

    def save_state(self, state: dict[str, Any], *, ended: bool = False) -> None:
        """Also each site's sections: a resumed crawl parses queued pages before its home page."""
        super().save_state(state, ended=ended)
        if ended:
            return
        state[STATE_KEY]["sections"] = {
            key: {
                path: (
                    sorted(sorted(query) for query in site.section_queries[path])
                    if path in site.section_queries
                    else None
                )
                for path in sorted(site.section_paths)
            }
            for key, site in self.sites.items()
        }
        state[STATE_KEY]["home_languages"] = {
            key: site.home_language for key, site in self.sites.items() if site.home_language
        }

    def relearn(self, learned: dict[str, Any]) -> None:
        super().relearn(learned)
        for key, language in learned.get("home_languages", {}).items():
            if (site := self.sites.get(str(key))) is not None and site.home_language is None:
                site.home_language = str(language)
        sections = {
            str(key): {
                str(path): (
                    None
                    if queries is None
                    else {frozenset((str(k), str(v)) for k, v in query) for query in queries}
                )
                for path, queries in paths.items()
            }
            for key, paths in learned.get("sections", {}).items()
        }
        for key, paths in sections.items():
            if (site := self.sites.get(key)) is None:
                continue  # a site this run was not asked to crawl
            for path, queries in paths.items():
                site.section_paths.add(path)
                if queries is not None:
                    site.section_queries.setdefault(path, set()).update(queries)

    def site_of(self, url: str) -> str:  # type: ignore[override]
        """The key of the site ``url`` belongs to (``example-paper.com``), else its host's."""
        site = self.site_for(url)
        return site.key if site is not None else site_host(urlsplit(url).hostname or "")

    def site_language(self, url: str) -> str | None:
        site = self.site_for(url)
        return site.home_language if site is not None else None

    def site_for(self, url: str) -> Site | None:
        """The site of a URL on any host of the sites' registered domains.

        The site whose key is the longest suffix of the host; on another host of the domain
        (``amp.example.com`` for ``edition.example.com``), the site nearest the domain.
        """
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        if host not in self._site_by_host:
            self._site_by_host[host] = self._site_for_host(host)
        return self._site_by_host[host]

    def _site_for_host(self, host: str) -> Site | None:
        key = site_host(host)
        if key in self.sites:
            return self.sites[key]
        under = [site for site in self.sites.values() if on_domain(host, site.key)]
        if under:
            return max(under, key=lambda site: len(site.key))
        domain = registered_domain(host)
        same = [site for site in self.sites.values() if registered_domain(site.key) == domain]
        return min(same, key=lambda site: len(site.key)) if same else None

    def site_zone(self) -> str:
        return self.args.timezone or self.timezone

    def canonical(self, url: str) -> str:
        """An article URL in canonical form, in its site's scheme.

        On the home page's host when its own host names the site or its bare domain (``www.``,
        ``m.``, ``amp.``: ``amp.example.com`` for ``edition.example.com``); another host of
        the domain (``money.example.com``) keeps its own: its paths are not the home host's.
        """
        site = self.site_for(url)
        host = urlsplit(url).hostname or ""
        same = site is not None and site_host(host) in (site.key, registered_domain(host))
        aliases = {host: site.host} if site and same else {}
        return canonicalize_url(
            self.article_page.canonicalize(url),
            host_aliases=aliases,
            scheme=site.scheme if site else "https",
        )

    def canonical_page(self, url: str) -> str:
        """A listing or section URL in canonical form, in its site's scheme."""
        site = self.site_for(url)
        return _canonical_page(url, site.scheme if site else "https")

    def is_article_url(self, url: str) -> bool:
        site = self.site_for(url)
        return site is not None and site.is_article_url(url)

    def page(self, response: TextResponse) -> ArticlePage:
        site = self.site_for(response.url)
        if site is None or not site.section_paths:
            # a page read alone (``extract_article``, ``-a urls=``, a home page that failed):
            # its own navigation names the sections a crawl would have learned from the home
            # page's, which is mostly the same menu; read only if the section's last layers
            # ask (most pages name it in their markup)
            page = self.article_page(
                response,
                site_sections=_Lazy(lambda: self.page_sections(response, page.canonical_url)),
                scheme=site.scheme if site is not None else "https",
            )
            return page
        return self.article_page(response, site_sections=site.sections, scheme=site.scheme)

    def page_sections(self, response: TextResponse, url: str) -> frozenset[str]:
        """Which folders of ``url``, a page of no site of the crawl, are its sections.

        A folder the page's navigation links to is one, as the home page's would have shown:
        ``/columnists/`` for ``/columnists/1077343476-royal-arrogance/``. Only links to the
        URL's folders are looked for, so a page's hundreds of links are spared their
        canonicalization and the page the scan of every class for its menus.
        """
        if not isinstance(response, HtmlResponse):
            return frozenset()
        parts = urlsplit(url)
        folders = [folder.lower() for folder in path_segments(parts.path)[:-1]]
        # the folders after a date: "/2026/11/24/politics/..."
        folders = folders[date_folders(folders) :][:3]
        # each folder's path, and each folder alone: "/news" for "/articles/news/8544119/..."
        paths = {"/" + "/".join(folders[:n]) for n in range(1, len(folders) + 1)}
        paths |= {f"/{folder}" for folder in folders}
        ends = (*paths, *(f"{path}/" for path in paths))
        if not ends:
            return frozenset()
        hrefs = [
            href
            for link in response.selector.root.iter("a")
            if (href := link.get("href", "")) and href.lower().endswith(ends) and _IN_MENU(link)
        ]
        host = (parts.hostname or "").lower()
        site = Site(home=f"https://{host}/", key=site_host(host))
        self.learn_links(site, response, hrefs, in_menu=True)
        return site.sections

    def article_meta(self, url: str, source: str) -> dict[str, Any]:
        meta = super().article_meta(url, source)
        meta["download_slot"] = self.site_of(url)  # one politeness slot per site
        return meta

    # -- start ---------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        if self.args.urls:
            async for request in super().start():
                yield request
            return
        for site in self.sites.values():
            # Awaited before the home page's request can make Scrapy fetch robots.txt.
            # A missing robots.txt still leads to the usual sitemap paths.
            robots = self.robots_request(site.home) if "sitemaps" in self.args.sources else None
            yield Request(
                site.home,
                callback=self.parse_home,
                errback=self.site_failed,
                dont_filter=True,
                meta={"newscrawl_section_depth": 0, "download_slot": site.key},
            )
            if robots is not None:
                yield robots

    def site_failed(self, failure: Failure) -> None:
        error = failure.value
        if isinstance(error, SiteUnreachable):
            return  # dropped unsent: the crawl already stopped, and its one line said why
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        if isinstance(error, NETWORK_ERRORS):
            # Robots.txt answered but the home page did not: the same end as when nothing did.
            self.stop_unreachable(url, describe(error), bad_argument=False)
        response = getattr(error, "response", None)
        status = response.status if response is not None else None
        why = f"HTTP {status}" if status is not None else failure.getErrorMessage()
        self.stop_unreachable(url, why, bad_argument=status in BAD_HOME_STATUSES)

    def stop_unreachable(self, url: str, why: str, *, bad_argument: bool = True) -> NoReturn:
        """One line naming the site and why, then close as ``site_unreachable``.

        A home page that is not there (404, 410) or leads to another site is a bad ``-a site``
        (exit 2, nothing to crawl); a site down or out of reach is a failed crawl (exit 3).
        """
        logger.error("site %(url)s is unreachable: %(why)s", {"url": url, "why": why})
        assert self.crawler.stats is not None
        self.crawler.stats.set_value(UNREACHABLE_STAT, f"{url}: {why}")
        if bad_argument:
            self.crawler.stats.set_value(BAD_SITE_STAT, url)
        raise CloseSpider(UNREACHABLE)

    def parse_home(self, response: Response) -> Iterator[Any]:
        if response.status != 200 or not isinstance(response, TextResponse):
            self.stop_unreachable(response.url, f"HTTP {response.status}")
        site = self.site_for(response.url)
        if site is None:  # the home page redirected to another site
            self.stop_unreachable(response.url, "it redirects to another site")
        if (scheme := urlsplit(response.url).scheme) != site.scheme and scheme in ("http", "https"):
            # The home page redirected to the other scheme: the site's URLs are in that one.
            site.home = canonicalize_url(site.home, scheme=scheme)
        if isinstance(response, HtmlResponse):
            self.learn_sections(site, response)
            site.home_language = response.selector.root.get("lang")
        yield from self.discover_syndication_feeds(site, response)
        if not site.syndication_announced and "feeds" in self.args.sources:
            site.usual_syndication_tried = True
            for path in USUAL_SYNDICATION_PATHS:
                yield self.discovery_request(urljoin(site.home, path), self.parse_syndication_feed)
        if "sections" in self.args.sources:
            yield from self.parse_with_rules_sync(response)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        site = self.site_for(response.url)
        if site is None:
            return
        depth = response.meta.get("newscrawl_section_depth", 0)
        if isinstance(response, HtmlResponse) and depth < self.args.section_depth:
            self.learn_sections(site, response, fallback=False)  # sub-sections
        yield from self.discover_syndication_feeds(site, response)

    def parse_with_rules_sync(self, response: Response) -> Iterator[Any]:
        for request in self._requests_to_follow(response):
            if request is not None:
                yield request

    def learn_sections(self, site: Site, response: HtmlResponse, *, fallback: bool = True) -> None:
        """The sections the page's navigation links to, for listings and ``section``.

        A home page without navigation markup gives its one- and two-segment listing links.
        """
        anchors = _NAV(response.selector.root)
        in_menu = bool(anchors)
        if not anchors and fallback:
            anchors = list(response.selector.root.iter("a"))
        self.learn_links(site, response, [a.get("href", "") for a in anchors], in_menu=in_menu)

    def learn_links(
        self, site: Site, response: HtmlResponse, hrefs: Iterable[str], *, in_menu: bool
    ) -> None:
        """The sections and sub-sections among the links ``hrefs`` of a page's navigation."""
        for href in dict.fromkeys(hrefs):  # navigation repeats its links
            try:
                url = self.canonical_page(response.urljoin(href.strip()))
            except ValueError:
                continue
            # a menu's link under a section it also lists is a sub-section, whatever its slug
            if self._owns(site, url) and site.is_listing_url(url, nested=not in_menu):
                path = urlsplit(url).path
                segments = path_segments(path)
                # "/fr/nouvelles/regional/": a section of the French edition
                if len(segments) <= 2 + (
                    bool(segments) and segments[0].lower() in EDITION_SEGMENTS
                ):
                    site.section_paths.add(path)
                    site.section_queries.setdefault(path, set()).add(_listing_parts(url)[1])

    def _owns(self, site: Site, url: str) -> bool:
        """``url`` is on ``site``; a site outside the crawl's own owns its registered domain."""
        if self.sites.get(site.key) is site:
            return self.site_for(url) is site
        host = (urlsplit(url).hostname or "").lower()
        return on_domain(host, registered_domain(site.key))

    def discover_syndication_feeds(self, site: Site, response: Response) -> Iterator[Request]:
        if "feeds" not in self.args.sources or not isinstance(response, HtmlResponse):
            return
        for href in _ALTERNATE(response.selector.root):
            try:
                url = response.urljoin(href.strip())
            except ValueError:
                continue
            if self.site_for(url) is site:
                site.syndication_announced = True
                yield self.discovery_request(url, self.parse_syndication_feed)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        found = list(super().parse_robots(response))
        yield from found or self.sitemaps_without_robots(response.url)

    def sitemaps_without_robots(self, robots: str) -> Iterator[Request]:
        for path in USUAL_SITEMAP_PATHS:
            yield self.discovery_request(urljoin(robots, path), self.parse_sitemap)

    def discovery_request(self, url: str, callback: Any, **meta: Any) -> Request:
        request = super().discovery_request(url, callback, **meta)
        request.meta.setdefault("download_slot", self.site_of(url))
        return request

    # -- listings ------------------------------------------------------------------

    def _requests_to_follow(self, response: Response) -> Iterable[Request | None]:
        # One pass over the page's links: articles by URL shape; from the home page and the
        # sections, the sections the navigation shows; from every listing, its next page.
        if not isinstance(response, HtmlResponse):
            return
        site = self.site_for(response.url)
        if site is None:
            return
        depth = response.meta.get("newscrawl_section_depth", 0)
        page = response.meta.get("newscrawl_page", 1)
        found = page_links(response)
        nexts = self.next_pages(response, site)
        articles: dict[str, Link] = {}
        listings: dict[str, Link] = {}
        for tag, link in found:
            if link.url in articles or link.url in listings:
                continue
            if self.site_for(link.url) is not site:
                continue
            if site.is_article_url(link.url):
                if tag != "link":
                    articles[link.url] = link
                continue
            try:
                canonical = self.canonical_page(link.url)
            except ValueError:
                continue
            if canonical in nexts or (
                depth < self.args.section_depth
                and site.is_section(canonical)
                and page_number(canonical) is None
            ):
                listings[link.url] = link
        if nexts - listings.keys():
            # a next page no link names (a pager written by script) is still the next page
            named = {self.canonical_page(url) for url in listings}
            listings.update((url, Link(url)) for url in sorted(nexts - named))
        for link in self.canonical_links(articles.values()):
            yield self.article_request(self._build_request(0, link), response)
        for link in self.listing_links(listings.values()):
            request = self._build_request(1, link)
            request.meta["download_slot"] = site.key
            if link.url in nexts:
                request.meta["newscrawl_page"] = page + 1
            yield self.follow_listing(request, response)

    def next_pages(self, response: HtmlResponse, site: Site) -> set[str]:
        """Links to the next page of this listing.

        ``rel=next``, "Next"/"Older" anchors, ``/page/N`` and ``?page=N`` of the same listing,
        and the next page of a pager written by script (:func:`script_next_page`).
        """
        found: set[str] = set()
        if (script := script_next_page(response.text)) and _pager_file(response.url, script):
            found.add(response.urljoin(script))
        for href in _REL_NEXT(response.selector.root):
            found.add(response.urljoin(href.strip()))
        here = _listing_parts(response.url)
        urls: dict[str, str | None] = {}  # by href: menus repeat their links
        for element in response.selector.root.iter("a"):
            href = element.get("href")
            if not href:
                continue
            if href not in urls:
                try:
                    urls[href] = response.urljoin(href.strip())
                except ValueError:
                    urls[href] = None
            url = urls[href]
            if url is None:
                continue
            text = " ".join("".join(element.itertext()).split())
            if _NEXT_TEXT.match(text) or (
                page_number(url) is not None and _same_listing(_listing_parts(url), here)
            ):
                found.add(url)
        return {
            self.canonical_page(url)
            for url in found
            if self.site_for(url) is site and not site.is_article_url(url)
        }

    def follow_listing(self, request: Request, response: Response) -> Request | None:
        number = page_number(request.url) or request.meta.get("newscrawl_page")
        if number is not None and number > self.args.max_pages:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscrawl/listing/page_limit")
            return None
        paginated = "newscrawl_page" in request.meta
        depth = response.meta.get("newscrawl_section_depth", 0) + (0 if paginated else 1)
        if depth > self.args.section_depth:
            return None
        request.meta["newscrawl_section_depth"] = depth
        return request

    # -- sitemaps and feeds ----------------------------------------------------------

    def wanted_article_url(self, url: str, source: str) -> bool:
        """Article or not before download, by where the URL was found and its shape."""
        site = self.site_for(url)
        if site is None:
            return False
        if source == "urls":
            return True  # asked for by name: the page decides
        if source in ("sitemap", "feed"):
            # Sitemaps and feeds list content: any page there may be an article and the page
            # decides after download; but never tag, author, media or service pages.
            path = urlsplit(url).path
            return not never_article(url) and path not in site.section_paths
        return site.is_article_url(url)


@lru_cache(maxsize=8192)  # a listing's links repeat on its other pages and the sections
def _canonical_page(url: str, scheme: str) -> str:
    return canonicalize_url(url, scheme=scheme)


_PAGE_SUFFIX = _PAGINATION


def _without_page(match: re.Match[str]) -> str:
    # "/thoi-su-p2" is page 2 of "/thoi-su"; "/x/page/2/" of "/x/"
    return "" if match.group(0).startswith("-") else "/"


def _listing_parts(url: str) -> tuple[str, frozenset[tuple[str, str]]]:
    """A listing URL without its page number, as (URL without query, query parameters).

    ``/category/x/page/3/`` -> ``/category/x/``; ``?page=3&cat=x`` -> ``{("cat", "x")}``.
    """
    parts = urlsplit(url)
    path = _PAGE_SUFFIX.sub(_without_page, parts.path)
    query = frozenset((k, v) for k, v in parse_qsl(parts.query) if k.lower() not in PAGE_PARAMETERS)
    return urlunsplit((parts.scheme, parts.netloc, path, "", "")), query


def _same_listing(
    link: tuple[str, frozenset[tuple[str, str]]], here: tuple[str, frozenset[tuple[str, str]]]
) -> bool:
    """A numbered link is a page of this listing: same path, and every parameter of this page.

    The pager may add its own (``articleList.html?page=2&total=27&sc_section_code=S1N3``
    from ``articleList.html?sc_section_code=S1N3``); a link without one of ours is another
    listing's page.
    """
    # "/bm/berita/page/2" is a page of "/bm/berita" as of "/bm/berita/"
    return link[0].rstrip("/") == here[0].rstrip("/") and here[1] <= link[1]


#: TRS WCM's pager, written by script: ``createPageHTML(3, 0, "index", "html")`` (pages in all,
#: this page's index from 0, file stem, extension; ``index.html``, ``index_1.html``...), or
#: with variables and a leading element id: ``createPageHTML('pager', countPage, currentPage,
#: 'index', 'html', 60)``.
_PAGER_CALL = re.compile(r"createPageHTML\s*\(([^()]*)\)")
_PAGER_VAR = re.compile(r"\b([A-Za-z_$][\w$]*)\s*=\s*(\d+)\s*(?=[;,\n/<])")
_PAGER_NAME = re.compile(r"[\w-]+")


def script_next_page(markup: str) -> str | None:
    """The next page's file a TRS-style ``createPageHTML`` pager script names, if any.

    >>> script_next_page('<script>createPageHTML(3, 0, "index", "html");</script>')
    'index_1.html'
    >>> script_next_page("var currentPage = 2;var countPage = 3;"
    ...                  "createPageHTML(countPage, currentPage, 'index', 'shtml');") is None
    True
    """
    if "createPageHTML" not in markup:
        return None
    for call in _PAGER_CALL.finditer(markup):
        # variables hold the numbers on many templates: their last values before the call
        values = dict(_PAGER_VAR.findall(markup, 0, call.start()))
        numbers: list[int] = []
        names: list[str] = []
        for argument in (a.strip() for a in call.group(1).split(",")):
            quoted = argument[:1] in ("'", '"') and argument[-1:] == argument[:1]
            if quoted and len(numbers) == 2:
                names.append(argument[1:-1])
            elif not quoted and len(numbers) < 2:
                number = argument if argument.isdigit() else values.get(argument, "")
                if not number.isdigit():
                    break  # the function's own definition, or a value the page computes
                numbers.append(int(number))
        if len(numbers) < 2 or len(names) < 2:
            continue
        (count, current), (stem, extension) = numbers, names[:2]
        if not (_PAGER_NAME.fullmatch(stem) and _PAGER_NAME.fullmatch(extension)):
            continue
        return f"{stem}_{current + 1}.{extension}" if current + 1 < count else None
    return None


def _pager_file(url: str, following: str) -> bool:
    """The page is one of the script pager's files (``/ty/``, ``/ty/index.html``, ``index_1``).

    A page at another path (``/ty`` without its slash) would make the next file's address
    wrong.
    """
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return not last or last.startswith(following.rsplit("_", 1)[0])


__all__ = ["GenericArticle", "GenericNewsSpider", "Site", "never_article", "script_next_page"]
