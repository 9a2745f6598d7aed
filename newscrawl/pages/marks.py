"""Cheap tests of a page's lower-cased markup: whether an element a layer wants is there at all."""

from __future__ import annotations

import re


class MarkupMark:
    r"""A pattern over the lower-cased markup that starts with a fixed word.

    ``search`` is ``pattern.search(markup)``, tried only where ``lead`` occurs: ``str.find``
    skips through a 300 KB page at memory speed, where a regex scan of the page for a mark it
    lacks costs about half a millisecond. Worth it for a word a page holds a few times
    (``itemprop``), not for one it holds hundreds of times (``rel``).

    >>> mark = MarkupMark("itemprop", r'''itemprop\s*=\s*["']?\s*articlebody''')
    >>> mark.search('<div itemprop="author"></div><div itemprop = "articleBody">'.lower())
    True
    >>> mark.search('<div class="articlebody"></div>')
    False
    """

    __slots__ = ("lead", "pattern")

    def __init__(self, lead: str, pattern: str) -> None:
        if not pattern.startswith(lead):
            raise ValueError(f"{pattern!r} does not start with {lead!r}")
        self.lead = lead
        self.pattern = re.compile(pattern)

    def search(self, markup: str) -> bool:
        find, match, lead = markup.find, self.pattern.match, self.lead
        at = find(lead)
        while at >= 0:
            if match(markup, at):
                return True
            at = find(lead, at + 1)
        return False
