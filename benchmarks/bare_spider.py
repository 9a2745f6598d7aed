"""The baseline of row 2: a spider that requests every recorded page and only reads its title."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import scrapy

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from scrapy.http import Response


class BareTitleSpider(scrapy.Spider):
    """Run with ``scrapy runspider benchmarks/bare_spider.py -a urls_file=<one URL a line>``."""

    name = "bare_title"

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
