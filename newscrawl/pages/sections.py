# ruff: noqa: RUF002, RUF003  (Chinese labels are matched with their own full-width punctuation)
"""Generic section layers: breadcrumbs (JSON-LD, HTML), category links, the URL's first segment."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from lxml import etree

from newscrawl.urls import DATED_PATH, EDITION_CODES, locale_segment, path_segments

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def _position(crumb: dict[str, Any]) -> int:
    position = crumb.get("position")
    return position if isinstance(position, int) else 0


def breadcrumb_section(nodes: list[dict[str, Any]], page_url: str = "") -> list[str]:
    """The first crumb after the home page in a JSON-LD ``BreadcrumbList``.

    The last crumb is the article itself, unless it links to a page above ``page_url``: some
    sites end their trail at the section ("Home > Business").

    >>> crumbs = [{"position": 1, "name": "Home", "item": "https://x.example/"},
    ...           {"position": 2, "name": "Business", "item": "https://x.example/business/"}]
    >>> breadcrumb_section([{"@type": "BreadcrumbList", "itemListElement": crumbs}], "https://x.example/business/a-1")
    ['Business']
    >>> article = {"position": 2, "name": "Shares slip", "item": "https://x.example/business/a-1"}
    >>> breadcrumb_section([{"@type": "BreadcrumbList", "itemListElement": [crumbs[0], article]}], "https://x.example/business/a-1")
    []
    """
    page_path = urlsplit(page_url).path.strip("/")
    for node in nodes:
        kinds = node.get("@type")
        if "BreadcrumbList" not in (kinds if isinstance(kinds, list) else [kinds]):
            continue
        crumbs = node.get("itemListElement")
        if not isinstance(crumbs, list):
            continue
        ordered = sorted((c for c in crumbs if isinstance(c, dict)), key=_position)
        names = []
        last_url = ""
        for crumb in ordered:
            item = crumb.get("item")
            name = crumb.get("name") or (item.get("name") if isinstance(item, dict) else None)
            url = item if isinstance(item, str) else (item or {}).get("@id", "")
            if isinstance(url, str) and urlsplit(url).path.strip("/") == "":
                continue  # the home page
            if isinstance(name, str) and name.strip():
                names.append(name)
                last_url = url if isinstance(url, str) else ""
        if len(names) >= 2:  # the last crumb is the article itself
            return names[:1]
        path = urlsplit(last_url).path.strip("/")
        if names and path and path.count("/") < page_path.count("/"):
            # a trail ending at the section, which lies above the article (not its own crumb)
            return names
    return []


#: Links of an HTML breadcrumb: inside an element whose class or id names one, or marked up as
#: a schema.org BreadcrumbList. Found through the attributes (``//@class[...]/..``): libxml2
#: tests a predicate on every element of ``//*`` three times slower.
_CRUMB_LINKS = etree.XPath(
    "(//@class[contains(., 'crumb')] | //@id[contains(., 'crumb')]"
    " | //@itemtype[contains(., 'BreadcrumbList')])/../descendant::a[@href]"
)
#: Chinese CMSes print the trail after "当前位置：" (you are here) in a box of any name.
_TRAIL_LINKS = etree.XPath(
    "//*[starts-with(normalize-space(text()), '当前位置')"
    " or starts-with(normalize-space(text()), '您的位置')"
    " or starts-with(normalize-space(text()), '您现在的位置')]/descendant::a[@href]"
)
_TRAIL_WORDS = ("当前位置", "您的位置", "您现在的位置")


def html_breadcrumb(
    scope: HtmlElement, sections: Collection[str], markup: str = "breadcrumb"
) -> list[str]:
    """The first section the navigation listed that the page's HTML breadcrumb links to.

    The link's first path segment, not its text: a crumb's name may be in any script
    ("أخبار" for ``/news/``) or shortened.

    >>> from lxml.html import fragment_fromstring as f
    >>> crumbs = f('<div class="breadcrumb"><a href="/">Home</a> / <a href="/news/">أخبار</a>'
    ...            ' / <a href="/news/society/">مجتمع</a></div>')
    >>> html_breadcrumb(crumbs, {"news", "sport"}), html_breadcrumb(crumbs, {"sport"})
    (['news'], [])
    >>> agency = f('<ol class="breadcrumb"><li><a href="/service/society">جامعه</a></li></ol>')
    >>> html_breadcrumb(agency, {"society"})
    ['society']
    >>> trail = f('<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/gn/index.html">国内</a></div>')
    >>> html_breadcrumb(trail, {"gn"}, "当前位置")
    ['gn']

    Behind a generic folder the navigation did not list, the section under it:

    >>> html_breadcrumb(crumbs, {"society", "sport"})
    ['society']
    >>> html_breadcrumb(f('<p class="crumbs"><a href="/News/Sport">Sport</a></p>'), {"sport"})
    ['sport']
    """
    if not sections:
        return []
    # ``markup`` lower-cased: a page that names no trail is spared the scan
    if "crumb" in markup:
        links = _CRUMB_LINKS(scope)
    elif any(word in markup for word in _TRAIL_WORDS):
        links = _TRAIL_LINKS(scope)
    else:
        return []
    for link in links:
        path = urlsplit(link.get("href") or "").path
        segment = section_slug(path)
        if segment in sections:
            return [unquote(segment)]
        # "/news/culture/" on a site whose navigation lists culture, not news: as in the URL
        if segment in GENERIC_FOLDERS:
            inner = [part.lower() for part in path.split("/") if part][1:2]
            if inner and inner[0] in sections:
                return inner
    return []


#: First segments that hold the sections rather than name one: ``/service/society``
#: (Persian news agencies), ``/section/world``, ``/rubrique/culture``, ``/list/politics``
#: (Taiwanese dailies' section listings), WordPress's ``/category/politics/``.
SECTION_FOLDERS = frozenset(
    {"service", "services", "section", "sections", "rubrique", "rubriques", "ressort", "list",
     "category", "categories"}
)  # fmt: skip


def section_slug(path: str) -> str:
    """The section a listing path names: its first segment, or the second after a folder.

    >>> section_slug("/service/Society"), section_slug("/news/society/"), section_slug("/")
    ('society', 'news', '')
    >>> section_slug("/list/politics"), section_slug("/index.php/lokales")
    ('politics', 'lokales')
    """
    segments = path_segments(path)
    if not segments:
        return ""
    if len(segments) > 1 and segments[0].lower() in SECTION_FOLDERS:
        return segments[1].lower()
    return segments[0].lower()


#: First URL segments that say "news" or "article" rather than name a section: behind them
#: the breadcrumb tells the section (``/berita/d-123/...`` under "Home / Ekonomi").
GENERIC_FOLDERS = frozenset(
    {
        "news", "berita", "noticias", "noticia", "nachrichten", "actualites", "actualite",
        "nouvelles", "notizie", "nieuws", "haber", "haberler", "novosti", "article", "articles", "story",
        "stories", "content", "post", "posts", "read", "detail", "details", "artikel", "a",
        # Czech and Slovak: "zpravy"/"spravy" (news), "clanek"/"clanok" (article)
        "zpravy", "spravy", "clanek", "clanok",
    }
)  # fmt: skip


def edition_prefix(segment: str, language: str) -> bool:
    """A first URL segment that names the page's own language: the edition it belongs to.

    >>> edition_prefix("rus", "ru"), edition_prefix("ukr", "uk-UA"), edition_prefix("en", "en")
    (True, True, True)
    >>> edition_prefix("uk", "en"), edition_prefix("rus", "uk"), edition_prefix("news", "en")
    (False, False, False)
    >>> edition_prefix("kiswahili", "sw"), edition_prefix("swahili", "sw-KE")
    (True, True)
    >>> edition_prefix("en-us", "en-US"), edition_prefix("fr-be", "en")
    (True, False)
    """
    primary = language.split("-", 1)[0].lower()
    segment = segment.lower()
    return (
        bool(primary)
        and (
            segment == primary
            or segment in EDITION_CODES.get(primary, ())
            # "/en-us/health/...": the language's locale
            or (
                locale_segment(segment)
                and segment[: len(primary) + 1] in (f"{primary}-", f"{primary}_")
            )
        )
    )


def url_section(
    url: str,
    sections: Collection[str],
    scope: HtmlElement,
    markup: str = "breadcrumb",
    language: str = "",
) -> list[str]:
    """:func:`first_segment`, unless the page's breadcrumb leads elsewhere without it.

    A generic first segment (``/berita/d-123/...``: "news") the navigation also lists gives
    way to the section of a breadcrumb that never links to it ("Home / Ekonomi").

    >>> from lxml.html import fragment_fromstring as f
    >>> crumbs = f('<div class="breadcrumb"><a href="/">Home</a> / <a href="/ekonomi">Ekonomi</a></div>')
    >>> url_section("https://x.example/berita/d-1/judul", {"berita", "ekonomi"}, crumbs)
    ['ekonomi']
    >>> url_section("https://x.example/ekonomi/d-1/judul", {"berita", "ekonomi"}, crumbs)
    ['ekonomi']
    >>> crumbs = f('<ol class="breadcrumb"><a href="/bm">Utama</a><a href="/bm/berita">Berita</a></ol>')
    >>> url_section("https://x.example/bm/berita/2026/11/judul-123", set(), crumbs, language="ms")
    ['berita']
    >>> url_section("https://x.example/bm/berita/2026/11/judul-123", {"bm", "berita"}, crumbs,
    ...             language="ms")
    ['berita']
    """
    found = first_segment(url, sections, language)
    # behind the edition's prefix (``/bm/berita/...``), the folder the breadcrumb links to,
    # whatever the navigation read so far listed (the edition, or a generic "berita")
    if (
        language
        and "crumb" in markup
        and edition_prefix(urlsplit(url).path.lstrip("/").split("/", 1)[0], language)
        and (inner := edition_section(url, scope))
    ):
        return inner
    if not found or found[0] not in GENERIC_FOLDERS or "crumb" not in markup:
        return found
    trail = {section_slug(urlsplit(link.get("href") or "").path) for link in _CRUMB_LINKS(scope)}
    if found[0] in trail:
        return found
    return html_breadcrumb(scope, sections, markup) or found


def edition_section(url: str, scope: HtmlElement) -> list[str]:
    """The folder under a language edition's prefix when the page's breadcrumb links to it.

    The edition (``/kiswahili/``) is no section; its own menu, which names its sections, may
    not have been read yet when the story comes from a sitemap.

    >>> from lxml.html import fragment_fromstring as f
    >>> crumbs = f('<div class="breadcrumb"><a href="/">Home</a> / <a href="/kiswahili/">'
    ...            'Kiswahili</a> / <a href="/kiswahili/habari/">Habari</a></div>')
    >>> edition_section("https://x.example/kiswahili/habari/article/42/mvua", crumbs)
    ['habari']
    >>> edition_section("https://x.example/kiswahili/michezo/article/43/soka", crumbs)
    []

    Behind a generic folder (``/urdu/news/2841108``), the edition's folder the breadcrumb
    links to:

    >>> edition_section("https://x.example/kiswahili/news/2841108", crumbs)
    ['habari']
    """
    segments = urlsplit(url).path.strip("/").lower().split("/")
    if len(segments) < 3:
        return []
    folder = f"/{segments[0]}/{segments[1]}"
    links = _CRUMB_LINKS(scope)
    for link in links:
        if urlsplit(link.get("href") or "").path.lower().rstrip("/") == folder:
            return [segments[1]]
    if segments[1] not in GENERIC_FOLDERS:
        return []
    for link in links:
        crumb = urlsplit(link.get("href") or "").path.lower().strip("/").split("/")
        if len(crumb) == 2 and crumb[0] == segments[0] and crumb[1] not in GENERIC_FOLDERS:
            return [unquote(crumb[1])]
    return []


def category_links(links: Sequence[HtmlElement]) -> list[str]:
    """The text of the first link marked ``rel="category"`` (WordPress: ``rel="category tag"``).

    >>> from lxml.html import fragment_fromstring as f
    >>> category_links([f('<a href="/category/city/" rel="category tag">City</a>')])
    ['City']

    Or in the post's category item, as tagDiv's themes print it without ``rel``:

    >>> category_links([f('<li class="entry-category"><a href="/category/city/">City</a></li>')[0]])
    ['City']
    """
    for link in links:
        parent = link.getparent()
        if "category" in (link.get("rel") or "").lower().split() or (
            parent is not None and "entry-category" in (parent.get("class") or "").split()
        ):
            text = " ".join("".join(link.itertext()).split())
            if text:
                return [text]
    return []


def first_segment(url: str, sections: Collection[str], language: str = "") -> list[str]:
    """The URL's first path segment when it names one of the site's sections.

    >>> first_segment("https://x.example/world/rain-returns/", {"world"})
    ['world']
    >>> first_segment("https://x.example/2026/11/24/rain/", {"world"})
    []

    Behind a generic folder the navigation did not list, the section listed under it:

    >>> first_segment("https://x.example/news/sport/2871547", {"sport"})
    ['sport']
    >>> first_segment("https://x.example/news/sport/2871547", {"news", "sport"})
    ['news']

    Behind the prefix of the page's language edition, the section in that edition:

    >>> first_segment("https://x.example/rus/news/2026/11/29/7512345/", {"news", "rus"}, "ru")
    ['news']
    >>> first_segment("https://x.example/en/opinion-123", {"en"}, "en")
    ['en']
    >>> first_segment("https://x.example/english/business/article/9025", {"english", "business"}, "en")
    ['business']

    A segment in another script is requested percent-encoded; the section is its name:

    >>> first_segment("https://x.example/%E0%A6%96%E0%A7%87%E0%A6%B2%E0%A6%BE/article/48230",
    ...               {"%e0%a6%96%e0%a7%87%e0%a6%b2%e0%a6%be"})
    ['খেলা']
    """
    segments = [segment.lower() for segment in path_segments(urlsplit(url).path)] or [""]
    if (
        len(segments) > 2
        and language
        and edition_prefix(segments[0], language)
        and (found := first_segment(url.replace(f"/{segments[0]}/", "/", 1), sections))
    ):
        return found
    if len(segments) > 1 and segments[0] in sections:
        return [unquote(segments[0])]
    if len(segments) > 2 and segments[0] in GENERIC_FOLDERS and segments[1] in sections:
        return [unquote(segments[1])]
    dated = date_folders(segments)
    if dated and len(segments) > dated + 1 and segments[dated] in sections:
        return [unquote(segments[dated])]  # CNN's "/2026/11/24/politics/slug/"
    return []


def date_folders(segments: Sequence[str]) -> int:
    """How many of a path's first segments are its date, as :data:`DATED_PATH` reads one.

    >>> date_folders(["2026", "11", "24", "politics", "slug"]), date_folders(["2026", "nov", "24", "x"])
    (3, 3)
    >>> date_folders(["politics", "2026", "11"]), date_folders(["2026-11-24-slug"]), date_folders(["12345"])
    (0, 0, 0)
    """
    dated = DATED_PATH.match("/" + "/".join(segments) + "/")
    if dated is None or not dated.group().endswith("/"):
        return 0  # "/2026-11-24-slug/": the date opens the slug, no folder of its own
    return dated.group().count("/") - 1


def url_folder(url: str) -> frozenset[str]:
    """The folder an article sits in: the first of its URL's segments, if it has more.

    The page's own breadcrumb may confirm it as the section.

    >>> sorted(url_folder("https://x.example/Nieuws/31874455/zwembad")), url_folder("https://x.example/zwembad")
    (['nieuws'], frozenset())
    >>> url_folder("https://x.example/articles/news/8544119/doobie-brothers")
    frozenset()
    """
    segments = [s.lower() for s in path_segments(urlsplit(url).path)]
    if len(segments) < 2 or segments[0] in _ARTICLE_FOLDERS:
        return frozenset()
    return frozenset(segments[:1])


#: Folders that hold articles of every section (``/articles/news/8544119/...``): no section.
_ARTICLE_FOLDERS = frozenset(
    {"article", "articles", "story", "stories", "content", "post", "posts", "read", "detail",
     "details", "a", "amp", "p", "artikel"}
)  # fmt: skip


#: Letters German URLs spell out: "Bärstadt" is ``/baerstadt/``, "Straße" ``/strasse/``.
_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def as_site_spells(name: str, sections: Collection[str], language: str) -> str:
    """A section name with its umlauts spelled out when that is how the site writes them.

    German sites write ä, ö, ü as ae, oe, ue in their URLs, so on a German page, or where
    the navigation lists that spelling, "Bärstadt" is the site's ``/baerstadt/``, not
    "barstadt"; other languages drop the dots ("Göteborg" is ``/goteborg/``).

    >>> as_site_spells("Bärstadt", set(), "de-DE"), as_site_spells("Göteborg", set(), "sv")
    ('Baerstadt', 'Göteborg')
    >>> as_site_spells("Mühlheim", {"muehlheim"}, "en"), as_site_spells("Sport", set(), "de")
    ('Muehlheim', 'Sport')
    """
    from newscrawl.processors import language_subtag, slug

    spelled = name.translate(_SPELLED_OUT)
    if spelled != name and (language_subtag(language) == "de" or slug(spelled) in sections):
        return spelled
    return name
