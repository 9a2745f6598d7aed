# ruff: noqa: RUF002, RUF003  (Japanese and Chinese titles are matched with their own full-width punctuation)
"""Generic headline layer: the page's own ``<h1>``, never a login modal's nor the site's name."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import etree

from newscrawl.urls import registered_domain

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
        if _OVERLAY.search(f"{node.get('class', '')} {node.get('id', '')}") and not _page_wrapper(
            node
        ):
            return True
    return False


def _page_wrapper(node: HtmlElement) -> bool:
    """An element around the page's main content or its story, whatever its class says.

    Drupal wraps every page in ``<div class="dialog-off-canvas-main-canvas">``, WordPress
    themes theirs in a "background-overlay" or a "menu-push" wrapper; a dialog holds no story.

    >>> from lxml.html import fragment_fromstring as f
    >>> _page_wrapper(f('<div class="dialog-off-canvas-main-canvas"><main><h1>A</h1></main></div>'))
    True
    >>> _page_wrapper(f('<div class="background-overlay"><article><h1>A</h1></article></div>'))
    True
    >>> _page_wrapper(f('<div class="modal"><h1>Sign in</h1></div>'))
    False
    """
    return bool(_MAIN_CONTENT(node))


_MAIN_CONTENT = etree.XPath("(.//main | .//article | .//*[@role='main'])[1]")


#: What separates a headline from the site's name in ``<title>``: "Rain returns | Daily Post".
_TITLE_SEPARATOR = re.compile(
    r"\s+[|\u2013\u2014\u00b7\u2022:\u00bb-]\s+"
    # Chinese CMSes join headline, channel and site by "_" without spaces ("标题_国内_江南网");
    # Japanese and Chinese ones by a bar, full-width or not ("見出し｜ABC新聞", "标题|江南网")
    r"|(?<=[\u3000-\u9fff\uff00-\uffef])[_|]|[_|](?=[\u3400-\u9fff])|\s*\uff5c\s*"
)
#: Elements that may hold the headline when no ``<h1>`` does.
_HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "p", "div", "span", "header", "strong", "b", "dt", "td")
_HEADING_TAGS = _HEADLINE_TAGS[:4]


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def shown_text(element: HtmlElement) -> str:
    """An element's text as a reader sees it: a line break between two words is a space.

    >>> from lxml.html import fragment_fromstring as f
    >>> shown_text(f("<h1>Rain returns<br>to the <em>valley</em><!-- x --> at last</h1>"))
    'Rain returns to the valley at last'
    """
    if element.find(".//br") is None:  # most headlines: no break to read
        return " ".join("".join(element.itertext()).split())
    parts: list[str] = []
    _shown_parts(element, parts)
    return " ".join("".join(parts).split())


def _shown_parts(node: HtmlElement, parts: list[str]) -> None:
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str):  # not a comment, whose text is no one's to read
            if child.tag == "br":
                parts.append(" ")
            _shown_parts(child, parts)
        if child.tail:
            parts.append(child.tail)


def title_parts(title: str) -> list[str]:
    """``<title>`` split where a site appends or prepends its name.

    >>> title_parts("Rain returns to the valley | Daily Post")
    ['Rain returns to the valley', 'Daily Post']
    >>> title_parts("东湖镇晚稻开镰_国内_江南网"), title_parts("snake_case in Python")
    (['东湖镇晚稻开镰', '国内', '江南网'], ['snake_case in Python'])
    >>> title_parts("橋の建設が決定｜社会｜ABC新聞"), title_parts("AT|T")
    (['橋の建設が決定', '社会', 'ABC新聞'], ['AT|T'])
    """
    return [part.strip() for part in _TITLE_SEPARATOR.split(title) if part.strip()]


def without_site_name(headline: str, names: Collection[str]) -> str:
    """A headline without the site's name that a CMS appended or prepended to it.

    >>> without_site_name("Daily Deals: More Are Live - IGN", {"ign"})
    'Daily Deals: More Are Live'
    >>> without_site_name("Ukraine - Russia talks resume", {"daily post"})
    'Ukraine - Russia talks resume'
    >>> without_site_name("Daily Post: Rain returns", {"daily post"})
    'Rain returns'
    """
    headline = _without_name_prefix(headline, names)
    separators = list(_TITLE_SEPARATOR.finditer(headline))
    if not separators or _words(headline[separators[-1].end() :]) not in names:
        return headline
    return headline[: separators[-1].start()].rstrip() or headline


def without_sections(title: str, sections: Collection[str]) -> str:
    """A title without the section a CMS put beside the headline: "Rain returns | Weather".

    ``sections``: the page's section names and its URL's folders, squashed (letters and digits
    only, casefolded). A part at either end that names one goes; one part always stays.

    >>> without_sections("Rain returns | Weather", {"weather"})
    'Rain returns'
    >>> without_sections("World News - Rain returns", {"worldnews"}), without_sections("Weather | News", {"weather", "news"})
    ('Rain returns', 'Weather | News')
    """
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators or not sections:
        return title
    if squashed(title[separators[-1].end() :]) in sections:
        rest = title[: separators[-1].start()].rstrip()
        if squashed(rest) not in sections:
            return without_sections(rest, sections)
    if squashed(title[: separators[0].start()]) in sections:
        rest = title[separators[0].end() :].lstrip()
        if squashed(rest) not in sections:
            return without_sections(rest, sections)
    return title


#: The site's name before a colon, as some CMSes prefix their titles: "Daily Post: Rain returns".
_NAME_PREFIX = re.compile(r"^([^:|]{2,40}?):\s+(?=\S)")


def _without_name_prefix(title: str, names: Collection[str]) -> str:
    prefix = _NAME_PREFIX.match(title)
    if prefix is None or _words(prefix.group(1)) not in names:
        return title
    return title[prefix.end() :]


def site_names(
    names: Sequence[str], title: str, titles: Sequence[str] = (), host: str = ""
) -> set[str]:
    """The site's names, casefolded: ``og:site_name``, ``application-name`` and the like.

    Also the other parts of ``<title>`` when one part is the headline ``og:title`` gives,
    and the first or last part when it spells the domain's name.

    >>> sorted(site_names(["Daily Post"], "Rain returns | Morning Edition", ["Rain returns"]))
    ['daily post', 'morning edition']
    >>> sorted(site_names([], "Rain returns - Valley Echo", [], "www.valleyecho.co.uk"))
    ['valley echo']
    >>> sorted(site_names([], "Rain returns | Valley-Echo.com", [], "www.valley-echo.com"))
    ['valley-echo.com']
    """
    found = {_words(name) for name in names if name.strip()}
    parts = title_parts(title)
    known = {_words(t) for t in titles if t.strip()}
    if len(parts) >= 2 and any(_words(part) in known for part in parts):
        found |= {_words(part) for part in parts if _words(part) not in known}
    # "Valley Echo" on valley-echo.com, or the domain itself: "Valley-Echo.com"
    labels = {squashed(x) for x in host.lower().split(".")[:-1] if x not in ("www", "m", "amp")}
    if host:
        labels.add(squashed(registered_domain(host)))
    for ends in (parts, *map(title_parts, titles)) if host else ():
        # "... - Entermedia" on entermedia.co.kr: the part that spells the domain's name.
        if len(ends) >= 2:
            found |= {_words(p) for p in (ends[0], ends[-1]) if squashed(p) in labels}
    whole = _words(title)
    for marked in titles:
        # og:title "Rain returns | Daily Post" beside <title> "Rain returns": the rest is the name
        marked_parts = title_parts(marked)
        if len(marked_parts) >= 2 and any(_words(p) == whole for p in marked_parts):
            found |= {_words(p) for p in marked_parts if _words(p) != whole}
    if (prefix := _NAME_PREFIX.match(title)) and squashed(prefix.group(1)) in labels:
        found.add(_words(prefix.group(1)))  # "Daily Post: Rain returns" on dailypost.example
    return found


def squashed(text: str) -> str:
    """``text`` casefolded, letters and digits only: how names, slugs and domains compare."""
    return _NOT_LETTERS.sub("", text.casefold())


_NOT_LETTERS = re.compile(r"[\W_]+")


def title_without_site(title: str, names: Collection[str]) -> list[str]:
    """``<title>`` minus the site's name ("Rain returns | Daily Post" -> "Rain returns").

    >>> title_without_site("Rain returns to the valley | Daily Post", {"daily post"})
    ['Rain returns to the valley']
    >>> title_without_site("Rain returns | Weather | Daily Post", {"daily post"})
    ['Rain returns | Weather']
    >>> title_without_site("橋の建設が決定【ABC新聞】", {"abc新聞"})
    ['橋の建設が決定']
    """
    if (bracketed := _BRACKETED_END.match(title)) and _names_site(
        _words(bracketed.group(2)), names
    ):
        return [bracketed.group(1)]  # "見出し【ABC新聞】", "见出し（ABC新聞）"
    unprefixed = _without_name_prefix(title, names)
    if unprefixed != title and len(title_parts(unprefixed)) < 2:
        return [unprefixed]  # "Daily Post: Rain returns"
    parts = title_parts(title)
    kept = [part for part in parts if not _names_site(_words(part), names)]
    if len(parts) >= 2 and len(kept) == len(parts):
        return []  # no part is the site's name: which part is the headline is a guess
    if not kept:
        return []
    first, last = parts.index(kept[0]), len(parts) - 1 - parts[::-1].index(kept[-1])
    start, end = title.find(kept[0]), title.rfind(kept[-1])
    if last - first + 1 == len(kept) and 0 <= start <= end:
        # the site's name at either end: the rest as printed, its separators kept
        return [title[start : end + len(kept[-1])].strip()]
    return [" - ".join(kept)]


def guessed_headline(title: str, hints: Sequence[str]) -> str | None:
    """The part of ``<title>`` sharing most words with ``hints``, else the longest.

    The headline of a title none of whose parts is the site's known name, which a page with
    no other headline would otherwise lose. ``hints``, asked in turn: the URL's path, the
    page's description.

    >>> guessed_headline("Bridge vote goes ahead - The Valley Star", ["/bridge-vote-12"])
    'Bridge vote goes ahead'
    >>> guessed_headline("The Valley Star | Rain returns", ["/news/12345", "Rain returned on Monday."])
    'Rain returns'
    >>> guessed_headline("Rain returns", ["/rain-returns"]) is None
    True
    """
    parts = title_parts(title)
    if len(parts) < 2:
        return None
    hinted = [set(_WORD.findall(hint.casefold())) for hint in hints]

    def score(part: str) -> tuple[int, ...]:
        words = set(_WORD.findall(part.casefold()))
        return (*(len(words & hint) for hint in hinted), len(part))

    return max(parts, key=score)


_WORD = re.compile(r"[^\W_]+")
#: A title ending in a name in brackets, as Japanese and Chinese sites append theirs.
_BRACKETED_END = re.compile(
    r"^(.*\S)\s*[\u3010\uff08(\[]([^\u3011\uff09)\]]{1,40})[\u3011\uff09)\]]\s*$"
)
#: How many characters a site's name may run on in ``<title>``: "ABC新聞デジタル" for "ABC新聞",
#: "Daily Post Online" for "Daily Post"; a headline that opens with the name is longer.
_NAME_RUN_ON = 8


def _names_site(part: str, names: Collection[str]) -> bool:
    """``part`` of ``<title>`` (casefolded) is the site's name, or that name run on a little.

    >>> _names_site("abc新聞デジタル", {"abc新聞"}), _names_site("daily post online", {"daily post"})
    (True, True)
    >>> _names_site("daily post wins the regional press award", {"daily post"})
    False
    >>> _names_site("ignition", {"ign"})  # a word that starts as the name does
    False
    """
    if part in names:
        return True
    return any(
        len(name) >= 3
        and part.startswith(name)
        and len(part) - len(name) <= _NAME_RUN_ON
        and not _WORD_GOES_ON.match(part[len(name) - 1 : len(name) + 1])
        for name in names
    )


#: A Latin letter or digit after another: the name's last word goes on in the part.
_WORD_GOES_ON = re.compile(r"[a-z0-9]{2}")


def _home_link(href: str | None) -> bool:
    """A link to the site's home page ("/", "https://www.example.com/")."""
    if not href or href.strip().startswith("#"):
        return False
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query


