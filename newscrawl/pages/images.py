"""The lead image inside the article text: its first picture that is no logo, icon or pixel."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Where lazy loaders keep the real address (``src`` then holds a placeholder).
_SOURCES = (
    "data-src",
    "data-original",
    "data-original-src",
    "data-lazy-src",
    "data-lazy",
    "data-hi-res-src",
    "data-url",
    "src",
)
#: Words of a class, id or file name (not alt text: a caption's words) that mark site furniture, not the story's picture.
_NOT_PICTURE = re.compile(
    r"(?:^|[^a-z])(?:logo|logos|icon|icons|favicon|avatar|avatars|gravatar|emoji|emoticon|"
    r"sprite|spacer|pixel|blank|tracking|tracker|beacon|badge|button|btn|ad|ads|adv|advert\w*|"
    r"banner|sponsor\w*|promo|qrcode|qr|share|social|weibo|wechat|weixin|author|byline|"
    r"placeholder|loading)(?=$|[^a-z])",
    re.IGNORECASE,
)
#: Boxes inside the text whose pictures are not the article's: ads, related stories, bylines.
_NOT_BOX_TAGS = frozenset({"aside", "nav", "footer", "header", "form", "a"})
_BOX = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|adv|advert\w*|sponsor\w*|promo\w*|related|recommend\w*|outbrain|"
    r"taboola|share|sharing|social|author|byline|avatar|banner)(?=$|[\s_-])",
    re.IGNORECASE,
)
#: A side this short (in pixels) is an icon or a pixel, not a picture.
_MIN_SIDE = 100
_DIGITS = re.compile(r"\d+")


def body_image(containers: Iterable[HtmlElement]) -> list[str]:
    """The address of the first picture in the article text's containers, as written.

    Logos, icons, avatars, tracking pixels (a side under 100 pixels), ads and pictures in
    related-story boxes or links to other pages are passed over. A lazy loader's placeholder
    gives way to the picture in the ``<noscript>`` beside it or the ``<source>`` of its
    ``<picture>``; AMP's ``<amp-img>`` is a picture.

    >>> from lxml.html import fragment_fromstring as parse
    >>> body_image([parse('<div><img src="data:image/gif;base64,R0l="><noscript>'
    ...                   '<img src="/up/quay.jpg"></noscript></div>')])
    ['/up/quay.jpg']
    >>> body_image([parse('<div><picture><source srcset="/up/quay.webp 800w">'
    ...                   '<img src="data:image/gif;base64,R0l="></picture></div>')])
    ['/up/quay.webp']
    >>> body_image([parse('<div><amp-img src="/up/quay.jpg" width="800" height="450"></amp-img></div>')])
    ['/up/quay.jpg']
    """
    for container in containers:
        for image in container.iter("img", "amp-img"):
            src = _source(image)
            if src and _is_picture(image, src) and not _in_box(image, container):
                return [src]
    return []


def lead_image(headline: HtmlElement, container: HtmlElement) -> list[str]:
    """The address of the first picture between the headline and the article text's container.

    The story's featured picture, which WordPress themes and most CMSes print above the
    text's container (``<div class="post-thumbnail">``), not in it; in the article's header
    beside the headline too. Pictures are passed over as in :func:`body_image` (an author's
    portrait in the byline, share icons). A container that holds the headline has none.

    >>> from lxml.html import fragment_fromstring as parse
    >>> page = parse('<article><header><h1>T</h1><div class="byline"><img src="/ana.jpg">Ana</div>'
    ...              '</header><div class="post-thumbnail"><img src="/up/quay.jpg"></div>'
    ...              '<div class="entry-content"><p>Text</p><img src="/up/later.jpg"></div></article>')
    >>> lead_image(page[0][0], page[2])
    ['/up/quay.jpg']
    >>> lead_image(page[0][0], page)
    []
    """
    stops = {container, *container.iterancestors()}
    if headline in stops or container in headline.iterancestors():
        return []
    headed = {*headline.iterancestors()}
    node = headline
    while (parent := node.getparent()) is not None:
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            for image in sibling.iter("img", "amp-img"):
                if image is container or container in image.iterancestors():
                    return []  # the text's own pictures are body_image's
                src = _source(image)
                if src and _is_picture(image, src) and not _in_box(image, parent, headed):
                    return [src]
            if sibling in stops:
                return []
        if parent in stops:
            return []
        node = parent
    return []


#: A file name that is the site's picture, not the story's: the logo or default image a site
#: puts in ``og:image`` for every page without a picture of its own.
_SITE_PICTURE = re.compile(
    r"(?:^|[^a-z])(?:logo|logos|favicon|default|placeholder|fallback|no-?image|no-?photo|"
    r"blank|spacer|touch-icon)(?=$|[^a-z])",
    re.IGNORECASE,
)


def story_images(urls: Iterable[str]) -> list[str]:
    """``og:image``/JSON-LD image addresses without the site's own logo or default picture.

    A short file name says so ("givewell_fb_logo.jpg", "opengraph_default.png"); a story's
    picture of a logo has a long one ("alibaba-logo-getty-1024-683-57ed9e94.jpg").

    >>> story_images(["https://x.example/static/site-logo.png", "/img/2026/11/quay.jpg"])
    ['/img/2026/11/quay.jpg']
    >>> story_images(["https://x.example/images/og-default.jpg?v=2"]), story_images(["/a/logo/b.jpg"])
    ([], ['/a/logo/b.jpg'])
    >>> story_images(["/uploads/2015/08/alibaba-logo-getty-1024-683-57ed9e94e3d24.jpg"])
    ['/uploads/2015/08/alibaba-logo-getty-1024-683-57ed9e94e3d24.jpg']
    >>> story_images(["/wp-content/uploads/2020/01/cropped-DP-Harbour-1-512x512.png"])
    []
    """
    return [url for url in urls if not _site_picture(url)]


def unless_thumbnail(found: list[str], others: Iterable[str]) -> list[str]:
    """``found``, unless it is a thumbnail and ``others`` holds a larger story picture.

    A thumbnail says its width in its address, under 300 pixels: ``?w=150``,
    ``?resize=150,100``, WordPress's ``-150x150.jpg``, a resizer's ``/150x100/`` folder.
    JSON-LD's image may be the listing's thumbnail where ``og:image`` is the picture shared.

    >>> unless_thumbnail(["/up/2026/11/quay.jpg?w=150"], ["/up/2026/11/quay.jpg?w=600"])
    []
    >>> unless_thumbnail(["/up/2026/11/quay-150x150.jpg"], ["/up/2026/11/quay-150x150.jpg"])
    ['/up/2026/11/quay-150x150.jpg']
    >>> unless_thumbnail(["/up/2026/11/quay.jpg?w=1200"], ["/up/2026/11/other.jpg"])
    ['/up/2026/11/quay.jpg?w=1200']
    """
    if not found or not thumbnail(found[0]):
        return found
    return [] if any(not thumbnail(url) for url in story_images(others)) else found


def thumbnail(url: str) -> bool:
    """Whether ``url`` names a width under 300 pixels (see :func:`unless_thumbnail`).

    >>> [thumbnail(u) for u in ("/a.jpg?w=150", "/a-150x150.png", "/i/150x100/a.jpg", "/a.jpg?w=680", "/a-2015.jpg")]
    [True, True, True, False, False]
    """
    widths = [int(next(filter(None, match.groups()))) for match in _WIDTH.finditer(url)]
    return bool(widths) and widths[-1] < _THUMBNAIL_WIDTH


#: A width an image address names: a resizer's query, a sized file or folder name.
_WIDTH = re.compile(
    r"[?&](?:w|width|resize)=(\d{2,4})(?!\d)|-(\d{2,4})x\d{2,4}\.\w{3,4}(?:$|\?)|/(\d{2,4})x\d{2,4}/"
)
_THUMBNAIL_WIDTH = 300


def _site_picture(url: str) -> bool:
    name = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    if stem.lower().startswith("cropped-"):
        return True  # WordPress's crop of the site icon, logo or header: never a story's
    return bool(_SITE_PICTURE.search(stem)) and len(_NAME_PARTS.split(stem)) <= 4


_NAME_PARTS = re.compile(r"[-_.\s]+")


def _source(image: HtmlElement) -> str:
    """The picture's address: a lazy loader's first, then ``src``, then the widest of a ``srcset``.

    >>> from lxml.html import fragment_fromstring as parse
    >>> _source(parse('<img srcset="/a-400.jpg 400w, /a-1200.jpg 1200w">'))
    '/a-1200.jpg'
    >>> _source(parse('<img src="data:image/gif;base64,R0l=" data-srcset="/b.jpg 1x, /b@2x.jpg 2x">'))
    '/b@2x.jpg'
    """
    for attribute in _SOURCES:
        value = (image.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return value
    if widest := _widest_of_srcset(image):
        return widest
    # the <picture>'s sources hold the addresses a placeholder <img> lacks (libxml2, which
    # does not know <source> is empty, may nest the <img> inside one)
    picture = next(image.iterancestors("picture"), None)
    for source in picture.iter("source") if picture is not None else ():
        if widest := _widest_of_srcset(source):
            return widest
    return ""


def _widest_of_srcset(element: HtmlElement) -> str:
    """The widest candidate of the element's ``data-srcset``, else of its ``srcset``."""
    for attribute in ("data-srcset", "srcset"):
        if (value := (element.get(attribute) or "").strip()) and (widest := _widest(value)):
            return widest
    return ""


