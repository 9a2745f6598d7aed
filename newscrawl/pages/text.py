"""Body text: the text blocks of an article container, without ads, boxes and captions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"})
SKIP_TAGS = frozenset(
    {
        "figure",
        "figcaption",
        "script",
        "style",
        "noscript",
        "iframe",
        "aside",
        "form",
        "button",
        "svg",
        "template",
        "select",
        "nav",
        "footer",
    }
)
# Whole words of the class and id (split on spaces, "-" and "_"), so "ads-box" and
# "related-stories" are skipped but "downloads" or "threads" are not.
_SKIP_TOKEN = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|adv|advert\w*|dfp|gpt|related|also-?read|more-?from|recommend\w*|"
    r"share|sharing|social|newsletter|promo\w*|caption|tags?|tag-cont\w*|"
    r"sponsor\w*|outbrain|taboola|subscribe|comments?)(?=$|[\s_-])",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


def is_skipped(element: HtmlElement) -> bool:
    """Tell whether an element is clutter: media, forms, ads, related boxes, captions."""
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return True
    if tag in SKIP_TAGS:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')}"
    return marks != " " and _SKIP_TOKEN.search(marks) is not None


def _text(element: HtmlElement) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and not is_skipped(child):
            if child.tag == "br":
                yield " "
            yield from _text(child)
        if child.tail:
            yield child.tail


def _has_block(element: HtmlElement) -> bool:
    return any(
        isinstance(child.tag, str) and child.tag in BLOCK_TAGS
        for child in element.iterdescendants()
    )


def text_blocks(container: HtmlElement) -> list[str]:
    """Texts of the leaf blocks (``p``, ``h2``-``h6``, ``li``, ``blockquote``, ``pre``).

    A container with no blocks at all gives its own text as one block.
    """
    blocks: list[str] = []

    def visit(element: HtmlElement) -> None:
        for child in element:
            if is_skipped(child):
                continue
            if child.tag in BLOCK_TAGS and not _has_block(child):
                blocks.append(_SPACE.sub(" ", "".join(_text(child))).strip())
            else:
                visit(child)

    visit(container)
    if not blocks:
        blocks.append(_SPACE.sub(" ", "".join(_text(container))).strip())
    return [block for block in blocks if block]


def densest_container(root: HtmlElement) -> HtmlElement | None:
    """The element whose direct ``<p>`` children hold the most text: a generic body guess."""
    scores: dict[HtmlElement, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is None or any(is_skipped(a) for a in paragraph.iterancestors()):
            continue
        scores[parent] = scores.get(parent, 0) + len(paragraph.text_content())
    return max(scores, key=scores.__getitem__) if scores else None
