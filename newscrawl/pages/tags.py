# ruff: noqa: RUF002  (Chinese labels are matched with their own full-width punctuation)
"""Generic tag layers: links marked ``rel=tag``, and links to tag pages in the article's own box."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from lxml import etree

from newscrawl.pages.bylines import is_byline
from newscrawl.pages.text import TAG_ROW_LABEL
from newscrawl.urls import on_domain, registered_domain

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# rel attributes, whose getparent() is their link: no Python object made for every link.
_LINK_RELS = etree.XPath(".//a/@rel")
_LINKS = etree.XPath(".//a[@href]")
#: A ``rel`` holding "tag", as the lower-cased markup spells it: without one, no scan.
_REL_TAG_MARK = re.compile(r"""rel\s*=\s*(?:"[^"]*tag|'[^']*tag|tag)""")
#: Path segments of tag, topic and keyword pages, in the languages news sites use most.
TAG_SEGMENTS = frozenset(
    {
        "tag", "tags", "topic", "topics", "keyword", "keywords", "schlagwort", "schlagworte",
        "stichwort", "thema", "themen", "tema", "temas", "temi", "etiqueta", "etiquetas",
        "sujet", "sujets", "mot-cle", "mots-cles", "argomento", "argomenti", "onderwerp",
        "trefwoord", "label", "labels", "hashtag", "tagged", "subject", "subjects",
        "tudo-sobre", "assunto", "assuntos", "topico", "topicos", "palavra-chave",
        "palavras-chave",
        # Swedish ("ämne" unaccented), Norwegian, Danish and Finnish
        "tagg", "taggar", "amne", "amnen", "ämne", "ämnen", "emne", "emner", "emneord",
        "stikkord", "aihe", "aiheet", "avainsana", "asiasana",
        # Turkish
        "etiket", "etiketler", "anahtar-kelime",
        # Greek, in Greeklish ("ετικέτες", "θέματα")
        "etiketes", "etiketa", "themata",
        # Polish ("temat" a topic page, "tagi" tags, "slowa-kluczowe" keywords)
        "temat", "tematy", "tagi", "slowa-kluczowe",
        # Swahili ("mada" topic or topics, "lebo" a tag)
        "mada", "lebo",
        # Hungarian ("címke" a tag, "kulcsszó" a keyword), as slugs drop the accents
        "cimke", "cimkek", "címke", "címkék", "kulcsszo", "kulcsszavak",
        # Malay and Indonesian ("topik" a topic page)
        "topik",
        # Romanian ("subiect" a topic page, "etichetă" a tag, "cuvinte cheie" keywords)
        "subiect", "subiecte", "eticheta", "etichete", "cuvinte-cheie",
    }
)  # fmt: skip
#: Query keys of tag pages on sites without pretty paths (``noticias.php?tag=saude``), also
#: with a prefix (``articleList.html?sc_word=버스``: Korean CMSes list a tag's articles so).
_TAG_QUERY_KEY = re.compile(
    r"(?:[a-z]+_)?(?:tags?|topics?|keywords?|word|kwd|hashtag)", re.IGNORECASE
)
#: Not the article's own tag list even when inside its container: site-wide boxes.
_OUTSIDE = frozenset({"nav", "header", "aside", "menu", "form"})
#: The article box holds at least this share of the body's text.
_BOX_SHARE = 0.8
_SPACE = re.compile(r"\s+")
#: Text length of an element, counted by libxml2 (an ancestor chain of a big page is cheap).
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_TAG_HINT = re.compile(
    "/(?:" + "|".join(sorted(TAG_SEGMENTS, key=len, reverse=True)) + r")/"
    r"|[?&](?:[a-z]+_)?(?:tags?|topics?|keywords?|word|kwd|hashtag)=|/taxonomy/term/"
    # a search for a hashtag: BLOX CMS links its tags to "/search/?k=%23fire"
    r"|[?&]\w+=#\w",
    re.IGNORECASE,
)
#: Drupal's tag pages before (or without) a path alias: ``/taxonomy/term/42``.
_TERM_PATH = re.compile(r"/taxonomy/term/\d+/?$", re.IGNORECASE)
#: A paragraph this long around a link is running text, not a tag row.
PROSE_CHARS = 200
#: ... or one this long at least, with a sentence's end, mostly outside its links.
PROSE_MIN_CHARS = 40
_SENTENCE_END = re.compile(r"[.!?\u3002](?:\s|$)")
#: Text before a row's first link longer than this is no label.
_LABEL_CHARS = 40


def rel_tags(
    scope: HtmlElement, markup: str | None = None, links: Sequence[HtmlElement] | None = None
) -> list[str]:
    """Texts of the ``rel=tag`` links in ``scope``, in page order.

    ``markup``, the page's markup in lower case, spares the scan when it holds no such ``rel``;
    ``links``, the ``<a>`` elements in ``scope``, when the caller has them.
    """
    if markup is not None and not _REL_TAG_MARK.search(markup):
        return []
    if links is None:
        tagged = [v.getparent() for v in _LINK_RELS(scope) if _is_tag_rel(v)]
    else:
        tagged = [a for a in links if _is_tag_rel(a.get("rel") or "")]
    return [" ".join("".join(a.itertext()).split()) for a in tagged]


def _is_tag_rel(rel: str) -> bool:
    # WordPress marks its category links rel="category tag": a category is the section.
    tokens = rel.lower().split()
    return "tag" in tokens and "category" not in tokens


def is_tag_url(href: str) -> bool:
    """A link to a tag, topic or keyword page: ``/tags/flooding``, ``?tag=saude``.

    >>> is_tag_url("/topics/city-council/"), is_tag_url("/news/topics-of-the-week-123")
    (True, False)
    >>> is_tag_url("/taxonomy/term/42"), is_tag_url("/news/taxonomy-term-42")
    (True, False)
    >>> is_tag_url("/tagg/kollektivtrafik/"), is_tag_url("/%C3%A4mne/politik/")
    (True, True)
    >>> is_tag_url("/news/articleList.html?sc_word=%EB%B2%84%EC%8A%A4&view_type=sm")
    True
    >>> is_tag_url("/etiket/isikli-mahallesi/"), is_tag_url("/gundem/etiket-tartismasi-123456")
    (True, False)
    >>> is_tag_url("/search/?l=25&k=%23fire&f=html"), is_tag_url("/search/?q=fire")
    (True, False)
    """
    if not _TAG_HINT.search(unquote(href) if "%" in href else href):
        return False  # most links: no tag word anywhere, no need to split them
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    segments = [unquote(s).lower() for s in parts.path.split("/") if s]
    if any(s in TAG_SEGMENTS for s in segments[:-1]) or _TERM_PATH.search(parts.path):
        return True
    return any(
        (_TAG_QUERY_KEY.fullmatch(k) and v.strip()) or (v.startswith("#") and v[1:].strip())
        for k, v in parse_qsl(parts.query)
    )


def article_box(headline: HtmlElement, body_chars: int) -> HtmlElement | None:
    """The smallest element around the headline that also holds most of the body's text."""
    if body_chars <= 0:
        return None
    for ancestor in headline.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if _TEXT_LENGTH(ancestor) >= _BOX_SHARE * body_chars:
            return ancestor
    return None