def is_logo(h1: HtmlElement) -> bool:
    """An ``<h1>`` that is the site's logo: it is, or only holds, a link to the home page."""
    if any(a.tag == "a" and _home_link(a.get("href")) for a in h1.iterancestors()):
        return True
    links = h1.findall(".//a")
    text = _words(shown_text(h1))
    return (
        len(links) == 1
        and _home_link(links[0].get("href"))
        and _words(shown_text(links[0])) == text
    )


def sole_link(h1: HtmlElement) -> str | None:
    """The address an ``<h1>`` links all its text to, if it holds one link and nothing else.

    An aggregator's featured story, or another story's teaser above this one, is such a link
    to another page; a blog's headline may be one to its own page (its permalink).

    >>> from lxml.html import fragment_fromstring as f
    >>> sole_link(f('<h1><a href="https://b.example/2019/11/reindeer/">Reindeer</a></h1>'))
    'https://b.example/2019/11/reindeer/'
    >>> sole_link(f('<h1>Stadia <a href="/tag/games/">reviews</a></h1>')), sole_link(f('<h1><a href="#top">Stadia</a></h1>'))
    (None, None)
    """
    links = h1.findall(".//a")
    if len(links) != 1 or _words(shown_text(links[0])) != _words(shown_text(h1)):
        return None
    href = (links[0].get("href") or "").strip()
    return href if href and not href.lower().startswith(("#", "?", "javascript:")) else None


