"""The baseline of row 2: a spider that requests every recorded page and only reads its title.

It parses each page as plain Scrapy does (``Selector(response)``): newscrawl's lean parse
(``newscrawl.parsing``) is part of what is measured, not of the baseline, unless
``-s BARE_LEAN_PARSE=1`` asks for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import scrapy

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from scrapy.http import Response
    from scrapy.settings import BaseSettings


class BareTitleSpider(scrapy.Spider):
    """Run with ``scrapy runspider benchmarks/bare_spider.py -a urls_file=<one URL a line>``."""

    name = "bare_title"

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        if not settings.getbool("BARE_LEAN_PARSE"):
            middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
            middlewares["newscrawl.parsing.LeanParseMiddleware"] = None
            settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="spider")

    def __init__(self, urls_file: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = Path(urls_file).read_text().split() if urls_file else []

    async def start(self) -> AsyncIterator[Any]:
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response: Response) -> None:
        if b"html" in (response.headers.get(b"Content-Type") or b""):
            self.crawler.stats.inc_value(
                "bare/titles", int(bool(response.css("title::text").get()))
            )