def _widest(srcset: str) -> str:
    """The candidate of a ``srcset`` with the largest width or density, else its first."""
    best, best_size = "", -1.0
    for candidate in _CANDIDATES.split(srcset):
        url, _, descriptor = candidate.strip().partition(" ")
        if not url or url.startswith("data:"):
            continue
        size = _SIZE.fullmatch(descriptor.strip())
        value = float(size.group(1)) if size else 0.0
        if value > best_size:
            best, best_size = url, value
    return best


#: Between a ``srcset``'s candidates: a comma and space ("a.jpg 400w, b.jpg 800w"), which a
#: comma inside an address (an image service's "w_400,h_300") lacks.
_CANDIDATES = re.compile(r",\s+")
_SIZE = re.compile(r"(\d+(?:\.\d+)?)[wx]")


def _is_picture(image: HtmlElement, src: str) -> bool:
    for side in ("width", "height"):
        size = _DIGITS.match((image.get(side) or "").strip())
        if size and int(size.group()) < _MIN_SIDE:
            return False
    name = src.split("?", 1)[0].rsplit("/", 2)
    if name[-1].lower().endswith(".svg"):
        return False
    marks = " ".join((image.get("class", ""), image.get("id", ""), "/".join(name[-2:])))
    return _NOT_PICTURE.search(marks) is None


def _in_box(
    image: HtmlElement, container: HtmlElement, article: Collection[HtmlElement] = ()
) -> bool:
    """In a box of ``container`` that is not the story's; ``article``: the headline's own boxes."""
    for node in image.iterancestors():
        if node is container:
            return False
        if node in article:
            continue  # the article's <header>, around its headline, is the story's
        if node.tag in _NOT_BOX_TAGS and not (node.tag == "a" and _links_to_image(node)):
            return True
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if marks.strip() and _BOX.search(marks):
            return True
    return False


def _links_to_image(link: HtmlElement) -> bool:
    """A link around a picture that opens the picture itself (its full size), not a page."""
    href = (link.get("href") or "").split("?", 1)[0].lower()
    return href.endswith((".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"))