def logo_names(scope: HtmlElement, h1s: Iterable[HtmlElement] | None = None) -> set[str]:
    """Texts and image ``alt`` texts of the logo ``<h1>``s: names the site gives itself.

    ``h1s``: the ``<h1>`` elements of ``scope`` (``scope.iter("h1")``), when the caller has them.
    """
    found: set[str] = set()
    for h1 in scope.iter("h1") if h1s is None else h1s:
        if is_logo(h1):
            found |= {_words(shown_text(h1))}
            found |= {_words(img.get("alt") or "") for img in h1.iter("img")}
    return found - {""}


def _own_h1(h1: HtmlElement, names: Collection[str]) -> bool:
    text = _words(shown_text(h1))
    return bool(text) and text not in names and not _in_overlay(h1) and not is_logo(h1)


def h1_element(
    scope: HtmlElement, names: Collection[str] = (), h1s: Iterable[HtmlElement] | None = None
) -> HtmlElement | None:
    """The first ``<h1>`` with text, not in a dialog, modal, form or navigation.

    Nor the site's name (a logo in an ``<h1>``). ``h1s``: as for :func:`logo_names`.
    """
    for h1 in scope.iter("h1") if h1s is None else h1s:
        if _own_h1(h1, names):
            return h1
    return None


def headline_element(
    scope: HtmlElement,
    titles: Sequence[str],
    names: Collection[str] = (),
    h1s: Iterable[HtmlElement] | None = None,
) -> HtmlElement | None:
    """The page's own ``<h1>``, else the element that shows the title.

    The title is ``og:title`` or JSON-LD ``headline``; the element an ``<h2>`` or a
    paragraph styled as the headline; a heading before any other element showing it:

    >>> from lxml.html import document_fromstring as parse
    >>> page = parse("<ul class='breadcrumb'><li><span>Rain returns</span></li></ul>"
    ...              "<h2 itemprop='headline'>Rain returns</h2><p>It rained.</p>")
    >>> headline_element(page, ["Rain returns"]).tag
    'h2'
    """
    if (h1 := h1_element(scope, names, h1s)) is not None:
        return h1
    wanted = {_words(title) for title in titles if title.strip()} - set(names)
    if not wanted:
        return None
    # A heading before any other element: a breadcrumb's last item ("Home / Local / Rain
    # returns") comes first in the page and shows the same words.
    for tags in (_HEADING_TAGS, _HEADLINE_TAGS):
        for element in scope.iter(*tags):
            text = element.text or ""
            if len(element) == 0 and _words(text) in wanted and not _in_overlay(element):
                return element
    for element in scope.iter(*_HEADLINE_TAGS[:3]):  # a headline with inline markup in it
        if _words(shown_text(element)) in wanted and not _in_overlay(element):
            return element
    return None