def box_tags(box: HtmlElement, page_url: str) -> list[str]:
    """Texts of links to the site's tag pages in the article's box or just after it.

    No class names. The links of site-wide boxes (navigation, header, sidebar, forms) inside
    the box are not the article's, nor links inside the prose (a word linked to its topic
    page), nor other sites' tag pages; after the box only its next two siblings count (a tag
    row below the text). A site is the page's registered domain: a tag page on a sibling host
    (``www.`` for an article on ``edition.``) is the site's, one on ``evil-example.com`` is not.
    """
    domain = registered_domain(urlsplit(page_url).hostname or "")
    scopes = [box]
    sibling = box.getnext()
    while sibling is not None and len(scopes) < 3:
        if isinstance(sibling.tag, str) and sibling.tag not in _OUTSIDE | {"footer"}:
            scopes.append(sibling)
        sibling = sibling.getnext()
    found: list[str] = []
    pages: set[str] = set()
    before: dict[HtmlElement, str] = {}  # the links of one row share their ancestors
    for scope in scopes:
        for link in _LINKS(scope):
            href = link.get("href", "")
            if not (is_tag_url(href) or _in_labelled_row(link, scope, before)):
                continue
            if _in_site_box(link, scope) or _in_prose(link) or not _is_page_link(href):
                continue
            try:
                target = urljoin(page_url, href.strip())
                other = urlsplit(target).hostname or ""
            except ValueError:
                continue
            if not on_domain(other, domain) or target.rstrip("/") in pages:
                # one tag page is one tag: a second link to it is a label ("All the news on X")
                continue
            text = " ".join("".join(link.itertext()).split()).lstrip("#")
            # a reporter's page can be a keyword listing too ("?sc_area=I&sc_word=hong")
            if text and len(text) <= 60 and text not in found and not is_byline(text):
                found.append(text)
                pages.add(target.rstrip("/"))
        if found:
            break
    return found