def shown_title_part(
    scope: HtmlElement,
    title: str,
    names: Collection[str] = (),
    h1s: Iterable[HtmlElement] | None = None,
) -> HtmlElement | None:
    """The element showing the part of ``<title>`` that is the headline.

    For a title no part of which is known as the site's name: "Rain returns | Daily Post"
    over an ``<h2>`` "Rain returns". The longest part shown first, never a logo (a link to
    the home page) nor in a footer.

    >>> from lxml.html import document_fromstring as parse
    >>> page = parse("<h1><a href='/'>Daily Post</a></h1><h2>Rain returns</h2><p>Text</p>")
    >>> shown_title_part(page, "Rain returns | Daily Post").text
    'Rain returns'
    >>> shown_title_part(page, "Daily Post | Home") is None
    True
    """
    parts = title_parts(title)
    if len(parts) < 2:
        return None
    for part in sorted(parts, key=len, reverse=True):
        element = headline_element(scope, [part], names, h1s)
        if (
            element is not None
            and not is_logo(element)
            and not any(node.tag == "footer" for node in element.iterancestors())
        ):
            return element
    return None


def page_h1(
    scope: HtmlElement,
    names: Collection[str] = (),
    h1s: Iterable[HtmlElement] | None = None,
    titles: Iterable[str] = (),
) -> list[str]:
    """The text of the first ``<h1>`` not in a dialog, modal, form or navigation.

    Nor the site's name. ``titles``: the titles the page marks up, which tell a label in the
    ``<h1>`` from its headline (see :func:`without_kicker`).

    >>> from lxml.html import document_fromstring as parse
    >>> page_h1(parse('<div class="login-modal"><h1>Sign in</h1></div><h1>Rain returns</h1>'))
    ['Rain returns']
    >>> page_h1(parse('<h1>Daily Post</h1><h2>Rain returns</h2>'), {"daily post"})
    []
    """
    if (h1 := h1_element(scope, names, h1s)) is not None:
        return [without_kicker(h1, shown_text(h1), titles)]
    return []


def without_kicker(h1: HtmlElement, text: str, titles: Iterable[str]) -> str:
    """``text``, the ``<h1>``'s, without the label its first element puts before the headline.

    Only when a title the page marks up (``og:title``) is the rest: "Exclusive" or "Politics"
    in a ``<span>`` before the words.

    >>> from lxml.html import fragment_fromstring as f
    >>> h1 = f('<h1><span class="kicker">Politics</span> Rain returns</h1>')
    >>> without_kicker(h1, "Politics Rain returns", ["Rain returns"])
    'Rain returns'
    >>> without_kicker(h1, "Politics Rain returns", ["Politics Rain returns"])
    'Politics Rain returns'
    """
    if (h1.text or "").strip():
        return text  # the headline's words come first
    first = next((child for child in h1 if isinstance(child.tag, str)), None)
    if first is None:
        return text
    label = shown_text(first).split()
    words = text.split()
    for title in titles:
        if (
            label
            and words[: len(label)] == label
            and _words(title) == _words(" ".join(words[len(label) :]))
        ):
            return " ".join(words[len(label) :])
    return text