def _is_page_link(href: str) -> bool:
    return not href.lstrip().lower().startswith(("#", "javascript:", "mailto:"))


def _in_labelled_row(
    link: HtmlElement, scope: HtmlElement, seen: dict[HtmlElement, str] | None = None
) -> bool:
    """The link follows a tag label in its row: the text before the row's first link.

    The row is the nearest ancestor with any text before its first link (the label can sit in
    a ``<span>`` or heading before a ``<ul>`` of links); a "热门搜索：" (hot searches) or "Read
    more:" row, or running text, is no tag row.
    """
    seen = {} if seen is None else seen
    for node in link.iterancestors():
        if (before := seen.get(node)) is None:
            before = seen[node] = _text_before_link(node).strip()
        if before:
            return len(before) <= _LABEL_CHARS and TAG_ROW_LABEL.fullmatch(before) is not None
        if node is scope:
            return False
    return False


def _text_before_link(node: HtmlElement) -> str:
    """Text of ``node`` before its first ``<a>``, cut once past a label's length."""
    parts: list[str] = []
    size = 0
    # comments and processing instructions come as one event of their own: only their tail
    for event, element in etree.iterwalk(node, events=("start", "end", "comment", "pi")):
        if event == "start":
            if element.tag == "a" and element is not node:
                break
            text = element.text
        else:
            text = element.tail if element is not node else None
        if text:
            parts.append(text)
            size += len(text.strip())
            if size > _LABEL_CHARS:
                break
    return "".join(parts)


def _in_prose(link: HtmlElement) -> bool:
    """Inside a paragraph of running text, not a row of tags.

    A long paragraph, or a shorter one that is mostly words outside links (a sentence with
    one word linked to its topic page, where a row of tags is mostly links).

    >>> from lxml.html import fragment_fromstring as f
    >>> p = f('<p>New roads could do <a href="/tag/little/">little</a> to ease the jams in town, the mayor said.</p>')
    >>> _in_prose(p[0]), _in_prose(f('<p>Tags: <a href="/tag/a/">roads</a>, <a href="/tag/b/">jams</a></p>')[0])
    (True, False)
    """
    for node in link.iterancestors():
        if node.tag == "p":
            text = _SPACE.sub(" ", "".join(node.itertext()))
            size = len(text)
            if size > PROSE_CHARS:
                return True
            if size < PROSE_MIN_CHARS or not _SENTENCE_END.search(text):
                return False  # a byline or date line ("... | Topic: Hardware") is no prose
            linked = sum(len(_SPACE.sub(" ", "".join(a.itertext()))) for a in node.iter("a"))
            return linked < 0.3 * size
        if node.tag in ("div", "li", "ul", "section", "article", "footer"):
            return False
    return False


def _in_site_box(link: HtmlElement, scope: HtmlElement) -> bool:
    for node in link.iterancestors():
        if node is scope:
            return False
        if node.tag in _OUTSIDE:
            return True
    return False
